"""One sync: write this device's new changes to the shared folder, then merge every other device's files.

Set up once per device (``set_up``): the folder and the family key derived from the passphrase are
kept in the diary's settings. A sync never loses a change: what this device sends is chosen from
one consistent read, the mark of what was sent moves only after the file is whole on disk, and
another device's file counts as read only in the transaction that merged it.
"""

from __future__ import annotations

import json
import os
import platform
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Final

from desktop.exchange.errors import ExchangeError
from desktop.exchange.json_export import dumps
from desktop.exchange.merge import MergeSummary, apply_merge, doubled_babies, mistyped_birth_dates, plan_merge
from desktop.exchange.records import NotOurFormatError, parse_document
from desktop.exchange.v2_export import changes_document
from desktop.language import translate
from desktop.language.catalog import Context
from desktop.language.counts import RecordCounts
from desktop.language.formats import list_text
from desktop.store.changes import Changes, device_id, read_changes, renew_device_id
from desktop.store.diary import Diary
from desktop.sync.folder import (
    SyncFolderError,
    create_header,
    devices_in,
    numbers_of,
    read_file,
    read_header,
    write_file,
)
from desktop.sync.sealing import NotOpenedError

FOLDER_KEY: Final = "sync.folder"
KEY_KEY: Final = "sync.key"
SENT_KEY: Final = "sync.sent_ms"
LAST_KEY: Final = "sync.last"
HOME_KEY: Final = "sync.home"  # the computer and data folder that sync under this device id
WHOLE_KEY: Final = "sync.send_whole"  # set: the next file carries the whole diary, every device's changes
FILE_RECORDS: Final = 10_000  # records per sync file: one file's JSON is read in a few tens of ms
MERGE_STEP: Final = 5000  # events per transaction of a sync's merge (about a quarter second each)


class SyncError(Exception):
    """A sync could not run; ``str()`` is one line for the user, and nothing was changed."""


class SyncWords(Context):
    """What a sync did, counted (see ``desktop.language.catalog.Context``)."""

    def sent(self, count: int) -> str:
        """ "Sent 5 changes"."""
        return self.tr("Sent %n change(s)", "", count)

    def received(self, count: int) -> str:
        """ "Received 3 changes"."""
        return self.tr("Received %n change(s)", "", count)

    def files(self, count: int) -> str:
        """ "from 2 files"."""
        return self.tr("from %n file(s)", "", count)

    def devices(self, count: int) -> str:
        """ "of 1 other device"."""
        return self.tr("of %n other device(s)", "", count)

    def incomplete(self, count: int) -> str:
        """ "2 files not complete yet"."""
        return self.tr(
            "%n file(s) not complete yet (still being copied?); read at the next sync: {names}", "", count
        )


@dataclass
class SyncReport:
    """What one sync sent and received, and which other devices' files it saw."""

    sent: int = 0
    sent_file: str | None = None
    received: dict[str, int] = field(default_factory=dict)  # device -> versions merged
    files_read: int = 0
    not_yet_whole: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    devices: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)
    aside: tuple[int, int] = (0, 0)

    def lines(self) -> list[str]:
        """What the command line prints, one line each."""
        words, counts = SyncWords(), RecordCounts()
        sent = words.sent(self.sent)
        out = [
            translate("SyncReport", "{sent} ({file}).").format(sent=sent, file=self.sent_file)
            if self.sent_file
            else translate("SyncReport", "{sent}.").format(sent=sent)
        ]
        got = sum(self.received.values())
        out.append(
            translate("SyncReport", "{received} {files} {devices}.").format(
                received=words.received(got),
                files=words.files(self.files_read),
                devices=words.devices(len(self.devices)),
            )
        )
        if self.not_yet_whole:
            out.append(words.incomplete(len(self.not_yet_whole)).format(names=", ".join(self.not_yet_whole)))
        out += [
            translate("SyncReport", "Not merged: {reason}").format(reason=reason) for reason in self.refused
        ]
        if any(self.aside):
            out.append(
                translate("SyncReport", "Kept aside until their baby or sleep arrives: {records}.").format(
                    records=list_text([counts.sleeps(self.aside[0]), counts.events(self.aside[1])])
                )
            )
        out += self.doubled
        return out


