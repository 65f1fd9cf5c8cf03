"""One sync: write this device's new changes to the shared folder, then merge every other device's files.

Set up once per device (``set_up``): the folder and the family key derived from the passphrase are
kept in the diary's settings. A sync never loses a change: what this device sends is chosen from
one consistent read, the mark of what was sent moves only after the file is whole on disk, and
another device's file counts as read only in the transaction that merged it. A folder this device
cannot write in (a read-only share, a full disk) is still read: its own changes wait for the next
sync. Another device's file that does not merge is tried again at every sync and told once for
each content it has (``UNREADABLE_KEY``, ``desktop.sync.report``).
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from desktop.exchange.errors import ExchangeError
from desktop.exchange.json_export import dumps
from desktop.exchange.merge import MergePlan, MergeSummary, apply_merge, doubled_babies, plan_merge
from desktop.exchange.records import NotOurFormatError, parse_document
from desktop.exchange.v2_export import changes_document
from desktop.language import translate
from desktop.store.changes import Changes, device_id, read_changes, renew_device_id
from desktop.store.diary import Diary
from desktop.sync.folder import (
    FileRefusedError,
    SyncFolderError,
    check_still_there,
    create_header,
    devices_in,
    header_place,
    numbers_of,
    read_header,
    read_sealed,
    write_file,
)
from desktop.sync.home import home_of, is_a_copy
from desktop.sync.report import (
    FileProblem,
    SyncReport,
    birth_date_doubles,
    refused_reason,
    remembered_files,
    unreadable_reason,
)
from desktop.sync.sealing import NotOpenedError, unseal

FOLDER_KEY: Final = "sync.folder"
KEY_KEY: Final = "sync.key"
SENT_KEY: Final = "sync.sent_ms"
LAST_KEY: Final = "sync.last"
HOME_KEY: Final = "sync.home"  # the computer and data folder that sync under this device id
WHOLE_KEY: Final = "sync.send_whole"  # set: the next file carries the whole diary, every device's changes
# Other devices' files that did not merge: name -> [sha-256 of their bytes, told the parent yet].
UNREADABLE_KEY: Final = "sync.unreadable"
FILE_RECORDS: Final = 10_000  # records per sync file: one file's JSON is read in a few tens of ms
MERGE_STEP: Final = 5000  # events per transaction of a sync's merge (about a quarter second each)


class SyncError(Exception):
    """A sync could not run; ``str()`` is one line for the user, and nothing was changed."""


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


def this_device(diary: Diary) -> str:
    """The name this diary's files go by in the shared folder (its device id, its sub-folder)."""
    return device_id(diary.connection)


def configured_folder(diary: Diary) -> Path | None:
    """The shared folder this diary syncs with, or None."""
    folder = diary.settings.get(FOLDER_KEY)
    return None if folder is None else Path(folder)


def family_key(folder: Path, passphrase: str) -> bytes:
    """The family key of the sync folder for ``passphrase``, the folder's header written when it has
    none yet; SyncError with nothing changed when it cannot be had. No diary is opened: a wrong
    passphrase given on a new data folder leaves no diary behind."""
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
    return key


def join(diary: Diary, folder: Path, key: bytes) -> None:
    """Make ``diary`` sync with ``folder`` under the family key (``family_key``).

    Its next sync sends the whole diary, also when it synced there already: set up again, a
    device sends anew what a damaged file of its own (or one a sync tool lost) held.
    """
    settings = diary.settings
    with diary.transaction():
        if settings.get(FOLDER_KEY) != str(folder.resolve()) or settings.get(KEY_KEY) != key.hex():
            # Another folder (or the same path holding another family key: a share set up at its
            # empty mount point, then mounted again): send the whole diary there, every device's
            # changes (a device joining there may never meet the others), and read all of its
            # files afresh.
            settings.delete(SENT_KEY)
            diary.connection.execute("DELETE FROM sync_applied")
            settings.delete(UNREADABLE_KEY)
            if (folder / device_id(diary.connection)).exists():
                # A copy of this diary (a data folder copied to the other computer) syncs there
                # already under this device id: changes made here from now on take a new one.
                renew_device_id(diary.connection)
        settings.set(WHOLE_KEY, "1")
        settings.set(FOLDER_KEY, str(folder.resolve()))
        settings.set(KEY_KEY, key.hex())
        settings.set(HOME_KEY, home_of(diary))


def set_up(diary: Diary, folder: Path, passphrase: str) -> None:
    """Join (or start) the family's sync folder; SyncError with nothing changed when it cannot."""
    join(diary, folder, family_key(folder, passphrase))


def not_set_up() -> SyncError:
    """The error of a sync asked for on a diary that does not sync."""
    return SyncError(
        translate(
            "SyncErrors", "Sync is not set up: run 'twitch-diary sync FOLDER' first; nothing was changed."
        )
    )


