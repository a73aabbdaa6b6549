"""Links in a deck's text open only as web pages, and only after the reader has
seen where they go.

A deck (or an imported article) chooses its source links. A page that shows
them (Sources, the Browse detail) lets :func:`guard_links` handle clicks
instead of Qt: the address is shown as the link's tooltip on hover, a click
asks "Open this address in your web browser?" with the whole address, and
only then hands it to the desktop. A link that is not ``http``/``https``
(``javascript:``, ``file:``, ``smb://``, …) is never handed on; the reader is
told why. Pages write such links as plain text in the first place
(:func:`studyapp.core.deck.links.web_url`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from studyapp.core.deck.links import web_url


def guard_links(browser: QTextBrowser) -> None:
    """Make ``browser`` open no link by itself: clicks go through :func:`ask_to_open`."""
    browser.setOpenLinks(False)
    browser.setOpenExternalLinks(False)
    browser.anchorClicked.connect(lambda url: ask_to_open(browser, url.toString()))
    browser.highlighted.connect(lambda url: browser.setToolTip(url.toString()))


def ask_to_open(parent: QWidget, address: str) -> QMessageBox:
    """Ask before opening the web page ``address`` (returned: the question, shown
    window-modal); a link that is not a web address is refused, with the reason."""
    url = web_url(address)
    box = QMessageBox(parent)
    box.setObjectName("openLink")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if not url:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Links", "Link not opened"))
        box.setText(
            QCoreApplication.translate(
                "Links",
                "This link is not a web address (http or https), so studyapp does not open it.",
            )
        )
        box.setInformativeText(address)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()
        return box
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Links", "Open a web page"))
    box.setText(QCoreApplication.translate("Links", "Open this address in your web browser?"))
    box.setInformativeText(url)
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(
        lambda result: (
            QDesktopServices.openUrl(QUrl(url))
            if result == QMessageBox.StandardButton.Open
            else None
        )
    )
    box.open()
    return box
