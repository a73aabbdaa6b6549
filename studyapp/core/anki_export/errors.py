"""The errors an export reports to the reader."""

from __future__ import annotations

from studyapp.core.errors import ErrorKind, StudyError


class ExportError(StudyError):
    """An export that could not be written; the kind says why."""


class ExportCancelled(ExportError):
    """The reader cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(ErrorKind.EXPORT_CANCELLED)
