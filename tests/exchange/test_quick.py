"""The quick event reader accepts only what FieldReader accepts, and reads it the same."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.exchange.fields import FieldReader
from desktop.exchange.quick import quick_event
from desktop.exchange.records import EVENT_KEYS, STAMP_KEYS, read_event, read_stamp

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
