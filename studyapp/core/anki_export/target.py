"""Where an export may be written: an Anki package, never over the reader's data.

``studyapp export -o`` takes any path, so it is checked before anything is
written: a folder, a name that is not ``.apkg``, a file inside the data folder
(the progress, its backups, the reader's decks) or a read-only file is refused
with one sentence, and the file is left as it was.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from studyapp.core.anki_export.errors import ExportError
from studyapp.core.errors import ErrorKind

SUFFIX = ".apkg"


def check_target(target: Path, data_dir: Path | None = None) -> None:
    """Raise :class:`ExportError` unless an export may be written to ``target``."""
    if target.is_dir():
        raise ExportError(ErrorKind.IS_A_FOLDER, path=str(target))
    if target.suffix.lower() != SUFFIX:
        raise ExportError(ErrorKind.EXPORT_NOT_APKG, path=str(target))
    if not target.parent.is_dir():
        raise ExportError(ErrorKind.FOLDER_MISSING, path=str(target), folder=str(target.parent))
    if data_dir is not None and _inside(target, data_dir):
        raise ExportError(ErrorKind.EXPORT_IN_DATA_FOLDER, path=str(target), folder=str(data_dir))
    if target.exists():
        try:
            os.close(os.open(target, os.O_WRONLY))  # neither truncates nor changes it
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise ExportError(ErrorKind.EXPORT_TARGET_READ_ONLY, path=str(target)) from None
            raise


def _inside(target: Path, folder: Path) -> bool:
    """Whether ``target`` (followed through links) is ``folder`` or lies inside it."""
    where = target.resolve()
    home = folder.resolve()
    return where == home or home in where.parents
