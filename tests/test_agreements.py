from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import attrs
import pytest

from hns import agreements
from hns.agreements import (
    Agreement,
    AgreementDataError,
    Registry,
    UnknownAgreementError,
    UnknownTotalError,
)
from hns.errors import ArgumentError, FiscalYearError, HnsError
from hns.fiscal import JAPAN, KOREA, FiscalCalendar, FiscalYear
from hns.money import jpy, krw
from tests.common import DEEP_TOML

# The spans of the reference's agreements: (id, calendar, first, last).
SPANS: list[tuple[str, FiscalCalendar, int, int]] = [
    ("us-japan-sma-2008", JAPAN, 2008, 2010),
    ("us-japan-sma-2011", JAPAN, 2011, 2015),
    ("us-japan-sma-2016", JAPAN, 2016, 2020),
    ("us-japan-sma-2016-extension", JAPAN, 2021, 2021),
    ("us-japan-sma-2022", JAPAN, 2022, 2026),
    ("us-korea-sma-9", KOREA, 2014, 2018),
    ("us-korea-sma-10", KOREA, 2019, 2019),
    ("us-korea-sma-11", KOREA, 2020, 2025),
    ("us-korea-sma-12", KOREA, 2026, 2030),
]
JP_CHAIN = [
    "us-japan-sma-2008",
    "us-japan-sma-2011",
    "us-japan-sma-2016",
    "us-japan-sma-2016-extension",
    "us-japan-sma-2022",
]
KR_CHAIN = [
    "us-korea-sma-9",
    "us-korea-sma-10",
    "us-korea-sma-11",
    "us-korea-sma-12",
]

# A valid entry as TOML literals; tests override or drop (None) keys.
BASE = {
    "id": '"t-1"',
    "host": '"KR"',
    "parties": '["A", "B"]',
    "title": '"T"',
    "calendar": '"KOREA"',
    "first": "2020",
    "last": "2021",
    "sources": '["S (2020-01-01)"]',
}


def entry(**changes: str | None) -> str:
    """
    One [[agreement]] table: BASE with *changes* applied.
    """
    fields = {**BASE, **changes}
    lines = [f"{k} = {v}" for k, v in fields.items() if v is not None]
    return "\n".join(["[[agreement]]", *lines, ""])


def write(tmp_path: Path, text: str) -> Path:
    """
    *text* saved as a TOML file under *tmp_path*.
    """
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


class TestBundled:
    @pytest.mark.parametrize(("id", "calendar", "first", "last"), SPANS)
    def test_span(
        self, id: str, calendar: FiscalCalendar, first: int, last: int
    ) -> None:
        """
        Each agreement covers the fiscal years the reference gives.
        """
        agreement = agreements.get(id)

        assert agreement.first == FiscalYear(first, calendar)
        assert agreement.last == FiscalYear(last, calendar)
        assert agreement.length == last - first + 1

    @pytest.mark.parametrize(
        ("id", "expires"),
        [
            ("us-japan-sma-2008", dt.date(2011, 3, 31)),
            ("us-japan-sma-2011", dt.date(2016, 3, 31)),
            ("us-japan-sma-2016", dt.date(2021, 3, 31)),
            ("us-japan-sma-2016-extension", dt.date(2022, 3, 31)),
            ("us-japan-sma-2022", dt.date(2027, 3, 31)),
            ("us-korea-sma-9", dt.date(2018, 12, 31)),
            ("us-korea-sma-10", dt.date(2019, 12, 31)),
            ("us-korea-sma-11", dt.date(2025, 12, 31)),
            ("us-korea-sma-12", dt.date(2030, 12, 31)),
        ],
    )
    def test_expires(self, id: str, expires: dt.date) -> None:
        """
        An agreement expires on the last day of its last fiscal year.
        """
        assert agreements.get(id).expires == expires

    def test_lengths_that_are_not_five(self) -> None:
        """
        The 2008 SMA ran three years, Korea's 10th one, its 11th six.
        """
        assert agreements.get("us-japan-sma-2008").length == 3
        assert agreements.get("us-korea-sma-10").length == 1
        assert agreements.get("us-korea-sma-11").length == 6

    def test_totals(self) -> None:
        """
        Only the JFY2016 and JFY2022 SMAs have a total stated in a source.
        """
        totals = {a.id: a.total for a in agreements.all()}

        assert totals.pop("us-japan-sma-2016") == jpy("9465億")
        assert totals.pop("us-japan-sma-2022") == jpy("1兆551億")
        assert set(totals.values()) == {None}

    @pytest.mark.parametrize("id", [span[0] for span in SPANS])
    def test_sourced(self, id: str) -> None:
        """
        Every agreement has at least one source and the parties of its host.
        """
        agreement = agreements.get(id)
        partner = {"JP": "Japan", "KR": "Republic of Korea"}[agreement.host]

        assert agreement.sources
        assert agreement.parties == (partner, "United States")
        assert agreement.signed is None

    def test_extension_extends_2016(self) -> None:
        """
        The JFY2021 extension records the SMA it extends; no other does.
        """
        extends = {a.id: a.extends for a in agreements.all()}

        assert extends.pop("us-japan-sma-2016-extension") == (
            "us-japan-sma-2016"
        )
        assert set(extends.values()) == {None}

    def test_fiscal_years(self) -> None:
        """
        fiscal_years lists every covered year, first to last.
        """
        years = agreements.get("us-japan-sma-2008").fiscal_years

        assert years == tuple(FiscalYear(y, JAPAN) for y in (2008, 2009, 2010))


