"""Review, as Anki users know it: the question; Space or Enter shows the answer;
1–4 (or the buttons, which show the interval each gives) rate it; Ctrl+Z takes
the last rating back; the end screen says when to come back.

And what Anki users reach for, with Anki's keys: E edits the fact (a deck of
one's own), - buries the card until tomorrow, @ suspends it, Ctrl+1…Ctrl+4 flag
it (red, orange, green, blue; the same key again takes the flag off), B opens the
fact in Browse. Ctrl+1…Ctrl+4 switch screens everywhere else; on this screen, with
a card shown, they flag it (Alt+1…Alt+9 switch screens from anywhere). Ctrl+Z
takes back a bury or a suspension too.

The study loop is :class:`studyapp.core.review_session.ReviewSession`; this
widget renders its state and forwards keys to it.
"""

from __future__ import annotations

import html
from datetime import timedelta

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.deck.faces import CardFace, card_face
from studyapp.core.deck.model import Deck
from studyapp.core.review_session import (
    CustomQueue,
    ReviewSession,
    ReviewState,
    SessionError,
    format_interval,
)
from studyapp.core.store import CardRecord, CustomStudy, Rating, StoreError
from studyapp.gui.context import Destination, GuiContext
from studyapp.gui.dialogs.errors import show_error
from studyapp.gui.error_text import error_text
from studyapp.gui.screens.base import Screen
from studyapp.gui.widgets.announce import announce, plain
from studyapp.gui.widgets.message_page import message_page
from studyapp.gui.widgets.story import place_for, show_in_article

