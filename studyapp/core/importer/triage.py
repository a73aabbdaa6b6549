"""Triage of an article's drafts: preparing them, and the review with its undo history.

:func:`prepare` is the slow part (read, split, draft, compare with every deck);
``studyapp import`` and the Import dialog (in a worker) both call it. It returns
a :class:`Prepared` the dialog hands to a :class:`Triage`. The state is a list of immutable
:class:`~studyapp.core.importer.drafts.ImportSession` snapshots: every
decision or edit pushes a new one, and undo pops it, so undo restores exactly
what was there (status, wording, answer, topic) and can never half-apply.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path

from studyapp.core.deck.model import AnswerKind, Deck, DeckId
from studyapp.core.errors import ErrorKind, StudyError
from studyapp.core.importer.confidence import DOUBT_LIMIT
from studyapp.core.importer.drafts import (
    Draft,
    DraftStatus,
    ImportSession,
    default_deck_id,
    make_session,
    valid_id,
)
from studyapp.core.importer.editing import draft_error, edit_draft, trimmed
from studyapp.core.importer.entities import EntityIndex
from studyapp.core.importer.pending import (
    PendingError,
    carry_over,
    load_pending,
)
from studyapp.core.importer.reading import read_article
from studyapp.core.importer.userdeck import UserDeckError
from studyapp.paths import pending_file

Progress = Callable[[int, int], None]

DRAFTS_SUFFIX = ".json"  # a drafts file written by `studyapp import`


@dataclass(frozen=True)
class Prepared:
    """What the worker hands back: the session to review and the names it may use."""

    session: ImportSession
    index: EntityIndex
    existing: bool  # the session adds to a user deck that exists already
    resumed: int  # decisions carried over from a drafts file


def check_target(decks: Iterable[Deck], deck_id: str) -> None:
    """Raise UserDeckError unless ``deck_id`` may receive imported facts."""
    if not valid_id(deck_id):
        raise UserDeckError(ErrorKind.DECK_ID_INVALID, deck=deck_id)
    deck = next((d for d in decks if d.id == deck_id), None)
    if deck is not None and deck.builtin:
        raise UserDeckError(ErrorKind.DECK_BUILT_IN, deck=deck_id)


def _user_deck(decks: Iterable[Deck], deck_id: str) -> Deck | None:
    deck = next((d for d in decks if d.id == deck_id), None)
    return None if deck is None or deck.builtin else deck


def prepare(
    path: Path,
    decks: list[Deck],
    data_dir: Path,
    *,
    today: date,
    deck_id: str | None = None,
    progress: Progress | None = None,
    doubt_limit: float = DOUBT_LIMIT,
) -> Prepared:
    """Read ``path`` (an article, or a drafts file from ``studyapp import``) into a session.

    The user deck it goes to is ``deck_id``, or the article's default id; if that
    deck exists, its facts show as accepted with their saved wording (so editing one
    keeps its id and history). Decisions in a drafts file for that deck are kept.
    ``doubt_limit`` 1.0 offers the drafts a reader would likely drop too
    (:func:`make_session`). Raises ArticleError or PendingError with a message for
    the reader, and UserDeckError when ``deck_id`` is not a deck id or is a built-in deck.
    """
    if deck_id is not None:
        check_target(decks, deck_id)
    report = progress or (lambda done, total: None)
    report(0, 3)
    if path.suffix.lower() == DRAFTS_SUFFIX:
        pending = load_pending(path)
        report(2, 3)
        index = EntityIndex(decks)
        report(3, 3)
        existing = _user_deck(decks, pending.deck_id)
        return Prepared(tidy(pending), index, existing is not None, 0)
    article = read_article(path)
    report(1, 3)
    target = deck_id or default_deck_id(article)
    existing = _user_deck(decks, target)
    session = make_session(
        article, decks, today=today, deck_id=target, existing=existing, doubt_limit=doubt_limit
    )
    report(2, 3)
    resumed = 0
    saved = pending_file(data_dir, session.deck_id)
    if saved.is_file():
        try:
            before = sum(1 for d in session.drafts if d.status is not DraftStatus.PENDING)
            session = carry_over(load_pending(saved), session)
            after = sum(1 for d in session.drafts if d.status is not DraftStatus.PENDING)
            resumed = after - before
        except PendingError:
            pass  # a damaged drafts file: start the review afresh
    index = EntityIndex(decks)
    report(3, 3)
    return Prepared(tidy(session), index, existing is not None, resumed)


def tidy(session: ImportSession) -> ImportSession:
    """The session with every draft's answer trimmed (see :func:`editing.trimmed`)."""
    drafts = tuple(trimmed(d) for d in session.drafts)
    if drafts == session.drafts:
        return session
    return dataclasses.replace(session, drafts=drafts, _by_id={})


def keep_decisions(old: ImportSession, new: ImportSession) -> ImportSession:
    """``new`` (the same article drafted for another deck) with the reader's work from
    ``old``: decisions and edits, matched by draft id; topics follow ``new``'s sections."""
    topics = {t.id for t in new.topics}
    by_id = {d.id: d for d in old.drafts}
    drafts: list[Draft] = []
    for draft in new.drafts:
        mine = by_id.get(draft.id)
        if mine is None or (
            mine.status is DraftStatus.PENDING and draft.status is not DraftStatus.PENDING
        ):
            drafts.append(draft)  # new, or the deck has it already: its saved wording wins
            continue
        drafts.append(
            dataclasses.replace(
                mine,
                topic=mine.topic if mine.topic in topics else draft.topic,
                duplicates=draft.duplicates,
                disagreements=draft.disagreements,
            )
        )
    return dataclasses.replace(new, drafts=tuple(drafts), _by_id={})


