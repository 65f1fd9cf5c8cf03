"""Exporting the diary (or one baby) as a JSON exchange document, design.md section 4."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop.core.model import FAMILY_HISTORY_KINDS, SIGNS, Baby, Event, Sleep, ordered
from desktop.exchange.atomic import write_atomically
from desktop.exchange.errors import NOTHING_WRITTEN, ExchangeError
from desktop.exchange.records import FORMAT_NAME, FORMAT_VERSION
from desktop.exchange.timetext import format_instant
from desktop.language import translate
from desktop.language.counts import counted
from desktop.store.diary import Diary


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote, and where."""

    path: Path
    babies: int
    sleeps: int
    events: int

    def describe(self) -> str:
        """One sentence for the user."""
        return translate("Exchange", "Exported {records} to {path}.").format(
            records=counted(self.babies, self.sleeps, self.events, zeros=True), path=self.path
        )


def baby_to_json(baby: Baby) -> dict[str, object]:
    """A baby as an exchange-format object, every field written."""
    return {
        "id": baby.id,
        "name": baby.name,
        "birth_date": baby.birth_date.isoformat(),
        "due_date": None if baby.due_date is None else baby.due_date.isoformat(),
        "birth_weight_g": baby.birth_weight_g,
        "family_history": ordered(baby.family_history, FAMILY_HISTORY_KINDS),
        "note": baby.note,
    }


def sleep_to_json(sleep: Sleep) -> dict[str, object]:
    """A sleep as an exchange-format object, every field written."""
    return {
        "id": sleep.id,
        "baby_id": sleep.baby_id,
        "start": format_instant(sleep.start),
        "end": None if sleep.end is None else format_instant(sleep.end),
        "kind": sleep.kind,
        "note": sleep.note,
    }


def event_to_json(event: Event) -> dict[str, object]:
    """An event as an exchange-format object, every field written (``pause_length`` only when known).

    ``pause_length`` came after the first release: left out when empty (its default), a file
    without breathing-pause lengths stays readable by a release that does not know the key.
    """
    written: dict[str, object] = {
        "id": event.id,
        "baby_id": event.baby_id,
        "sleep_id": event.sleep_id,
        "at": format_instant(event.at),
        "kind": event.kind,
        "body_part": event.body_part,
        "side": event.side,
        "state": event.state,
        "duration_s": event.duration_s,
        "woke_baby": event.woke_baby,
        "rhythmic": event.rhythmic,
        "stopped_on_waking": event.stopped_on_waking,
        "signs": ordered(event.signs, SIGNS),
        "video": event.video,
        "note": event.note,
    }
    if event.pause_length is not None:
        written["pause_length"] = event.pause_length
    return written


def _records(diary: Diary, baby_id: str | None) -> tuple[list[Baby], list[Sleep], list[Event]]:
    if baby_id is None:
        return diary.babies.all(), diary.sleeps.all(), diary.events.all()
    baby = diary.babies.get(baby_id)
    if baby is None:
        raise ExchangeError(
            translate("Exchange", "baby: no baby with id {id} in this diary").format(id=repr(baby_id)),
            NOTHING_WRITTEN,
        )
    return [baby], diary.sleeps.for_baby(baby_id), diary.events.for_baby(baby_id)


def _document_of(babies: list[Baby], sleeps: list[Sleep], events: list[Event]) -> dict[str, object]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "babies": [baby_to_json(baby) for baby in babies],
        "sleeps": [sleep_to_json(sleep) for sleep in sleeps],
        "events": [event_to_json(event) for event in events],
    }


# One encoder for every record: json.dumps() with options would build a new one per call.
# ensure_ascii=False keeps names and notes readable; the file is UTF-8 either way.
_ENCODER: Final = json.JSONEncoder(ensure_ascii=False, allow_nan=False)


def dumps(data: dict[str, object]) -> str:
    """The document as JSON text with one record per line: readable, diffable, and fast to write.

    (``json.dumps(indent=...)`` falls back to the pure-Python encoder, far too slow for 100k events.)
    """
    encode = _ENCODER.encode
    lines = ["{"]
    last = len(data) - 1
    for position, (key, value) in enumerate(data.items()):
        comma = "," if position < last else ""
        if isinstance(value, list) and value:
            records = ",\n    ".join(encode(item) for item in value)
            lines += [f"  {encode(key)}: [", f"    {records}", f"  ]{comma}"]
        else:
            lines.append(f"  {encode(key)}: {encode(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def document(diary: Diary, baby_id: str | None = None) -> dict[str, object]:
    """The exchange document of the whole diary, or of one baby; ExchangeError for an unknown baby."""
    return _document_of(*_records(diary, baby_id))


def export_json(diary: Diary, path: Path, baby_id: str | None = None) -> ExportSummary:
    """Write the exchange document to ``path`` atomically (mode 0600); ExchangeError if it cannot."""
    babies, sleeps, events = _records(diary, baby_id)
    text = dumps(_document_of(babies, sleeps, events))
    write_atomically(path, lambda stream: stream.write(text))
    return ExportSummary(path, len(babies), len(sleeps), len(events))
