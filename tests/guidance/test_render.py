"""One finding renderer: the review panel, the bedside banner and the command line show the same parts."""

from __future__ import annotations

import html

import pytest
from tests.core.guidance.test_wording import _all_findings

from desktop.commands.guidance import _finding_block
from desktop.core.guidance import Finding
from desktop.guidance.render import BEDSIDE, FULL, render_finding
from desktop.guidance.wording import finding_text, label

FINDINGS = _all_findings()
IDS = [f"{f.rule}-{f.severity}-{'+'.join(f.reasons)}" for f in FINDINGS]


@pytest.mark.parametrize("finding", FINDINGS, ids=IDS)
def test_the_parts_come_in_reading_order_under_their_labels(finding: Finding) -> None:
    text = finding_text(finding)
    rendered = render_finding(finding)
    assert rendered.title == text.title
    assert rendered.parts == (
        (label("seen"), text.seen),
        (label("meaning"), text.meaning),
        (label("why"), text.why),
        (label("action"), text.action),
        (label("source"), text.source),
    )
    assert [name for name, _ in render_finding(finding, BEDSIDE).parts] == [label(p) for p in BEDSIDE]
    assert bool(rendered.facts) == bool(rendered.facts_source)
    if finding.rule != "typical":
        assert rendered.facts == ()


@pytest.mark.parametrize("finding", FINDINGS, ids=IDS)
def test_panel_and_command_line_show_every_part_in_the_same_order(finding: Finding) -> None:
    from desktop.ui.review.guidance_panel import FindingCard

    rendered = render_finding(finding)
    panel = FindingCard._body_html(finding)
    cli = "\n".join(_finding_block(finding))
    cli_flat = " ".join(cli.split())
    panel_at = -1
    cli_at = -1
    for name, value in rendered.parts:
        panel_at = panel.index(f"<b>{html.escape(name)}:</b> {html.escape(value)}", panel_at + 1)
        cli_at = cli_flat.index(" ".join(f"{name}: {value}".split()), cli_at + 1)
    for fact in rendered.facts:
        assert html.escape(fact) in panel
        assert " ".join(fact.split()) in cli_flat
    assert len(FULL) == len(rendered.parts)


@pytest.mark.parametrize("finding", FINDINGS, ids=IDS)
def test_the_bedside_banner_shows_what_was_seen_what_to_do_and_the_source(finding: Finding) -> None:
    from desktop.ui.bedside.alerts import banner_body

    text = finding_text(finding)
    body = banner_body(finding)
    assert body.index(text.seen) <= body.index(text.action) < body.index(text.source)
    assert text.meaning not in body or text.meaning in text.seen
