"""Turning a decoded exchange document into core records, field by field, with path-tagged problems."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final, TypeVar

from desktop.core.change import Stamp
from desktop.core.model import (
    BODY_PARTS,
    EVENT_KINDS,
    FAMILY_HISTORY_KINDS,
    PAUSE_LENGTHS,
    SIDES,
    SIGNS,
    SLEEP_KINDS,
    STATES,
    STOPPED_ON_WAKING,
    Baby,
    Event,
    Sleep,
)
from desktop.exchange.fields import FieldReader, duplicate_keys, shown, type_text
from desktop.exchange.quick import quick_event, quick_row
from desktop.language import translate
from desktop.store.merging import EventRow

FORMAT_NAME: Final = "twitch-diary"
FORMAT_VERSION: Final = 1
MERGE_VERSION: Final = 2  # design.md section 7: change stamps and deletions, merged on import
VERSIONS: Final = (FORMAT_VERSION, MERGE_VERSION)
TOP_KEYS: Final = frozenset({"format", "version", "babies", "sleeps", "events"})
STAMP_KEYS: Final = frozenset({"changed_at", "changed_by"})
DELETED_KEYS: Final = frozenset({"id", "kind", "changed_at", "changed_by"})
DELETED_KINDS: Final = ("baby", "sleep", "event")
BABY_KEYS: Final = frozenset(
    {"id", "name", "birth_date", "due_date", "birth_weight_g", "family_history", "note"}
)
SLEEP_KEYS: Final = frozenset({"id", "baby_id", "start", "end", "kind", "note"})
EVENT_KEYS: Final = frozenset(
    {
        "id",
        "baby_id",
        "sleep_id",
        "at",
        "kind",
        "body_part",
        "side",
        "state",
        "duration_s",
        "woke_baby",
        "rhythmic",
        "stopped_on_waking",
        "signs",
        "video",
        "note",
        "pause_length",
    }
)


_Record = TypeVar("_Record", Baby, Sleep, Event)


class NotOurFormatError(Exception):
    """The document is not a Twitch Diary export this app reads; reading it further makes no sense."""


@dataclass(frozen=True)
class Deletion:
    """A version-2 file's word that a record was deleted, and when."""

    id: str
    kind: str
    stamp: Stamp


@dataclass
class ParsedDocument:
    """The records read from a document, each with its index in its list, plus the problems found.

    ``named_*`` hold every id a record carried, even when the record itself was broken, so that a
    reference to a broken record is not reported a second time as a reference to an unknown one.
    """

    babies: list[tuple[int, Baby]] = field(default_factory=list)
    sleeps: list[tuple[int, Sleep]] = field(default_factory=list)
    events: list[tuple[int, Event]] = field(default_factory=list)
    named_babies: set[str] = field(default_factory=set)
    named_sleeps: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    version: int = FORMAT_VERSION
    stamps: dict[str, Stamp] = field(default_factory=dict)  # version 2: each record's change stamp
    deleted: list[tuple[int, Deletion]] = field(default_factory=list)
    # Version 2: the valid events read quickly, each as the row the merge stores (``quick_row``);
    # ``events`` then holds only the others.
    event_rows: list[tuple[int, EventRow]] = field(default_factory=list)


def _read_baby(reader: FieldReader) -> Baby | None:
    baby_id = reader.identifier("id")
    name = reader.text("name", required=True)
    birth_date = reader.day("birth_date", required=True)
    due_date = reader.day("due_date")
    weight = reader.optional_integer("birth_weight_g")
    history = reader.name_set("family_history", FAMILY_HISTORY_KINDS)
    note = reader.text("note")
    if not reader.ok or birth_date is None:
        return None
    return Baby(baby_id, name, birth_date, due_date, weight, history, note)


def _read_sleep(reader: FieldReader) -> Sleep | None:
    sleep_id = reader.identifier("id")
    baby_id = reader.identifier("baby_id")
    start = reader.instant("start", required=True)
    end = reader.instant("end")
    kind = reader.choice("kind", SLEEP_KINDS, "nap")
    note = reader.text("note")
    if not reader.ok or start is None:
        return None
    return Sleep(sleep_id, baby_id, start, end, kind, note)


