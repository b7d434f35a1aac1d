"""
Test settings shared by every test module.
"""

from typing import Any

from hypothesis import settings

# The first example of a property may load babel, pint or the ECB data,
# which takes longer than Hypothesis's default 200 ms deadline once; a
# deadline would make such tests fail by timing, not by behaviour.
settings.register_profile("hns", deadline=None)
settings.load_profile("hns")


# Every report the suite builds, and every verdict it turns into JSON, is
# checked against the JSON Schema hns ships for it (hns.schemas): a key
# the code writes and the schema does not describe, or the other way
# round, fails the test that built it.
def _check_against_schemas() -> None:
    import functools

    import attrs
    import jsonschema  # type: ignore[import-untyped]
    import referencing

    from hns import schemas
    from hns.audit.report import Report
    from hns.verdicts import Verdict

    found = schemas.schemas()
    registry: referencing.Registry = referencing.Registry().with_resources(
        (s["$id"], referencing.Resource.from_contents(s))
        for s in found.values()
    )
    validator = jsonschema.Draft202012Validator
    report = validator(found["hns.report/1"], registry=registry)
    verdict = validator(found["hns.verdict/1"], registry=registry)
    built = Report.__init__
    to_dict = Verdict.to_dict

    @functools.wraps(built)
    def checked_report(self: Report, *args: Any, **kwargs: Any) -> None:
        built(self, *args, **kwargs)
        if max(len(self.claims), len(self.figures)) > 300:
            # A report of thousands of claims (the long-text tests) is
            # checked on its first few hundred: every item has one schema.
            attrs.evolve(
                self,
                claims=self.claims[:300],
                figures=self.figures[:300],
                unchecked=self.unchecked[:300],
                text=self.text[:10_000],
            )
            return
        report.validate(self.to_dict())

    @functools.wraps(to_dict)
    def checked_verdict(self: Verdict) -> object:
        data = to_dict(self)
        verdict.validate(data)
        return data

    Report.__init__ = checked_report  # type: ignore[method-assign]
    Verdict.to_dict = checked_verdict  # type: ignore[method-assign,assignment]


_check_against_schemas()
