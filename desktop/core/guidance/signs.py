"""Rules about what the parent saw besides twitches: emergency signs, other movements, neuro symptoms."""

from __future__ import annotations

from typing import Final

from desktop.core.guidance.awake import AWAKE_STATES
from desktop.core.guidance.finding import Fact, Finding
from desktop.core.guidance.window import Window, ids, local_day, sleep_ids_of
from desktop.core.model import EMERGENCY_SIGNS, SIGNS, Event

# NHS and AAP: jerking or stiffening that lasts 5 minutes or more needs help now (guidance.md,
# "Get help now"); only if the parent did not see it stop when the baby was woken.
LONG_EPISODE_S: Final = 5 * 60.0
# Signs of other movements (guidance.md, rule with_other_movements; the parenting article's "shaking
# or stiff limbs"). Shaking counts in a sleep with twitches, and (version 2) whenever it was seen
# while the baby was awake or drowsy.
DOCTOR_MOVEMENT_SIGNS: Final = frozenset({"stiffening"})
CHECKUP_MOVEMENT_SIGNS: Final = frozenset({"shaking"})
# Other neurological symptoms from the parenting article; eyes rolling is a seizure sign in newborns
# (NHS) and loss of skills with clusters is a hallmark of infantile spasms (version 2), so both are
# doctor items; tremor and changed sleep are checkup items (guidance.md, neuro_symptoms).
DOCTOR_NEURO_SIGNS: Final = frozenset({"eyes_rolling", "lost_skills"})
CHECKUP_NEURO_SIGNS: Final = frozenset({"tremor", "sleep_change"})


def _sign_names(events: list[Event], wanted: frozenset[str]) -> str:
    """The signs among ``wanted`` seen in the events, in the model's order, as a code list."""
    seen = set().union(*(event.signs & wanted for event in events)) if events else set()
    return ",".join(sign for sign in SIGNS if sign in seen)


def _days(events: list[Event]) -> int:
    return len({local_day(event.at) for event in events})


def emergency_signs(window: Window) -> Finding | None:
    """A recent breathing pause, colour change or unresponsiveness, or a recent episode of 5+ minutes.

    A pause marked as under 10 s with nothing worse on its record (``Event.is_short_pause``, the
    model's definition the bedside follows too) is a doctor item of this rule.
    """
    recent = window.recent_events()
    short = [e for e in recent if e.is_short_pause]
    with_signs = [e for e in recent if e.signs & EMERGENCY_SIGNS and not e.is_short_pause]
    long_episodes = [
        e
        for e in recent
        if e.kind == "episode" and (e.duration_s or 0.0) >= LONG_EPISODE_S and e.stopped_on_waking != "yes"
    ]
    if not with_signs and not long_episodes and not short:
        return None
    reasons: list[str] = []
    facts: dict[str, Fact] = {}
    if with_signs:
        reasons.append("signs")
        facts["signs"] = _sign_names(with_signs, EMERGENCY_SIGNS)
        facts["sign_count"] = len(with_signs)
        facts["last_sign_at"] = max(e.at for e in with_signs)
    if long_episodes:
        reasons.append("long_episode")
        facts["long_episode_count"] = len(long_episodes)
        facts["longest_s"] = max(e.duration_s or 0.0 for e in long_episodes)
    if short:
        reasons.append("short_pause")
        facts["short_pause_count"] = len(short)
        facts["last_short_pause_at"] = max(e.at for e in short)
    evidence = sorted([*with_signs, *long_episodes, *short], key=lambda e: e.at)
    return Finding(
        "emergency_signs",
        "emergency" if with_signs or long_episodes else "doctor",
        tuple(reasons),
        sleep_ids_of(evidence),
        ids(evidence),
        facts,
    )


def with_other_movements(window: Window) -> Finding | None:
    """Recent stiffening (doctor); recent shaking in a sleep with twitches, or while awake (checkup)."""
    recent = window.recent_events()
    stiff = [e for e in recent if e.signs & DOCTOR_MOVEMENT_SIGNS]
    twitch_sleeps = set(window.twitches_by_sleep())
    shaking_all = [e for e in recent if e.signs & CHECKUP_MOVEMENT_SIGNS]
    shaking = [e for e in shaking_all if e.sleep_id in twitch_sleeps and e.state not in AWAKE_STATES]
    shaking_awake = [e for e in shaking_all if e.state in AWAKE_STATES]
    if not stiff and not shaking and not shaking_awake:
        return None
    reasons: list[str] = []
    if stiff:
        reasons.append("stiffening")
    if shaking:
        reasons.append("shaking")
    if shaking_awake:
        reasons.append("shaking_awake")
    evidence = sorted({e.id: e for e in [*stiff, *shaking, *shaking_awake]}.values(), key=lambda e: e.at)
    facts: dict[str, Fact] = {
        "stiffening_count": len(stiff),
        "shaking_count": len(shaking),
        "shaking_awake_count": len(shaking_awake),
        "days": _days(evidence),
    }
    return Finding(
        "with_other_movements",
        "doctor" if stiff else "checkup",
        tuple(reasons),
        sleep_ids_of(evidence),
        ids(evidence),
        facts,
    )


def neuro_symptoms(window: Window) -> Finding | None:
    """Recent eyes rolling or loss of skills (doctor), or recent tremor or changed sleep (checkup)."""
    recent = window.recent_events()
    eyes = [e for e in recent if "eyes_rolling" in e.signs]
    lost = [e for e in recent if "lost_skills" in e.signs]
    other = [e for e in recent if e.signs & CHECKUP_NEURO_SIGNS]
    if not eyes and not lost and not other:
        return None
    reasons: list[str] = []
    if eyes:
        reasons.append("eyes_rolling")
    if lost:
        reasons.append("lost_skills")
    if other:
        reasons.append("other_signs")
    evidence = sorted({e.id: e for e in [*eyes, *lost, *other]}.values(), key=lambda e: e.at)
    facts: dict[str, Fact] = {
        "eyes_rolling_count": len(eyes),
        "lost_skills_count": len(lost),
        "signs": _sign_names(other, CHECKUP_NEURO_SIGNS),
        "days": _days(evidence),
    }
    return Finding(
        "neuro_symptoms",
        "doctor" if eyes or lost else "checkup",
        tuple(reasons),
        sleep_ids_of(evidence),
        ids(evidence),
        facts,
    )
