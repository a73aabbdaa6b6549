"""The Quiz screen: setup → quiz → results (→ retry my mistakes), the history and
the Match game, one view each in a stack.

This page wires the views to the Qt-free core (:mod:`studyapp.core.quiz`) and
to the context: decks, the progress store (quizzes still run without one, they
are just not saved), the study script (content follows 繁/简 live, even
mid-question) and the remembered setup.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QInputDialog, QStackedWidget, QVBoxLayout, QWidget

from studyapp.core.deck.model import Deck, Script
from studyapp.core.deck.view import converter_for
from studyapp.core.questions.model import Question
from studyapp.core.quiz import (
    MatchGame,
    QuizSession,
    QuizSetup,
    QuizState,
    Selection,
    build_questions,
    due_weak_weights,
    mistake_facts,
    new_game,
    pair_of,
    question_in_script,
    results_of,
)
from studyapp.core.quiz.selection import Generate, chosen_decks, push_back
from studyapp.core.store import DueNow, FactKey, StoreError
from studyapp.gui.context import GuiContext
from studyapp.gui.error_text import error_text
from studyapp.gui.i18n import join_sentences
from studyapp.gui.screens.base import Screen
from studyapp.gui.widgets.story import place_for, show_in_article

from .history_view import HistoryView
from .match_view import MatchView
from .results_view import ResultsView
from .run_view import RunView
from .setup_view import SetupView

if TYPE_CHECKING:
    from studyapp.gui.context import Destination

log = logging.getLogger(__name__)
HISTORY_LIMIT = 500
CHOSEN_MIN, CHOSEN_MAX = 3, 10  # questions in a quiz on facts chosen elsewhere


def _default_generate() -> Generate:
    from studyapp.core.questions import generate

    return generate


class QuizPage(Screen):
    def __init__(
        self,
        ctx: GuiContext,
        parent: QWidget | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        generate: Generate | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.monotonic = monotonic
        self._generate = generate
        self.rng = rng or random.Random()
        self.session: QuizSession | None = None  # the quiz being taken or last taken
        self.match_game: MatchGame | None = None
        self._sent_to_review: QuizSession | None = None  # whose mistakes are due already
        self._match_deck: Deck | None = None

        self.setup_view = SetupView(ctx, QuizSetup.from_dict(ctx.settings.quiz_setup))
        self.run_view = RunView(self.reading_font())
        self.results_view = ResultsView()
        self.history_view = HistoryView()
        self.match_view = MatchView()
        self.stack = QStackedWidget()
        for view in (
            self.setup_view,
            self.run_view,
            self.results_view,
            self.history_view,
            self.match_view,
        ):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.setup_view.start_requested.connect(self.start)
        self.setup_view.history_requested.connect(self.show_history)
        self.setup_view.match_requested.connect(self.show_match)
        self.run_view.finished.connect(self._finished)
        self.run_view.located = self._located
        self.run_view.topic_title = self._topic_title
        self.results_view.located = self._located
        self.run_view.article_requested.connect(self._show_in_article)
        self.results_view.article_requested.connect(self._show_in_article)
        self.results_view.retry_requested.connect(self.retry_mistakes)
        self.results_view.review_requested.connect(self.mistakes_to_review)
        self.results_view.new_quiz_requested.connect(self.show_setup)
        self.results_view.history_requested.connect(self.show_history)
        self.results_view.overrule_requested.connect(self.overrule)
        self.results_view.report_requested.connect(self.report)
        self.run_view.overrule_requested.connect(self.overrule)
        self.run_view.report_requested.connect(self.report)
        self.history_view.back_requested.connect(self.show_setup)
        self.history_view.attempt_requested.connect(self.open_attempt)
        self.match_view.new_game_requested.connect(self.new_match)
        self.match_view.back_requested.connect(self.show_setup)
        self.match_view.finished.connect(self._match_finished)
        self.match_view.deck.currentIndexChanged.connect(lambda _i: self._match_deck_chosen())
        self.apply_font_size(ctx.settings.font_size)

    # -- Screen ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        for view in (
            self.setup_view,
            self.run_view,
            self.results_view,
            self.history_view,
            self.match_view,
        ):
            view.retranslate()

    def refresh(self) -> None:
        """The script, the decks or the progress changed: redraw what is shown."""
        self.setup_view.refresh()
        session = self.session
        if session is not None and session.recorder not in (None, self.ctx.store):
            session.recorder = None  # the progress was restored: this quiz is not saved
        if session is not None:
            script = self.ctx.script
            # only a new script redraws the question (and drops a half-typed answer)
            session.restyle(lambda q: self._in_script(q, script))
            if self.stack.currentWidget() is self.run_view:
                self.run_view.redraw()
            elif self.stack.currentWidget() is self.results_view:
                self._show_results(session)
        if self.stack.currentWidget() is self.history_view:
            self.show_history()
        self._retext_match()

    def apply_font_size(self, size: int) -> None:
        font = self.reading_font()
        self.run_view.set_content_font(font)
        self.results_view.set_content_font(font)

    def hideEvent(self, event: QHideEvent) -> None:
        # leaving the screen mid-question stops the clock
        s = self.session
        if s is not None and s.state in (QuizState.QUESTION, QuizState.ANSWERED):
            s.pause()
        super().hideEvent(event)

    # -- helpers ---------------------------------------------------------------------------
    def _in_script(self, question: Question, script: Script) -> Question:
        deck = self.ctx.library.get(question.deck_id)
        if deck is None:
            return question
        return question_in_script(question, script, converter_for(deck).convert)

    def _topic_title(self, deck_id: str, topic_id: str) -> str:
        deck = self.ctx.library.get(deck_id)
        return self.ctx.view(deck).topic_title(topic_id) if deck is not None else topic_id

    def _deck_title(self, deck_id: str) -> str:
        deck = self.ctx.library.get(deck_id)
        return self.ctx.view(deck).text(deck.title) if deck is not None else deck_id

    def _located(self, deck_id: str, fact_id: str) -> bool:
        deck = self.ctx.library.get(deck_id)
        return deck is not None and place_for(self.ctx, deck, fact_id) is not None

    def _show_in_article(self, deck_id: str, fact_id: str) -> None:
        s = self.session
        if s is not None and s.state in (QuizState.QUESTION, QuizState.ANSWERED):
            s.pause()  # the quiz waits (its clock stopped) until the reader is back
        show_in_article(self.ctx, deck_id, fact_id)

    def generate(self) -> Generate:
        if self._generate is None:
            self._generate = _default_generate()
        return self._generate

    # -- setup → quiz -------------------------------------------------------------------------
    def show_setup(self) -> None:
        self.match_view.timer.stop()
        self.setup_view.refresh()
        self.stack.setCurrentWidget(self.setup_view)
        self.setup_view.start_button.setFocus()

    def start(self, setup: QuizSetup) -> None:
        self.ctx.settings.quiz_setup = setup.choices()
        setup = QuizSetup.from_dict({**setup.to_dict(), "seed": self.rng.randrange(2**31)})
        store = self.ctx.store
        decks = chosen_decks(setup, self.ctx.library.decks)
        weights = None
        skip: set[tuple[str, str, str]] = set()
        accepted: dict[tuple[str, str], tuple[str, ...]] = {}
        try:
            skip, accepted = push_back(store)
            if setup.selection is Selection.MISTAKES and store is not None:
                facts = tuple(mistake_facts(store))
                if not facts:
                    self.setup_view.notice.setText(
                        self.tr("No mistakes in your last quizzes: nothing to retry.")
                    )
                    return
                setup = QuizSetup.from_dict({**setup.to_dict(), "facts": [list(f) for f in facts]})
            elif setup.selection is Selection.MISTAKES:
                setup = QuizSetup.from_dict({**setup.to_dict(), "selection": "all"})
            if setup.selection is Selection.DUE_WEAK and store is not None:
                weights = due_weak_weights(store, decks)
        except StoreError as exc:
            log.warning("could not read progress for the quiz: %s", exc)
        questions = build_questions(
            setup,
            self.ctx.library.decks,
            self.ctx.script,
            self.generate(),
            weights=weights,
            skip=skip,
            accepted=accepted,
        )
        if not questions:
            self.setup_view.notice.setText(
                self.tr("No questions can be made from these decks, topics and types.")
            )
            return
        recorder = store if self.ctx.can_save else None  # read-only: a quiz without saving
        self.begin(QuizSession(questions, setup, recorder=recorder, monotonic=self.monotonic))

    def arrive(self, destination: Destination) -> None:
        """Other screens ask for a quiz on some facts (a passage, an event, a person)."""
        if destination.start and destination.facts and destination.deck_id:
            self.quiz_on(destination.deck_id, destination.facts)

    def quiz_on(self, deck_id: str, fact_ids: tuple[str, ...]) -> None:
        """A quiz on exactly these facts, with the reader's usual types and time limit
        (their remembered setup is left as it was)."""
        choices = QuizSetup.from_dict(self.ctx.settings.quiz_setup)
        count = min(CHOSEN_MAX, max(CHOSEN_MIN, 2 * len(fact_ids)))
        setup = QuizSetup.from_dict(
            {
                **choices.to_dict(),
                "decks": [deck_id],
                "topics": [],
                "count": count,
                "selection": Selection.CHOSEN.value,
                "facts": [[deck_id, f] for f in fact_ids],
                "seed": self.rng.randrange(2**31),
            }
        )
        skip: set[tuple[str, str, str]] = set()
        accepted: dict[tuple[str, str], tuple[str, ...]] = {}
        try:  # reported forms stay out, answers marked right stay accepted
            skip, accepted = push_back(self.ctx.store)
        except StoreError as exc:
            log.warning("could not read the reader's push-back: %s", exc)
        questions = build_questions(
            setup,
            self.ctx.library.decks,
            self.ctx.script,
            self.generate(),
            skip=skip,
            accepted=accepted,
        )
        if not questions:
            self.show_setup()
            self.setup_view.notice.setText(self.tr("No questions can be made from these facts."))
            return
        self.begin(QuizSession(questions, setup, recorder=self.ctx.store, monotonic=self.monotonic))

    def begin(self, session: QuizSession) -> None:
        self.session = session
        self.results_view.reported = set()
        self.stack.setCurrentWidget(self.run_view)
        self.run_view.begin(session)

    def _finished(self, session: QuizSession) -> None:
        self.session = session
        if session.items:
            self.ctx.notify_progress()  # quiz time is part of the statistics
        self.results_view.start_over()
        self._show_results(session)
        self.stack.setCurrentWidget(self.results_view)
        self.results_view.setFocus()

    def _show_results(self, session: QuizSession) -> None:
        status = self.results_view.status.text()
        self.results_view.show_results(results_of(session), self._topic_title)
        if session.recorder is None:
            status = status or self.tr("Progress is unavailable: this quiz was not saved.")
        elif session.save_error is not None:
            status = status or self.tr("This quiz could not be saved completely.")
        self.results_view.set_status(status)
        if session is self._sent_to_review:
            self.results_view.review_button.setEnabled(False)

    # -- the reader's push-back ------------------------------------------------------------------
    def ask_reason(self, question: Question) -> str | None:
        """The reader's reason for reporting ``question`` (None: cancelled)."""
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Report this question"),
            self.tr("What is wrong with this question? It will not be asked again."),
        )
        return reason.strip() if ok and reason.strip() else None

    def overrule(self, index: int) -> None:
        """ "I was right": count the answer right and accept it for that fact from now on."""
        session = self.session
        if session is None or not 0 <= index < len(session.items):
            return
        item = session.overrule(index)
        store = self.ctx.store
        q = item.question
        if store is not None and isinstance(item.response, str) and q.fact_ids:
            try:
                store.accept_answer(FactKey(q.deck_id, q.fact_ids[0]), item.response)
            except StoreError as exc:
                log.warning("could not keep the accepted answer: %s", exc)
                self._push_back_status(self.tr("Your answer could not be saved."))
        self._push_back_drawn(session)

    def report(self, index: int) -> None:
        """ "Report this question": keep the report; that question form is not asked again."""
        session = self.session
        if session is None or not 0 <= index < len(session.items):
            return
        q = session.items[index].question
        reason = self.ask_reason(q)
        if reason is None:
            return
        store = self.ctx.store
        if store is None:
            self._push_back_status(self.tr("Progress is unavailable: the report was not saved."))
            return
        try:
            for fact_id in q.fact_ids[:1]:
                store.report_question(FactKey(q.deck_id, fact_id), q.type.value, reason, q.prompt)
        except StoreError as exc:
            log.warning("could not save the report: %s", exc)
            self._push_back_status(self.tr("The report could not be saved."))
            return
        self.run_view.reported.add(index)
        self.results_view.reported.add(index)
        self._push_back_status(self.tr("Thank you: this question will not be asked again."))
        self._push_back_drawn(session)

    def _push_back_status(self, text: str) -> None:
        if self.stack.currentWidget() is self.results_view:
            self.results_view.set_status(text)
        else:
            self.run_view.push_back_note.setText(text)

    def _push_back_drawn(self, session: QuizSession) -> None:
        if self.stack.currentWidget() is self.results_view:
            status = self.results_view.status.text()
            self.results_view.show_results(results_of(session), self._topic_title)
            self.results_view.set_status(status)
        else:
            self.run_view.redraw(force=True)

    # -- after the quiz -------------------------------------------------------------------------
    def retry_mistakes(self) -> None:
        last = self.session
        if last is None:
            return
        mistakes = last.mistakes()
        if not mistakes:
            return
        setup = last.setup.retry(
            tuple(last.missed_facts()), len(mistakes), seed=self.rng.randrange(2**31)
        )
        recorder = self.ctx.store if self.ctx.can_save else None
        self.begin(QuizSession(mistakes, setup, recorder=recorder, monotonic=self.monotonic))

    def mistakes_to_review(self) -> None:
        last = self.session
        store = self.ctx.store
        if last is None:
            return
        if store is None:
            self.results_view.set_status(
                self.tr("Progress is unavailable: mistakes cannot be sent to review.")
            )
            return
        facts = last.missed_facts()
        try:
            done = store.mark_due_now(facts)
        except StoreError as exc:
            self.results_view.set_status(
                self.tr("Could not update the cards: %1").replace("%1", error_text(exc))
            )
            return
        self._sent_to_review = last
        self.results_view.review_button.setEnabled(False)
        self.results_view.set_status(self.due_now_text(done))
        self.ctx.notify_progress()

    def due_now_text(self, done: DueNow) -> str:
        """Exactly what "Add my mistakes to review" did, in a sentence or three."""
        if not done.due:
            lines = [self.tr("None of your mistakes' cards could be added to Review.")]
        else:
            lines = [
                self.tr("Review now has %n card(s) of your mistakes, due today.", "", done.due)
            ]
            if done.studied:
                lines.append(self.tr("Due now: %n card(s) you had studied.", "", done.studied))
            if done.started:
                lines.append(
                    self.tr(
                        "Learning now: %n new card(s), not counted toward today's new-card limit.",
                        "",
                        done.started,
                    )
                )
        if done.suspended:
            lines.append(self.tr("Left suspended: %n card(s).", "", done.suspended))
        return join_sentences(lines)

    # -- history -------------------------------------------------------------------------------
    def show_history(self) -> None:
        store = self.ctx.store
        attempts = None
        if store is not None:
            try:
                attempts = store.quiz_attempts(limit=HISTORY_LIMIT)
            except StoreError as exc:
                log.warning("could not read the quiz history: %s", exc)
        self.history_view.show_attempts(attempts, self._deck_title)
        self.stack.setCurrentWidget(self.history_view)

    def open_attempt(self, attempt_id: int) -> None:
        """A past attempt from History: its questions, the reader's answers, the results."""
        store = self.ctx.store
        if store is None:
            return
        try:
            attempt = store.quiz_attempt(attempt_id)
        except StoreError as exc:
            self.history_view.note.setText(error_text(exc))
            return
        from .attempt_view import AttemptDialog

        dialog = AttemptDialog(
            attempt,
            self.ctx.library,
            self.ctx.script,
            self.history_view.setup_text,
            self.reading_font(),
            self,
        )
        dialog.open()
        self.attempt_dialog = dialog

    # -- Match ---------------------------------------------------------------------------------
    def show_match(self) -> None:
        combo = self.match_view.deck
        combo.blockSignals(True)
        combo.clear()
        for deck in self.ctx.library.decks:
            combo.addItem(self._deck_title(deck.id), deck.id)
        wanted = combo.findData(self.ctx.settings.match_deck)
        combo.setCurrentIndex(max(0, wanted))
        combo.blockSignals(False)
        self.stack.setCurrentWidget(self.match_view)
        self.new_match()

    def _match_deck_chosen(self) -> None:
        self.ctx.settings.match_deck = str(self.match_view.deck.currentData() or "")
        self.new_match()

    def new_match(self) -> None:
        deck = self.ctx.library.get(str(self.match_view.deck.currentData() or ""))
        self._match_deck = deck
        game = None
        best = None
        if deck is not None:
            game = new_game(deck, self.ctx.view(deck), self.rng, monotonic=self.monotonic)
            best = self._match_best(deck.id)
        self.match_game = game
        self.match_view.play(game, best, self.reading_font(0.8))

    def _match_best(self, deck_id: str) -> int | None:
        if self.ctx.store is None:
            return None
        try:
            return self.ctx.store.match_best_ms(deck_id)
        except StoreError:
            return None

    def _match_finished(self, game: MatchGame) -> None:
        deck = self._match_deck
        store = self.ctx.store
        if deck is None or store is None:
            return
        try:
            new_best = store.record_match_time(deck.id, game.elapsed_ms())
        except StoreError as exc:
            log.warning("could not keep the Match time: %s", exc)
            return
        self.match_view.record(store.match_best_ms(deck.id), new_best)

    def _retext_match(self) -> None:
        game, deck = self.match_game, self._match_deck
        if game is None or deck is None:
            return
        view = self.ctx.view(deck)
        game.retext([pair_of(view, deck.fact(p.fact_id)) for p in game.pairs])
        for tile, button in zip(game.tiles, self.match_view.tiles, strict=True):
            if tile.index not in game.matched:
                button.setText(tile.text)
