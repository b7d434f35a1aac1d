"""
Special Measures Agreements (SMAs) on host-nation support: the fiscal years
each one covers, when it expires, the total it set where a source states
one, and a registry of the US-Japan and US-Korea agreements bundled in
``hns/data/agreements.toml``, every entry with its sources.

>>> get("us-japan-sma-2016").expires
datetime.date(2021, 3, 31)
>>> in_force(dt.date(2024, 10, 4), "KR").id
'us-korea-sma-11'
"""

from __future__ import annotations

import datetime as dt
import functools
import numbers
import os
from typing import Any, Literal

import attrs

from hns._arguments import as_date, as_optional_date, as_text, as_whole
from hns._loading import LOADING
from hns._values import fields_repr
from hns.errors import (
    AgreementDataError,
    ArgumentError,
    FiscalYearError,
    HnsError,
    UnknownAgreementError,
    UnknownTotalError,
    shown,
)
from hns.fiscal import JAPAN, KOREA, UK, US_FEDERAL, FiscalYear
from hns.money import Money

__all__ = [
    "Agreement",
    "AgreementDataError",
    "Host",
    "Registry",
    "UnknownAgreementError",
    "UnknownTotalError",
    "all",
    "get",
    "in_force",
    "load",
]

Host = Literal["JP", "KR"]
"""
The host countries of the agreements: Japan (``JP``) and Korea (``KR``).
"""
_HOSTS = ("JP", "KR")
_CALENDARS = {c.name: c for c in (JAPAN, KOREA, US_FEDERAL, UK)}


def _check_last(instance: Agreement, _: object, last: FiscalYear) -> None:
    # distance() refuses years of two calendars with FiscalYearError.
    if instance.first.distance(last) < 0:
        msg = f"last {last.label()} is before first {instance.first.label()}"
        raise FiscalYearError(msg)


def _check_extends(
    instance: Agreement, _: object, extends: str | None
) -> None:
    if extends is not None and extends == instance.id:
        msg = f"{instance.id!r} extends itself"
        raise AgreementDataError(msg)


def _extension_cycle(agreements: dict[str, Agreement], start: str) -> str:
    # The cycle of extensions *start* enters, as "a → b → a", or "" when
    # its chain of `extends` ends (or leaves *agreements*).
    chain = [start]
    current = agreements[start].extends
    while current is not None and current in agreements:
        if current in chain:
            return " → ".join([*chain[chain.index(current) :], current])
        chain.append(current)
        current = agreements[current].extends
    return ""


def _signed(signed: dt.date | None) -> dt.date | None:
    return as_optional_date(signed, "signed")


def _of_type(
    kind: type | tuple[type, ...], expected: str
) -> Any:  # an attrs validator
    def check(_: object, field: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind) or isinstance(value, bool):
            raise ArgumentError(
                argument=field.name, expected=expected, given=value
            )

    return check


def _strings(_: object, field: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, tuple) and not [
        item for item in value if not isinstance(item, str)
    ]:
        return
    raise ArgumentError(
        argument=field.name, expected="a tuple of str", given=value
    )


def _host(_: object, __: object, host: str) -> None:
    _check_host(host)


def _order(agreement: Agreement) -> tuple[dt.date, dt.date, str]:
    return agreement.first.start, agreement.expires, agreement.id