class TestYearOf:
    def test_third_year(self) -> None:
        """
        JFY2018 is year 3 of the JFY2016-2020 SMA.
        """
        sma = agreements.get("us-japan-sma-2016")

        assert sma.year_of(FiscalYear(2018, JAPAN)) == 3

    @pytest.mark.parametrize(("id", "calendar", "first", "last"), SPANS)
    def test_first_and_last(
        self, id: str, calendar: FiscalCalendar, first: int, last: int
    ) -> None:
        """
        The first year is year 1 and the last is year `length`.
        """
        agreement = agreements.get(id)

        assert agreement.year_of(FiscalYear(first, calendar)) == 1
        assert agreement.year_of(FiscalYear(last, calendar)) == (
            agreement.length
        )

    @pytest.mark.parametrize("year", [2015, 2021])
    def test_outside(self, year: int) -> None:
        """
        A year outside the agreement raises FiscalYearError naming both.
        """
        sma = agreements.get("us-japan-sma-2016")

        with pytest.raises(FiscalYearError, match=rf"FY{year} is outside"):
            sma.year_of(FiscalYear(year, JAPAN))

    def test_other_calendar(self) -> None:
        """
        A Korean calendar year is not a year of a Japanese agreement.
        """
        sma = agreements.get("us-japan-sma-2016")

        with pytest.raises(FiscalYearError, match="of JAPAN and KOREA"):
            sma.year_of(FiscalYear(2018, KOREA))


class TestCovers:
    @pytest.mark.parametrize(
        ("date", "expected"),
        [
            (dt.date(2016, 3, 31), False),
            (dt.date(2016, 4, 1), True),
            (dt.date(2021, 3, 31), True),
            (dt.date(2021, 4, 1), False),
            (dt.datetime(2021, 3, 31, 23, 59), True),
        ],
    )
    def test_date(self, date: dt.date, expected: bool) -> None:
        """
        The JFY2016-2020 SMA covers 2016-04-01 to 2021-03-31 inclusive.
        """
        sma = agreements.get("us-japan-sma-2016")

        assert sma.covers(date) == expected

    @pytest.mark.parametrize(
        ("fy", "expected"),
        [
            (FiscalYear(2015, JAPAN), False),
            (FiscalYear(2016, JAPAN), True),
            (FiscalYear(2020, JAPAN), True),
            (FiscalYear(2021, JAPAN), False),
            (FiscalYear(2016, KOREA), False),
            (FiscalYear(2017, KOREA), True),
            (FiscalYear(2020, KOREA), True),
            (FiscalYear(2021, KOREA), False),
        ],
    )
    def test_fiscal_year(self, fy: FiscalYear, expected: bool) -> None:
        """
        A fiscal year of any calendar is covered when all its days are.
        """
        sma = agreements.get("us-japan-sma-2016")

        assert sma.covers(fy) == expected

    def test_korean_years(self) -> None:
        """
        Korea's 11th SMA covers the six calendar years 2020 to 2025.
        """
        sma = agreements.get("us-korea-sma-11")
        covered = [
            y for y in range(2018, 2028) if sma.covers(FiscalYear(y, KOREA))
        ]

        assert covered == list(range(2020, 2026))


