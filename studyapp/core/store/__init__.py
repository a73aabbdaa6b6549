"""The progress store and FSRS scheduling (Qt-free).

    from studyapp.core.deck.model import CardKind
    from studyapp.core.store import open_store, Rating

    with open_store(ctx.store_path) as store:
        store.sync_cards(deck.id, [(f.id, f.topic) for f in deck.facts], [CardKind.QA])
        card = store.next_card()
        if card is not None:
            labels = store.preview(card)          # {Rating.AGAIN: timedelta(...), ...}
            store.answer(card.id, Rating.GOOD, duration_ms=4200)

See :class:`Store` for the whole interface.
"""

from studyapp.core.store.backup import (
    BackupInfo,
    BackupLimits,
    BackupSummary,
    RestoreResult,
    backups_dir_for,
    restore_backup,
    summarize_backup,
    validate_backup,
)
from studyapp.core.store.clock import Clock, LearnerDays, utc_now
from studyapp.core.store.errors import (
    BackupError,
    CardNotFoundError,
    CorruptDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    OutdatedSchemaError,
    QuizAttemptNotFoundError,
    ReadOnlyLocationError,
    ReadOnlyStoreError,
    StorageError,
    StoreError,
    StoreLockedError,
    StoreNotFoundError,
    UndoError,
)
from studyapp.core.store.merge import MATCH_WINDOW_MS, IncomingReview, MergeJob, MergeResult
from studyapp.core.store.optimize import (
    MIN_REVIEWS,
    Decision,
    OptimizeJob,
    OptimizeResult,
    OptimizerInput,
    fit,
)
from studyapp.core.store.options import DeckLimits, DeckOptions, Extension
from studyapp.core.store.progress import OpenedProgress, open_progress
from studyapp.core.store.quiz import (
    QuestionReport,
    QuizAnswer,
    QuizAnswerRecord,
    QuizAttempt,
    QuizOutcome,
)
from studyapp.core.store.records import (
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
)
from studyapp.core.store.schema import SCHEMA_VERSION
from studyapp.core.store.settings import NewOrder, SchedulerSettings
from studyapp.core.store.snapshot import ProgressSnapshot, SnapshotJob
from studyapp.core.store.stats import (
    DayReviews,
    ForecastDay,
    Retention,
    Stats,
    StatsQueries,
    TimeStudied,
    TopicMastery,
    empty_stats,
)
from studyapp.core.store.store import DEFAULT_KINDS, Store, open_for_reading, open_store
from studyapp.core.store.workload import Workload, WorkloadJob, WorkloadPoint

__all__ = [
    "DEFAULT_KINDS",
    "MATCH_WINDOW_MS",
    "MIN_REVIEWS",
    "SCHEMA_VERSION",
    "BackupError",
    "BackupInfo",
    "BackupLimits",
    "BackupSummary",
    "CardId",
    "CardNotFoundError",
    "CardRecord",
    "CardState",
    "Clock",
    "CorruptDatabaseError",
    "CustomStudy",
    "DayReviews",
    "Decision",
    "DeckLimits",
    "DeckOptions",
    "DueNow",
    "Extension",
    "FactKey",
    "ForecastDay",
    "IncomingReview",
    "LearnerDays",
    "MergeJob",
    "MergeResult",
    "NewOrder",
    "NewerSchemaError",
    "NotADatabaseError",
    "OpenedProgress",
    "OptimizeJob",
    "OptimizeResult",
    "OptimizerInput",
    "OutdatedSchemaError",
    "ProgressSnapshot",
    "QuestionReport",
    "QueueCounts",
    "QuizAnswer",
    "QuizAnswerRecord",
    "QuizAttempt",
    "QuizAttemptNotFoundError",
    "QuizOutcome",
    "Rating",
    "ReadOnlyLocationError",
    "ReadOnlyStoreError",
    "RestoreResult",
    "Retention",
    "ReviewId",
    "ReviewRecord",
    "ReviewResult",
    "SchedulerSettings",
    "SnapshotJob",
    "Stats",
    "StatsQueries",
    "StorageError",
    "Store",
    "StoreError",
    "StoreLockedError",
    "StoreNotFoundError",
    "SyncResult",
    "TimeStudied",
    "TopicMastery",
    "UndoError",
    "Workload",
    "WorkloadJob",
    "WorkloadPoint",
    "backups_dir_for",
    "empty_stats",
    "fit",
    "open_for_reading",
    "open_progress",
    "open_store",
    "restore_backup",
    "summarize_backup",
    "utc_now",
    "validate_backup",
]