@attrs.frozen(repr=False)
class Agreement:
    """
    One agreement: its parties, the fiscal years it covers (Japan's April
    years, Korea's calendar years), its sources and, where a source states
    one, its total.

    >>> sma = get("us-japan-sma-2016")
    >>> sma.first, sma.total
    (FiscalYear(year=2016, calendar=JAPAN), Money('946500000000', 'JPY'))

    Raises:
        ArgumentError: a field of the wrong type (*signed* is a date, a
            datetime, an ISO date string or None).
        UnknownAgreementError: a *host* other than ``"JP"`` or ``"KR"``.
        FiscalYearError: *last* before *first*, or of another calendar.
    """

    __repr__ = fields_repr

    id: str = attrs.field(validator=_of_type(str, "a str"))
    host: Host = attrs.field(validator=_host)
    parties: tuple[str, ...] = attrs.field(validator=_strings)
    title: str = attrs.field(validator=_of_type(str, "a str"))
    first: FiscalYear = attrs.field(
        validator=_of_type(FiscalYear, "a FiscalYear")
    )
    last: FiscalYear = attrs.field(
        validator=[_of_type(FiscalYear, "a FiscalYear"), _check_last]
    )
    signed: dt.date | None = attrs.field(default=None, converter=_signed)
    total: Money | None = attrs.field(
        default=None, validator=_of_type((Money, type(None)), "Money or None")
    )
    actual: Money | None = attrs.field(
        default=None, validator=_of_type((Money, type(None)), "Money or None")
    )
    extends: str | None = attrs.field(
        default=None,
        validator=[
            _of_type((str, type(None)), "a str or None"),
            _check_extends,
        ],
    )
    sources: tuple[str, ...] = attrs.field(default=(), validator=_strings)
    notes: str = attrs.field(default="", validator=_of_type(str, "a str"))
    ordinal: int | None = attrs.field(
        default=None, validator=_of_type((int, type(None)), "an int or None")
    )
    # The registry this agreement belongs to, for successor/predecessor.
    _registry: Registry | None = attrs.field(
        default=None, eq=False, repr=False, kw_only=True, alias="_registry"
    )

    @property
    def length(self) -> int:
        """
        How many fiscal years the agreement covers.

        >>> get("us-korea-sma-11").length, get("us-korea-sma-10").length
        (6, 1)
        """
        return self.first.distance(self.last) + 1

    @property
    def fiscal_years(self) -> tuple[FiscalYear, ...]:
        """
        The fiscal years covered, first to last.

        >>> [fy.year for fy in get("us-japan-sma-2008").fiscal_years]
        [2008, 2009, 2010]
        """
        return tuple(self.first + n for n in range(self.length))

    @property
    def expires(self) -> dt.date:
        """
        The last day covered: the end of the last fiscal year.

        >>> get("us-japan-sma-2016-extension").expires
        datetime.date(2022, 3, 31)
        """
        return self.last.end

    @property
    def negotiation_due(self) -> dt.date:
        """
        By convention, when a successor should be agreed: 31 December of the
        calendar year in which the final fiscal year starts (a rule of
        thumb, not a date any agreement states).

        >>> get("us-japan-sma-2016").negotiation_due
        datetime.date(2020, 12, 31)
        """
        return dt.date(self.last.start.year, 12, 31)

    @property
    def successor(self) -> Agreement | None:
        """
        The next agreement of the same host in this one's registry, or None
        (the latest, or not from a registry).

        >>> get("us-japan-sma-2016").successor.id
        'us-japan-sma-2016-extension'
        """
        return self._neighbour(later=True)

    @property
    def predecessor(self) -> Agreement | None:
        """
        The previous agreement of the same host in this one's registry, or
        None (the earliest, or not from a registry).

        >>> get("us-korea-sma-11").predecessor.id
        'us-korea-sma-10'
        """
        return self._neighbour(later=False)

    def _neighbour(self, *, later: bool) -> Agreement | None:
        if self._registry is None:
            return None
        kin = all(self.host, registry=self._registry)
        key = _order(self)
        if later:
            return next((a for a in kin if _order(a) > key), None)
        return next((a for a in reversed(kin) if _order(a) < key), None)

    def _year(self, year: object, argument: str) -> FiscalYear:
        # A fiscal year, or a year (an int) of the agreement's calendar.
        if isinstance(year, FiscalYear):
            return year
        expected = "a FiscalYear or a year (int) of the agreement's calendar"
        return FiscalYear(
            as_whole(year, argument, expected), self.first.calendar
        )

    def year_of(self, fy: FiscalYear | int) -> int:
        """
        Which year of the agreement *fy* is, counting from 1; an int is a
        year of the agreement's calendar.

        >>> get("us-japan-sma-2016").year_of(FiscalYear(2018, JAPAN))
        3
        >>> get("us-japan-sma-2016").year_of(2018)
        3

        Raises:
            FiscalYearError: *fy* is of another calendar, or not covered.
            ArgumentError: *fy* is neither a FiscalYear nor an int.
        """
        fy = self._year(fy, "fy")
        number = self.first.distance(fy) + 1
        if not 1 <= number <= self.length:
            msg = (
                f"{fy.label()} is outside {self.id}"
                f" ({self.first.label()} to {self.last.label()})"
            )
            raise FiscalYearError(msg)
        return number

    def covers(self, when: dt.date | str | FiscalYear | int) -> bool:
        """
        Whether *when* falls in the agreement's term: a day (a date, a
        datetime, an ISO date string, a pandas ``Timestamp``) or a fiscal
        year, which counts only when all its days do, so that years of any
        calendar can be asked; an int is a year of the agreement's own
        calendar.

        >>> sma = get("us-japan-sma-2016")
        >>> sma.covers(dt.date(2021, 3, 31)), sma.covers("2021-04-01")
        (True, False)
        >>> sma.covers(FiscalYear(2020, JAPAN)), sma.covers(2020)
        (True, True)
        >>> sma.covers(FiscalYear(2016, KOREA))
        False

        Raises:
            ArgumentError: *when* is neither a day nor a fiscal year.
        """
        given: object = when  # callers may pass anything
        if isinstance(given, FiscalYear) or (
            not isinstance(given, bool) and isinstance(given, numbers.Integral)
        ):
            fy = self._year(when, "when")
            return self.first.start <= fy.start and fy.end <= self.expires
        expected = "a date, datetime, ISO date string, FiscalYear or year"
        day = as_date(when, "when", expected)
        return self.first.start <= day <= self.expires

    def extend(self, years: int) -> Agreement:
        """
        This agreement with its term prolonged by *years*: the same first
        year, the last one moved, the id suffixed with ``+years``. Being
        hypothetical, it has no total, signing date or sources.

        >>> longer = get("us-japan-sma-2016").extend(1)
        >>> longer.id, longer.extends
        ('us-japan-sma-2016+1', 'us-japan-sma-2016')
        >>> longer.last, longer.length, longer.total
        (FiscalYear(year=2021, calendar=JAPAN), 6, None)

        Raises:
            FiscalYearError: *years* is not from 1 to 100.
            ArgumentError: *years* is not a whole number.
        """
        years = as_whole(years, "years", "a whole number from 1 to 100")
        if not 1 <= years <= 100:
            msg = (
                "an extension is a whole number of years from 1 to 100, not"
                f" {shown(years)}"
            )
            raise FiscalYearError(msg)
        last = self.last + years
        return attrs.evolve(
            self,
            id=f"{self.id}+{years}",
            title=f"{self.title}, extended to {last.label()}",
            last=last,
            signed=None,
            total=None,
            extends=self.id,
            sources=(),
            notes="",
        )

    def average_per_year(self) -> Money:
        """
        The total spread evenly over the agreement's years.

        >>> get("us-japan-sma-2022").average_per_year()
        Money('211020000000', 'JPY')

        Raises:
            UnknownTotalError: no source states a total for this agreement.
        """
        if self.total is None:
            msg = f"no total is known for {self.id!r}"
            raise UnknownTotalError(msg)
        return self.total / self.length


