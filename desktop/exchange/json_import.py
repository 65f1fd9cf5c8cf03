"""Importing a JSON exchange file: read and check the whole document, then write it in one transaction."""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from desktop.core.model import Baby, Event, Sleep
from desktop.exchange.checks import ImportPlan, plan_import
from desktop.exchange.errors import ExchangeError
from desktop.exchange.fields import JsonObject
from desktop.exchange.merge import MergeSummary, merge_parsed
from desktop.exchange.records import MERGE_VERSION, NotOurFormatError, ParsedDocument, parse_document
from desktop.language import QT_TRANSLATE_NOOP, translate
from desktop.language.catalog import Context
from desktop.language.counts import counted
from desktop.language.system_errors import reason
from desktop.store.changes import stamp_now
from desktop.store.diary import Diary
from desktop.store.merging import insert_new
from desktop.store.snapshot import changed_since, read_snapshot


@dataclass(frozen=True)
class ImportSummary:
    """How many records an import added, and how many it skipped because they were already stored."""

    babies_added: int = 0
    sleeps_added: int = 0
    events_added: int = 0
    babies_skipped: int = 0
    sleeps_skipped: int = 0
    events_skipped: int = 0

    def describe(self) -> str:
        """One sentence for the user, e.g. "Imported 1 baby, 3 sleeps and 40 events.\""""
        added = counted(self.babies_added, self.sleeps_added, self.events_added)
        skipped = self.babies_skipped + self.sleeps_skipped + self.events_skipped
        if added:
            text = translate("Exchange", "Imported {records}.").format(records=added)
        else:
            text = translate("Exchange", "Nothing new to import.")
        if skipped:
            text += " " + ImportWords().already_there(skipped)
        return text


class ImportWords(Context):
    """The import summary's plural messages (see ``desktop.language.catalog.Context``)."""

    def already_there(self, count: int) -> str:
        """ "3 records were already in the diary and left as they were."."""
        return self.tr("%n record(s) already in the diary, left as they were.", "", count)


def _json_object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    marked = JsonObject(pairs)
    seen: set[str] = set()
    twice: set[str] = set()
    for key, _ in pairs:
        (twice if key in seen else seen).add(key)
    marked.duplicate_keys = tuple(sorted(twice))
    return marked


class _NonFiniteNumber(ValueError):
    """NaN or Infinity, which Python's json accepts but JSON does not."""


def _refuse_constant(name: str) -> object:
    raise _NonFiniteNumber(name)


# What Python's JSON reader says is wrong: its usual messages, translated as they are (any other
# message is shown as it is).
_JSON_MISTAKES: Final = frozenset(
    {
        QT_TRANSLATE_NOOP("JsonMistakes", "Expecting value"),
        QT_TRANSLATE_NOOP("JsonMistakes", "Expecting property name enclosed in double quotes"),
        QT_TRANSLATE_NOOP("JsonMistakes", "Expecting ',' delimiter"),
        QT_TRANSLATE_NOOP("JsonMistakes", "Expecting ':' delimiter"),
        QT_TRANSLATE_NOOP("JsonMistakes", "Extra data"),
        QT_TRANSLATE_NOOP("JsonMistakes", "Unterminated string starting at"),
        QT_TRANSLATE_NOOP("JsonMistakes", "Invalid control character at"),
        QT_TRANSLATE_NOOP("JsonMistakes", "Invalid \\escape"),
        QT_TRANSLATE_NOOP("JsonMistakes", "Invalid \\uXXXX escape"),
    }
)


def _json_mistake(message: str) -> str:
    """Python's JSON error message in the run's language, when it is one of the usual ones."""
    return translate("JsonMistakes", message) if message in _JSON_MISTAKES else message


