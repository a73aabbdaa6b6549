"""Saying a result to a screen reader: Qt's announcement event (Qt 6.8), sent from
the label that shows the result, whose accessible name then holds the same words
for a reader that comes back to it."""

from __future__ import annotations

from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QWidget


def send(event: QAccessibleEvent) -> None:
    QAccessible.updateAccessibility(event)


def plain(html: str) -> str:
    """What a rich-text label says, without its markup, on one line a sentence."""
    text = QTextDocumentFragment.fromHtml(html).toPlainText()
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def announce(widget: QWidget, text: str, *, keep: bool = True) -> None:
    """Tell a screen reader ``text`` now, politely (after what it is saying), from
    ``widget``; with ``keep``, ``widget`` (a label showing the result) keeps the
    words as its accessible name."""
    if keep:
        widget.setAccessibleName(text)
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    send(event)
