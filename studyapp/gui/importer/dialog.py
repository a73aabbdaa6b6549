"""Import an article: read it, review the drafted facts, keep the good ones as a deck.

The article is read and drafted in a worker (``ctx.tasks``); the reader then
goes through the drafts (A accept, R reject, U undecided, J/K or the arrows to
move, Ctrl+Z to undo), edits what needs it, and saves the accepted drafts as a
user deck in ``DATA_DIR/decks``. After saving, ``ctx.reload_library()`` makes
the deck appear at once everywhere. Decisions not yet saved are kept in the
drafts file (``DATA_DIR/imports``) when the dialog closes, and come back when
the same article is opened again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.deck.view import DeckView
from studyapp.core.importer.confidence import DOUBT_LIMIT
from studyapp.core.importer.drafts import DraftStatus, valid_id
from studyapp.core.importer.editing import DraftEditError, draft_error
from studyapp.core.importer.pending import PendingError, save_pending
from studyapp.core.importer.triage import Change, Prepared, Triage, keep_decisions, prepare
from studyapp.core.importer.userdeck import UserDeckError, save_session
from studyapp.gui.context import GuiContext
from studyapp.gui.error_text import error_text
from studyapp.gui.importer.article_view import ArticleView
from studyapp.gui.importer.draft_list import DraftList
from studyapp.gui.importer.editor import DraftEditor
from studyapp.gui.worker import Task, TaskCancelled

log = logging.getLogger(__name__)


class ImportDialog(QDialog):
    loaded = Signal()  # an article's drafts are on screen
    failed = Signal(str)  # an article could not be read (the message shown)
    saved = Signal(str)  # the deck file written

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.ctx = ctx
        self.state: Triage | None = None
        self.last_error: QMessageBox | None = None
        self._task: Task | None = None
        self._then_save = False
        self._then_more = False  # the reading under way shows the held-back drafts too
        self._path = Path()
        #: Accepted drafts the last save found invalid: why, in the reader's language.
        self.invalid: dict[str, str] = {}
        self.resize(1200, 780)
        self._build()
        self.retranslate()
        self._update()

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setObjectName("importBusy")
        self.busy.setMaximumWidth(220)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_reading)
        self.cancel_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.busy)
        top.addWidget(self.cancel_button)

        self.article = ArticleView()
        self.article.sentence_clicked.connect(self._select)
        self.drafts = DraftList()
        self.drafts.currentRowChanged.connect(self._current_changed)
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(lambda: self.decide(DraftStatus.ACCEPTED))
        self.reject_button = QPushButton()
        self.reject_button.clicked.connect(lambda: self.decide(DraftStatus.REJECTED))
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(lambda: self.decide(DraftStatus.PENDING))
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo)
        decide = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.reset_button):
            decide.addWidget(button)
        decide.addStretch(1)
        decide.addWidget(self.undo_button)
        self.editor = DraftEditor()
        self.editor.span_chosen.connect(self._span_chosen)
        self.editor.edit_requested.connect(self._edit_requested)
        self.editor.fact_link.connect(self.show_fact)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.counts)
        right_layout.addWidget(self.drafts, 3)
        self.more_button = QPushButton()
        self.more_button.setObjectName("importShowHeldBack")
        self.more_button.clicked.connect(self.show_held_back)
        self.more_button.hide()
        right_layout.addWidget(self.more_button)
        right_layout.addLayout(decide)
        right_layout.addWidget(self.editor, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.article)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)

        self.title_label = QLabel()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("importDeckTitle")
        self.id_label = QLabel()
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("importDeckId")
        self.id_edit.setMaximumWidth(260)
        self.save_button = QPushButton()
        self.save_button.setObjectName("importSave")
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.title_label)
        bottom.addWidget(self.title_edit, 2)
        bottom.addWidget(self.id_label)
        bottom.addWidget(self.id_edit, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)
        for widget in (self.drafts, self.article):
            widget.installEventFilter(self)
        font = QFont(self.article.font())
        font.setPointSizeF(max(9.0, self.ctx.settings.font_size * 0.7))
        self.article.setFont(font)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import an article"))
        self.open_button.setText(self.tr("Open article…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.accept_button.setText(self.tr("Accept (A)"))
        self.reject_button.setText(self.tr("Reject (R)"))
        self.reset_button.setText(self.tr("Undecided (U)"))
        self.undo_button.setText(self.tr("Undo (Ctrl+Z)"))
        self.title_label.setText(self.tr("Deck name:"))
        self.title_edit.setAccessibleName(self.tr("Deck name"))
        self.id_edit.setAccessibleName(self.tr("Deck id"))
        self.drafts.setAccessibleName(self.tr("Draft facts"))
        self.article.setAccessibleName(self.tr("Article"))
        self.id_label.setText(self.tr("Deck id:"))
        self.save_button.setText(self.tr("Save deck"))
        self.more_button.setToolTip(
            self.tr(
                "Drafts a careful reader would likely find poor or wrong are held back. "
                "Show them too; Ctrl+Z hides them again."
            )
        )
        self.close_button.setText(self.tr("Close"))
        self.article.set_hint(
            self.tr(
                "Open an article (.md, .txt or .html) to draft facts from it. Sentences "
                "with a date, a number, a name or a quotation become draft facts; keep the "
                "ones worth learning."
            )
        )
        self.editor.retranslate()
        self.drafts.forget()
        self._show_session()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- opening -------------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = self.ctx.settings.import_folder
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open an article"),
            folder,
            self.tr(
                "Articles (*.md *.markdown *.txt *.text *.html *.htm *.xhtml);;"
                "Drafts from studyapp import (*.json);;All files (*)"
            ),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path, deck_id: str | None = None) -> None:
        """Read ``path`` in the background; the drafts appear when it is done."""
        path = Path(path)
        self.ctx.settings.import_folder = str(path.parent)
        self._start(path, deck_id)
        self.status.setText(self.tr("Reading {name}…").format(name=path.name))

    def _start(self, path: Path, deck_id: str | None, doubt_limit: float = DOUBT_LIMIT) -> None:
        if self._task is not None:
            self._task.cancel()
        decks = list(self.ctx.library.decks)
        data_dir = self.ctx.data_dir
        today = date.today()

        def work(progress: Any) -> Prepared:
            return prepare(
                path,
                decks,
                data_dir,
                today=today,
                deck_id=deck_id,
                progress=progress,
                doubt_limit=doubt_limit,
            )

        # Each handler names its reading, so a late answer of a cancelled or replaced
        # one is ignored. Handlers run on a later turn of the event loop, when ``task``
        # below is bound.
        task = self.ctx.tasks.start(
            "import-article",
            work,
            on_progress=lambda done, total: self._progress(task, done, total),
            on_success=lambda result: self._prepared(task, result),
            on_failure=lambda exc: self._read_failed(task, exc),
        )
        self._task = task
        self._path = path
        self.busy.setRange(0, 0)
        self.busy.show()
        self.cancel_button.show()
        self.open_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def show_held_back(self) -> None:
        """Draft the article again with every draft, keeping the decisions made so far."""
        state = self.state
        if state is None or self._task is not None or not self._can_show_held_back():
            return
        self._then_more = True
        self._start(Path(state.session.article_path), state.session.deck_id, doubt_limit=1.0)
        self.status.setText(self.tr("Drafting the held-back drafts…"))

    def _can_show_held_back(self) -> bool:
        state = self.state
        return (
            state is not None
            and state.session.held_back > 0
            and bool(state.session.article_path)
            and Path(state.session.article_path).is_file()
        )

    def cancel_reading(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._reading_done()
        self._then_save = False
        self._then_more = False
        self.status.setText(self.tr("Reading cancelled."))

    def _reading_done(self) -> None:
        self._task = None
        self.busy.hide()
        self.cancel_button.hide()
        self.open_button.setEnabled(True)
        self._update()

    def _progress(self, task: Task, done: int, total: int) -> None:
        if task is self._task and total:
            self.busy.setRange(0, total)
            self.busy.setValue(done)

    def _prepared(self, task: Task, prepared: object) -> None:
        if task is not self._task or not isinstance(prepared, Prepared):
            return
        self._reading_done()
        if self._then_more and self.state is not None:
            self._then_more = False
            added = self.state.show_held_back(prepared.session)
            self._show_session()
            self.status.setText(
                self.tr(
                    "%n more draft(s) shown: a careful reader would likely find them poor "
                    "or wrong. Ctrl+Z hides them again.",
                    "",
                    added,
                )
            )
            self.loaded.emit()
            return
        if self._then_save and self.state is not None:
            self._then_save = False
            self.state.replace(keep_decisions(self.state.session, prepared.session))
            self._show_session()
            self.save()
            return
        self._keep_pending()
        self.state = Triage(prepared)
        self.editor.clear_problem()
        self.article.set_text(prepared.session.document.text)
        self.drafts.clear()
        self._show_session()
        if self.drafts.count():
            self.drafts.setCurrentRow(0)
        self.drafts.setFocus()
        session = prepared.session
        self.title_edit.setText(session.deck_title)
        self.id_edit.setText(session.deck_id)
        self.file_label.setText(session.article_path or str(self._path))
        message = self.tr("{count} draft facts from “{title}”.").format(
            count=len(session.drafts), title=session.source.title
        )
        if not session.drafts and not session.held_back:
            message = self.tr(
                "No facts could be drafted from “{title}”: no sentence in it states something "
                "to ask about (a line without a full stop is read as a heading)."
            ).format(title=session.source.title)
        if session.held_back:
            message += " " + self.tr(
                "%n more held back as likely poor: “Show held-back drafts” brings them in.",
                "",
                session.held_back,
            )
        if prepared.existing:
            message += " " + self.tr(
                "Facts already in your deck “{deck}” are shown as accepted; editing them "
                "keeps their review history."
            ).format(deck=session.deck_title)
        if prepared.resumed:
            message += " " + self.tr("{count} earlier decisions were kept.").format(
                count=prepared.resumed
            )
        self.status.setText(message)
        self._update()
        self.loaded.emit()

    def _read_failed(self, task: Task, exc: object) -> None:
        if task is not self._task:
            return
        self._reading_done()
        self._then_save = False
        if isinstance(exc, TaskCancelled):
            return
        text = self._error_text(exc)
        self.status.setText("")
        self.show_error(self.tr("The article could not be imported"), text)
        self.failed.emit(text)

    def _error_text(self, exc: object) -> str:
        if isinstance(exc, BaseException):
            return error_text(exc)
        return self.tr("The article could not be turned into drafts.")

    # -- showing -------------------------------------------------------------------------
    def _show_session(self) -> None:
        state = self.state
        if state is None:
            return
        current = self.drafts.current_id()
        self._recheck()
        self.drafts.set_problems(self.invalid)
        self.drafts.set_doubted(frozenset(state.session.doubted))
        self.drafts.set_drafts(state.drafts)
        if current:
            self._show_current()
        else:
            self.article.set_drafts(state.drafts)
        self._update()

    def _current_changed(self, _row: int) -> None:
        self._show_current()

    def _show_current(self) -> None:
        state = self.state
        draft_id = self.drafts.current_id()
        if state is None or not draft_id:
            self.editor.show_draft(None, None)
            return
        draft = state.draft(draft_id)
        self.editor.show_draft(draft, state.session)
        if draft_id in self.invalid:
            self.editor.show_problem(self.invalid[draft_id])
        self.article.show_draft(draft, state.drafts)
        self._update()

    def _select(self, draft_id: str) -> None:
        self.drafts.select_id(draft_id)

    def _update(self) -> None:
        state = self.state
        reading = self._task is not None
        has = state is not None and bool(self.drafts.current_id())
        for button in (self.accept_button, self.reject_button, self.reset_button):
            button.setEnabled(has and not reading)
        can_undo = state is not None and state.can_undo and not reading
        self.undo_button.setEnabled(can_undo)
        self.undo_action.setEnabled(can_undo)
        self.save_button.setEnabled(state is not None and not reading)
        more = self._can_show_held_back()
        self.more_button.setVisible(more)
        self.more_button.setEnabled(more and not reading)
        if state is not None and more:
            self.more_button.setText(
                self.tr("Show %n held-back draft(s)", "", state.session.held_back)
            )
        self.title_edit.setEnabled(state is not None)
        self.id_edit.setEnabled(state is not None)
        if state is None:
            self.counts.setText("")
            return
        c = state.session.counts()
        self.counts.setText(
            self.tr("{accepted} accepted · {rejected} rejected · {pending} pending").format(
                accepted=c[DraftStatus.ACCEPTED],
                rejected=c[DraftStatus.REJECTED],
                pending=c[DraftStatus.PENDING],
            )
        )
        existing = self.ctx.library.get(state.session.deck_id)
        self.title_edit.setReadOnly(existing is not None)
        self.title_edit.setToolTip(
            self.tr("The deck exists already; its name stays.") if existing is not None else ""
        )

    # -- deciding and editing --------------------------------------------------------------
    def decide(self, status: DraftStatus) -> None:
        state = self.state
        draft_id = self.drafts.current_id()
        if state is None or not draft_id or self._task is not None:
            return
        if state.set_status(draft_id, status):
            self._show_session()
        if status is not DraftStatus.PENDING:
            self.drafts.step(1)

    def undo(self) -> None:
        state = self.state
        if state is None or self._task is not None:
            return
        step = state.undo()
        if step is None:
            return
        self.editor.clear_problem()
        self._show_session()
        if step.draft_id:
            self.drafts.select_id(step.draft_id)
        if step.change is Change.DECK:
            self.title_edit.setText(state.session.deck_title)
            self.id_edit.setText(state.session.deck_id)
        names = {
            Change.ACCEPT: self.tr("Undone: accept."),
            Change.REJECT: self.tr("Undone: reject."),
            Change.RESET: self.tr("Undone: undecided."),
            Change.EDIT: self.tr("Undone: edit."),
            Change.DECK: self.tr("Undone: deck change."),
            Change.MORE: self.tr("Undone: the held-back drafts are hidden again."),
        }
        self.status.setText(names[step.change])

    def _span_chosen(self, span: str, start: int) -> None:
        self._edit({"span": span, "span_start": start})

    def _edit_requested(self, changes: dict[str, Any]) -> None:
        self._edit(changes)

    def _edit(self, changes: dict[str, Any]) -> None:
        state = self.state
        draft_id = self.drafts.current_id()
        if state is None or not draft_id:
            return
        try:
            changed = state.edit(draft_id, **changes)
        except DraftEditError as exc:
            self.editor.show_problem(error_text(exc))
            return
        self.editor.clear_problem()
        if changed:
            self._show_session()
            self.status.setText(self.tr("Edited; Ctrl+Z undoes it."))
            if draft_id in self.invalid:  # edited, and still not right
                self.editor.show_problem(self.invalid[draft_id])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._key(event)
        ):
            return True
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return True
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        actions = {
            Qt.Key.Key_A: lambda: self.decide(DraftStatus.ACCEPTED),
            Qt.Key.Key_R: lambda: self.decide(DraftStatus.REJECTED),
            Qt.Key.Key_U: lambda: self.decide(DraftStatus.PENDING),
            Qt.Key.Key_J: lambda: self.drafts.step(1),
            Qt.Key.Key_K: lambda: self.drafts.step(-1),
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            return False
        action()
        return True

    # -- existing facts ------------------------------------------------------------------------
    def show_fact(self, ref: str) -> None:
        """Show the fact a draft repeats or contradicts ("deck/fact")."""
        deck_id, _, fact_id = ref.partition("/")
        deck = self.ctx.library.get(deck_id)
        if deck is None or not deck.has_fact(fact_id):
            return
        script = self.state.session.script if self.state else self.ctx.script
        view = DeckView(deck, script)
        fact = deck.fact(fact_id)
        lines = [
            self.tr("Question: {text}").format(text=view.question(fact)),
            self.tr("Answer: {text}").format(text=view.fact_answer(fact)),
            self.tr("Statement: {text}").format(text=view.statement(fact)),
            self.tr("Sources: {text}").format(
                text="; ".join(view.source_label(s) for s in fact.sources)
            ),
        ]
        box = QMessageBox(self)
        box.setObjectName("importFact")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(
            self.tr("{deck} / {fact}").format(deck=view.text(deck.title), fact=fact_id)
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("\n".join(lines))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        state = self.state
        if state is None or self._task is not None:
            return
        deck_id = self.id_edit.text().strip()
        title = " ".join(self.title_edit.text().split()) or state.session.deck_title
        if not valid_id(deck_id):
            self.show_error(
                self.tr("The deck was not saved"),
                self.tr(
                    "A deck id is made of lower-case letters, digits, '.', '_' or '-' and "
                    "starts with a letter or a digit, such as import-my-article."
                ),
            )
            return
        target = self.ctx.library.get(deck_id)
        if target is not None and target.builtin:
            self.show_error(
                self.tr("The deck was not saved"),
                self.tr("“{id}” is a built-in deck. Choose another id for your deck.").format(
                    id=deck_id
                ),
            )
            return
        if deck_id != state.session.deck_id and target is not None:
            # Adding to another deck of yours: draft the article again against it, keeping
            # the decisions made here, then save.
            if not state.session.article_path or not Path(state.session.article_path).is_file():
                self.show_error(
                    self.tr("The deck was not saved"),
                    self.tr("The article is needed to add its facts to “{id}”.").format(id=deck_id),
                )
                return
            self._then_save = True
            self._start(Path(state.session.article_path), deck_id)
            self.status.setText(self.tr("Comparing with your deck “{id}”…").format(id=deck_id))
            return
        if target is None:
            state.rename(deck_id, title)
        if self._point_at_invalid(state):
            return
        session = state.session
        try:
            deck, path = save_session(self.ctx.data_dir, session, self.ctx.library.decks)
        except UserDeckError as exc:
            self.show_error(self.tr("The deck was not saved"), error_text(exc))
            return
        except OSError as exc:
            self.show_error(self.tr("The deck was not saved"), error_text(exc))
            return
        state.mark_saved()
        try:
            save_pending(self.ctx.data_dir, session)
        except (OSError, PendingError):
            log.warning("could not update the drafts file", exc_info=True)
        self.ctx.reload_library()
        self.title_edit.setText(deck.title)
        self._update()
        self.status.setText(
            self.tr("Saved {count} facts to your deck “{title}” ({path}).").format(
                count=len(deck.facts), title=deck.title, path=path
            )
        )
        self.saved.emit(str(path))

    def _recheck(self) -> None:
        """Forget the problems of drafts that were fixed, dropped or undone."""
        state = self.state
        if state is None or not self.invalid:
            return
        session = state.session
        still: dict[str, str] = {}
        ids = {d.id for d in session.drafts}
        for draft_id in (i for i in self.invalid if i in ids):
            draft = session.draft(draft_id)
            error = draft_error(session, draft) if draft.status is DraftStatus.ACCEPTED else None
            if error is not None:
                still[draft_id] = error_text(error)
        self.invalid = still

    def _point_at_invalid(self, state: Triage) -> bool:
        """If accepted drafts cannot be saved, select the first, say why and offer to fix
        it or leave them out (then the others are saved); True when it did."""
        bad = state.invalid()
        self.invalid = {d.id: error_text(error) for d, error in bad}
        if not bad:
            self.drafts.set_problems(self.invalid)
            return False
        self._show_session()
        first = bad[0][0]
        self.drafts.select_id(first.id)
        self._show_current()
        self.status.setText(
            self.tr(
                "%n accepted draft(s) cannot be saved as they are (marked ⚠ in the list). "
                "Fix them, or leave them out and save the others.",
                "",
                len(bad),
            )
        )
        box = QMessageBox(self)
        box.setObjectName("importInvalid")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("A draft cannot be saved"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("“{question}” cannot be saved as a fact: {why}").format(
                question=first.question or first.plain, why=self.invalid[first.id]
            )
        )
        if len(bad) > 1:
            box.setInformativeText(
                self.tr("%n other accepted draft(s) cannot be saved either.", "", len(bad) - 1)
            )
        self.fix_button = box.addButton(self.tr("Fix it"), QMessageBox.ButtonRole.RejectRole)
        self.leave_out_button = box.addButton(
            self.tr("Leave %n out and save the others", "", len(bad)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(self.fix_button)
        box.setEscapeButton(self.fix_button)
        ids = [d.id for d, _error in bad]
        box.buttonClicked.connect(
            lambda button: self.leave_out(ids) if button is self.leave_out_button else None
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_error = box
        return True

    def leave_out(self, draft_ids: Sequence[str]) -> None:
        """Reject the drafts that cannot be saved (Ctrl+Z brings them back), then save."""
        state = self.state
        if state is None or not state.drop(draft_ids):
            return
        self._show_session()
        self.save()

    def _keep_pending(self) -> None:
        """Keep unsaved decisions in the drafts file, to be resumed."""
        state = self.state
        if state is None or not state.unsaved:
            return
        try:
            save_pending(self.ctx.data_dir, state.session)
            state.mark_saved(state.session)
        except (OSError, PendingError):
            log.warning("could not keep the import decisions", exc_info=True)

    # -- errors and closing --------------------------------------------------------------------
    def show_error(self, title: str, text: str) -> QMessageBox:
        """A warning in plain words (never a traceback), without blocking."""
        box = QMessageBox(self)
        box.setObjectName("importError")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_error = box
        return box

    def closeEvent(self, event: QCloseEvent) -> None:
        self._finish()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._finish()
        super().done(result)

    def _finish(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._keep_pending()
