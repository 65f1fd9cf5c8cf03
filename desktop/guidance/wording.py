"""Wording of guidance findings: titles and messages filled from ``resources/guidance`` (no Qt)."""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from desktop.core.guidance import Fact, Finding
from desktop.language import translate
from desktop.language.formats import day_text, decimal_text, list_text, plural, times_text
from desktop.resources import read_localized_json

RULES_FILE: Final = ("guidance", "rules.json")
COMMON_FILE: Final = ("guidance", "common.json")
# Facts that hold comma-separated codes, and the table of common.json that names them.
_CODE_TABLES: Final = {
    "signs": "sign_names",
    "history": "family_history_names",
    "age_basis": "age_basis_names",
}


def _rules() -> dict[str, Any]:
    rules: dict[str, Any] = read_localized_json(*RULES_FILE)
    return rules


def _common() -> dict[str, Any]:
    common: dict[str, Any] = read_localized_json(*COMMON_FILE)
    return common


def _names(codes: str, table: str) -> str:
    """Comma-separated codes as words joined the way people say lists: "a, b and c"."""
    names: dict[str, str] = _common()[table]
    return list_text([names.get(code, code.replace("_", " ")) for code in codes.split(",") if code])


def format_duration(seconds: float) -> str:
    """A duration as people say it: "45 s", "5 min", "6 min 10 s", "1 h 5 min"."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"


def format_number(value: float) -> str:
    """A measured number with at most one decimal, without a trailing ".0" ("1,5" in Spanish)."""
    text = decimal_text(value, 1)
    return text[:-2] if text[-1] == "0" and not text[-2].isdigit() else text


def format_day(day: date) -> str:
    """A day as "Mon 3 Nov 2026" in this run's language, independent of the system locale."""
    return day_text(day)


def format_fact(name: str, value: Fact) -> str:
    """One fact of a finding as text, chosen by its type and by naming conventions of the rules."""
    if isinstance(value, datetime):
        return f"{format_day(value.date())}, {value:%H:%M}"
    if isinstance(value, date):
        return format_day(value)
    if isinstance(value, str):
        table = _CODE_TABLES.get(name)
        return value if table is None else _names(value, table)
    if name.endswith("_s") and isinstance(value, int | float):
        return format_duration(value)
    if isinstance(value, float):
        return format_number(value)
    return str(value)


class _FactFormatter(string.Formatter):
    """Fills ``{name}`` with a formatted fact and ``{name:noun}`` with "3 nouns" (or "1 noun")."""

    def __init__(self, facts: dict[str, Fact]) -> None:
        super().__init__()
        self._facts = facts

    def get_value(self, key: int | str, args: Any, kwargs: Any) -> Any:
        """Look a placeholder up among the finding's facts; a missing fact is a wording bug."""
        if isinstance(key, int) or key not in self._facts:
            raise KeyError(f"guidance wording names an unknown fact: {key}")
        return (key, self._facts[key])

    def format_field(self, value: Any, format_spec: str) -> str:
        """Format one fact, with its noun when the placeholder names one."""
        name, fact = value
        if format_spec == "time" and isinstance(fact, int):
            return times_text(fact)  # "{n:time}" reads "once", "twice", "3 times" in every language
        text = format_fact(name, fact)
        return f"{text} {plural(format_spec, fact)}" if format_spec else text


def fill(template: str, facts: dict[str, Fact]) -> str:
    """A wording template with its placeholders replaced by the finding's facts."""
    return _FactFormatter(facts).format(template)


@dataclass(frozen=True)
class FindingText:
    """The words shown for one finding: a title and the parts of its message, with the source."""

    title: str
    seen: str
    meaning: str
    why: str
    action: str
    source: str

    @property
    def message(self) -> str:
        """The whole message in one paragraph: what was seen, what it may mean, why, what to do."""
        return translate("GuidanceText", "{seen} {meaning} {why} What to do: {action}").format(
            seen=self.seen, meaning=self.meaning, why=self.why, action=self.action
        )


def _by_reason(wording: dict[str, Any], finding: Finding, part: str) -> str | None:
    """The first override of a part ("title", "meaning", "why", "action") among the finding's reasons."""
    overrides: dict[str, dict[str, str]] = wording.get("by_reason", {})
    for reason in finding.reasons:
        if part in overrides.get(reason, {}):
            return overrides[reason][part]
    return None


def finding_text(finding: Finding) -> FindingText:
    """The title, message parts and source of a finding, in the wording of ``resources/guidance``.

    ``seen`` joins the sentences of the reasons that have one; a reason may also override the
    title, meaning, why or action (``by_reason``) or add a note after the meaning (``notes``),
    so a finding's words follow what actually matched (the baby's age, a short pause, ...).
    """
    wording = _rules()[finding.rule]
    seen = " ".join(
        fill(wording["seen"][reason], finding.facts)
        for reason in finding.reasons
        if reason in wording["seen"]
    )
    notes = [
        fill(wording["notes"][r], finding.facts) for r in finding.reasons if r in wording.get("notes", {})
    ]
    meaning = fill(_by_reason(wording, finding, "meaning") or wording["meaning"], finding.facts)
    return FindingText(
        title=fill(
            _by_reason(wording, finding, "title") or wording["titles"][finding.severity], finding.facts
        ),
        seen=seen,
        meaning=" ".join([meaning, *notes]),
        why=fill(_by_reason(wording, finding, "why") or wording["why"], finding.facts),
        action=fill(
            _by_reason(wording, finding, "action") or wording["actions"][finding.severity], finding.facts
        ),
        source=wording["source"],
    )


def disclaimer() -> str:
    """The plain statement that the app does not diagnose, with when to get help."""
    return str(_common()["disclaimer"])


def severity_heading(severity: str) -> str:
    """The heading a group of findings of one severity is shown under."""
    return str(_common()["severities"][severity]["heading"])


def severity_meaning(severity: str) -> str:
    """One line saying what a severity asks of the parent."""
    return str(_common()["severities"][severity]["meaning"])


def label(part: str) -> str:
    """The label of a part of a finding ("What to do", "Source", ...)."""
    return str(_common()["labels"][part])


def too_little_title() -> str:
    """The title shown when nothing was logged recently enough to judge."""
    return str(_common()["too_little"]["title"])


def too_little_message(as_of: date) -> str:
    """The message shown when nothing was logged in the 14 days up to ``as_of``."""
    return str(_common()["too_little"]["message"]).format(as_of=format_day(as_of))


def typical_facts(finding: Finding | None = None) -> list[str]:
    """Facts about ordinary sleep twitching, shown with the `typical` finding.

    Facts about newborn sleep twitching are left out from 12 weeks of age (it is usually gone by
    3 months), so an older baby is not reassured with them; none are shown when movements were
    logged awake that no rule judged (they are facts about sleep). Given no finding, all are returned.
    """
    if finding is not None and "nothing_matched" not in finding.reasons:
        return []
    age = None if finding is None else finding.facts.get("age_weeks")
    facts: list[dict[str, Any]] = _common()["typical_facts"]
    return [
        str(fact["text"])
        for fact in facts
        if not isinstance(age, int) or age < int(fact.get("under_weeks", age + 1))
    ]


def typical_sources() -> str:
    """Where the facts about ordinary sleep twitching come from."""
    return str(_common()["typical_sources"])
