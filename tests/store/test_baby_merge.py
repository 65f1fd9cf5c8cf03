"""One baby entered on two devices: merged into one id in one step, and the step undone exactly."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.exchange import import_document
from desktop.exchange.merge import doubled_babies
from desktop.exchange.v2_export import merge_document
from desktop.store.baby_merge import merge_babies
from desktop.store.diary import Diary
from desktop.store.errors import StoreError

NOW = datetime.now().astimezone().replace(microsecond=0)


def _device(diary: Diary, night_start: datetime, taps: int) -> tuple[Baby, Sleep, list[Event]]:
    baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1))
    sleep = Sleep(
        id=new_id(), baby_id=baby.id, start=night_start, end=night_start + timedelta(hours=8), kind="night"
    )
    events = [
        Event(
            id=new_id(),
            baby_id=baby.id,
            sleep_id=sleep.id,
            at=night_start + timedelta(minutes=10 * (k + 1)),
            kind="twitch",
        )
        for k in range(taps)
    ]
    diary.babies.add(baby)
    diary.sleeps.add(sleep)
    diary.events.add_many(events)
    return baby, sleep, events


def _everything(diary: Diary) -> tuple[list[Baby], set[Sleep], set[Event]]:
    return diary.babies.all(), set(diary.sleeps.all()), set(diary.events.all())


def test_the_same_baby_from_two_devices_is_reported_then_merged_and_undone(tmp_path: Path) -> None:
    with Diary(tmp_path / "a") as a, Diary(tmp_path / "b") as b:
        night = NOW - timedelta(hours=20)
        keep, kept_night, _ = _device(a, night, 3)
        other, _, _ = _device(b, night + timedelta(minutes=30), 2)  # the same night, logged on B too
        other_nap = Sleep(
            id=new_id(),
            baby_id=other.id,
            start=NOW - timedelta(hours=6),
            end=NOW - timedelta(hours=5),
            kind="nap",
        )
        b.sleeps.add(other_nap)
        summary = import_document(a, merge_document(b))
        assert "Mia (born 2026-08-01) is in the diary 2 times" in summary.describe()
        assert doubled_babies(a)[0][2] == (keep.id, other.id)
        before = _everything(a)

        merge = merge_babies(a, keep.id, other.id)
        assert [baby.id for baby in a.babies.all()] == [keep.id]
        sleeps = a.sleeps.for_baby(keep.id)
        assert [s.id for s in sleeps] == [kept_night.id, other_nap.id]
        assert sleeps[0].end == night + timedelta(minutes=30) + timedelta(hours=8)  # spans both
        assert len(a.events.in_sleep(kept_night.id)) == 5
        assert doubled_babies(a) == ()

        merge.undo(a)
        assert _everything(a) == before

        # The merge travels as changes: B ends with one baby too.
        merge_babies(a, keep.id, other.id)
        import_document(b, merge_document(a))
        assert [baby.id for baby in b.babies.all()] == [keep.id]
        assert set(b.events.all()) == set(a.events.all())


def test_a_merge_that_would_make_a_sleep_over_24_hours_changes_nothing(tmp_path: Path) -> None:
    with Diary(tmp_path) as diary:
        keep, _, _ = _device(diary, NOW - timedelta(hours=40), 1)
        other, _, _ = _device(diary, NOW - timedelta(hours=23, minutes=30), 1)
        diary.sleeps.update(
            Sleep(**{**diary.sleeps.for_baby(keep.id)[0].__dict__, "end": NOW - timedelta(hours=23)})
        )
        before = _everything(diary)
        with pytest.raises(StoreError, match="over 24 hours"):
            merge_babies(diary, keep.id, other.id)
        assert _everything(diary) == before


@pytest.mark.parametrize(
    ("code", "folded", "expected"),
    [
        ("en", 0, "Merged the two records of Mia: 2 sleeps and 1 event moved."),
        ("en", 1, "Merged the two records of Mia: 2 sleeps and 1 event moved. 1 night logged on both devices is now one sleep."),  # noqa: E501
        ("en", 2, "Merged the two records of Mia: 2 sleeps and 1 event moved. 2 nights logged on both devices are now one sleep each."),  # noqa: E501
        ("es", 1, "Se unieron los dos registros de Mia: se movieron 2 sueños y 1 registro. 1 noche anotada en los dos dispositivos es ahora un solo sueño."),  # noqa: E501
        ("es", 3, "Se unieron los dos registros de Mia: se movieron 2 sueños y 1 registro. 3 noches anotadas en los dos dispositivos son ahora un solo sueño cada una."),  # noqa: E501
    ],
)  # fmt: skip
def test_the_merge_says_what_moved_with_plural_forms(code: str, folded: int, expected: str) -> None:
    from desktop import language
    from desktop.store.baby_merge import BabyMerge

    mia = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1))
    start = datetime(2026, 9, 1, 20, 0).astimezone()
    sleeps = [Sleep(new_id(), mia.id, start + timedelta(days=day), None, "night") for day in range(2)]
    merge = BabyMerge(mia, mia, mia, other_sleeps=sleeps)
    merge.other_events.append(Event(new_id(), mia.id, None, start, "twitch", state="awake"))
    merge.folded.update({f"sleep-{index}": "kept" for index in range(folded)})
    language.set_current(code)
    try:
        assert merge.describe() == expected
    finally:
        language.set_current(language.ENGLISH)
