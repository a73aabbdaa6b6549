"""The millisecond conversions: their fast paths give what the plain arithmetic gives."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.store.clock import EPOCH, check_utc, from_ms, to_ms, truncate_ms

MS = st.integers(min_value=-(10**13), max_value=10**14)
ZONES = st.sampled_from([timezone.utc, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5))])


@given(ms=MS)
def test_from_ms_and_back(ms: int) -> None:
    moment = from_ms(ms)
    assert moment == EPOCH + timedelta(milliseconds=ms)
    assert moment.tzinfo is timezone.utc
    assert to_ms(moment) == ms


@given(moment=st.datetimes(timezones=ZONES))
def test_utc_or_not_the_same_instant_in_utc(moment: datetime) -> None:
    expected_ms = (moment - EPOCH) // timedelta(milliseconds=1)
    assert to_ms(moment) == expected_ms
    assert check_utc(moment) == moment
    assert check_utc(moment).tzinfo is timezone.utc
    truncated = truncate_ms(moment)
    assert truncated == from_ms(expected_ms)
    assert truncated.tzinfo is timezone.utc
