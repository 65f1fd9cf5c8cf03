"""A parent's diary survives export and import: every field, time zone, fraction of a second and enum."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from tests.exchange.samples import LEO, MIA, NAP, NIGHT, NOW, RUNNING

from desktop.core.model import Baby, Event, Sleep
from desktop.exchange import (
    ExchangeError,
    document,
    export_file,
    export_json,
    import_document,
    import_file,
)
from desktop.store.diary import Diary

Sample = Callable[[], dict[str, Any]]


def _zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def test_import_stores_every_field_as_written(diary: Diary, sample: Sample) -> None:
    summary = import_document(diary, sample(), NOW)

    assert (summary.babies_added, summary.sleeps_added, summary.events_added) == (2, 3, 5)
    assert diary.babies.get(MIA) == Baby(
        id=MIA,
        name="Zoë 李 🌙",
        birth_date=date(2026, 8, 1),
        due_date=date(2026, 9, 19),
        birth_weight_g=1900,
        family_history=frozenset({"newborn_seizures", "epilepsy"}),
        note='Line one\nline two, with "quotes" and a tab\t.',
    )
    nap = diary.sleeps.get(NAP)
    assert nap is not None
    assert nap.start == datetime(2026, 9, 1, 13, 0, tzinfo=_zone(5.5))
    assert nap.start.utcoffset() == timedelta(hours=5, minutes=30)
    assert nap.end == datetime(2026, 9, 1, 14, 30, 0, 500_000, tzinfo=_zone(5.5))
    assert diary.sleeps.running(LEO) == Sleep(RUNNING, LEO, datetime(2026, 11, 20, 10, tzinfo=UTC))
    episode = diary.events.get("e7a20000-0000-4000-8000-000000000002")
    assert episode == Event(
        id="e7a20000-0000-4000-8000-000000000002",
        baby_id=MIA,
        sleep_id=NIGHT,
        at=datetime(2026, 9, 1, 23, 40, 1, 123_456, tzinfo=_zone(-3)),
        kind="episode",
        body_part="whole_body",
        side="both",
        state="drowsy",
        duration_s=42.5,
        woke_baby=True,
        rhythmic=False,
        stopped_on_waking="no",
        video="file:///home/ana/Videos/clip 1.mp4",
        note="=SUM(A1) looked like shivering",
    )
    assert episode.at.utcoffset() == timedelta(hours=-3)
    sign = diary.events.get("e7a20000-0000-4000-8000-000000000003")
    assert sign is not None
    assert (sign.signs, sign.rhythmic, sign.video, sign.duration_s) == (
        frozenset({"tremor", "stiffening"}),
        True,
        "",
        3.0,
    )


def test_export_import_export_gives_the_identical_document(
    tmp_path: Path, diary: Diary, sample: Sample
) -> None:
    import_document(diary, sample(), NOW)
    first = tmp_path / "first.json"
    export_json(diary, first)

    with Diary(tmp_path / "fresh") as fresh:
        summary = import_file(fresh, first, NOW)
        second = tmp_path / "second.json"
        export_json(fresh, second)

    assert summary.events_added == 5
    assert first.read_bytes() == second.read_bytes()
    assert json.loads(first.read_text(encoding="utf-8")) == document(diary)


def test_export_writes_every_field_in_design_shape(diary: Diary, sample: Sample) -> None:
    import_document(diary, sample(), NOW)

    exported = document(diary)

    assert list(exported) == ["format", "version", "babies", "sleeps", "events"]
    mia = exported["babies"][0]  # type: ignore[index]
    assert mia["family_history"] == ["newborn_seizures", "epilepsy"]  # canonical order
    events = {event["id"][-1]: event for event in exported["events"]}  # type: ignore[attr-defined]
    assert events["1"]["at"] == "2026-09-01T13:05:12.250+05:30"  # milliseconds
    assert events["2"]["at"] == "2026-09-01T23:40:01.123456-03:00"  # microseconds kept
    assert events["3"]["at"] == "2026-09-02T03:00:00-03:00"  # whole seconds
    assert events["3"]["signs"] == ["stiffening", "tremor"]  # canonical order
    assert events["3"]["duration_s"] == 3.0
    assert events["4"]["sleep_id"] is None
    assert events["1"]["rhythmic"] is None and events["2"]["rhythmic"] is False
    assert set(events["1"]) == {
        "id", "baby_id", "sleep_id", "at", "kind", "body_part", "side", "state", "duration_s",
        "woke_baby", "rhythmic", "stopped_on_waking", "signs", "video", "note",
    }  # fmt: skip


def test_left_out_fields_take_the_documented_defaults(diary: Diary, sample: Sample) -> None:
    data = sample()
    data["babies"] = [{"id": MIA, "name": "Mia", "birth_date": "2026-08-01"}]
    data["sleeps"] = [{"id": NAP, "baby_id": MIA, "start": "2026-09-01T13:00:00Z"}]
    data["events"] = [
        {"id": "in", "baby_id": MIA, "sleep_id": NAP, "at": "2026-09-01T13:10:00Z", "kind": "twitch"},
        {"id": "out", "baby_id": MIA, "at": "2026-09-01T08:10:00Z", "kind": "twitch"},
    ]

    import_document(diary, data, NOW)

    assert diary.babies.get(MIA) == Baby(MIA, "Mia", date(2026, 8, 1))
    sleep = diary.sleeps.get(NAP)
    assert sleep is not None and (sleep.kind, sleep.note, sleep.end) == ("nap", "", None)
    inside, outside = diary.events.get("in"), diary.events.get("out")
    assert inside is not None and outside is not None
    assert inside.state == "asleep"
    assert outside.state == "awake" and outside.sleep_id is None
    assert (inside.body_part, inside.side, inside.woke_baby, inside.rhythmic, inside.signs, inside.video) == (
        "unknown",
        "unknown",
        False,
        None,
        frozenset(),
        None,
    )


def test_one_babys_export_holds_only_that_baby(diary: Diary, sample: Sample) -> None:
    import_document(diary, sample(), NOW)

    exported = document(diary, LEO)

    assert [baby["id"] for baby in exported["babies"]] == [LEO]  # type: ignore[attr-defined]
    assert [sleep["id"] for sleep in exported["sleeps"]] == [RUNNING]  # type: ignore[attr-defined]
    assert {event["baby_id"] for event in exported["events"]} == {LEO}  # type: ignore[attr-defined]


def test_export_of_an_unknown_baby_is_refused(tmp_path: Path, diary: Diary) -> None:
    with pytest.raises(ExchangeError, match="no baby with id 'nobody'"):
        export_json(diary, tmp_path / "out.json", "nobody")
    assert not (tmp_path / "out.json").exists()


def test_export_file_is_private_and_leaves_no_temporary_files(
    tmp_path: Path, diary: Diary, sample: Sample
) -> None:
    import_document(diary, sample(), NOW)
    target = tmp_path / "out" / "diary.json"
    target.parent.mkdir()
    target.write_text("old content", encoding="utf-8")

    summary = export_json(diary, target)

    assert (summary.babies, summary.sleeps, summary.events) == (2, 3, 5)
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert sorted(path.name for path in target.parent.iterdir()) == ["diary.json"]
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "twitch-diary"


def test_export_to_a_missing_folder_fails_cleanly(tmp_path: Path, diary: Diary) -> None:
    with pytest.raises(ExchangeError, match="cannot write") as raised:
        export_json(diary, tmp_path / "missing" / "out.json")
    assert str(raised.value).endswith("no file was written.")


@pytest.mark.parametrize("name", ["diary.json", "DIARY.JSON", "diary.csv", "Diary.CSV"])
def test_export_file_picks_the_format_by_extension(
    tmp_path: Path, diary: Diary, sample: Sample, name: str
) -> None:
    import_document(diary, sample(), NOW)

    export_file(diary, tmp_path / name)

    text = (tmp_path / name).read_text(encoding="utf-8-sig")
    assert text.startswith("{") == name.lower().endswith(".json")
    assert text.startswith("baby_name,") == name.lower().endswith(".csv")


@pytest.mark.parametrize("name", ["diary.txt", "diary", "diary.json.bak"])
def test_export_file_refuses_other_extensions(tmp_path: Path, diary: Diary, name: str) -> None:
    with pytest.raises(ExchangeError, match=r"must end in \.json or \.csv"):
        export_file(diary, tmp_path / name)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]  # only the diary's own folder
