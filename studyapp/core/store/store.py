"""The progress store: one object over one SQLite file.

Open it with :func:`open_store`. Every method that changes something runs in
its own transaction and returns after COMMIT, so whatever the screen shows as
done is on disk. Time comes from the injected clock; chance (only the fuzz
salt of a new database) from the injected ``random.Random``.
"""

from __future__ import annotations

import contextlib
import json
import random
import sqlite3
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from types import TracebackType
from typing import Any

from studyapp.core.deck.model import CardKind
from studyapp.core.errors import ErrorKind
from studyapp.core.store import cards as card_ops
from studyapp.core.store import custom as custom_ops
from studyapp.core.store import merge as merge_ops
from studyapp.core.store import options as options_ops
from studyapp.core.store import queue as queue_ops
from studyapp.core.store import quiz as quiz_ops
from studyapp.core.store.backup import (
    MIN_INTERVAL,
    BackupInfo,
    BackupJob,
    BackupLimits,
    backed_up_activity_ms,
    backups_dir_for,
    latest_activity_ms,
    list_backups,
    thin_backups,
    write_backup,
)
from studyapp.core.store.balance import LoadBalancer
from studyapp.core.store.clock import (
    Clock,
    LearnerDays,
    check_utc,
    from_ms,
    to_ms,
    truncate_ms,
    utc_now,
)
from studyapp.core.store.db import (
    InstanceLock,
    check_writable,
    connect_checked,
    lock_path_for,
    os_store_error,
    rollback,
    sqlite_store_error,
    transaction,
)
from studyapp.core.store.errors import (
    CardNotFoundError,
    ReadOnlyLocationError,
    ReadOnlyStoreError,
    StoreLockedError,
    StoreNotFoundError,
    UndoError,
    guarded,
)
from studyapp.core.store.optimize import (
    MIN_REVIEWS,
    OptimizeJob,
    OptimizeResult,
    OptimizerInput,
    collect_items,
    fit,
)
from studyapp.core.store.options import DailyCounts, DeckLimits, DeckOptions, Extension
from studyapp.core.store.quiz import QuestionReport, QuizAnswer, QuizAttempt
from studyapp.core.store.records import (
    CARD_COLUMNS,
    CardId,
    CardRecord,
    CardState,
    CustomStudy,
    DueNow,
    FactKey,
    QueueCounts,
    Rating,
    ReviewId,
    ReviewRecord,
    ReviewResult,
    SyncResult,
    card_from_row,
)
from studyapp.core.store.review import UndoEntry, undo_answer, write_answer
from studyapp.core.store.scheduler import FsrsScheduler
from studyapp.core.store.schema import SCHEMA_VERSION, migrate
from studyapp.core.store.settings import NewOrder, SchedulerSettings
from studyapp.core.store.snapshot import ProgressSnapshot, SnapshotJob, read_snapshot
from studyapp.core.store.stats import Stats, StatsQueries
from studyapp.core.store.workload import WorkloadJob

UNDO_DEPTH = 50
DEFAULT_KINDS: tuple[CardKind, ...] = (CardKind.QA, CardKind.CLOZE)


