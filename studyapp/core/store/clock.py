"""Time as the store sees it: an injected UTC clock, milliseconds in the database,
and the reader's day (which starts at a rollover hour in their time zone).

Nothing in the store calls ``datetime.now()`` except :func:`utc_now`, the default
clock; tests pass fixed times.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

Clock = Callable[[], datetime]

UTC = timezone.utc
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MS = timedelta(milliseconds=1)
DAY_MS = 86_400_000


def utc_now() -> datetime:
    """The default clock."""
    return datetime.now(timezone.utc)


def check_utc(moment: datetime) -> datetime:
    """``moment`` in UTC; naive datetimes are refused (their zone is a guess)."""
    if moment.tzinfo is UTC:  # the usual case, and the cheapest test
        return moment
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"expected a timezone-aware datetime, got {moment!r}")
    return moment.astimezone(timezone.utc)


def to_ms(moment: datetime) -> int:
    """Milliseconds since the epoch, exactly (no float rounding)."""
    if moment.tzinfo is not UTC:
        moment = check_utc(moment)
    return (moment - EPOCH) // MS


def from_ms(ms: int) -> datetime:
    # (seconds, microseconds) builds the same timedelta as milliseconds=ms, faster
    return EPOCH + timedelta(0, ms // 1000, ms % 1000 * 1000)


def truncate_ms(moment: datetime) -> datetime:
    """``moment`` in UTC at the millisecond precision the database keeps."""
    if moment.tzinfo is UTC and not moment.microsecond % 1000:
        return moment
    return from_ms(to_ms(moment))


@dataclass(frozen=True, slots=True)
class LearnerDays:
    """The reader's days: they start at ``rollover_hour`` local time (Anki uses 4 am).

    ``tz`` None means the computer's local zone, looked up per instant so that
    daylight-saving changes are followed.
    """

    tz: tzinfo | None = None
    rollover_hour: int = 4

    def local(self, moment: datetime) -> datetime:
        moment = check_utc(moment)
        return moment.astimezone(self.tz) if self.tz is not None else moment.astimezone()

    def day_of(self, moment: datetime) -> date:
        """The reader's date of ``moment`` (before the rollover hour it is still yesterday)."""
        return (self.local(moment) - timedelta(hours=self.rollover_hour)).date()

    def start_of(self, day: date) -> datetime:
        """When ``day`` starts, in UTC."""
        naive = datetime.combine(day, time(hour=self.rollover_hour))
        local = naive.replace(tzinfo=self.tz) if self.tz is not None else naive.astimezone()
        return local.astimezone(timezone.utc)

    def today_start(self, now: datetime) -> datetime:
        return self.start_of(self.day_of(now))

    def today_end(self, now: datetime) -> datetime:
        """When the next day starts: review cards due before this are due today."""
        return self.start_of(self.day_of(now) + timedelta(days=1))

    def calendar_day(self, moment: datetime) -> date:
        """The local calendar date (no rollover), e.g. for naming and thinning backups."""
        return self.local(moment).date()
