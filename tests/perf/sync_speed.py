"""Benchmark of the two caregivers' figures, each against a floor measured in the same run.

Run as ``python tests/perf/sync_speed.py`` (not part of the default test run):

* ``import_v2_ratio``: importing the three-year export (version 2, the default export) into a
  fresh diary, in a fresh process, over ``json.load`` of the same file (target: at most 5);
  ``import_v1_ratio`` the same for a version-1 file of the same diary, for comparison.
* ``sync_1000_s``: one ``sync`` on a device holding the three-year diary that brings 1,000 new
  records (a night of taps from the other device), target under 1 s; its floor is reading the
  same file (open, decrypt, decompress, ``json.loads``) plus inserting 1,000 plain rows.

The last line printed is one JSON object with every figure. ``--against TREE`` measures the
version-2 import of another source tree (the code before a change) in the same rounds;
``--imports-only`` leaves out the sync.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGETS = {"import_v2_ratio": 5.0, "sync_1000_s": 1.0}

IMPORT = """
import json, sys, time
from pathlib import Path
from desktop.exchange.json_import import import_file
from desktop.store.diary import Diary
source, target = Path(sys.argv[1]), Path(sys.argv[2])
started = time.perf_counter()
with source.open(encoding="utf-8") as handle:
    json.load(handle)
load_s = time.perf_counter() - started
with Diary(target) as diary:
    started = time.perf_counter()
    import_file(diary, source)
    import_s = time.perf_counter() - started