class Store:
    """Cards, the review log, quiz attempts and settings of one reader."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        clock: Clock,
        tz: tzinfo | None,
        readonly: bool,
        lock: InstanceLock | None,
        backups_dir: Path,
        backup_limits: BackupLimits,
    ) -> None:
        self._conn = conn
        self.path = path
        self.readonly = readonly
        self._clock = clock
        self._tz = tz
        self._lock = lock
        self.backups_dir = backups_dir
        self.backup_limits = backup_limits
        self._settings = SchedulerSettings.from_dict(self._config("settings", {}))
        self._salt = int(self._config("fuzz_salt", 0))
        self._options, self._extensions = options_ops.load(conn)
        self._apply_settings(self._settings)
        self._undo: deque[UndoEntry] = deque(maxlen=UNDO_DEPTH)
        self._deck_ids: tuple[str, ...] | None = None  # every deck with cards (cached)
        self._changes_at_backup = conn.total_changes
        self._dirty = self._activity_since_last_backup()
        self._closed = False

    # ------------------------------------------------------------------ lifecycle

    @guarded
    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._conn.close()  # the last connection checkpoints and removes the WAL
        finally:
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return SCHEMA_VERSION

    def now(self) -> datetime:
        """The clock's time, in UTC, at the millisecond precision that is stored."""
        return truncate_ms(check_utc(self._clock()))

    def today(self) -> date:
        """The reader's current day (it starts at the rollover hour)."""
        return self.days.day_of(self.now())

    @guarded
    def checkpoint(self) -> None:
        """Fold the WAL into the database file now, e.g. when a study session ends.

        Never needed for safety. SQLite also does it by itself inside the commit
        that takes the WAL past 2,000 pages (about every 300 answers), which makes
        that one answer take 20-30 milliseconds longer; calling this at idle
        moments keeps that off the answer path."""
        self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    # ------------------------------------------------------------------ settings

    @property
    def settings(self) -> SchedulerSettings:
        return self._settings

    @guarded
    def update_settings(self, /, **changes: Any) -> SchedulerSettings:
        """Change settings (e.g. ``desired_retention=0.85, new_per_day=10``); stored at once."""
        settings = self._settings.with_changes(**changes)
        with self._write():
            self._set_config("settings", settings.to_dict())
        self._apply_settings(settings)
        return settings

    def _apply_settings(self, settings: SchedulerSettings) -> None:
        self._settings = settings
        self._balancer = LoadBalancer(balance=settings.load_balance, easy_days=settings.easy_days)
        self._learn_ahead_ms = int(settings.learn_ahead.total_seconds() * 1000)
        self._scheds: dict[float, FsrsScheduler] = {}  # by desired retention
        self._deck_scheds: dict[str, FsrsScheduler] = {}
        self._limits: dict[str, DeckLimits] = {}
        self.days = LearnerDays(self._tz, settings.rollover_hour)
        self._day: tuple[int, int, date] | None = None  # (start ms, end ms, day) of today
        self._daily: DailyCounts | None = None  # today's answers per deck
        # next_card's view of the limits per session (which decks may still show
        # reviews / new cards); dropped whenever one may have changed
        self._open: dict[tuple[str, ...] | None, queue_ops.QueueLimits] = {}
        self._unburied_on: date | None = None

    # ------------------------------------------------------------------ deck options

    def deck_options(self, deck_id: str) -> DeckOptions:
        """The deck's own options (None fields follow the defaults in :attr:`settings`)."""
        return self._options.get(deck_id, DeckOptions())

    def deck_limits(self, deck_id: str) -> DeckLimits:
        """The options in effect for the deck: its own, else the defaults."""
        found = self._limits.get(deck_id)
        if found is None:
            found = self._limits[deck_id] = DeckLimits.resolve(
                self._options.get(deck_id), self._settings
            )
        return found

    def set_deck_options(self, deck_id: str, options: DeckOptions) -> DeckLimits:
        """Store the deck's own options (``DeckOptions()``: back to the defaults); a
        changed new-card order takes effect at once."""
        before = self.deck_limits(deck_id)
        after = DeckLimits.resolve(options, self._settings)
        with self._write() as conn:
            options_ops.save(conn, deck_id, options)
            if after.new_order is not before.new_order:
                options_ops.reorder_new(conn, deck_id, after.new_order, self._salt)
        if options.is_default:
            self._options.pop(deck_id, None)
        else:
            self._options[deck_id] = options
        self._limits.pop(deck_id, None)
        self._open.clear()
        self._deck_scheds.pop(deck_id, None)
        return self.deck_limits(deck_id)

    def extension(self, deck_id: str) -> Extension:
        """How far custom study has raised the deck's limits today."""
        today = self.today()
        found = self._extensions.get(deck_id)
        return found.on(today) if found is not None else Extension(today)

    def extend_today(self, deck_id: str, *, new: int = 0, reviews: int = 0) -> Extension:
        """Custom study: ``new`` more new cards and ``reviews`` more reviews of the deck
        today, beyond its limits. Lapses when the reader's day ends."""
        current = self.extension(deck_id)
        with self._write() as conn:
            extended = options_ops.extend(conn, deck_id, current, new=new, reviews=reviews)
        self._extensions[deck_id] = extended
        self._open.clear()
        return extended

    def custom_cards(
        self, kind: CustomStudy, decks: Sequence[str] | None = None, *, days: int = 1
    ) -> list[CardId]:
        """The cards of a custom-study session, in the order to show them: review
        cards due in the next ``days`` days (not today), or the cards answered
        Again today."""
        start, end, _day = self._today(self.now())
        return custom_ops.custom_cards(
            self._conn, kind, decks, day_start=start, day_end=end, days=days
        )

    def due_today(self, decks: Sequence[str] | None = None) -> int:
        """Review cards due today, whatever the review limits."""
        return custom_ops.reviews_due(self._conn, decks, self._today(self.now())[1])

    def new_cards_waiting(self, decks: Sequence[str] | None = None) -> int:
        """New cards not yet introduced (what "study more new cards" can draw on)."""
        return custom_ops.new_cards_waiting(self._conn, decks)

    def _config(self, key: str, default: Any) -> Any:
        row = self._conn.execute("SELECT value FROM config WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row is not None else default

    def _set_config(self, key: str, value: Any) -> None:
        self._conn.execute(
            "INSERT INTO config (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, sort_keys=True)),
        )

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self.readonly:
            raise ReadOnlyStoreError()
        with transaction(self._conn) as conn:
            yield conn

    # ------------------------------------------------------------------ cards

    @guarded
    def sync_cards(
        self,
        deck_id: str,
        facts: Iterable[tuple[str, str]],
        kinds: Iterable[CardKind] = DEFAULT_KINDS,
    ) -> SyncResult:
        """Make the deck's cards ``facts`` × ``kinds``: add missing cards (new),
        hide cards of facts or kinds no longer present, bring back returning ones.

        ``facts`` are (fact id, topic id) pairs in deck order.
        """
        now_ms = to_ms(self.now())
        with self._write() as conn:
            result = card_ops.sync_deck(conn, deck_id, facts, kinds, now_ms)
            order = self.deck_limits(deck_id).new_order
            if result.added and order is not NewOrder.DECK:
                options_ops.reorder_new(conn, deck_id, order, self._salt)
        if result != SyncResult():
            self._deck_ids = None
            self._open.clear()
            self._balancer.forget()
        return result

    @guarded
    def card(self, card_id: int) -> CardRecord:
        found = card_ops.get_card(self._conn, card_id)
        if found is None:
            raise CardNotFoundError(card_id)
        return found

    @guarded
    def find_card(self, deck_id: str, fact_id: str, kind: CardKind) -> CardRecord | None:
        return card_ops.find_card(self._conn, deck_id, fact_id, kind)

    @guarded
    def cards_of_fact(self, deck_id: str, fact_id: str) -> list[CardRecord]:
        return card_ops.cards_of_facts(self._conn, [FactKey(deck_id, fact_id)])

    @guarded
    def all_cards(self, decks: Sequence[str] | None = None) -> list[CardRecord]:
        """Every card of the current decks' facts and kinds (hidden ones left out), in
        id order: one query for the Browse screen's table."""
        sql = f"SELECT {CARD_COLUMNS} FROM cards WHERE hidden = 0"
        args: list[str] = []
        if decks is not None:
            sql += f" AND deck_id IN ({','.join('?' * len(decks))})"
            args.extend(decks)
        return [card_from_row(r) for r in self._conn.execute(sql + " ORDER BY id", args)]

    @guarded
    def review_log(self, card_id: int) -> list[ReviewRecord]:
        """A card's review-log rows, oldest first (resets included, rating 0)."""
        rows = self._conn.execute(
            "SELECT id, card_id, reviewed_at, rating, state_before, state_after, due_after, "
            "stability, difficulty, duration_ms FROM revlog WHERE card_id = ? "
            "ORDER BY reviewed_at, id",
            (card_id,),
        ).fetchall()
        return [
            ReviewRecord(
                id=ReviewId(r[0]),
                card_id=CardId(r[1]),
                reviewed_at=from_ms(r[2]),
                rating=int(r[3]),
                state_before=CardState(r[4]),
                state_after=CardState(r[5]),
                due_after=from_ms(r[6]),
                stability=r[7],
                difficulty=r[8],
                duration_ms=int(r[9]),
            )
            for r in rows
        ]

    @guarded
    def suspend(self, card_ids: Sequence[int]) -> int:
        with self._write() as conn:
            changed = card_ops.set_suspended(conn, card_ids, True)
        self._balancer.forget()
        return changed

    @guarded
    def unsuspend(self, card_ids: Sequence[int]) -> int:
        with self._write() as conn:
            changed = card_ops.set_suspended(conn, card_ids, False)
        self._balancer.forget()
        return changed

    @guarded
    def bury(self, card_ids: Sequence[int]) -> int:
        """Take cards out of today's queue; they return when the reader's next day starts."""
        until = self._today(self.now())[1]
        with self._write() as conn:
            return card_ops.bury(conn, card_ids, until)

    @guarded
    def unbury(self, card_ids: Sequence[int]) -> int:
        with self._write() as conn:
            return card_ops.unbury(conn, card_ids)

    @guarded
    def set_flag(self, card_ids: Sequence[int], flag: int) -> int:
        """Flag cards as Anki does (1 red, 2 orange, 3 green, 4 blue; 0 takes it away)."""
        with self._write() as conn:
            return card_ops.set_flag(conn, card_ids, flag)

    @guarded
    def flags(self, card_ids: Sequence[int] | None = None) -> dict[int, int]:
        """Each flagged card's flag (among ``card_ids``, or all of them)."""
        return card_ops.flags_of(self._conn, card_ids)

    @guarded
    def reset(self, card_ids: Sequence[int]) -> int:
        """Make cards new again (history kept, marked by a manual review-log row)."""
        now_ms = to_ms(self.now())
        with self._write() as conn:
            changed = card_ops.reset(conn, card_ids, now_ms)
        self._balancer.forget()
        return changed

    @guarded
    def mark_due_now(self, facts: Iterable[FactKey]) -> DueNow:
        """After a quiz: the missed facts' cards are due now, whatever today's limits.

        Studied cards become due now (review cards moved into today raise their
        deck's review limit for today by as many); new cards start learning now,
        outside the new-card limit, as a new card does when first shown.
        Suspended cards stay out (and are counted)."""
        now = self.now()
        now_ms = to_ms(now)
        day_end = self._today(now)[1]
        with self._write() as conn:
            marked = card_ops.mark_due_now(conn, facts, now_ms)
            moved: dict[str, int] = {}
            for card in marked.cards:
                if card.state is CardState.REVIEW and to_ms(card.due) >= day_end:
                    moved[card.deck_id] = moved.get(card.deck_id, 0) + 1
            for deck_id, n in moved.items():
                self._extensions[deck_id] = options_ops.extend(
                    conn, deck_id, self.extension(deck_id), new=0, reviews=n
                )
        self._balancer.forget()
        self._open.clear()
        return marked.result

    # ------------------------------------------------------------------ the queue

    @guarded
    def next_card(self, decks: Sequence[str] | None = None) -> CardRecord | None:
        """The card to show now (learning, then reviews, then new), or None."""
        now = self.now()
        now_ms = to_ms(now)
        _start, day_end, today = self._today(now, now_ms)
        if self._unburied_on != today:
            self._unbury_if_new_day(now)
        key = tuple(decks) if decks else None
        limits = self._open.get(key)
        daily = self._daily
        if limits is None or daily is None or daily.day != today:
            limits = self._open[key] = self._queue_limits(now, decks)
        times = queue_ops.QueueTimes(now_ms, day_end, now_ms + self._learn_ahead_ms)
        return queue_ops.next_card(self._conn, times, limits, decks)

    @guarded
    def counts(self, decks: Sequence[str] | None = None) -> QueueCounts:
        now = self.now()
        self._unbury_if_new_day(now)
        return queue_ops.counts(self._conn, self._times(now), self._queue_limits(now, decks), decks)

    @guarded
    def next_learning_due(self, decks: Sequence[str] | None = None) -> datetime | None:
        """When the next learning card comes due today (to say "back in 4 minutes")."""
        now = self.now()
        card = queue_ops.next_learning(self._conn, self._today(now)[1], decks)
        return card.due if card is not None else None

    def preview(self, card: CardRecord) -> dict[Rating, timedelta]:
        """The interval each rating would give ``card`` now: the button labels."""
        now = self.now()
        self._balance_ready(now)
        return self._scheduler(card.deck_id).preview(card, now)

    @guarded
    def retrievability(self, card: CardRecord) -> float:
        return self._scheduler(card.deck_id).retrievability(card, self.now())

    def _scheduler(self, deck_id: str) -> FsrsScheduler:
        """The scheduler for the deck's desired retention (one per retention in use)."""
        found = self._deck_scheds.get(deck_id)
        if found is None:
            retention = self.deck_limits(deck_id).desired_retention
            found = self._scheds.get(retention)
            if found is None:
                balancer = self._balancer
                found = self._scheds[retention] = FsrsScheduler(
                    self._settings,
                    self._salt,
                    desired_retention=retention,
                    pick_day=balancer.pick if balancer.active else None,
                )
            self._deck_scheds[deck_id] = found
        return found

    def _balance_ready(self, now: datetime) -> None:
        """Count the reviews due on the coming days, once a day (for load balancing)."""
        balancer = self._balancer
        if balancer.active:
            start, _end, day = self._today(now)
            if balancer.day != day:
                balancer.load(self._conn, day, start)

    def _today(self, now: datetime, now_ms: int | None = None) -> tuple[int, int, date]:
        """(start ms, end ms, date) of the reader's day containing ``now`` (cached: time
        zone arithmetic is the slowest part of a queue look-up otherwise)."""
        if now_ms is None:
            now_ms = to_ms(now)
        cached = self._day
        if cached is None or not cached[0] <= now_ms < cached[1]:
            day = self.days.day_of(now)
            start = to_ms(self.days.start_of(day))
            end = to_ms(self.days.start_of(day + timedelta(days=1)))
            cached = self._day = (start, end, day)
        return cached

    def _times(self, now: datetime) -> queue_ops.QueueTimes:
        now_ms = to_ms(now)
        return queue_ops.QueueTimes(
            now=now_ms,
            day_end=self._today(now, now_ms)[1],
            learn_ahead_until=now_ms + self._learn_ahead_ms,
        )

    def _all_decks(self) -> tuple[str, ...]:
        found = self._deck_ids
        if found is None:
            found = self._deck_ids = options_ops.deck_ids(self._conn)
        return found

    def _daily_counts(self, start: int, today: date) -> DailyCounts:
        daily = self._daily
        if daily is None or daily.day != today:
            daily = self._daily = options_ops.count_day(self._conn, today, start)
        return daily

    def _queue_limits(self, now: datetime, decks: Sequence[str] | None) -> queue_ops.QueueLimits:
        """What is left of each deck's limits today (custom study included)."""
        start, _end, today = self._today(now)
        daily = self._daily_counts(start, today)
        session = tuple(decks) if decks else self._all_decks()
        new_left: dict[str, int] = {}
        review_left: dict[str, int] = {}
        for deck_id in session:
            new_left[deck_id], review_left[deck_id] = self._left(deck_id, daily)
        review_decks = tuple(d for d in session if review_left[d] > 0)
        new_decks = tuple(d for d in session if new_left[d] > 0)
        return queue_ops.QueueLimits(
            review_decks=None if len(review_decks) == len(session) else review_decks,
            new_decks=None if len(new_decks) == len(session) else new_decks,
            review_left=review_left,
            new_left=new_left,
        )

    def _unbury_if_new_day(self, now: datetime) -> None:
        today = self._today(now)[2]
        if self._unburied_on == today or self.readonly:
            return
        now_ms = to_ms(now)
        if card_ops.any_buried_expired(self._conn, now_ms):
            with self._write() as conn:
                card_ops.unbury_expired(conn, now_ms)
        self._unburied_on = today

    # ------------------------------------------------------------------ answering

    @guarded
    def answer(
        self, card: CardRecord | int, rating: Rating, *, duration_ms: int = 0
    ) -> ReviewResult:
        """Schedule the card for ``rating`` and log the review; returns after COMMIT.

        ``card`` is the record :meth:`next_card` returned (then it is not read
        again unless it changed meanwhile) or a card id.
        """
        if self.readonly:
            raise ReadOnlyStoreError()
        rating = Rating(rating)
        now = self.now()
        _start, day_end, today = self._today(now, to_ms(now))
        bury_until = day_end if self._settings.bury_siblings else None
        conn = self._conn
        if self._balancer.active and self._balancer.day != today:
            self._balance_ready(now)

        def write(before: CardRecord, *, only_if_unchanged: bool) -> ReviewResult | None:
            after = self._scheduler(before.deck_id).review(before, rating, now)
            return write_answer(
                conn,
                before,
                after,
                rating,
                duration_ms,
                bury_siblings_until=bury_until,
                day_end=day_end,
                only_if_unchanged=only_if_unchanged,
            )

        # The hot path: one transaction, written out instead of through _write().
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = None
            if isinstance(card, CardRecord):
                before = card
                result = write(before, only_if_unchanged=True)
            if result is None:  # a card id, or a record that is out of date
                card_id = card.id if isinstance(card, CardRecord) else card
                found = card_ops.get_card(conn, card_id)
                if found is None:
                    raise CardNotFoundError(card_id)
                before = found
                result = write(before, only_if_unchanged=False)
                assert result is not None
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
        self._undo.append(UndoEntry(result.review_id, before, result.buried_siblings))
        self._counted(before, today)
        after = result.card
        self._balancer.moved(
            to_ms(before.due) if before.state is CardState.REVIEW else None,
            to_ms(after.due) if after.state is CardState.REVIEW else None,
        )
        return result

    def _left(self, deck_id: str, daily: DailyCounts) -> tuple[int, int]:
        """(new cards, reviews) the deck may still show on ``daily``'s day."""
        limits = self._limits.get(deck_id) or self.deck_limits(deck_id)
        extension = self._extensions.get(deck_id)
        more_new = more_reviews = 0
        if extension is not None and extension.day == daily.day:
            more_new, more_reviews = extension.new, extension.reviews
        return (
            limits.new_per_day + more_new - daily.new.get(deck_id, 0),
            limits.reviews_per_day + more_reviews - daily.reviews.get(deck_id, 0),
        )

    def _counted(self, before: CardRecord, today: date) -> None:
        """Keep today's per-deck counts (the limits) up to date after an answer; an
        answer of another day leaves them to be read again."""
        daily = self._daily
        if daily is None or daily.day != today:
            self._limits_changed()
            return
        state = before.state
        if state is CardState.NEW:
            daily.add(before.deck_id, new=1)
            reached = self._left(before.deck_id, daily)[0] == 0
        elif state is CardState.REVIEW:
            daily.add(before.deck_id, reviews=1)
            reached = self._left(before.deck_id, daily)[1] == 0
        else:
            return
        if reached:  # the deck has just used up a limit: next_card must look again
            self._open.clear()

    def _limits_changed(self) -> None:
        """Today's limits or counts changed other than by an answer: read them again."""
        self._daily = None
        self._open.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @guarded
    def undo(self) -> CardRecord:
        """Take back the last answer of this session: the card's scheduling state is
        restored exactly, its review-log row deleted. Returns the restored card."""
        if not self._undo:
            raise UndoError(ErrorKind.NOTHING_TO_UNDO)
        entry = self._undo.pop()
        with self._write() as conn:
            undo_answer(conn, entry)
        self._limits_changed()  # read again from the log: the answer may be of another day
        self._balancer.forget()
        return self.card(entry.previous.id)

    # ------------------------------------------------------------------ quizzes

    @guarded
    def start_quiz(self, setup: Mapping[str, Any]) -> int:
        """Record a new attempt (``setup``: JSON-able settings of the quiz); returns its id."""
        with self._write() as conn:
            return quiz_ops.start_attempt(conn, setup, to_ms(self.now()))

    @guarded
    def record_quiz_answer(self, attempt_id: int, answer: QuizAnswer) -> int:
        """Store one answered question at once (partial attempts are kept)."""
        with self._write() as conn:
            return quiz_ops.record_answer(conn, attempt_id, answer, to_ms(self.now()))

    @guarded
    def finish_quiz(self, attempt_id: int) -> QuizAttempt:
        with self._write() as conn:
            quiz_ops.finish_attempt(conn, attempt_id, to_ms(self.now()))
        return self.quiz_attempt(attempt_id)

    @guarded
    def overrule_quiz_answer(self, attempt_id: int, position: int) -> None:
        """ "I was right": the answer at ``position`` of the attempt counts as correct."""
        with self._write() as conn:
            quiz_ops.overrule_answer(conn, attempt_id, position)

    # ------------------------------------------------------------------ push-back

    @guarded
    def accept_answer(self, fact: FactKey, answer: str) -> bool:
        """Accept ``answer`` for ``fact`` from now on (the reader's data, never the deck)."""
        answer = answer.strip()
        if not answer:
            return False
        with self._write() as conn:
            return quiz_ops.accept_answer(conn, fact, answer, to_ms(self.now()))

    @guarded
    def accepted_answers(self) -> dict[FactKey, tuple[str, ...]]:
        return quiz_ops.accepted_answers(self._conn)

    @guarded
    def report_question(
        self, fact: FactKey, question_type: str, reason: str, prompt: str = ""
    ) -> int:
        """Report a question; that type of question about ``fact`` is not asked again."""
        with self._write() as conn:
            return quiz_ops.report_question(
                conn, fact, question_type, reason.strip(), prompt, to_ms(self.now())
            )

    @guarded
    def question_reports(self) -> list[QuestionReport]:
        return quiz_ops.question_reports(self._conn)

    @guarded
    def quiz_attempt(self, attempt_id: int) -> QuizAttempt:
        return quiz_ops.load_attempt(self._conn, attempt_id)

    @guarded
    def quiz_attempts(self, limit: int = 20) -> list[QuizAttempt]:
        """The latest attempts, newest first, finished or not."""
        return [
            quiz_ops.load_attempt(self._conn, i)
            for i in quiz_ops.recent_attempt_ids(self._conn, limit)
        ]

    @guarded
    def match_best_ms(self, deck_id: str) -> int | None:
        """The best Match game time on ``deck_id`` (milliseconds), None before the first game."""
        best = self._config("match_best_ms", {}).get(deck_id)
        return int(best) if best is not None else None

    @guarded
    def record_match_time(self, deck_id: str, time_ms: int) -> bool:
        """Keep a finished Match game's time if it beats the best; True if it does."""
        with self._write() as conn:
            row = conn.execute("SELECT value FROM config WHERE key = 'match_best_ms'").fetchone()
            bests: dict[str, int] = json.loads(row[0]) if row is not None else {}
            held = bests.get(deck_id)
            if held is not None and int(held) <= time_ms:
                return False
            bests[deck_id] = max(0, int(time_ms))
            self._set_config("match_best_ms", bests)
            return True

    # ------------------------------------------------------------------ statistics

    def stats_queries(self) -> StatsQueries:
        """Statistics at this instant, one chart at a time."""
        return StatsQueries(
            self._conn, self.days, self.now(), self._settings.parameters, path=self.path
        )

    @guarded
    def stats(self, *, days: int = 30, weeks: int = 12, forecast_days: int = 30) -> Stats:
        return self.stats_queries().all(days=days, weeks=weeks, forecast_days=forecast_days)

    # ------------------------------------------------------------------ optimizing

    @guarded
    def optimizer_input(self) -> OptimizerInput:
        """The review log as training items (fast; the fit itself can run elsewhere)."""
        return collect_items(self._conn, to_ms(self.days.today_start(self.now())))

    @guarded
    def apply_optimization(self, result: OptimizeResult) -> None:
        """Store the outcome of :func:`optimize.fit`; adopts the parameters if it says so."""
        with self._write():
            self._set_config(
                "last_optimize",
                {"at": self.now().isoformat(), **result.to_dict()},
            )
        if result.adopted:
            self.update_settings(parameters=result.parameters)

    @guarded
    def last_optimization(self) -> OptimizeResult | None:
        """What the last optimization found (shown in Settings), None before the first."""
        stored = self._config("last_optimize", None)
        return OptimizeResult.from_dict(stored) if isinstance(stored, dict) else None

    @guarded
    def optimize_job(self, *, min_reviews: int = MIN_REVIEWS) -> OptimizeJob:
        """The optimization as a callable for a worker thread (a large log takes
        seconds); pass its result to :meth:`apply_optimization` on this thread."""
        return OptimizeJob(
            path=self.path,
            day_start_ms=self._today(self.now())[0],
            current=self._settings.parameters,
            min_reviews=min_reviews,
        )

    @guarded
    def optimize_parameters(self, *, min_reviews: int = MIN_REVIEWS) -> OptimizeResult:
        """Fit FSRS to this reader's reviews, here and now; keeps the old parameters
        unless the fit predicts the reader's answers better."""
        result = fit(self.optimizer_input(), self._settings.parameters, min_reviews=min_reviews)
        self.apply_optimization(result)
        return result

    def workload_job(self, decks: Sequence[str] | None = None) -> WorkloadJob:
        """The workload simulation for ``decks`` (one deck: its own limits and
        retention; several: the defaults), as a callable for a worker thread."""
        flt = ""
        args: list[str] = []
        if decks:
            flt = f" AND deck_id IN ({','.join('?' * len(decks))})"
            args.extend(decks)
        row = self._conn.execute(
            f"SELECT count(*) FROM cards WHERE hidden = 0 AND suspended = 0{flt}", args
        ).fetchone()
        limits = (
            self.deck_limits(decks[0])
            if decks and len(decks) == 1
            else DeckLimits.resolve(None, self._settings)
        )
        return WorkloadJob(
            parameters=self._settings.parameters,
            cards=int(row[0]),
            new_per_day=limits.new_per_day,
            reviews_per_day=limits.reviews_per_day,
            chosen=limits.desired_retention,
            learning_steps=len(self._settings.learning_steps),
            relearning_steps=len(self._settings.relearning_steps),
        )

    # ------------------------------------------------------------------ Anki exchange

    def progress_snapshot(self, decks: Sequence[str]) -> ProgressSnapshot:
        """The cards of ``decks`` with their review logs and the scheduling settings,
        for an Anki export with progress (:meth:`progress_snapshot_job` reads it in a
        worker thread instead)."""
        return read_snapshot(
            self._conn, decks, settings=self._settings, days=self.days, taken_at=self.now()
        )

    def progress_snapshot_job(self, decks: Sequence[str]) -> SnapshotJob:
        return SnapshotJob(self.path, tuple(decks), self._settings, self.days, self.now())

    def merge_reviews(self, reviews: Iterable[merge_ops.IncomingReview]) -> merge_ops.MergeResult:
        """Add reviews made elsewhere (in Anki) that the log does not have yet and
        recompute those cards' FSRS state from their whole history; one transaction.
        Reviews already in the log are recognised and left alone."""
        now_ms = to_ms(self.now())
        with self._write() as conn:
            schedulers = merge_ops.replay_schedulers(self._settings, self._salt, self._retentions())
            result = merge_ops.merge_reviews(conn, schedulers, reviews, now_ms)
        self.merged(result)
        return result

    def merge_job(self) -> merge_ops.MergeJob:
        """:meth:`merge_reviews` as a callable for a worker thread; pass its result
        to :meth:`merged` back on this thread."""
        if self.readonly:
            raise ReadOnlyStoreError()
        return merge_ops.MergeJob(
            self.path, self._settings, self._salt, to_ms(self.now()), self._retentions()
        )

    def _retentions(self) -> dict[str, float]:
        """Each deck's desired retention (for replaying its cards)."""
        decks = [str(r[0]) for r in self._conn.execute("SELECT DISTINCT deck_id FROM cards")]
        return {d: self.deck_limits(d).desired_retention for d in decks}

    def merged(self, result: merge_ops.MergeResult) -> None:
        """Forget what a merge made stale: the undo entries hold card states from
        before it, and today's count of new cards may have grown."""
        if result.added:
            self._undo.clear()
            self._limits_changed()

    # ------------------------------------------------------------------ backups

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.backups_dir)

    @property
    def changed_since_backup(self) -> bool:
        """Whether something was written since the last backup (of this or an earlier
        session: reviews newer than the newest backup count too)."""
        return not self.readonly and (
            self._dirty or self._conn.total_changes != self._changes_at_backup
        )

    def _backup_due(self, now: datetime, *, quitting: bool = False) -> bool:
        if not self.changed_since_backup:
            return False
        if quitting:  # whatever changed since the last backup is in the next one
            return True
        latest = self.backups()
        return not latest or now - latest[0].taken_at >= MIN_INTERVAL

    @guarded
    def backup_job(self, *, force: bool = False) -> BackupJob | None:
        """The backup :meth:`maybe_backup` would take now, as a callable for a worker
        thread (so the GUI never waits on it), or None when none is due. Changes
        made after this call are in the next backup; if the job fails, call
        :meth:`backup_failed` so the next check tries again."""
        now = self.now()
        if not force and not self._backup_due(now):
            return None
        self._changes_at_backup = self._conn.total_changes
        self._dirty = False
        return BackupJob(
            db_path=self.path,
            directory=self.backups_dir,
            taken_at=now,
            today=self.days.calendar_day(now),
            local_date=self.days.calendar_day,
            limits=self.backup_limits,
        )

    def backup_failed(self) -> None:
        self._dirty = True

    @guarded
    def maybe_backup(self, *, force: bool = False, quitting: bool = False) -> Path | None:
        """Back up if something changed and the last backup is 30 minutes old
        (``quitting``: if something changed at all; ``force``: now, regardless); old
        backups are thinned. Returns the new file."""
        now = self.now()
        if not force and not self._backup_due(now, quitting=quitting):
            return None
        path = write_backup(self._conn, self.backups_dir, now)
        thin_backups(
            self.backups_dir,
            self.days.calendar_day(now),
            self.days.calendar_day,
            self.backup_limits,
        )
        self._changes_at_backup = self._conn.total_changes
        self._dirty = False
        return path

    def _activity_since_last_backup(self) -> bool:
        """Whether reviews or quiz answers are newer than the newest backup
        (so a session that crashed before its backup gets one next time)."""
        latest_activity = latest_activity_ms(self._conn)
        if latest_activity == 0:
            return False
        backups = self.backups()
        if not backups:
            return True
        taken = to_ms(backups[0].taken_at)  # the name keeps whole seconds
        if latest_activity >= taken + 1000:
            return True
        if latest_activity < taken:
            return False
        return backed_up_activity_ms(backups[0].path) < latest_activity  # the same second


