"""``studyapp export``: options, what it prints, errors as one line."""

from __future__ import annotations

import argparse
import io
import zipfile
from pathlib import Path

import pytest

from studyapp.commands import export
from studyapp.commands.context import AppContext, CommandError


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="studyapp")
    export.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args([export.NAME, *argv])


def _run(data_dir: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = export.run(_parse(*argv), AppContext(data_dir=data_dir, out=out, err=io.StringIO()))
    return code, out.getvalue()


def test_export_prints_path_notes_and_cards(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.apkg"
    code, out = _run(
        data_dir,
        "--deck",
        "anthropic-founding",
        "--script",
        "both",
        "--cards",
        "qa",
        "-o",
        str(target),
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"wrote {target}"
    facts = len(AppContext(data_dir=data_dir).library().deck("anthropic-founding").facts)
    assert lines[1].startswith(f"{2 * facts} notes, {2 * facts} cards in ")
    assert zipfile.is_zipfile(target)


def test_bad_card_kind_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        _parse("--cards", "qa,flip", "-o", "x.apkg")
    assert info.value.code == 2
    assert "expected a comma-separated list of qa, cloze" in capsys.readouterr().err


def test_unknown_deck_and_unwritable_path(data_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no deck with id 'nope'"):
        _run(data_dir, "--deck", "nope", "-o", str(tmp_path / "x.apkg"))
    with pytest.raises(CommandError, match="does not exist"):
        _run(data_dir, "-o", str(tmp_path / "missing" / "x.apkg"))
