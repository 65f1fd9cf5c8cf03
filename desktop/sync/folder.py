"""The shared folder's layout: one header naming the family key's salt, one sub-folder per device.

    FOLDER/twitch-diary-sync.json       format, scrypt salt and cost, a sealed check of the key
    FOLDER/<device>/00000001.tdsync     its changes, sealed; new files at each sync that sent any

Each device writes only in its own sub-folder, each file whole (temp file, fsync, rename), and
never rewrites one. A sync tool may show another device's file late, out of order, or half
copied: a file that does not open yet is left for the next sync, never counted as read.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import json
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop.exchange.atomic import remove_stale_temps
from desktop.language import QT_TRANSLATE_NOOP, translate
from desktop.language.system_errors import reason
from desktop.sync.sealing import (
    CHECK_TEXT,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    NotOpenedError,
    derive_key,
    seal,
    unseal,
)

HEADER_NAME: Final = "twitch-diary-sync.json"
HEADER_FORMAT: Final = "twitch-diary-sync"
FILE_SUFFIX: Final = ".tdsync"
# Far above any file a device writes (``FILE_RECORDS`` records, compressed): anything bigger is
# not a sync file, and reading it whole would take the computer's memory.
MAX_FILE_BYTES: Final = 256 * 1024**2
_HEADER_BYTES: Final = 1024**2
_DEVICE: Final = re.compile(r"[0-9a-f]{6,32}")
# Exactly the names ``file_name`` gives: past 99999999 a number takes a ninth digit (a file planted
# at 99999999 must not hide every later file of that device from the others).
_FILE: Final = re.compile(r"(\d{8}|[1-9]\d{8,})\.tdsync")
_CHECK_NAME: Final = "header"


class SyncFolderError(Exception):
    """The folder cannot be used for sync; ``str()`` is one line for the user."""


class FileRefusedError(Exception):
    """One file in the folder the system will not give whole (a pipe or a folder under its name, a
    read error, far too big): ``problem`` says why, ``identity`` tells it from another such state.

    ``lasting``: what it is says it is no sync file (a pipe, a folder, gigabytes); a read error
    may pass (a cloud drive's file not downloaded yet, a share that drops).
    """

    def __init__(self, path: Path, problem: str, identity: str, lasting: bool = False) -> None:
        super().__init__(_cannot_text(path, problem))
        self.problem = problem
        self.identity = identity
        self.lasting = lasting


# The two ways a folder fails, as lupdate reads them (the literal texts of ``_cannot``'s callers).
_CANNOT: Final = (
    QT_TRANSLATE_NOOP("SyncFolder", "cannot read {path}: {problem}"),
    QT_TRANSLATE_NOOP("SyncFolder", "cannot write in {path}: {problem}"),
)


def _cannot(text: str, path: Path, error: OSError) -> str:
    """One of ``_CANNOT`` in the run's language, naming the path and the system's reason."""
    return translate("SyncFolder", text).format(path=path, problem=reason(error))


def _cannot_text(path: Path, problem: str) -> str:
    return translate("SyncFolder", "cannot read {path}: {problem}").format(path=path, problem=problem)


def _too_big(path: Path, size: int) -> FileRefusedError:
    problem = translate("SyncFolder", "it is {size} bytes, more than a sync file ever holds")
    return FileRefusedError(path, problem.format(size=size), f"size {size}", lasting=True)


def read_whole(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``; FileRefusedError when the system does not give them.

    Opened without waiting (a pipe under the name would block the sync for ever, holding the
    diary's lock) and read only when it is a regular file of at most ``limit`` bytes (a device or
    a sparse file of gigabytes would fill the memory). FileNotFoundError when nothing is there.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as error:
        if os.path.islink(path):  # a symbolic link to nothing stays so: said, not skipped
            raise FileRefusedError(path, reason(error), "dangling") from error
        raise
    except OSError as error:
        raise FileRefusedError(path, reason(error), f"errno {error.errno}") from error
    try:
        found = os.fstat(descriptor)
        if not stat.S_ISREG(found.st_mode):
            problem = translate("SyncFolder", "it is a folder, a pipe or a device, not a file")
            raise FileRefusedError(path, problem, f"mode {stat.S_IFMT(found.st_mode)}", lasting=True)
        if found.st_size > limit:
            raise _too_big(path, found.st_size)
        pieces, left = [], limit + 1  # a file that grows while read is cut, then refused below
        while left > 0:
            piece = os.read(descriptor, min(left, 1024**2))
            if not piece:
                break
            pieces.append(piece)
            left -= len(piece)
    except OSError as error:
        raise FileRefusedError(path, reason(error), f"errno {error.errno}") from error
    finally:
        os.close(descriptor)
    data = b"".join(pieces)
    if len(data) > limit:
        raise _too_big(path, len(data))
    return data


@dataclass(frozen=True)
class Header:
    """The folder's key parameters: scrypt salt and cost, and a sealed check of the key."""

    salt: bytes
    n: int
    r: int
    p: int
    check: bytes

    def key_for(self, passphrase: str) -> bytes | None:
        """The family key when ``passphrase`` is the one the folder was set up with, else None."""
        key = derive_key(passphrase, self.salt, self.n, self.r, self.p)
        return key if self.opens(key) else None

    def opens(self, key: bytes) -> bool:
        """True when ``key`` is the folder's family key."""
        try:
            return unseal(key, self.check, _CHECK_NAME) == CHECK_TEXT
        except NotOpenedError:
            return False


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def read_header(folder: Path) -> Header | None:
    """The folder's header, None when it has none yet; SyncFolderError when it is not ours."""
    path = folder / HEADER_NAME
    try:
        raw = read_whole(path, _HEADER_BYTES)
    except FileNotFoundError:
        return None
    except FileRefusedError as error:
        raise SyncFolderError(str(error)) from error
    try:
        data = json.loads(raw.decode("utf-8"))
        if data["format"] != HEADER_FORMAT or data["version"] != 1:
            raise ValueError(data["format"])
        return Header(
            base64.b64decode(data["salt"]), int(data["n"]), int(data["r"]), int(data["p"]),
            base64.b64decode(data["check"]),
        )  # fmt: skip
    except (ValueError, KeyError, TypeError) as error:  # UnicodeDecodeError is a ValueError
        raise SyncFolderError(
            translate(
                "SyncFolder", "{path} is not a Twitch Diary sync header (or is still being copied)"
            ).format(path=path)
        ) from error


def header_place(folder: Path) -> int | None:
    """The file system the folder's header is on (``st_dev``), None when it is not there."""
    try:
        return os.stat(folder / HEADER_NAME).st_dev
    except OSError:
        return None


def check_still_there(folder: Path, place: int | None) -> None:
    """SyncFolderError when the folder's header is no longer on the file system ``place``.

    A share unmounted during a sync leaves its empty mount point at the path: a file written there
    never reaches the family, so no sync may count it as sent. (The file system, not the file:
    some network shares number their files anew after a while.)
    """
    if place is None or header_place(folder) != place:
        raise SyncFolderError(
            translate("SyncFolder", "{folder} went away during the sync: unmounted, or moved?").format(
                folder=folder
            )
        )


def create_header(folder: Path, passphrase: str) -> Header:
    """Write a new header with a fresh salt, unless another device just did (then that one counts)."""
    salt = os.urandom(16)
    key = derive_key(passphrase, salt)
    header = Header(salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, seal(key, CHECK_TEXT, _CHECK_NAME))
    text = json.dumps(
        {"format": HEADER_FORMAT, "version": 1, "salt": _b64(salt), "n": header.n, "r": header.r,
         "p": header.p, "check": _b64(header.check)}, indent=2,
    )  # fmt: skip
    temp = _write_temp(folder, text.encode("utf-8"))
    try:
        placed = _place_new(temp, folder / HEADER_NAME)  # never replaces another device's header
    except OSError as error:
        raise SyncFolderError(_cannot("cannot write in {path}: {problem}", folder, error)) from error
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    if not placed:
        existing = read_header(folder)
        if existing is None:
            raise SyncFolderError(
                translate("SyncFolder", "cannot create {path}").format(path=folder / HEADER_NAME)
            )
        return existing
    _sync_directory(folder)
    return header


def _write_temp(directory: Path, data: bytes) -> Path:
    """A whole, fsynced temp file in ``directory`` (hidden, so sync tools and readers skip it)."""
    try:
        handle, name = tempfile.mkstemp(prefix=".twitch-diary-", suffix=".partial", dir=directory)
    except OSError as error:
        raise SyncFolderError(_cannot("cannot write in {path}: {problem}", directory, error)) from error
    temp = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise SyncFolderError(_cannot("cannot write in {path}: {problem}", directory, error)) from error
    return temp


def _sync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


_NO_LINKS: Final = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV})


