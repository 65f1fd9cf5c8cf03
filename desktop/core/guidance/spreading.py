"""The spreading rule: twitches moving to larger muscle groups, or to more body parts per sleep."""

from __future__ import annotations

import statistics
from datetime import timedelta
from typing import Final

from desktop.core.guidance.finding import Fact, Finding
from desktop.core.guidance.window import RECENT_DAYS, Window, ids, sleep_ids_of
from desktop.core.model import Event

# guidance.md, rule spreading: compare the last 14 days with the 14 days before them (28 in all).
HALF_DAYS: Final = RECENT_DAYS
LARGE_PARTS: Final = frozenset({"torso", "whole_body"})  # the parenting article's "larger muscle groups"
MIN_LARGE_SHARE: Final = 0.30  # at least 30 % of recent twitches in the torso or whole body...
SHARE_FACTOR: Final = 2.0  # ...and at least double the share of the 14 days before
MIN_TWITCHES_PER_HALF: Final = 20  # fewer taps than this make a share too unsteady to compare
MEDIAN_PARTS_RISE: Final = 2  # the median count of distinct body parts per sleep rose by 2+
# Our choice (guidance.md gives none): a median needs at least 3 sleeps with twitches per half.
MIN_SLEEPS_PER_HALF: Final = 3


def _large_share(twitches: list[Event]) -> float:
    return sum(1 for t in twitches if t.body_part in LARGE_PARTS) / len(twitches)


def _parts_per_sleep(twitches: list[Event]) -> list[int]:
    """Distinct known body parts per sleep, for the sleeps that had twitches."""
    parts: dict[str, set[str]] = {}
    for twitch in twitches:
        if twitch.sleep_id is not None:
            known = parts.setdefault(twitch.sleep_id, set())
            if twitch.body_part != "unknown":
                known.add(twitch.body_part)
    return [len(found) for found in parts.values()]


def spreading(window: Window) -> Finding | None:
    """Twitches spreading to the torso or whole body, or to more body parts per sleep (checkup)."""
    recent_first = window.first_day(HALF_DAYS)
    recent = [e for e in window.recent_events(("twitch",))]
    before = [
        e
        for e in window.events_between(
            recent_first - timedelta(days=HALF_DAYS), recent_first - timedelta(days=1)
        )
        if e.kind == "twitch"
    ]
    reasons: list[str] = []
    facts: dict[str, Fact] = {}
    evidence: list[Event] = []
    if len(recent) >= MIN_TWITCHES_PER_HALF and len(before) >= MIN_TWITCHES_PER_HALF:
        share_now, share_before = _large_share(recent), _large_share(before)
        if share_now >= MIN_LARGE_SHARE and share_now >= SHARE_FACTOR * share_before:
            reasons.append("larger_parts")
            facts["share_now_pct"] = round(100 * share_now)
            facts["share_before_pct"] = round(100 * share_before)
            evidence.extend(t for t in recent if t.body_part in LARGE_PARTS)
    parts_now, parts_before = _parts_per_sleep(recent), _parts_per_sleep(before)
    if len(parts_now) >= MIN_SLEEPS_PER_HALF and len(parts_before) >= MIN_SLEEPS_PER_HALF:
        median_now, median_before = statistics.median(parts_now), statistics.median(parts_before)
        if median_now - median_before >= MEDIAN_PARTS_RISE:
            reasons.append("more_parts")
            facts["median_parts_now"] = float(median_now)
            facts["median_parts_before"] = float(median_before)
            evidence.extend(t for t in recent if t.body_part != "unknown")
    if not reasons:
        return None
    evidence = sorted({e.id: e for e in evidence}.values(), key=lambda e: e.at)
    return Finding("spreading", "checkup", tuple(reasons), sleep_ids_of(evidence), ids(evidence), facts)
