"""Whatever a file holds, import either succeeds whole or raises ExchangeError having written nothing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.exchange.samples import NOW, sample_document, snapshot

from desktop.core.model import Baby, Sleep
from desktop.exchange import ExchangeError, import_document, import_file
from desktop.exchange.records import BABY_KEYS, EVENT_KEYS, SLEEP_KEYS
from desktop.store.diary import Diary

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
STORED_BABY = Baby("stored-baby", "Ada", date(2026, 5, 1))
STORED_SLEEP = Sleep(
    "stored-sleep",
    "stored-baby",
    datetime(2026, 9, 1, 6, 0, tzinfo=UTC),
    datetime(2026, 9, 1, 9, 0, tzinfo=UTC),
)


def _leaves(value: object) -> list[object]:
    """Every scalar in a document: values that look right, for swapping into the wrong places."""
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _leaves(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]


_TRICKY: list[object] = [
    "stored-baby", "stored-sleep", "", "2026-09-01T13:00:00", "2026-09-01", "2026-09-01T08:00:00+00:00",
    "2026-09-01T07:00:00Z", "2027-01-01T00:00:00Z", 0, -1, 1.5, 86401, True, 10**30, "\ud800", "=1+1",
]  # fmt: skip
PLAUSIBLE = st.sampled_from(
    [*sorted({repr(leaf): leaf for leaf in _leaves(sample_document())}.values(), key=repr), *_TRICKY]
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
VALUES = PLAUSIBLE | JSON_VALUES
KEYS = st.sampled_from(sorted(BABY_KEYS | SLEEP_KEYS | EVENT_KEYS)) | st.text(max_size=8)
OPERATIONS = ("drop", "set", "add", "swap", "copy", "remove", "top", "default", "new_event")
REQUIRED = frozenset({"id", "baby_id", "name", "birth_date", "start", "at", "kind"})


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict[str, Any]:
    """The valid sample document with up to four random changes, some of which keep it valid."""
    doc = sample_document()
    for _ in range(draw(st.integers(0, 4))):
        operation = draw(st.sampled_from(OPERATIONS))
        if operation == "new_event":
            # A copy of an event under a new id: valid unless other changes break it.
            events = doc.get("events")
            if isinstance(events, list) and events:
                original = events[draw(st.integers(0, len(events) - 1))]
                if isinstance(original, dict):
                    events.append({**original, "id": str(draw(st.uuids()))})
            continue
        if operation == "top":
            doc[draw(st.sampled_from(["format", "version", "babies", "sleeps", "events", "extra"]))] = draw(
                VALUES
            )
            continue
        records = doc.get(draw(st.sampled_from(["babies", "sleeps", "events"])))
        if not isinstance(records, list) or not records:
            continue
        index = draw(st.integers(0, len(records) - 1))
        record = records[index]
        if operation == "remove":
            del records[index]
        elif operation == "copy":
            records.append(json.loads(json.dumps(record)) if not isinstance(record, dict) else dict(record))
        elif not isinstance(record, dict) or not record:
            continue
        elif operation == "drop":
            del record[draw(st.sampled_from(sorted(record)))]
        elif operation == "default":  # leave an optional field out: it takes its default
            optional = sorted(set(record) - REQUIRED)
            if optional:
                del record[draw(st.sampled_from(optional))]
        elif operation == "set":
            record[draw(st.sampled_from(sorted(record)))] = draw(VALUES)
        elif operation == "add":
            record[draw(KEYS)] = draw(VALUES)
        else:
            first, second = draw(st.sampled_from(sorted(record))), draw(st.sampled_from(sorted(record)))
            record[first], record[second] = record[second], record[first]
    return doc


def _reset(diary: Diary) -> None:
    """Back to the stored baseline after a successful import, so every example starts alike."""
    with diary.transaction():
        diary.connection.execute("DELETE FROM event")
        diary.connection.execute("DELETE FROM sleep WHERE id != ?", (STORED_SLEEP.id,))
        diary.connection.execute("DELETE FROM baby WHERE id != ?", (STORED_BABY.id,))


def _import_all_or_nothing(diary: Diary, data: object) -> None:
    """The property: a clean import of everything (and a no-op second time), or an error and no change."""
    before = snapshot(diary)
    try:
        summary = import_document(diary, data, NOW)
    except ExchangeError as error:
        assert error.problems
        assert "\n" not in str(error)
        assert snapshot(diary) == before
        return
    after = snapshot(diary)
    assert len(after["event"]) == len(before["event"]) + summary.events_added
    assert len(after["sleep"]) == len(before["sleep"]) + summary.sleeps_added
    assert len(after["baby"]) == len(before["baby"]) + summary.babies_added
    again = import_document(diary, data, NOW)
    assert (again.babies_added, again.sleeps_added, again.events_added) == (0, 0, 0)
    assert snapshot(diary) == after
    _reset(diary)


def _baseline_diary(path: Path) -> Diary:
    diary = Diary(path)
    diary.babies.add(STORED_BABY)
    diary.sleeps.add(STORED_SLEEP)
    return diary


def test_mutated_documents_import_whole_or_not_at_all(tmp_path: Path) -> None:
    with _baseline_diary(tmp_path / "data") as diary:

        @FUZZ
        @given(mutated_documents())
        def check(data: dict[str, Any]) -> None:
            _import_all_or_nothing(diary, data)

        check()


def test_random_records_never_crash_the_import(tmp_path: Path) -> None:
    records = st.lists(st.dictionaries(KEYS, VALUES, max_size=10), max_size=3)
    documents = JSON_VALUES | st.fixed_dictionaries(
        {"format": st.just("twitch-diary"), "version": st.just(1)},
        optional={"babies": records | JSON_VALUES, "sleeps": records, "events": records},
    )
    with _baseline_diary(tmp_path / "data") as diary:

        @FUZZ
        @given(documents)
        def check(data: object) -> None:
            _import_all_or_nothing(diary, data)

        check()


def test_random_bytes_never_crash_the_file_reader(tmp_path: Path) -> None:
    path = tmp_path / "fuzz.json"
    valid = json.dumps(sample_document()).encode()
    contents = st.binary(max_size=64) | st.builds(
        lambda cut, junk: valid[:cut] + junk + valid[cut:], st.integers(0, len(valid)), st.binary(max_size=4)
    )
    with _baseline_diary(tmp_path / "data") as diary:

        @settings(max_examples=100, deadline=None)
        @given(contents)
        def check(content: bytes) -> None:
            path.write_bytes(content)
            before = snapshot(diary)
            try:
                import_file(diary, path, NOW)
            except ExchangeError:
                assert snapshot(diary) == before
            else:
                _reset(diary)

        check()
