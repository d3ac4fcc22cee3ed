"""Study days: the day rolls over at a set hour (default 4 a.m.) in the time zone of `now`.

A review at 01:30 on the 2nd belongs to the study day of the 1st. Time is always passed in as
an aware datetime; nothing here reads the clock.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

DEFAULT_ROLLOVER_HOUR = 4


def check_now(now: datetime) -> tzinfo:
    """The time zone of `now`; a naive datetime is refused, since the study day depends on it."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"time must carry a time zone (use datetime.now().astimezone()), got {now!r}")
    return now.tzinfo


def check_rollover_hour(hour: int) -> int:
    if isinstance(hour, bool) or not isinstance(hour, int) or not 0 <= hour <= 23:
        raise ValueError(f"the rollover hour is a whole number from 0 to 23, got {hour!r}")
    return hour


def study_day(now: datetime, rollover_hour: int = DEFAULT_ROLLOVER_HOUR) -> date:
    """The study day `now` falls in: its local date, minus one before the rollover hour."""
    check_now(now)
    return (now - timedelta(hours=check_rollover_hour(rollover_hour))).date()


def day_start(day: date, tz: tzinfo, rollover_hour: int = DEFAULT_ROLLOVER_HOUR) -> datetime:
    """The moment study day `day` begins in time zone `tz`."""
    return datetime.combine(day, time(check_rollover_hour(rollover_hour)), tzinfo=tz)


def next_day_start(now: datetime, rollover_hour: int = DEFAULT_ROLLOVER_HOUR) -> datetime:
    """When the study day after `now`'s begins (the end of "today")."""
    return day_start(study_day(now, rollover_hour) + timedelta(days=1), check_now(now), rollover_hour)
