"""Importing version 2: edits and deletes travel, the later change wins, files may come in any order."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.exchange import ExchangeError, import_document
from desktop.exchange.merge import apply_merge, plan_merge
from desktop.exchange.records import parse_document
from desktop.exchange.v2_export import merge_document
from desktop.store.diary import Diary

NOW = datetime.now().astimezone()


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Diary(tmp_path / "a") as a, Diary(tmp_path / "b") as b:
        yield a, b


def _night(diary: Diary) -> tuple[Baby, Sleep, Event]:
    baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1))
    sleep = Sleep(id=new_id(), baby_id=baby.id, start=NOW - timedelta(hours=3), end=None, kind="night")
    tap = Event(id=new_id(), baby_id=baby.id, sleep_id=sleep.id, at=NOW - timedelta(hours=2), kind="twitch")
    diary.babies.add(baby)
    diary.sleeps.add(sleep)
    diary.events.add(tap)
    return baby, sleep, tap


def test_a_sleep_ended_after_the_first_import_comes_over_on_the_second(pair) -> None:  # type: ignore[no-untyped-def]
    """The issue's case: version 1 refused the whole file ("already in the diary with different content")."""
    a, b = pair
    _, sleep, _ = _night(a)
    import_document(b, merge_document(a))
    ended = replace(sleep, end=NOW - timedelta(minutes=5))
    a.sleeps.update(ended)
    summary = import_document(b, merge_document(a))
    assert b.sleeps.get(sleep.id) == ended
    assert "1 changed" in summary.describe()


