"""A fast reader for the common event: a well-formed one is read here in one pass, without messages.

An export holds a hundred thousand events, nearly all as the app wrote them. Reading each field
through ``FieldReader`` costs a method call and a problem check per field; this reads the same
fields with the same rules inline, and gives up (None) at the first thing it does not accept, so
that ``FieldReader`` reads that event again and says exactly what is wrong with it. For every
event it accepts, ``quick_event`` returns what ``records.read_event`` (and ``read_stamp``) would;
``quick_row`` goes further for a version-2 file: it accepts only events that also pass
``validate_event`` (but for the clock), and returns the row the merge stores, with no objects
made in between.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Final

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
from desktop.exchange.timetext import TimeTextError, instant_columns, parse_instant
from desktop.store.merging import EventRow

if TYPE_CHECKING:
    from typing_extensions import TypeIs  # only for the type checker (typing.TypeIs is Python 3.13)

_MAX_ID: Final = 100
_NO_SIGNS: Final[frozenset[str]] = frozenset()
_SIGNS: Final = frozenset(SIGNS)
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_MAX_DURATION_S: Final = 24 * 3600  # core.validation.MAX_EPISODE_S, for every kind (merge.plan_merge)
_REFUSED: Final = -1.0  # a duration that is never stored (durations are never negative)
_KINDS: Final = frozenset(EVENT_KINDS)
_BODY_PARTS: Final = frozenset(BODY_PARTS)
_SIDES: Final = frozenset(SIDES)
_STATES: Final = frozenset(STATES)
_STOPPED: Final = frozenset(STOPPED_ON_WAKING)
_PAUSES: Final = frozenset(PAUSE_LENGTHS)


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


def _duration_ok(kind: str, duration: object) -> float | None:
    """The duration as stored (None if left out); ``_REFUSED`` when reading or checking it would complain."""
    if duration is None:
        return _REFUSED if kind == "episode" else None
    if type(duration) is not float and type(duration) is not int:
        return _REFUSED
    try:
        seconds = float(duration)
    except OverflowError:
        return _REFUSED
    if not math.isfinite(seconds) or seconds > _MAX_DURATION_S or seconds < 0:
        return _REFUSED
    if kind == "episode" and seconds == 0:
        return _REFUSED
    return seconds


def _signs_text(obj: Mapping[object, object], kind: str, pause: object) -> str | None:
    """The signs as stored (canonical order), or None when reading or validating them would complain."""
    raw = obj.get("signs", ())
    if raw in ([], ()):
        return None if kind == "sign" or pause is not None else ""
    if type(raw) is not list or not all(type(sign) is str for sign in raw):
        return None
    signs = frozenset(raw)
    if len(signs) != len(raw) or not signs <= _SIGNS:
        return None
    if (kind == "sign" and not signs) or (pause is not None and "breathing_pause" not in signs):
        return None
    return ",".join(sign for sign in SIGNS if sign in signs)


def _known_id(value: object, known: set[str]) -> TypeIs[str]:
    """True for an acceptable id; ``known`` holds those accepted before (a baby's id is on every event)."""
    if type(value) is not str:
        return False
    if value in known:
        return True
    if _id(value) is None:
        return False
    known.add(value)
    return True


def _enum(value: object, allowed: frozenset[str]) -> TypeIs[str]:
    return type(value) is str and value in allowed


def _plain_text(value: object) -> TypeIs[str]:
    return type(value) is str and _text_ok(value)


def quick_row(  # noqa: PLR0911, PLR0912 - one early exit per rule
    obj: Mapping[object, object], allowed: frozenset[str], known: set[str]
) -> EventRow | None:
    """The merge's row of a well-formed, valid version-2 event: its columns, then its stamp's.

    None to read the event slowly (it has a problem, or is one this reader does not know). Valid
    means: ``validate_event`` finds nothing but, perhaps, a time in the future (the caller's clock).
    ``known`` carries the ids (babies', sleeps', devices') accepted so far from call to call.
    """
    # A hundred thousand calls: the common case is tested inline (ids seen before, no duration,
    # no signs), anything else by the helpers. Every rule is still applied to every event.
    if isinstance(obj, JsonObject) or not obj.keys() <= allowed:
        return None
    get = obj.get
    event_id, baby_id, device, sleep_id = _id(get("id")), get("baby_id"), get("changed_by"), get("sleep_id")
    if event_id is None or type(baby_id) is not str or type(device) is not str:
        return None
    if sleep_id is not None and type(sleep_id) is not str:
        return None
    seen = baby_id in known and device in known and (sleep_id is None or sleep_id in known)
    if not seen and not (
        _known_id(baby_id, known)
        and _known_id(device, known)
        and (sleep_id is None or _known_id(sleep_id, known))
    ):
        return None
    at_text, kind, changed_at = get("at"), get("kind"), get("changed_at")
    if type(at_text) is not str or type(kind) is not str or kind not in _KINDS or type(changed_at) is not str:
        return None
    body_part, side = get("body_part", "unknown"), get("side", "unknown")
    state = get("state", "asleep" if sleep_id is not None else "awake")
    if type(body_part) is not str or type(side) is not str or type(state) is not str:
        return None
    if body_part not in _BODY_PARTS or side not in _SIDES or state not in _STATES:
        return None
    duration = get("duration_s")
    if duration is not None or kind == "episode":
        duration = _duration_ok(kind, duration)
        if duration == _REFUSED:
            return None
    woke, rhythmic = get("woke_baby", False), get("rhythmic")
    if type(woke) is not bool or (rhythmic is not None and type(rhythmic) is not bool):
        return None
    stopped, pause, video, note = get("stopped_on_waking"), get("pause_length"), get("video"), get("note", "")
    if stopped is not None and not _enum(stopped, _STOPPED):
        return None
    if pause is not None and not _enum(pause, _PAUSES):
        return None
    if video is not None and not _plain_text(video):
        return None
    if type(note) is not str or (note and not _text_ok(note)):
        return None
    raw_signs = get("signs")
    if (raw_signs is None and "signs" not in obj) or raw_signs == []:  # none: nothing to sort or check
        signs: str | None = None if kind == "sign" or pause is not None else ""
    else:
        signs = _signs_text(obj, kind, pause)
    if signs is None:
        return None
    at, changed = instant_columns(at_text), instant_columns(changed_at)
    if at is None or changed is None:
        return None
    return (
        event_id, baby_id, sleep_id, at[0], at[1], kind, body_part, side, state, duration,
        1 if woke else 0, None if rhythmic is None else (1 if rhythmic else 0), stopped, signs, video, note,
        pause, round(changed[0] / 1_000_000 * 1000), changed[1], device,  # ms as Stamp.of rounds them
    )  # fmt: skip
