"""Conditions with a plain answer never take the crash path ("unexpected error",
exit code 2): each is one line on stderr and exit code 1, and nothing is harmed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.paths import backups_dir, progress_file
from tests.faults import (
    fill,
    no_override,
    short_busy_wait,  # noqa: F401  (a fixture)
    small_disk,
    studied,
)

from .conftest import FIXTURES


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _one_line(err: str) -> None:
    assert err.count("\n") == 1, err
    assert "unexpected error" not in err and "Traceback" not in err, err


def test_stats_for_more_days_than_the_calendar_has(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    studied(progress_file(data_dir), 1)
    code, _out, err = _run(capsys, "stats", "--days", "99999999")
    assert code == 1
    assert err == "studyapp stats: --days must be between 1 and 36500\n"
    code, out, _err = _run(capsys, "stats", "--days", "36500")
    assert code == 0 and "All time: 1 reviews" in out


def test_a_folder_where_the_progress_file_should_be(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    progress_file(data_dir).mkdir(parents=True)
    for command in ("stats", "backup"):
        code, _out, err = _run(capsys, command)
        assert code == 1, command
        _one_line(err)
        assert "is a folder, not the progress database" in err
    assert progress_file(data_dir).is_dir()


def test_stats_read_a_read_only_data_folder(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    studied(progress_file(data_dir), 3)
    (data_dir / "progress.sqlite.lock").unlink()
    data_dir.chmod(0o555)
    try:
        with no_override():
            code, out, err = _run(capsys, "stats")
            assert (code, err) == (0, "")
            assert "3 reviews" in out
            code, _out, err = _run(capsys, "backup")
    finally:
        data_dir.chmod(0o755)
    assert code == 1
    _one_line(err)


def test_import_on_a_full_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with small_disk(tmp_path / "disk", size_kb=512) as disk:
        data = disk / "data"
        (data / "imports").mkdir(parents=True)
        fill(disk)
        code, _out, err = _run(
            capsys, "--data-dir", str(data), "import", str(FIXTURES / "articles" / "lab-hant.md")
        )
        assert code == 1
        _one_line(err)
        assert "not enough disk space" in err
        assert [p.name for p in (data / "imports").iterdir()] == []  # nothing half-written


def test_stats_backup_and_restore_on_a_full_disk_say_full_and_lose_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path / "disk", size_kb=1024) as disk:
        data = disk / "data"
        studied(progress_file(data), 2)
        code, _out, _err = _run(capsys, "--data-dir", str(data), "backup")
        assert code == 0
        (backup,) = backups_dir(data).iterdir()
        studied(progress_file(data), 3)
        filler = fill(disk)
        for argv in (("stats",), ("backup",), ("restore", backup.name)):
            code, _out, err = _run(capsys, "--data-dir", str(data), *argv)
            assert code == 1, argv
            _one_line(err)
            assert "is full" in err and "damaged" not in err, argv
        filler.unlink()
        code, out, _err = _run(capsys, "--data-dir", str(data), "stats")
        assert code == 0 and "5 reviews" in out


@pytest.mark.usefixtures("short_busy_wait")
def test_restore_while_another_program_holds_the_file(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    studied(progress_file(data_dir), 1)
    assert _run(capsys, "backup")[0] == 0
    (backup,) = backups_dir(data_dir).iterdir()
    studied(progress_file(data_dir), 2)
    other = sqlite3.connect(progress_file(data_dir), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        code, _out, err = _run(capsys, "stats")
        assert code == 0  # reading still works beside it
        code, _out, err = _run(capsys, "restore", backup.name)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1
    _one_line(err)
    assert "another program is using" in err
    code, out, _err = _run(capsys, "stats")
    assert "3 reviews" in out  # the newer reviews are all there