def read_document(path: Path) -> object:
    """The decoded JSON of a file; ExchangeError when it cannot be read or is not JSON."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ExchangeError(
            translate("Exchange", "(file): cannot read {path}: {problem}").format(
                path=path, problem=reason(error)
            )
        ) from error
    try:
        text = raw.decode("utf-8-sig")  # tolerate the byte-order mark some Windows editors add
    except UnicodeDecodeError as error:
        raise ExchangeError(
            translate("Exchange", "(file): not UTF-8 text (bad byte at offset {offset})").format(
                offset=error.start
            )
        ) from error
    try:
        return json.loads(text, object_pairs_hook=_json_object, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise ExchangeError(
            translate("Exchange", "(file): not valid JSON at line {line} column {column} ({mistake})").format(
                line=error.lineno, column=error.colno, mistake=_json_mistake(error.msg)
            )
        ) from error
    except _NonFiniteNumber as error:
        raise ExchangeError(
            translate("Exchange", "(file): {value} is not a valid JSON number").format(value=error)
        ) from error
    except RecursionError as error:
        raise ExchangeError(
            translate("Exchange", "(file): nested too deeply to be a diary export")
        ) from error
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise ExchangeError(
            translate("Exchange", "(file): not valid JSON ({detail})").format(detail=error)
        ) from error


_IMPORT_CACHE_SIZE: Final = -65536  # KiB, as SQLite counts a negative cache size
_RECORD_PATH: Final = re.compile(r"(babies|sleeps|events)\[(\d+)\]")
_LIST_ORDER: Final = {"babies": 1, "sleeps": 2, "events": 3}


def _document_order(problem: str) -> tuple[int, int]:
    """Sort key putting problems in the order of the records they are about (the sort is stable)."""
    match = _RECORD_PATH.match(problem)
    if match is None:
        return (0, 0)
    return (_LIST_ORDER[match[1]], int(match[2]))


def _write(diary: Diary, babies: list[Baby], sleeps: list[Sleep], events: list[Event]) -> None:
    # Inside the caller's transaction: babies before sleeps before events, as foreign keys require;
    # batch inserts (the overlap checks were done for the batch), all stamped as one change here.
    insert_new(diary.connection, babies, sleeps, events, stamp_now(diary.connection))


def _refuse(plan: ImportPlan) -> None:
    if plan.problems:
        raise ExchangeError(sorted(plan.problems, key=_document_order))


def _checked_and_written(diary: Diary, parsed: ParsedDocument, moment: datetime) -> ImportPlan:
    """Check a version-1 document against the diary and write its new records in one transaction.

    Checked first on a snapshot of the diary, without the write lock, so that taps at the bedside
    go on meanwhile; only when something was committed since (a tap, a sleep started) are the
    checks done again inside the write transaction, where nothing can slip in between.
    """
    connection = diary.connection
    version = None
    if not connection.in_transaction:
        with read_snapshot(connection) as version:
            plan = plan_import(diary, parsed, moment)
        _refuse(plan)
    with diary.transaction():
        if version is None or changed_since(connection, version):
            plan = plan_import(diary, parsed, moment)
            _refuse(plan)
        _write(diary, plan.babies, plan.sleeps, plan.events)
    return plan


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while an import builds its many small objects.

    Decoding and checking 100,000 events allocates millions of objects, none in reference cycles;
    the collector would otherwise rescan the growing heap again and again (a third of the time).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_document(diary: Diary, data: object, now: datetime | None = None) -> ImportSummary | MergeSummary:
    """Import a decoded exchange document: all of it, or nothing (ExchangeError lists why)."""
    with _without_cycle_collection():
        return _import_document(diary, data, now)


def _import_document(diary: Diary, data: object, now: datetime | None) -> ImportSummary | MergeSummary:
    # A naive ``now`` is taken as local time: comparing it with the file's aware times would fail.
    moment = now if now is not None and now.tzinfo is not None else (now or datetime.now()).astimezone()
    try:
        parsed = parse_document(data)
    except NotOurFormatError as error:
        raise ExchangeError(str(error)) from None
    # A big page cache while inserting: random UUID keys touch index pages all over the file.
    cache_size = diary.connection.execute("PRAGMA cache_size").fetchone()[0]
    diary.connection.execute(f"PRAGMA cache_size = {_IMPORT_CACHE_SIZE}")
    try:
        if parsed.version == MERGE_VERSION:
            return merge_parsed(diary, parsed, moment)
        plan = _checked_and_written(diary, parsed, moment)
    finally:
        diary.connection.execute(f"PRAGMA cache_size = {int(cache_size)}")
    return ImportSummary(
        babies_added=len(plan.babies),
        sleeps_added=len(plan.sleeps),
        events_added=len(plan.events),
        babies_skipped=plan.babies_skipped,
        sleeps_skipped=plan.sleeps_skipped,
        events_skipped=plan.events_skipped,
    )


def import_file(diary: Diary, path: Path, now: datetime | None = None) -> ImportSummary | MergeSummary:
    """Import a JSON exchange file into the diary: all of it, or nothing (ExchangeError lists why)."""
    with _without_cycle_collection():
        return _import_document(diary, read_document(path), now)
