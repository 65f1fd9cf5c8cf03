"""The days a review or report shows and the days it compares them with: never any before birth.

A range of days reaches back before birth when a newborn's review shows "the last 28 days"; the
part before the birth date holds nothing and would print as weeks of negative age or as an
empty "before" period. A period is compared with the days just before it only when those days
exist (after birth), hold something logged, and the parent did not ask for everything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.age import is_preterm
from desktop.core.model import Baby
from desktop.core.stats import DayRange, SleepRow
from desktop.language import translate


def from_birth(baby: Baby, days: DayRange) -> DayRange | None:
    """The part of ``days`` from the birth date on; None when it all lies before the birth."""
    if days.last < baby.birth_date:
        return None
    return DayRange(max(days.first, baby.birth_date), days.last)


def days_before(baby: Baby, days: DayRange) -> DayRange | None:
    """The days of the same length just before ``days``, from the birth on; None right after birth."""
    return from_birth(baby, days.previous())


def has_records(rows: Iterable[SleepRow], days: DayRange) -> bool:
    """True when something (a sleep or loose events) was logged on one of the days."""
    return any(row.day in days for row in rows)


@dataclass(frozen=True)
class Comparison:
    """The period shown, the days it is compared with (None: none), and why there are none."""

    days: DayRange
    before: DayRange | None
    reason: str = ""  # "everything", "birth" or "nothing_logged" when ``before`` is None


def compare(baby: Baby, days: DayRange, rows: Iterable[SleepRow], everything: bool = False) -> Comparison:
    """The days to compare ``days`` with, or the reason there are none.

    ``everything`` is the parent's "Everything" choice: there is no earlier period to set beside it.
    ``days`` must already start on or after the birth date (see ``from_birth``).
    """
    if everything:
        return Comparison(days, None, "everything")
    before = days_before(baby, days)
    if before is None:
        return Comparison(days, None, "birth")
    if not has_records(rows, before):
        return Comparison(days, None, "nothing_logged")
    return Comparison(days, before)


def no_comparison_text(reason: str, baby_name: str) -> str:
    """Why a period stands alone, in one sentence for the review and the report."""
    if reason == "everything":
        return translate(
            "Periods", "Everything logged is shown, so there is no earlier period to compare it with."
        )
    if reason == "birth":
        return translate(
            "Periods",
            "The period starts on {name}'s birth date: there are no days before it to compare with.",
        ).format(name=baby_name)
    if reason == "nothing_logged":
        return translate(
            "Periods",
            "Nothing was logged in the days before this period, so there is nothing to compare it with.",
        )
    return ""


def age_axis_text(baby: Baby, mode: str) -> str:
    """What the weeks of a chart count from, true for this baby and the chosen age mode."""
    if mode == "corrected" and baby.due_date is not None:
        if is_preterm(baby):
            return translate(
                "Periods", "corrected age (weeks from the due date), as the baby was born preterm"
            )
        return translate(
            "Periods", "corrected age (weeks from the due date), as chosen; the baby was born at term"
        )
    return translate("Periods", "age since birth (weeks from the birth date)")
