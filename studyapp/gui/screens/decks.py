"""Decks: every deck with its facts, today's new / learning / due cards and a
mastery bar; Enter, a double click or "Study" starts a review. "Options…" opens
the deck's scheduling options (and the workload view), "Custom study…" studies
beyond today's plan."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.store import QueueCounts, StoreError
from studyapp.gui.context import Destination, GuiContext
from studyapp.gui.screens.base import Screen

MASTERY_ROLE = Qt.ItemDataRole.UserRole + 1
DECK_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class DeckProgress:
    counts: QueueCounts
    cards: int
    young: int
    mature: int

    @property
    def young_share(self) -> float:
        return self.young / self.cards if self.cards else 0.0

    @property
    def mature_share(self) -> float:
        return self.mature / self.cards if self.cards else 0.0


class MasteryDelegate(QStyledItemDelegate):
    """A bar: mature cards solid, young cards lighter, with the share of mature cards."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(MASTERY_ROLE)
        if not isinstance(value, tuple):
            super().paint(painter, option, index)
            return
        young, mature = value
        widget = option.widget  # type: ignore[attr-defined, unused-ignore]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        rect: QRect = option.rect.adjusted(6, 8, -6, -8)  # type: ignore[attr-defined, unused-ignore]
        pal: QPalette = option.palette  # type: ignore[attr-defined, unused-ignore]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(pal.color(QPalette.ColorRole.Mid))
        track.setAlpha(110)
        track.setAlpha(70)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, 3, 3)
        accent = QColor("#2e8b4a")  # the Stats screen's "mature" green, visible when selected too
        mature_w = int(rect.width() * mature)
        young_w = int(rect.width() * young)
        if mature_w:
            painter.setBrush(accent)
            painter.drawRoundedRect(QRect(rect.left(), rect.top(), mature_w, rect.height()), 3, 3)
        if young_w:
            light = QColor(accent)
            light.setAlpha(110)
            painter.setBrush(light)
            painter.drawRoundedRect(
                QRect(rect.left() + mature_w, rect.top(), young_w, rect.height()), 3, 3
            )
        painter.restore()


class DeckTree(QTreeWidget):
    """Enter starts studying the current deck (as a double click does)."""

    study = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None:
                self.study.emit(str(item.data(0, DECK_ROLE)))
                return
        super().keyPressEvent(event)


