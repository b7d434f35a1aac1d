from __future__ import annotations

from decimal import Decimal

import pytest

from hns import InvalidAmountError, RateUnavailableError
from hns.figures import Interval
from hns.fx import FixedRates, convert_interval


class TestFixedRates:
    def test_direct(self) -> None:
        """
        A stated pair is served as stated, on any date.
        """
        rates = FixedRates({("USD", "JPY"): "105"})

        assert rates.rate("USD", "JPY", None) == Decimal(105)
        assert rates.rate_range("USD", "JPY", None, None) == Interval(105, 105)

    def test_inverse_encloses(self) -> None:
        """
        The inverse pair is an exact enclosure of 1/105.
        """
        rates = FixedRates({("USD", "JPY"): 105})

        inverse = rates.rate_range("JPY", "USD", None, None)

        assert inverse.lo * 105 <= 1 <= inverse.hi * 105
        assert inverse.width < Decimal("1e-30")

    def test_same_currency(self) -> None:
        """
        A currency is worth exactly one of itself.
        """
        assert FixedRates({}).rate("KRW", "KRW", None) == 1

    def test_missing_pair(self) -> None:
        """
        A pair that is not there raises RateUnavailableError naming it.
        """
        with pytest.raises(RateUnavailableError, match="KRW/JPY"):
            FixedRates({("USD", "JPY"): 105}).rate("KRW", "JPY", None)

    @pytest.mark.parametrize("rate", [0, -105, "NaN"])
    def test_bad_rate(self, rate: object) -> None:
        """
        Rates must be positive numbers.
        """
        with pytest.raises(InvalidAmountError):
            FixedRates({("USD", "JPY"): rate})

    def test_convert_interval(self) -> None:
        """
        $7.5 to 8.5 billion at 105 is ¥787.5 to 892.5 billion.
        """
        rates = FixedRates({("USD", "JPY"): 105})

        converted = convert_interval(
            Interval(Decimal("7.5e9"), Decimal("8.5e9")),
            "USD",
            "JPY",
            rates,
            None,
        )

        assert converted == Interval(Decimal("787.5e9"), Decimal("892.5e9"))