@attrs.frozen(repr=False, eq=False)
class Registry:
    """
    A set of agreements with unique ids, sorted by their first day. Each is
    linked to the registry, so its successor is found among them; `get`,
    `in_force` and `all` search one given as *registry*.

    >>> mine = Registry((get("us-korea-sma-11"), get("us-korea-sma-10")))
    >>> [a.id for a in all(registry=mine)]
    ['us-korea-sma-10', 'us-korea-sma-11']
    >>> get("us-korea-sma-11", registry=mine).successor is None
    True

    Raises:
        AgreementDataError: two agreements have the same id; agreements
            extend each other in a cycle.
        ArgumentError: *agreements* is not a tuple or list of agreements.
    """

    __repr__ = fields_repr

    agreements: tuple[Agreement, ...]

    def __attrs_post_init__(self) -> None:
        given: object = self.agreements
        if not isinstance(given, tuple | list):
            raise ArgumentError(
                argument="agreements",
                expected="a tuple of Agreements",
                given=given,
            )
        for index, item in enumerate(given, 1):
            if not isinstance(item, Agreement):
                raise ArgumentError(
                    argument=f"agreements (item {index})",
                    expected="an Agreement",
                    given=item,
                )
        ordered = sorted(given, key=_order)
        seen: dict[str, Agreement] = {}
        for agreement in ordered:
            if agreement.id in seen:
                msg = f"two agreements have the id {agreement.id!r}"
                raise AgreementDataError(msg)
            seen[agreement.id] = agreement
        for agreement in ordered:
            cycle = _extension_cycle(seen, agreement.id)
            if cycle:
                msg = f"agreements extend each other in a cycle: {cycle}"
                raise AgreementDataError(msg)
        linked = tuple(attrs.evolve(a, _registry=self) for a in ordered)
        object.__setattr__(self, "agreements", linked)


_KINDS: dict[str, tuple[type[object], str]] = {
    **dict.fromkeys(
        ("id", "host", "title", "calendar", "extends", "notes"),
        (str, "a string"),
    ),
    **dict.fromkeys(("first", "last", "ordinal"), (int, "an integer")),
    **dict.fromkeys(("parties", "sources"), (list, "a list of strings")),
    "signed": (dt.date, "a date"),
    "total": (dict, "a table"),
    "actual": (dict, "a table"),
}
_OPTIONAL = frozenset(
    {"signed", "total", "actual", "extends", "notes", "ordinal"}
)


