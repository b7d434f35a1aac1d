"""
What a check returns: a `Verdict` a fact-checker can quote, with the
`Diagnosis` of each slip that would explain an inconsistent claim.
"""

from __future__ import annotations

import decimal
from collections.abc import Mapping
from decimal import Decimal
from typing import Literal, TypedDict

import attrs

from hns import _notebook
from hns._decimal import WIDE
from hns._values import fields_eq, fields_hash, fields_repr, quote
from hns.errors import ArgumentError, HnsError, InvalidAmountError
from hns.figures import Figure, Interval
from hns.money import Money

__all__ = [
    "SCHEMA",
    "Diagnosis",
    "DiagnosisDict",
    "InputDict",
    "IntervalDict",
    "StatedDict",
    "Status",
    "Verdict",
    "VerdictDict",
    "note_in_words",
]

Status = Literal["consistent", "inconsistent", "undetermined"]
"""
What a check concludes: the claim holds (``consistent``), holds in no
reading (``inconsistent``), or could not be decided (``undetermined``).
"""
SCHEMA = "hns.verdict/1"
"""
The version of `Verdict.to_dict`'s layout; it changes when a key does.
"""
# Checks whose verdict is a sentence, not a computation: `explain` says
# their reason (and sources) as it stands.
_STATEMENTS = frozenset({"agreement", "milestone", "record", "streak"})
# The longest subject a verdict's repr shows (a total of many parts).
_SUBJECT_LIMIT = 60


def note_in_words(template: str, figure: Figure) -> str:
    """
    *template* with ``{words}`` replaced by *figure* in English words (an
    amount) or as written (anything else).

    >>> from hns import parse_figure
    >>> note_in_words("2017億円 ({words})", parse_figure("2017億円"))
    '2017億円 (201.7 billion yen)'
    """
    if "{words}" not in template:
        return template
    value = figure.value
    words = (
        value.format("en_US", "words")
        if isinstance(value, Money)
        else figure.text
    )
    return template.replace("{words}", words)


