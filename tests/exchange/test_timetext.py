"""The exchange format's times: the quick spelling check and the stored columns match their definitions."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.exchange.timetext import TimeTextError, instant_columns, parse_instant, spelled_as_instant
from desktop.store.codec import instant_to_columns

# The accepted spelling as design.md states it, written as a pattern (\d is 0-9 only with re.ASCII).
SPELLING = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2}(?::\d{2})?)?", re.ASCII
)
GOOD = "2026-09-01T13:05:12.250123+02:00"
# Near misses: what a person or another program might write instead.
NEAR = st.sampled_from(list("0123456789-+:.TZtz ,W٣\u00a0\ud800"))


@given(st.text(alphabet=NEAR, max_size=36))
def test_the_spelling_check_accepts_exactly_the_pattern(text: str) -> None:
    assert spelled_as_instant(text) == (SPELLING.fullmatch(text) is not None)


@given(st.integers(0, len(GOOD)), st.integers(0, len(GOOD)), st.text(alphabet=NEAR, max_size=3))
def test_a_good_time_changed_anywhere_is_checked_as_the_pattern_checks_it(
    cut: int, end: int, put: str
) -> None:
    text = GOOD[:cut] + put + GOOD[max(cut, end) :]
    assert spelled_as_instant(text) == (SPELLING.fullmatch(text) is not None)


@given(
    st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(8999, 12, 30)), st.integers(-1080, 1080)
)
def test_the_stored_columns_are_those_of_the_parsed_time(moment: datetime, offset_min: int) -> None:
    sign = "+" if offset_min >= 0 else "-"
    text = moment.isoformat() + f"{sign}{abs(offset_min) // 60:02d}:{abs(offset_min) % 60:02d}"
    assert instant_columns(text) == instant_to_columns(parse_instant(text))


@pytest.mark.parametrize(
    "text",
    [
        "2026-09-01T13:05:12",
        "2026-02-30T10:00Z",
        "1899-12-31T23:00Z",
        "2026-09-01T13:05+18:01",
        "2026-09-01 13:05Z",
    ],
)
def test_a_time_parse_instant_refuses_has_no_columns(text: str) -> None:
    with pytest.raises(TimeTextError):
        parse_instant(text)
    assert instant_columns(text) is None


def test_utc_is_read_as_utc() -> None:
    assert instant_columns("1970-01-01T00:00:01.5Z") == (1_500_000, 0)
    assert instant_to_columns(datetime(1970, 1, 1, 0, 0, 1, 500_000, tzinfo=UTC)) == (1_500_000, 0)
