"""Every rule and severity has wording; every placeholder is filled; no forbidden phrase anywhere."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from tests.core.guidance.factory import AS_OF, Log, at, baby_aged, days_ago

from desktop.core.guidance import RULE_IDS, SEVERITIES, Finding
from desktop.guidance.wording import (
    disclaimer,
    fill,
    finding_text,
    format_duration,
    severity_heading,
    too_little_message,
    typical_facts,
)
from desktop.resources import read_json, read_text

FORBIDDEN = ("this is nothing", "this is normal", "this is a seizure")

# Every (rule, severity) a rule can produce, from guidance.md.
SEVERITIES_OF = {
    "emergency_signs": {"emergency", "doctor"},
    "not_stopping_on_waking": {"doctor"},
    "clusters_after_waking": {"doctor"},
    "movements_while_awake": {"doctor"},
    "disturbs_sleep": {"doctor", "checkup"},
    "with_other_movements": {"doctor", "checkup"},
    "neuro_symptoms": {"doctor", "checkup"},
    "rhythmic": {"checkup", "doctor"},  # doctor: a rhythmic episode that did not stop on waking
    "spreading": {"checkup"},
    "late_onset_or_increasing": {"checkup", "doctor"},
    "preterm_not_improving": {"checkup"},
    "family_history": {"checkup"},
    "typical": {"info"},
}


def _signs() -> Log:
    log = Log(baby=baby_aged(30, history=frozenset({"epilepsy", "startle_disease"})))
    nap = log.sleep(AS_OF, hours=3)
    log.twitches(nap, 11, every_s=0.5)
    for i in range(11):
        log.twitch(nap, after_s=5000 + 0.5 * i, state="awake")
    log.sign(nap, "breathing_pause", "color_change", after_s=900)
    log.sign(nap, "breathing_pause", after_s=950, pause_length="under_10s")
    log.episode(nap, duration_s=400, after_s=1000, stopped_on_waking="no", rhythmic=True, woke_baby=True)
    log.sign(nap, "stiffening", "shaking", "eyes_rolling", "tremor", "sleep_change", after_s=2000)
    log.sign(nap, "lost_skills", after_s=2100)
    log.sign(None, "shaking")
    other = log.sleep(days_ago(1), hour=6)
    log.twitch(other, woke_baby=True)
    assert other.end is not None
    log.event(None, other.end + timedelta(minutes=5), "episode", duration_s=9.0, state="awake")
    for i in range(5):
        log.event(None, other.end + timedelta(minutes=8, seconds=8 * i), "twitch", state="awake")
    third = log.sleep(days_ago(2), hour=6)
    log.twitch(third, woke_baby=True)
    assert third.end is not None
    log.event(None, third.end + timedelta(minutes=12), "episode", duration_s=7.0, state="drowsy")
    for i in range(6):  # an awake cluster in the afternoon, away from any sleep
        log.event(None, third.end + timedelta(hours=5, seconds=40 * i), "twitch", state="awake")
    return log


def _checkup_only() -> Log:
    log = Log(baby=baby_aged(20))
    nap = log.sleep(AS_OF)
    log.twitches(nap, 10, every_s=2.0)
    log.sign(nap, "shaking", after_s=2000)
    log.sign(nap, "tremor", after_s=2100)
    log.twitch(log.sleep(days_ago(3)), woke_baby=True)
    log.twitch(log.sleep(days_ago(12)), woke_baby=True)
    return log


def _spreading_and_rates() -> Log:
    log = Log(baby=baby_aged(110))
    parts = ("hand", "foot", "face", "arm", "leg")
    for back in (40, 36, 30):  # the 3 weeks before the last 3: few twitches
        log.twitches(log.sleep(days_ago(back), hours=2), 3, body_part="hand")
    for back in (26, 22, 18, 15):  # the 14 days before the recent 14: one small body part
        log.twitches(log.sleep(days_ago(back), hours=2), 6, body_part="hand")
    for back in (10, 6, 3, 0):  # recent: many parts, half in the torso
        nap = log.sleep(days_ago(back), hours=1)
        for i in range(12):
            log.twitch(nap, after_s=30 + 61 * i, body_part="torso" if i % 2 else parts[i % 5])
    return log


def _preterm() -> Log:
    log = Log(baby=baby_aged(3, preterm_weeks=8, extra_days=2))
    due = log.baby.due_date
    assert due is not None
    for week, taps in ((-1, 10), (0, 12), (1, 16), (2, 18)):  # the 4 complete corrected weeks
        log.twitches(log.sleep(due + timedelta(days=7 * week + 1), hours=3), taps)
    return log


def _short_pause() -> Log:
    log = Log()
    nap = log.sleep(AS_OF)
    log.sign(nap, "breathing_pause", pause_length="under_10s")
    log.twitches(nap, 10, every_s=1.0)  # and a newborn's rhythmic run
    return log


def _typical() -> Log:
    log = Log()
    log.twitches(log.sleep(AS_OF), 3)
    return log


def _awake_not_assessed() -> Log:
    log = Log(baby=baby_aged(40))
    log.twitches(log.sleep(AS_OF), 3)
    log.event(None, at(AS_OF, 17), "twitch", state="awake")
    log.event(None, at(AS_OF, 18), "episode", duration_s=4.0, state="drowsy")
    return log


def _one_day_late_episodes() -> Log:
    log = Log(baby=baby_aged(30))
    for back in (0, 3):
        log.episode(log.sleep(days_ago(back)), stopped_on_waking="yes")
    return log


SCENARIOS: list[Callable[[], Log]] = [
    _signs,
    _checkup_only,
    _spreading_and_rates,
    _preterm,
    _typical,
    _awake_not_assessed,
    _short_pause,
]


def _all_findings() -> list[Finding]:
    return [f for scenario in [*SCENARIOS, _one_day_late_episodes] for f in scenario().evaluate()]


def test_the_scenarios_cover_every_rule_and_severity() -> None:
    produced = {(f.rule, f.severity) for f in _all_findings()}
    expected = {(rule, severity) for rule, severities in SEVERITIES_OF.items() for severity in severities}
    assert expected <= produced
    reasons = {(f.rule, reason) for f in _all_findings() for reason in f.reasons}
    wording = read_json("guidance", "rules.json")
    worded = {
        (rule, reason)
        for rule in wording
        for part in ("seen", "notes", "by_reason")
        for reason in wording[rule].get(part, {})
    }
    assert reasons == worded


def test_every_rule_has_wording_for_each_of_its_severities() -> None:
    wording = read_json("guidance", "rules.json")
    assert set(wording) == set(RULE_IDS)
    for rule, severities in SEVERITIES_OF.items():
        assert set(wording[rule]["titles"]) == severities
        assert set(wording[rule]["actions"]) == severities
        assert wording[rule]["source"]
        assert wording[rule]["meaning"] and wording[rule]["why"]


@pytest.mark.parametrize(
    "finding", _all_findings(), ids=lambda f: f"{f.rule}-{f.severity}-{'+'.join(f.reasons)}"
)
def test_every_finding_reads_as_a_complete_message(finding: Finding) -> None:
    text = finding_text(finding)
    for part in (text.title, text.seen, text.message, text.source):
        assert part.strip()
        assert "{" not in part and "}" not in part
    assert "What to do:" in text.message


def test_no_text_contains_a_forbidden_phrase() -> None:
    texts = [read_text("guidance", "rules.json"), read_text("guidance", "common.json")]
    texts += [finding_text(f).message for f in _all_findings()]
    for text in texts:
        lowered = text.casefold()
        for phrase in FORBIDDEN:
            assert phrase not in lowered


ARTICLE = 'Yujia Shi, "Why do Babies Twitch in Their Sleep?", Kaiya Baby blog'


def test_sources_are_named_with_titles() -> None:
    sources = " | ".join(w["source"] for w in read_json("guidance", "rules.json").values())
    for expected in (
        ARTICLE,
        "Maurer VO et al., Benign neonatal sleep myoclonus: a review of the literature, Pediatrics 2010",
        "NHS, What to do if someone has a seizure (fit), nhs.uk 2020",
        "Tieder JS et al., Brief Resolved Unexplained Events and Evaluation of Lower-Risk Infants",
        "American Academy of Pediatrics, Infantile Spasms: What Parents Need to Know, HealthyChildren.org",
        "STOP Infantile Spasms, 2017",
        "Sokoloff G et al., Twitches emerge postnatally during quiet sleep in human infants",
    ):
        assert expected in sources
    for rule, wording in read_json("guidance", "rules.json").items():
        for source in wording["source"].split("; "):
            # Each source names a year, except the parenting article, which has none.
            assert source == ARTICLE or any(ch.isdigit() for ch in source[-4:]), (rule, source)


def test_rhythmic_wording_says_why_it_is_only_a_checkup_item() -> None:
    why = read_json("guidance", "rules.json")["rhythmic"]["why"]
    assert "checkup" in why and "benign newborn sleep myoclonus" in why


def test_every_doctor_finding_says_when_and_agrees_with_the_severity() -> None:
    meaning = read_json("guidance", "common.json")["severities"]["doctor"]["meaning"]
    assert "today or tomorrow" in meaning.casefold() and "today where the finding says so" in meaning
    for finding in _all_findings():
        if finding.severity == "doctor":
            action = finding_text(finding).action
            assert "today" in action, finding.rule
            assert "next day or two" not in action


def test_every_list_of_when_to_get_help_has_the_five_minute_rule() -> None:
    texts = [disclaimer(), *(finding_text(f).message for f in _all_findings())]
    texts += [read_json("text", "bedside", "get_help_now.json")["body"]]
    for text in texts:
        if "get help now" in text.casefold() or "emergency number" in text.casefold():
            assert "5 minutes" in text, text


def test_the_emergency_panel_says_to_follow_the_call_handler() -> None:
    assert "call handler" in read_json("text", "bedside", "get_help_now.json")["body"]
    emergency = [f for f in _all_findings() if f.severity == "emergency"]
    assert emergency and all("call handler" in finding_text(f).action for f in emergency)


def test_clusters_after_waking_does_not_minimise() -> None:
    wording = read_json("guidance", "rules.json")["clusters_after_waking"]
    text = " ".join(str(v) for v in wording.values()).casefold()
    assert "harmless" not in text and "turn out to be" not in text
    assert "today" in wording["actions"]["doctor"]


def test_typical_with_awake_movements_does_not_reassure() -> None:
    finding = _awake_not_assessed().finding("typical")
    assert finding.reasons == ("logged", "not_assessed")
    text = finding_text(finding)
    assert "no warning sign" not in (text.title + text.message).casefold()
    assert "does not judge" in text.seen
    assert "checkup" in text.action
    assert typical_facts(finding) == []


@pytest.mark.parametrize(("weeks", "newborn"), [(11, True), (12, False)])
def test_newborn_facts_only_under_12_weeks(weeks: int, newborn: bool) -> None:
    log = Log(baby=baby_aged(weeks))
    log.twitches(log.sleep(AS_OF), 3)
    facts = " ".join(typical_facts(log.finding("typical")))
    assert ("newborn" in facts) is newborn


def test_typical_facts_do_not_reassure_with_one_side() -> None:
    facts = " ".join(typical_facts()).casefold()
    assert "often on one side" not in facts
    assert "does not wake" not in facts


@pytest.mark.parametrize(
    ("template", "facts", "expected"),
    [
        ("{n:episode}", {"n": 1}, "1 episode"),
        ("{n:episode}", {"n": 3}, "3 episodes"),
        ("{n:twitch}", {"n": 2}, "2 twitches"),
        ("{n:time}", {"n": 1}, "once"),
        ("{n:time}", {"n": 2}, "twice"),
        ("{n:time}", {"n": 3}, "3 times"),
        ("{n:twitch or episode|twitches and episodes}", {"n": 4}, "4 twitches and episodes"),
        ("{signs}", {"signs": "breathing_pause,color_change,unresponsive"},
         "a pause in breathing, a change of colour and the baby not responding"),
        ("{longest_s}", {"longest_s": 372.0}, "6 min 12 s"),
        ("{rate}", {"rate": 3.0}, "3"),
        ("{rate}", {"rate": 2.666}, "2.7"),
        ("{day}", {"day": AS_OF}, "Fri 20 Nov 2026"),
        ("{age_basis}", {"age_basis": "since_birth"}, "counted from birth"),
    ],
)  # fmt: skip
def test_facts_are_filled_the_way_people_read_them(
    template: str, facts: dict[str, object], expected: str
) -> None:
    assert fill(template, facts) == expected  # type: ignore[arg-type]


def test_a_placeholder_without_a_fact_is_a_wording_bug() -> None:
    with pytest.raises(KeyError):
        fill("{missing}", {})


@pytest.mark.parametrize(
    ("seconds", "text"), [(45, "45 s"), (300, "5 min"), (3900, "1 h 5 min"), (7200, "2 h")]
)
def test_durations(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_common_texts() -> None:
    assert "does not diagnose" in disclaimer()
    assert severity_heading(SEVERITIES[0]) == "Get help now"
    assert "Fri 20 Nov 2026" in too_little_message(AS_OF)
    assert len(typical_facts()) >= 3


@pytest.mark.parametrize(
    ("preterm_weeks", "expected"),
    [
        (8, "20 weeks old (corrected age, counted from the due date"),
        (None, "20 weeks old (counted from birth)"),
    ],
)
def test_ages_say_whether_they_are_corrected(preterm_weeks: int | None, expected: str) -> None:
    log = Log(baby=baby_aged(20, preterm_weeks=preterm_weeks))
    for back in (0, 1):
        nap = log.sleep(days_ago(back), hour=6)
        assert nap.end is not None
        log.event(None, nap.end + timedelta(minutes=5), "episode", duration_s=5.0, state="drowsy")
    assert expected in finding_text(log.finding("clusters_after_waking")).message