def birth_date_doubles(diary: Diary) -> list[str]:
    """One sentence per name held by babies with different birth dates (a typo on one device),
    with the merge command, the same on every device (``mistyped_birth_dates`` sorts by id)."""
    lines = []
    for babies in mistyped_birth_dates(diary):
        lines.append(
            translate(
                "SyncReport",
                "{name} is in the diary {count} times with different birth dates ({dates}): if that is"
                " one baby entered on two devices, merge them with 'twitch-diary babies --merge {keep}"
                " {other}' (keeps the birth date {born}).",
            ).format(
                name=babies[0].name,
                count=len(babies),
                dates=", ".join(baby.birth_date.isoformat() for baby in babies),
                keep=babies[0].id,
                other=babies[1].id,
                born=babies[0].birth_date.isoformat(),
            )
        )
    return lines


def home_of(diary: Diary) -> str:
    """Where this diary is: the computer's name, the data folder, and the diary file's identity."""
    try:
        found = os.stat(diary.path)
        identity = f"{found.st_dev}:{found.st_ino}"
    except OSError:
        identity = ""
    # The computer's name from platform, not socket: the app imports no network module.
    return "\n".join((platform.node(), str(diary.data_dir.resolve()), identity))


def is_a_copy(before: str, now: str) -> bool:
    """Whether a diary last at ``before`` and now at ``now`` (``home_of``) is a copy of the other.

    A copy is another file (a copied folder never keeps the file's identity) on another computer
    or in another folder. Another file in the same place is a restored backup (that diary's own
    files in the folder bring back what it had sent); the same file under a new computer name
    (laptops rename themselves on some networks) is the same diary.
    """
    host, folder, identity = [*before.split("\n"), "", ""][:3]
    host_now, folder_now, identity_now = [*now.split("\n"), "", ""][:3]
    return identity != identity_now and (host != host_now or folder != folder_now)


def _take_own_device_id(diary: Diary) -> None:
    """A copy of a diary that syncs already (its data folder copied to another computer) must not
    write files under the original's device id: two files of one name would meet in the folder,
    and a sync tool keeps one. It takes a new id and sends the whole diary under it."""
    home, now = diary.settings.get(HOME_KEY), home_of(diary)
    if home == now:
        return
    with diary.transaction():
        if home is not None and is_a_copy(home, now):
            renew_device_id(diary.connection)
            diary.settings.delete(SENT_KEY)
            diary.settings.set(WHOLE_KEY, "1")
        diary.settings.set(HOME_KEY, now)


def configured_folder(diary: Diary) -> Path | None:
    """The shared folder this diary syncs with, or None."""
    folder = diary.settings.get(FOLDER_KEY)
    return None if folder is None else Path(folder)


def set_up(diary: Diary, folder: Path, passphrase: str) -> None:
    """Join (or start) the family's sync folder; SyncError with nothing changed when it cannot."""
    if not folder.is_dir():
        raise SyncError(
            translate(
                "SyncErrors", "There is no folder {folder}; create it (or let the sync tool create it) first."
            ).format(folder=folder)
        )
    if not passphrase:
        raise SyncError(translate("SyncErrors", "The passphrase is empty; nothing was changed."))
    try:
        header = read_header(folder)
        if header is None:
            if devices_in(folder):
                # Their header is on its way (or lost): a new one would lock their files out.
                raise SyncError(
                    translate(
                        "SyncErrors",
                        "The sync folder {folder} holds other devices' files but not their"
                        " twitch-diary-sync.json (still being copied?); wait for it, then try again;"
                        " nothing was changed.",
                    ).format(folder=folder)
                )
            header = create_header(folder, passphrase)
        key = header.key_for(passphrase)
    except SyncFolderError as error:
        raise SyncError(
            translate("SyncErrors", "{problem}; nothing was changed.").format(problem=error)
        ) from error
    if key is None:
        raise SyncError(
            translate(
                "SyncErrors",
                "The passphrase is not the one this sync folder was set up with; nothing was changed.",
            )
        )
    settings = diary.settings
    with diary.transaction():
        if settings.get(FOLDER_KEY) != str(folder.resolve()) or settings.get(KEY_KEY) != key.hex():
            # Another folder (or the same path holding another family key: a share set up at its
            # empty mount point, then mounted again): send the whole diary there, every device's
            # changes (a device joining there may never meet the others), and read all of its
            # files afresh.
            diary.settings.delete(SENT_KEY)
            diary.settings.set(WHOLE_KEY, "1")
            diary.connection.execute("DELETE FROM sync_applied")
            if (folder / device_id(diary.connection)).exists():
                # A copy of this diary (a data folder copied to the other computer) syncs there
                # already under this device id: changes made here from now on take a new one.
                renew_device_id(diary.connection)
        diary.settings.set(FOLDER_KEY, str(folder.resolve()))
        diary.settings.set(KEY_KEY, key.hex())
        diary.settings.set(HOME_KEY, home_of(diary))


