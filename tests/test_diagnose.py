from __future__ import annotations

import pytest

from hns import parse_figure
from hns.diagnose import SLIP_KINDS, candidates


def _texts(text: str) -> dict[str, str]:
    return {c.figure.text: c.kind for c in candidates(parse_figure(text))}


@pytest.mark.parametrize(
    ("written", "meant", "kind"),
    [
        ("2017 billion yen", "2017億円", "myriad_scale"),
        ("193 billion yen", "1993億円", "lost_digit"),
        ("about 2.5 trillion won", "about 2.15 trillion won", "lost_digit"),
        ("2017 billion yen", "207 billion yen", "extra_digit"),
        ("193 billion yen", "139 billion yen", "swapped_digits"),
        ("20.6 billion yen", "206 billion yen", "decimal_shift"),
        ("1.2%", "12%", "decimal_shift"),
        ("$1.95 billion", "$1.59 billion", "swapped_digits"),
    ],
)
def test_candidates(written: str, meant: str, kind: str) -> None:
    """
    Each kind of slip proposes the figure that was meant.
    """
    assert _texts(written)[meant] == kind


def test_no_myriad_for_dollars() -> None:
    """
    Only yen and won in billions may be misread 億/억.
    """
    texts = _texts("$8 billion")

    assert "myriad_scale" not in texts.values()
    assert not any("億" in t or "억" in t for t in texts)


def test_no_repeats_no_original() -> None:
    """
    No candidate repeats a value, or is the figure itself.
    """
    figure = parse_figure("193 billion yen")

    values = [c.figure.value for c in candidates(figure)]

    assert len(values) == len(set(values))
    assert figure.value not in values


def test_same_kind_and_currency() -> None:
    """
    Candidates keep the figure's kind and currency.
    """
    figure = parse_figure("about 2.5 trillion won")

    for candidate in candidates(figure):
        assert candidate.figure.kind == "money"
        assert candidate.figure.currency == figure.currency
        assert candidate.kind in SLIP_KINDS


def test_words_have_no_candidates() -> None:
    """
    A figure written in words has no digits to slip.
    """
    assert list(candidates(parse_figure("four times"))) == []