class TestCoversArguments:
    @pytest.mark.parametrize("when", ["2024-10-32", None, 2024.5, b"2024"])
    def test_not_a_date(self, when: object) -> None:
        """
        covers() of what is neither a day nor a fiscal year raises
        ArgumentError naming *when*.
        """
        sma = agreements.get("us-korea-sma-11")

        with pytest.raises(ArgumentError, match="when must be a date"):
            sma.covers(when)  # type: ignore[arg-type]


class TestNegotiationDue:
    @pytest.mark.parametrize(("id", "calendar", "first", "last"), SPANS)
    def test_december_of_final_year(
        self, id: str, calendar: FiscalCalendar, first: int, last: int
    ) -> None:
        """
        The due date is 31 December of the year the final fiscal year starts.
        """
        agreement = agreements.get(id)

        assert agreement.negotiation_due == dt.date(last, 12, 31)
        assert agreement.covers(agreement.negotiation_due)

    def test_2016(self) -> None:
        """
        A successor to the JFY2016-2020 SMA was due by December 2020.
        """
        sma = agreements.get("us-japan-sma-2016")

        assert sma.negotiation_due == dt.date(2020, 12, 31)


class TestInForce:
    @pytest.mark.parametrize(
        ("on", "host", "id"),
        [
            (dt.date(2021, 2, 10), "JP", "us-japan-sma-2016"),
            (dt.date(2021, 6, 1), "JP", "us-japan-sma-2016-extension"),
            (dt.date(2022, 4, 1), "JP", "us-japan-sma-2022"),
            (dt.date(2024, 10, 4), "KR", "us-korea-sma-11"),
            (dt.date(2019, 2, 10), "KR", "us-korea-sma-10"),
            (dt.date(2026, 1, 1), "KR", "us-korea-sma-12"),
        ],
    )
    def test_bundled(self, on: dt.date, host: str, id: str) -> None:
        """
        The agreement in force is the one whose term holds the date.
        """
        found = agreements.in_force(on, host)

        assert found is not None
        assert found.id == id

    @pytest.mark.parametrize(
        ("on", "host"),
        [(dt.date(2008, 3, 31), "JP"), (dt.date(2013, 12, 31), "KR")],
    )
    def test_none_before_first(self, on: dt.date, host: str) -> None:
        """
        Before the first bundled agreement, none is in force.
        """
        assert agreements.in_force(on, host) is None

    def test_overlap_prefers_narrowest(self) -> None:
        """
        Where an agreement and its extension overlap, the original wins.
        """
        sma = agreements.get("us-japan-sma-2016")
        mine = Registry((sma.extend(1), sma))

        found = agreements.in_force(dt.date(2018, 1, 1), "JP", registry=mine)
        later = agreements.in_force(dt.date(2021, 6, 1), "JP", registry=mine)

        assert found == sma
        assert later == sma.extend(1)

    def test_unknown_host(self) -> None:
        """
        A host other than JP or KR raises UnknownAgreementError.
        """
        with pytest.raises(UnknownAgreementError, match="unknown host 'US'"):
            agreements.in_force(dt.date(2021, 1, 1), "US")

    @pytest.mark.parametrize("host", [None, 5, ("JP",)])
    def test_host_is_a_str(self, host: object) -> None:
        """
        The host is required: None (or anything but a str) is an
        ArgumentError naming it, instead of an answer with whichever
        host's agreement started last.
        """
        with pytest.raises(ArgumentError, match="host must be 'JP' or 'KR'"):
            agreements.in_force(dt.date(2024, 10, 4), host)  # type: ignore[arg-type]

    @pytest.mark.parametrize("host", ["jp", "", "US"])
    def test_host_is_required(self, host: str) -> None:
        """
        A host other than "JP" or "KR" raises UnknownAgreementError, which
        is also a ValueError.
        """
        with pytest.raises(UnknownAgreementError, match="unknown host"):
            agreements.in_force(dt.date(2024, 10, 4), host)
        with pytest.raises(ValueError, match="hosts are 'JP' and 'KR'"):
            agreements.in_force(dt.date(2024, 10, 4), host)

    @pytest.mark.parametrize("on", ["2024-10-4", None, 2024, 2024.5])
    def test_day_not_a_date(self, on: object) -> None:
        """
        A day that is not a date raises ArgumentError, not a TypeError
        from comparing it with the agreements' dates.
        """
        with pytest.raises(ArgumentError, match="on must be a date"):
            agreements.in_force(on, "KR")  # type: ignore[arg-type]

    def test_datetime_is_its_day(self) -> None:
        """
        A datetime asks for the agreement of its day.
        """
        found = agreements.in_force(dt.datetime(2024, 10, 4, 9), "KR")

        assert found is not None
        assert found.id == "us-korea-sma-11"


