"""What every screen of the main window shares: redraw on demand, arrive, undo.

A screen's content depends on the study script, the decks and the progress,
and (where it is HTML with colours and sizes written into it) on the theme's
palette and the reading font size; when one of them changes the screen is marked
stale and redrawn at once if it is visible, or the next time it is shown. Interface words are set in
``retranslate`` (called again when the interface language changes).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QFont, QShowEvent
from PySide6.QtWidgets import QComboBox, QWidget

from studyapp.gui.context import Destination, GuiContext

if TYPE_CHECKING:
    from studyapp.core.deck.model import Deck


class Screen(QWidget):
    #: The screen's own undo (Edit › Undo while it is shown), if it has one.
    undo_action: QAction | None = None

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.script_changed.connect(self._content_changed)
        ctx.library_changed.connect(self._content_changed)
        ctx.progress_changed.connect(self._content_changed)
        ctx.font_size_changed.connect(self._font_changed)

    # -- for subclasses -----------------------------------------------------------
    def arrive(self, destination: Destination) -> None:
        """The screen is being shown for ``destination`` (after it became current)."""

    def retranslate(self) -> None:
        """Set every interface word (and redraw content that embeds them)."""

    def refresh(self) -> None:
        """Redraw the content from the decks, the store and the script."""

    def apply_font_size(self, size: int) -> None:
        """The reading font changed."""

    def save_layout(self) -> None:
        """Remember the screen's own layout in the settings (the app is closing)."""

    def reading_font(self, scale: float = 1.0) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self.reading_size(scale))
        return font

    def reading_size(self, scale: float = 1.0) -> float:
        return max(6.0, round(self.ctx.settings.font_size * scale, 1))

    def set_reading_size(self, widget: QWidget, scale: float = 1.0) -> None:
        """Size ``widget``'s text for reading. Through a style sheet, because the
        application's style sheet would override a font set with ``setFont``."""
        widget.setStyleSheet(f"font-size: {self.reading_size(scale)}pt;")

    def fill_deck_choice(self, combo: QComboBox, decks: Sequence[Deck], keep: str | None) -> None:
        """List ``decks`` in ``combo`` by title (their id as data), keep the deck
        ``keep`` chosen if it is still there, without telling the combo's listeners;
        the choice is shown only when there is one to make."""
        combo.blockSignals(True)
        combo.clear()
        for deck in decks:
            combo.addItem(self.ctx.view(deck).text(deck.title), deck.id)
        at = max(0, combo.findData(keep)) if keep else 0
        combo.setCurrentIndex(at if decks else -1)
        combo.blockSignals(False)
        combo.setVisible(len(decks) > 1)

    def focus_first(self, proxy: QWidget) -> None:
        """``proxy`` takes the focus when the screen is shown, and Tab goes on from it
        through the screen's other controls. Qt skips the controls that come before a
        focus proxy in the focus chain, so those move to just after it (call this once
        the screen's controls exist)."""
        self.setFocusProxy(proxy)
        before: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not proxy and self.isAncestorOf(widget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                before.append(widget)
            widget = widget.nextInFocusChain()
        previous = proxy
        for widget in before:
            if widget.parentWidget() is not None and widget.parentWidget() in before:
                continue  # moved with its compound parent (a combo box's line edit)
            QWidget.setTabOrder(previous, widget)
            previous = widget

    # -- machinery ------------------------------------------------------------------
    def _content_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def refresh_now(self) -> None:
        self._stale = False
        self.refresh()

    def _font_changed(self, size: int) -> None:
        self.apply_font_size(size)
        self._content_changed()  # sizes written into a page's HTML

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_now()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._content_changed()  # another theme: colours written into a page's HTML
        super().changeEvent(event)