def turn_off(diary: Diary) -> bool:
    """Stop syncing (the folder and its files stay as they are); False when sync was not set up."""
    was_on = diary.settings.get(FOLDER_KEY) is not None
    with diary.transaction():
        for name in (FOLDER_KEY, KEY_KEY, SENT_KEY, LAST_KEY, WHOLE_KEY, HOME_KEY, UNREADABLE_KEY):
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
    place: int | None  # the file system the folder's header was on as the sync began

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
        names: list[str] = []
        try:
            for part in in_parts(changes):
                plain = zlib.compress(dumps(changes_document(part)).encode("utf-8"), 6)
                check_still_there(self.folder, self.place)
                names.append(write_file(self.folder, self.device, self.key, plain))
            check_still_there(self.folder, self.place)  # unmounted while writing: not sent
        except SyncFolderError as error:
            # A read-only share or a full disk: the others' files are still read, and the mark
            # stays where it was, so the same changes go out (again whole) at the next sync.
            self.report.not_sent = str(error)
            self.report.unsent = changes.count()
            self._mark_own(names)
            return
        self.report.sent_file = names[0] if len(names) == 1 else f"{names[0]} … {names[-1].split('/')[1]}"
        self.report.sent = changes.count()
        with diary.transaction():  # only once every file is whole on disk
            # Others' stamps in a whole diary's file are below every later change here (the
            # clock has passed them), so the mark skips none of this device's own.
            diary.settings.set(SENT_KEY, str(max(stamps)))
            diary.settings.delete(WHOLE_KEY)
            self._mark_own(names)

    def _mark_own(self, names: list[str]) -> None:
        """Count this device's files just written as read here (a restored backup reads them back)."""
        with self.diary.transaction():
            self.diary.connection.executemany(
                "INSERT OR IGNORE INTO sync_applied (device, file) VALUES (?, ?)",
                [(self.device, name.split("/")[1].removesuffix(".tdsync")) for name in names],
            )

    def receive(self) -> None:
        """Merge every other device's files not merged yet, in their order."""
        settings = self.diary.settings
        rows = self.diary.connection.execute("SELECT device, file FROM sync_applied")
        applied = {(str(device), str(name)) for device, name in rows}
        remembered = remembered_files(settings.get(UNREADABLE_KEY))
        unmerged: dict[str, tuple[str, bool]] = {}
        for other in devices_in(self.folder):
            # This device's own files too: those not marked as read here were written by this
            # diary before it was restored from a backup, and bring back what it had sent since.
            if other != self.device:
                self.report.devices.append(other)
            try:
                numbers = numbers_of(self.folder, other)
            except FileRefusedError as error:  # that device's files alone wait
                self.report.refused(f"{other}/", error, remembered, unmerged)
                continue
            for number in numbers:
                if (other, f"{number:08d}") not in applied:
                    self.merge_file(other, f"{number:08d}", remembered, unmerged)
        # Files merged since, or deleted from the folder, are forgotten.
        if unmerged != remembered:
            if unmerged:
                kept = {name: list(seen) for name, seen in unmerged.items()}
                settings.set(UNREADABLE_KEY, json.dumps(kept))
            else:
                settings.delete(UNREADABLE_KEY)

    def merge_file(
        self,
        other: str,
        name: str,
        remembered: dict[str, tuple[str, bool]],
        unmerged: dict[str, tuple[str, bool]],
    ) -> None:
        """Merge one file; one that does not open or is refused goes into ``unmerged`` (by content)."""
        report = self.report
        path_name = f"{other}/{name}.tdsync"
        try:
            sealed = read_sealed(self.folder, path_name)
        except NotOpenedError:
            return  # gone since the listing (a sync tool renaming it): read at the next sync
        except FileRefusedError as error:  # a pipe, a folder, a read error: this file alone waits
            report.refused(path_name, error, remembered, unmerged)
            return
        try:
            plain = zlib.decompress(unseal(self.key, sealed, path_name))
            parsed = parse_document(json.loads(plain.decode("utf-8")))
        except (NotOpenedError, zlib.error, UnicodeDecodeError, json.JSONDecodeError):
            problem = None
        except NotOurFormatError as error:
            problem = refused_reason(path_name, str(error))
        else:
            plan = plan_merge(self.diary, parsed, self.now)
            if not plan.problems:
                self._apply(other, name, plan)
                return
            problem = refused_reason(path_name, str(ExchangeError(plan.problems)))
        # Known by its bytes (hashed only here: a file that merges costs no hash).
        digest = hashlib.sha256(sealed).hexdigest()
        before = remembered.get(path_name)
        same = before is not None and before[0] == digest
        if problem is None:
            if not same:
                # New, or changed since the last sync: a sync tool may be copying it still. Tried
                # again quietly at the next sync; the same bytes then are a file that stays unread.
                unmerged[path_name] = (digest, False)
                report.not_yet_whole.append(path_name)
                return
            problem = unreadable_reason(path_name)
        told = same and before is not None and before[1]
        unmerged[path_name] = (digest, True)
        report.problems.append(FileProblem(path_name, problem, told_before=told))

    def _apply(self, other: str, name: str, plan: MergePlan) -> None:
        diary, report = self.diary, self.report

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
        raise not_set_up()
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
        run = _Sync(diary, folder, key, device_id(diary.connection), moment, report, header_place(folder))
        run.send()  # a folder this device cannot write in is still read (``report.not_sent``)
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
