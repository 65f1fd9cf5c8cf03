"""Two or three devices make random changes and merge in any order: after everyone has synced, all
diaries hold exactly the same records, and no tap ever logged is lost unless a delete of it won."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.exchange.json_import import import_document
from desktop.exchange.merge import apply_merge, plan_merge
from desktop.exchange.records import parse_document
from desktop.exchange.v2_export import merge_document
from desktop.store.diary import Diary
from desktop.store.errors import StoreError

BASE = datetime(2026, 11, 1, 20, 0).astimezone()
TABLES = ("baby", "sleep", "event", "parked_sleep", "parked_event", "tombstone")

DEVICE = st.integers(0, 2)
# (strategy, weight): taps and syncs most often, a baby deleted rarely (it takes everything with it).
_WEIGHTED = (
    (st.tuples(st.just("sleep"), DEVICE, st.integers(0, 40), st.integers(1, 6), st.booleans()), 3),
    (st.tuples(st.just("tap"), DEVICE, st.integers(0, 1000)), 6),
    (st.tuples(st.just("baby"), DEVICE), 1),
    (st.tuples(st.just("edit_event"), DEVICE, st.integers(0, 1000)), 2),
    (st.tuples(st.just("edit_sleep"), DEVICE, st.integers(0, 1000), st.integers(-60, 60)), 1),
    (st.tuples(st.just("delete_event"), DEVICE, st.integers(0, 1000)), 2),
    (st.tuples(st.just("delete_sleep"), DEVICE, st.integers(0, 1000)), 1),
    (st.tuples(st.just("undo"), DEVICE), 2),
    (st.tuples(st.just("redo"), DEVICE), 1),
    (st.tuples(st.just("sync"), DEVICE, DEVICE), 4),
)
OPS = st.one_of(
    *[strategy for strategy, weight in _WEIGHTED for _ in range(weight)],
    # Rarer still: only one draw in eight of this op deletes a baby.
    st.tuples(st.just("delete_baby"), DEVICE, st.integers(0, 1000), st.integers(0, 7)),
)


class Device:
    """One caregiver's diary with an undo stack of (do, undo) steps, as the window's commands are."""

    def __init__(self, folder: Path) -> None:
        self.diary = Diary(folder)
        self.done: list[tuple[Callable[[], None], Callable[[], None]]] = []
        self.undone: list[tuple[Callable[[], None], Callable[[], None]]] = []

    def change(self, forward: Callable[[], None], backward: Callable[[], None]) -> None:
        try:
            forward()
        except StoreError:
            return  # refused (an overlap, a record gone meanwhile): nothing changed, nothing pushed
        self.done.append((forward, backward))
        self.undone.clear()

    def step(self, source: list[tuple[Callable[[], None], Callable[[], None]]], undo: bool) -> None:
        if not source:
            return
        forward, backward = source.pop()
        try:
            (backward if undo else forward)()
        except StoreError:
            return  # as the window's commands: reported, and the step dropped
        (self.undone if undo else self.done).append((forward, backward))


def _pick(items: list[object], index: int) -> object | None:
    return items[index % len(items)] if items else None


def _apply(device: Device, op: tuple[object, ...], taps: set[str]) -> None:
    diary = device.diary
    kind = op[0]
    if kind == "baby":
        baby = Baby(id=new_id(), name="Mia", birth_date=BASE.date() - timedelta(days=60))
        device.change(lambda: diary.babies.add(baby), lambda: diary.babies.delete(baby.id))
    elif kind == "sleep":
        _, _, hour, length, running = op
        baby = _pick(diary.babies.all(), int(str(hour)))
        if isinstance(baby, Baby):
            start = BASE + timedelta(hours=int(str(hour)))
            end = None if running else start + timedelta(hours=int(str(length)))
            sleep = Sleep(id=new_id(), baby_id=baby.id, start=start, end=end, kind="night")
            device.change(lambda: diary.sleeps.add(sleep), lambda: diary.sleeps.delete(sleep.id))
    elif kind == "tap":
        if not diary.sleeps.all():  # the first tap starts a sleep (design.md section 6)
            _apply(device, ("sleep", op[1], int(str(op[2])) % 40, 3, True), taps)
        sleep = _pick(diary.sleeps.all(), int(str(op[2])))
        if isinstance(sleep, Sleep):
            at = sleep.start + timedelta(minutes=int(str(op[2])) % 50)
            event = Event(id=new_id(), baby_id=sleep.baby_id, sleep_id=sleep.id, at=at, kind="twitch")
            taps.add(event.id)
            device.change(lambda: diary.events.add(event), lambda: diary.events.delete(event.id))
    elif kind == "edit_event":
        before = _pick(diary.events.all(), int(str(op[2])))
        if isinstance(before, Event):
            after = replace(before, body_part="hand" if before.body_part != "hand" else "foot")
            device.change(lambda: diary.events.update(after), lambda: diary.events.update(before))
    elif kind == "edit_sleep":
        old = _pick(diary.sleeps.all(), int(str(op[2])))
        if isinstance(old, Sleep):
            new = replace(
                old, note=f"edited {op[3]}", end=old.start + timedelta(minutes=90 + int(str(op[3])))
            )
            device.change(lambda: diary.sleeps.update(new), lambda: diary.sleeps.update(old))
    elif kind == "delete_event":
        gone = _pick(diary.events.all(), int(str(op[2])))
        if isinstance(gone, Event):
            device.change(lambda: diary.events.delete(gone.id), lambda: diary.events.add(gone))
    elif kind == "delete_sleep":
        sleep = _pick(diary.sleeps.all(), int(str(op[2])))
        if isinstance(sleep, Sleep):
            events = diary.events.in_sleep(sleep.id)

            def restore_sleep() -> None:
                with diary.transaction():
                    diary.sleeps.add(sleep)
                    diary.events.add_many(e for e in events if diary.events.get(e.id) is None)

            device.change(lambda: diary.sleeps.delete(sleep.id), restore_sleep)
    elif kind == "delete_baby" and op[3] == 0:
        baby = _pick(diary.babies.all(), int(str(op[2])))
        if isinstance(baby, Baby):
            sleeps = diary.sleeps.for_baby(baby.id)
            events = diary.events.for_baby(baby.id)

            def restore_baby() -> None:
                with diary.transaction():
                    diary.babies.add(baby)
                    for sleep in sleeps:
                        diary.sleeps.add(sleep)
                    diary.events.add_many(e for e in events if diary.events.get(e.id) is None)

            device.change(lambda: diary.babies.delete(baby.id), restore_baby)
    elif kind == "undo":
        device.step(device.done, undo=True)
    elif kind == "redo":
        device.step(device.undone, undo=False)


def _sync(devices: list[Device], source: int, target: int, step: int | None = None) -> None:
    if source == target:
        return
    if step is None:
        import_document(devices[target].diary, merge_document(devices[source].diary))
        return
    # As the folder sync merges: planned first, then written in small steps.
    diary = devices[target].diary
    plan = plan_merge(
        diary, parse_document(merge_document(devices[source].diary)), datetime.now().astimezone()
    )
    apply_merge(diary, plan, step=step)


def _state(diary: Diary) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: sorted(tuple(row) for row in diary.connection.execute(f"SELECT * FROM {table}"))
        for table in TABLES
    }


def _check_no_tap_lost(diary: Diary, taps: set[str]) -> None:
    db = diary.connection
    shown = {row[0] for row in db.execute("SELECT id FROM event")}
    deleted = {row[0] for row in db.execute("SELECT id FROM tombstone")}
    parked = {
        row[0]: (row[1], row[2]) for row in db.execute("SELECT id, sleep_id, baby_id FROM parked_event")
    }
    shown_sleeps = {row[0] for row in db.execute("SELECT id FROM sleep")}
    for tap in taps:
        if tap in shown or tap in deleted:
            continue
        # Kept aside: only because a delete of its sleep or baby won (or its sleep lost an overlap).
        assert tap in parked, f"tap {tap} was lost"
        sleep_id, baby_id = parked[tap]
        assert sleep_id not in shown_sleeps or baby_id in deleted


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    count=st.integers(2, 3),
    ops=st.lists(OPS, min_size=15, max_size=50),
    names=st.permutations(["aaaaaa", "bbbbbb", "cccccc"]),
    step=st.sampled_from([None, 1, 3]),
)
def test_devices_that_synced_everything_hold_the_same_diary(
    count: int, ops: list[tuple[object, ...]], names: list[str], step: int | None
) -> None:
    with tempfile.TemporaryDirectory(dir="/dev/shm" if Path("/dev/shm").is_dir() else None) as folder:
        devices = [Device(Path(folder) / f"device-{number}") for number in range(count)]
        for device, name in zip(devices, names, strict=False):
            # Drawn, not random: a same-millisecond tie between devices goes the same way on a replay.
            device.diary.connection.execute("UPDATE change_clock SET device = ?", (name,))
        taps: set[str] = set()
        try:
            # The family enters the baby once and every device syncs it (another "baby" op doubles it).
            _apply(devices[0], ("baby", 0), taps)
            _apply(devices[0], ("sleep", 0, 0, 6, False), taps)  # and the first night, seen by all
            for target in range(1, count):
                _sync(devices, 0, target)
            for op in ops:
                if op[0] == "sync":
                    _sync(devices, int(str(op[1])) % count, int(str(op[2])) % count, step)
                else:
                    _apply(devices[int(str(op[1])) % count], op, taps)
            # Everyone syncs with everyone until a round changes nothing (a join of two sleeps that
            # overlap is itself a change, which the next round carries): a few rounds at most.
            before = None
            for _ in range(6):
                for source in range(count):
                    for target in range(count):
                        _sync(devices, source, target, step)
                states = [_state(device.diary) for device in devices]
                if states == before:
                    break
                before = states
            else:
                raise AssertionError("the devices did not settle after six rounds of syncing")
            # What the example reached, for --hypothesis-show-statistics.
            event(f"events shown: {min(len(states[0]['event']), 5)}+")
            event(f"kept aside: {bool(states[0]['parked_event'] or states[0]['parked_sleep'])}")
            event(f"tombstones: {min(len(states[0]['tombstone']), 3)}+")
            for state in states[1:]:
                assert state == states[0]
            for device in devices:
                _check_no_tap_lost(device.diary, taps)
                assert not device.diary.connection.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            for device in devices:
                device.diary.close()
