"""The report's page design: which section goes where, in which type, laid out into a Flow."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from desktop.language import QT_TRANSLATE_NOOP, translate
from desktop.report.content import Chart, FindingBlock, ReportContent, days_text
from desktop.report.layout import MUTED, Column, Flow, Style

TITLE: Final = Style(17.0, bold=True)
SUBTITLE: Final = Style(11.0)
HEADING: Final = Style(12.0, bold=True)
BODY: Final = Style(9.0)
STRONG: Final = Style(9.5, bold=True)
SMALL: Final = Style(8.0)
SMALL_MUTED: Final = Style(7.5, italic=True, color=MUTED)
NOTICE: Final = Style(13.0, bold=True)

# The Okabe–Ito palette stays distinct for colour-blind readers; the label always says the severity too.
SEVERITY_COLORS: Final = {
    "emergency": "#D55E00",
    "doctor": "#E69F00",
    "checkup": "#0072B2",
    "info": "#009E73",
}

# The headings are marked for the catalogue and read in the run's language when the report is laid
# out (``_columns``).
EPISODE_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Date"), 0.75),
    Column(QT_TRANSLATE_NOOP("Report", "Time"), 0.5),
    Column(QT_TRANSLATE_NOOP("Report", "Length"), 0.75),
    Column(QT_TRANSLATE_NOOP("Report", "Where"), 0.9),
    Column(QT_TRANSLATE_NOOP("Report", "State"), 0.6),
    Column(QT_TRANSLATE_NOOP("Report", "Woke baby"), 0.55),
    Column(QT_TRANSLATE_NOOP("Report", "Stopped on waking"), 0.75),
    Column(QT_TRANSLATE_NOOP("Report", "Rhythmic"), 0.6),
    Column(QT_TRANSLATE_NOOP("Report", "Video file"), 1.6),
)
NOTE_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "When"), 1.3),
    Column(QT_TRANSLATE_NOOP("Report", "Note"), 4.0),
)
SUMMARY_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Measure"), 2.2),
    Column(QT_TRANSLATE_NOOP("Report", "This period"), 1.0),
    Column(QT_TRANSLATE_NOOP("Report", "Days before"), 1.0),
    Column(QT_TRANSLATE_NOOP("Report", "Change"), 1.6),
)
ALONE_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Measure"), 2.2),
    Column(QT_TRANSLATE_NOOP("Report", "This period"), 3.6),
)


def _columns(columns: Sequence[Column]) -> list[Column]:
    return [Column(translate("Report", column.heading), column.share) for column in columns]


@dataclass(frozen=True)
class Limits:
    """How many rows long lists may take; lowered when the report would pass four pages."""

    evidence: int = 6
    episodes: int = 25
    notes: int = 20


MIN_CHART_SHARE: Final = 0.75  # a chart is drawn at least this share of the width (its type stays legible)

# Tried in order until the report fits in four pages.
LIMITS: Final = (Limits(), Limits(4, 14, 10), Limits(3, 8, 6), Limits(2, 5, 3))


def _more(shown: int, total: int, what: str) -> str:
    return translate(
        "Report", "… and {count} more {what}, not shown here (all are in the CSV export)."
    ).format(count=total - shown, what=what)


def _header(flow: Flow, content: ReportContent) -> None:
    flow.paragraph(translate("Report", "Twitch Diary — checkup report"), TITLE, after_mm=0.5)
    flow.paragraph(f"{content.baby_name} · {days_text(content.period)}", SUBTITLE, after_mm=0.5)
    made = translate("Report", "Made on {when} from the parents' own diary.").format(when=content.created)
    flow.paragraph(made, SMALL_MUTED, after_mm=2.0)
    flow.heading(translate("Report", "The baby"), HEADING)
    flow.key_values(content.baby_rows, BODY)


def _finding(flow: Flow, finding: FindingBlock, limit: int) -> None:
    color = SEVERITY_COLORS.get(finding.severity, MUTED)
    # The wording's titles usually start with what to do ("Get help now: ..."); say it once.
    title = finding.title
    if not title.casefold().startswith(finding.severity_label.casefold()):
        title = translate("Report", "{severity}: {title}").format(
            severity=finding.severity_label, title=title
        )
    # The title never stays alone at a page's foot: it moves on with its text.
    indent = flow.mm(4.5)
    head = flow.text_height(title, STRONG, flow.width - indent)
    body = flow.text_height(finding.message, BODY, flow.width - indent)
    flow.ensure(head + flow.mm(0.6) + min(body, flow.content.height() / 2))  # the body moves whole
    flow.marked_paragraph(color, title, STRONG, after_mm=0.6)
    flow.paragraph(finding.message, BODY, indent_mm=4.5, after_mm=0.6)
    shown = finding.evidence[:limit]
    for line in shown:
        flow.paragraph(f"• {line}", SMALL, indent_mm=6.5, after_mm=0.2)
    if len(finding.evidence) > len(shown):
        flow.paragraph(
            _more(len(shown), len(finding.evidence), translate("Report", "records")),
            SMALL_MUTED,
            indent_mm=6.5,
        )
    if finding.source:
        source = translate("Report", "Source: {source}").format(source=finding.source)
        flow.paragraph(source, SMALL_MUTED, indent_mm=4.5, after_mm=2.2)


def _table_section(
    flow: Flow, title: str, spec: Sequence[Column], rows: Sequence[Sequence[str]], *, limit: int, what: str
) -> None:
    """A heading kept on the page with its table (all of a short one), the table, and what was left out."""
    columns = _columns(spec)
    start = flow.table_start_height(columns, rows[:limit], SMALL)
    flow.heading(title, HEADING, keep_with_mm=flow.to_mm(start) + 1.0)
    flow.table(columns, rows[:limit], SMALL)
    if len(rows) > limit:
        flow.paragraph(_more(limit, len(rows), what), SMALL_MUTED)


def _summary(flow: Flow, content: ReportContent) -> None:
    """The period's numbers, beside the days before it when there are such days to compare with."""
    before = content.before
    if before is None:
        flow.heading(translate("Report", "This period"), HEADING)
        finished = translate("Report", "Rates count only finished sleeps.")
        flow.paragraph(f"{content.comparison_note} {finished}", SMALL_MUTED)
        flow.table(_columns(ALONE_COLUMNS), [(r.label, r.current) for r in content.summary], SMALL)
        return
    heading = translate("Report", "This period compared with the {days} days before").format(days=before.days)
    flow.heading(heading, HEADING)
    note = translate("Report", "The days before: {days}. Rates count only finished sleeps.").format(
        days=days_text(before)
    )
    flow.paragraph(note, SMALL_MUTED)
    rows = [(r.label, r.current, r.previous, r.change) for r in content.summary]
    flow.table(_columns(SUMMARY_COLUMNS), rows, SMALL)


