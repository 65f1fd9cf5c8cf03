"""The days shown and the days compared with: cut at the birth date, none for "everything"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.model import Baby
from desktop.core.periods import Comparison, age_axis_text, compare, days_before, from_birth
from desktop.core.stats import DayRange, SleepRow

BORN = date(2026, 11, 1)
BABY = Baby(id="b", name="Nell", birth_date=BORN)
PRETERM = Baby(id="p", name="Pia", birth_date=BORN, due_date=BORN + timedelta(days=56))
TERM = Baby(id="t", name="Tom", birth_date=BORN, due_date=BORN + timedelta(days=4))


def _day(offset: int) -> date:
    return BORN + timedelta(days=offset)


def _row(offset: int) -> SleepRow:
    return SleepRow(f"s{offset}", _day(offset), None, 1.0)


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (-27, 0, DayRange(BORN, BORN)),  # a newborn's "last 28 days": from the birth date
        (-27, 10, DayRange(BORN, _day(10))),
        (5, 10, DayRange(_day(5), _day(10))),
        (-10, -1, None),  # wholly before birth
    ],
)
def test_from_birth(first: int, last: int, expected: DayRange | None) -> None:
    assert from_birth(BABY, DayRange(_day(first), _day(last))) == expected


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (0, 6, None),  # starts on the birth date: nothing before it
        (3, 9, DayRange(BORN, _day(2))),  # three days of life before a week
        (28, 55, DayRange(_day(0), _day(27))),
    ],
)
def test_days_before(first: int, last: int, expected: DayRange | None) -> None:
    assert days_before(BABY, DayRange(_day(first), _day(last))) == expected


@pytest.mark.parametrize(
    ("rows", "everything", "expected"),
    [
        ([_row(3), _row(30)], False, Comparison(DayRange(_day(28), _day(55)), DayRange(_day(0), _day(27)))),
        ([_row(3), _row(30)], True, Comparison(DayRange(_day(28), _day(55)), None, "everything")),
        ([_row(30)], False, Comparison(DayRange(_day(28), _day(55)), None, "nothing_logged")),
    ],
)
def test_compare(rows: list[SleepRow], everything: bool, expected: Comparison) -> None:
    assert compare(BABY, DayRange(_day(28), _day(55)), rows, everything) == expected


def test_compare_at_birth() -> None:
    assert compare(BABY, DayRange(BORN, _day(9)), [_row(1)]).reason == "birth"


@pytest.mark.parametrize(
    ("baby", "mode", "words"),
    [
        (PRETERM, "corrected", "as the baby was born preterm"),
        (TERM, "corrected", "the baby was born at term"),
        (BABY, "corrected", "age since birth"),  # no due date: corrected age does not exist
        (PRETERM, "chronological", "age since birth"),
        (TERM, "chronological", "age since birth"),
    ],
)
def test_age_axis_text(baby: Baby, mode: str, words: str) -> None:
    assert words in age_axis_text(baby, mode)
