from __future__ import annotations

import subprocess
import sys

import hns


def test_import_is_light() -> None:
    """
    import hns loads none of babel, pint or currency_converter.
    """
    code = (
        "import sys, hns; print(sorted(m for m in sys.modules if"
        " m.split('.')[0] in {'babel', 'pint', 'currency_converter'}))"
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
