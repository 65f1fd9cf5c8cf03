"""The command line (design.md section 5): parse argv, pick the data directory, run one command.

Kept light on purpose: importing this module loads neither PySide6 nor matplotlib; each command
imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from desktop import __version__, language
from desktop.commands.failure import CommandError, fail
from desktop.language import translate
from desktop.language.system_errors import reason
from desktop.store import paths
from desktop.store.errors import StoreError

PROG = "twitch-diary"
EXPORT_SUFFIXES = (".json", ".csv")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one clear line, then a pointer to ``--help``."""

    def error(self, message: str) -> NoReturn:
        """Print the problem and the usage on stderr and exit with status 2."""
        self.exit(2, f"{self.prog}: {message}\n{self.format_usage()}")


# The dates a command accepts: any diary's, with room to count weeks on either side without overflow.
FIRST_DATE = date(1900, 1, 1)
LAST_DATE = date(2199, 12, 31)


def _date_argument(text: str) -> date:
    """An argparse type for ``YYYY-MM-DD`` dates (digits 0-9) with a message that says what is wrong."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text, re.ASCII):
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a date; write it as YYYY-MM-DD").format(text=repr(text))
        )
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a date; write it as YYYY-MM-DD").format(text=repr(text))
        ) from None
    if not FIRST_DATE <= day <= LAST_DATE:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is outside the dates a diary can hold ({first} to {last})").format(
                text=repr(text), first=FIRST_DATE, last=LAST_DATE
            )
        )
    return day


def _suffix_argument(*suffixes: str) -> Callable[[str], Path]:
    """An argparse type for a file path that must end in one of ``suffixes``."""

    def check(text: str) -> Path:
        path = Path(text).expanduser()
        if path.suffix.lower() not in suffixes:
            names = translate("Cli", " or ").join(suffixes)
            raise argparse.ArgumentTypeError(
                translate("Cli", "{text} must be a {kinds} file").format(text=repr(text), kinds=names)
            )
        return path

    return check


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command in design.md section 5."""
    parser = _Parser(
        prog=PROG,
        description=translate(
            "Cli",
            "Log a baby's sleep twitches at the bedside and review them before a checkup."
            " Without a command, opens the app window.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        # Given here: argparse's own default is an English literal, never looked up.
        help=translate("Argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar=translate("Cli", "DIR"),
        help=translate("Cli", "folder of the diary (default: ${variable}, else {folder})").format(
            variable=paths.DATA_DIR_ENV, folder=paths.resolve_data_dir(None, {})
        ),
    )
    parser.add_argument(
        "--lang",
        metavar=translate("Cli", "CODE"),
        help=translate(
            "Cli", "language of the window, the report and this text ({codes}; default: the system's)"
        ).format(codes=", ".join(language.SUPPORTED)),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "use a separate demo diary with a sample baby (never your own diary)"),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=translate("Cli", "COMMAND"), parser_class=_Parser
    )

    babies = commands.add_parser(
        "babies", help=translate("Cli", "list the babies in the diary with their ages")
    )
    babies.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of a table"))
    babies.add_argument(
        "--merge",
        nargs=2,
        metavar=(translate("Cli", "KEEP_ID"), translate("Cli", "OTHER_ID")),
        help=translate(
            "Cli", "one baby entered on two devices: move OTHER's sleeps and events to KEEP and remove OTHER"
        ),
    )

    importing = commands.add_parser(
        "import", help=translate("Cli", "add the records of a JSON export to the diary")
    )
    importing.add_argument("file", metavar=translate("Cli", "FILE.json"), type=_suffix_argument(".json"))

    exporting = commands.add_parser(
        "export", help=translate("Cli", "write the diary to JSON (lossless) or CSV (spreadsheets)")
    )
    exporting.add_argument(
        "file", metavar=translate("Cli", "FILE.json|FILE.csv"), type=_suffix_argument(*EXPORT_SUFFIXES)
    )
    exporting.add_argument(
        "--baby",
        metavar=translate("Cli", "ID_OR_NAME"),
        help=translate("Cli", "only this baby (default: every baby)"),
    )
    exporting.add_argument(
        "--table",
        choices=("events", "sleeps"),
        help=translate("Cli", "CSV only: one row per event (the default) or one row per sleep"),
    )
    exporting.add_argument(
        "--format-version",
        type=int,
        choices=(1, 2),
        default=2,
        help=translate(
            "Cli",
            "JSON only: 2 (the default) carries change times and deletions for merging; 1 for older copies",
        ),
    )

    guidance = commands.add_parser(
        "guidance", help=translate("Cli", "check the logged pattern against the warning signs")
    )
    guidance.add_argument("--baby", metavar=translate("Cli", "ID_OR_NAME"), required=True)
    guidance.add_argument(
        "--as-of",
        metavar=translate("Cli", "YYYY-MM-DD"),
        type=_date_argument,
        help=translate("Cli", "judge as if this day were today"),
    )
    guidance.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))

    report = commands.add_parser("report", help=translate("Cli", "save the checkup PDF for the pediatrician"))
    report.add_argument("--baby", metavar=translate("Cli", "ID_OR_NAME"), required=True)
    report.add_argument(
        "-o", "--output", metavar=translate("Cli", "FILE.pdf"), required=True, type=_suffix_argument(".pdf")
    )
    report.add_argument(
        "--from", dest="date_from", metavar=translate("Cli", "YYYY-MM-DD"), type=_date_argument
    )
    report.add_argument("--to", dest="date_to", metavar=translate("Cli", "YYYY-MM-DD"), type=_date_argument)

    restore = commands.add_parser(
        "restore", help=translate("Cli", "list the diary's backups, or restore one")
    )
    restore.add_argument(
        "backup",
        metavar=translate("Cli", "BACKUP"),
        nargs="?",
        help=translate("Cli", "the backup to restore (see the list)"),
    )
    restore.add_argument(
        "--from",
        dest="place",
        metavar=translate("Cli", "FOLDER"),
        type=Path,
        help=translate("Cli", "the second backup place (a USB stick, another disk) to list or restore from"),
    )

    syncing = commands.add_parser(
        "sync", help=translate("Cli", "sync with the other caregivers' devices through a shared folder")
    )
    syncing.add_argument(
        "folder",
        metavar=translate("Cli", "FOLDER"),
        nargs="?",
        type=Path,
        help=translate("Cli", "set up sync with this folder"),
    )
    syncing.add_argument(
        "--passphrase-file",
        metavar=translate("Cli", "F"),
        type=Path,
        help=translate("Cli", "read the family passphrase from F"),
    )
    syncing.add_argument(
        "--off", action="store_true", help=translate("Cli", "stop syncing (the folder is left as it is)")
    )

    entry = commands.add_parser(
        "desktop-entry",
        help=translate("Cli", "add this copy of the app to the Linux desktop's menu, or remove it"),
    )
    # The choices as the metavar: argparse names the argument by it in a usage error ("argument
    # {install,remove}: invalid choice"), where its English dest would show.
    entry.add_argument("action", choices=("install", "remove"), metavar="{install,remove}")
    return parser


