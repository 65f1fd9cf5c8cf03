"""A baby's ages as the parent reads them in the form, from local calendar dates."""

from __future__ import annotations

from datetime import date

from desktop.core.age import age_on, format_weeks_days
from desktop.core.model import Baby
from desktop.language import translate


def _age_days_text(days: int) -> str:
    if days == 0:
        return translate("AgeText", "born today")
    return translate("AgeText", "{age} old").format(age=format_weeks_days(days))


def age_summary(birth_date: date, due_date: date | None, today: date) -> str:
    """Plain ages for the form, e.g. "10 weeks 2 days old; born at 34 weeks 5 days — corrected age ..."."""
    if birth_date > today:
        return ""
    age = age_on(Baby(id="", name="", birth_date=birth_date, due_date=due_date), today)
    text = _age_days_text(age.chronological_days)
    if age.gestational_days_at_birth is None or age.gestational_days_at_birth <= 0:
        return text
    text += translate("AgeText", "; born at {age}").format(
        age=format_weeks_days(age.gestational_days_at_birth)
    )
    if age.preterm and age.corrected_days is not None:
        if age.corrected_days >= 0:
            text += translate("AgeText", " — corrected age {age}").format(
                age=format_weeks_days(age.corrected_days)
            )
        else:
            text += translate("AgeText", " — {age} before the due date").format(
                age=format_weeks_days(-age.corrected_days)
            )
    return text