def read_event(reader: FieldReader) -> Event | None:
    """The event a reader's object describes, or None when it has problems (noted by the reader)."""
    event_id = reader.identifier("id")
    baby_id = reader.identifier("baby_id")
    sleep_id = reader.optional_identifier("sleep_id")
    at = reader.instant("at", required=True)
    if not reader.has("kind"):
        reader.problem("kind", translate("ExchangeProblems", "required"))
    kind = reader.choice("kind", EVENT_KINDS, "twitch")
    body_part = reader.choice("body_part", BODY_PARTS, "unknown")
    side = reader.choice("side", SIDES, "unknown")
    # Design.md: a parent logging inside a sleep sees a sleeping baby; outside one, an awake baby.
    state = reader.choice("state", STATES, "asleep" if sleep_id is not None else "awake")
    duration_s = reader.optional_number("duration_s")
    woke_baby = reader.boolean("woke_baby")
    rhythmic = reader.optional_boolean("rhythmic")
    stopped = reader.optional_choice("stopped_on_waking", STOPPED_ON_WAKING)
    signs = reader.name_set("signs", SIGNS)
    video = reader.optional_text("video")
    note = reader.text("note")
    pause_length = reader.optional_choice("pause_length", PAUSE_LENGTHS)
    if not reader.ok or at is None:
        return None
    return Event(
        event_id, baby_id, sleep_id, at, kind, body_part, side, state,
        duration_s, woke_baby, rhythmic, stopped, signs, video, note, pause_length,
    )  # fmt: skip


def _check_header(data: Mapping[object, object]) -> list[str]:
    """Problems with format and version; raises NotOurFormatError when the file is not ours at all."""
    if "format" not in data:
        raise NotOurFormatError(
            translate(
                "ExchangeProblems", 'format: required; a Twitch Diary export has "format": "{name}"'
            ).format(name=FORMAT_NAME)
        )
    if data["format"] != FORMAT_NAME:
        raise NotOurFormatError(
            translate("ExchangeProblems", 'format: must be "{name}" (got {value})').format(
                name=FORMAT_NAME, value=shown(data["format"])
            )
        )
    version = data.get("version")
    versions = {"first": FORMAT_VERSION, "second": MERGE_VERSION}
    if "version" not in data:
        raise NotOurFormatError(
            translate(
                "ExchangeProblems", "version: required; this app reads versions {first} and {second}"
            ).format(**versions)
        )
    if not isinstance(version, int) or isinstance(version, bool):
        raise NotOurFormatError(
            translate(
                "ExchangeProblems", "version: must be the number {first} or {second} (got {value})"
            ).format(**versions, value=shown(version))
        )
    if version > MERGE_VERSION:
        raise NotOurFormatError(
            translate(
                "ExchangeProblems",
                "version: the file is version {value}, written by a newer Twitch Diary;"
                " this app reads versions {first} and {second}",
            ).format(**versions, value=shown(version))
        )
    if version not in VERSIONS:
        raise NotOurFormatError(
            translate("ExchangeProblems", "version: must be {first} or {second} (got {value})").format(
                **versions, value=shown(version)
            )
        )
    allowed = TOP_KEYS | {"deleted"} if version == MERGE_VERSION else TOP_KEYS
    problems = [
        translate("ExchangeProblems", "(document): unknown key {key}").format(key=shown(key))
        for key in data
        if key not in allowed
    ]
    problems += [
        translate("ExchangeProblems", "{key}: appears more than once").format(key=key)
        for key in duplicate_keys(data)
    ]
    return problems


def _items(
    data: Mapping[object, object], key: str, problems: list[str]
) -> list[tuple[int, Mapping[object, object]]]:
    """The objects of one top-level list (left out means empty), noting members that are not objects."""
    value = data.get(key, [])
    if not isinstance(value, list):
        problems.append(
            translate("ExchangeProblems", "{key}: must be a list (got {type})").format(
                key=key, type=type_text(value)
            )
        )
        return []
    items: list[tuple[int, Mapping[object, object]]] = []
    for index, item in enumerate(value):
        if isinstance(item, dict):
            items.append((index, item))
        else:
            problems.append(
                translate("ExchangeProblems", "{key}[{index}]: must be an object (got {type})").format(
                    key=key, index=index, type=type_text(item)
                )
            )
    return items


