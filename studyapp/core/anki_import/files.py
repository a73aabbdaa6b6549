"""Opening what Anki writes, read-only: a package (.apkg, .colpkg) or a collection.

A package is a zip. Its ``meta`` member (a protocol-buffers message whose field 1
is the version) says which collection it holds, as Anki's own importer reads it
(``rslib/src/import_export/package/meta.rs``): version 3 ``collection.anki21b``,
compressed with zstd (Anki 2.1.50 and later, the default); version 2 or no
``meta`` with ``collection.anki21`` present: that file; otherwise
``collection.anki2``. A version this module does not know was written by a newer
Anki. The collection is copied out to a temporary folder and opened there
(immutable: nothing is ever written to it).

A collection file (``collection.anki2`` in Anki's profile folder) is opened in
place with SQLite's read-only mode; reading it while Anki writes would only
see what Anki has committed, but the reader is asked to close Anki first.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Literal, cast

from studyapp.core.errors import ErrorKind, StudyError

SQLITE_HEADER = b"SQLite format 3\x00"
_CHUNK = 1 << 20
BUSY_TIMEOUT = 2.0  # seconds to wait for a collection Anki is writing
_KNOWN_VERSIONS = {1: "collection.anki2", 2: "collection.anki21", 3: "collection.anki21b"}

Source = Literal["package", "collection"]
Report = Callable[[int, int], None]  # (bytes done, bytes in all)


class AnkiFileError(StudyError):
    """A file studyapp cannot read progress from; the kind says why."""


class AnkiImportCancelled(AnkiFileError):
    def __init__(self) -> None:
        super().__init__(ErrorKind.ANKI_IMPORT_CANCELLED)


def _fail(kind: ErrorKind, path: Path, **params: str) -> AnkiFileError:
    return AnkiFileError(kind, path=str(path), **params)


def package_version(meta: bytes) -> int:
    """Field 1 (a varint) of Anki's ``PackageMetadata``; 0 if absent (unknown)."""
    pos = 0
    while pos < len(meta):
        key, pos = _varint(meta, pos)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(meta, pos)
            if field == 1:
                return value
        elif wire == 2:
            size, pos = _varint(meta, pos)
            pos += size
        elif wire == 1:
            pos += 8
        elif wire == 5:
            pos += 4
        else:
            raise ValueError(f"wire type {wire}")
    return 0


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


def kind_of(path: Path) -> Source:
    """Whether ``path`` is a package (a zip) or a collection (SQLite); raises otherwise."""
    if not path.exists():
        raise _fail(ErrorKind.ANKI_FILE_MISSING, path)
    if path.is_dir():
        raise _fail(ErrorKind.ANKI_FILE_NOT_ANKI, path)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise _fail(ErrorKind.ANKI_FILE_UNREADABLE, path, reason=exc.strerror or str(exc)) from exc
    if head == SQLITE_HEADER:
        return "collection"
    if head.startswith(b"PK") and zipfile.is_zipfile(path):
        return "package"
    raise _fail(ErrorKind.ANKI_FILE_NOT_ANKI, path)


@contextlib.contextmanager
def open_collection(
    path: Path,
    *,
    progress: Report | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[tuple[sqlite3.Connection, Source]]:
    """A read-only connection to the collection in ``path`` (package or collection
    file), and which of the two it was. Temporary copies are removed on exit."""
    source = kind_of(path)
    if source == "collection":
        conn = _connect(path, f"{path.resolve().as_uri()}?mode=ro")
        try:
            yield conn, source
        finally:
            conn.close()
        return
    with tempfile.TemporaryDirectory(prefix="studyapp-anki-") as tmp:
        copy = Path(tmp) / "collection.db"
        _extract(path, copy, progress or (lambda done, total: None), cancelled)
        conn = _connect(path, f"{copy.as_uri()}?mode=ro&immutable=1")
        try:
            yield conn, source
        finally:
            conn.close()


def _connect(shown: Path, uri: str) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise _fail(ErrorKind.ANKI_FILE_BUSY, shown) from exc
        raise _fail(ErrorKind.ANKI_FILE_UNREADABLE, shown, reason=str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise _fail(ErrorKind.ANKI_FILE_DAMAGED, shown, reason=str(exc)) from exc
    return conn


def _extract(
    path: Path, target: Path, report: Report, cancelled: Callable[[], bool] | None
) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "meta" in names:
                try:
                    version = package_version(zf.read("meta"))
                except ValueError as exc:
                    raise _fail(ErrorKind.ANKI_FILE_DAMAGED, path, reason=f"meta: {exc}") from exc
                member = _KNOWN_VERSIONS.get(version)
                if member is None:
                    raise _fail(ErrorKind.ANKI_FILE_TOO_NEW, path)
            else:
                member = "collection.anki21" if "collection.anki21" in names else "collection.anki2"
            if member not in names:
                raise _fail(ErrorKind.ANKI_FILE_NOT_ANKI, path)
            info = zf.getinfo(member)
            with zf.open(info) as src, target.open("wb") as dst:
                if member.endswith("b"):
                    _unzstd(src, dst, info.file_size, report, cancelled)
                else:
                    _copy(src, dst, info.file_size, report, cancelled)
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, ValueError) as exc:
        raise _fail(ErrorKind.ANKI_FILE_DAMAGED, path, reason=str(exc)) from exc
    except OSError as exc:
        raise _fail(ErrorKind.ANKI_FILE_UNREADABLE, path, reason=exc.strerror or str(exc)) from exc
    with target.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _fail(ErrorKind.ANKI_FILE_DAMAGED, path, reason="no collection inside")


def _copy(
    src: IO[bytes], dst: IO[bytes], total: int, report: Report, cancelled: Callable[[], bool] | None
) -> None:
    done = 0
    while chunk := src.read(_CHUNK):
        dst.write(chunk)
        done += len(chunk)
        if cancelled is not None and cancelled():
            raise AnkiImportCancelled()
        report(done, total)


def _unzstd(
    src: IO[bytes], dst: IO[bytes], total: int, report: Report, cancelled: Callable[[], bool] | None
) -> None:
    """Decompress Anki's zstd stream; progress counts the compressed bytes read."""
    import zstandard

    counted = _Counting(src)
    reader = zstandard.ZstdDecompressor().stream_reader(
        cast(IO[bytes], counted), read_across_frames=True
    )
    try:
        while chunk := reader.read(_CHUNK):
            dst.write(chunk)
            if cancelled is not None and cancelled():
                raise AnkiImportCancelled()
            report(counted.done, total)
    except zstandard.ZstdError as exc:
        raise ValueError(str(exc)) from exc


class _Counting:
    """A reader that counts what was read through it (for progress)."""

    def __init__(self, inner: IO[bytes]) -> None:
        self._inner = inner
        self.done = 0

    def read(self, size: int = -1) -> bytes:
        data = self._inner.read(size)
        self.done += len(data)
        return data


__all__ = [
    "AnkiFileError",
    "AnkiImportCancelled",
    "Source",
    "kind_of",
    "open_collection",
    "package_version",
]
