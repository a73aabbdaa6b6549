"""The import screen: review the facts drafted from an article and keep them as a deck."""

from __future__ import annotations

from studyapp.gui.importer.dialog import ImportDialog

__all__ = ["ImportDialog"]