class Change(str, Enum):
    ACCEPT = "accept"
    REJECT = "reject"
    RESET = "reset"
    EDIT = "edit"
    DECK = "deck"
    MORE = "more"  # the drafts held back as likely poor, shown too


@dataclass(frozen=True)
class Step:
    change: Change
    draft_id: str  # "" for a deck-wide change
    session: ImportSession  # the session *before* the change


class Triage:
    """The session under review, with an undo history of whole snapshots."""

    def __init__(self, prepared: Prepared) -> None:
        self.session = prepared.session
        self.index = prepared.index
        self._undo: list[Step] = []
        self._saved = self.session  # the session as last written (or as opened)

    # -- reading --------------------------------------------------------------------
    @property
    def drafts(self) -> tuple[Draft, ...]:
        return self.session.drafts

    def draft(self, draft_id: str) -> Draft:
        return self.session.draft(draft_id)

    def position(self, draft_id: str) -> int:
        return next(i for i, d in enumerate(self.session.drafts) if d.id == draft_id)

    def at(self, offset: int) -> Draft | None:
        """The draft whose sentence covers ``offset`` in the document text."""
        for draft in self.session.drafts:
            if draft.start <= offset < draft.end:
                return draft
        return None

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def last_change(self) -> Step | None:
        return self._undo[-1] if self._undo else None

    @property
    def unsaved(self) -> bool:
        return self.session is not self._saved

    def mark_saved(self, session: ImportSession | None = None) -> None:
        if session is not None:
            self.session = session
        self._saved = self.session

    # -- changing ---------------------------------------------------------------------
    def _push(self, change: Change, draft_id: str, session: ImportSession) -> None:
        self._undo.append(Step(change, draft_id, self.session))
        self.session = session

    def invalid(self) -> list[tuple[Draft, StudyError]]:
        """The accepted drafts that could not be saved as facts, each with why, in the
        list's order (saving checks them first, so one bad draft never spoils a save)."""
        found: list[tuple[Draft, StudyError]] = []
        for draft in self.session.accepted():
            error = draft_error(self.session, draft)
            if error is not None:
                found.append((draft, error))
        return found

    def drop(self, draft_ids: Iterable[str]) -> bool:
        """Reject these drafts in one step (one undo brings them all back)."""
        ids = [
            i for i in dict.fromkeys(draft_ids) if self.draft(i).status is not DraftStatus.REJECTED
        ]
        if not ids:
            return False
        session = self.session
        for draft_id in ids:
            session = session.with_status(draft_id, DraftStatus.REJECTED)
        self._push(Change.REJECT, ids[0], session)
        return True

    def set_status(self, draft_id: str, status: DraftStatus) -> bool:
        """Decide on one draft; False when it already had that status."""
        if self.draft(draft_id).status is status:
            return False
        change = {
            DraftStatus.ACCEPTED: Change.ACCEPT,
            DraftStatus.REJECTED: Change.REJECT,
            DraftStatus.PENDING: Change.RESET,
        }[status]
        self._push(change, draft_id, self.session.with_status(draft_id, status))
        return True

    def edit(
        self,
        draft_id: str,
        *,
        question: str | None = None,
        span: str | None = None,
        span_start: int | None = None,
        kind: AnswerKind | None = None,
        topic: str | None = None,
        unit: str | None = None,
    ) -> bool:
        """Edit one draft (DraftEditError says why not); False when nothing changed."""
        draft = self.draft(draft_id)
        edited = edit_draft(
            self.session,
            draft,
            question=question,
            span=span,
            span_start=span_start,
            kind=kind,
            topic=topic,
            unit=unit,
            index=self.index,
        )
        if edited == draft:
            return False
        self._push(Change.EDIT, draft_id, self.session.with_draft(edited))
        return True

    def rename(self, deck_id: str, title: str) -> bool:
        """Save into a new deck ``deck_id`` (not an existing one: see :func:`prepare`)."""
        if not valid_id(deck_id):
            raise ValueError(deck_id)
        if deck_id == self.session.deck_id and title == self.session.deck_title:
            return False
        session = dataclasses.replace(
            self.session, deck_id=DeckId(deck_id), deck_title=title, _by_id={}
        )
        self._push(Change.DECK, "", session)
        return True

    def replace(self, session: ImportSession) -> None:
        """Take a session drafted again for another deck (undoable)."""
        self._push(Change.DECK, "", session)

    def show_held_back(self, every: ImportSession) -> int:
        """Take ``every`` (the article drafted again with no draft held back) with the
        decisions and edits made so far (undoable); how many drafts it adds."""
        added = len(every.drafts) - len(self.session.drafts)
        self._push(Change.MORE, "", keep_decisions(self.session, every))
        return max(0, added)

    def undo(self) -> Step | None:
        if not self._undo:
            return None
        step = self._undo.pop()
        self.session = step.session
        return step
