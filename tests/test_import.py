from __future__ import annotations

import subprocess
import sys

import hns


def test_import_is_light() -> None:
    """
    import hns loads none of babel, pint, currency_converter or pandas.
    """
    code = (
        "import sys, hns; print(sorted(m for m in sys.modules if"
        " m.split('.')[0] in {'babel', 'pint', 'currency_converter',"
        " 'pandas'}))"
    )

    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
    )

    assert result.stdout.strip() == "[]"


def test_all_is_public() -> None:
    """
    Every name in hns.__all__ exists, once (ruff keeps the list sorted).
    """
    assert len(set(hns.__all__)) == len(hns.__all__)
    for name in hns.__all__:
        assert hasattr(hns, name), name


def test_py_typed() -> None:
    """
    The package ships its py.typed marker.
    """
    from importlib.resources import files

    assert files("hns").joinpath("py.typed").is_file()


def _fresh(code: str) -> str:
    # What *code* prints in a fresh interpreter.
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_import_loads_only_the_core() -> None:
    """
    ``import hns`` loads money, parse, figures, currency and errors (and
    what they stand on), nothing of checks, fiscal years, series,
    agreements, rates, units or the audit.
    """
    loaded = _fresh(
        "import sys, hns; print(' '.join(sorted(m for m in sys.modules"
        " if m.startswith('hns'))))"
    ).split()

    assert {"hns.money", "hns.parse", "hns.figures", "hns.currency"} <= set(
        loaded
    )
    for lazy in ("checks", "fiscal", "series", "agreements", "fx", "units"):
        assert f"hns.{lazy}" not in loaded
    assert not any(m.startswith("hns.audit") for m in loaded)


def test_namespaces_after_a_bare_import() -> None:
    """
    ``hns.fx``, ``hns.audit``, ``hns.units``, ``hns.data`` and
    ``hns.agreements`` work after a bare ``import hns``, and so does every
    name of ``__all__``.
    """
    printed = _fresh(
        "import hns; print(hns.fx.EcbRates.__name__, hns.audit.audit"
        ".__name__, hns.units.quantity.__name__, hns.data.japan_hns()"
        ".calendar.name, hns.agreements.get('us-korea-sma-10').ordinal,"
        " hns.check_change.__name__, hns.FiscalYear(2021, hns.JAPAN).year)"
    )

    assert printed == "EcbRates audit quantity JAPAN 10 check_change 2021"


def test_dir_lists_the_lazy_names() -> None:
    """
    ``dir(hns)`` lists every public name, loaded or not, and an unknown
    name is an AttributeError.
    """
    import pytest

    assert set(hns.__all__) <= set(dir(hns))
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        hns.nothing  # noqa: B018


def test_every_error_class_is_in_errors_and_exported() -> None:
    """
    Every HnsError subclass in the package is defined in hns.errors and
    exported from hns.
    """
    import hns.audit
    import hns.fx
    import hns.series
    from hns.errors import HnsError

    def subclasses(cls: type) -> set[type]:
        found: set[type] = set(cls.__subclasses__())
        for sub in list(found):
            found |= subclasses(sub)
        return found

    for error in subclasses(HnsError):
        if not error.__module__.startswith("hns"):
            continue
        assert error.__module__ == "hns.errors", error
        assert getattr(hns, error.__name__) is error
