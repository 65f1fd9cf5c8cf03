"""Calibration (guidance.md version 2): the ordinary population stays calm; awake clusters never do."""

from __future__ import annotations

import sys
from datetime import timedelta
from functools import cache
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from tests.core.guidance.population import (
    AS_OF,
    DEFAULT_SEED,
    DEFAULT_SIZE,
    OrdinaryDiary,
    ordinary_diary,
    ordinary_population,
)

from desktop.core.age import age_on
from desktop.core.guidance import RULE_IDS, Finding, evaluate
from desktop.core.model import Event, new_id

ROOT = Path(__file__).resolve().parents[3]


@cache
def _population() -> tuple[tuple[OrdinaryDiary, tuple[Finding, ...]], ...]:
    return tuple(
        (diary, tuple(evaluate(diary.baby, diary.sleeps, diary.events, diary.as_of)))
        for diary in ordinary_population()
    )


def test_the_population_is_varied_as_guidance_md_asks() -> None:
    diaries = [diary for diary, _ in _population()]
    assert len(diaries) >= 200
    ages = [d.age_weeks for d in diaries]
    assert min(ages) == 0 and max(ages) >= 100
    assert 0.08 < sum(d.preterm for d in diaries) / len(diaries) < 0.25
    kinds = {s.kind for d in diaries for s in d.sleeps}
    assert kinds == {"nap", "night"}
    assert sum(any(e.kind == "episode" for e in d.events) for d in diaries) >= 20
    assert sum(any(e.woke_baby for e in d.events) for d in diaries) >= 20
    assert all(e.state == "asleep" for d in diaries for e in d.events)
    assert all(any(e.kind == "twitch" for e in d.events) for d in diaries if d.sleeps)


def test_the_population_is_the_same_for_the_same_seed() -> None:
    first, again = ordinary_diary(DEFAULT_SEED, 7), ordinary_diary(DEFAULT_SEED, 7)
    assert first == again
    assert ordinary_diary(DEFAULT_SEED + 1, 7) != first


def test_no_ordinary_diary_gets_a_doctor_or_emergency_finding() -> None:
    alarms = [
        (diary.index, finding.rule, finding.reasons)
        for diary, findings in _population()
        for finding in findings
        if finding.severity in ("doctor", "emergency")
    ]
    assert alarms == []


def test_checkup_items_on_at_most_a_tenth_of_the_population() -> None:
    # family_history and parent-entered signs (tremor, changed sleep, shaking) are left out.
    flagged = [
        diary.index
        for diary, findings in _population()
        if any(
            f.severity == "checkup"
            and f.rule not in ("family_history", "neuro_symptoms", "with_other_movements")
            for f in findings
        )
    ]
    assert len(flagged) <= 0.10 * DEFAULT_SIZE


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32), index=st.integers(min_value=0, max_value=10_000))
def test_any_ordinary_diary_of_any_seed_stays_below_doctor(seed: int, index: int) -> None:
    diary = ordinary_diary(seed, index)
    findings = evaluate(diary.baby, diary.sleeps, diary.events, diary.as_of)
    assert not {f.severity for f in findings} & {"doctor", "emergency"}


@settings(max_examples=80, deadline=None)
@given(
    index=st.integers(min_value=0, max_value=DEFAULT_SIZE - 1),
    pick=st.integers(min_value=0, max_value=10_000),
    after_min=st.floats(min_value=-10.0, max_value=30.0),
    gaps=st.lists(st.floats(min_value=0.5, max_value=120.0), min_size=4, max_size=11),
    state=st.sampled_from(["awake", "drowsy"]),
)
def test_an_awake_cluster_on_waking_at_8_weeks_to_24_months_is_a_doctor_item_today(
    index: int, pick: int, after_min: float, gaps: list[float], state: str
) -> None:
    diary = _population()[index][0]
    recent = [s for s in diary.sleeps if s.start.date() > AS_OF - timedelta(days=14) and s.end is not None]
    assume(recent)
    sleep = recent[pick % len(recent)]
    assert sleep.end is not None
    assume(8 <= age_on(diary.baby, sleep.end.date()).effective_weeks <= 104)
    assume(sum(gaps) <= 600)  # 5 or more taps within 10 minutes
    start = sleep.end + timedelta(minutes=after_min)
    assume(start >= sleep.start and start.date() <= AS_OF)
    moments = [start]
    for gap in gaps:
        moments.append(moments[-1] + timedelta(seconds=gap))
    assume(moments[-1].date() <= AS_OF)
    later = [s for s in diary.sleeps if s.start > sleep.start]
    assume(not later or moments[-1] < later[0].start)  # the taps do not run into the next sleep
    cluster = [
        Event(
            new_id(), diary.baby.id, sleep.id if moment <= sleep.end else None, moment, "twitch", state=state
        )
        for moment in moments
    ]
    findings = evaluate(diary.baby, diary.sleeps, [*diary.events, *cluster], AS_OF)
    matching = [f for f in findings if f.rule == "clusters_after_waking"]
    assert matching and matching[0].severity == "doctor"
    assert {e.id for e in cluster} <= set(matching[0].event_ids)


@pytest.mark.slow
def test_the_false_alarm_command_prints_the_figures_and_meets_the_targets() -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "false_alarms.py"), "--size", "200", "--check"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "movements_while_awake" in done.stdout
    assert "doctor or emergency finding: 0 (0.0 %) (target 0)" in done.stdout


def _cell(findings_of: list[tuple[Finding, ...]], rule: str) -> str:
    """A README cell: "severity n (p %)" per severity the rule reached, or 0."""
    counts: dict[str, int] = {}
    for findings in findings_of:
        for severity in dict.fromkeys(f.severity for f in findings if f.rule == rule):
            counts[severity] = counts.get(severity, 0) + 1
    size = len(findings_of)
    return ", ".join(f"{s} {n} ({100 * n / size:.1f} %)" for s, n in counts.items()) or "0"


def test_the_readme_shows_this_version_s_figures() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = {
        line.split("|")[1].strip().split("`")[1]: line.split("|")[3].strip()
        for line in readme.splitlines()
        if line.startswith("| `")
        and line.count("|") == 4
        and "version" not in line
        and line.split("|")[1].strip().split("`")[1] in RULE_IDS
    }
    findings_of = [findings for _, findings in _population()]
    assert set(rows) == set(RULE_IDS)
    for rule, cell in rows.items():
        assert cell == _cell(findings_of, rule), rule