def data_dir_for(args: argparse.Namespace) -> Path:
    """The data directory: ``--data-dir``, else the demo folder for ``--demo``, else env or default."""
    if args.demo and not args.data_dir:
        # The demo never falls back to TWITCH_DIARY_DATA_DIR: that names the user's own diary.
        return paths.default_demo_dir()
    return paths.resolve_data_dir(args.data_dir)


def _run_babies(args: argparse.Namespace, data_dir: Path) -> int:
    from desktop.commands.babies import run_babies

    return run_babies(data_dir, args.merge, args.json)


def _run_import(args: argparse.Namespace, data_dir: Path) -> int:
    from desktop.commands.importing import run_import

    return run_import(data_dir, args.file)


def _run_export(args: argparse.Namespace, data_dir: Path) -> int:
    from desktop.commands.exporting import run_export

    return run_export(data_dir, args.file, args.baby, args.table, args.format_version)


def _run_guidance(args: argparse.Namespace, data_dir: Path) -> int:
    from desktop.commands.guidance import run_guidance

    return run_guidance(data_dir, args.baby, args.as_of, args.json)


def _run_report(args: argparse.Namespace, data_dir: Path) -> int:
    from desktop.commands.report import run_report

    return run_report(data_dir, args.baby, args.output, args.date_from, args.date_to)


def _run_restore(args: argparse.Namespace, data_dir: Path) -> int:
    from desktop.commands.restore import run_restore

    return run_restore(data_dir, args.backup, place=args.place)


def _run_sync(args: argparse.Namespace, data_dir: Path) -> int:
    from desktop.commands.sync import run_sync

    return run_sync(data_dir, args.folder, args.passphrase_file, args.off)


def _run_desktop_entry(args: argparse.Namespace, data_dir: Path) -> int:
    from desktop.commands.desktop_entry import run_desktop_entry

    return run_desktop_entry(args.action)


# Each command's runner; the window (the composition root's) runs when no command is given.
_COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {
    "babies": _run_babies,
    "import": _run_import,
    "export": _run_export,
    "guidance": _run_guidance,
    "report": _run_report,
    "restore": _run_restore,
    "desktop-entry": _run_desktop_entry,
    "sync": _run_sync,
}


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """``argv`` parsed as ``build_parser`` would, when it only opens the window; else None.

    Only ``[--data-dir DIR | --data-dir=DIR] [--lang CODE | --lang=CODE] [--demo]``, in any
    order, is read here; anything
    else (a command, ``--help``, an abbreviation, a mistake) is left to the full parser. Building
    that parser, with every command's options, costs 4 ms, and opening the window is the start a
    parent waits for at the bedside.
    """
    values: dict[str, object] = {"data_dir": None, "lang": None, "demo": False, "command": None}
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word == "--demo":
            values["demo"] = True
        elif word.startswith("--data-dir="):
            values["data_dir"] = word.removeprefix("--data-dir=")
        elif word == "--data-dir" and rest and not rest[0].startswith("-"):
            values["data_dir"] = rest.pop(0)
        elif word.startswith("--lang="):
            values["lang"] = word.removeprefix("--lang=")
        elif word == "--lang" and rest and not rest[0].startswith("-"):
            values["lang"] = rest.pop(0)
        else:
            return None
    return argparse.Namespace(**values)


