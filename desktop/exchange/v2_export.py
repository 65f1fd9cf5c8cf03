"""Exporting the diary as an exchange document of version 2: every version with its change stamp."""

from __future__ import annotations

from pathlib import Path

from desktop.core.change import Stamp
from desktop.exchange.atomic import write_atomically
from desktop.exchange.errors import NOTHING_WRITTEN, ExchangeError
from desktop.exchange.json_export import ExportSummary, baby_to_json, dumps, event_to_json, sleep_to_json
from desktop.exchange.records import FORMAT_NAME, MERGE_VERSION
from desktop.language import translate
from desktop.store.changes import Changes, read_changes
from desktop.store.diary import Diary


def _stamped(record: dict[str, object], stamp: Stamp) -> dict[str, object]:
    record["changed_at"] = stamp.instant().isoformat(timespec="milliseconds")
    record["changed_by"] = stamp.device
    return record


def changes_document(changes: Changes) -> dict[str, object]:
    """Versions and deletions as a version-2 document (records kept aside included: they are data)."""
    return {
        "format": FORMAT_NAME,
        "version": MERGE_VERSION,
        "babies": [_stamped(baby_to_json(baby), stamp) for baby, stamp in changes.babies],
        "sleeps": [_stamped(sleep_to_json(sleep), stamp) for sleep, stamp in changes.sleeps],
        "events": [_stamped(event_to_json(event), stamp) for event, stamp in changes.events],
        "deleted": [
            _stamped({"id": record_id, "kind": kind}, stamp) for record_id, kind, stamp in changes.deleted
        ],
    }


def _changes(diary: Diary, baby_id: str | None) -> Changes:
    if baby_id is not None and diary.babies.get(baby_id) is None:
        raise ExchangeError(
            translate("Exchange", "baby: no baby with id {id} in this diary").format(id=repr(baby_id)),
            NOTHING_WRITTEN,
        )
    return read_changes(diary.connection, baby_id=baby_id)


def merge_document(diary: Diary, baby_id: str | None = None) -> dict[str, object]:
    """The version-2 document of the whole diary (deletions included), or of one baby's records."""
    return changes_document(_changes(diary, baby_id))


def export_json_v2(diary: Diary, path: Path, baby_id: str | None = None) -> ExportSummary:
    """Write the version-2 document to ``path`` atomically (mode 0600); ExchangeError if it cannot."""
    changes = _changes(diary, baby_id)
    text = dumps(changes_document(changes))
    write_atomically(path, lambda stream: stream.write(text))
    return ExportSummary(path, len(changes.babies), len(changes.sleeps), len(changes.events))
