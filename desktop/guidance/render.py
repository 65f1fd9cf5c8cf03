"""One finding in reading order: the labelled parts every view shows (panel, banner, command, report).

The window's guidance panel, the bedside banner and the ``guidance`` command each draw a finding
in their own medium (HTML, Markdown, wrapped text), but which parts come, in which order, under
which label, is decided here once, so the three cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from desktop.core.guidance import Finding
from desktop.guidance.wording import finding_text, label, typical_facts, typical_sources

# Every part, as the review and the command line show them.
FULL: Final = ("seen", "meaning", "why", "action", "source")
# At the bedside, in the dark, only what was logged, what to do, and where that advice comes from.
BEDSIDE: Final = ("seen", "action", "source")


@dataclass(frozen=True)
class RenderedFinding:
    """A finding's title, its labelled parts in reading order, and any facts listed with it."""

    title: str
    parts: tuple[tuple[str, str], ...]  # (label, text), e.g. ("What to do", "Talk to ...")
    facts: tuple[str, ...]  # facts about ordinary twitching, shown with the "typical" finding
    facts_source: str  # where those facts come from ("" when there are none)


def render_finding(finding: Finding, parts: tuple[str, ...] = FULL) -> RenderedFinding:
    """The words of ``finding``: its title and the chosen parts under their labels, in order."""
    text = finding_text(finding)
    values = {
        "seen": text.seen,
        "meaning": text.meaning,
        "why": text.why,
        "action": text.action,
        "source": text.source,
    }
    facts = tuple(typical_facts(finding)) if finding.rule == "typical" else ()
    return RenderedFinding(
        title=text.title,
        parts=tuple((label(part), values[part]) for part in parts),
        facts=facts,
        facts_source=typical_sources() if facts else "",
    )
