"""A page that says one thing in the middle of a screen: a title, a paragraph and
a row of buttons (the end of a review session, a paused quiz)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def message_page(title: QLabel, text: QLabel, *buttons: QPushButton) -> QWidget:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addWidget(title)
    layout.addWidget(text)
    layout.addSpacing(16)
    layout.addLayout(row)
    layout.addStretch(2)
    return page
