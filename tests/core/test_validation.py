"""Validation returns one clear message per problem, and none for a sound record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from desktop.core.model import Baby, Event, Sleep
from desktop.core.validation import overlaps, validate_baby, validate_event, validate_sleep

TODAY = date(2026, 9, 10)
UTC2 = timezone(timedelta(hours=2))
NOW = datetime(2026, 9, 10, 12, 0, tzinfo=UTC2)
BABY = Baby(id="b1", name="Mia", birth_date=date(2026, 8, 1), due_date=date(2026, 8, 5), birth_weight_g=3100)
NAP = Sleep(
    id="s1",
    baby_id="b1",
    start=datetime(2026, 9, 1, 13, 0, tzinfo=UTC2),
    end=datetime(2026, 9, 1, 14, 30, tzinfo=UTC2),
    kind="nap",
)
TAP = Event(id="e1", baby_id="b1", sleep_id="s1", at=datetime(2026, 9, 1, 13, 5, tzinfo=UTC2), kind="twitch")


@pytest.mark.parametrize(
    ("changes", "messages"),
    [
        ({}, []),
        ({"name": "   "}, ["name must not be empty"]),
        ({"name": "x" * 101}, ["name must be at most 100 characters"]),
        ({"birth_date": date(2026, 9, 11), "due_date": None}, ["birth date 2026-09-11 is in the future"]),
        ({"due_date": date(2027, 1, 1)}, ["due date must be within 20 weeks of the birth date"]),
        ({"due_date": date(2026, 3, 1)}, ["due date must be within 20 weeks of the birth date"]),
        ({"birth_weight_g": 250}, ["birth weight must be between 300 and 7000 g (got 250 g)"]),
        ({"birth_weight_g": 7001}, ["birth weight must be between 300 and 7000 g (got 7001 g)"]),
        ({"birth_weight_g": 300, "due_date": None}, []),
        (
            {"family_history": frozenset({"epilepsy", "gout"})},
            [
                "family history must be among newborn_seizures, epilepsy, movement_disorder,"
                " startle_disease (got gout)"
            ],
        ),
        (
            {"name": "", "birth_weight_g": 9000},
            ["name must not be empty", "birth weight must be between 300 and 7000 g (got 9000 g)"],
        ),
    ],
)
def test_validate_baby(changes: dict[str, object], messages: list[str]) -> None:
    assert validate_baby(replace(BABY, **changes), TODAY) == messages  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "messages"),
    [
        ({}, []),
        ({"end": None}, []),  # a running sleep is fine
        ({"kind": "siesta"}, ["kind must be one of nap, night (got 'siesta')"]),
        ({"end": datetime(2026, 9, 1, 12, 0, tzinfo=UTC2)}, ["end is before start"]),
        ({"end": datetime(2026, 9, 2, 13, 1, tzinfo=UTC2)}, ["a sleep can last at most 24 hours"]),
        ({"end": datetime(2026, 9, 2, 13, 0, tzinfo=UTC2)}, []),  # exactly 24 hours is allowed
        (
            {"start": datetime(2026, 9, 10, 12, 30, tzinfo=UTC2), "end": None},
            ["start is in the future"],
        ),
        (
            {
                "start": datetime(2026, 9, 10, 11, 0, tzinfo=UTC2),
                "end": datetime(2026, 9, 10, 13, 0, tzinfo=UTC2),
            },
            ["end is in the future"],
        ),
        (
            {
                "start": datetime(2026, 7, 31, 22, 0, tzinfo=UTC2),
                "end": datetime(2026, 8, 1, 6, 0, tzinfo=UTC2),
            },
            ["start is before the birth date"],
        ),
    ],
)
def test_validate_sleep(changes: dict[str, object], messages: list[str]) -> None:
    assert validate_sleep(replace(NAP, **changes), NOW, BABY) == messages  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "messages"),
    [
        ({}, []),
        ({"kind": "hiccup"}, ["kind must be one of twitch, episode, sign (got 'hiccup')"]),
        (
            {"body_part": "tail"},
            [
                "body part must be one of face, eyes, mouth, hand, arm, leg, foot, torso, whole_body,"
                " unknown (got 'tail')"
            ],
        ),
        ({"side": "middle"}, ["side must be one of left, right, both, unknown (got 'middle')"]),
        ({"state": "crying"}, ["state must be one of asleep, drowsy, awake (got 'crying')"]),
        (
            {"stopped_on_waking": "maybe"},
            ["stopped on waking must be one of yes, no, not_tried (got 'maybe')"],
        ),
        ({"kind": "episode"}, ["an episode needs a positive duration"]),
        ({"kind": "episode", "duration_s": 0.0}, ["an episode needs a positive duration"]),
        ({"kind": "episode", "duration_s": 30.0}, []),
        ({"kind": "episode", "duration_s": 86_401.0}, ["an episode can last at most 24 hours"]),
        ({"duration_s": -1.0}, ["duration must not be negative"]),
        ({"kind": "sign"}, ["a sign needs at least one of the signs"]),
        ({"kind": "sign", "signs": frozenset({"tremor"})}, []),
        (
            {"kind": "sign", "signs": frozenset({"tremor", "hiccups"})},
            [
                "signs must be among stiffening, shaking, tremor, eyes_rolling, breathing_pause,"
                " color_change, unresponsive, sleep_change, lost_skills (got hiccups)"
            ],
        ),
        ({"kind": "sign", "signs": frozenset({"lost_skills"})}, []),
        ({"kind": "sign", "signs": frozenset({"breathing_pause"}), "pause_length": "under_10s"}, []),
        ({"kind": "sign", "signs": frozenset({"breathing_pause"}), "pause_length": "over_20s"}, []),
        ({"kind": "sign", "signs": frozenset({"breathing_pause"}), "pause_length": None}, []),
        (
            {"kind": "sign", "signs": frozenset({"breathing_pause"}), "pause_length": "long"},
            ["pause length must be one of under_10s, 10_to_20s, over_20s (got 'long')"],
        ),
        (
            {"kind": "sign", "signs": frozenset({"tremor"}), "pause_length": "under_10s"},
            ["a pause length needs the sign breathing_pause"],
        ),
        ({"at": datetime(2026, 9, 1, 15, 0, tzinfo=UTC2)}, ["time is outside its sleep"]),
        ({"at": datetime(2026, 9, 1, 12, 59, 59, tzinfo=UTC2)}, ["time is outside its sleep"]),
        ({"at": datetime(2026, 9, 1, 14, 30, tzinfo=UTC2)}, []),  # the last instant of the sleep counts
        ({"baby_id": "b2"}, ["belongs to another baby", "its sleep belongs to another baby"]),
    ],
)
def test_validate_event(changes: dict[str, object], messages: list[str]) -> None:
    assert validate_event(replace(TAP, **changes), NOW, NAP, BABY) == messages  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("at", "messages"),
    [
        (datetime(2026, 9, 10, 12, 0, 1, tzinfo=UTC2), ["time is in the future"]),
        (datetime(2026, 7, 31, 23, 0, tzinfo=UTC2), ["time is before the birth date"]),
        (datetime(2026, 9, 10, 11, 59, tzinfo=UTC2), []),
    ],
)
def test_validate_event_outside_a_sleep(at: datetime, messages: list[str]) -> None:
    event = replace(TAP, sleep_id=None, at=at, state="awake")
    assert validate_event(event, NOW, None, BABY) == messages


def _sleep(sleep_id: str, start_h: int, end_h: int | None, baby_id: str = "b1") -> Sleep:
    day = datetime(2026, 9, 1, tzinfo=UTC2)
    return Sleep(
        id=sleep_id,
        baby_id=baby_id,
        start=day + timedelta(hours=start_h),
        end=None if end_h is None else day + timedelta(hours=end_h),
    )


@pytest.mark.parametrize(
    ("sleep", "others", "clash"),
    [
        (_sleep("new", 10, 11), [_sleep("a", 8, 10), _sleep("b", 11, 12)], None),  # touching is fine
        (_sleep("new", 10, 12), [_sleep("a", 11, 13)], "a"),
        (_sleep("new", 10, 12), [_sleep("a", 10, 11)], "a"),
        (_sleep("new", 10, 12), [_sleep("a", 11, 13, baby_id="b2")], None),  # another baby's sleep
        (_sleep("a", 10, 12), [_sleep("a", 9, 13)], None),  # the sleep itself, being edited
        (_sleep("new", 20, None), [_sleep("a", 21, 22)], "a"),  # a running sleep lasts until now
        (_sleep("new", 20, 21), [_sleep("a", 19, None)], "a"),
    ],
)
def test_overlaps(sleep: Sleep, others: list[Sleep], clash: str | None) -> None:
    found = overlaps(sleep, others, datetime(2026, 9, 2, tzinfo=UTC2))
    assert (None if found is None else found.id) == clash


@pytest.mark.parametrize(
    ("record", "fields"),
    [
        (replace(BABY, name=" "), ["name"]),
        (replace(BABY, birth_date=date(2026, 9, 11), due_date=None), ["birth_date"]),
        (replace(BABY, due_date=date(2027, 1, 1)), ["due_date"]),
        (replace(BABY, birth_weight_g=9000), ["birth_weight_g"]),
        (replace(BABY, family_history=frozenset({"gout"})), ["family_history"]),
        (replace(NAP, kind="siesta"), ["kind"]),
        (replace(NAP, start=NOW + timedelta(hours=1), end=None), ["start"]),
        (replace(NAP, end=NAP.start - timedelta(minutes=1)), ["end"]),
        (replace(TAP, kind="episode"), ["duration_s"]),
        (replace(TAP, body_part="tail"), ["body_part"]),
        (replace(TAP, side="middle", state="crying"), ["side", "state"]),
        (replace(TAP, kind="sign"), ["signs"]),
        (replace(TAP, signs=frozenset({"tremor"}), kind="sign", pause_length="under_10s"), ["pause_length"]),
        (replace(TAP, at=datetime(2026, 9, 1, 15, 0, tzinfo=UTC2)), ["at"]),
        (replace(TAP, baby_id="b2"), ["baby_id", "sleep_id"]),
    ],
)
def test_each_problem_names_the_field_it_is_about(record: Baby | Sleep | Event, fields: list[str]) -> None:
    """A form puts the message beside the right editor, an import names the right JSON key."""
    if isinstance(record, Baby):
        problems = validate_baby(record, TODAY)
    elif isinstance(record, Sleep):
        problems = validate_sleep(record, NOW, BABY)
    else:
        problems = validate_event(record, NOW, NAP, BABY)
    assert [problem.field for problem in problems] == fields
    assert all(hasattr(record, problem.field) for problem in problems)