RATINGS = (Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY)
RESUME_WITHIN = timedelta(hours=1)  # wait on screen for a learning card due this soon
FLAG_COLOURS = {1: "#e5484d", 2: "#f08c00", 3: "#2f9e44", 4: "#3b82f6"}  # as Anki's
FLAG_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class ReviewScreen(Screen):
    session_changed = Signal()  # after every transition (tests and the status bar listen)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session: ReviewSession | None = None
        self.deck_id: str | None = None
        self._resume_timer = QTimer(self)
        self._resume_timer.setSingleShot(True)
        self._resume_timer.timeout.connect(self._resume)

        # -- header: what is being studied and how far along ---------------------
        # Deck texts are plain text wherever they are shown: a deck never sets markup.
        self.deck_label = QLabel()
        self.deck_label.setObjectName("reviewDeck")
        self.deck_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("reviewCounts")
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("reviewProgress")
        self.progress_bar.setMaximumHeight(8)
        self.progress_bar.setTextVisible(False)
        self.progress_label = QLabel()
        header = QHBoxLayout()
        header.addWidget(self.deck_label, 1)
        header.addWidget(self.progress_label)
        header.addWidget(self.counts_label)

        # -- what Anki users reach for: edit, bury, suspend, flag, browse ----------------
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("reviewEdit")
        self.edit_button.clicked.connect(self.edit_fact)
        self.bury_button = QPushButton()
        self.bury_button.setObjectName("reviewBury")
        self.bury_button.clicked.connect(self.bury)
        self.suspend_button = QPushButton()
        self.suspend_button.setObjectName("reviewSuspend")
        self.suspend_button.clicked.connect(self.suspend)
        self.flag_button = QToolButton()
        self.flag_button.setObjectName("reviewFlag")
        self.flag_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.flag_menu = QMenu(self.flag_button)
        self.flag_actions: dict[int, QAction] = {}
        for flag in (1, 2, 3, 4, 0):
            action = self.flag_menu.addAction("")
            action.triggered.connect(lambda _c=False, f=flag: self.set_flag(f))
            self.flag_actions[flag] = action
        self.flag_button.setMenu(self.flag_menu)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("reviewBrowse")
        self.browse_button.clicked.connect(self.open_in_browse)
        self.flag_label = QLabel()
        self.flag_label.setObjectName("reviewFlagShown")
        self.action_note = QLabel()
        self.action_note.setObjectName("reviewActionNote")
        self.action_note.setWordWrap(True)
        tools = QHBoxLayout()
        tools.addWidget(self.flag_label)
        tools.addWidget(self.action_note, 1)
        for button in (
            self.edit_button,
            self.bury_button,
            self.suspend_button,
            self.flag_button,
            self.browse_button,
        ):
            tools.addWidget(button)
        self._actions_row = QWidget()
        self._actions_row.setLayout(tools)
        tools.setContentsMargins(0, 0, 0, 0)
        self._flag = 0  # the card on screen's flag
        self._flag_of: int | None = None  # the card whose flag ``_flag`` is
        self._asides: list[tuple[str, int]] = []  # ("bury" | "suspend", card id), for undo
        self._done: list[str] = []  # "rate" or "aside", in order: what Ctrl+Z takes back

        # -- the card -----------------------------------------------------------
        self.prompt = QLabel()
        self.prompt.setObjectName("cardPrompt")
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_label = QLabel()
        self.kind_label.setObjectName("cardKind")
        self.kind_label.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.divider = QFrame()
        self.divider.setFrameShape(QFrame.Shape.HLine)
        self.answer = QLabel()
        self.answer.setObjectName("cardAnswer")
        self.answer.setTextFormat(Qt.TextFormat.PlainText)
        self.answer.setWordWrap(True)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statement = QLabel()
        self.statement.setObjectName("cardStatement")
        self.statement.setWordWrap(True)
        self.statement.setTextFormat(Qt.TextFormat.RichText)
        self.statement.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.claims = QLabel()
        self.claims.setObjectName("cardClaims")
        self.claims.setWordWrap(True)
        self.claims.setTextFormat(Qt.TextFormat.RichText)
        self.sources = QLabel()
        self.sources.setObjectName("cardSources")
        self.sources.setTextFormat(Qt.TextFormat.PlainText)
        self.sources.setWordWrap(True)
        self.sources.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.article_button = QPushButton()
        self.article_button.setObjectName("showInArticle")
        self.article_button.clicked.connect(self.show_in_article)
        article_row = QHBoxLayout()
        article_row.addStretch(1)
        article_row.addWidget(self.article_button)
        article_row.addStretch(1)
        self.back = QWidget()
        back_layout = QVBoxLayout(self.back)
        back_layout.setContentsMargins(0, 0, 0, 0)
        back_layout.setSpacing(14)
        for w in (self.divider, self.answer, self.statement, self.claims, self.sources):
            back_layout.addWidget(w)
        back_layout.addLayout(article_row)
        card = QWidget()
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(32, 24, 32, 24)
        card_layout.setSpacing(16)
        card_layout.addWidget(self.kind_label)
        card_layout.addWidget(self.prompt)
        card_layout.addWidget(self.back)
        card_layout.addStretch(1)
        self.card_scroll = QScrollArea()
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setWidget(card)
        self.card_scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        # -- the buttons ---------------------------------------------------------
        self.show_button = QPushButton()
        self.show_button.setObjectName("showAnswer")
        self.show_button.setMinimumHeight(44)
        self.show_button.clicked.connect(self.show_answer)
        self.rate_buttons: dict[Rating, QPushButton] = {}
        rate_row = QHBoxLayout()
        rate_row.setSpacing(8)
        for rating in RATINGS:
            button = QPushButton()
            button.setObjectName(f"rate{rating.name.title()}")
            button.setMinimumHeight(52)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, r=rating: self.rate(r))
            self.rate_buttons[rating] = button
            rate_row.addWidget(button)
        self.rate_row = QWidget()
        self.rate_row.setLayout(rate_row)
        rate_row.setContentsMargins(0, 0, 0, 0)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo")
        self.undo_button.clicked.connect(self.undo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.show_button, 1)
        bottom.addWidget(self.rate_row, 1)

        card_page = QWidget()
        card_page_layout = QVBoxLayout(card_page)
        card_page_layout.setContentsMargins(0, 0, 0, 0)
        card_page_layout.addWidget(self.card_scroll, 1)
        card_page_layout.addLayout(bottom)

        # -- the end of the session ---------------------------------------------------
        self.done_title = QLabel()
        self.done_title.setObjectName("doneTitle")
        self.done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_text = QLabel()
        self.done_text.setObjectName("doneText")
        self.done_text.setWordWrap(True)
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToDecks")
        self.back_button.clicked.connect(lambda: ctx.open(Destination("decks")))
        self.done_undo = QPushButton()
        self.done_undo.clicked.connect(self.undo)
        self.custom_button = QPushButton()
        self.custom_button.setObjectName("doneCustomStudy")
        self.custom_button.clicked.connect(self.open_custom_study)
        done_page = message_page(
            self.done_title, self.done_text, self.done_undo, self.custom_button, self.back_button
        )

        self.pages = QStackedWidget()
        self.pages.addWidget(card_page)
        self.pages.addWidget(done_page)
        self._card_page = card_page
        self._done_page = done_page

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self._actions_row)
        layout.addWidget(self.pages, 1)

        # -- keys: Space/Enter, 1–4, Ctrl+Z (only while this screen has focus) -------
        self._actions: list[QAction] = []
        self._key_action(["Space", "Return", "Enter"], self._space)
        for rating in RATINGS:
            self._key_action([str(int(rating))], lambda _c=False, r=rating: self._key_rate(r))
        undo = self._key_action([QKeySequence(QKeySequence.StandardKey.Undo)], self.undo)
        self.undo_rating = self.undo_action = undo
        self._key_action(["E"], self.edit_fact)
        self._key_action(["-"], self.bury)
        self._key_action(["@"], self.suspend)
        self._key_action(["B"], self.open_in_browse)
        self.focus_first(self.card_scroll)
        self.apply_font_size(ctx.settings.font_size)
        self.retranslate()
        self._render()

    def _key_action(self, keys: list[str] | list[QKeySequence], slot: object) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self._actions.append(action)
        return action

    # -- screen ------------------------------------------------------------------

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show answer"))
        self.card_scroll.setAccessibleName(self.tr("The card"))
        self.show_button.setToolTip(self.tr("Space or Enter"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take back the last rating (Ctrl+Z)"))
        self.done_undo.setText(self.tr("Undo last rating"))
        self.back_button.setText(self.tr("Back to decks"))
        self.custom_button.setText(self.tr("&Custom study…"))
        self.custom_button.setToolTip(
            self.tr("More new cards, more reviews, review ahead or today's forgotten cards")
        )
        self.article_button.setText(self.tr("Show in article"))
        self.undo_rating.setText(self.tr("Undo rating"))
        self.edit_button.setText(self.tr("Edit (E)"))
        self.bury_button.setText(self.tr("Bury (-)"))
        self.bury_button.setToolTip(self.tr("Put this card away until tomorrow"))
        self.suspend_button.setText(self.tr("Suspend (@)"))
        self.suspend_button.setToolTip(self.tr("Keep this card out of reviews until unsuspended"))
        self.flag_button.setText(self.tr("Flag (Ctrl+1–4)"))
        self.browse_button.setText(self.tr("Browse (B)"))
        self.browse_button.setToolTip(self.tr("Show this fact in Browse"))
        for flag, action in self.flag_actions.items():
            action.setText(self.flag_name(flag))
            action.setShortcut(QKeySequence(f"Ctrl+{flag}") if flag else QKeySequence())
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown, not bound
        self._render()

    def refresh(self) -> None:
        if self.session is not None and self.session.store is not self.ctx.store:
            self.session = None  # the progress was restored from a backup: start over
        if self.session is None and self.ctx.can_save:
            self.start(self.deck_id)
            return
        if self.session is not None and self.session.state is ReviewState.FINISHED:
            # the progress changed elsewhere (mistakes added from a quiz, custom study):
            # look at the queue again instead of repeating "nothing is due"
            self._run(self.session.start)
            return
        self._render()

    def apply_font_size(self, size: int) -> None:
        self.set_reading_size(self.prompt, 1.0)
        self.set_reading_size(self.answer, 1.15)
        self.set_reading_size(self.statement, 0.8)
        self.set_reading_size(self.claims, 0.7)
        self.set_reading_size(self.sources, 0.6)

    # -- actions ----------------------------------------------------------------------
    def arrive(self, destination: Destination) -> None:
        """Review the deck asked for, or (coming from the navigation) go on with
        the session, or start one over the deck chosen on the Decks screen."""
        if destination.start:
            self.start(destination.deck_id, destination.custom)
        elif self.session is None:
            several = len(self.ctx.library.decks) > 1
            self.start(self.ctx.current_deck_id if several else None)

    def start(self, deck_id: str | None = None, custom: CustomQueue | None = None) -> None:
        """Begin a session over one deck (or all decks) from its first due card, or a
        custom-study session over ``custom``'s cards."""
        self.deck_id = deck_id
        self._resume_timer.stop()
        self._asides, self._done = [], []
        self._flag_of = None
        self.action_note.setText("")
        if self.ctx.store is None or not self.ctx.can_save:  # none, or read-only
            self.session = None
            self._render()
            return
        self.session = ReviewSession(
            self.ctx.store,
            [deck_id] if deck_id else None,
            on_change=lambda _s: self._render(),
            custom=custom,
        )
        self._run(self.session.start)

    def show_answer(self) -> None:
        session = self.session
        if session is None or session.state is not ReviewState.QUESTION:
            return
        if self._run(session.show_answer) and self.back.isVisibleTo(self):
            # a screen reader hears the answer (the focus stays on the card)
            said = (self.answer.text(), plain(self.statement.text()))
            announce(self.card_scroll, "\n".join(said), keep=False)

    def rate(self, rating: Rating) -> None:
        session = self.session
        if session is None or session.state is not ReviewState.ANSWER:
            return
        if self._run(lambda: session.rate(rating)):
            self._done.append("rate")
            self.action_note.setText("")
            self.ctx.notify_progress()

    def undo(self) -> None:
        """Take back the last rating, bury or suspension of this session."""
        session = self.session
        if session is None:
            return
        if self._done and self._done[-1] == "aside":
            self._done.pop()
            self._take_back_aside()
            return
        if not session.can_undo:
            return
        if self._run(session.undo):
            if self._done:
                self._done.pop()
            self.action_note.setText("")
            self.ctx.notify_progress()

    @property
    def can_undo(self) -> bool:
        session = self.session
        if session is None:
            return False
        return bool(self._done and self._done[-1] == "aside") or session.can_undo

    def show_in_article(self) -> None:
        """Open the passage the current card's fact comes from (Read)."""
        card = self.session.card if self.session is not None else None
        if card is not None:
            show_in_article(self.ctx, card.deck_id, card.fact_id)

    # -- what Anki users reach for ------------------------------------------------------
    def flag_name(self, flag: int) -> str:
        return {
            0: self.tr("No flag"),
            1: self.tr("Red flag"),
            2: self.tr("Orange flag"),
            3: self.tr("Green flag"),
            4: self.tr("Blue flag"),
        }[flag]

    def _card(self) -> CardRecord | None:
        session = self.session
        if session is None or session.state is ReviewState.FINISHED:
            return None
        return session.card

    def user_deck(self) -> Deck | None:
        """The deck of the card on screen, if it is one of the reader's own (editable)."""
        card = self._card()
        deck = self.ctx.library.get(card.deck_id) if card is not None else None
        return deck if deck is not None and not deck.builtin and deck.path else None

    def edit_fact(self) -> None:
        """Reword the fact of the card on screen (a deck of the reader's own)."""
        card = self._card()
        deck = self.user_deck()
        if card is None:
            return
        if deck is None or not deck.has_fact(card.fact_id):
            self.action_note.setText(
                self.tr("Only the facts of your own decks can be edited here.")
            )
            return
        from studyapp.gui.dialogs.edit_fact import EditFactDialog

        dialog = EditFactDialog(self.ctx, deck.id, card.fact_id, self)
        dialog.saved.connect(lambda: self.action_note.setText(self.tr("Fact saved.")))
        dialog.open()
        self.edit_dialog = dialog

    def bury(self) -> None:
        self._set_aside("bury")

    def suspend(self) -> None:
        self._set_aside("suspend")

    def _set_aside(self, how: str) -> None:
        session, card, store = self.session, self._card(), self.ctx.store
        if session is None or card is None or store is None or not self.ctx.can_save:
            return
        try:
            if how == "bury":
                store.bury([card.id])
            else:
                store.suspend([card.id])
        except StoreError as exc:
            show_error(self, self.tr("Review"), error_text(exc))
            return
        self._asides.append((how, card.id))
        self._done.append("aside")
        note = (
            self.tr("Buried until tomorrow. Ctrl+Z brings it back.")
            if how == "bury"
            else self.tr("Suspended. Ctrl+Z brings it back; Browse can unsuspend it later.")
        )
        if self._run(session.set_aside):
            self.action_note.setText(note)
            self.ctx.notify_progress()

    def _take_back_aside(self) -> None:
        session, store = self.session, self.ctx.store
        if session is None or store is None or not self._asides:
            return
        how, card_id = self._asides.pop()
        try:
            if how == "bury":
                store.unbury([card_id])
            else:
                store.unsuspend([card_id])
        except StoreError as exc:
            show_error(self, self.tr("Review"), error_text(exc))
            return
        if self._run(lambda: session.bring_back(card_id)):
            self.action_note.setText(
                self.tr("Unburied.") if how == "bury" else self.tr("Unsuspended.")
            )
            self.ctx.notify_progress()

    def set_flag(self, flag: int) -> None:
        """Flag the card on screen (Anki's colours); its own flag again takes it off."""
        card, store = self._card(), self.ctx.store
        if card is None or store is None or not self.ctx.can_save:
            return
        flag = 0 if flag == self._flag else flag
        try:
            store.set_flag([card.id], flag)
        except StoreError as exc:
            show_error(self, self.tr("Review"), error_text(exc))
            return
        self._flag = flag
        self._render_flag()

    def _render_flag(self) -> None:
        flag = self._flag
        if flag:
            self.flag_label.setText(f"⚑ {self.flag_name(flag)}")
            self.flag_label.setStyleSheet(f"color: {FLAG_COLOURS[flag]}; font-weight: 600")
        else:
            self.flag_label.setText("")
            self.flag_label.setStyleSheet("")
        self.flag_label.setAccessibleName(self.flag_name(flag))
        for value, action in self.flag_actions.items():
            action.setCheckable(True)
            action.setChecked(value == flag)

    def open_in_browse(self) -> None:
        card = self._card()
        if card is not None:
            self.ctx.open(Destination("browse", card.deck_id, facts=(card.fact_id,)))

    def event(self, event: QEvent) -> bool:
        # Ctrl+1…Ctrl+4 flag the card on screen, as in Anki: here they are not the
        # window's screen keys (a shortcut override keeps them for this screen)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._flag_key(event)
            and self._card() is not None
        ):
            event.accept()
            return True
        return super().event(event)

    @staticmethod
    def _flag_key(event: QKeyEvent) -> int:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods != Qt.KeyboardModifier.ControlModifier:
            return 0
        return FLAG_KEYS.get(Qt.Key(event.key()), 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        flag = self._flag_key(event)
        if flag and self._card() is not None:
            self.set_flag(flag)
            return
        super().keyPressEvent(event)

    def _space(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and self.isAncestorOf(focus) and focus.isVisible():
            focus.animateClick()  # a button reached with Tab: Space or Enter presses it
            return
        session = self.session
        if session is None:
            return
        if session.state is ReviewState.QUESTION:
            self.show_answer()
        elif session.state is ReviewState.ANSWER:
            self.rate(Rating.GOOD)  # as in Anki: Space on the answer means Good

    def _key_rate(self, rating: Rating) -> None:
        if self.session is not None and self.session.state is ReviewState.ANSWER:
            self.rate(rating)

    def _resume(self) -> None:
        if self.session is not None and self.session.state is ReviewState.FINISHED:
            self._run(self.session.start)

    def _run(self, step: object) -> bool:
        """Run a session step; a store problem becomes a plain dialog."""
        try:
            step()  # type: ignore[operator]
        except (StoreError, SessionError) as exc:
            show_error(self, self.tr("Review"), error_text(exc))
            self._render()
            return False
        return True

    # -- drawing ------------------------------------------------------------------------
    def face(self) -> CardFace | None:
        """The current card's two sides in the current script."""
        session = self.session
        if session is None or session.card is None:
            return None
        deck = self.ctx.library.get(session.card.deck_id)
        if deck is None or not deck.has_fact(session.card.fact_id):
            return None
        return card_face(self.ctx.view(deck), deck.fact(session.card.fact_id), session.card.kind)

    def interval_text(self, delta: timedelta) -> str:
        amount, unit = format_interval(delta)
        units = {
            "min": self.tr("{n} min"),
            "h": self.tr("{n} h"),
            "d": self.tr("{n} d"),
            "mo": self.tr("{n} mo"),
            "y": self.tr("{n} y"),
        }
        return units[unit].format(n=amount)

    def rating_name(self, rating: Rating) -> str:
        return {
            Rating.AGAIN: self.tr("Again"),
            Rating.HARD: self.tr("Hard"),
            Rating.GOOD: self.tr("Good"),
            Rating.EASY: self.tr("Easy"),
        }[rating]

    def _render(self) -> None:
        before = QApplication.focusWidget()
        self._render_now()
        # a button that had the focus and is gone now (Show answer once shown, a rating
        # once given) hands it to the card, not to the next button: Space would press it
        if before is not None and self.isAncestorOf(before) and not before.isVisible():
            self.setFocus()

    def _render_now(self) -> None:
        session = self.session
        self._render_header()
        self._actions_row.setVisible(
            session is not None and session.state is not ReviewState.FINISHED
        )
        if session is None:
            self.pages.setCurrentWidget(self._done_page)
            self.done_undo.hide()
            self.custom_button.hide()
            if not self.ctx.can_save:
                self.done_title.setText(self.tr("Reviewing is not available"))
                self.done_text.setText(self.ctx.store_problem)
            else:
                self.done_title.setText(self.tr("Choose a deck to study"))
                self.done_text.setText("")
            self.session_changed.emit()
            return
        if session.state is ReviewState.FINISHED:
            self._render_finished(session)
        else:
            self._render_card(session)
        self.session_changed.emit()

    def _render_header(self) -> None:
        session = self.session
        deck = self.ctx.library.get(self.deck_id) if self.deck_id else None
        title = self.ctx.view(deck).text(deck.title) if deck is not None else self.tr("All decks")
        custom = session.custom if session is not None else None
        if custom is not None:
            kind = (
                self.tr("review ahead, %n day(s)", "", custom.days)
                if custom.kind is CustomStudy.REVIEW_AHEAD
                else self.tr("today's forgotten cards")
            )
            title = self.tr("{deck} · Custom study: {kind}").format(deck=title, kind=kind)
        self.deck_label.setText(title)
        if session is None:
            self.counts_label.setText("")
            self.progress_label.setText("")
            self.progress_bar.setRange(0, 1)
            self.progress_bar.setValue(0)
            return
        c = session.counts
        self.counts_label.setText(
            '<span style="color:#2f6fdf">{new}</span> · '
            '<span style="color:#d2452f">{learning}</span> · '
            '<span style="color:#2e9a4b">{review}</span>'.format(
                new=self.tr("New {n}").format(n=c.new),
                learning=self.tr("Learning {n}").format(n=c.learning),
                review=self.tr("Due {n}").format(n=c.review),
            )
        )
        done, total = session.progress
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)
        self.progress_label.setText(self.tr("{done} done").format(done=done))

    def _render_card(self, session: ReviewSession) -> None:
        self.pages.setCurrentWidget(self._card_page)
        face = self.face()
        showing_answer = session.state is ReviewState.ANSWER
        kind_names = {
            "qa": self.tr("Question"),
            "cloze": self.tr("Fill in the blank"),
            "reverse": self.tr("What is this about?"),
        }
        if face is None:  # the fact left its deck while the card was up
            self.kind_label.setText("")
            self.prompt.setText(self.tr("This card's fact is no longer in its deck."))
            self.back.setVisible(False)
        else:
            self.kind_label.setText(kind_names.get(face.kind, face.kind) + " · " + face.topic)
            self.prompt.setText(face.prompt)
            self.back.setVisible(showing_answer)
            if showing_answer:
                self._render_back(face)
        said = [self.kind_label.text(), self.prompt.text()]
        if showing_answer and face is not None:
            said += [self.answer.text(), plain(self.statement.text())]
            said += [plain(self.claims.text()) if face.claims else "", self.sources.text()]
        self.card_scroll.setAccessibleDescription("\n".join(t for t in said if t))
        self.show_button.setVisible(not showing_answer)
        self.rate_row.setVisible(showing_answer)
        if showing_answer:
            for rating, button in self.rate_buttons.items():
                delta = session.intervals.get(rating)
                when = self.interval_text(delta) if delta is not None else ""
                button.setText(f"{self.rating_name(rating)}\n{when}")
                button.setToolTip(self.tr("Key {key}").format(key=int(rating)))
        self.undo_button.setEnabled(self.can_undo)
        self.undo_rating.setEnabled(self.can_undo)
        self._render_actions(session)
        if self.isVisible() and not self.card_scroll.hasFocus() and not self._focus_inside():
            self.card_scroll.setFocus()

    def _render_actions(self, session: ReviewSession) -> None:
        """The edit/bury/suspend/flag/browse row: there while a card is shown."""
        card = session.card if session.state is not ReviewState.FINISHED else None
        writable = self.ctx.can_save
        for button in (self.bury_button, self.suspend_button, self.flag_button):
            button.setEnabled(card is not None and writable)
        self.browse_button.setEnabled(card is not None)
        self.edit_button.setEnabled(card is not None and self.user_deck() is not None)
        self.edit_button.setToolTip(
            self.tr("Edit this fact")
            if self.edit_button.isEnabled()
            else self.tr("Only the facts of your own decks can be edited here.")
        )
        if card is None:
            self._flag, self._flag_of = 0, None
        elif card.id != self._flag_of and self.ctx.store is not None:
            self._flag_of = card.id  # read once per card shown, not at every redraw
            try:
                self._flag = self.ctx.store.flags([card.id]).get(card.id, 0)
            except StoreError:
                self._flag = 0
        self._render_flag()

    def _focus_inside(self) -> bool:
        focus = self.focusWidget()
        return focus is not None and self.isAncestorOf(focus)

    def _render_back(self, face: CardFace) -> None:
        highlight = self.palette().color(QPalette.ColorRole.Highlight).name()
        before, span, after = face.statement
        self.answer.setText(face.answer)
        self.statement.setText(
            f'{_esc(before)}<span style="color:{highlight}; font-weight:600">{_esc(span)}</span>'
            f"{_esc(after)}"
        )
        if face.claims:
            rows = "".join(
                f"<p><b>{_esc(c.label)}</b><br>{_esc(c.statement)}</p>" for c in face.claims
            )
            self.claims.setText(
                "<p><b>{}</b></p>{}".format(_esc(self.tr("The articles disagree:")), rows)
            )
            self.claims.show()
        else:
            self.claims.hide()
        self.sources.setText(self.tr("Source: {sources}").format(sources="；".join(face.sources)))
        card = self.session.card if self.session is not None else None
        deck = self.ctx.library.get(card.deck_id) if card is not None else None
        placed = deck is not None and card is not None and place_for(self.ctx, deck, card.fact_id)
        self.article_button.setVisible(bool(placed))

    def _render_finished(self, session: ReviewSession) -> None:
        self.pages.setCurrentWidget(self._done_page)
        self.custom_button.setVisible(self._custom_deck() is not None)
        if session.custom is not None:
            self.done_title.setText(self.tr("Custom study done"))
        else:
            self.done_title.setText(self.tr("Nothing is due now"))
        lines = []
        if session.reviewed:
            lines.append(self.tr("You reviewed %n card(s) in this session.", "", session.reviewed))
        try:
            nxt = session.next_review()
        except StoreError:
            nxt = None
        self._resume_timer.stop()
        if nxt is not None and nxt.learning_at is not None and self.ctx.store is not None:
            wait = nxt.learning_at - self.ctx.store.now()
            lines.append(
                self.tr("A card you are learning comes back in {when}.").format(
                    when=self.interval_text(max(wait, timedelta(minutes=1)))
                )
            )
            if wait <= RESUME_WITHIN:
                self._resume_timer.start(max(1000, int(wait.total_seconds() * 1000)))
        elif nxt is not None and nxt.day is not None:
            days = (nxt.day - nxt.today).days
            if days <= 1:
                lines.append(self.tr("Your next reviews are due tomorrow."))
            else:
                lines.append(
                    self.tr("Your next reviews are due in %n day(s), on {date}.", "", days).format(
                        date=nxt.day.isoformat()
                    )
                )
        else:
            lines.append(self.tr("Nothing else is scheduled yet."))
        if session.counts.new == 0 and self._new_cards_waiting(session):
            lines.append(self.tr("Today's new cards are done; more come tomorrow."))
        self.done_text.setText("\n".join(lines))
        self.done_undo.setVisible(self.can_undo)
        self.undo_rating.setEnabled(self.can_undo)
        self._render_actions(session)
        if self.isVisible():
            self.back_button.setFocus()

    def _custom_deck(self) -> str | None:
        """The deck custom study would be for: the session's, or the only one."""
        if self.ctx.store is None:
            return None
        if self.deck_id is not None:
            return self.deck_id
        decks = self.ctx.library.decks
        return decks[0].id if len(decks) == 1 else None

    def open_custom_study(self) -> None:
        deck_id = self._custom_deck()
        if deck_id is None:
            return
        from studyapp.gui.dialogs.custom_study import CustomStudyDialog

        dialog = CustomStudyDialog(self.ctx, deck_id, self)
        dialog.open()
        self.custom_dialog = dialog

    def _new_cards_waiting(self, session: ReviewSession) -> bool:
        """Whether new cards are held back by the daily limit."""
        store = self.ctx.store
        if store is None:
            return False
        try:
            mastery = store.stats_queries().mastery()
        except StoreError:
            return False
        return any(
            m.new > 0 for m in mastery if session.decks is None or m.deck_id in session.decks
        )
