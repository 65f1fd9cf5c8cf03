"""Importing an exchange file of version 2: for each id the version with the later change wins.

``plan_merge`` checks the file and decides, without writing, what it would bring (the preview:
new, changed, deleted, refused); ``apply_merge`` writes that plan in one transaction. Records
whose baby or sleep is not (yet) shown are kept aside and come back when it arrives, so files may
arrive in any order; two diaries that have merged the same files hold the same records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import cast

from desktop.core.change import Stamp, wins
from desktop.core.model import Baby, Event, Sleep
from desktop.core.validation import MAX_EPISODE_S, Problem, validate_baby, validate_event, validate_sleep
from desktop.exchange.errors import ExchangeError
from desktop.exchange.records import ParsedDocument
from desktop.language import QT_TRANSLATE_NOOP, translate
from desktop.language.catalog import Context
from desktop.language.counts import RecordCounts
from desktop.language.formats import list_text
from desktop.store.babies import baby_to_row
from desktop.store.changes import Current, advance_clock, current_versions, parked_count, stored_rows
from desktop.store.codec import instant_to_columns
from desktop.store.diary import Diary
from desktop.store.events import event_to_row, row_to_event
from desktop.store.merging import EventRow, MergeWriter
from desktop.store.sleeps import sleep_to_row
from desktop.store.snapshot import changed_since, read_snapshot

# A version-2 file's times may be a little ahead of this computer's clock (the other device's
# clock runs fast): refusing them would stall a sync until the clocks agree.
_CLOCK_SLACK_S = 600
# The kinds of record, as a problem message names them ("is a sleep in the diary, not a baby").
_KIND_WORDS = {
    "baby": QT_TRANSLATE_NOOP("ExchangeProblems", "baby"),
    "sleep": QT_TRANSLATE_NOOP("ExchangeProblems", "sleep"),
    "event": QT_TRANSLATE_NOOP("ExchangeProblems", "event"),
}


class MergeWords(Context):
    """The merge summary's plural messages (see ``desktop.language.catalog.Context``)."""

    def merged(self, count: int) -> str:
        """ "Merged {counts} records."."""
        return self.tr("Merged {counts} record(s).", "", count)


@dataclass
class MergePlan:
    """The winning versions a file brings, sorted by what they do, and the problems found."""

    babies: list[tuple[Baby, Stamp]] = field(default_factory=list)
    sleeps: list[tuple[Sleep, Stamp]] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    deletions: list[tuple[str, str, Stamp, str | None]] = field(default_factory=list)
    new: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0  # the diary already held these versions, or later ones, or the same content
    # The incoming content of versions that replace a stored one, by the table it is in (for counting).
    stored_before: dict[str, list[tuple[object, ...]]] = field(default_factory=dict)
    latest_ms: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class MergeSummary:
    """What a merge did: records new and changed, deleted, unchanged, and those kept aside."""

    new: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    sleeps_aside: int = 0
    events_aside: int = 0
    doubled: tuple[tuple[str, date, tuple[str, ...]], ...] = ()  # same baby under several ids

    def describe(self) -> str:
        """One or two sentences for the user."""
        parts = []
        if self.new:
            parts.append(translate("Merge", "{count} new").format(count=self.new))
        if self.changed:
            parts.append(translate("Merge", "{count} changed").format(count=self.changed))
        if self.deleted:
            parts.append(translate("Merge", "{count} deleted").format(count=self.deleted))
        if parts:
            text = MergeWords().merged(self.new + self.changed + self.deleted).format(counts=", ".join(parts))
        else:
            text = translate("Merge", "Nothing new to merge.")
        if self.unchanged:
            text += " " + translate("Merge", "{count} already up to date.").format(count=self.unchanged)
        if self.sleeps_aside or self.events_aside:
            counts = RecordCounts()
            text += " " + translate(
                "Merge",
                "Kept aside until their baby or sleep arrives (or because two sleeps overlap): {records}.",
            ).format(records=list_text([counts.sleeps(self.sleeps_aside), counts.events(self.events_aside)]))
        for line in self.doubled_lines():
            text += f" {line}"
        return text

    def doubled_lines(self) -> list[str]:
        """One sentence per baby held under several ids (the same name and birth date)."""
        return [
            translate(
                "Merge",
                "{name} (born {born}) is in the diary {count} times, entered on different"
                " devices: merge them with 'twitch-diary babies --merge {keep} {other}'.",
            ).format(name=name, born=born.isoformat(), count=len(ids), keep=ids[0], other=ids[1])
            for name, born, ids in self.doubled
        ]