class DecksScreen(Screen):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel()
        self.heading.setObjectName("screenHeading")
        self.tree = DeckTree()
        self.tree.setObjectName("deckList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnCount(6)
        self.tree.setItemDelegateForColumn(5, MasteryDelegate(self.tree))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(5, 160)
        header.setStretchLastSection(False)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.study.connect(self.study)
        self.tree.currentItemChanged.connect(self._show_description)

        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)  # the deck's text, never markup
        self.description.setObjectName("deckDescription")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("notice")
        self.study_button = QPushButton()
        self.study_button.setObjectName("studyButton")
        self.study_button.setDefault(True)
        self.study_button.clicked.connect(self._study_current)
        self.study_all_button = QPushButton()
        self.study_all_button.clicked.connect(lambda: self.study(None))
        self.options_button = QPushButton()
        self.options_button.setObjectName("deckOptionsButton")
        self.options_button.clicked.connect(self.open_options)
        self.custom_button = QPushButton()
        self.custom_button.setObjectName("customStudyButton")
        self.custom_button.clicked.connect(self.open_custom_study)

        buttons = QHBoxLayout()
        buttons.addWidget(self.options_button)
        buttons.addWidget(self.custom_button)
        buttons.addStretch(1)
        buttons.addWidget(self.study_all_button)
        buttons.addWidget(self.study_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.description)
        layout.addLayout(buttons)
        self.focus_first(self.tree)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Decks"))
        self.tree.setAccessibleName(self.tr("Decks and their cards"))
        self.tree.setHeaderLabels(
            [
                self.tr("Deck"),
                self.tr("Facts"),
                self.tr("New"),
                self.tr("Learning"),
                self.tr("Due"),
                self.tr("Mastery"),
            ]
        )
        self.study_button.setText(self.tr("&Study"))
        self.study_button.setToolTip(self.tr("Review the selected deck (Enter)"))
        self.study_all_button.setText(self.tr("Study &all decks"))
        self.options_button.setText(self.tr("&Options…"))
        self.options_button.setToolTip(
            self.tr("New cards and reviews per day, desired retention, order of new cards")
        )
        self.custom_button.setText(self.tr("&Custom study…"))
        self.custom_button.setToolTip(
            self.tr("More new cards, more reviews, review ahead or today's forgotten cards")
        )
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    # -- content ------------------------------------------------------------------
    def progress(self) -> dict[str, DeckProgress]:
        store = self.ctx.store
        if store is None:
            return {}
        per: dict[str, DeckProgress] = {}
        try:
            mastery = store.stats_queries().mastery()
            for deck in self.ctx.library.decks:
                rows = [m for m in mastery if m.deck_id == deck.id]
                per[deck.id] = DeckProgress(
                    counts=store.counts([deck.id]),
                    cards=sum(m.cards for m in rows),
                    young=sum(m.young for m in rows),
                    mature=sum(m.mature for m in rows),
                )
        except StoreError:
            return {}
        return per

    def refresh(self) -> None:
        current = self.current_deck_id()
        progress = self.progress()
        self.tree.clear()
        for deck in self.ctx.library.decks:
            view = self.ctx.view(deck)
            item = QTreeWidgetItem()
            item.setText(0, view.text(deck.title))
            item.setData(0, DECK_ROLE, deck.id)
            item.setText(1, str(len(deck.facts)))
            p = progress.get(deck.id)
            if p is not None:
                item.setText(2, str(p.counts.new))
                item.setText(3, str(p.counts.learning))
                item.setText(4, str(p.counts.review))
                item.setData(5, MASTERY_ROLE, (p.young_share, p.mature_share))
                item.setToolTip(
                    5,
                    self.tr("{mature} of {cards} cards mature, {young} young").format(
                        mature=p.mature, cards=p.cards, young=p.young
                    ),
                )
                item.setText(5, f"{round(p.mature_share * 100)}%")
            else:
                for col in (2, 3, 4):
                    item.setText(col, "–")
            for col in range(1, 5):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignCenter)
            self.tree.addTopLevelItem(item)
        if self.tree.topLevelItemCount():
            items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
            found = [it for it in items if it is not None and it.data(0, DECK_ROLE) == current]
            first = found[0] if found else items[0]
            if first is not None:
                self.tree.setCurrentItem(first)
        problems = []
        if self.ctx.store is None:
            problems.append(
                self.tr("Your progress is not available, so nothing can be studied right now.")
            )
        elif not self.ctx.can_save:
            problems.append(
                self.tr(
                    "Your progress is open read-only: you can browse and take quizzes, "
                    "but reviewing needs saving."
                )
            )
        if self.ctx.library.problems:
            problems.append(
                self.tr(
                    "%n deck file(s) could not be read; run “studyapp check” to see why.",
                    "",
                    len({p.path for p in self.ctx.library.problems}),
                )
            )
        if not self.ctx.library.decks:
            problems.append(self.tr("There are no decks yet."))
        self.notice.setText("\n".join(problems))
        self.notice.setVisible(bool(problems))
        can_study = self.ctx.can_save and bool(self.ctx.library.decks)
        self.study_button.setEnabled(can_study)
        self.study_all_button.setEnabled(can_study)
        self.study_all_button.setVisible(len(self.ctx.library.decks) > 1)
        self.options_button.setEnabled(can_study)
        self.custom_button.setEnabled(can_study)
        self._show_description()

    def current_deck_id(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, DECK_ROLE)) if item is not None else None

    def study(self, deck_id: str | None) -> None:
        """Review ``deck_id`` (None: every deck)."""
        self.ctx.open(Destination("review", deck_id=deck_id, start=True))

    def open_options(self) -> None:
        deck_id = self.current_deck_id()
        if deck_id is None or self.ctx.store is None:
            return
        from studyapp.gui.dialogs.deck_options import DeckOptionsDialog

        dialog = DeckOptionsDialog(self.ctx, deck_id, self)
        dialog.open()
        self.options_dialog = dialog

    def open_custom_study(self) -> None:
        deck_id = self.current_deck_id()
        if deck_id is None or self.ctx.store is None:
            return
        from studyapp.gui.dialogs.custom_study import CustomStudyDialog

        dialog = CustomStudyDialog(self.ctx, deck_id, self)
        dialog.open()
        self.custom_dialog = dialog

    def _show_description(self, *_: object) -> None:
        deck_id = self.ctx.current_deck_id = self.current_deck_id()
        deck = self.ctx.library.get(deck_id) if deck_id else None
        self.description.setText(self.ctx.view(deck).text(deck.description) if deck else "")

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.study(str(item.data(0, DECK_ROLE)))

    def _study_current(self) -> None:
        deck_id = self.current_deck_id()
        if deck_id is not None:
            self.study(deck_id)