print("READY", load_s, import_s, flush=True)
"""


def _import_once(source: Path, target: Path, tree: Path = ROOT) -> tuple[float, float]:
    """json.load and import seconds of one fresh process running the code of ``tree``."""
    out = subprocess.run(
        [sys.executable, "-c", IMPORT, str(source), str(target)],
        capture_output=True, text=True, check=True, cwd=tree,
    ).stdout  # fmt: skip
    line = next(text for text in out.splitlines() if text.startswith("READY"))
    load_s, import_s = (float(value) for value in line.split()[1:3])
    return load_s, import_s


def measure_imports(
    v1: Path, v2: Path, folder: Path, runs: int, against: Path | None = None
) -> dict[str, float]:
    """Both versions' import ratios, interleaved run by run (medians).

    With ``against`` (another source tree, say the code before a change), its version-2 import is
    measured in the same rounds, so that both see the same load on a shared machine.
    """
    imports: list[tuple[str, Path, Path]] = [("v2", v2, ROOT), ("v1", v1, ROOT)]
    if against is not None:
        imports.append(("v2_against", v2, against))
    ratios: dict[str, list[float]] = {name: [] for name, _, _ in imports}
    seconds: dict[str, list[float]] = {**{name: [] for name, _, _ in imports}, "load": []}
    for number in range(runs):
        for name, source, tree in imports:
            load_s, import_s = _import_once(source, folder / f"import-{name}-{number}", tree)
            ratios[name].append(import_s / load_s)
            seconds[name].append(import_s)
            seconds["load"].append(load_s)
    results = {f"import_{name}_ratio": statistics.median(values) for name, values in ratios.items()}
    results.update({f"import_{name}_s": statistics.median(seconds[name]) for name, _, _ in imports})
    results["json_load_s"] = statistics.median(seconds["load"])
    return results


def _night_of_taps(data_dir: Path, count: int) -> None:
    """The other device logs a night: one sleep and ``count - 1`` taps in it (``count`` records)."""
    from desktop.core.model import Event, Sleep, new_id
    from desktop.store.diary import Diary

    with Diary(data_dir) as diary:
        (baby,) = diary.babies.all()
        last_end = diary.sleeps.for_baby(baby.id)[-1].end
        assert last_end is not None
        start = last_end + timedelta(minutes=1)
        sleep = Sleep(
            id=new_id(), baby_id=baby.id, start=start, end=start + timedelta(minutes=90), kind="nap"
        )
        assert sleep.end is not None and sleep.end < datetime.now().astimezone()
        events = [
            Event(
                id=new_id(),
                baby_id=baby.id,
                sleep_id=sleep.id,
                at=start + timedelta(seconds=5 * k),
                kind="twitch",
            )
            for k in range(count - 1)
        ]
        with diary.transaction():
            diary.sleeps.add(sleep)
            diary.events.add_many(events)


def _floor(shared: Path, device: str, number: int, key: bytes, folder: Path) -> float:
    """Reading the same file and inserting as many plain rows: what a sync cannot go below."""
    import sqlite3

    from desktop.sync.folder import read_file

    started = time.perf_counter()
    data = json.loads(zlib.decompress(read_file(shared, f"{device}/{number:08d}.tdsync", key)))
    connection = sqlite3.connect(folder / f"floor-{number}.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE IF NOT EXISTS t (id TEXT PRIMARY KEY, body TEXT)")
    connection.execute("BEGIN IMMEDIATE")
    rows = [(record["id"], json.dumps(record)) for record in data["events"] + data["sleeps"]]
    connection.executemany("INSERT INTO t VALUES (?, ?)", rows)
    connection.execute("COMMIT")
    connection.close()
    return time.perf_counter() - started


def measure_sync(source_dir: Path, folder: Path, runs: int) -> dict[str, float]:
    """Device A holds the three-year diary and syncs it; B takes it all; then A logs 1,000 more, B syncs."""
    from desktop.store.changes import device_id
    from desktop.store.diary import Diary
    from desktop.sync.run import KEY_KEY, set_up, sync_now

    shared = folder / "shared"
    shared.mkdir()
    a, b = folder / "device-a", folder / "device-b"
    import shutil

    a.mkdir()
    shutil.copyfile(source_dir / "diary.sqlite3", a / "diary.sqlite3")
    with Diary(a) as diary:
        set_up(diary, shared, "bench passphrase")
        started = time.perf_counter()
        sync_now(diary)
        first_send = time.perf_counter() - started
        device = device_id(diary.connection)
        key = bytes.fromhex(diary.settings.get(KEY_KEY) or "")
    with Diary(b) as diary:
        set_up(diary, shared, "bench passphrase")
        started = time.perf_counter()
        sync_now(diary)
        first_receive = time.perf_counter() - started
    syncs: list[float] = []
    floors: list[float] = []
    sends: list[float] = []
    for _run in range(runs):
        _night_of_taps(a, 1000)
        with Diary(a) as diary:
            started = time.perf_counter()
            sent = sync_now(diary)
            sends.append(time.perf_counter() - started)
        # The first sync wrote the three-year diary in several files: this one's number is its own.
        assert sent.sent_file is not None
        number = int(sent.sent_file.split("/")[1].removesuffix(".tdsync"))
        with Diary(b) as diary:
            started = time.perf_counter()
            report = sync_now(diary)
            syncs.append(time.perf_counter() - started)
            assert sum(report.received.values()) == 1000, report.lines()
        floors.append(_floor(shared, device, number, key, folder))
    return {
        "sync_1000_s": statistics.median(syncs),
        "sync_1000_floor_s": statistics.median(floors),
        "sync_1000_ratio": statistics.median(s / f for s, f in zip(syncs, floors, strict=True)),
        "send_1000_s": statistics.median(sends),
        "first_send_s": first_send,
        "first_receive_s": first_receive,
    }


def main() -> int:
    """Build the three-year diary, measure, print the table and the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--days", type=int, default=1100)
    parser.add_argument("--against", type=Path, help="another source tree whose v2 import runs alongside")
    parser.add_argument("--imports-only", action="store_true", help="leave out the sync figures")
    options = parser.parse_args()

    from tests.perf.generate import generate_diary

    from desktop.exchange.json_export import export_json
    from desktop.exchange.v2_export import export_json_v2
    from desktop.store.diary import Diary

    with tempfile.TemporaryDirectory(prefix="twitch-sync-bench-") as temp:
        folder = Path(temp)
        data_dir = folder / "three-years"
        with Diary(data_dir) as diary:
            generate_diary(diary, days=options.days, seed=1)
            events = diary.connection.execute("SELECT COUNT(*) FROM event").fetchone()[0]
            export_json(diary, folder / "v1.json")
            export_json_v2(diary, folder / "v2.json")
        print(f"three-year diary: {events} events", flush=True)
        results = measure_imports(
            folder / "v1.json", folder / "v2.json", folder, options.runs, options.against
        )
        print("measured imports", flush=True)
        if not options.imports_only:
            results.update(measure_sync(data_dir, folder, options.runs))
    for key, value in results.items():
        target = TARGETS.get(key)
        verdict = "" if target is None else ("  ok" if value <= target else f"  OVER (target {target})")
        print(f"{key:>20}: {value:8.3f}{verdict}")
    print(json.dumps({key: round(value, 4) for key, value in results.items()}))
    return 0 if all(results[key] <= target for key, target in TARGETS.items() if key in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
