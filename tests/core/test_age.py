"""Age arithmetic from local calendar dates: chronological, gestational and corrected age."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.age import age_on, format_weeks_days, weeks
from desktop.core.model import Baby

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def _baby(birth: date, due: date | None = None) -> Baby:
    return Baby(id="b", name="Mia", birth_date=birth, due_date=due)


@pytest.mark.parametrize(
    ("birth", "due", "on", "expected"),
    [
        # Term baby, a few days early: corrected age is a few days behind.
        (date(2026, 8, 1), date(2026, 8, 5), date(2026, 8, 1), (0, 0, -4, -1, False)),
        (date(2026, 8, 1), date(2026, 8, 5), date(2026, 8, 8), (7, 1, 3, 0, False)),
        (date(2026, 8, 1), date(2026, 8, 5), date(2026, 10, 10), (70, 10, 66, 9, False)),
        # No due date: no corrected age, never counted as preterm.
        (date(2026, 8, 1), None, date(2026, 8, 14), (13, 1, None, None, False)),
        # Month ends: 31 January to 1 March in a common year is 29 days.
        (date(2026, 1, 31), None, date(2026, 3, 1), (29, 4, None, None, False)),
        (date(2026, 4, 30), None, date(2026, 5, 31), (31, 4, None, None, False)),
        (date(2026, 12, 31), None, date(2027, 1, 1), (1, 0, None, None, False)),
        # Leap days: born on 29 February 2028.
        (date(2028, 2, 29), None, date(2028, 3, 1), (1, 0, None, None, False)),
        (date(2028, 2, 28), None, date(2028, 3, 1), (2, 0, None, None, False)),
        (date(2028, 2, 29), None, date(2029, 2, 28), (365, 52, None, None, False)),
        (date(2028, 2, 1), date(2028, 2, 29), date(2028, 3, 7), (35, 5, 7, 1, True)),  # born at 36 weeks
        # A daylight-saving day (29 March 2026 in Europe) is one calendar day like any other.
        (date(2026, 3, 22), None, date(2026, 3, 29), (7, 1, None, None, False)),
        (date(2026, 3, 29), None, date(2026, 3, 30), (1, 0, None, None, False)),
        # Preterm, born at 30 weeks (due 70 days after birth): before term-equivalent age ...
        (date(2026, 6, 1), date(2026, 8, 10), date(2026, 7, 1), (30, 4, -40, -6, True)),
        (date(2026, 6, 1), date(2026, 8, 10), date(2026, 8, 9), (69, 9, -1, -1, True)),
        # ... at term-equivalent age, and after it.
        (date(2026, 6, 1), date(2026, 8, 10), date(2026, 8, 10), (70, 10, 0, 0, True)),
        (date(2026, 6, 1), date(2026, 8, 10), date(2026, 9, 7), (98, 14, 28, 4, True)),
        # 36 weeks 6 days is preterm; 37 weeks 0 days is not.
        (date(2026, 6, 1), date(2026, 6, 1) + timedelta(days=22), date(2026, 6, 2), (1, 0, -21, -3, True)),
        (date(2026, 6, 1), date(2026, 6, 1) + timedelta(days=21), date(2026, 6, 2), (1, 0, -20, -3, False)),
    ],
)
def test_age_on(birth: date, due: date | None, on: date, expected: tuple[object, ...]) -> None:
    """(chronological days, weeks, corrected days, weeks, preterm) on a day."""
    age = age_on(_baby(birth, due), on)
    assert (
        age.chronological_days,
        age.chronological_weeks,
        age.corrected_days,
        age.corrected_weeks,
        age.preterm,
    ) == expected


@pytest.mark.parametrize(
    ("birth", "due", "gestational_days"),
    [
        (date(2026, 8, 1), date(2026, 8, 1), 280),
        (date(2026, 8, 1), date(2026, 8, 5), 276),
        (date(2026, 8, 10), date(2026, 8, 1), 289),  # born after the due date
        (date(2026, 6, 1), date(2026, 8, 10), 210),
        (date(2028, 1, 1), date(2028, 3, 1), 220),  # counts 29 February 2028
    ],
)
def test_gestational_age_at_birth(birth: date, due: date, gestational_days: int) -> None:
    assert age_on(_baby(birth, due), birth).gestational_days_at_birth == gestational_days


def test_no_due_date_has_no_gestational_age() -> None:
    assert age_on(_baby(date(2026, 8, 1)), date(2026, 9, 1)).gestational_days_at_birth is None


@pytest.mark.parametrize(
    ("due", "on", "effective_days"),
    [
        (date(2026, 8, 10), date(2026, 7, 1), -40),  # preterm: rules use the corrected age
        (date(2026, 8, 10), date(2026, 9, 7), 28),
        (date(2026, 6, 20), date(2026, 9, 7), 98),  # term: corrected is ignored, chronological counts
        (None, date(2026, 9, 7), 98),
    ],
)
def test_effective_age_is_corrected_only_for_preterm_babies(
    due: date | None, on: date, effective_days: int
) -> None:
    age = age_on(_baby(date(2026, 6, 1), due), on)
    assert age.effective_days == effective_days
    assert age.effective_weeks == effective_days // 7


def test_local_date_of_an_instant_across_a_dst_change() -> None:
    """Ages come from the local date: a tap just before and after the clocks change count the same."""
    baby = _baby(date(2026, 3, 1))
    before = datetime(2026, 3, 29, 1, 30, tzinfo=CET)
    after = datetime(2026, 3, 29, 3, 30, tzinfo=CEST)
    assert after - before == timedelta(hours=1)
    assert age_on(baby, before.date()).chronological_days == 28
    assert age_on(baby, after.date()).chronological_days == 28


@pytest.mark.parametrize(
    ("days", "expected"),
    [(0, 0), (6, 0), (7, 1), (13, 1), (14, 2), (-1, -1), (-6, -1), (-7, -1), (-8, -2), (-14, -2), (-15, -3)],
)
def test_weeks_round_down_even_when_negative(days: int, expected: int) -> None:
    assert weeks(days) == expected


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (0, "0 weeks"),
        (1, "1 day"),
        (6, "6 days"),
        (7, "1 week"),
        (8, "1 week 1 day"),
        (73, "10 weeks 3 days"),
        (-14, "-2 weeks"),
        (-3, "-3 days"),
        (-10, "-1 week 3 days"),
    ],
)
def test_format_weeks_days(days: int, text: str) -> None:
    assert format_weeks_days(days) == text


dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@given(dates, st.integers(min_value=-140, max_value=140), st.integers(min_value=-400, max_value=1200))
def test_age_properties(birth: date, due_gap: int, age_days: int) -> None:
    """Corrected age trails chronological age by the due-date gap; a week later is one week older."""
    due = birth + timedelta(days=due_gap)
    on = birth + timedelta(days=age_days)
    age = age_on(_baby(birth, due), on)
    assert age.chronological_days == age_days
    assert age.corrected_days == age_days - due_gap
    assert age.gestational_days_at_birth == 280 - due_gap
    assert age.preterm is (280 - due_gap < 259)
    later = age_on(_baby(birth, due), on + timedelta(days=7))
    assert later.chronological_weeks == age.chronological_weeks + 1
    assert later.corrected_weeks == (age.corrected_weeks or 0) + 1


@given(st.integers(min_value=-10_000, max_value=10_000))
def test_weeks_is_floor_division(days: int) -> None:
    assert weeks(days) * 7 <= days < (weeks(days) + 1) * 7