def turn_off(diary: Diary) -> bool:
    """Stop syncing (the folder and its files stay as they are); False when sync was not set up."""
    was_on = diary.settings.get(FOLDER_KEY) is not None
    with diary.transaction():
        for name in (FOLDER_KEY, KEY_KEY, SENT_KEY, LAST_KEY, WHOLE_KEY, HOME_KEY):
            diary.settings.delete(name)
        diary.connection.execute("DELETE FROM sync_applied")
    return was_on


def in_parts(changes: Changes, size: int = FILE_RECORDS) -> list[Changes]:
    """The changes in files of at most about ``size`` records: babies, sleeps and deletions first,
    then the events in order, so a receiver seldom keeps an event aside for its sleep.

    One file with a whole diary in it (a new device's first sync) took the receiving window's
    Python for over a second in one ``json.loads``: a tap waited for it.
    """
    head = Changes(babies=changes.babies, sleeps=changes.sleeps, deleted=changes.deleted)
    room = max(size - head.count(), 0)
    head.events = changes.events[:room]
    parts = [head]
    for first in range(room, len(changes.events), size):
        parts.append(Changes(events=changes.events[first : first + size]))
    return parts


@dataclass
class _Sync:
    """One sync's diary, folder, family key, device id and time, and what it did so far."""

    diary: Diary
    folder: Path
    key: bytes
    device: str
    now: datetime
    report: SyncReport

    def send(self) -> None:
        """Write this device's changes since the last file it wrote, in new files (``in_parts``)."""
        diary = self.diary
        sent_ms = int(diary.settings.get(SENT_KEY) or 0)
        whole = diary.settings.get(WHOLE_KEY) is not None
        connection = diary.connection
        connection.execute("BEGIN")  # one snapshot: no change made meanwhile slips under the mark
        try:
            if whole:
                changes = read_changes(connection)
            else:
                changes = read_changes(connection, device=self.device, after_ms=sent_ms)
        finally:
            connection.execute("COMMIT")
        if not changes.count():
            if whole:
                diary.settings.delete(WHOLE_KEY)
            return
        stamps = [stamp.ms for _, stamp in changes.babies]
        stamps += [stamp.ms for _, stamp in changes.sleeps]
        stamps += [stamp.ms for _, stamp in changes.events]
        stamps += [stamp.ms for _, _, stamp in changes.deleted]
        names = [
            write_file(
                self.folder,
                self.device,
                self.key,
                zlib.compress(dumps(changes_document(part)).encode("utf-8"), 6),
            )
            for part in in_parts(changes)
        ]
        self.report.sent_file = names[0] if len(names) == 1 else f"{names[0]} … {names[-1].split('/')[1]}"
        self.report.sent = changes.count()
        with diary.transaction():  # only once every file is whole on disk
            # Others' stamps in a whole diary's file are below every later change here (the
            # clock has passed them), so the mark skips none of this device's own.
            diary.settings.set(SENT_KEY, str(max(stamps)))
            diary.settings.delete(WHOLE_KEY)
            diary.connection.executemany(
                "INSERT OR IGNORE INTO sync_applied (device, file) VALUES (?, ?)",
                [(self.device, name.split("/")[1].removesuffix(".tdsync")) for name in names],
            )

    def receive(self) -> None:
        """Merge every other device's files not merged yet, in their order."""
        rows = self.diary.connection.execute("SELECT device, file FROM sync_applied")
        applied = {(str(device), str(name)) for device, name in rows}
        for other in devices_in(self.folder):
            # This device's own files too: those not marked as read here were written by this
            # diary before it was restored from a backup, and bring back what it had sent since.
            if other != self.device:
                self.report.devices.append(other)
            for number in numbers_of(self.folder, other):
                if (other, f"{number:08d}") not in applied:
                    self.merge_file(other, f"{number:08d}")

    def merge_file(self, other: str, name: str) -> None:
        """Merge one file; one not whole yet (or not a diary's) is left for the next sync."""
        report = self.report
        path_name = f"{other}/{name}.tdsync"
        try:
            plain = zlib.decompress(read_file(self.folder, path_name, self.key))
            parsed = parse_document(json.loads(plain.decode("utf-8")))
        except (NotOpenedError, zlib.error, UnicodeDecodeError, json.JSONDecodeError):
            report.not_yet_whole.append(path_name)
            return
        except NotOurFormatError as error:
            report.refused.append(f"{path_name}: {error}")
            return
        diary = self.diary
        plan = plan_merge(diary, parsed, self.now)
        if plan.problems:
            report.refused.append(f"{path_name}: {ExchangeError(plan.problems)}")
            return

        def mark_read() -> None:
            diary.connection.execute(
                "INSERT OR IGNORE INTO sync_applied (device, file) VALUES (?, ?)", (other, name)
            )

        # In steps: a background sync bringing a whole diary never holds the bedside's taps for long.
        summary = apply_merge(diary, plan, step=MERGE_STEP, finish=mark_read)
        report.files_read += 1
        merged = summary.new + summary.changed + summary.deleted
        report.received[other] = report.received.get(other, 0) + merged
        report.aside = (summary.sleeps_aside, summary.events_aside)