def _chart(flow: Flow, chart: Chart) -> None:
    """A chart with its title and caption, never split across pages.

    A chart that would leave the rest of a page empty is drawn a little smaller to fit there
    (down to ``MIN_CHART_SHARE`` of the width), so a page is not half blank before it.
    """
    caption = (
        flow.text_height(chart.caption, SMALL_MUTED, flow.width) + flow.mm(1.5) if chart.caption else 0.0
    )
    title = flow.text_height(chart.title, HEADING, flow.width) + flow.mm(3.0 + 2.6 + 2.0)
    full = chart.aspect * flow.width
    share = 1.0
    room = flow.remaining - title - caption
    if full > room >= full * MIN_CHART_SHARE and flow.y > flow.content.top():
        share = room / full
    flow.heading(chart.title, HEADING, keep_with_mm=flow.to_mm(full * share + caption) + 2.0)
    flow.picture(chart.svg, chart.aspect, share)
    if chart.caption:
        flow.paragraph(chart.caption, SMALL_MUTED)


def lay_out(flow: Flow, content: ReportContent, limits: Limits) -> None:
    """Lay the whole report into ``flow``: one page when nothing was logged, else two to four."""
    _header(flow, content)
    if content.empty:
        flow.space(8.0)
        flow.paragraph(translate("Report", "Nothing logged in this period."), NOTICE, after_mm=2.0)
        flow.paragraph(content.notice, BODY)
        flow.heading(translate("Report", "About this report"), HEADING)
        flow.paragraph(content.disclaimer, BODY)
        return

    _summary(flow, content)

    flow.heading(translate("Report", "What the pattern resembles (guidance findings)"), HEADING)
    if content.findings_note:
        flow.paragraph(content.findings_note, BODY)
    for finding in content.findings:
        _finding(flow, finding, limits.evidence)

    for chart in content.charts:
        _chart(flow, chart)

    if content.episodes:
        _table_section(
            flow,
            translate("Report", "Episodes"),
            EPISODE_COLUMNS,
            content.episodes,
            limit=limits.episodes,
            what=translate("Report", "episodes"),
        )
    else:
        flow.heading(translate("Report", "Episodes"), HEADING)
        flow.paragraph(translate("Report", "No timed episodes were logged in this period."), BODY)

    if content.notes:
        _table_section(
            flow,
            translate("Report", "The parents' notes"),
            NOTE_COLUMNS,
            content.notes,
            limit=limits.notes,
            what=translate("Report", "notes"),
        )
    else:
        flow.heading(translate("Report", "The parents' notes"), HEADING)
        flow.paragraph(translate("Report", "No notes were written in this period."), BODY)

    if content.questions:
        flow.heading(translate("Report", "Questions the parents may ask"), HEADING)
        for number, question in enumerate(content.questions, start=1):
            flow.paragraph(f"{number}. {question}", BODY, indent_mm=1.0, after_mm=0.8)

    flow.heading(translate("Report", "About this report"), HEADING)
    flow.paragraph(content.disclaimer, BODY)