def test_a_delete_travels_and_an_older_version_does_not_bring_the_record_back(pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    _, _, tap = _night(a)
    old_file = merge_document(a)
    import_document(b, old_file)
    b.events.delete(tap.id)
    import_document(a, merge_document(b))
    assert a.events.get(tap.id) is None
    import_document(a, old_file)  # the file from before the delete, arriving late
    assert a.events.get(tap.id) is None


def test_a_concurrent_edit_and_delete_end_the_same_on_both_sides(pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    _, _, tap = _night(a)
    import_document(b, merge_document(a))
    a.events.update(replace(tap, body_part="hand"))
    time.sleep(0.01)  # the two clocks are the computers' own: let B's delete be the later change
    b.events.delete(tap.id)
    file_a, file_b = merge_document(a), merge_document(b)
    import_document(a, file_b)
    import_document(b, file_a)
    assert a.events.get(tap.id) is None
    assert b.events.get(tap.id) is None


def test_events_that_arrive_before_their_baby_are_kept_aside_then_shown(pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    _night(a)
    whole = merge_document(a)
    events_only = {**whole, "babies": [], "sleeps": []}
    summary = import_document(b, events_only)
    assert b.events.all() == []
    assert "Kept aside" in summary.describe()
    import_document(b, {**whole, "events": []})
    assert b.events.all() == a.events.all()
    assert b.connection.execute("SELECT COUNT(*) FROM parked_event").fetchone()[0] == 0


def test_undo_of_a_delete_brings_the_tap_back_on_the_other_device(pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    _, _, tap = _night(a)
    import_document(b, merge_document(a))
    a.events.delete(tap.id)
    import_document(b, merge_document(a))
    assert b.events.get(tap.id) is None
    a.events.add(tap)  # the undo
    import_document(b, merge_document(a))
    assert b.events.get(tap.id) == tap


def test_the_preview_counts_without_writing(pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    _, _, tap = _night(a)
    import_document(b, merge_document(a))
    a.events.update(replace(tap, note="hand"))
    a.events.add(replace(tap, id=new_id(), at=tap.at + timedelta(minutes=1)))
    before = b.events.all()
    plan = plan_merge(b, parse_document(merge_document(a)), NOW)
    assert (plan.new, plan.changed, plan.deleted, plan.unchanged, plan.problems) == (1, 1, 0, 2, [])
    assert b.events.all() == before


def test_a_bad_record_in_a_version_2_file_refuses_all_of_it(pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    _night(a)
    data = merge_document(a)
    data["events"][0]["changed_by"] = ""  # type: ignore[index]
    with pytest.raises(ExchangeError, match=r"events\[0\]\.changed_by"):
        import_document(b, data)
    assert b.babies.all() == []


def test_a_sleep_put_back_by_undo_replaces_its_version_kept_aside(pair) -> None:  # type: ignore[no-untyped-def]
    """Found by the convergence test: the id was then both shown and kept aside, and exported twice."""
    a, b = pair
    baby, sleep, _ = _night(a)
    import_document(b, merge_document(a))
    a.sleeps.delete(sleep.id)
    earlier = Sleep(
        id=new_id(),
        baby_id=baby.id,
        start=sleep.start - timedelta(hours=1),
        end=sleep.start + timedelta(minutes=5),
        kind="nap",
    )
    a.sleeps.add(earlier)
    time.sleep(0.01)
    b.sleeps.update(replace(sleep, note="edited on B"))  # later than A's delete: it wins
    import_document(a, merge_document(b))
    assert a.connection.execute("SELECT id FROM parked_sleep").fetchall() == [(sleep.id,)]  # lost the overlap
    a.sleeps.delete(earlier.id)
    a.sleeps.add(sleep)  # A undoes its delete
    assert a.connection.execute("SELECT COUNT(*) FROM parked_sleep").fetchone()[0] == 0
    import_document(b, merge_document(a))  # would be refused: "same id as sleeps[0]"
    import_document(a, merge_document(b))
    assert a.sleeps.all() == b.sleeps.all() == [sleep]


def test_a_stepped_merge_keeps_a_change_made_here_after_it_was_planned(pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    _, _, tap = _night(a)
    import_document(b, merge_document(a))
    a.events.update(replace(tap, note="from A"))
    plan = plan_merge(b, parse_document(merge_document(a)), NOW)
    time.sleep(0.01)
    b.events.update(replace(tap, note="from B, later"))  # made while the sync was planning
    apply_merge(b, plan, step=1)
    assert b.events.get(tap.id) == replace(tap, note="from B, later")


def test_two_caregivers_who_each_started_the_night_end_with_one_night_and_every_tap(pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    baby, _, _ = _night(a)
    import_document(b, merge_document(a))
    a.sleeps.delete(a.sleeps.all()[0].id)  # a fresh night for both
    import_document(b, merge_document(a))
    start = NOW - timedelta(hours=6)
    night_a = Sleep(id=new_id(), baby_id=baby.id, start=start, end=None, kind="night")
    night_b = Sleep(id=new_id(), baby_id=baby.id, start=start + timedelta(minutes=20), end=None, kind="night")
    a.sleeps.add(night_a)
    b.sleeps.add(night_b)  # B did not know: it started the night too
    taps_a = [
        Event(new_id(), baby.id, night_a.id, start + timedelta(minutes=30 + k), "twitch") for k in range(3)
    ]
    taps_b = [
        Event(new_id(), baby.id, night_b.id, start + timedelta(minutes=90 + k), "twitch") for k in range(2)
    ]
    a.events.add_many(taps_a)
    b.events.add_many(taps_b)
    for _ in range(2):
        import_document(a, merge_document(b))
        import_document(b, merge_document(a))
    for diary in (a, b):
        assert [sleep.id for sleep in diary.sleeps.all()] == [night_a.id]  # the earlier start is shown
        assert {event.id for event in diary.events.in_sleep(night_a.id)} == {e.id for e in taps_a + taps_b}
    assert merge_document(a) == merge_document(b)


def test_a_later_version_with_the_same_content_is_not_counted_as_changed(pair) -> None:  # type: ignore[no-untyped-def]
    """Saved again unchanged (a note opened and closed, an undo and a redo): "already here", not "changed"."""
    a, b = pair
    baby, sleep, tap = _night(a)
    import_document(b, merge_document(a))
    time.sleep(0.002)  # the next stamps come later
    a.babies.update(baby)
    a.sleeps.update(sleep)
    a.events.update(tap)
    moved = replace(tap, at=tap.at + timedelta(seconds=1))
    other = Event(id=new_id(), baby_id=baby.id, sleep_id=sleep.id, at=NOW - timedelta(hours=1), kind="twitch")
    a.events.add(other)
    a.events.update(moved)
    a.events.update(replace(moved, at=tap.at))  # edited, then edited back: the same content again
    document = merge_document(a)
    plan = plan_merge(b, parse_document(document), NOW)
    assert (plan.new, plan.changed, plan.unchanged) == (1, 0, 3)
    summary = import_document(b, document)
    assert "1 new" in summary.describe() and "changed" not in summary.describe()
    assert "3 already up to date" in summary.describe()
    assert merge_document(b) == merge_document(a)  # the later stamps were stored all the same


def test_many_sleeps_shown_at_once_take_back_their_waiting_events_as_one_at_a_time_would(
    pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Above ``_BULK_ROWS`` sleeps, the sleep triggers' work is done per statement: the same rows result."""
    a, b = pair
    baby, sleep, _ = _night(a)
    a.sleeps.update(replace(sleep, end=sleep.start + timedelta(minutes=30)))
    for hours in (5, 7):  # more sleeps, each with a tap of its own
        start = NOW - timedelta(hours=hours)
        earlier = Sleep(new_id(), baby.id, start, start + timedelta(hours=1), "nap")
        a.sleeps.add(earlier)
        a.events.add(Event(new_id(), baby.id, earlier.id, earlier.start + timedelta(minutes=5), "twitch"))
    whole = merge_document(a)
    events_first = {**whole, "sleeps": []}  # the taps arrive before their sleeps: kept aside
    with Diary(tmp_path / "c") as c:
        for diary in (b, c):
            import_document(diary, events_first)
            assert diary.events.all() == []
        import_document(b, whole)
        monkeypatch.setattr("desktop.store.merging._BULK_ROWS", 0)  # every sleep shown in bulk
        import_document(c, whole)
        tables = ("sleep", "event", "parked_sleep", "parked_event", "tombstone")
        for table in tables:
            query = f"SELECT * FROM {table} ORDER BY id"
            assert c.connection.execute(query).fetchall() == b.connection.execute(query).fetchall(), table
        assert c.events.all() == a.events.all()
        triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        assert c.connection.execute(triggers).fetchall() == b.connection.execute(triggers).fetchall()