def sync_now(diary: Diary, now: datetime | None = None) -> SyncReport:
    """Send this device's new changes and merge the others'; SyncError (one line) when it cannot run."""
    moment = now or datetime.now().astimezone()
    folder = configured_folder(diary)
    key_text = diary.settings.get(KEY_KEY)
    if folder is None or key_text is None:
        raise SyncError(
            translate(
                "SyncErrors", "Sync is not set up: run 'twitch-diary sync FOLDER' first; nothing was changed."
            )
        )
    key = bytes.fromhex(key_text)
    report = SyncReport()
    try:
        header = read_header(folder)
        if header is None:
            # Never "set it up again" here: at an unmounted share's empty mount point that would
            # start a second family key.
            raise SyncError(
                translate(
                    "SyncErrors",
                    "The sync folder {folder} has no twitch-diary-sync.json (not mounted, or not"
                    " copied here yet?); nothing was changed.",
                ).format(folder=folder)
            )
        if not header.opens(key):
            raise SyncError(
                translate(
                    "SyncErrors",
                    "The sync folder {folder} is not the one set up here (or its family passphrase"
                    " changed): run 'twitch-diary sync FOLDER' again; nothing was changed.",
                ).format(folder=folder)
            )
        _take_own_device_id(diary)
        run = _Sync(diary, folder, key, device_id(diary.connection), moment, report)
        run.send()
        run.receive()
        # Said at every sync until the parent has merged them (or told them apart).
        doubled = MergeSummary(doubled=doubled_babies(diary)).doubled_lines()
        report.doubled = doubled + birth_date_doubles(diary)
    except SyncFolderError as error:
        raise SyncError(
            translate("SyncErrors", "{problem}; nothing was lost.").format(problem=error)
        ) from error
    diary.settings.set(LAST_KEY, moment.isoformat(timespec="seconds"))
    return report