def _place_new(temp: Path, target: Path) -> bool:
    """Give a whole temp file its name unless that name exists; False when it does.

    A hard link fails when the name exists, so nothing is ever replaced; where the folder's file
    system has no hard links (a FAT stick, some network and cloud drives) a rename is checked first.
    """
    try:
        os.link(temp, target)
    except FileExistsError:
        return False
    except OSError as error:
        if error.errno not in _NO_LINKS:
            raise
        if target.exists():
            return False
        os.replace(temp, target)
    return True


def file_name(device: str, number: int) -> str:
    """The name a device's file goes by, inside the folder, also bound into its seal."""
    return f"{device}/{number:08d}{FILE_SUFFIX}"


def numbers_of(folder: Path, device: str) -> list[int]:
    """The numbers of a device's whole files in the folder, in order; FileRefusedError when the
    system does not list its sub-folder (that device alone)."""
    try:
        names = os.listdir(folder / device)
    except FileNotFoundError:
        return []
    except OSError as error:
        raise FileRefusedError(folder / device, reason(error), f"errno {error.errno}") from error
    return sorted(int(match[1]) for name in names if (match := _FILE.fullmatch(name)))


def devices_in(folder: Path) -> list[str]:
    """The device sub-folders in the shared folder (by name)."""
    try:
        names = os.listdir(folder)
    except OSError as error:
        raise SyncFolderError(_cannot("cannot read {path}: {problem}", folder, error)) from error
    return sorted(name for name in names if _DEVICE.fullmatch(name) and (folder / name).is_dir())