def _language_asked(argv: Sequence[str]) -> str | None:
    """The ``--lang`` code of the command line, read before the parser (whose help it translates).

    The last one counts when it is given twice, as for the parser.
    """
    words = list(argv)
    found = None
    for index, word in enumerate(words):
        if word == "--":
            break
        if word.startswith("--lang="):
            found = word.removeprefix("--lang=")
        elif word == "--lang" and index + 1 < len(words):
            found = words[index + 1]
    return found


def choose_language(code: str | None) -> None:
    """Make ``--lang code`` (else the system locale's language) this run's; exit 2 if unknown.

    An unknown code is refused in the system locale's language: the one the parent reads.
    """
    try:
        chosen = language.choose(code)
    except language.LanguageError as error:
        language.set_current(language.choose(None))
        message = translate("Cli", "there is no language {code}; choose one of {codes}").format(
            code=repr(error.code), codes=", ".join(language.SUPPORTED)
        )
        print(f"{PROG}: {message}", file=sys.stderr)
        raise SystemExit(2) from None
    language.set_current(chosen)
    if chosen != language.ENGLISH:
        from desktop.language.argparse_words import use_the_catalogue

        use_the_catalogue()


def _check_folders(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse an empty ``--data-dir``, and ``--demo`` with ``--data-dir`` (the demo writes only its own)."""
    if args.data_dir is not None and not args.data_dir.strip():
        parser.error(translate("Cli", "--data-dir needs a folder; it was empty"))
    if args.demo and args.data_dir is not None:
        parser.error(
            translate(
                "Cli",
                "--demo uses its own demo diary; leave out --data-dir"
                " (the demo never writes into a diary you name)",
            )
        )


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The parsed command line; exits with status 2 and one clear line for a usage mistake.

    The language is chosen first (``--lang``, else the system locale), so that the parser's own
    messages, and everything after them, are in it.
    """
    choose_language(_language_asked(argv))
    args = window_arguments(argv)
    if args is not None and (args.data_dir is None or (args.data_dir.strip() and not args.demo)):
        return args
    parser = build_parser()
    args = parser.parse_args(list(argv))
    _check_folders(parser, args)
    if args.command == "report" and args.date_from and args.date_to and args.date_from > args.date_to:
        parser.error(translate("Cli", "--from must not be after --to"))
    if args.command == "export" and args.table is not None and args.file.suffix.lower() != ".csv":
        parser.error(
            translate("Cli", "--table is for a CSV export only (FILE.csv); a JSON export holds every table")
        )
    if args.command == "sync" and args.off and (args.folder or args.passphrase_file):
        parser.error(translate("Cli", "sync --off takes no FOLDER or --passphrase-file"))
    return args


def run(argv: Sequence[str], run_window: Callable[[Path], int]) -> int:
    """Parse these arguments (without the program name) and run them; returns the exit code."""
    args = parse_arguments(argv)
    return run_command(args, data_dir_for(args), run_window)


def run_command(args: argparse.Namespace, data_dir: Path, run_window: Callable[[Path], int]) -> int:
    """Run the parsed command on ``data_dir``, or the window when there is none; the exit code.

    ``run_window(data_dir)`` runs the app window when no command is given: the composition root
    (``desktop.app``) hands it in, so the command line knows nothing of the window. A failure is
    one line on stderr and status 1 (``desktop/commands/failure.py``).
    """
    try:
        if args.demo:
            from desktop.commands.demo import prepare_demo

            prepare_demo(data_dir, window=args.command is None)
        if args.command is None:
            return run_window(data_dir)
        return _COMMANDS[args.command](args, data_dir)
    except (StoreError, CommandError) as error:
        return fail(str(error))
    except OSError as error:
        # A folder or file could not be reached (permissions, a full disk): the diary was not written.
        where = f" ({error.filename})" if error.filename else ""
        problem = f"{reason(error)}{where}"
        return fail(translate("Cli", "{problem}; nothing was changed.").format(problem=problem))
    except KeyboardInterrupt:
        # Each write is one transaction, so an interrupted command leaves the diary as it was.
        print(f"{PROG}: " + translate("Cli", "interrupted."), file=sys.stderr)
        return 130
