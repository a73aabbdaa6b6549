"""Custom study, as Anki users know it: study more new cards today, review ahead,
review today's forgotten cards, or review more cards today.

"More new cards" and "more reviews" raise the deck's limits for today (they
lapse when the day ends) and start a normal review; "review ahead" and
"today's forgotten cards" start a session over a list of cards, each shown
once. Every choice says how many cards it has to offer, and is disabled when it
has none.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.review_session import CustomQueue
from studyapp.core.store import CustomStudy, StoreError
from studyapp.gui.context import Destination, GuiContext
from studyapp.gui.error_text import error_text

NEW, AHEAD, FORGOTTEN, MORE_REVIEWS = range(4)


class CustomStudyDialog(QDialog):
    def __init__(self, ctx: GuiContext, deck_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deck_id = deck_id
        self.setObjectName("customStudyDialog")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.choices = QButtonGroup(self)
        self.radios: dict[int, QRadioButton] = {}
        self.hints: dict[int, QLabel] = {}
        grid = QGridLayout()
        self.new_count = QSpinBox()
        self.new_count.setObjectName("customNewCount")
        self.new_count.setRange(1, 9999)
        self.new_count.setValue(10)
        self.ahead_days = QSpinBox()
        self.ahead_days.setObjectName("customAheadDays")
        self.ahead_days.setRange(1, 365)
        self.ahead_days.setValue(3)
        self.review_count = QSpinBox()
        self.review_count.setObjectName("customReviewCount")
        self.review_count.setRange(1, 9999)
        self.review_count.setValue(50)
        spins = {NEW: self.new_count, AHEAD: self.ahead_days, MORE_REVIEWS: self.review_count}
        names = {NEW: "customNew", AHEAD: "customAhead", FORGOTTEN: "customForgotten"}
        names[MORE_REVIEWS] = "customMoreReviews"
        for row, choice in enumerate((NEW, AHEAD, FORGOTTEN, MORE_REVIEWS)):
            radio = QRadioButton()
            radio.setObjectName(names[choice])
            hint = QLabel()
            hint.setObjectName(names[choice] + "Hint")
            hint.setWordWrap(True)
            self.radios[choice], self.hints[choice] = radio, hint
            self.choices.addButton(radio, choice)
            grid.addWidget(radio, 2 * row, 0)
            if choice in spins:
                grid.addWidget(spins[choice], 2 * row, 1)
                spins[choice].valueChanged.connect(self._update)
                spins[choice].valueChanged.connect(lambda _v, r=radio: r.setChecked(True))
            grid.addWidget(hint, 2 * row + 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.choices.idToggled.connect(lambda *_: self._update())
        self.error = QLabel()
        self.error.setObjectName("customStudyError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = QPushButton()
        self.start_button.setObjectName("customStart")
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.available: dict[int, int] = {}
        self.retranslate()
        first = next((c for c in (NEW, AHEAD, FORGOTTEN) if self.available.get(c)), NEW)
        self.radios[first].setChecked(True)
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Custom study: {deck}").format(deck=self.ctx.deck_title(self.deck_id))
        )
        self.heading.setText(
            self.tr("Study beyond today's plan. What you answer here is scheduled as usual.")
        )
        self.radios[NEW].setText(self.tr("Study &more new cards today:"))
        self.new_count.setAccessibleName(self.tr("More new cards today"))
        self.ahead_days.setAccessibleName(self.tr("Days ahead"))
        self.review_count.setAccessibleName(self.tr("More reviews today"))
        self.radios[AHEAD].setText(self.tr("Review &ahead, cards due in the next days:"))
        self.radios[FORGOTTEN].setText(self.tr("Review today's &forgotten cards"))
        self.radios[MORE_REVIEWS].setText(self.tr("Review more cards &today:"))
        self.new_count.setSuffix(self.tr(" cards"))
        self.ahead_days.setSuffix(self.tr(" days"))
        self.review_count.setSuffix(self.tr(" cards"))
        self.start_button.setText(self.tr("&Start studying"))
        self._update()

    def _counts(self) -> dict[int, int]:
        """How many cards each choice has to offer now."""
        store = self.ctx.store
        if store is None:
            return {}
        decks = [self.deck_id]
        try:
            today = store.counts(decks)
            return {
                NEW: store.new_cards_waiting(decks) - today.new,
                AHEAD: len(
                    store.custom_cards(
                        CustomStudy.REVIEW_AHEAD, decks, days=self.ahead_days.value()
                    )
                ),
                FORGOTTEN: len(store.custom_cards(CustomStudy.FORGOTTEN_TODAY, decks)),
                MORE_REVIEWS: store.due_today(decks) - today.review,
            }
        except StoreError as exc:
            self._show_error(exc)
            return {}

    def _update(self) -> None:
        if not hasattr(self, "start_button"):
            return
        self.available = counts = self._counts()
        self.hints[NEW].setText(
            self.tr("%n new card(s) in this deck beyond today's limit.", "", counts.get(NEW, 0))
        )
        self.hints[AHEAD].setText(
            self.tr("%n card(s) due in those days, before their day.", "", counts.get(AHEAD, 0))
        )
        self.hints[FORGOTTEN].setText(
            self.tr("%n card(s) you answered Again today, once more.", "", counts.get(FORGOTTEN, 0))
        )
        self.hints[MORE_REVIEWS].setText(
            self.tr(
                "%n card(s) due today beyond the deck's review limit.",
                "",
                counts.get(MORE_REVIEWS, 0),
            )
        )
        for choice, radio in self.radios.items():
            radio.setEnabled(self.ctx.store is not None and counts.get(choice, 0) > 0)
        checked = self.choices.checkedId()
        self.start_button.setEnabled(checked >= 0 and counts.get(checked, 0) > 0)

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    def accept(self) -> None:
        store = self.ctx.store
        choice = self.choices.checkedId()
        if store is None or choice < 0:
            return
        decks = [self.deck_id]
        custom: CustomQueue | None = None
        try:
            if choice == NEW:
                store.extend_today(self.deck_id, new=self.new_count.value())
            elif choice == MORE_REVIEWS:
                store.extend_today(self.deck_id, reviews=self.review_count.value())
            elif choice == AHEAD:
                days = self.ahead_days.value()
                cards = store.custom_cards(CustomStudy.REVIEW_AHEAD, decks, days=days)
                custom = CustomQueue(CustomStudy.REVIEW_AHEAD, tuple(cards), days)
            else:
                cards = store.custom_cards(CustomStudy.FORGOTTEN_TODAY, decks)
                custom = CustomQueue(CustomStudy.FORGOTTEN_TODAY, tuple(cards))
        except StoreError as exc:
            self._show_error(exc)
            return
        self.ctx.notify_progress()
        super().accept()
        self.ctx.open(Destination("review", deck_id=self.deck_id, start=True, custom=custom))