def open_store(
    path: Path,
    *,
    clock: Clock = utc_now,
    rng: random.Random | None = None,
    tz: tzinfo | None = None,
    readonly: bool = False,
    backups_dir: Path | None = None,
    backup_limits: BackupLimits | None = None,
) -> Store:
    """Open (or create) the progress database at ``path``.

    Read-write (the default) takes the instance lock, checks the file, backs it
    up before a migration and migrates it. ``readonly`` needs no lock (for
    ``studyapp stats`` while the app runs) and refuses a database that needs
    migrating. Raises the errors in :mod:`studyapp.core.store.errors`; the file
    is never modified when one is raised.
    """
    path = Path(path)
    backups = backups_dir or backups_dir_for(path)
    lock: InstanceLock | None = None
    if not readonly:
        lock = InstanceLock.acquire(lock_path_for(path), path)
    try:
        if not readonly:
            check_writable(path)
        conn, version = connect_checked(path, readonly=readonly)
        try:
            if not readonly:
                _prepare(conn, path, version, clock, rng or random.Random(), backups)
            return Store(
                conn,
                path,
                clock=clock,
                tz=tz,
                readonly=readonly,
                lock=lock,
                backups_dir=backups,
                backup_limits=backup_limits or BackupLimits(),
            )
        except sqlite3.Error as exc:
            conn.close()
            raise sqlite_store_error(exc, path) from exc
        except BaseException:
            conn.close()
            raise
    except OSError as exc:  # the file system, not SQLite (e.g. the lock's folder)
        if lock is not None:
            lock.release()
        raise os_store_error(exc, path) from exc
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def open_for_reading(path: Path, *, clock: Clock = utc_now, tz: tzinfo | None = None) -> Store:
    """Open for commands that only read (stats, backup): read-write when studyapp is
    not running (so an old schema is migrated), read-only beside a running instance
    or where nothing can be written (a read-only file or folder).
    Raises :class:`StoreNotFoundError` when there is no database yet."""
    path = Path(path)
    if not path.exists():
        raise StoreNotFoundError(path)
    try:
        return open_store(path, clock=clock, tz=tz)
    except (StoreLockedError, ReadOnlyLocationError):
        return open_store(path, clock=clock, tz=tz, readonly=True)


def _prepare(
    conn: sqlite3.Connection,
    path: Path,
    version: int,
    clock: Clock,
    rng: random.Random,
    backups: Path,
) -> None:
    now = check_utc(clock())
    if 0 < version < SCHEMA_VERSION:
        write_backup(conn, backups, now)  # a way back if the migration goes wrong
    migrate(conn)
    if version == 0:
        with transaction(conn):
            conn.execute(
                "INSERT INTO config (key, value) VALUES ('settings', ?), ('fuzz_salt', ?), "
                "('created_at', ?)",
                (
                    json.dumps(SchedulerSettings().to_dict(), sort_keys=True),
                    json.dumps(rng.getrandbits(31)),
                    json.dumps(now.isoformat()),
                ),
            )