def _count(plan: MergePlan, current: Current | None, content: tuple[object, ...]) -> None:
    """Count a winning version as new or changed (changed for now: ``_same_content_unchanged`` looks)."""
    if current is None or current.place == "tombstone":
        plan.new += 1
    else:
        plan.changed += 1
        plan.stored_before.setdefault(current.place, []).append(content)


def _same_content_unchanged(diary: Diary, plan: MergePlan) -> None:
    """A later version with the very content stored is written (its stamp counts) but not "changed"."""
    for place, contents in plan.stored_before.items():
        stored = stored_rows(diary.connection, place, [str(content[0]) for content in contents])
        same = sum(stored.get(str(content[0])) == content for content in contents)
        plan.changed -= same
        plan.unchanged += same
    plan.stored_before.clear()


@dataclass(frozen=True)
class _Incoming:
    """One version in the file: its id, kind, stamp and JSON path."""

    id: str
    kind: str
    stamp: Stamp
    list_name: str
    index: int


def _decide(plan: MergePlan, found: dict[str, Current], incoming: _Incoming) -> tuple[bool, Current | None]:
    """Whether the incoming version wins, and the stored version it replaces (None: nothing stored)."""
    current = found.get(incoming.id)
    plan.latest_ms = max(plan.latest_ms, incoming.stamp.ms)
    if current is not None and current.kind != incoming.kind:
        plan.problems.append(
            translate("ExchangeProblems", "{path}: {id} is a {kind} in the diary, not a {other}").format(
                path=f"{incoming.list_name}[{incoming.index}].id",
                id=repr(incoming.id),
                kind=translate("ExchangeProblems", _KIND_WORDS.get(current.kind, current.kind)),
                other=translate("ExchangeProblems", _KIND_WORDS.get(incoming.kind, incoming.kind)),
            )
        )
        return False, None
    if not wins(incoming.stamp, None if current is None else current.stamp):
        plan.unchanged += 1
        return False, None
    return True, current


def _located(list_name: str, index: int, problems: list[Problem]) -> list[str]:
    return [f"{list_name}[{index}].{problem.field}: {problem}" for problem in problems]


def _event_problems(event: Event, late: datetime) -> list[Problem]:
    messages = validate_event(event, late)
    if event.kind != "episode" and event.duration_s is not None and event.duration_s > MAX_EPISODE_S:
        messages.append(
            Problem("duration_s", translate("ExchangeProblems", "duration can be at most 24 hours"))
        )
    return messages


def _plan_events(
    plan: MergePlan, parsed: ParsedDocument, found: dict[str, Current], late: datetime, in_file: set[str]
) -> None:
    """Check the file's events and choose the winning versions, as rows, in the file's order."""
    rows = parsed.event_rows
    slow: dict[int, Event] = {}
    if parsed.events:  # events the quick reader left: checked here with messages, then stored as rows
        stamps = parsed.stamps
        slow = {index: event for index, event in parsed.events}
        rows = sorted(
            [*rows, *((index, _row(event, stamps[event.id])) for index, event in parsed.events)],
            key=lambda item: item[0],
        )
    late_us = instant_to_columns(late)[0]
    latest_ms = plan.latest_ms
    chosen = plan.events
    new = 0
    for index, row in rows:
        event = slow.get(index) if slow else None
        if event is not None or row[3] > late_us:  # a quick row is valid but for the clock (quick_row)
            messages = _event_problems(row_to_event(row[:17]) if event is None else event, late)
            plan.problems += _located("events", index, messages)
        latest_ms = max(latest_ms, row[17])
        current = found.get(row[0]) if found else None
        if current is None:  # nothing stored under this id: the file's version is new
            chosen.append(row)
            new += 1
            continue
        won, current = _decide(plan, found, _Incoming(row[0], "event", _row_stamp(row), "events", index))
        if won:
            chosen.append(row)
            _count(plan, current, row[:17])
    plan.new += new
    plan.latest_ms = max(plan.latest_ms, latest_ms)
    if parsed.deleted:  # only a deletion of an id the file also holds needs them
        in_file.update(row[0] for _, row in rows)


