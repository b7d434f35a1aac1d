"""
``python -m hns``: the same as the ``hns`` command.
"""

import sys

from hns.cli import main

sys.exit(main())
