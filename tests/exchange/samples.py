"""Exchange-test material: a fixed "now", a sample document using every field, row snapshots."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

from desktop.store.diary import Diary

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
MIA = "0b8f6c2e-2f4a-4f59-9d55-1a2b3c4d5e6f"
LEO = "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"
NAP = "5d1e0000-0000-4000-8000-000000000001"
NIGHT = "5d1e0000-0000-4000-8000-000000000002"
RUNNING = "5d1e0000-0000-4000-8000-000000000003"

_SAMPLE: dict[str, Any] = {
    "format": "twitch-diary",
    "version": 1,
    "babies": [
        {
            "id": MIA,
            "name": "Zoë 李 🌙",
            "birth_date": "2026-08-01",
            "due_date": "2026-09-19",  # born seven weeks early: corrected age is negative at first
            "birth_weight_g": 1900,
            "family_history": ["newborn_seizures", "epilepsy"],
            "note": 'Line one\nline two, with "quotes" and a tab\t.',
        },
        {
            "id": LEO,
            "name": "Leo",
            "birth_date": "2026-07-10",
            "due_date": None,
            "birth_weight_g": None,
            "family_history": [],
            "note": "",
        },
    ],
    "sleeps": [
        {
            "id": NAP,
            "baby_id": MIA,
            "start": "2026-09-01T13:00:00+05:30",
            "end": "2026-09-01T14:30:00.5+05:30",
            "kind": "nap",
            "note": "after the bath",
        },
        {
            "id": NIGHT,
            "baby_id": MIA,
            "start": "2026-09-01T19:00:00-03:00",
            "end": "2026-09-02T06:15:00-03:00",
            "kind": "night",
            "note": "",
        },
        {
            "id": RUNNING,
            "baby_id": LEO,
            "start": "2026-11-20T10:00:00Z",
            "end": None,
            "kind": "nap",
            "note": "",
        },
    ],
    "events": [
        {
            "id": "e7a20000-0000-4000-8000-000000000001",
            "baby_id": MIA,
            "sleep_id": NAP,
            "at": "2026-09-01T13:05:12.250+05:30",
            "kind": "twitch",
            "body_part": "hand",
            "side": "left",
            "state": "asleep",
            "duration_s": None,
            "woke_baby": False,
            "rhythmic": None,
            "stopped_on_waking": None,
            "signs": [],
            "video": None,
            "note": "",
        },
        {
            "id": "e7a20000-0000-4000-8000-000000000002",
            "baby_id": MIA,
            "sleep_id": NIGHT,
            "at": "2026-09-01T23:40:01.123456-03:00",
            "kind": "episode",
            "body_part": "whole_body",
            "side": "both",
            "state": "drowsy",
            "duration_s": 42.5,
            "woke_baby": True,
            "rhythmic": False,
            "stopped_on_waking": "no",
            "signs": [],
            "video": "file:///home/ana/Videos/clip 1.mp4",
            "note": "=SUM(A1) looked like shivering",
        },
        {
            "id": "e7a20000-0000-4000-8000-000000000003",
            "baby_id": MIA,
            "sleep_id": NIGHT,
            "at": "2026-09-02T03:00:00-03:00",
            "kind": "sign",
            "body_part": "eyes",
            "side": "unknown",
            "state": "asleep",
            "duration_s": 3,
            "woke_baby": False,
            "rhythmic": True,
            "stopped_on_waking": "not_tried",
            "signs": ["tremor", "stiffening"],
            "video": "",
            "note": "-3 breaths? 💤",
        },
        {
            "id": "e7a20000-0000-4000-8000-000000000004",
            "baby_id": LEO,
            "sleep_id": None,
            "at": "2026-11-19T08:00:00Z",
            "kind": "twitch",
            "body_part": "foot",
            "side": "right",
            "state": "awake",
            "duration_s": None,
            "woke_baby": False,
            "rhythmic": None,
            "stopped_on_waking": "yes",
            "signs": [],
            "video": None,
            "note": "@home",
        },
        {
            "id": "e7a20000-0000-4000-8000-000000000005",
            "baby_id": LEO,
            "sleep_id": RUNNING,
            "at": "2026-11-20T11:59:59.999Z",
            "kind": "twitch",
            "body_part": "unknown",
            "side": "unknown",
            "state": "asleep",
            "duration_s": None,
            "woke_baby": False,
            "rhythmic": None,
            "stopped_on_waking": None,
            "signs": [],
            "video": None,
            "note": "",
        },
    ],
}


def sample_document() -> dict[str, Any]:
    """A fresh copy of a valid document that uses every field, enum and edge of the format."""
    return copy.deepcopy(_SAMPLE)


def snapshot(diary: Diary) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, to prove that a refused import changed nothing."""
    tables = ("baby", "sleep", "event", "setting")
    return {
        table: [tuple(row) for row in diary.connection.execute(f"SELECT * FROM {table} ORDER BY rowid")]
        for table in tables
    }
