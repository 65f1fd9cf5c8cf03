"""Checks that need the whole file and the diary: rules per record, references, overlaps, conflicts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from desktop.core.model import Baby, Event, Sleep
from desktop.core.validation import MAX_EPISODE_S, Problem, validate_baby, validate_event, validate_sleep
from desktop.exchange.records import ParsedDocument
from desktop.exchange.timetext import format_instant
from desktop.language import translate
from desktop.store.diary import Diary
from desktop.store.events import EVENT_COLUMNS, event_to_row
from desktop.store.sleeps import sleep_to_row

_IDS_PER_QUERY: Final = 500  # well under SQLite's limit on bound parameters


def _located(path: str, problems: Iterable[Problem]) -> list[str]:
    """Core validation problems prefixed with the path of the field each one is about."""
    return [f"{path}.{problem.field}: {problem}" for problem in problems]


@dataclass
class ImportPlan:
    """What an import will write (new records only) and how many records were already stored."""

    babies: list[Baby] = field(default_factory=list)
    sleeps: list[Sleep] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    babies_skipped: int = 0
    sleeps_skipped: int = 0
    events_skipped: int = 0
    problems: list[str] = field(default_factory=list)


def _conflict(path: str, record_id: str) -> str:
    return translate(
        "ExchangeProblems", "{path}: id {id} is already in the diary with different content"
    ).format(path=path, id=repr(record_id))


def _span(sleep: Sleep) -> str:
    end = translate("ExchangeProblems", "still running") if sleep.end is None else format_instant(sleep.end)
    return translate("ExchangeProblems", "{start} to {end}").format(
        start=format_instant(sleep.start), end=end
    )


def _overlaps_stored(index: int, stored: Sleep) -> tuple[int, str]:
    """The problem of the file's sleep ``index`` overlapping a sleep already in the diary."""
    return (
        index,
        translate(
            "ExchangeProblems", "sleeps[{index}]: overlaps a sleep already in the diary ({span})"
        ).format(index=index, span=_span(stored)),
    )


def _overlaps(file_sleeps: list[tuple[int, Sleep]], stored: dict[str, Sleep], now: datetime) -> list[str]:
    """Overlap problems between the file's sleeps and with the diary's, found by sorting per baby."""
    # Each sleep with its index in the file, or None for a stored sleep the file does not repeat.
    indexed: dict[str, tuple[Sleep, int | None]] = {sid: (s, None) for sid, s in stored.items()}
    for index, sleep in file_sleeps:
        indexed[sleep.id] = (sleep, index)
    per_baby: dict[str, list[tuple[datetime, datetime, Sleep, int | None]]] = defaultdict(list)
    for sleep, position in indexed.values():
        # A running sleep lasts until now, as in core.validation.overlaps.
        end = sleep.end if sleep.end is not None else max(now, sleep.start)
        per_baby[sleep.baby_id].append((sleep.start, end, sleep, position))
    found: list[tuple[int, str]] = []
    for spans in per_baby.values():
        spans.sort(key=lambda span: (span[0], span[1]))
        reach = spans[0]  # the sleep seen so far that ends last
        for span in spans[1:]:
            if span[0] < reach[1]:
                found += _overlap_problem(span, reach)
            if span[1] > reach[1]:
                reach = span
    return [message for _, message in sorted(found)]


def _overlap_problem(
    later: tuple[datetime, datetime, Sleep, int | None], earlier: tuple[datetime, datetime, Sleep, int | None]
) -> list[tuple[int, str]]:
    """The problem for two overlapping sleeps, told at the file's sleep (stored ones are not at fault)."""
    later_index, earlier_index = later[3], earlier[3]
    if later_index is not None:
        if earlier_index is not None:
            message = translate("ExchangeProblems", "sleeps[{index}]: overlaps sleeps[{other}]")
            return [(later_index, message.format(index=later_index, other=earlier_index))]
        return [_overlaps_stored(later_index, earlier[2])]
    if earlier_index is not None:
        return [_overlaps_stored(earlier_index, later[2])]
    return []


def _stored_event_rows(diary: Diary, ids: list[str]) -> dict[str, tuple[object, ...]]:
    """The stored rows of those events whose ids are given, by id."""
    rows: dict[str, tuple[object, ...]] = {}
    for first in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[first : first + _IDS_PER_QUERY]
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT {EVENT_COLUMNS} FROM event WHERE id IN ({marks})"  # noqa: S608 - only '?' marks
        for row in diary.connection.execute(query, chunk):
            rows[str(row[0])] = tuple(row)
    return rows


