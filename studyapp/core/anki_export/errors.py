"""The errors an export reports to the reader."""

from __future__ import annotations


class ExportError(Exception):
    """An export that could not be written; the message is for the reader."""


class ExportCancelled(ExportError):
    """The reader cancelled the export; nothing was written."""

    def __init__(self, message: str = "export cancelled") -> None:
        super().__init__(message)
