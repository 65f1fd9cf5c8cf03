"""``twitch-diary desktop-entry install|remove``: put the app into (or take it out of) the Linux menu.

A pip- or pipx-installed copy has no menu entry of its own. This writes the ``.desktop`` file, the
AppStream metainfo and the icons into the user's XDG data folder (``$XDG_DATA_HOME``, by default
``~/.local/share``), with ``Exec`` naming this very copy of the program, and removes them again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from desktop import identity, resources
from desktop.commands.failure import CommandError
from desktop.language import translate
from desktop.language.catalog import Context
from desktop.language.system_errors import reason

# Characters that force quoting of an Exec argument (Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class DesktopEntryError(CommandError):
    """The entry could not be installed or removed; ``str()`` is the line to print."""


class DesktopEntryCommand(Context):
    """The command's plural messages (see ``desktop.language.catalog.Context``)."""

    def installed(self, others: int) -> str:
        """ "Installed the menu entry {path} and 11 icon and metainfo files."."""
        return self.tr("Installed the menu entry {path} and %n icon and metainfo file(s).", "", others)

    def removed(self, others: int) -> str:
        """ "Removed the menu entry and 11 icon and metainfo files."."""
        return self.tr("Removed the menu entry and %n icon and metainfo file(s).", "", others)


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """The user's XDG data folder: ``$XDG_DATA_HOME`` when absolute, else ``~/.local/share``."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def program_command() -> list[str]:
    """The command that starts this copy of the app: the bundle, the installed script, or Python."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == identity.PROGRAM and script.is_file():
        return [str(script.resolve())]
    found = shutil.which(identity.PROGRAM)
    if found:
        return [str(Path(found).resolve())]
    # absolute(), not resolve(): a venv's python is a symlink to the system one, and resolving it
    # would name an interpreter that cannot import this copy of the app.
    return [str(Path(sys.executable).absolute()), "-m", "desktop"]


def quote_exec_argument(argument: str) -> str:
    """One Exec argument, quoted and escaped as the Desktop Entry Specification asks."""
    argument = argument.replace("%", "%%")  # a literal percent is written %% (field codes use %)
    if not _RESERVED.intersection(argument):
        quoted = argument
    else:
        inner = "".join("\\" + char if char in '"`$\\' else char for char in argument)
        quoted = f'"{inner}"'
    # The value is then a desktop-file string, where a backslash is itself written twice.
    return quoted.replace("\\", "\\\\")


def desktop_file_text(command: list[str]) -> str:
    """The shipped ``.desktop`` file with ``Exec`` set to ``command``."""
    exec_line = "Exec=" + " ".join(quote_exec_argument(part) for part in command)
    lines = resources.read_text(*identity.DESKTOP_FILE).splitlines()
    return "\n".join(exec_line if line.startswith("Exec=") else line for line in lines) + "\n"


def planned_files(home: Path) -> dict[Path, bytes]:
    """Every file ``install`` writes, with its content."""
    files: dict[Path, bytes] = {
        home / "applications" / f"{identity.APP_ID}.desktop": desktop_file_text(program_command()).encode(),
        home / "metainfo" / f"{identity.APP_ID}.metainfo.xml": resources.read_bytes(*identity.METAINFO_FILE),
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{identity.APP_ID}.svg": resources.read_bytes(
            *identity.ICON_SVG
        ),
    }
    for size in identity.ICON_PNG_SIZES:
        target = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{identity.APP_ID}.png"
        files[target] = resources.read_bytes(*identity.icon_png(size))
    return files


def _write(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` whole (a temporary file renamed over it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(content)
    os.replace(partial, path)


def _refresh_menu(applications: Path) -> None:
    """Ask the desktop to read its menu again, where the tool for it is installed (optional)."""
    tool = shutil.which("update-desktop-database")
    if tool:
        subprocess.run([tool, "-q", str(applications)], check=False, capture_output=True, timeout=30)


def install(home: Path | None = None) -> list[Path]:
    """Write the menu entry, metainfo and icons; returns the files written."""
    _require_xdg()
    home = data_home() if home is None else home
    files = planned_files(home)
    try:
        for path, content in files.items():
            _write(path, content)
    except OSError as error:
        raise DesktopEntryError(
            translate("DesktopEntryCommand", "Cannot write {path}: {problem}").format(
                path=error.filename or home, problem=reason(error)
            )
        ) from error
    _refresh_menu(home / "applications")
    return list(files)


def remove(home: Path | None = None) -> list[Path]:
    """Remove what ``install`` wrote; returns the files that were there."""
    _require_xdg()
    home = data_home() if home is None else home
    removed = []
    for path in planned_files(home):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise DesktopEntryError(
                translate("DesktopEntryCommand", "Cannot remove {path}: {problem}").format(
                    path=path, problem=reason(error)
                )
            ) from error
        removed.append(path)
    if removed:
        _refresh_menu(home / "applications")
    return removed


def _require_xdg() -> None:
    if sys.platform in ("win32", "darwin"):
        raise DesktopEntryError(
            translate(
                "DesktopEntryCommand",
                "desktop-entry is for Linux desktops; on Windows and macOS use the standalone bundle"
                " (see the README's Install section). Nothing was changed.",
            )
        )


def run_desktop_entry(action: str) -> int:
    """The command: install or remove, printing what was done."""
    if action == "install":
        written = install()
        print(DesktopEntryCommand().installed(len(written) - 1).format(path=written[0]))
        print(
            translate("DesktopEntryCommand", "Twitch Diary now appears in your desktop's application menu.")
        )
    else:
        removed = remove()
        if removed:
            print(DesktopEntryCommand().removed(len(removed) - 1))
        else:
            print(
                translate(
                    "DesktopEntryCommand",
                    "There was no Twitch Diary menu entry to remove; nothing was changed.",
                )
            )
    return 0
