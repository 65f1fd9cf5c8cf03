"""One spelling of every stored value: the bedside, the editor, the review and the report agree."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core import model, summary_text, value_labels, weekly
from desktop.core.model import Event
from desktop.report import words
from desktop.ui import value_labels as ui_labels
from desktop.ui.bedside import chips, episode_panel, pause_question

ROOT = Path(__file__).resolve().parents[1]
TABLES = (
    (value_labels.BODY_PART_LABELS, model.BODY_PARTS),
    (value_labels.SIDE_LABELS, model.SIDES),
    (value_labels.STATE_LABELS, model.STATES),
    (value_labels.EVENT_KIND_LABELS, model.EVENT_KINDS),
    (value_labels.SLEEP_KIND_LABELS, model.SLEEP_KINDS),
    (value_labels.STOPPED_ON_WAKING_LABELS, model.STOPPED_ON_WAKING),
    (value_labels.SIGN_LABELS, model.SIGNS),
    (value_labels.PAUSE_LENGTH_LABELS, model.PAUSE_LENGTHS),
    (value_labels.FAMILY_HISTORY_LABELS, model.FAMILY_HISTORY_KINDS),
)


@pytest.mark.parametrize(("labels", "values"), TABLES)
def test_every_stored_value_has_one_label(labels: dict[str, str], values: tuple[str, ...]) -> None:
    assert tuple(labels) == values
    assert len(set(labels.values())) == len(values)  # no two values read the same
    assert all(label == label.lower() or label[0].islower() for label in labels.values())


@pytest.mark.parametrize(
    ("shown", "core"),
    [
        (chips.BODY_LABELS, value_labels.BODY_PART_LABELS),
        (chips.SIDE_LABELS, value_labels.SIDE_LABELS),
        (chips.SIGN_LABELS, value_labels.SIGN_LABELS),
        (ui_labels.BODY_PART_LABELS, value_labels.BODY_PART_LABELS),
        (ui_labels.SIGN_LABELS, value_labels.SIGN_LABELS),
        (ui_labels.STOPPED_ON_WAKING_LABELS, value_labels.STOPPED_ON_WAKING_LABELS),
        (ui_labels.FAMILY_HISTORY_LABELS, value_labels.FAMILY_HISTORY_LABELS),
        (dict(episode_panel.QUESTIONS[0][2]), value_labels.STATE_LABELS),
        (dict(episode_panel.QUESTIONS[1][2]), value_labels.STOPPED_ON_WAKING_LABELS),
        ({k: v for k, v in pause_question._choices() if k}, value_labels.PAUSE_LENGTH_LABELS),
    ],
)
def test_bedside_and_editor_show_the_same_words(shown: dict[str, str], core: dict[str, str]) -> None:
    assert {key: label.casefold() for key, label in shown.items()} == core


@pytest.mark.parametrize("sign", model.SIGNS)
def test_report_review_and_timeline_name_a_sign_as_the_bedside_does(sign: str) -> None:
    event = Event("e", "b", "s", datetime(2026, 11, 1, 3, tzinfo=UTC), "sign", signs=frozenset({sign}))
    label = value_labels.SIGN_LABELS[sign]
    assert f"signs: {label}" in words.marked_text(event)
    assert summary_text.format_signs({sign: 1}) == label
    assert chips.SIGN_LABELS[sign] == value_labels.capitalised(label)


def test_chart_groups_carry_the_parts_labels() -> None:
    for name, parts in weekly.PART_GROUPS:
        assert name == value_labels.capitalised(value_labels.BODY_PART_LABELS[parts[0]])


def test_no_other_module_spells_a_stored_value() -> None:
    # A dict entry like "color_change": "…" anywhere else would be a second spelling.
    keys = {key for labels, _ in TABLES for key in labels if "_" in key}
    pattern = re.compile(r'"(' + "|".join(map(re.escape, sorted(keys))) + r')"\s*:\s*"')
    found = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "desktop").rglob("*.py")
        if path.name != "value_labels.py" and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
