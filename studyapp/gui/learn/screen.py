"""Learn: rounds in which every fact climbs recognise → recall → produce.

Setup (decks, topics, how many facts, "count as reviews"), the round (the
question of the fact's step, answered with the quiz's keys; the verdict and
where the fact moved; the round's progress per step and per fact) and its end.
The round is :class:`studyapp.core.learn.LearnSession`; it is saved after every
answer in ``DATA_DIR/learn.json``, so leaving the screen or quitting the app
keeps it, and the next visit resumes it.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from datetime import date, datetime, timezone

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.deck.model import Deck
from studyapp.core.errors import StudyError
from studyapp.core.learn import (
    ROUND_SIZES,
    LearnChoices,
    LearnFile,
    LearnRound,
    LearnSession,
    LearnState,
    Step,
    askable,
    load_learn,
    new_round,
    pick_facts,
    save_learn,
)
from studyapp.core.learn.round import RETURN_WITHIN
from studyapp.core.learn.session import MakeQuestion
from studyapp.core.store import FactKey
from studyapp.gui.context import Destination, GuiContext
from studyapp.gui.error_text import error_text
from studyapp.gui.quiz.answers import ENTER, AnswerWidget, answer_widget
from studyapp.gui.quiz.feedback import (
    RIGHT_COLOUR,
    WRONG_COLOUR,
    esc,
    explanation_html,
    right_answer,
    shown_response,
)
from studyapp.gui.screens.base import Screen
from studyapp.gui.widgets.announce import announce, plain
from studyapp.gui.widgets.message_page import message_page

log = logging.getLogger(__name__)
ROLE = Qt.ItemDataRole.UserRole
DOTS = {Step.RECOGNISE: "○○○", Step.RECALL: "●○○", Step.PRODUCE: "●●○", Step.LEARNED: "●●●"}


def _checked(widget: QListWidget) -> list[str]:
    return [
        str(widget.item(r).data(ROLE))
        for r in range(widget.count())
        if widget.item(r).checkState() == Qt.CheckState.Checked
    ]


def step_name(step: Step) -> str:
    return {
        Step.RECOGNISE: QCoreApplication.translate("LearnScreen", "Recognise"),
        Step.RECALL: QCoreApplication.translate("LearnScreen", "Recall"),
        Step.PRODUCE: QCoreApplication.translate("LearnScreen", "Produce"),
        Step.LEARNED: QCoreApplication.translate("LearnScreen", "Learned"),
    }[step]


class LearnScreen(Screen):
    def __init__(
        self,
        ctx: GuiContext,
        parent: QWidget | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
        today: Callable[[], date] = lambda: datetime.now(timezone.utc).date(),
        make: MakeQuestion | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.monotonic = monotonic
        self.rng = rng or random.Random()
        self.today = today
        self._make = make
        self.file: LearnFile | None = None
        self.session: LearnSession | None = None
        self.answer: AnswerWidget | None = None
        self._left = False  # the reader left the round: do not resume it by arriving

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_setup())
        self.stack.addWidget(self._build_run())
        self.stack.addWidget(self._build_done())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.apply_font_size(ctx.settings.font_size)
        self.retranslate()

    # -- building ------------------------------------------------------------------------
    def _build_setup(self) -> QWidget:
        self.setup_page = QWidget()
        self.title = QLabel()
        self.title.setObjectName("screenHeading")
        self.intro = QLabel()
        self.intro.setObjectName("learnIntro")
        self.intro.setWordWrap(True)
        self.decks = QListWidget()
        self.decks.setObjectName("learnDecks")
        self.decks.itemChanged.connect(lambda _i: self._fill_topics())
        self.topics = QListWidget()
        self.topics.setObjectName("learnTopics")
        self.decks_box = QGroupBox()
        QVBoxLayout(self.decks_box).addWidget(self.decks)
        self.topics_box = QGroupBox()
        QVBoxLayout(self.topics_box).addWidget(self.topics)
        lists = QHBoxLayout()
        lists.addWidget(self.decks_box, 1)
        lists.addWidget(self.topics_box, 2)
        self.round_size = QComboBox()
        self.round_size.setObjectName("learnSize")
        for n in ROUND_SIZES:
            self.round_size.addItem(str(n), n)
        self.count_reviews = QCheckBox()
        self.count_reviews.setObjectName("learnCountReviews")
        self.size_label = QLabel()
        self.round_size.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.size_label, self.round_size)
        form.addRow("", self.count_reviews)
        self.resume_text = QLabel()
        self.resume_text.setObjectName("learnResumeText")
        self.resume_text.setWordWrap(True)
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resumeRound")
        self.resume_button.clicked.connect(self.resume)
        resume_row = QHBoxLayout()
        resume_row.addWidget(self.resume_text, 1)
        resume_row.addWidget(self.resume_button)
        self.resume_box = QFrame()
        self.resume_box.setObjectName("claimBox")
        self.resume_box.setLayout(resume_row)
        self.notice = QLabel()
        self.notice.setObjectName("learnNotice")
        self.notice.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startLearn")
        self.start_button.setMinimumHeight(40)
        self.start_button.clicked.connect(self.start_round)
        start_row = QHBoxLayout()
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        layout = QVBoxLayout(self.setup_page)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.resume_box)
        layout.addLayout(lists, 1)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addLayout(start_row)
        return self.setup_page

    def _build_run(self) -> QWidget:
        self.run_page = QWidget()
        self.run_page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.round_label = QLabel()
        self.round_label.setObjectName("learnRound")
        self.steps_label = QLabel()
        self.steps_label.setObjectName("learnSteps")
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.end_button = QPushButton()
        self.end_button.setObjectName("endRound")
        self.end_button.clicked.connect(self.leave_round)
        header = QHBoxLayout()
        header.addWidget(self.round_label)
        header.addSpacing(16)
        header.addWidget(self.steps_label, 1)
        header.addWidget(self.end_button)
        self.progress = QProgressBar()
        self.progress.setObjectName("learnProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)

        self.step_label = QLabel()
        self.step_label.setObjectName("learnStep")
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = QLabel()
        self.prompt.setObjectName("learnPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer_box = QVBoxLayout()
        self.feedback = QLabel()
        self.feedback.setObjectName("learnFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.next_button = QPushButton()
        self.next_button.setObjectName("learnNext")
        self.next_button.setMinimumHeight(44)
        self.next_button.clicked.connect(self.go_on)
        card = QWidget()
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 16, 28, 16)
        card_layout.setSpacing(14)
        card_layout.addWidget(self.step_label)
        card_layout.addWidget(self.prompt)
        card_layout.addLayout(self.answer_box)
        card_layout.addWidget(self.feedback)
        card_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(card)
        question = QWidget()
        q_layout = QVBoxLayout(question)
        q_layout.setContentsMargins(0, 0, 0, 0)
        q_layout.addWidget(scroll, 1)
        q_layout.addWidget(self.next_button)
        self.facts_title = QLabel()
        self.facts_list = QListWidget()
        self.facts_list.setObjectName("learnFacts")
        self.facts_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read, not chosen from
        self.facts_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.facts_list.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.facts_title)
        side_layout.addWidget(self.facts_list, 1)
        body = QSplitter()
        body.addWidget(question)
        body.addWidget(side)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([700, 260])
        body.setChildrenCollapsible(False)
        self.status = QLabel()
        self.status.setObjectName("learnStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {WRONG_COLOUR}")
        layout = QVBoxLayout(self.run_page)
        layout.addLayout(header)
        layout.addWidget(self.progress)
        layout.addWidget(body, 1)
        layout.addWidget(self.status)
        return self.run_page

    def _build_done(self) -> QWidget:
        self.done_title = QLabel()
        self.done_title.setObjectName("doneTitle")
        self.done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_text = QLabel()
        self.done_text.setObjectName("learnDoneText")
        self.done_text.setWordWrap(True)
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.again_button = QPushButton()
        self.again_button.setObjectName("nextRound")
        self.again_button.clicked.connect(self.start_round)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseFacts")
        self.choose_button.clicked.connect(self.show_setup)
        self.done_page = message_page(
            self.done_title, self.done_text, self.again_button, self.choose_button
        )
        return self.done_page

    # -- screen ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Learn"))
        self.run_page.setAccessibleName(self.tr("Learning question"))
        self.intro.setText(
            self.tr(
                "Each fact climbs three steps: recognise the answer among options, recall "
                "it in its sentence, then type it. A right answer moves the fact up; a "
                "wrong one moves it down and brings it back within %n question(s), asked "
                "anew. The round ends when every fact is at the top. Learning does not "
                "change your review schedule.",
                "",
                RETURN_WITHIN,
            )
        )
        self.decks_box.setTitle(self.tr("Decks"))
        self.topics_box.setTitle(self.tr("Topics (none checked: all)"))
        self.size_label.setText(self.tr("Facts per round:"))
        self.count_reviews.setText(
            self.tr("Count my first answer to facts that are due as a review (FSRS)")
        )
        self.resume_button.setText(self.tr("Resume the round (Enter)"))
        self.start_button.setText(self.tr("Start a new round"))
        self.end_button.setText(self.tr("Leave (Esc)"))
        self.end_button.setToolTip(self.tr("The round is kept: come back to go on"))
        self.facts_title.setText(self.tr("This round"))
        self.facts_list.setAccessibleName(self.tr("Facts of this round"))
        self.done_title.setText(self.tr("Round complete"))
        self.again_button.setText(self.tr("Next round (Enter)"))
        self.choose_button.setText(self.tr("Choose other facts"))
        self._render()

    def apply_font_size(self, size: int) -> None:
        self.set_reading_size(self.prompt, 1.0)
        self.set_reading_size(self.feedback, 0.7)

    def refresh(self) -> None:
        """Decks, progress or the script changed."""
        if self.file is None:
            self._load()
        session = self.session
        if session is not None:
            session.decks = {str(d.id): d for d in self.ctx.library.decks}
            session.restyle(self.ctx.script)
            if session.state is LearnState.QUESTION and self.stack.currentWidget() is self.run_page:
                self._render()
                return
        if self.stack.currentWidget() is self.setup_page:
            self._fill_setup()
        self._render()

    def arrive(self, destination: Destination) -> None:
        """Go on with the round under way (also one saved before the app was closed),
        unless the reader left it for the setup."""
        if self.file is None:
            self._load()
        if self.session is not None:
            return
        if self.saved_round is not None and not self._left:
            self.resume()
        else:
            self.show_setup()

    # -- the file -----------------------------------------------------------------------------
    def _load(self) -> None:
        decks: dict[str, Deck] = {d.id: d for d in self.ctx.library.decks}

        def exists(key: FactKey) -> bool:
            deck = decks.get(key.deck_id)
            return deck is not None and deck.has_fact(key.fact_id)

        self.file = load_learn(self.ctx.data_dir, exists)

    def _save(self, round_: LearnRound) -> None:
        file = self.file
        if file is None:
            return
        file.round = round_
        today = self.today().isoformat()
        for p in round_.facts:
            if p.learned:
                file.learned[p.key] = today
        save_learn(self.ctx.data_dir, file)

    @property
    def saved_round(self) -> LearnRound | None:
        file = self.file
        if file is None or file.round is None or file.round.finished:
            return None
        return file.round

    @property
    def make(self) -> MakeQuestion:
        if self._make is None:
            from studyapp.core.questions import make_question

            self._make = make_question
        return self._make

    # -- setup ----------------------------------------------------------------------------------
    def show_setup(self) -> None:
        self.stack.setCurrentWidget(self.setup_page)
        self._fill_setup()
        (self.resume_button if self.saved_round else self.start_button).setFocus()

    def _fill_setup(self) -> None:
        file = self.file or LearnFile()
        choices = file.choices
        self.decks.blockSignals(True)
        self.decks.clear()
        for deck in self.ctx.library.decks:
            item = QListWidgetItem(self.ctx.view(deck).text(deck.title))
            item.setData(ROLE, deck.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            wanted = not choices.decks or deck.id in choices.decks
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            self.decks.addItem(item)
        self.decks.blockSignals(False)
        self._fill_topics(choices.topics)
        self.round_size.setCurrentIndex(max(0, self.round_size.findData(choices.size)))
        has_store = self.ctx.store is not None
        self.count_reviews.setEnabled(has_store)
        self.count_reviews.setChecked(has_store and choices.count_reviews)
        self.count_reviews.setToolTip("" if has_store else self.ctx.store_problem)
        saved = self.saved_round
        self.resume_box.setVisible(saved is not None)
        if saved is not None:
            self.resume_text.setText(
                self.tr("A round is under way: %1 of %2 facts learned, %3 question(s) asked.")
                .replace("%1", str(saved.learned))
                .replace("%2", str(len(saved.facts)))
                .replace("%3", str(saved.asked))
            )

    def _fill_topics(self, chosen: tuple[str, ...] | None = None) -> None:
        keep = set(chosen) if chosen is not None else set(_checked(self.topics))
        decks = set(_checked(self.decks))
        self.topics.clear()
        for deck in self.ctx.library.decks:
            if deck.id not in decks:
                continue
            view = self.ctx.view(deck)
            for topic in deck.topics.values():
                item = QListWidgetItem(view.text(topic.title))
                item.setData(ROLE, topic.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = topic.id in keep
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.topics.addItem(item)

    def choices(self) -> LearnChoices:
        every = [d.id for d in self.ctx.library.decks]
        decks = _checked(self.decks)
        return LearnChoices(
            decks=() if sorted(decks) == sorted(every) else tuple(decks),
            topics=tuple(_checked(self.topics)),
            size=int(self.round_size.currentData() or ROUND_SIZES[1]),
            count_reviews=self.count_reviews.isChecked() and self.ctx.store is not None,
        )

    # -- rounds ---------------------------------------------------------------------------------
    def start_round(self) -> None:
        if self.file is None:
            self._load()
        file = self.file
        assert file is not None
        if self.stack.currentWidget() is self.setup_page:
            file.choices = self.choices()
        choices = file.choices
        if self.stack.currentWidget() is self.setup_page and not _checked(self.decks):
            self.notice.setText(self.tr("Choose at least one deck."))
            return
        make = self.make
        picked = pick_facts(
            self.ctx.library.decks, choices, file.learned, lambda d, f: askable(make, d, f)
        )
        if not picked:
            self.show_setup()
            self.notice.setText(self.tr("No facts to learn in these decks and topics."))
            return
        self.notice.setText("")
        started = datetime.now(timezone.utc).isoformat(timespec="seconds")
        round_ = new_round(
            picked,
            seed=self.rng.randrange(1, 2**31),
            count_reviews=choices.count_reviews,
            decks=choices.decks,
            topics=choices.topics,
            started=started,
        )
        self._play(round_)

    def resume(self) -> None:
        saved = self.saved_round
        if saved is not None:
            self._play(saved)

    def _play(self, round_: LearnRound) -> None:
        decks: dict[str, Deck] = {d.id: d for d in self.ctx.library.decks}
        self.session = LearnSession(
            round_,
            decks,
            self.ctx.script,
            make=self.make,
            monotonic=self.monotonic,
            save=self._save,
            reviews=self.ctx.store if round_.count_reviews else None,
            on_change=lambda _s: self._render(),
        )
        self._left = False
        self.stack.setCurrentWidget(self.run_page)
        self.session.start()

    def leave_round(self) -> None:
        """Back to the setup; the round stays saved and can be resumed."""
        self.session = None
        self._left = True
        self._clear_answer()
        self.show_setup()

    def go_on(self) -> None:
        session = self.session
        if session is not None and session.state is LearnState.ANSWERED:
            session.next()

    def _submit(self, response: object) -> None:
        session = self.session
        if session is None or session.state is not LearnState.QUESTION:
            return
        session.answer(response)  # type: ignore[arg-type]
        if session.round.count_reviews and session.reviewed:
            self.ctx.notify_progress()

    def _skip(self) -> None:
        self._submit(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        page = self.stack.currentWidget()
        session = self.session
        if page is self.run_page and session is not None:
            if key == Qt.Key.Key_Escape:
                self.leave_round()
                return
            if session.state is LearnState.ANSWERED and key in (*ENTER, Qt.Key.Key_Space):
                self.go_on()
                return
            if (
                session.state is LearnState.QUESTION
                and self.answer is not None
                and self.answer.handle_key(event)
            ):
                return
        elif page is self.setup_page and key in ENTER:
            (self.resume if self.saved_round else self.start_round)()
            return
        elif page is self.done_page and key in ENTER:
            self.start_round()
            return
        super().keyPressEvent(event)

    # -- drawing ------------------------------------------------------------------------------------
    def _render(self) -> None:
        session = self.session
        if session is None:
            return
        if session.state is LearnState.FINISHED:
            self._render_done(session)
            return
        self.stack.setCurrentWidget(self.run_page)
        self._render_progress(session)
        if session.state is LearnState.QUESTION:
            self._render_question(session)
        else:
            self._render_verdict(session)

    def _render_progress(self, session: LearnSession) -> None:
        rnd = session.round
        self.round_label.setText(
            self.tr("%1 of %2 facts learned")
            .replace("%1", str(rnd.learned))
            .replace("%2", str(len(rnd.facts)))
        )
        counts = rnd.counts()
        self.steps_label.setText(
            " · ".join(f"{esc(step_name(s))} <b>{counts[s]}</b>" for s in Step)
        )
        self.progress.setRange(0, rnd.steps_to_climb)
        self.progress.setValue(rnd.climbed)
        current = session.current
        self.facts_list.clear()
        for p in rnd.facts:
            fact = session.fact_of(p.key)
            deck = session.decks.get(p.key.deck_id)
            if fact is None or deck is None:
                continue
            view = self.ctx.view(deck)
            name = view.gist(fact) or view.question(fact)
            back = "  ↺" if p.back_by is not None and not p.learned else ""
            item = QListWidgetItem(f"{DOTS[p.step]}  {name}{back}")
            item.setToolTip(step_name(p.step))
            if current is not None and p.key == current.key:
                font = QFont(self.facts_list.font())
                font.setBold(True)
                item.setFont(font)
            self.facts_list.addItem(item)
        problems = []
        if session.save_error is not None:
            problems.append(
                self.tr("The round could not be saved, so it cannot be resumed: %1").replace(
                    "%1", self._error(session.save_error)
                )
            )
        if session.review_error is not None:
            problems.append(
                self.tr("Answers could not be counted as reviews: %1").replace(
                    "%1", error_text(session.review_error)
                )
            )
        self.status.setText("\n".join(problems))
        self.status.setVisible(bool(problems))

    def _error(self, exc: OSError | StudyError) -> str:
        return error_text(exc) if isinstance(exc, StudyError) else str(exc)

    def _step_text(self, step: Step) -> str:
        return (
            self.tr("Step %1 of 3 · %2")
            .replace("%1", str(min(int(step), 2) + 1))
            .replace("%2", step_name(step))
        )

    def _clear_answer(self) -> None:
        if self.answer is not None:
            self.answer_box.removeWidget(self.answer)
            self.answer.hide()
            self.answer.deleteLater()
            self.answer = None

    def _render_question(self, session: LearnSession) -> None:
        question = session.question
        assert question is not None
        self.step_label.setText(self._step_text(session.step))
        self.prompt.setText(question.prompt)
        self.run_page.setAccessibleDescription(question.prompt)  # said with the focus
        self.feedback.hide()
        self.next_button.hide()
        shown = getattr(self.answer, "question", None)
        if shown is question and self.answer is not None:
            return
        self._clear_answer()
        self.answer = answer_widget(question, self.reading_font())
        self.answer.submitted.connect(self._submit)
        self.answer.skipped.connect(self._skip)
        self.answer_box.addWidget(self.answer)
        if self.isVisible():
            (self.answer.focus_target() or self.run_page).setFocus()

    def _render_verdict(self, session: LearnSession) -> None:
        move, question = session.last_move, session.question
        assert move is not None and question is not None
        self._clear_answer()
        self.step_label.setText(self._step_text(move.before))
        self.prompt.setText(question.prompt)
        right_word, wrong_word = self.tr("Right"), self.tr("Not yet")
        if move.right:
            verdict = (
                f'<span style="color:{RIGHT_COLOUR}; font-weight:bold">✓ {esc(right_word)}</span>'
            )
            if move.after is Step.LEARNED:
                where = self.tr("Learned: this fact is at the top.")
            else:
                where = self.tr("Up to %1.").replace("%1", step_name(move.after))
        else:
            verdict = (
                f'<span style="color:{WRONG_COLOUR}; font-weight:bold">✗ {esc(wrong_word)}</span>'
            )
            yours = self.tr("Your answer: %1").replace(
                "%1", shown_response(question, session.last_response)
            )
            verdict += "　　" + esc(yours)
            where = self.tr(
                "Back to %1; it comes back within %n question(s), asked anew.", "", RETURN_WITHIN
            ).replace("%1", step_name(move.after))
        answer = self.tr("Answer: %1").replace("%1", right_answer(question))
        self.feedback.setText(
            f"<p>{verdict}</p><p><b>{esc(answer)}</b></p><p>{esc(where)}</p>"
            + explanation_html(question)
        )
        self.feedback.show()
        announce(self.feedback, plain(self.feedback.text()))
        last = session.round.finished
        self.next_button.setText(
            self.tr("See the round's end (Enter)") if last else self.tr("Next question (Enter)")
        )
        self.next_button.show()
        if self.isVisible():
            self.next_button.setFocus()

    def _render_done(self, session: LearnSession) -> None:
        self._clear_answer()
        rnd = session.round
        lines = [
            self.tr("You learned %n fact(s) in %1 questions, with %2 mistakes.", "", len(rnd.facts))
            .replace("%1", str(rnd.asked))
            .replace("%2", str(rnd.mistakes))
        ]
        if rnd.count_reviews:
            lines.append(self.tr("%n review(s) of due cards were recorded.", "", session.reviewed))
        else:
            lines.append(self.tr("Your review schedule was not changed."))
        self.done_text.setText("\n".join(lines))
        self.stack.setCurrentWidget(self.done_page)
        if self.isVisible():
            self.again_button.setFocus()
