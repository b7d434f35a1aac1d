"""
What a user's type checker sees: a wheel built from this checkout, its
files put where a user's environment would have them, and a user's script
(tests/typing/user_script.py) checked with ``mypy --strict`` against them.
`to_dict()` results have precise types (the TypedDicts of the JSON
contract), so a misspelt key and a wrong type are errors.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(__file__).parent / "typing" / "user_script.py"


def test_a_users_script_gets_precise_types(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q"),
            *("-w", str(wheels), str(ROOT)),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = wheels.glob("hns_figures-*.whl")
    site = tmp_path / "site-packages"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(site)
    assert "hns/py.typed" in names
    assert "hns/schemas/report-1.json" in names

    env = {**os.environ, "MYPYPATH": str(site)}
    run = subprocess.run(
        [
            *(sys.executable, "-m", "mypy", "--strict", "--no-incremental"),
            *("--config-file", os.devnull, str(SCRIPT)),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,  # not the checkout: only the wheel's files are seen
        timeout=600,
    )
    out = run.stdout
    revealed = [
        line.split('Revealed type is "', 1)[1].rstrip('"')
        for line in out.splitlines()
        if "Revealed type is" in line
    ]
    # published_from, a summary count, a claim's status, its stated
    # figure, a diagnosis's corrected figure.
    assert revealed[0] in ("str | None", "Union[builtins.str, None]")
    assert revealed[1] in ("int", "builtins.int")
    assert revealed[2] in ("str", "builtins.str")
    assert "StatedDict" in revealed[3]
    assert revealed[4] in ("str", "builtins.str")
    assert '"ReportDict" has no key "summery"' in out
    assert "Incompatible types in assignment" in out
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors) == 2, out
