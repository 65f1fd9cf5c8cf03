"""Gathering the report from the diary: the baby, the period's numbers, findings, tables and notes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Final

from desktop.core.age import age_on, format_weeks_days
from desktop.core.guidance import LOOKBACK_DAYS, Finding, evaluate
from desktop.core.model import FAMILY_HISTORY_KINDS, Baby, Event, Sleep, ordered
from desktop.core.periods import age_axis_text, compare, from_birth, no_comparison_text
from desktop.core.stats import BabyAggregates, DayRange, summarize
from desktop.core.value_labels import FAMILY_HISTORY_LABELS
from desktop.core.weekly import default_age_mode
from desktop.guidance.diary_input import load_input
from desktop.guidance.wording import finding_text, severity_heading, too_little_message
from desktop.language import translate
from desktop.language.formats import list_text
from desktop.report.content import Chart, FindingBlock, ReportContent, format_day
from desktop.report.summary import summary_rows
from desktop.report.words import (
    episode_row,
    event_evidence,
    event_note_row,
    sleep_evidence,
    sleep_note_row,
)
from desktop.resources import read_localized_json
from desktop.store.aggregates import episode_rows, part_counts, sleep_rows
from desktop.store.diary import Diary

TEXT_FILE: Final = ("report", "text.json")
QUESTIONS_FILE: Final = ("report", "questions.json")
# Records keep their own UTC offset; fetch two days more on each side, then keep the local days.
_EDGE: Final = timedelta(days=2)


@dataclass(frozen=True)
class ReportInput:
    """The records one report is made from, read from the diary once."""

    baby: Baby
    days: DayRange
    sleeps: tuple[Sleep, ...]  # sleeps that started in the period, and those the findings may name
    events: tuple[Event, ...]  # events logged on the period's days, and those the findings name
    aggregates: BabyAggregates  # of the period and the one before it (what the summary and charts use)
    findings: tuple[Finding, ...]  # guidance as of the period's last day, most urgent first
    age_mode: str | None = None  # the review's choice for the charts' age axis; None: the default
    before: DayRange | None = None  # the days the period is compared with; None: no comparison
    no_comparison: str = ""  # why there is no comparison ("everything", "birth", "nothing_logged")

    @property
    def mode(self) -> str:
        """The age the charts count weeks in: the review's choice, else the baby's default."""
        return self.age_mode or default_age_mode(self.baby)

    @property
    def chart_days(self) -> DayRange:
        """The days the charts span: the period and the days it is compared with."""
        return self.days if self.before is None else DayRange(self.before.first, self.days.last)


# Draws the report's charts from its input; kept apart so the slow import of matplotlib stays lazy.
ChartMaker = Callable[[ReportInput], Sequence[Chart]]


def _midnight_utc(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def gather(
    diary: Diary, baby: Baby, days: DayRange, age_mode: str | None = None, everything: bool = False
) -> ReportInput:
    """Read what the report needs about ``baby`` for ``days``, with guidance as of their last day.

    ``age_mode`` (``corrected`` or ``chronological``) is the age the charts count weeks in; by
    default corrected age for a baby born preterm, as in the review. The period starts at the
    birth at the earliest; it is compared with the days before it unless ``everything`` (the
    review's "Everything") is asked for or there is nothing before it.
    """
    days = from_birth(baby, days) or days  # a period wholly before birth stays: "not born yet"
    loaded = load_input(diary, baby, days.last)
    findings = evaluate(loaded.baby, loaded.sleeps, loaded.events, loaded.as_of)
    if days.first >= days.last - timedelta(days=LOOKBACK_DAYS):
        # The guidance already read these weeks (the usual four-week report): no second read.
        all_sleeps, all_events = loaded.sleeps, loaded.events
    else:
        since, until = _midnight_utc(days.first) - _EDGE, _midnight_utc(days.last) + _EDGE
        all_sleeps = diary.sleeps.for_baby(baby.id, since, until)
        all_events = diary.events.for_baby(baby.id, since, until)
    sleeps = [s for s in all_sleeps if s.start.date() in days]
    events = {e.id: e for e in all_events if e.at.date() in days}
    # The findings may name records from before the period (the rules look back up to 8 weeks).
    named = {i for finding in findings for i in finding.event_ids}
    events.update({e.id: e for e in loaded.events if e.id in named})
    sleeps_by_id = {s.id: s for s in [*loaded.sleeps, *sleeps]}
    shown = DayRange(days.previous().first, days.last)
    rows = sleep_rows(diary.connection, baby.id, shown)
    comparison = compare(baby, days, rows, everything)
    return ReportInput(
        baby,
        days,
        tuple(sorted(sleeps_by_id.values(), key=lambda s: s.start)),
        tuple(sorted(events.values(), key=lambda e: e.at)),
        # What the summary and the charts read: the period and the one before it (the charts span
        # both), read through the indexes. The review's hour-of-day counts are not printed.
        BabyAggregates(
            sleeps=rows,
            episodes=episode_rows(diary.connection, baby.id, shown),
            hour_counts={},
            part_counts=part_counts(diary.connection, baby.id, shown),
        ),
        tuple(findings),
        age_mode,
        comparison.before,
        comparison.reason,
    )


def baby_rows(baby: Baby, on: date, mode: str | None = None) -> tuple[tuple[str, str], ...]:
    """The baby's facts: name, birth, ages on the period's last day, gestation and family history.

    ``mode`` is the age the charts count in (default: the baby's own default).
    """
    age = age_on(baby, on)
    rows = [
        (translate("Report", "Name"), baby.name),
        (translate("Report", "Born"), format_day(baby.birth_date)),
    ]
    age_label = translate("Report", "Age on {day}").format(day=format_day(on))
    if age.chronological_days < 0:
        rows.append((age_label, translate("Report", "not born yet: the period ends before the birth date")))
    else:
        rows.append((age_label, format_weeks_days(age.chronological_days)))
        corrected = translate("Report", "Corrected age")
        if age.corrected_days is not None and baby.due_date is not None:
            due = translate("Report", "{age} (due {day})").format(
                age=format_weeks_days(age.corrected_days), day=format_day(baby.due_date)
            )
            rows.append((corrected, due))
        else:
            rows.append((corrected, translate("Report", "no due date recorded")))
    if age.gestational_days_at_birth is not None:
        term = translate("Report", "preterm") if age.preterm else translate("Report", "term")
        rows.append(
            (
                translate("Report", "Gestational age at birth"),
                f"{format_weeks_days(age.gestational_days_at_birth)} ({term})",
            )
        )
    if baby.birth_weight_g is not None:
        rows.append((translate("Report", "Birth weight"), f"{baby.birth_weight_g} g"))
    history = ordered(baby.family_history, FAMILY_HISTORY_KINDS)
    rows.append(
        (
            translate("Report", "Family history"),
            list_text([FAMILY_HISTORY_LABELS[kind] for kind in history])
            if history
            else translate("Report", "none recorded"),
        )
    )
    if age.chronological_days >= 0:
        rows.append(
            (translate("Report", "Ages in charts"), age_axis_text(baby, mode or default_age_mode(baby)))
        )
    return tuple(rows)


def _evidence(finding: Finding, sleeps: dict[str, Sleep], events: dict[str, Event]) -> tuple[str, ...]:
    """The records behind a finding, oldest first: its events, then sleeps with no event listed."""
    shown = [events[event_id] for event_id in finding.event_ids if event_id in events]
    covered = {event.sleep_id for event in shown}
    lines = [event_evidence(event) for event in sorted(shown, key=lambda e: e.at)]
    quiet = [sleeps[s] for s in finding.sleep_ids if s in sleeps and s not in covered]
    lines += [sleep_evidence(sleep) for sleep in sorted(quiet, key=lambda s: s.start)]
    return tuple(lines)


def finding_blocks(findings: Sequence[Finding], data: ReportInput) -> tuple[FindingBlock, ...]:
    """The findings as the report prints them, most urgent first, each with its evidence."""
    sleeps = {sleep.id: sleep for sleep in data.sleeps}
    events = {event.id: event for event in data.events}
    blocks = []
    for finding in findings:
        text = finding_text(finding)
        blocks.append(
            FindingBlock(
                severity=finding.severity,
                severity_label=severity_heading(finding.severity),
                title=text.title,
                # What was logged and what it resembles; the advice to parents stays in the app.
                message=f"{text.seen} {text.meaning}",
                source=text.source,
                evidence=_evidence(finding, sleeps, events),
            )
        )
    return tuple(blocks)


def questions(findings: Sequence[Finding]) -> tuple[str, ...]:
    """Questions for the doctor that follow from the findings, then the general ones."""
    table = read_localized_json(*QUESTIONS_FILE)
    chosen: list[str] = []
    for finding in findings:
        chosen += [str(q) for q in table["by_rule"].get(finding.rule, ()) if q not in chosen]
    return (*chosen, *(str(q) for q in table["general"]))


def _in_days(days: DayRange) -> Callable[[datetime], bool]:
    return lambda moment: moment.date() in days


def build_content(
    data: ReportInput, charts: ChartMaker | None = None, now: datetime | None = None
) -> ReportContent:
    """The whole report for the input's baby and days (one "nothing logged" page when empty)."""
    text = read_localized_json(*TEXT_FILE)
    days, baby = data.days, data.baby
    made = now or datetime.now().astimezone()
    inside = _in_days(days)
    period_sleeps = [s for s in data.sleeps if inside(s.start)]
    period_events = [e for e in data.events if inside(e.at)]
    base = ReportContent(
        baby_name=baby.name,
        baby_rows=baby_rows(baby, days.last, data.mode),
        period=days,
        created=f"{format_day(made.date())}, {made:%H:%M}",
        empty=True,
        notice=str(text["nothing_logged"]),
        disclaimer=str(text["disclaimer"]),
    )
    if not period_sleeps and not period_events:
        return base

    rows = data.aggregates.sleeps
    before = data.before

    def logged_days(period: DayRange) -> int:
        return len({r.day for r in rows if r.sleep_id is not None and r.day in period})

    current = summarize(rows, days)
    previous = None if before is None else summarize(rows, before)
    findings = data.findings
    notes = [(s.start, sleep_note_row(s)) for s in period_sleeps if s.note.strip()]
    notes += [(e.at, event_note_row(e)) for e in period_events if e.note.strip()]
    notes.sort(key=lambda pair: pair[0])
    return replace(
        base,
        empty=False,
        notice="",
        summary=tuple(
            summary_rows(current, previous, (logged_days(days), 0 if before is None else logged_days(before)))
        ),
        before=before,
        comparison_note=no_comparison_text(data.no_comparison, baby.name),
        findings=finding_blocks(findings, data),
        findings_note="" if findings else too_little_message(days.last),
        charts=tuple(charts(data)) if charts is not None else (),
        episodes=tuple(episode_row(e) for e in period_events if e.kind == "episode"),
        notes=tuple(row for _, row in notes),
        questions=questions(findings),
    )