def _bad(where: str, reason: str) -> AgreementDataError:
    return AgreementDataError(f"{where}: {reason}")


def _checked(entry: dict[str, Any], where: str) -> None:
    unknown = sorted(set(entry) - set(_KINDS))
    if unknown:
        raise _bad(where, f"unknown key {unknown[0]!r}")
    for key, (kind, name) in _KINDS.items():
        if key not in entry:
            if key in _OPTIONAL:
                continue
            raise _bad(where, f"missing key {key!r}")
        value = entry[key]
        if (
            not isinstance(value, kind)
            or isinstance(value, bool | dt.datetime)
            or (kind is list and not value)
            or (kind is list and any(type(v) is not str for v in entry[key]))
        ):
            raise _bad(where, f"{key!r} must be {name}, not {value!r}")


def _agreement(entry: dict[str, Any], where: str) -> Agreement:
    _checked(entry, where)
    if entry["host"] not in _HOSTS:
        raise _bad(where, f"unknown host {entry['host']!r}")
    if entry.get("ordinal", 1) < 1:
        raise _bad(
            where, f"'ordinal' must be 1 or more, not {entry['ordinal']}"
        )
    calendar = _CALENDARS.get(entry["calendar"])
    if calendar is None:
        known = ", ".join(_CALENDARS)
        reason = f"unknown calendar {entry['calendar']!r}; known: {known}"
        raise _bad(where, reason)
    total, actual = entry.get("total"), entry.get("actual")
    for key, value in (("total", total), ("actual", actual)):
        if value is not None and set(value) != {"amount", "currency"}:
            reason = (
                f"{key!r} must have exactly the keys 'amount' and 'currency'"
            )
            raise _bad(where, reason)
    try:
        amounts = {
            key: None if value is None else Money(**value)
            for key, value in (("total", total), ("actual", actual))
        }
        for key, money in amounts.items():
            if money is not None and money.amount <= 0:
                raise _bad(where, f"{key!r} must be positive, not {money}")
        return Agreement(
            id=entry["id"],
            host=entry["host"],
            parties=tuple(entry["parties"]),
            title=entry["title"],
            first=FiscalYear(entry["first"], calendar),
            last=FiscalYear(entry["last"], calendar),
            signed=entry.get("signed"),
            total=amounts["total"],
            actual=amounts["actual"],
            extends=entry.get("extends"),
            sources=tuple(entry["sources"]),
            notes=entry.get("notes", ""),
            ordinal=entry.get("ordinal"),
        )
    except HnsError as err:
        raise _bad(where, str(err)) from err


def _parse(text: str, name: str) -> Registry:
    with LOADING:
        import tomllib  # only when data is read: import hns stays fast

    # The one place tomllib reads: its errors, Python's limit on digits in
    # an integer (a ValueError) and the recursion of deeply nested arrays
    # or tables all name the file. A byte-order mark is no TOML.
    try:
        data = tomllib.loads(text.removeprefix("\ufeff"))
    except ValueError as err:  # TOMLDecodeError is one
        raise _bad(name, f"not valid TOML: {err}") from err
    except RecursionError as err:
        raise _bad(name, "not valid TOML: nested too deeply") from err
    entries = data.get("agreement", [])
    if set(data) - {"agreement"} or not isinstance(entries, list):
        raise _bad(name, "expected only [[agreement]] tables")
    agreements: dict[str, Agreement] = {}
    for index, entry in enumerate(entries, 1):
        where = f"{name}, [[agreement]] {index}"
        if not isinstance(entry, dict):
            raise _bad(where, "not a table")
        if isinstance(entry.get("id"), str):
            where += f" ({entry['id']!r})"
        agreement = _agreement(entry, where)
        if agreement.id in agreements:
            raise _bad(where, "an earlier entry has the same id")
        agreements[agreement.id] = agreement
    for index, agreement in enumerate(agreements.values(), 1):
        if agreement.extends is None:
            continue
        where = f"{name}, [[agreement]] {index} ({agreement.id!r})"
        base = agreements.get(agreement.extends)
        if base is None or base.host != agreement.host:
            reason = f"extends unknown agreement {agreement.extends!r}"
            raise _bad(where, f"{reason} of host {agreement.host}")
        cycle = _extension_cycle(agreements, agreement.id)
        if cycle:
            raise _bad(where, f"extends itself through {cycle}")
    return Registry(tuple(agreements.values()))


