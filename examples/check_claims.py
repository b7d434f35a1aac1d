"""
Check single claims with the library: a change, a conversion against the
ECB rate of the day, and a multiple across currencies at a stated rate.
"""

import datetime as dt

from hns import check_change, check_conversion, check_ratio, jpy
from hns.fx import FixedRates

change = check_change("193 billion yen", "201.7 billion yen", "1.2%")
print(change.status, "-", change.explain())

conversion = check_conversion(
    "201.7 billion yen", "about 2.5 trillion won", on=dt.date(2021, 1, 31)
)
print(conversion.status, "-", conversion.diagnoses[0].explain())

rates = FixedRates({("USD", "JPY"): 105})
ratio = check_ratio("$8 billion", "¥199.3 billion", "four times", rates=rates)
print(ratio.status, "-", ratio.explain())

print(
    jpy("2017億").format("en_US", "words"),
    "=",
    jpy("2017億").format("ko_KR", "myriad"),
)
