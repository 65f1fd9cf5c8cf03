"""A fast reader for the common event: a well-formed one is read here in one pass, without messages.

An export holds a hundred thousand events, nearly all as the app wrote them. Reading each field
through ``FieldReader`` costs a method call and a problem check per field; this reads the same
fields with the same rules inline, and gives up (None) at the first thing it does not accept, so
that ``FieldReader`` reads that event again and says exactly what is wrong with it. For every
event it accepts, it returns what ``records.read_event`` (and ``read_stamp``) would.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Final

from desktop.core.change import Stamp
from desktop.core.model import (
    BODY_PARTS,
    EVENT_KINDS,
    PAUSE_LENGTHS,
    SIDES,
    SIGNS,
    STATES,
    STOPPED_ON_WAKING,
    Event,
)
from desktop.exchange.fields import JsonObject
from desktop.exchange.timetext import TimeTextError, parse_instant

_MAX_ID: Final = 100
_NO_SIGNS: Final[frozenset[str]] = frozenset()
_SIGNS: Final = frozenset(SIGNS)


def _id(value: object) -> str | None:
    if type(value) is not str or not 0 < len(value) <= _MAX_ID or value != value.strip():
        return None
    return value if _text_ok(value) else None


def _text_ok(value: str) -> bool:
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _choice(obj: Mapping[object, object], key: str, allowed: tuple[str, ...], default: str) -> str | None:
    value = obj.get(key, default)
    return value if type(value) is str and value in allowed else None


def _optional_choice(obj: Mapping[object, object], key: str, allowed: tuple[str, ...]) -> str | bool | None:
    """The value, None when left out or null, False when not acceptable."""
    value = obj.get(key)
    if value is None:
        return None
    return value if type(value) is str and value in allowed else False


def quick_event(  # noqa: PLR0911, PLR0912 - one early exit per rule
    obj: Mapping[object, object], allowed: frozenset[str], stamped: bool
) -> tuple[Event, Stamp | None] | None:
    """The event (and its stamp when ``stamped``) of a well-formed object; None to read it slowly."""
    if isinstance(obj, JsonObject) or not obj.keys() <= allowed:
        return None  # duplicate or unknown keys: FieldReader names them
    event_id = _id(obj.get("id"))
    baby_id = _id(obj.get("baby_id"))
    raw_sleep = obj.get("sleep_id")
    sleep_id = None if raw_sleep is None else _id(raw_sleep)
    at_text = obj.get("at")
    kind = obj.get("kind")
    if event_id is None or baby_id is None or (raw_sleep is not None and sleep_id is None):
        return None
    if type(at_text) is not str or type(kind) is not str or kind not in EVENT_KINDS:
        return None
    try:
        at = parse_instant(at_text)
    except TimeTextError:
        return None
    body_part = _choice(obj, "body_part", BODY_PARTS, "unknown")
    side = _choice(obj, "side", SIDES, "unknown")
    state = _choice(obj, "state", STATES, "asleep" if sleep_id is not None else "awake")
    if body_part is None or side is None or state is None:
        return None
    duration = obj.get("duration_s")
    if duration is not None:
        if type(duration) is not float and type(duration) is not int:
            return None
        try:
            duration = float(duration)
        except OverflowError:
            return None
        if not math.isfinite(duration):
            return None
    woke = obj.get("woke_baby", False)
    rhythmic = obj.get("rhythmic")
    if type(woke) is not bool or (rhythmic is not None and type(rhythmic) is not bool):
        return None
    stopped = _optional_choice(obj, "stopped_on_waking", STOPPED_ON_WAKING)
    pause = _optional_choice(obj, "pause_length", PAUSE_LENGTHS)
    if stopped is False or pause is False:
        return None
    raw_signs = obj.get("signs", ())
    if raw_signs in ([], ()):
        signs = _NO_SIGNS
    else:
        if type(raw_signs) is not list or not all(type(s) is str for s in raw_signs):
            return None
        signs = frozenset(raw_signs)
        if len(signs) != len(raw_signs) or not signs <= _SIGNS:
            return None
    video = obj.get("video")
    note = obj.get("note", "")
    if (video is not None and (type(video) is not str or not _text_ok(video))) or type(note) is not str:
        return None
    if not _text_ok(note):
        return None
    stamp = None
    if stamped:
        changed_at, changed_by = obj.get("changed_at"), _id(obj.get("changed_by"))
        if type(changed_at) is not str or changed_by is None:
            return None
        try:
            stamp = Stamp.of(parse_instant(changed_at), changed_by)
        except TimeTextError:
            return None
    event = Event(
        event_id, baby_id, sleep_id, at, kind, body_part, side, state, duration, woke, rhythmic,
        stopped if isinstance(stopped, str) else None, signs, video, note,
        pause if isinstance(pause, str) else None,
    )  # fmt: skip
    return event, stamp
