"""The ``guidance`` command: the findings for one baby as readable text or as one JSON object."""

from __future__ import annotations

import json
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import Any, Final, TextIO

from desktop.commands.failure import fail
from desktop.core.guidance import SEVERITIES, Finding
from desktop.core.model import Baby
from desktop.core.terminal_text import terminal_safe
from desktop.guidance.diary_input import findings_for
from desktop.guidance.render import render_finding
from desktop.guidance.wording import (
    disclaimer,
    finding_text,
    format_day,
    label,
    severity_heading,
    severity_meaning,
    too_little_message,
    too_little_title,
)
from desktop.language import translate
from desktop.language.catalog import Context
from desktop.store.diary import Diary
from desktop.store.errors import StoreError

WIDTH: Final = 78


def findings_json(baby: Baby, as_of: date, findings: list[Finding]) -> dict[str, Any]:
    """The object ``guidance --json`` prints (design.md section 5); no findings = too little to judge."""
    entries = []
    for finding in findings:
        text = finding_text(finding)
        entries.append(
            {
                "rule": finding.rule,
                "severity": finding.severity,
                "title": text.title,
                "message": text.message,
                "evidence": {"sleep_ids": list(finding.sleep_ids), "event_ids": list(finding.event_ids)},
                "source": text.source,
            }
        )
    return {"baby_id": baby.id, "as_of": as_of.isoformat(), "findings": entries}


def _wrapped(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


class GuidanceCommand(Context):
    """The context of the command's plural messages (see ``desktop.language.catalog.Context``)."""

    def events(self, count: int) -> str:
        """ "3 events"."""
        return self.tr("%n event(s)", "", count)

    def sleeps(self, count: int) -> str:
        """ "2 sleeps"."""
        return self.tr("%n sleep(s)", "", count)


def _evidence_line(finding: Finding) -> str:
    events, sleeps = len(finding.event_ids), len(finding.sleep_ids)
    words = GuidanceCommand()
    if events and sleeps:
        where = translate("GuidanceCommand", "{events} in {sleeps}").format(
            events=words.events(events), sleeps=words.sleeps(sleeps)
        )
    elif events:
        where = words.events(events)
    else:
        where = words.sleeps(sleeps)
    return translate("GuidanceCommand", "{label}: {where} (see them in the app's review).").format(
        label=label("evidence"), where=where
    )


def _finding_block(finding: Finding) -> list[str]:
    rendered = render_finding(finding)
    lines = [f"* {rendered.title}"]
    lines.extend(_wrapped(f"{name}: {value}") for name, value in rendered.parts)
    if finding.event_ids or finding.sleep_ids:
        lines.append(_wrapped(_evidence_line(finding)))
    if rendered.facts:
        lines.extend(_wrapped(f"- {fact}", "    ") for fact in rendered.facts)
        lines.append(_wrapped(f"{label('source')}: {rendered.facts_source}", "    "))
    return lines


def findings_text(baby: Baby, as_of: date, findings: list[Finding]) -> str:
    """Readable guidance: grouped by severity, each with what to do and its source."""
    lines = [
        translate("GuidanceCommand", "Guidance for {name} as of {day}").format(
            name=terminal_safe(baby.name), day=format_day(as_of)
        ),
        "",
        textwrap.fill(disclaimer(), WIDTH),
        "",
    ]
    if not findings:
        lines += [f"== {too_little_title()} ==", textwrap.fill(too_little_message(as_of), WIDTH)]
        return "\n".join(lines) + "\n"
    for severity in SEVERITIES:
        group = [f for f in findings if f.severity == severity]
        if not group:
            continue
        lines += [f"== {severity_heading(severity)} ==", severity_meaning(severity), ""]
        for finding in group:
            lines += [*_finding_block(finding), ""]
    return "\n".join(lines)


def run_guidance(
    data_dir: Path, baby: str, as_of: date | None, as_json: bool, out: TextIO | None = None
) -> int:
    """Print the guidance for a baby (by id or name) as of a day; 0 on success, 1 with one line on stderr."""
    stream = sys.stdout if out is None else out
    day = date.today() if as_of is None else as_of
    try:
        with Diary(data_dir) as diary:
            found = diary.babies.find(baby)
            findings = findings_for(diary, found, day)
    except StoreError as error:
        return fail(str(error))
    if as_json:
        stream.write(json.dumps(findings_json(found, day, findings), indent=2) + "\n")
    else:
        stream.write(findings_text(found, day, findings))
    return 0
