"""The engine: too little to judge, `typical`, the as-of day's end, and ordering by urgency."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from tests.core.guidance.factory import AS_OF, TZ, Log, at, days_ago

from desktop.core.guidance import RULE_IDS, RULES, SEVERITIES, evaluate, too_little_to_judge
from desktop.core.model import Sleep


def test_an_empty_diary_is_too_little_to_judge() -> None:
    log = Log()
    findings = log.evaluate()
    assert findings == []
    assert too_little_to_judge(findings)


@pytest.mark.parametrize(("days_back", "judged"), [(0, True), (13, True), (14, False), (40, False)])
def test_only_data_in_the_recent_14_days_allows_a_judgement(days_back: int, judged: bool) -> None:
    log = Log()
    log.twitch(log.sleep(days_ago(days_back)))
    assert (not too_little_to_judge(log.evaluate())) is judged


def test_ordinary_twitching_gives_typical_with_its_numbers() -> None:
    log = Log()
    for back in (0, 2, 5):
        log.twitches(log.sleep(days_ago(back), hours=2), 4)
    findings = log.evaluate()
    assert [(f.rule, f.severity) for f in findings] == [("typical", "info")]
    facts = findings[0].facts
    assert facts["twitch_count"] == 12
    assert facts["sleep_count"] == 3
    assert facts["rate"] == pytest.approx(2.0)


def test_typical_only_when_nothing_else_fired() -> None:
    log = Log()
    nap = log.sleep(AS_OF)
    log.twitch(nap)
    log.sign(nap, "tremor")
    assert "typical" not in log.fired()


def test_data_after_the_as_of_day_is_not_seen() -> None:
    log = Log()
    log.twitch(log.sleep(AS_OF + timedelta(days=1)))
    assert log.evaluate() == []


@pytest.mark.parametrize(
    ("moment", "seen"),
    [
        (datetime.combine(AS_OF, time(23, 59, 59), tzinfo=TZ), True),
        (datetime.combine(AS_OF + timedelta(days=1), time(0, 0), tzinfo=TZ), False),
    ],
)
def test_the_as_of_day_ends_at_local_midnight(moment: datetime, seen: bool) -> None:
    log = Log()
    log.sleep(days_ago(1))
    log.event(None, moment, "sign", signs=frozenset({"breathing_pause"}))
    assert ("emergency_signs" in log.fired()) is seen


def test_findings_are_sorted_most_urgent_first() -> None:
    log = Log(baby=Log().baby)
    nap = log.sleep(AS_OF)
    log.twitch(nap)
    log.sign(nap, "tremor")
    log.sign(nap, "eyes_rolling", after_s=1000)
    log.sign(nap, "color_change", after_s=1100)
    severities = [f.severity for f in log.evaluate()]
    assert severities == sorted(severities, key=SEVERITIES.index)
    assert severities[0] == "emergency"


def test_other_babies_records_are_ignored() -> None:
    log = Log()
    other = Log()
    other.sign(other.sleep(AS_OF), "breathing_pause")
    assert evaluate(log.baby, other.sleeps, other.events, AS_OF) == []


def test_every_rule_id_is_a_contract_rule() -> None:
    assert len(RULES) == len(RULE_IDS) - 1  # `typical` is decided by the engine itself
    assert [rule.__name__ for rule in RULES] == list(RULE_IDS[:-1])


def test_a_running_sleep_counts_as_recent_data() -> None:
    log = Log()
    log.sleeps.append(Sleep(id="running", baby_id=log.baby.id, start=at(AS_OF, 20)))
    assert [f.rule for f in log.evaluate()] == ["typical"]