class TestSuccession:
    @pytest.mark.parametrize("chain", [JP_CHAIN, KR_CHAIN])
    def test_successors(self, chain: list[str]) -> None:
        """
        Following successors from the first agreement walks the whole chain.
        """
        walked = []
        current: Agreement | None = agreements.get(chain[0])
        while current is not None:
            walked.append(current.id)
            current = current.successor

        assert walked == chain

    @pytest.mark.parametrize("chain", [JP_CHAIN, KR_CHAIN])
    def test_predecessors(self, chain: list[str]) -> None:
        """
        Following predecessors from the last agreement walks it backwards.
        """
        walked = []
        current: Agreement | None = agreements.get(chain[-1])
        while current is not None:
            walked.append(current.id)
            current = current.predecessor

        assert walked == chain[::-1]

    def test_within_own_registry(self) -> None:
        """
        Neighbours are looked up in the registry the agreement belongs to.
        """
        mine = Registry(
            (
                agreements.get("us-korea-sma-9"),
                agreements.get("us-korea-sma-11"),
            )
        )
        ninth = agreements.get("us-korea-sma-9", registry=mine)

        assert ninth.successor == agreements.get("us-korea-sma-11")
        assert ninth.predecessor is None

    def test_no_registry(self) -> None:
        """
        An agreement built by hand belongs to no registry: no neighbours.
        """
        alone = Agreement(
            id="x",
            host="KR",
            parties=("A", "B"),
            title="X",
            first=FiscalYear(2019, KOREA),
            last=FiscalYear(2019, KOREA),
        )

        assert alone.successor is None
        assert alone.predecessor is None


class TestAll:
    def test_sorted_by_first_day(self) -> None:
        """
        all() lists every agreement once, by the first day it covers.
        """
        starts = [a.first.start for a in agreements.all()]

        assert starts == sorted(starts)
        assert len(starts) == len(SPANS)

    @pytest.mark.parametrize(
        ("host", "chain"), [("JP", JP_CHAIN), ("KR", KR_CHAIN)]
    )
    def test_host(self, host: str, chain: list[str]) -> None:
        """
        all(host) keeps only that host's agreements, in order.
        """
        assert [a.id for a in agreements.all(host)] == chain


class TestAveragePerYear:
    def test_2022(self) -> None:
        """
        1兆551億円 over JFY2022-2026 is 2110.2億円 a year.
        """
        sma = agreements.get("us-japan-sma-2022")

        assert sma.average_per_year() == jpy("1兆551億") / 5
        assert sma.average_per_year() == jpy("2110.2億")

    def test_2016(self) -> None:
        """
        The agreed 9465億円 is the 1893億円 a year the reference states.
        """
        sma = agreements.get("us-japan-sma-2016")

        assert sma.average_per_year() == jpy("9465億") / 5
        assert sma.average_per_year() == jpy("1893億")

    def test_no_total(self) -> None:
        """
        Without a stated total, UnknownTotalError (a ValueError) is raised.
        """
        sma = agreements.get("us-korea-sma-11")

        with pytest.raises(UnknownTotalError, match="'us-korea-sma-11'"):
            sma.average_per_year()
        assert issubclass(UnknownTotalError, HnsError)
        assert issubclass(UnknownTotalError, ValueError)


