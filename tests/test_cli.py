"""The command line as a user runs it: one line per problem, exit codes, JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.cli import main

from .conftest import ROOT


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "studyapp", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=120,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("studyapp ")


def test_check_a_good_file(mini_deck_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(mini_deck_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: 1 deck(s) (mini), 14 facts, 1 disputed")


def test_check_default_is_every_deck(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert "anthropic-founding" in capsys.readouterr().out


def test_user_decks_load_beside_builtin(
    data_dir: Path, mini_deck_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir / "decks").mkdir(parents=True)
    (data_dir / "decks" / "mine.yaml").write_bytes(mini_deck_path.read_bytes())
    (data_dir / "decks" / "broken.yaml").write_text("id: [", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert "broken.yaml:2:1: YAML syntax" in out
    assert main(["facts", "--json", "--data-dir", str(data_dir)]) == 0
    decks = {rec["deck"] for rec in json.loads(capsys.readouterr().out)}
    assert decks == {"anthropic-founding", "mini"}  # the broken file did not stop the others


HOSTILE = {
    "syntax.yaml": b"id: [unclosed\nfacts: {\n",
    "junk.yaml": bytes(range(256)) * 40,
    "tags.yaml": b"id: !!python/object/apply:os.system ['echo pwned']\n",
    "laughs.yaml": (
        b"a: &a [x,x,x,x,x,x,x,x,x]\n"
        + b"".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{','.join([f'*{chr(97 + i)}'] * 9)}]\n".encode()
            for i in range(10)
        )
    ),
    "deep.yaml": b"[" * 100_000 + b"]" * 100_000,
    "deepblock.yaml": b"- " * 100_000 + b"x\n",
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_get_one_line_and_exit_1(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(HOSTILE[name])
    result = run_cli("check", str(path))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    assert lines[0].startswith(f"{path}:")
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.slow
def test_twenty_megabyte_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"a: " + b"x" * (20 * 1024 * 1024))
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert result.stdout.strip() == f"{path}:1:1: file is 20.0 MB; the limit is 5 MB"


def test_unknown_deck_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", "--deck", "nope", "--json"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("studyapp facts: no deck with id 'nope'")


def test_core_never_imports_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, studyapp.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'studyapp.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import studyapp.cli\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=120)
