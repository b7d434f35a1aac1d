"""
Test settings shared by every test module.
"""

from hypothesis import settings

# The first example of a property may load babel, pint or the ECB data,
# which takes longer than Hypothesis's default 200 ms deadline once; a
# deadline would make such tests fail by timing, not by behaviour.
settings.register_profile("hns", deadline=None)
settings.load_profile("hns")
