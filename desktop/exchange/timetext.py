"""Strict reading and writing of the exchange format's times (ISO 8601 with offset) and dates."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo
from typing import Final

from desktop.language import QT_TRANSLATE_NOOP, translate

# Extended ISO 8601 only: the format is written by programs, so one spelling is enough to accept.
# Every accepted spelling of a time, each digit written 0 (48 of them): a time is spelled right
# when its digits, ASCII ones only, turned to 0 give one of these. The same as the pattern
# \d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2}(?::\d{2})?)? (re.ASCII),
# at a third of its cost, which counts for the 240,000 times of a three-year import.
_SECONDS: Final = ("", ":00", *(":00." + "0" * digits for digits in range(1, 7)))
_OFFSETS: Final = ("", "Z", "+00:00", "-00:00", "+00:00:00", "-00:00:00")
_INSTANT_SHAPES: Final = frozenset(
    f"0000-00-00T00:00{seconds}{offset}".encode() for seconds in _SECONDS for offset in _OFFSETS
)
_DIGITS_TO_ZERO: Final = bytes.maketrans(b"0123456789", b"0000000000")
_DATE: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
# Far enough apart for any diary, near enough that converting to UTC can never overflow.
MIN_YEAR: Final = 1900
MAX_YEAR: Final = 9000
MAX_OFFSET: Final = timedelta(hours=18)
_MAX_OFFSET_S: Final = 18 * 3600
_EPOCH_DAY: Final = date(1970, 1, 1).toordinal()
TIME_EXAMPLE: Final = "2026-09-01T13:05:12+02:00"
DATE_EXAMPLE: Final = "2026-08-01"


# What Python says is wrong with a date or time that does not exist: its usual messages, translated
# as they are (any other is shown as it is).
_DATE_MISTAKES: Final = frozenset(
    {
        QT_TRANSLATE_NOOP("DateMistakes", "day is out of range for month"),
        QT_TRANSLATE_NOOP("DateMistakes", "month must be in 1..12"),
        QT_TRANSLATE_NOOP("DateMistakes", "hour must be in 0..23"),
        QT_TRANSLATE_NOOP("DateMistakes", "minute must be in 0..59"),
        QT_TRANSLATE_NOOP("DateMistakes", "second must be in 0..59"),
    }
)


def _mistake(error: ValueError) -> str:
    """Python's reason a date or time does not exist, in the run's language when it is a usual one."""
    text = str(error)
    return translate("DateMistakes", text) if text in _DATE_MISTAKES else text


class TimeTextError(ValueError):
    """The text is not a time or date the exchange format accepts; ``str()`` says why."""


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise TimeTextError(
            translate("ExchangeProblems", "year {year} is not plausible for a diary").format(year=year)
        )


def spelled_as_instant(text: str) -> bool:
    """True when ``text`` is spelled as the format's times are (extended ISO 8601, ASCII digits)."""
    return text.isascii() and text.encode().translate(_DIGITS_TO_ZERO) in _INSTANT_SHAPES


def parse_instant(text: str) -> datetime:
    """An offset-aware datetime from ISO 8601 text such as ``2026-09-01T13:05:12.250+02:00``."""
    # The shapes fix the accepted spelling; the C parser then does the (fast) work of reading it.
    if not spelled_as_instant(text):
        raise TimeTextError(
            translate("ExchangeProblems", "must be an ISO 8601 time like {example}").format(
                example=TIME_EXAMPLE
            )
        )
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise TimeTextError(
            translate("ExchangeProblems", "is not a real time ({detail})").format(detail=_mistake(error))
        ) from error
    offset = moment.utcoffset()
    if offset is None:
        raise TimeTextError(translate("ExchangeProblems", "has no UTC offset; add Z or one like +02:00"))
    _check_year(moment.year)
    if abs(offset) > MAX_OFFSET:
        raise TimeTextError(translate("ExchangeProblems", "has a UTC offset beyond 18 hours"))
    return moment


def instant_columns(text: str) -> tuple[int, int] | None:
    """What ``parse_instant`` reads, as stored: (UTC microseconds since the epoch, UTC offset in seconds).

    None where ``parse_instant`` would refuse the text. For the quick readers of a big import: the
    microseconds are counted from the parsed fields (days since the epoch, then the time of day),
    which is what ``moment - epoch`` gives, without the two timedelta objects it makes on the way.
    """
    if not spelled_as_instant(text):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    zone = moment.tzinfo
    if zone is None:  # no UTC offset
        return None
    offset_s = _OFFSET_SECONDS.get(zone)
    if offset_s is None:
        offset = zone.utcoffset(moment)
        if offset is None:
            return None
        offset_s = offset.days * 86_400 + offset.seconds  # whole seconds: the spelling has no fractions
        if len(_OFFSET_SECONDS) < _OFFSETS_KEPT:
            _OFFSET_SECONDS[zone] = offset_s
    if not MIN_YEAR <= moment.year <= MAX_YEAR or not -_MAX_OFFSET_S <= offset_s <= _MAX_OFFSET_S:
        return None
    days = moment.toordinal() - _EPOCH_DAY
    local_s = (days * 24 + moment.hour) * 3600 + moment.minute * 60 + moment.second
    return (local_s - offset_s) * 1_000_000 + moment.microsecond, offset_s


# The UTC offsets times have carried, in seconds, by time zone: a diary's times carry a few (summer
# and winter time), and reading one from its zone each time was a tenth of an import's time reading.
_OFFSET_SECONDS: Final[dict[tzinfo, int]] = {}
_OFFSETS_KEPT: Final = 64


def parse_date(text: str) -> date:
    """A calendar date from ``YYYY-MM-DD`` text."""
    match = _DATE.fullmatch(text)
    if match is None:
        raise TimeTextError(
            translate("ExchangeProblems", "must be a date like {example}").format(example=DATE_EXAMPLE)
        )
    year, month, day = (int(part) for part in match.groups())
    _check_year(year)
    try:
        return date(year, month, day)
    except ValueError as error:
        raise TimeTextError(
            translate("ExchangeProblems", "is not a real date ({detail})").format(detail=_mistake(error))
        ) from error


def format_instant(moment: datetime) -> str:
    """ISO 8601 text in the time's own offset: whole seconds, milliseconds or microseconds as needed."""
    if moment.microsecond == 0:
        spec = "seconds"
    elif moment.microsecond % 1000 == 0:
        spec = "milliseconds"
    else:
        spec = "microseconds"
    return moment.isoformat(timespec=spec)
