"""Faults the test machine cannot make by itself, made for a test.

* :func:`no_override`: file permissions that apply. CI runs as root, and root
  writes a read-only file or folder anyway (``CAP_DAC_OVERRIDE``). Inside the
  block the calling thread has neither that capability nor
  ``CAP_DAC_READ_SEARCH`` in its effective set, so the permission bits apply to
  it as to any reader; they come back (from the permitted set) afterwards. For a
  user that is not root, permissions apply anyway and nothing is changed.
* :func:`small_disk`: a tiny file system (tmpfs) mounted for the test, and
  :func:`fill` fills it: a real full disk, with ENOSPC and SQLite's own errors.
  Mounting needs root (``CAP_SYS_ADMIN``); elsewhere the test is skipped and
  says why.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp.core.store import Rating, Store, open_store

_CAP_DAC_OVERRIDE = 1
_CAP_DAC_READ_SEARCH = 2
_DROPPED = (1 << _CAP_DAC_OVERRIDE) | (1 << _CAP_DAC_READ_SEARCH)
_LINUX_CAPABILITY_VERSION_3 = 0x20080522


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)


def _caps(libc: ctypes.CDLL) -> tuple[_CapHeader, ctypes.Array[_CapData]]:
    header = _CapHeader(_LINUX_CAPABILITY_VERSION_3, 0)  # pid 0: this thread
    data = (_CapData * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget failed")
    return header, data


def _set_effective(libc: ctypes.CDLL, effective: int) -> None:
    header, data = _caps(libc)
    data[0].effective = effective
    if libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset failed")


@contextlib.contextmanager
def no_override() -> Iterator[None]:
    """File permissions apply to this thread, as they do for a reader who is not root."""
    if os.name != "posix" or os.geteuid() != 0:
        yield
        return
    if not sys.platform.startswith("linux"):
        pytest.skip("running as root on a system where the test cannot drop CAP_DAC_OVERRIDE")
    libc = _libc()
    try:
        _header, data = _caps(libc)
    except OSError as exc:
        pytest.skip(f"running as root and the capabilities cannot be read: {exc}")
    before = data[0].effective
    if data[0].permitted & _DROPPED != _DROPPED:
        pytest.skip("running as root without CAP_DAC_OVERRIDE to give back afterwards")
    _set_effective(libc, before & ~_DROPPED)
    try:
        yield
    finally:
        _set_effective(libc, before)


def permissions_apply(path: Path) -> bool:
    """Whether writing ``path`` (a read-only file) really fails here (a sanity check)."""
    try:
        os.close(os.open(path, os.O_WRONLY))
    except PermissionError:
        return True
    return False


@contextlib.contextmanager
def small_disk(where: Path, size_kb: int = 1024) -> Iterator[Path]:
    """A file system of ``size_kb`` KB mounted at ``where`` for the block."""
    where.mkdir(parents=True, exist_ok=True)
    if not sys.platform.startswith("linux"):
        pytest.skip("a small file system is mounted with Linux's tmpfs")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here (needs root): {mounted.stderr}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, capture_output=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of ``folder`` to the last byte, or to ``leave`` bytes (a
    disk nearly full: small files still fit, a database does not); returns the
    filler (delete it to free the space again)."""
    reserve = folder / "reserve"
    if leave:
        reserve.write_bytes(b"\0" * leave)
    filler = folder / "filler"
    chunk = b"\0" * 4096
    with filler.open("wb", buffering=0) as fh:
        while True:
            try:
                fh.write(chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
    for small in (1024, 256, 64, 16, 1):  # the last partial block
        with filler.open("ab", buffering=0) as fh, contextlib.suppress(OSError):
            while True:
                fh.write(b"\0" * small)
    if leave:
        reserve.unlink()
    return filler


# -- what the fault tests share -------------------------------------------------------------


@pytest.fixture
def short_busy_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program's lock is met at once instead of after two seconds."""
    from studyapp.core.store import db as store_db

    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 50)


def file_digests(folder: Path, *, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Every file under ``folder`` (but names ending in ``skip``) with a digest of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(skip or ("\0",))
    }


def reviews_in(path: Path) -> int:
    """The reviews a progress file (or a backup) holds, read without changing it."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM revlog WHERE rating > 0").fetchone()[0])
    finally:
        conn.close()


def answer_cards(store: Store, answers: int) -> None:
    """Answer ``answers`` due cards Good."""
    for _ in range(answers):
        card = store.next_card()
        assert card is not None
        store.answer(card, Rating.GOOD)


def studied(path: Path, answers: int, cards: int = 10) -> None:
    """A progress file at ``path`` with ``cards`` cards and ``answers`` reviews."""
    with open_store(path) as store:
        store.sync_cards("d", [(f"f{i}", "t") for i in range(cards)])
        answer_cards(store, answers)
