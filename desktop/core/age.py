"""Age arithmetic from local calendar dates: chronological, gestational and corrected age."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from desktop.core.model import Baby
from desktop.language.catalog import Context

FULL_TERM_DAYS: Final = 280  # 40 weeks of gestation, the reference for the due date
PRETERM_BEFORE_DAYS: Final = 37 * 7  # born before 37 weeks of gestation counts as preterm


def weeks(days: int) -> int:
    """Whole weeks in a number of days, rounding down (so -3 days is week -1), as design.md says."""
    return days // 7


def chronological_age_days(birth_date: date, on: date) -> int:
    """Days since birth on a local calendar date."""
    return (on - birth_date).days


def gestational_age_days(birth_date: date, due_date: date) -> int:
    """Gestational age at birth in days: 280 minus the days from birth to the due date."""
    return FULL_TERM_DAYS - (due_date - birth_date).days


def is_preterm(baby: Baby) -> bool:
    """True when the baby was born before 37 weeks of gestation (needs a due date)."""
    if baby.due_date is None:
        return False
    return gestational_age_days(baby.birth_date, baby.due_date) < PRETERM_BEFORE_DAYS


def corrected_age_days(due_date: date, on: date) -> int:
    """Days since the due date (negative before term-equivalent age)."""
    return (on - due_date).days


@dataclass(frozen=True)
class Age:
    """A baby's age on one day, in the forms the charts, rules and report need."""

    chronological_days: int
    corrected_days: int | None
    gestational_days_at_birth: int | None
    preterm: bool

    @property
    def chronological_weeks(self) -> int:
        """Whole weeks since birth."""
        return weeks(self.chronological_days)

    @property
    def corrected_weeks(self) -> int | None:
        """Whole weeks since the due date, or None without a due date."""
        return None if self.corrected_days is None else weeks(self.corrected_days)

    @property
    def effective_days(self) -> int:
        """The age rules use: corrected for a preterm baby, chronological otherwise."""
        if self.preterm and self.corrected_days is not None:
            return self.corrected_days
        return self.chronological_days

    @property
    def effective_weeks(self) -> int:
        """Whole weeks of the age the rules use."""
        return weeks(self.effective_days)


def age_on(baby: Baby, on: date) -> Age:
    """The baby's age on a local calendar date."""
    gestational = None if baby.due_date is None else gestational_age_days(baby.birth_date, baby.due_date)
    corrected = None if baby.due_date is None else corrected_age_days(baby.due_date, on)
    return Age(
        chronological_days=chronological_age_days(baby.birth_date, on),
        corrected_days=corrected,
        gestational_days_at_birth=gestational,
        preterm=is_preterm(baby),
    )


def format_weeks_days(days: int) -> str:
    """Human form of a day count, e.g. ``"10 weeks 3 days"``, ``"-2 weeks"`` or ``"-3 days"``."""
    sign = "-" if days < 0 else ""
    whole, rest = divmod(abs(days), 7)
    words = AgeWords()
    if rest == 0:
        return f"{sign}{words.weeks(whole)}"
    if whole == 0:
        # "-0 weeks 3 days" would hide the sign's meaning; say the days alone.
        return f"{sign}{words.days(rest)}"
    return f"{sign}{words.weeks(whole)} {words.days(rest)}"


class AgeWords(Context):
    """Ages in weeks and days (the context of their plural messages)."""

    def weeks(self, count: int) -> str:
        """ "10 weeks"."""
        return self.tr("%n week(s)", "", count)

    def days(self, count: int) -> str:
        """ "3 days"."""
        return self.tr("%n day(s)", "", count)