def load(path: str | os.PathLike[str]) -> Registry:
    """
    Agreements from a TOML file of one's own, in the schema documented at
    the top of ``hns/data/agreements.toml``.

    >>> from importlib.resources import files
    >>> bundled = files("hns") / "data" / "agreements.toml"
    >>> load(str(bundled)).agreements == all()
    True

    The file is UTF-8; a byte-order mark is allowed.

    Raises:
        AgreementDataError: the file cannot be read, or is malformed; the
            message names the file and the entry.
        ArgumentError: *path* is not a path (a str or os.PathLike).
    """
    name = _path_name(path)
    try:
        with open(name, encoding="utf-8") as file:
            text = file.read()
    except (OSError, ValueError) as err:  # also a NUL in the path
        raise _bad(repr(name)[:80], f"cannot read: {err}") from err
    return _parse(text, name)


def _path_name(path: object) -> str:
    # A path as a str; None, bytes or a number (which open() would take
    # as a file descriptor) are refused.
    name = os.fspath(path) if isinstance(path, os.PathLike) else path
    if not isinstance(name, str):
        raise ArgumentError(
            argument="path",
            expected="a path (a str or os.PathLike)",
            given=path,
        )
    return name


def _among(registry: Registry | None) -> tuple[Agreement, ...]:
    given: object = registry  # callers may pass anything
    if given is not None and not isinstance(given, Registry):
        raise ArgumentError(
            argument="registry",
            expected="a Registry (hns.agreements.load) or None",
            given=registry,
        )
    return (_bundled() if registry is None else registry).agreements


@functools.cache
def _bundled() -> Registry:
    with LOADING:
        from importlib.resources import files

    resource = files("hns") / "data" / "agreements.toml"
    text = resource.read_text(encoding="utf-8")
    return _parse(text, "hns/data/agreements.toml")


def get(id: str, *, registry: Registry | None = None) -> Agreement:
    """
    The agreement with *id*, bundled or in *registry*.

    >>> get("us-korea-sma-10").title
    '10th US-Korea Special Measures Agreement, 2019'

    Raises:
        UnknownAgreementError: no agreement has *id*; the message lists the
            ids there are.
        ArgumentError: *id* is not a str.
    """
    as_text(id, "id", "an agreement's id (str)")
    agreements = _among(registry)
    for agreement in agreements:
        if agreement.id == id:
            return agreement
    known = ", ".join(a.id for a in agreements) or "none"
    msg = f"unknown agreement {id!r}; known: {known}"
    raise UnknownAgreementError(msg)


def in_force(
    on: dt.date, host: str, *, registry: Registry | None = None
) -> Agreement | None:
    """
    The agreement of *host* (``"JP"`` or ``"KR"``), bundled or in
    *registry*, that covers the date *on*, or None. When more than one
    does (an extension made with `Agreement.extend`), the latest-starting,
    then the earliest-expiring, wins.

    >>> in_force(dt.date(2021, 6, 1), "JP").id
    'us-japan-sma-2016-extension'
    >>> sma = get("us-japan-sma-2016")
    >>> mine = Registry((sma, sma.extend(1)))
    >>> in_force(dt.date(2021, 3, 31), "JP", registry=mine).id
    'us-japan-sma-2016'

    *on* is a date, a datetime (its day), an ISO date string or a pandas
    ``Timestamp``.

    Raises:
        UnknownAgreementError: *host* is neither ``"JP"`` nor ``"KR"``.
        ArgumentError: *on* is not a date, or *host* not a str (it is
            required: None does not mean any host).
    """
    day = as_date(on, "on")
    _check_host(host)
    covering = [a for a in all(host, registry=registry) if a.covers(day)]
    if not covering:
        return None
    return max(covering, key=lambda a: (a.first.start, -a.expires.toordinal()))


def all(
    host: str | None = None, *, registry: Registry | None = None
) -> tuple[Agreement, ...]:
    """
    Every agreement, bundled or in *registry*, or those of *host*, sorted
    by their first day.

    >>> [a.id.removeprefix("us-korea-sma-") for a in all("KR")]
    ['9', '10', '11', '12']

    Raises:
        UnknownAgreementError: *host* is neither ``"JP"`` nor ``"KR"``.
        ArgumentError: *host* is neither a str nor None.
    """
    agreements = _among(registry)
    if host is None:
        return agreements
    _check_host(host)
    return tuple(a for a in agreements if a.host == host)


def _check_host(host: object) -> None:
    as_text(host, "host", "'JP' or 'KR'")
    if host not in _HOSTS:
        msg = f"unknown host {host!r}; hosts are 'JP' and 'KR'"
        raise UnknownAgreementError(msg)