class TestExtend:
    def test_one_year(self) -> None:
        """
        extend(1) of the 2016 SMA runs to JFY2021, like the real extension.
        """
        sma = agreements.get("us-japan-sma-2016")
        longer = sma.extend(1)
        real = agreements.get("us-japan-sma-2016-extension")

        assert longer.last == FiscalYear(2021, JAPAN)
        assert longer.first == sma.first
        assert longer.expires == real.expires
        assert longer.length == sma.length + 1

    def test_fields(self) -> None:
        """
        The extension is suffixed, extends the original and has no total.
        """
        longer = agreements.get("us-japan-sma-2022").extend(2)

        assert longer.id == "us-japan-sma-2022+2"
        assert longer.extends == "us-japan-sma-2022"
        assert longer.total is None
        assert longer.sources == ()
        assert longer.last == FiscalYear(2028, JAPAN)

    def test_not_a_whole_number(self) -> None:
        """
        An extension by True or 1.0 years is a wrong argument.
        """
        sma = agreements.get("us-japan-sma-2016")

        for years in (True, 1.0, "1"):
            with pytest.raises(ArgumentError, match="years must be a whole"):
                sma.extend(years)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "years",
        [0, -1, 101, 10**5000],
        ids=["0", "-1", "101", "huge"],
    )
    def test_not_positive(self, years: int) -> None:
        """
        An extension by no, negative or absurdly many years (a huge int
        quoted by its size) raises FiscalYearError.
        """
        sma = agreements.get("us-japan-sma-2016")

        with pytest.raises(FiscalYearError, match="from 1 to 100"):
            sma.extend(years)


class TestGet:
    def test_unknown_id(self) -> None:
        """
        An unknown id raises UnknownAgreementError listing the known ids.
        """
        with pytest.raises(
            UnknownAgreementError,
            match=r"unknown agreement 'sma-2099'.*sma-11",
        ):
            agreements.get("sma-2099")

    def test_lookup_error(self) -> None:
        """
        UnknownAgreementError is caught by ``except LookupError``.
        """
        with pytest.raises(LookupError):
            agreements.get("")


class TestAgreement:
    def test_last_before_first(self) -> None:
        """
        An agreement cannot end before it starts.
        """
        with pytest.raises(FiscalYearError, match="last FY2019 is before"):
            Agreement(
                id="x",
                host="KR",
                parties=("A", "B"),
                title="X",
                first=FiscalYear(2020, KOREA),
                last=FiscalYear(2019, KOREA),
            )

    def test_two_calendars(self) -> None:
        """
        first and last must be years of one calendar.
        """
        with pytest.raises(FiscalYearError, match="JAPAN and KOREA"):
            Agreement(
                id="x",
                host="JP",
                parties=("A", "B"),
                title="X",
                first=FiscalYear(2020, JAPAN),
                last=FiscalYear(2021, KOREA),
            )

    def test_extends_itself(self) -> None:
        """
        An agreement cannot extend itself.
        """
        with pytest.raises(AgreementDataError, match="'x' extends itself"):
            Agreement(
                id="x",
                host="KR",
                parties=("A", "B"),
                title="X",
                first=FiscalYear(2020, KOREA),
                last=FiscalYear(2021, KOREA),
                extends="x",
            )

    def test_extension_cycle_in_registry(self) -> None:
        """
        A registry refuses agreements that extend each other in a cycle.
        """
        tenth = agreements.get("us-korea-sma-10")
        other = attrs.evolve(tenth, id="x", extends="us-korea-sma-10")
        looped = attrs.evolve(tenth, extends="x")

        with pytest.raises(
            AgreementDataError,
            match=re.escape("cycle: us-korea-sma-10 → x → us-korea-sma-10"),
        ):
            Registry((looped, other))

    @pytest.mark.parametrize(
        ("given", "message"),
        [
            (None, "not None"),
            ("us-korea-sma-10", "not 'us-korea-sma-10'"),
            (
                ("us-korea-sma-10",),
                r"agreements \(item 1\) must be an Agreement",
            ),
        ],
    )
    def test_registry_of_what_are_not_agreements(
        self, given: object, message: str
    ) -> None:
        """
        A registry of what is not a tuple of agreements raises
        ArgumentError, not a TypeError or AttributeError.
        """
        with pytest.raises(ArgumentError, match=message):
            Registry(given)  # type: ignore[arg-type]

    def test_duplicate_ids(self) -> None:
        """
        A registry refuses two agreements with one id.
        """
        sma = agreements.get("us-korea-sma-9")

        with pytest.raises(AgreementDataError, match="'us-korea-sma-9'"):
            Registry((sma, sma))