def write_file(folder: Path, device: str, key: bytes, plain: bytes) -> str:
    """Seal and write the device's next file whole; returns its name (``device/NNNNNNNN.tdsync``)."""
    own = folder / device
    try:
        own.mkdir(mode=0o700, exist_ok=True)
    except OSError as error:
        raise SyncFolderError(_cannot("cannot write in {path}: {problem}", folder, error)) from error
    # What a sync killed while writing left, sealed but still a family's health data: only in this
    # device's own sub-folder, where no other device writes.
    remove_stale_temps(own, ".twitch-diary-")
    try:
        numbers = numbers_of(folder, device)
    except FileRefusedError as error:
        raise SyncFolderError(str(error)) from error
    number = (numbers[-1] if numbers else 0) + 1
    while True:
        name = file_name(device, number)
        temp = _write_temp(own, seal(key, plain, name))
        try:
            # Never replaces a file: another sync of this diary (the window and the command line
            # at once) may have taken the number.
            placed = _place_new(temp, folder / name)
        except OSError as error:
            raise SyncFolderError(_cannot("cannot write in {path}: {problem}", own, error)) from error
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
        if placed:
            break
        number += 1
    _sync_directory(own)
    return name


def read_sealed(folder: Path, name: str) -> bytes:
    """The bytes of another device's file as they are in the folder; NotOpenedError when it is gone,
    FileRefusedError when the system does not give it (``read_whole``): that file alone."""
    try:
        return read_whole(folder / name, MAX_FILE_BYTES)
    except FileNotFoundError as error:
        raise NotOpenedError(name) from error


def read_file(folder: Path, name: str, key: bytes) -> bytes:
    """The plain bytes of another device's file; NotOpenedError while it is not whole (or not ours)."""
    return unseal(key, read_sealed(folder, name), name)