def read_stamp(reader: FieldReader) -> Stamp | None:
    """A version-2 record's ``changed_at`` and ``changed_by``, or None after a problem."""
    moment = reader.instant("changed_at", required=True)
    device = reader.identifier("changed_by")
    if moment is None or not device:
        return None
    return Stamp.of(moment, device)


def _read_deleted(data: Mapping[object, object], parsed: ParsedDocument) -> None:
    problems = parsed.problems
    for index, obj in _items(data, "deleted", problems):
        reader = FieldReader(obj, f"deleted[{index}]", DELETED_KEYS, problems)
        record_id = reader.identifier("id")
        if not reader.has("kind"):
            reader.problem("kind", translate("ExchangeProblems", "required"))
        kind = reader.choice("kind", DELETED_KINDS, "event")
        stamp = read_stamp(reader)
        if reader.ok and stamp is not None:
            parsed.deleted.append((index, Deletion(record_id, kind, stamp)))


def _read_list(  # noqa: PLR0917 - one call per list, each naming its own parts
    data: Mapping[object, object],
    key: str,
    allowed: frozenset[str],
    read: Callable[[FieldReader], _Record | None],
    named: set[str] | None,  # where to note every id the list's records carry (None: nowhere)
    into: list[tuple[int, _Record]],
    parsed: ParsedDocument,
) -> None:
    """Read one top-level list's records (with their stamps in version 2) into ``into``."""
    problems = parsed.problems
    merging = parsed.version == MERGE_VERSION
    stamps = parsed.stamps
    quick = quick_event if key == "events" else None
    rows = parsed.event_rows if key == "events" and merging else None
    known: set[str] = set()
    seen: dict[str, int] = {}
    for index, obj in _items(data, key, problems):
        record_id = obj.get("id")
        if isinstance(record_id, str):
            if named is not None:
                named.add(record_id)
            first = seen.setdefault(record_id, index)
            if first != index:
                problems.append(
                    translate("ExchangeProblems", "{key}[{index}].id: same id as {key}[{first}]").format(
                        key=key, index=index, first=first
                    )
                )
                continue
        if rows is not None:
            row = quick_row(obj, allowed, known)
            if row is not None:
                rows.append((index, row))
                continue
        if quick is not None:
            found = quick(obj, allowed, merging)
            if found is not None:
                event, stamp = found
                into.append((index, event))  # type: ignore[arg-type]  # key == "events": an Event
                if stamp is not None:
                    stamps[event.id] = stamp
                continue
        reader = FieldReader(obj, f"{key}[{index}]", allowed, problems)
        record = read(reader)
        stamp = read_stamp(reader) if merging else None
        if record is not None and reader.ok:
            into.append((index, record))
            if stamp is not None:
                stamps[record.id] = stamp


def parse_document(data: object) -> ParsedDocument:
    """Read every record of a decoded document; raises NotOurFormatError for a foreign document."""
    if not isinstance(data, dict):
        raise NotOurFormatError(
            translate(
                "ExchangeProblems",
                "(file): must hold a JSON object with format, version, babies, sleeps and events"
                " (got {type})",
            ).format(type=type_text(data))
        )
    parsed = ParsedDocument(problems=_check_header(data))
    parsed.version = int(data["version"])
    merging = parsed.version == MERGE_VERSION
    extra = STAMP_KEYS if merging else frozenset()
    _read_list(data, "babies", BABY_KEYS | extra, _read_baby, parsed.named_babies, parsed.babies, parsed)
    _read_list(data, "sleeps", SLEEP_KEYS | extra, _read_sleep, parsed.named_sleeps, parsed.sleeps, parsed)
    _read_list(data, "events", EVENT_KEYS | extra, read_event, None, parsed.events, parsed)
    if merging:
        _read_deleted(data, parsed)
    return parsed