class TestLoad:
    def test_valid(self, tmp_path: Path) -> None:
        """
        A user's file loads into a registry the module functions search.
        """
        text = entry(
            signed="2020-03-01",
            total='{ amount = "2조", currency = "KRW" }',
            notes='"N"',
        ) + entry(id='"t-2"', first="2022", last="2022", extends='"t-1"')
        mine = agreements.load(write(tmp_path, text))
        first = agreements.get("t-1", registry=mine)

        assert first.signed == dt.date(2020, 3, 1)
        assert first.total == krw("2조")
        assert first.average_per_year() == krw("2조") / 2
        assert first.successor == agreements.get("t-2", registry=mine)
        assert agreements.in_force(dt.date(2022, 5, 5), "KR", registry=mine)
        assert agreements.all("JP", registry=mine) == ()

    def test_bundled_file(self) -> None:
        """
        The bundled file loaded by path equals the bundled registry.
        """
        path = Path(agreements.__file__).parent / "data" / "agreements.toml"

        assert agreements.load(path).agreements == agreements.all()

    @pytest.mark.parametrize(
        ("changes", "reason"),
        [
            ({"title": None}, "missing key 'title'"),
            ({"first": '"2020"'}, "'first' must be an integer, not '2020'"),
            ({"first": "true"}, "'first' must be an integer, not True"),
            ({"parties": '"A"'}, "'parties' must be a list of strings"),
            ({"sources": "[1]"}, "'sources' must be a list of strings"),
            ({"sources": "[]"}, "'sources' must be a list of strings"),
            ({"signed": '"2020-03-01"'}, "'signed' must be a date"),
            ({"signed": "2020-03-01T09:00:00"}, "'signed' must be a date"),
            ({"total": '"2조"'}, "'total' must be a table"),
            ({"last": "2019"}, "last FY2019 is before first FY2020"),
            ({"first": "0"}, "fiscal year 0 is out of range"),
            ({"calendar": '"MARS"'}, "unknown calendar 'MARS'"),
            ({"host": '"US"'}, "unknown host 'US'"),
            ({"extend": '"t-0"'}, "unknown key 'extend'"),
            ({"extends": '"t-0"'}, "extends unknown agreement 't-0'"),
            ({"total": '{ amount = "2조" }'}, "'total' must have exactly"),
            (
                {"total": '{ amount = "lots", currency = "KRW" }'},
                "cannot read 'lots'",
            ),
            (
                {"total": '{ amount = "1", currency = "XYZ" }'},
                "unknown currency 'XYZ'",
            ),
            ({"extends": '"t-1"'}, "'t-1' extends itself"),
            ({"ordinal": "0"}, "'ordinal' must be 1 or more, not 0"),
            (
                {"total": '{ amount = "-2조", currency = "KRW" }'},
                "'total' must be positive",
            ),
            (
                {"actual": '{ amount = 0, currency = "KRW" }'},
                "'actual' must be positive",
            ),
        ],
    )
    def test_malformed_entry(
        self, tmp_path: Path, changes: dict[str, str | None], reason: str
    ) -> None:
        """
        A malformed entry raises AgreementDataError naming file and entry.
        """
        path = write(tmp_path, entry(**changes))
        where = f"{path}, [[agreement]] 1 ('t-1'): "

        with pytest.raises(
            AgreementDataError, match=re.escape(where + reason)
        ):
            agreements.load(path)

    def test_missing_id(self, tmp_path: Path) -> None:
        """
        An entry without an id is named by its position.
        """
        path = write(tmp_path, entry() + entry(id=None))
        where = f"{path}, [[agreement]] 2: missing key 'id'"

        with pytest.raises(AgreementDataError, match=re.escape(where)):
            agreements.load(path)

    def test_duplicate_id(self, tmp_path: Path) -> None:
        """
        A second entry with an id already used is refused.
        """
        path = write(tmp_path, entry() + entry())
        where = f"{path}, [[agreement]] 2 ('t-1'): an earlier entry"

        with pytest.raises(AgreementDataError, match=re.escape(where)):
            agreements.load(path)

    def test_extends_other_host(self, tmp_path: Path) -> None:
        """
        An agreement cannot extend one of another host.
        """
        japan = entry(id='"t-0"', host='"JP"', calendar='"JAPAN"')
        path = write(tmp_path, japan + entry(extends='"t-0"'))

        with pytest.raises(AgreementDataError, match="'t-0' of host KR"):
            agreements.load(path)

    def test_extension_cycle(self, tmp_path: Path) -> None:
        """
        Agreements that extend each other in a cycle are refused, naming
        the entry and the cycle.
        """
        text = entry(extends='"t-2"') + entry(id='"t-2"', extends='"t-1"')
        path = write(tmp_path, text)
        where = f"{path}, [[agreement]] 1 ('t-1'): extends itself through"

        with pytest.raises(
            AgreementDataError, match=re.escape(f"{where} t-1 → t-2 → t-1")
        ):
            agreements.load(path)

    def test_byte_order_mark(self, tmp_path: Path) -> None:
        """
        A UTF-8 byte-order mark at the start of a valid file is accepted.
        """
        path = write(tmp_path, "\ufeff" + entry())

        assert agreements.get("t-1", registry=agreements.load(path))

    @pytest.mark.parametrize("path", [None, 0, 1.5, b"mine.toml"])
    def test_path_types(self, path: object) -> None:
        """
        A path that is not a str or os.PathLike is an ArgumentError (0
        would otherwise be read as standard input).
        """
        with pytest.raises(ArgumentError, match="path must be a path"):
            agreements.load(path)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("text", "reason"),
        [
            *DEEP_TOML,
            pytest.param(
                "x = " + "9" * 5000,
                "not valid TOML: Exceeds the limit",
                id="long-integer",
            ),
            ("[[agreement]\n", "not valid TOML"),
            ("agreement = [1]\n", "[[agreement]] 1: not a table"),
            ("agreement = 1\n", "expected only [[agreement]] tables"),
            (entry() + "[other]\n", "expected only [[agreement]] tables"),
        ],
    )
    def test_malformed_file(
        self, tmp_path: Path, text: str, reason: str
    ) -> None:
        """
        A file that is not a list of agreement tables is refused by name:
        invalid TOML, nesting too deep for tomllib (RecursionError) and
        integers too long for Python (ValueError) included.
        """
        path = write(tmp_path, text)

        with pytest.raises(
            AgreementDataError,
            match=re.escape(str(path)) + ".*" + re.escape(reason),
        ):
            agreements.load(path)

    def test_missing_file(self, tmp_path: Path) -> None:
        """
        A file that cannot be read raises AgreementDataError, not OSError.
        """
        path = tmp_path / "absent.toml"

        with pytest.raises(AgreementDataError, match="cannot read"):
            agreements.load(path)

    def test_empty_file(self, tmp_path: Path) -> None:
        """
        A file with no agreements loads into an empty registry.
        """
        mine = agreements.load(write(tmp_path, ""))

        assert agreements.all(registry=mine) == ()
        assert (
            agreements.in_force(dt.date(2020, 1, 1), "JP", registry=mine)
            is None
        )
