"""Conversions between database columns and core values: instants, dates, sets and flags."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Final

EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)


def instant_to_columns(moment: datetime) -> tuple[int, int]:
    """An aware datetime as (UTC microseconds since the epoch, UTC offset in seconds)."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("times must carry a UTC offset")
    delta = moment - EPOCH
    micros = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
    return micros, int(offset.total_seconds())


def columns_to_instant(micros: int, offset_s: int) -> datetime:
    """The aware datetime, in the offset it was logged with, for stored columns."""
    return (EPOCH + timedelta(microseconds=micros)).astimezone(timezone(timedelta(seconds=offset_s)))


def optional_instant(micros: int | None, offset_s: int | None) -> datetime | None:
    """Like ``columns_to_instant`` but for a column pair that may be empty."""
    if micros is None or offset_s is None:
        return None
    return columns_to_instant(micros, offset_s)


def date_to_text(value: date | None) -> str | None:
    """ISO date text, or None."""
    return None if value is None else value.isoformat()


def text_to_date(value: str | None) -> date | None:
    """A date from ISO text, or None."""
    return None if value is None else date.fromisoformat(value)


def set_to_text(values: frozenset[str], order: tuple[str, ...]) -> str:
    """A set of names as comma-separated text in canonical order."""
    return ",".join(value for value in order if value in values)


def text_to_set(text: str) -> frozenset[str]:
    """A comma-separated text column back into a set of names."""
    return frozenset(part for part in text.split(",") if part)


def optional_bool(value: int | None) -> bool | None:
    """An INTEGER column that may be NULL as an optional bool."""
    return None if value is None else bool(value)