@attrs.frozen(repr=False, eq=False)
class Diagnosis:
    """
    A single slip that, corrected, makes a claim consistent: which figure
    (its role in the check, or ``claim`` for the claim's own wording), the
    kind of slip, the text as written and as corrected, a note, and the
    verdict the corrected claim gets.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    figure: str
    kind: str
    original: str
    corrected: str
    note_template: str = attrs.field(repr=False)
    verdict: Verdict

    @property
    def note(self) -> str:
        """
        What was likely meant; ``{words}`` in the template stands for the
        corrected figure in English words, written only when asked for.
        """
        fixed = self.verdict.figure(self.figure)
        if fixed is None:
            return self.note_template
        return note_in_words(self.note_template, fixed)

    def explain(self) -> str:
        """
        One sentence: what was likely meant.

        >>> from hns import check_change
        >>> v = check_change("193 billion yen", "201.7 billion yen", "1.2%")
        >>> print(v.diagnoses[0].explain())  # doctest: +NORMALIZE_WHITESPACE
        the old figure: 193 billion yen is likely a lost digit of 1993億円
        (199.3 billion yen)
        """
        if self.figure == "claim":
            return f"the claim holds if {self.note}"
        return (
            f"the {self.figure} figure: {self.original} is likely {self.note}"
        )

    def to_dict(self) -> DiagnosisDict:
        """
        JSON-ready: ``figure``, ``kind``, ``original``, ``corrected``,
        ``note`` and the corrected ``verdict``.
        """
        return {
            "figure": self.figure,
            "kind": self.kind,
            "original": self.original,
            "corrected": self.corrected,
            "note": self.note,
            "verdict": self.verdict.to_dict(),
        }


class IntervalDict(TypedDict):
    """An interval in `Verdict.to_dict`: exact decimal strings."""

    low: str | None
    high: str | None
    low_closed: bool
    high_closed: bool


class StatedDict(TypedDict):
    """The stated figure in `Verdict.to_dict`, with its interval."""

    text: str
    kind: str
    value: str | None
    low: str | None
    high: str | None
    low_closed: bool
    high_closed: bool


class InputDict(TypedDict):
    """One figure a check used, in `Verdict.to_dict`."""

    role: str
    text: str
    kind: str
    value: str | None
    currency: str | None


class DiagnosisDict(TypedDict):
    """`Diagnosis.to_dict`: a slip that explains a claim."""

    figure: str
    kind: str
    original: str
    corrected: str
    note: str
    verdict: VerdictDict


class VerdictDict(TypedDict):
    """
    `Verdict.to_dict` (schema ``hns.verdict/1``; the JSON Schema is
    ``hns.schemas.schema("hns.verdict/1")``).
    """

    schema: str
    check: str
    status: str
    reason: str | None
    stated: StatedDict | None
    recomputed: IntervalDict | None
    point: str | None
    off_by: str | None
    unit: str
    rounding_only: bool
    inputs: list[InputDict]
    diagnoses: list[DiagnosisDict]
    sources: list[str]
    explanation: str


def _plain(value: Decimal | None) -> str | None:
    if value is None:
        return None
    if value.is_infinite():
        return "Infinity" if value > 0 else "-Infinity"
    return format(value, "f")


def _interval_dict(interval: Interval | None) -> IntervalDict | None:
    if interval is None:
        return None
    return {
        "low": _plain(interval.lo),
        "high": _plain(interval.hi),
        "low_closed": interval.lo_closed,
        "high_closed": interval.hi_closed,
    }


def _places(figure: Figure | None, unit: str) -> int:
    # The stated figure's decimals; ratios and percents show at least one.
    least = 1 if unit in {"×", "%", "points"} else 0
    if figure is None or not figure.resolution:
        return max(least, 1)
    return max(least, -figure.resolution.adjusted())


def _significant(value: Decimal, digits: int) -> Decimal:
    if not value:
        return value
    exponent = value.adjusted() - digits + 1
    return value.quantize(
        Decimal(1).scaleb(exponent), decimal.ROUND_HALF_UP, WIDE
    )


def _show(
    value: Decimal, unit: str, places: int, *, signed: bool, digits: int = 4
) -> str:
    if value.is_infinite():
        return "+∞" if value > 0 else "-∞"
    sign = "+" if signed and value > 0 else ""
    if unit == "%":
        return f"{sign}{value:.{places}f}%"
    if unit == "points":
        return f"{sign}{value:.{places}f} points"
    if unit == "×":
        return f"×{value:.{places}f}"
    if unit:
        shown = _significant(value, digits)
        try:
            text = Money(shown, unit).format("en_US", "words")
        except InvalidAmountError:
            # Beyond any amount (a recomputed bound of a wild claim).
            return f"{sign}{shown:E} {unit}"
        return sign + text
    return f"{sign}{_significant(value, digits):f}"


def _rounded(value: Decimal, places: int) -> Decimal:
    # For display only: the decision used the exact bounds.
    if not value.is_finite():
        return value
    return value.quantize(
        Decimal(1).scaleb(-places), decimal.ROUND_HALF_UP, WIDE
    )


def _joined(first: str, second: str, arrow: str) -> str:
    # "193 billion yen → 201.7 billion yen" reads "193 → 201.7 billion yen".
    head, _, unit = first.partition(" ")
    other_unit = second.partition(" ")[2]
    if unit and unit == other_unit and head[:1].isdigit():
        return f"{head} {arrow} {second}"
    return f"{first} {arrow} {second}"


@attrs.frozen(repr=False, eq=False)
class Verdict:
    """
    The outcome of a check: *status* (``consistent``, ``inconsistent`` or
    ``undetermined``), the *stated* and *recomputed* intervals, the *point*
    recomputed from central values, the *unit* both are in, the figures the
    check used (*inputs*, by role), whether the claim holds only thanks to
    rounding, the *diagnoses* of an inconsistent claim and, when
    undetermined, the *reason*.

    >>> from hns import check_change
    >>> v = check_change("193 billion yen", "201.7 billion yen", "1.2%")
    >>> v.status, round(v.point, 2), round(v.off_by, 2)
    ('inconsistent', Decimal('4.51'), Decimal('3.31'))
    """

    __eq__ = fields_eq
    __hash__ = fields_hash

    check: str
    status: Status
    stated_figure: Figure | None = attrs.field(kw_only=True)
    stated: Interval | None = attrs.field(kw_only=True)
    recomputed: Interval | None = attrs.field(kw_only=True)
    point: Decimal | None = attrs.field(kw_only=True)
    unit: str = attrs.field(kw_only=True)
    inputs: tuple[tuple[str, Figure], ...] = attrs.field(kw_only=True)
    rounding_only: bool = attrs.field(default=False, kw_only=True)
    diagnoses: tuple[Diagnosis, ...] = attrs.field(default=(), kw_only=True)
    reason: str = attrs.field(default="", kw_only=True)
    sources: tuple[str, ...] = attrs.field(default=(), kw_only=True)

    @property
    def off_by(self) -> Decimal | None:
        """
        The recomputed point minus the stated figure, in the stated unit.
        """
        if self.point is None or self.stated_figure is None:
            return None
        return self.point - self.stated_figure.number

    def with_diagnoses(self, diagnoses: tuple[Diagnosis, ...]) -> Verdict:
        """
        The same verdict with *diagnoses* (a tuple or list of
        `Diagnosis`) attached.

        Raises:
            ArgumentError: *diagnoses* is not a tuple or list of Diagnosis.
        """
        given: object = diagnoses  # callers may pass anything
        if not isinstance(given, tuple | list) or not all(
            isinstance(item, Diagnosis) for item in given
        ):
            raise ArgumentError(
                argument="diagnoses",
                expected="a tuple of Diagnosis",
                given=diagnoses,
            )
        return self._evolve(self.inputs, tuple(diagnoses))

    def with_inputs(self, figures: dict[str, Figure]) -> Verdict:
        """
        The same verdict, reporting *figures* (figures by role) as its
        inputs.

        Raises:
            ArgumentError: *figures* is not a mapping of roles to figures.
        """
        given: object = figures  # callers may pass anything
        if given.__class__ is not dict and not isinstance(given, Mapping):
            raise ArgumentError(
                argument="figures",
                expected="a mapping of roles (str) to Figures",
                given=figures,
            )
        return self._evolve(tuple(figures.items()), self.diagnoses)

    def _evolve(
        self,
        inputs: tuple[tuple[str, Figure], ...],
        diagnoses: tuple[Diagnosis, ...],
        sources: tuple[str, ...] | None = None,
    ) -> Verdict:
        # attrs.evolve, written out: this runs for every slip tried.
        return Verdict(
            self.check,
            self.status,
            stated_figure=self.stated_figure,
            stated=self.stated,
            recomputed=self.recomputed,
            point=self.point,
            unit=self.unit,
            inputs=inputs,
            rounding_only=self.rounding_only,
            diagnoses=diagnoses,
            reason=self.reason,
            sources=self.sources if sources is None else sources,
        )

    def citing(self, *sources: str) -> Verdict:
        """
        The same verdict, naming where its reference figures or rates come
        from (`explain` says them in a clause; `to_dict` as ``sources``).

        Raises:
            ArgumentError: a source that is not a str.
        """
        for source in sources:
            given: object = source  # callers may pass anything
            if not isinstance(given, str):
                raise ArgumentError(
                    argument="sources", expected="str", given=source
                )
        return self._evolve(
            self.inputs, self.diagnoses, (*self.sources, *sources)
        )

    def figure(self, role: str) -> Figure | None:
        """
        The input figure with *role* (``old``, ``new``, ``stated``, ...).

        >>> from hns import check_change
        >>> check_change("1993億円", "2017億円", "1.2%").figure("old").text
        '1993億円'

        Raises:
            ArgumentError: *role* is not a str.
        """
        given: object = role  # callers may pass anything
        if not isinstance(given, str):
            raise ArgumentError(argument="role", expected="a str", given=role)
        return dict(self.inputs).get(role)

    def _subject(self) -> str:
        roles = dict(self.inputs)
        text = {role: figure.text for role, figure in roles.items()}
        if self.check == "change":
            return _joined(text["old"], text["new"], "→")
        if self.check == "ratio":
            return f"{text['a']} / {text['b']}"
        if self.check == "total":
            parts = [t for role, t in text.items() if role.startswith("part")]
            return " + ".join(parts)
        if self.check == "level":
            return "the reference figure"
        if self.check == "conversion":
            return f"{text['amount']} converted"
        if self.check in {"average", "per_capita", "share"}:
            return f"{text['top']} / {text['bottom']}"
        return self.check

    def explain(self) -> str:
        """
        A fact-checker's sentence.

        >>> from hns import check_change
        >>> v = check_change("1993億円", "2017億円", "1.2%")
        >>> print(v.explain())  # doctest: +NORMALIZE_WHITESPACE
        stated +1.2%: 1993億円 → 2017億円 is +1.2% (+1.2% to +1.3% at the
        stated precision)
        """
        if self.check in _STATEMENTS:
            if self.sources:
                return f"{self.reason}; source: {'; '.join(self.sources)}"
            return self.reason
        if self.check == "malformed":
            readings = " or ".join(
                f"{d.corrected} ({d.note})" for d in self.diagnoses[:3]
            )
            return (
                f"{self.reason}; likely {readings}"
                if readings
                else self.reason
            )
        if self.status == "undetermined":
            return f"undetermined: {self.reason}"
        if self.check == "rates":
            return self._explain_rates()
        assert self.point is not None
        assert self.recomputed is not None
        stated = self.stated_figure
        assert stated is not None
        places = _places(stated, self.unit)
        signed = self.check == "change"
        shown = stated.text
        if signed and stated.number > 0 and not shown.startswith("+"):
            shown = "+" + shown
        point = _show(self.point, self.unit, places, signed=signed)
        low, high = (
            _show(
                _rounded(bound, places),
                self.unit,
                places,
                signed=signed,
                digits=5,
            )
            for bound in (self.recomputed.lo, self.recomputed.hi)
        )
        joint = ":" if self.status == "consistent" else ", but"
        sentence = (
            f"stated {shown}{joint} {self._subject()} is {point}"
            f" ({low} to {high} at the stated precision)"
        )
        if self.rounding_only:
            sentence += "; it holds only thanks to rounding"
        if self.diagnoses:
            sentence += "; likely " + self.diagnoses[0].explain()
        if self.sources:
            sentence += "; source: " + "; ".join(self.sources)
        return sentence

    def __repr__(self) -> str:
        """
        The check, the status, the stated figure and what it was checked
        against, on a line or two.

        >>> from hns import check_change
        >>> check_change("193 billion yen", "201.7 billion yen", "1.2%")
        ... # doctest: +NORMALIZE_WHITESPACE
        Verdict(change, inconsistent, stated '1.2%', recomputed +4.2% to
        +4.8% from 193 → 201.7 billion yen, 1 diagnosis)
        """
        parts = [self.check, self.status]
        if self.stated_figure is not None:
            parts.append(f"stated {quote(self.stated_figure.text)}")
        against = self._against()
        if against:
            parts.append(against)
        elif self.reason:
            parts.append(quote(self.reason))
        if self.rounding_only:
            parts.append("only thanks to rounding")
        for count, word in (
            (len(self.diagnoses), "diagnosis"),
            (len(self.sources), "source"),
        ):
            if count:
                plural = "diagnoses" if word == "diagnosis" else "sources"
                parts.append(f"{count} {word if count == 1 else plural}")
        return f"Verdict({', '.join(parts)})"

    def _bounds(self) -> tuple[str, str] | None:
        # The recomputed bounds as `explain` shows them.
        recomputed = self.recomputed
        if recomputed is None:
            return None
        if self.check == "rates":
            return f"{recomputed.lo:.4f}", f"{recomputed.hi:.4f}"
        places = _places(self.stated_figure, self.unit)
        signed = self.check == "change"
        try:
            low, high = (
                _show(
                    _rounded(bound, places),
                    self.unit,
                    places,
                    signed=signed,
                    digits=5,
                )
                for bound in (recomputed.lo, recomputed.hi)
            )
        except (HnsError, ArithmeticError):
            # A unit no amount has (a verdict built by hand).
            return format(recomputed.lo, "f"), format(recomputed.hi, "f")
        return low, high

    def _against(self) -> str:
        # What the stated figure was checked against, for the repr.
        if self.check in _STATEMENTS or self.status == "undetermined":
            return ""
        bounds = self._bounds()
        if bounds is None:
            return ""
        low, high = bounds
        if self.check == "rates":
            return f"rates {low} to {high}"
        reference = self.figure("reference")
        try:
            subject = (
                f"the reference {reference.text}"
                if self.check == "level" and reference is not None
                else self._subject()
            )
        except KeyError:  # inputs without the roles of the check
            subject = ""
        if len(subject) > _SUBJECT_LIMIT:
            subject = subject[: _SUBJECT_LIMIT - 1] + "…"
        shown = f"recomputed {low} to {high}"
        return f"{shown} from {subject}" if subject else shown

    def _repr_html_(self) -> str:
        """
        The verdict as a small table for notebooks: the check, the status
        with its label, the stated and recomputed figures (shown, and
        exact), the inputs, the explanation, diagnoses and sources.

        >>> from hns import check_change
        >>> html = check_change("1993億円", "2017億円", "1.2%")._repr_html_()
        >>> "✓ consistent" in html, "[1.15, 1.25]" in html
        (True, True)
        """
        rows: list[tuple[str, object]] = [
            ("check", self.check),
            ("status", _notebook.status_label(self.status)),
        ]
        if self.stated_figure is not None:
            exact = f" {self.stated}" if self.stated is not None else ""
            rows.append(("stated", f"{self.stated_figure.text}{exact}"))
        bounds = self._bounds()
        if bounds is not None and self.recomputed is not None:
            shown = f"{bounds[0]} to {bounds[1]}"
            rows.append(("recomputed", f"{shown} {self.recomputed}"))
        if self.inputs:
            rows.append(
                (
                    "inputs",
                    _notebook.listing(
                        f"{role}: {figure.text}"
                        for role, figure in self.inputs
                    ),
                )
            )
        rows.append(("explanation", self.explain()))
        if self.diagnoses:
            rows.append(
                (
                    "diagnoses",
                    _notebook.listing(d.explain() for d in self.diagnoses),
                )
            )
        if self.sources:
            rows.append(("sources", _notebook.listing(self.sources)))
        return _notebook.pairs(rows, cls="hns-verdict")

    def _explain_rates(self) -> str:
        def shown(interval: Interval | None) -> str:
            if interval is None:
                return "?"
            return f"{interval.lo:.4f} to {interval.hi:.4f}"

        if self.status == "consistent":
            return f"the conversions imply one rate ({shown(self.recomputed)})"
        return (
            f"{self.reason}: {shown(self.recomputed)}, not"
            f" {shown(self.stated)} as the ones before"
        )

    def to_dict(self) -> VerdictDict:
        """
        JSON-ready, with stable keys: ``schema``, ``check``, ``status``,
        ``reason``, ``stated`` (``text``, ``kind``, ``value``, ``low``,
        ``high``, ``low_closed``, ``high_closed``), ``recomputed``,
        ``point``, ``off_by``, ``unit``, ``rounding_only``, ``inputs``
        (``role``, ``text``, ``kind``, ``value``, ``currency``),
        ``diagnoses``, ``sources`` (where the reference figures and rates
        come from) and ``explanation``. Numbers are exact decimal strings.

        >>> from hns import check_change
        >>> d = check_change("1993億円", "2017億円", "1.2%").to_dict()
        >>> d["status"], d["stated"]["low"], d["inputs"][0]["value"]
        ('consistent', '1.15', '199300000000')
        """
        stated: StatedDict | None = None
        if self.stated_figure is not None:
            figure = self.stated_figure
            interval = figure.interval
            stated = {
                "text": figure.text,
                "kind": figure.kind,
                "value": _plain(figure.number),
                "low": _plain(interval.lo),
                "high": _plain(interval.hi),
                "low_closed": interval.lo_closed,
                "high_closed": interval.hi_closed,
            }
        return {
            "schema": SCHEMA,
            "check": self.check,
            "status": self.status,
            "reason": self.reason,
            "stated": stated,
            "recomputed": _interval_dict(self.recomputed),
            "point": _plain(self.point),
            "off_by": _plain(self.off_by),
            "unit": self.unit,
            "rounding_only": self.rounding_only,
            "inputs": [
                {
                    "role": role,
                    "text": figure.text,
                    "kind": figure.kind,
                    "value": _plain(figure.number),
                    "currency": figure.currency.code
                    if figure.currency
                    else None,
                }
                for role, figure in self.inputs
            ],
            "diagnoses": [d.to_dict() for d in self.diagnoses],
            "sources": list(self.sources),
            "explanation": self.explain(),
        }
