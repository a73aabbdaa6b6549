"""A non-editable install ships the decks and resources inside the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.mark.slow
def test_wheel_works_without_the_source_tree(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        timeout=600,
        capture_output=True,
    )
    (wheel,) = wheels.glob("studyapp-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        zf.extractall(tmp_path / "site")
    assert "studyapp/decks/anthropic-founding.yaml" in names
    assert "studyapp/decks/README.md" in names
    assert any(n.startswith("studyapp/resources/") for n in names)
    # Run the installed copy from elsewhere: only the wheel's files are importable.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import studyapp; assert studyapp.__file__.startswith(sys.argv[1]), studyapp.__file__;"
        "from studyapp.cli import main; sys.exit(main(['check']))"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", code, str(tmp_path / "site")],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "anthropic-founding" in result.stdout
