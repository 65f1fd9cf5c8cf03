"""The quick event readers accept only what FieldReader accepts (and checks), and read it the same."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.validation import MAX_EPISODE_S, validate_event
from desktop.exchange.fields import FieldReader
from desktop.exchange.quick import quick_event, quick_row
from desktop.exchange.records import EVENT_KEYS, STAMP_KEYS, read_event, read_stamp
from desktop.store.events import event_to_row

FAR_FUTURE = datetime(9999, 1, 1, tzinfo=UTC)  # quick_row leaves the clock's check to its caller

GOOD: dict[str, Any] = {
    "id": "e1", "baby_id": "b1", "sleep_id": "s1", "at": "2026-09-01T13:05:12.250+02:00", "kind": "twitch",
    "body_part": "hand", "side": "left", "state": "asleep", "duration_s": None, "woke_baby": False,
    "rhythmic": None, "stopped_on_waking": None, "signs": [], "video": None, "note": "",
    "changed_at": "2026-09-01T13:05:12.251+02:00", "changed_by": "abc123",
}  # fmt: skip
VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 10**400), st.floats(allow_nan=True), st.text(max_size=12),
    st.sampled_from(["episode", "sign", "face", "both", "awake", "yes", "under_10s", " e1",
                     "2026-09-01T13:05Z",
                     "2026-13-01T00:00+00:00", "\\ud800", "x" * 101]),
    st.lists(st.sampled_from(["tremor", "shaking", "tremor", "nope", 3]), max_size=3),
)  # fmt: skip
KEYS = st.sampled_from(sorted(EVENT_KEYS | STAMP_KEYS | {"extra"}))


@settings(max_examples=400)
@given(changes=st.dictionaries(KEYS, VALUES, max_size=4), dropped=st.sets(KEYS, max_size=3))
def test_quick_reading_agrees_with_the_field_reader(changes: dict[str, Any], dropped: set[str]) -> None:
    obj = {key: value for key, value in {**GOOD, **changes}.items() if key not in dropped}
    allowed = EVENT_KEYS | STAMP_KEYS
    problems: list[str] = []
    reader = FieldReader(obj, "events[0]", allowed, problems)
    slow = read_event(reader)
    stamp = read_stamp(reader)
    quick = quick_event(obj, allowed, True)
    if quick is not None:
        assert reader.ok and slow is not None, problems
        assert quick == (slow, stamp)
    if reader.ok and slow is not None and isinstance(obj.get("duration_s"), (int, float, type(None))):
        assert quick is not None or isinstance(obj.get("duration_s"), int)  # a huge int: read slowly


@settings(max_examples=600)
@given(changes=st.dictionaries(KEYS, VALUES, max_size=4), dropped=st.sets(KEYS, max_size=3))
def test_the_quick_row_is_the_stored_row_of_a_valid_event_and_nothing_else(
    changes: dict[str, Any], dropped: set[str]
) -> None:
    obj = {key: value for key, value in {**GOOD, **changes}.items() if key not in dropped}
    allowed = EVENT_KEYS | STAMP_KEYS
    problems: list[str] = []
    reader = FieldReader(obj, "events[0]", allowed, problems)
    slow = read_event(reader)
    stamp = read_stamp(reader)
    valid = reader.ok and slow is not None and stamp is not None
    if valid:
        assert slow is not None and stamp is not None
        messages = validate_event(slow, FAR_FUTURE)
        valid = not messages and not (slow.duration_s is not None and slow.duration_s > MAX_EPISODE_S)
    row = quick_row(obj, allowed, set())
    if row is not None:
        assert valid, problems
        assert slow is not None and stamp is not None
        assert row == (*event_to_row(slow), stamp.ms, stamp.offset_s, stamp.device)
    elif valid:
        assert isinstance(obj.get("duration_s"), int)  # a huge int: read slowly


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": "episode", "duration_s": 12.5},
        {"kind": "sign", "signs": ["breathing_pause", "tremor"], "pause_length": "under_10s"},
        {"state": "awake", "sleep_id": None, "rhythmic": True, "stopped_on_waking": "no", "woke_baby": True},
        {"note": "Mia – «nuit»", "video": "/home/a/clip.mp4", "at": "2026-03-29T01:59:59.999999-05:30"},
        {"changed_at": "2026-09-01T11:05:12Z", "at": "2026-09-01T13:05+02:00"},
    ],
)
def test_the_quick_row_reads_the_app_s_own_events(changes: dict[str, Any]) -> None:
    obj = {**GOOD, **changes}
    allowed = EVENT_KEYS | STAMP_KEYS
    reader = FieldReader(obj, "events[0]", allowed, [])
    slow, stamp = read_event(reader), read_stamp(reader)
    assert slow is not None and stamp is not None
    assert quick_row(obj, allowed, set()) == (*event_to_row(slow), stamp.ms, stamp.offset_s, stamp.device)


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": "episode", "duration_s": None},
        {"kind": "episode", "duration_s": 0},
        {"kind": "twitch", "duration_s": -1},
        {"kind": "twitch", "duration_s": 90_000},
        {"kind": "sign", "signs": []},
        {"pause_length": "under_10s", "signs": ["tremor"]},
        {"changed_by": ""},
        {"at": "2026-09-01T13:05:12"},
    ],
)
def test_the_quick_row_leaves_an_event_with_a_problem_to_the_slow_reader(changes: dict[str, Any]) -> None:
    assert quick_row({**GOOD, **changes}, EVENT_KEYS | STAMP_KEYS, set()) is None