def _row(event: Event, stamp: Stamp) -> EventRow:
    """The row ``quick_row`` makes, for an event read slowly."""
    return cast("EventRow", (*event_to_row(event), stamp.ms, stamp.offset_s, stamp.device))


def _row_stamp(row: EventRow) -> Stamp:
    return Stamp(row[17], row[19], row[18])


def plan_merge(diary: Diary, parsed: ParsedDocument, now: datetime) -> MergePlan:
    """Check a version-2 document and choose, for each id, whether its version wins (nothing written)."""
    plan = MergePlan(problems=list(parsed.problems))
    ahead = now.timestamp() + _CLOCK_SLACK_S
    late = datetime.fromtimestamp(ahead, now.tzinfo)
    today = late.date()
    stamps = parsed.stamps
    ids = [record.id for _, record in parsed.babies] + [record.id for _, record in parsed.sleeps]
    ids += [record.id for _, record in parsed.events] + [row[0] for _, row in parsed.event_rows]
    ids += [deletion.id for _, deletion in parsed.deleted]
    found = current_versions(diary.connection, ids)
    in_file: set[str] = set()
    for index, baby in parsed.babies:
        in_file.add(baby.id)
        plan.problems += _located("babies", index, validate_baby(baby, today))
        won, current = _decide(plan, found, _Incoming(baby.id, "baby", stamps[baby.id], "babies", index))
        if won:
            plan.babies.append((baby, stamps[baby.id]))
            _count(plan, current, baby_to_row(baby))
    for index, sleep in parsed.sleeps:
        in_file.add(sleep.id)
        plan.problems += _located("sleeps", index, validate_sleep(sleep, late))
        won, current = _decide(plan, found, _Incoming(sleep.id, "sleep", stamps[sleep.id], "sleeps", index))
        if won:
            plan.sleeps.append((sleep, stamps[sleep.id]))
            _count(plan, current, sleep_to_row(sleep))
    _plan_events(plan, parsed, found, late, in_file)
    for index, deletion in parsed.deleted:
        if deletion.id in in_file:
            plan.problems.append(
                translate(
                    "ExchangeProblems", "deleted[{index}].id: {id} is also a record of the file"
                ).format(index=index, id=repr(deletion.id))
            )
            continue
        won, current = _decide(
            plan, found, _Incoming(deletion.id, deletion.kind, deletion.stamp, "deleted", index)
        )
        if won:
            place = None if current is None else current.place
            plan.deletions.append((deletion.id, deletion.kind, deletion.stamp, place))
            if place not in (None, "tombstone"):
                plan.deleted += 1
    _same_content_unchanged(diary, plan)
    return plan


def doubled_babies(diary: Diary) -> tuple[tuple[str, date, tuple[str, ...]], ...]:
    """Babies held under more than one id with the same name and birth date (entered on two devices)."""
    groups: dict[tuple[str, date], list[Baby]] = {}
    for baby in diary.babies.all():
        groups.setdefault((baby.name.strip().casefold(), baby.birth_date), []).append(baby)
    return tuple(
        (babies[0].name, babies[0].birth_date, tuple(baby.id for baby in babies))
        for babies in groups.values()
        if len(babies) > 1
    )


def mistyped_birth_dates(diary: Diary) -> list[list[Baby]]:
    """Babies of one name with more than one birth date, each group sorted by id (a typo on one device?).

    Twins share a birth date, not a name; one family's two babies do not share a name. So such a
    group is asked about, never merged unasked; sorted by id, every device names them alike.
    """
    groups: dict[str, list[Baby]] = {}
    for baby in diary.babies.all():
        groups.setdefault(baby.name.strip().casefold(), []).append(baby)
    return [
        sorted(babies, key=lambda baby: baby.id)
        for babies in groups.values()
        if len({baby.birth_date for baby in babies}) > 1
    ]


_DELETE_ORDER = {"event": 0, "sleep": 1, "baby": 2}