def _unknown_baby(path: str, record_id: str) -> str:
    return translate("ExchangeProblems", "{path}: no baby with id {id} in the file or the diary").format(
        path=path, id=repr(record_id)
    )


def _unknown_sleep(path: str, record_id: str) -> str:
    return translate("ExchangeProblems", "{path}: no sleep with id {id} in the file or the diary").format(
        path=path, id=repr(record_id)
    )


class _Planner:
    """Checks one parsed document against itself and the diary, filling in an ImportPlan."""

    def __init__(self, diary: Diary, parsed: ParsedDocument, now: datetime) -> None:
        self.diary = diary
        self.parsed = parsed
        self.now = now
        self.plan = ImportPlan(problems=list(parsed.problems))
        self.babies: dict[str, Baby] = {}
        self.sleeps: dict[str, Sleep] = {}

    def check_babies(self) -> None:
        """Check the file's babies; afterwards ``babies`` holds every baby known (stored or in the file)."""
        plan = self.plan
        self.babies = {baby.id: baby for baby in self.diary.babies.all()}
        today = self.now.date()
        for index, baby in self.parsed.babies:
            path = f"babies[{index}]"
            plan.problems += _located(path, validate_baby(baby, today))
            stored = self.babies.get(baby.id)
            if stored is None:
                plan.babies.append(baby)
            elif stored == baby:
                plan.babies_skipped += 1
            else:
                plan.problems.append(_conflict(path, baby.id))
        for _, baby in self.parsed.babies:
            self.babies[baby.id] = baby

    def check_sleeps(self) -> None:
        """Check the file's sleeps, overlaps included; afterwards ``sleeps`` holds every sleep known."""
        plan = self.plan
        stored = {sleep.id: sleep for sleep in self.diary.sleeps.all()}
        for index, sleep in self.parsed.sleeps:
            path = f"sleeps[{index}]"
            baby = self.babies.get(sleep.baby_id)
            if baby is None and sleep.baby_id not in self.parsed.named_babies:
                plan.problems.append(_unknown_baby(f"{path}.baby_id", sleep.baby_id))
            plan.problems += _located(path, validate_sleep(sleep, self.now, baby))
            old = stored.get(sleep.id)
            if old is None:
                plan.sleeps.append(sleep)
            elif sleep_to_row(old) == sleep_to_row(sleep):  # rows, so a changed UTC offset counts
                plan.sleeps_skipped += 1
            else:
                plan.problems.append(_conflict(path, sleep.id))
        plan.problems += _overlaps(self.parsed.sleeps, stored, self.now)
        self.sleeps = dict(stored)
        for _, sleep in self.parsed.sleeps:
            self.sleeps[sleep.id] = sleep

    def check_events(self) -> None:
        """Check the file's events against their babies and sleeps, and against stored events."""
        plan = self.plan
        parsed = self.parsed
        stored = _stored_event_rows(self.diary, [event.id for _, event in parsed.events])
        for index, event in parsed.events:
            path = f"events[{index}]"
            baby = self.babies.get(event.baby_id)
            if baby is None and event.baby_id not in parsed.named_babies:
                plan.problems.append(_unknown_baby(f"{path}.baby_id", event.baby_id))
            sleep = None if event.sleep_id is None else self.sleeps.get(event.sleep_id)
            if event.sleep_id is not None and sleep is None and event.sleep_id not in parsed.named_sleeps:
                plan.problems.append(_unknown_sleep(f"{path}.sleep_id", event.sleep_id))
            messages = validate_event(event, self.now, sleep, baby)
            if event.kind != "episode" and event.duration_s is not None and event.duration_s > MAX_EPISODE_S:
                messages.append(
                    Problem("duration_s", translate("ExchangeProblems", "duration can be at most 24 hours"))
                )
            if messages:
                plan.problems += _located(path, messages)
            old = stored.get(event.id)
            if old is None:
                plan.events.append(event)
            elif old == event_to_row(event):
                plan.events_skipped += 1
            else:
                plan.problems.append(_conflict(path, event.id))


def plan_import(diary: Diary, parsed: ParsedDocument, now: datetime) -> ImportPlan:
    """Check the parsed records against each other and the diary; the plan lists what to add."""
    planner = _Planner(diary, parsed, now)
    planner.check_babies()
    planner.check_sleeps()
    planner.check_events()
    return planner.plan
