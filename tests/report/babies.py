"""One diary with the babies every caption is checked for: term, preterm, a newborn and twins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from tests.report.diary_data import fill_weeks

from desktop.core.model import Baby, new_id
from desktop.store.diary import Diary

LAST_DAY = date(2026, 11, 20)


def _born(days_before: int) -> date:
    return LAST_DAY - timedelta(days=days_before)


@dataclass(frozen=True)
class Kind:
    """A baby of one kind, how many days of its diary are logged, and what is true of it."""

    key: str
    baby: Baby
    logged_days: int
    preterm: bool
    newborn: bool


def kinds() -> tuple[Kind, ...]:
    """Term (39 weeks 3 days), preterm (32 weeks), a newborn of 9 days, and preterm twins."""
    twins = _born(100)
    return (
        Kind("term", Baby(new_id(), "Tom", _born(120), due_date=_born(116)), 56, False, False),
        Kind("preterm", Baby(new_id(), "Pia", _born(90), due_date=_born(34)), 56, True, False),
        Kind("newborn", Baby(new_id(), "Nell", _born(9)), 9, False, True),
        Kind("twin_a", Baby(new_id(), "Ada", twins, due_date=twins + timedelta(days=35)), 56, True, False),
        Kind("twin_b", Baby(new_id(), "Bea", twins, due_date=twins + timedelta(days=35)), 40, True, False),
    )


def fill(data_dir: Path) -> dict[str, Kind]:
    """Store every kind of baby with its days logged up to ``LAST_DAY``; the kinds by key."""
    chosen = kinds()
    with Diary(data_dir) as diary:
        for number, kind in enumerate(chosen):
            diary.babies.add(kind.baby)
            fill_weeks(diary, kind.baby, LAST_DAY, days=kind.logged_days, seed=number)
    return {kind.key: kind for kind in chosen}