def _still_later(diary: Diary, versions: list[tuple[str, Stamp]]) -> set[str]:
    """The ids whose incoming stamp is still later than the stored one (read now)."""
    if not versions:
        return set()
    found = current_versions(diary.connection, [record_id for record_id, _ in versions])
    return {
        record_id
        for record_id, stamp in versions
        if wins(stamp, found[record_id].stamp if record_id in found else None)
    }


def apply_merge(
    diary: Diary,
    plan: MergePlan,
    *,
    step: int | None = None,
    finish: Callable[[], None] | None = None,
    recheck: bool = False,
) -> MergeSummary:
    """Write a plan without problems: in one transaction (the caller's, when one is open), or in steps.

    With ``step``, the events go in transactions of that many each, so that a tap at the bedside
    never waits long behind a big merge; each step writes only versions still later than the stored
    ones (a change made here meanwhile wins as it should), and a merge cut short by a crash is
    finished by merging the same file again. ``finish`` runs inside the last transaction.
    ``recheck`` (implied by ``step``): the plan was made outside this transaction and the diary
    changed since, so only the versions still later than the stored ones are written.
    """
    assert not plan.problems, "a plan with problems must not be written"
    connection = diary.connection
    writer = MergeWriter(connection)
    events = plan.events
    deletions, babies, sleeps = plan.deletions, plan.babies, plan.sleeps
    recheck = recheck or step is not None
    with diary.transaction():
        if recheck:  # planned outside this transaction: keep only what is still later
            later = _still_later(diary, [(d[0], d[2]) for d in deletions])
            later |= _still_later(diary, [(baby.id, stamp) for baby, stamp in babies])
            later |= _still_later(diary, [(sleep.id, stamp) for sleep, stamp in sleeps])
            deletions = [deletion for deletion in deletions if deletion[0] in later]
            babies = [(baby, stamp) for baby, stamp in babies if baby.id in later]
            sleeps = [(sleep, stamp) for sleep, stamp in sleeps if sleep.id in later]
        # Children first: a deleted sleep then has only the events the file did not delete.
        for record_id, kind, stamp, _ in sorted(deletions, key=lambda d: _DELETE_ORDER[d[1]]):
            writer.delete(record_id, kind, stamp)
        writer.put_babies(babies)
        writer.put_sleeps(sleeps)
        writer.settle_sleeps()
        if step is None:
            if recheck:
                later = _still_later(diary, [(row[0], _row_stamp(row)) for row in events])
                events = [row for row in events if row[0] in later]
            writer.put_events(events)
    if step is not None:
        for first in range(0, len(events), step):
            with diary.transaction():
                chunk = events[first : first + step]
                later = _still_later(diary, [(row[0], _row_stamp(row)) for row in chunk])
                writer.put_events([row for row in chunk if row[0] in later])
    with diary.transaction():
        writer.settle_events()
        advance_clock(connection, plan.latest_ms)  # before the join: its changes come after the file's
        writer.join_overlapping()
        if finish is not None:
            finish()
        sleeps_aside, events_aside = parked_count(connection)
    return MergeSummary(
        new=plan.new,
        changed=plan.changed,
        deleted=plan.deleted,
        unchanged=plan.unchanged,
        sleeps_aside=sleeps_aside,
        events_aside=events_aside,
        doubled=doubled_babies(diary),
    )


def merge_parsed(diary: Diary, parsed: ParsedDocument, now: datetime) -> MergeSummary:
    """Merge a parsed version-2 document: all of it in one transaction, or nothing (ExchangeError).

    The file is checked and planned on a snapshot of the diary, outside the write transaction, so
    that taps at the bedside go on meanwhile; the write transaction that follows holds the write
    lock only to write (rechecking each version against the stored one when taps came in).
    """
    connection = diary.connection
    if connection.in_transaction:  # inside the caller's transaction: plan and write there
        plan = plan_merge(diary, parsed, now)
        if plan.problems:
            raise ExchangeError(plan.problems)
        return apply_merge(diary, plan)
    with read_snapshot(connection) as version:
        plan = plan_merge(diary, parsed, now)
    if plan.problems:
        raise ExchangeError(plan.problems)
    with diary.transaction():
        return apply_merge(diary, plan, recheck=changed_since(connection, version))
