"""A broken file is refused whole: each problem named with its JSON path, and the diary left untouched."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.exchange.samples import LEO, NOW

from desktop.core.model import Baby, Sleep
from desktop.exchange import ExchangeError, import_document, import_file
from desktop.store.diary import Diary

Document = dict[str, Any]
Mutation = Callable[[Document], None]
Rows = Callable[[Diary], dict[str, list[tuple[object, ...]]]]

STORED_BABY = Baby("stored-baby", "Ada", date(2026, 5, 1))
STORED_SLEEP = Sleep(
    "stored-sleep",
    "stored-baby",
    datetime(2026, 10, 1, 20, 0, tzinfo=UTC),
    datetime(2026, 10, 2, 6, 0, tzinfo=UTC),
    "night",
)


def put(section: str, index: int, **fields: object) -> Mutation:
    """Set fields of one record."""

    def mutate(doc: Document) -> None:
        doc[section][index].update(fields)

    return mutate


def drop(section: str, index: int, key: str) -> Mutation:
    """Leave one field of a record out."""

    def mutate(doc: Document) -> None:
        del doc[section][index][key]

    return mutate


def top(**fields: object) -> Mutation:
    """Set top-level keys."""

    def mutate(doc: Document) -> None:
        doc.update(fields)

    return mutate


def both(*mutations: Mutation) -> Mutation:
    """Apply several mutations in turn."""

    def mutate(doc: Document) -> None:
        for mutation in mutations:
            mutation(doc)

    return mutate


def copy_record(section: str, index: int, **fields: object) -> Mutation:
    """Append a copy of a record with some fields changed."""

    def mutate(doc: Document) -> None:
        doc[section].append({**doc[section][index], **fields})

    return mutate


CASES = [
    # The document itself.
    pytest.param(top(format="other-app"), "format: must be \"twitch-diary\" (got 'other-app')", id="format"),
    pytest.param(lambda d: d.pop("format"), "format: required", id="format-missing"),
    pytest.param(top(version=3), "version: the file is version 3, written by a newer", id="version-newer"),
    pytest.param(top(version=True), "version: must be the number 1 or 2 (got true)", id="version-bool"),
    pytest.param(top(version="1"), "version: must be the number 1 or 2 (got '1')", id="version-string"),
    pytest.param(top(version=0), "version: must be 1 or 2 (got 0)", id="version-zero"),
    # A version-2 file must say who changed each record when (design.md section 7).
    pytest.param(top(version=2), "babies[0].changed_at: required", id="version-2-unstamped"),
    pytest.param(lambda d: d.pop("version"), "version: required", id="version-missing"),
    pytest.param(top(extra=1), "(document): unknown key 'extra'", id="top-unknown-key"),
    pytest.param(top(babies={}), "babies: must be a list (got object)", id="babies-object"),
    pytest.param(
        lambda d: d["events"].append(7), "events[5]: must be an object (got number)", id="event-number"
    ),
    # Babies.
    pytest.param(put("babies", 1, nmae="Leo"), "babies[1]: unknown key 'nmae'", id="baby-unknown-key"),
    pytest.param(drop("babies", 0, "name"), "babies[0].name: required", id="baby-name-missing"),
    pytest.param(put("babies", 0, name="  "), "babies[0].name: name must not be empty", id="baby-name-blank"),
    pytest.param(
        put("babies", 0, name=None), "babies[0].name: must be a string (got null)", id="baby-name-null"
    ),
    pytest.param(drop("babies", 0, "id"), "babies[0].id: required", id="baby-id-missing"),
    pytest.param(put("babies", 0, id=5), "babies[0].id: must be an id string (got 5)", id="baby-id-number"),
    pytest.param(put("babies", 0, id=""), "babies[0].id: must be a non-empty id", id="baby-id-empty"),
    pytest.param(
        put("babies", 0, birth_date="01/08/2026"),
        "babies[0].birth_date: must be a date like 2026-08-01 (got '01/08/2026')",
        id="birth-date-format",
    ),
    pytest.param(
        put("babies", 0, birth_date="2026-02-30"),
        "babies[0].birth_date: is not a real date",
        id="birth-date-unreal",
    ),
    pytest.param(
        put("babies", 1, birth_date="2026-12-01"),
        "babies[1].birth_date: birth date 2026-12-01 is in the future",
        id="birth-date-future",
    ),
    pytest.param(
        put("babies", 0, birth_weight_g=1900.0),
        "babies[0].birth_weight_g: must be a whole number or null (got 1900.0)",
        id="weight-float",
    ),
    pytest.param(
        put("babies", 0, birth_weight_g=True),
        "babies[0].birth_weight_g: must be a whole number or null (got true)",
        id="weight-bool",
    ),
    pytest.param(
        put("babies", 0, birth_weight_g=100),
        "babies[0].birth_weight_g: birth weight must be between 300 and 7000 g (got 100 g)",
        id="weight-range",
    ),
    pytest.param(
        put("babies", 0, family_history=["autism"]),
        "babies[0].family_history[0]: must be one of newborn_seizures, epilepsy",
        id="history-unknown",
    ),
    pytest.param(
        put("babies", 0, family_history="epilepsy"),
        "babies[0].family_history: must be a list of names",
        id="history-string",
    ),
    pytest.param(
        put("babies", 0, family_history=["epilepsy", "epilepsy"]),
        "babies[0].family_history[1]: lists 'epilepsy' twice",
        id="history-twice",
    ),
    pytest.param(
        put("babies", 0, due_date="2027-03-01"),
        "babies[0].due_date: due date must be within 20 weeks of the birth date",
        id="due-date-far",
    ),
    pytest.param(copy_record("babies", 0), "babies[2].id: same id as babies[0]", id="baby-duplicate-id"),
    pytest.param(
        put("babies", 0, note="\ud800"), "babies[0].note: holds an invalid character", id="lone-surrogate"
    ),
    # Sleeps.
    pytest.param(
        put("sleeps", 0, start="2026-09-01T13:00:00"), "sleeps[0].start: has no UTC offset", id="start-naive"
    ),
    pytest.param(drop("sleeps", 0, "start"), "sleeps[0].start: required", id="start-missing"),
    pytest.param(put("sleeps", 0, start=None), "sleeps[0].start: must be a time, not null", id="start-null"),
    pytest.param(
        put("sleeps", 0, start=1756713600),
        "sleeps[0].start: must be an ISO 8601 time string",
        id="start-number",
    ),
    pytest.param(
        put("sleeps", 0, end="2026-09-01T12:00:00+05:30"),
        "sleeps[0].end: end is before start",
        id="end-before",
    ),
    pytest.param(
        put("sleeps", 1, end="2026-09-02T19:00:01-03:00"),
        "sleeps[1].end: a sleep can last at most 24 hours",
        id="sleep-too-long",
    ),
    pytest.param(
        put("sleeps", 0, kind="siesta"),
        "sleeps[0].kind: must be one of nap, night (got 'siesta')",
        id="sleep-kind",
    ),
    pytest.param(
        put("sleeps", 1, start="2026-09-01T05:00:00-03:00"),
        "sleeps[1]: overlaps sleeps[0]",
        id="overlap-in-file",
    ),
    pytest.param(
        copy_record("sleeps", 2, id="second-running", start="2026-11-20T11:00:00Z"),
        "sleeps[3]: overlaps sleeps[2]",
        id="two-running-sleeps",
    ),
    pytest.param(
        put("sleeps", 2, start="2026-11-21T10:00:00Z"),
        "sleeps[2].start: start is in the future",
        id="sleep-future",
    ),
    pytest.param(
        put("sleeps", 0, start="2026-07-01T13:00:00+05:30", end="2026-07-01T14:00:00+05:30"),
        "sleeps[0].start: start is before the birth date",
        id="sleep-before-birth",
    ),
    pytest.param(
        put("sleeps", 0, baby_id="ghost"),
        "sleeps[0].baby_id: no baby with id 'ghost' in the file or the diary",
        id="sleep-unknown-baby",
    ),
    pytest.param(
        copy_record("sleeps", 1, id="again", baby_id="stored-baby", start="2026-10-02T05:00:00Z", end=None),
        "sleeps[3]: overlaps a sleep already in the diary"
        " (2026-10-01T20:00:00+00:00 to 2026-10-02T06:00:00+00:00)",
        id="overlap-stored",
    ),
    pytest.param(
        copy_record(
            "sleeps",
            1,
            id="before",
            baby_id="stored-baby",
            start="2026-10-01T19:00:00Z",
            end="2026-10-01T20:00:01Z",
        ),
        "sleeps[3]: overlaps a sleep already in the diary",
        id="overlap-stored-later",
    ),
    # Events.
    pytest.param(
        put("events", 0, at="2026-09-01T13:05:12"), "events[0].at: has no UTC offset", id="at-naive"
    ),
    pytest.param(
        put("events", 0, at="2026-09-01 13:05:12+05:30"),
        "events[0].at: must be an ISO 8601 time like",
        id="at-space",
    ),
    pytest.param(
        put("events", 0, at="2026-09-01T13:05:12+19:00"),
        "events[0].at: has a UTC offset beyond 18 hours",
        id="at-offset-range",
    ),
    pytest.param(
        put("events", 0, at="2026-09-31T13:05:12Z"), "events[0].at: is not a real time", id="at-unreal"
    ),
    pytest.param(drop("events", 0, "at"), "events[0].at: required", id="at-missing"),
    pytest.param(drop("events", 0, "kind"), "events[0].kind: required", id="kind-missing"),
    pytest.param(
        put("events", 0, kind="jerk"),
        "events[0].kind: must be one of twitch, episode, sign (got 'jerk')",
        id="kind",
    ),
    pytest.param(
        put("events", 0, body_part="knee"), "events[0].body_part: must be one of face", id="body-part"
    ),
    pytest.param(put("events", 0, side="up"), "events[0].side: must be one of left, right", id="side"),
    pytest.param(put("events", 0, state="sleeping"), "events[0].state: must be one of asleep", id="state"),
    pytest.param(
        put("events", 0, woke_baby=0), "events[0].woke_baby: must be true or false (got 0)", id="woke-int"
    ),
    pytest.param(
        put("events", 0, woke_baby=None),
        "events[0].woke_baby: must be true or false (got null)",
        id="woke-null",
    ),
    pytest.param(
        put("events", 0, rhythmic="yes"),
        "events[0].rhythmic: must be true or false (got 'yes')",
        id="rhythmic",
    ),
    pytest.param(
        put("events", 0, stopped_on_waking="maybe"),
        "events[0].stopped_on_waking: must be one of yes, no, not_tried (got 'maybe')",
        id="stopped-on-waking",
    ),
    pytest.param(
        put("events", 2, signs=["sneeze"]), "events[2].signs[0]: must be one of stiffening", id="signs"
    ),
    pytest.param(
        put("events", 0, duration_s="10"),
        "events[0].duration_s: must be a number or null (got '10')",
        id="dur-str",
    ),
    pytest.param(
        put("events", 0, duration_s=False),
        "events[0].duration_s: must be a number or null (got false)",
        id="dur-bool",
    ),
    pytest.param(
        put("events", 0, duration_s=10**400), "events[0].duration_s: must be a finite number", id="dur-huge"
    ),
    pytest.param(
        put("events", 1, duration_s=None),
        "events[1].duration_s: an episode needs a positive duration",
        id="episode-without-duration",
    ),
    pytest.param(
        drop("events", 1, "duration_s"),
        "events[1].duration_s: an episode needs a positive duration",
        id="episode-duration-left-out",
    ),
    pytest.param(
        put("events", 1, duration_s=0),
        "events[1].duration_s: an episode needs a positive duration",
        id="episode-zero",
    ),
    pytest.param(
        put("events", 1, duration_s=86401),
        "events[1].duration_s: an episode can last at most 24 hours",
        id="episode-too-long",
    ),
    pytest.param(
        put("events", 0, duration_s=-1), "events[0].duration_s: duration must not be negative", id="negative"
    ),
    pytest.param(
        put("events", 0, duration_s=90000),
        "events[0].duration_s: duration can be at most 24 hours",
        id="twitch-long",
    ),
    pytest.param(
        put("events", 2, signs=[]),
        "events[2].signs: a sign needs at least one of the signs",
        id="sign-without-signs",
    ),
    pytest.param(
        put("events", 3, at="2026-11-20T12:00:01Z"), "events[3].at: time is in the future", id="event-future"
    ),
    pytest.param(
        put("events", 3, at="2026-07-09T23:00:00Z"),
        "events[3].at: time is before the birth date",
        id="event-before-birth",
    ),
    pytest.param(
        put("events", 0, at="2026-09-01T12:59:59+05:30"),
        "events[0].at: time is outside its sleep",
        id="before-sleep",
    ),
    pytest.param(
        put("events", 0, at="2026-09-01T14:30:00.6+05:30"),
        "events[0].at: time is outside its sleep",
        id="after-sleep",
    ),
    pytest.param(
        put("events", 0, baby_id=LEO),
        "events[0].sleep_id: its sleep belongs to another baby",
        id="event-of-other-baby",
    ),
    pytest.param(
        put("events", 0, sleep_id="ghost"),
        "events[0].sleep_id: no sleep with id 'ghost' in the file or the diary",
        id="unknown-sleep",
    ),
    pytest.param(
        put("events", 0, baby_id="ghost"),
        "events[0].baby_id: no baby with id 'ghost' in the file or the diary",
        id="unknown-baby",
    ),
    pytest.param(
        put("events", 0, sleep_id=""), "events[0].sleep_id: must be a non-empty id", id="sleep-id-empty"
    ),
    pytest.param(copy_record("events", 0), "events[5].id: same id as events[0]", id="event-duplicate-id"),
    pytest.param(put("events", 0, colour="red"), "events[0]: unknown key 'colour'", id="event-unknown-key"),
    pytest.param(put("events", 0, note=None), "events[0].note: must be a string (got null)", id="note-null"),
    pytest.param(put("events", 0, video=5), "events[0].video: must be a string (got 5)", id="video-number"),
    pytest.param(
        both(put("events", 0, at="2026-11-19T10:00:00Z"), put("events", 3, kind="hop")),
        "events[0].at: time is outside its sleep",
        id="several-problems",
    ),
]


def _store_unrelated_records(diary: Diary) -> None:
    diary.babies.add(STORED_BABY)
    diary.sleeps.add(STORED_SLEEP)


@pytest.mark.parametrize(("mutate", "expected"), CASES)
def test_malformed_document_is_refused_and_nothing_changes(
    diary: Diary, sample: Callable[[], Document], rows_of: Rows, mutate: Mutation, expected: str
) -> None:
    _store_unrelated_records(diary)
    before = rows_of(diary)
    data = sample()
    mutate(data)

    with pytest.raises(ExchangeError) as raised:
        import_document(diary, data, NOW)

    problems = raised.value.problems
    assert any(problem.startswith(expected) for problem in problems), problems
    assert rows_of(diary) == before
    message = str(raised.value)
    assert "\n" not in message and message.endswith("; nothing was imported.")


def test_every_problem_is_listed_in_document_order(diary: Diary, sample: Callable[[], Document]) -> None:
    data = sample()
    data["events"][4]["kind"] = "hop"
    data["sleeps"][0]["end"] = "2026-09-02T04:00:00+05:30"  # runs into the night
    data["babies"][1]["birth_weight_g"] = 9000

    with pytest.raises(ExchangeError) as raised:
        import_document(diary, data, NOW)

    assert raised.value.problems == [
        "babies[1].birth_weight_g: birth weight must be between 300 and 7000 g (got 9000 g)",
        "sleeps[1]: overlaps sleeps[0]",
        "events[4].kind: must be one of twitch, episode, sign (got 'hop')",
    ]
    assert str(raised.value) == (
        "babies[1].birth_weight_g: birth weight must be between 300 and 7000 g (got 9000 g)"
        " (and 2 more problems); nothing was imported."
    )


def test_sleeps_that_only_touch_do_not_overlap(diary: Diary, sample: Callable[[], Document]) -> None:
    data = sample()
    data["sleeps"][0]["end"] = "2026-09-02T03:30:00+05:30"  # the night starts at this very instant

    summary = import_document(diary, data, NOW)

    assert summary.sleeps_added == 3


def test_references_may_point_into_the_diary(diary: Diary, sample: Callable[[], Document]) -> None:
    _store_unrelated_records(diary)
    data = sample()
    data["events"] = [
        {"id": "into-stored", "baby_id": "stored-baby", "sleep_id": "stored-sleep",
         "at": "2026-10-02T01:00:00+02:00", "kind": "twitch"},
    ]  # fmt: skip
    data["sleeps"] = [{"id": "nap-of-stored", "baby_id": "stored-baby", "start": "2026-10-02T12:00:00Z"}]
    data["sleeps"][0]["end"] = "2026-10-02T13:00:00Z"

    import_document(diary, data, NOW)

    event = diary.events.get("into-stored")
    assert event is not None and event.sleep_id == "stored-sleep" and event.state == "asleep"
    assert [sleep.id for sleep in diary.sleeps.for_baby("stored-baby")] == ["stored-sleep", "nap-of-stored"]


def test_event_outside_a_stored_sleep_is_refused(
    diary: Diary, sample: Callable[[], Document], rows_of: Rows
) -> None:
    _store_unrelated_records(diary)
    before = rows_of(diary)
    data = {"format": "twitch-diary", "version": 1, "events": [
        {"id": "late", "baby_id": "stored-baby", "sleep_id": "stored-sleep", "at": "2026-10-02T06:00:01Z",
         "kind": "twitch"}]}  # fmt: skip

    with pytest.raises(ExchangeError) as raised:
        import_document(diary, data, NOW)

    assert raised.value.problems == ["events[0].at: time is outside its sleep"]
    assert rows_of(diary) == before


FILE_CASES = [
    pytest.param(
        b'{"format": "twitch-diary",\n  "version": 1,\n    oops}',
        "(file): not valid JSON at line 3 column 5",
        id="not-json",
    ),
    pytest.param(b"", "(file): not valid JSON at line 1 column 1", id="empty"),
    pytest.param(
        b'{"format": "twitch-diary\xff"}', "(file): not UTF-8 text (bad byte at offset 24)", id="bad-bytes"
    ),
    pytest.param(
        b'{"format": "twitch-diary", "version": NaN}', "(file): NaN is not a valid JSON number", id="nan"
    ),
    pytest.param(b"[1, 2]", "(file): must hold a JSON object", id="array"),
    pytest.param(b'"twitch-diary"', "(file): must hold a JSON object", id="string"),
    pytest.param(b"[" * 100_000, "(file): nested too deeply", id="deep"),
    pytest.param(
        b'{"format": "twitch-diary", "version": 1, "version": 1}',
        "version: appears more than once",
        id="dup-top",
    ),
    pytest.param(
        b'{"format": "twitch-diary", "version": 1, "babies": [{"id": "a", "id": "b", "name": "Mia",'
        b' "birth_date": "2026-08-01"}]}',
        "babies[0].id: appears more than once",
        id="dup-key",
    ),
    pytest.param(
        b'{"format": "twitch-diary", "version": 1, "events": [{"duration_s": 1' + b"0" * 5000 + b"}]}",
        "(file): not valid JSON (",
        id="long-int",
    ),
]


@pytest.mark.parametrize(("content", "expected"), FILE_CASES)
def test_unreadable_file_is_refused(
    tmp_path: Path, diary: Diary, rows_of: Rows, content: bytes, expected: str
) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    before = rows_of(diary)

    with pytest.raises(ExchangeError) as raised:
        import_file(diary, path, NOW)

    assert raised.value.problems[0].startswith(expected), raised.value.problems
    assert rows_of(diary) == before


def test_missing_file_is_reported(tmp_path: Path, diary: Diary) -> None:
    with pytest.raises(ExchangeError, match=r"^\(file\): cannot read .*nope\.json: No such file"):
        import_file(diary, tmp_path / "nope.json", NOW)


def test_byte_order_mark_is_accepted(tmp_path: Path, diary: Diary) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b'\xef\xbb\xbf{"format": "twitch-diary", "version": 1, "babies": '
                     b'[{"id": "m", "name": "Mia", "birth_date": "2026-08-01"}]}')  # fmt: skip

    summary = import_file(diary, path, NOW)

    assert summary.babies_added == 1


def test_default_now_refuses_times_in_the_real_future(diary: Diary, sample: Callable[[], Document]) -> None:
    data = sample()
    data["events"][3]["at"] = (datetime.now(UTC) + timedelta(minutes=5)).isoformat()

    with pytest.raises(ExchangeError, match=r"^events\[3\]\.at: time is in the future"):
        import_document(diary, data)


def test_a_naive_now_is_taken_as_local_time(diary: Diary, sample: Callable[[], Document]) -> None:
    summary = import_document(diary, sample(), datetime.now() + timedelta(days=1))

    assert summary.events_added == 5
