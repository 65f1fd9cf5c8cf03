"""The exchange format's optional ``pause_length``: validated, defaulted, exported only when known."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.exchange.samples import NOW

from desktop.exchange import ExchangeError, export_file, import_document
from desktop.store.diary import Diary

Sample = Callable[[], dict[str, Any]]
Rows = Callable[[Diary], dict[str, list[tuple[object, ...]]]]
PAUSE = 2  # the sample's sign event: it becomes a breathing pause here


def _with_pause(sample: Sample, **fields: object) -> dict[str, Any]:
    document = sample()
    document["events"][PAUSE].update({"signs": ["breathing_pause"], **fields})
    return document


@pytest.mark.parametrize("length", ["under_10s", "10_to_20s", "over_20s"])
def test_a_pause_length_is_imported_and_exported_as_written(
    tmp_path: Path, diary: Diary, sample: Sample, length: str
) -> None:
    document = _with_pause(sample, pause_length=length)
    import_document(diary, document, NOW)
    stored = diary.events.get(document["events"][PAUSE]["id"])
    assert stored is not None and stored.pause_length == length
    out = tmp_path / "out.json"
    export_file(diary, out)
    exported = {e["id"]: e for e in json.loads(out.read_text(encoding="utf-8"))["events"]}
    assert exported[stored.id]["pause_length"] == length


def test_left_out_or_null_means_not_sure_and_is_not_written_back(
    tmp_path: Path, diary: Diary, sample: Sample
) -> None:
    document = _with_pause(sample, pause_length=None)
    import_document(diary, document, NOW)
    assert all(event.pause_length is None for event in diary.events.all())
    out = tmp_path / "out.json"
    export_file(diary, out)
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    # Left out when empty: a file without lengths stays readable by the release before it.
    assert all("pause_length" not in event for event in events)


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"pause_length": "long"}, "events[2].pause_length: must be one of under_10s, 10_to_20s, over_20s"),
        ({"pause_length": 12}, "events[2].pause_length: must be one of"),
        (
            {"pause_length": "under_10s", "signs": ["tremor"]},
            "events[2].pause_length: a pause length needs the sign breathing_pause",
        ),
    ],
)
def test_a_bad_pause_length_is_refused_whole(
    diary: Diary, sample: Sample, rows_of: Rows, fields: dict[str, object], problem: str
) -> None:
    before = rows_of(diary)
    with pytest.raises(ExchangeError) as caught:
        import_document(diary, _with_pause(sample, **fields), NOW)
    assert any(p.startswith(problem) for p in caught.value.problems), caught.value.problems
    assert rows_of(diary) == before


def test_the_csv_export_has_the_pause_length(tmp_path: Path, diary: Diary, sample: Sample) -> None:
    document = _with_pause(sample, pause_length="under_10s")
    import_document(diary, document, NOW)
    out = tmp_path / "events.csv"
    export_file(diary, out)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [row["pause_length"] for row in rows] == ["", "", "under_10s", "", ""]
