# A user's script, type-checked by tests/test_typing.py against the files
# of a wheel built from this checkout: to_dict() results have precise
# types, so a misspelt key or a wrong type is an error before it runs.
import datetime as dt

from hns import check_change
from hns.audit import audit

report = audit("Japan pays ¥201.7 billion.", published=dt.date(2021, 1, 29))
data = report.to_dict()
reveal_type(data["published_from"])
reveal_type(data["summary"]["inconsistent"])
for claim in data["claims"]:
    reveal_type(claim["verdict"]["status"])
    reveal_type(claim["verdict"]["stated"])
verdict = check_change("193 billion yen", "201.7 billion yen", "1.2%")
reveal_type(verdict.to_dict()["diagnoses"][0]["corrected"])
data["summery"]
count: str = data["summary"]["consistent"]
