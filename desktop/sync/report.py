"""What one sync did, in words: sent, received, files not whole yet, files that stay unreadable.

A file of another device that does not open is quiet the first time (a sync tool may still be
copying it) and told once when it is the same at the next sync: a file that stays unreadable is
said once per content, not at every sync (``desktop.sync.run`` remembers which were told).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from desktop.exchange.merge import mistyped_birth_dates
from desktop.language import translate
from desktop.language.catalog import Context
from desktop.language.counts import RecordCounts
from desktop.language.formats import list_text
from desktop.store.diary import Diary
from desktop.sync.folder import FileRefusedError


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

    def not_sent(self, count: int) -> str:
        """ "This computer's 3 changes could not be written…" (``{problem}`` says why)."""
        return self.tr(
            "This computer's %n change(s) could not be written to the shared folder ({problem});"
            " nothing is lost: they are kept here and go out at the next sync.",
            "",
            count,
        )

    def more_files(self, count: int) -> str:
        """ "2 more files of other devices cannot be read or merged either"."""
        return self.tr("%n more file(s) of other devices cannot be read or merged either.", "", count)


@dataclass(frozen=True)
class FileProblem:
    """Another device's file that this sync could not merge, and why (one sentence for the parent)."""

    name: str  # "device/NNNNNNNN.tdsync", as in the folder
    reason: str
    told_before: bool  # said at an earlier sync already (the same content): not printed again

    @property
    def device(self) -> str:
        """The id of the device that wrote the file (its sub-folder's name)."""
        return self.name.split("/", maxsplit=1)[0]


def remembered_files(text: str | None) -> dict[str, tuple[str, bool]]:
    """The unmerged files as the last sync left them (the setting ``sync.unreadable``: name ->
    [what they were, told yet]); empty when the setting does not read."""
    try:
        data = json.loads(text or "{}")
        return {str(name): (str(seen[0]), bool(seen[1])) for name, seen in data.items()}
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return {}  # a setting from a newer version, say: each file is then tried as if new


def unreadable_reason(name: str) -> str:
    """Why a whole file does not open, and the one thing that mends it either way."""
    device, _, file = name.partition("/")
    return translate(
        "SyncReport",
        "Cannot read the file {file} of the device {device}: it was made with another family"
        " passphrase, or it is damaged. On that device, set up sync again with this family's"
        " passphrase (Diary › Sync with Other Devices…, or 'twitch-diary sync FOLDER'): it then"
        " sends its changes anew, and this file may be deleted.",
    ).format(file=file, device=device)


def not_a_file_reason(name: str, problem: str) -> str:
    """Why a file the system does not give (a pipe or a folder under its name, a read error) is
    not merged, and what mends it."""
    device, _, file = name.partition("/")
    return translate(
        "SyncReport",
        "Cannot read the file {file} of the device {device}: {problem}. Remove it from the shared"
        " folder; if it was that device's, set up sync again there (Diary › Sync with Other"
        " Devices…, or 'twitch-diary sync FOLDER'): it then sends its changes anew.",
    ).format(file=file, device=device, problem=problem)


def read_error_reason(name: str, problem: str) -> str:
    """Why a file the system fails to read, at two syncs, is not merged, and what mends it."""
    device, _, file = name.partition("/")
    return translate(
        "SyncReport",
        "Cannot read the file {file} of the device {device} ({problem}); it is tried again at every"
        " sync. If the sync tool or the share does not mend it, set up sync again on that device"
        " (Diary › Sync with Other Devices…, or 'twitch-diary sync FOLDER'): it then sends its"
        " changes anew, and this file may be deleted.",
    ).format(file=file, device=device, problem=problem)


def unlisted_reason(device: str, problem: str) -> str:
    """Why a device's sub-folder is not read (the system does not list it), and what mends it."""
    return translate(
        "SyncReport",
        "Cannot read the sub-folder {device} of the shared folder ({problem}): the files of that"
        " device are left until it can be read. If no device of this family writes there, remove it.",
    ).format(device=device, problem=problem)


def refused_reason(name: str, problem: str) -> str:
    """Why a file that opened was not merged (a newer app's file, records that do not fit)."""
    return translate("SyncReport", "Not merged: {reason}").format(reason=f"{name}: {problem}")


@dataclass
class SyncReport:
    """What one sync sent and received, and which other devices' files it saw."""

    sent: int = 0
    sent_file: str | None = None
    not_sent: str | None = None  # why this device's changes could not be written (then ``unsent``)
    unsent: int = 0
    received: dict[str, int] = field(default_factory=dict)  # device -> versions merged
    files_read: int = 0
    not_yet_whole: list[str] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    devices: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)
    aside: tuple[int, int] = (0, 0)

    def refused(
        self,
        name: str,
        error: FileRefusedError,
        remembered: dict[str, tuple[str, bool]],
        unmerged: dict[str, tuple[str, bool]],
    ) -> None:
        """Note a file (or, ``name`` ending in "/", a device's sub-folder) the system does not give.

        What is no sync file (a pipe, a folder) is told at once; a read error, which may pass, is
        quiet at the first sync, as a file still being copied is. Either is told once only while
        it stays so (``remembered`` -> ``unmerged``).
        """
        identity = f"refused {error.identity}"
        before = remembered.get(name)
        if not error.lasting and (before is None or before[0] != identity):
            unmerged[name] = (identity, False)
            self.not_yet_whole.append(name)
            return
        unmerged[name] = (identity, True)
        device, _, file = name.partition("/")
        if not file:
            reason = unlisted_reason(device, error.problem)
        elif error.lasting:
            reason = not_a_file_reason(name, error.problem)
        else:
            reason = read_error_reason(name, error.problem)
        self.problems.append(FileProblem(name, reason, told_before=before == (identity, True)))

    def not_sent_line(self) -> str | None:
        """The sentence saying this device's changes could not be shared, None when they were."""
        if self.not_sent is None:
            return None
        return SyncWords().not_sent(self.unsent).format(problem=self.not_sent)

    def lines(self) -> list[str]:
        """What the command line prints, one line each (``not_sent_line`` apart: it is a failure)."""
        words, counts = SyncWords(), RecordCounts()
        out = []
        if self.not_sent is None:
            sent = words.sent(self.sent)
            out.append(
                translate("SyncReport", "{sent} ({file}).").format(sent=sent, file=self.sent_file)
                if self.sent_file
                else translate("SyncReport", "{sent}.").format(sent=sent)
            )
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
        out += [problem.reason for problem in self.problems if not problem.told_before]
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
