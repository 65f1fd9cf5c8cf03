"""The command line in the pseudo-locale: no line any command prints, on success or failure, is English.

Each command of design.md's command line runs in a real process under ``--lang en-XA`` (every
translated string accented and bracketed), on a real diary, for its success and its failure paths;
a plain English word left outside the brackets is a message that never reached the catalogue.
User data (names, paths, ids), the program's name, options and typed values are not words to
translate and are taken out first. Run with ``-s`` to see every English line found.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from desktop.demo import fill_demo_diary
from desktop.language import catalog
from desktop.language.pseudo import CLOSE, OPEN
from desktop.store.connection import DATABASE_NAME
from desktop.store.diary import Diary
from desktop.store.lock import DataDirLock

ROOT = Path(__file__).resolve().parents[2]
_PSEUDO_PART = re.compile(re.escape(OPEN) + r"[^" + OPEN + CLOSE + r"]*" + re.escape(CLOSE))
_WORD = re.compile(r"[A-Za-z]{3,}")
# Not words to translate: the program and app names, options and the values typed after them
# (command names, choices), ids, and the words inside paths and file names.
_NOT_WORDS = (
    re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),  # ids
    re.compile(r"(?<![\w/])--?[A-Za-z][\w-]*"),  # options
    re.compile(r"\{[\w,-]+\}"),  # argparse's choices
    # An exchange file's JSON paths and keys ("events[3].body_part:", "format:"), its own words.
    re.compile(
        r"\b(?:babies|sleeps|events|deleted|format|version|baby_id|sleep_id)\b(?:\[\d+\])?(?:\.\w+(?:\[\d+\])?)*"
    ),
    re.compile(r"(?:[\w.~-]*/)+[\w.-]*"),  # paths
    re.compile(r"\b[\w-]+\.(?:sqlite3|json|csv|pdf|desktop|svg|png|xml|txt|bin)\b"),  # file names
    re.compile(r"twitch-diary|Twitch Diary|Noa|Mia|Python|SQLite|JSON|CSV|PDF|USB|KB|MB|XDG"),
    re.compile(r"\b(?:null|true|false)\b"),  # JSON's own values
)
COMMANDS = ("babies", "import", "export", "guidance", "report", "restore", "sync", "desktop-entry")


def english_lines(text: str, typed: tuple[str, ...] = ()) -> list[str]:
    """The lines of ``text`` with a plain English word outside the pseudo-locale's brackets.

    A bracketed message may be wrapped over several lines (``--help``): the brackets are taken out
    of the whole text first, keeping its line breaks, then each line is looked at.
    """
    kept = text
    while True:  # innermost first: a translated message may hold another ("⟦must be ⟦a string⟧⟧")
        kept, found = _PSEUDO_PART.subn(lambda part: " " + "\n" * part.group().count("\n"), kept)
        if not found:
            break
    found = []
    for line, outside in zip(text.splitlines(), kept.splitlines(), strict=True):
        rest = outside
        for pattern in _NOT_WORDS:
            rest = pattern.sub(" ", rest)
        for word in (*COMMANDS, *typed):
            rest = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", rest)
        if _WORD.search(rest):
            found.append(line)
    return found


@dataclass(frozen=True)
class Case:
    """One run of the program: its arguments, the diary it starts from, what it must exit with."""

    name: str
    args: tuple[str, ...]
    start: str = "filled"  # none | empty | filled | damaged | open | busy | synced
    code: int = 0
    env: dict[str, str] = field(default_factory=dict)
    typed: tuple[str, ...] = ()  # values the user typed that the output may repeat


# {data} the data folder, {files} a folder of prepared files, {tmp} the test's own folder.
CASES = (
    Case("help", ("--help",)),
    *(Case(f"{command} --help", (command, "--help")) for command in COMMANDS),
    Case("unknown command", ("weigh",), code=2, typed=("weigh",)),
    Case("unknown option", ("babies", "--colour"), code=2),
    Case("one id to merge", ("babies", "--merge", "a"), code=2),
    Case("a value for a switch", ("babies", "--json=x"), code=2),
    Case("an option without its value", ("report", "--baby"), code=2),
    Case(
        "a word for a number",
        ("export", "{tmp}/out.json", "--format-version", "two"),
        code=2,
        typed=("two", "int"),
    ),
    Case("a number not offered", ("export", "{tmp}/out.json", "--format-version", "3"), code=2),
    Case("one word too many", ("restore", "a", "b"), code=2),
    Case("export without a file", ("export",), code=2),
    Case(
        "unknown language",
        ("--lang", "xx", "babies"),
        code=2,
        env={"LANG": "en_XA.UTF-8"},
        typed=("xx", "en", "es"),
    ),
    Case("demo with data dir", ("--demo", "babies"), code=2),
    Case("empty data dir option", ("--data-dir=", "babies"), code=2),
    Case("babies, none yet", ("babies",), start="none"),
    Case("babies", ("babies",)),
    Case("babies on a damaged file", ("babies",), start="damaged", code=1),
    Case("babies on a newer diary", ("babies",), start="newer", code=1),
    Case("babies on a link to nothing", ("babies",), start="dangling", code=1),
    Case("babies of another program's file", ("babies",), start="foreign", code=1),
    Case("merge unknown babies", ("babies", "--merge", "a", "b"), code=1),
    Case("merge two records", ("babies", "--merge", "{noa}", "{noa2}"), start="twins"),
    Case("import", ("import", "{files}/other.json"), start="empty"),
    Case("import again", ("import", "{files}/export.json")),
    Case("import no such file", ("import", "{files}/missing.json"), code=1),
    Case("import not JSON", ("import", "{files}/not.json"), code=1),
    Case("import another format", ("import", "{files}/foreign.json"), code=1),
    Case("import a newer version", ("import", "{files}/newer.json"), code=1),
    Case("import bad records", ("import", "{files}/bad.json"), code=1),
    Case("import conflicting records", ("import", "{files}/conflict.json"), code=1),
    Case("import overlapping sleeps", ("import", "{files}/overlap.json"), code=1),
    Case("import wrong suffix", ("import", "{files}/diary.txt"), code=2),
    Case("import while open", ("import", "{files}/export.json"), start="open", code=1),
    Case("import while busy", ("import", "{files}/export.json"), start="busy", code=1),
    Case("import into a damaged file", ("import", "{files}/export.json"), start="damaged", code=1),
    Case("export JSON", ("export", "{tmp}/out.json")),
    Case("export CSV", ("export", "{tmp}/out.csv")),
    Case("export CSV sleeps", ("export", "{tmp}/out.csv", "--table", "sleeps")),
    Case("export unknown baby", ("export", "{tmp}/out.json", "--baby", "Zoe"), code=1, typed=("Zoe",)),
    Case("export no folder", ("export", "{tmp}/nowhere/out.json"), code=1),
    Case("export table for JSON", ("export", "{tmp}/out.json", "--table", "sleeps"), code=2),
    Case("guidance", ("guidance", "--baby", "Noa")),
    Case("guidance as of", ("guidance", "--baby", "Noa", "--as-of", "2026-01-02")),
    Case("guidance unknown baby", ("guidance", "--baby", "Zoe"), code=1, typed=("Zoe",)),
    Case("guidance two babies named", ("guidance", "--baby", "Noa"), start="twins", code=1),
    Case(
        "guidance bad date", ("guidance", "--baby", "Noa", "--as-of", "tomorrow"), code=2, typed=("tomorrow",)
    ),
    Case("guidance date out of range", ("guidance", "--baby", "Noa", "--as-of", "1800-01-01"), code=2),
    Case("guidance without baby", ("guidance",), code=2),
    Case("report unknown baby", ("report", "--baby", "Zoe", "-o", "{tmp}/r.pdf"), code=1, typed=("Zoe",)),
    Case(
        "report dates reversed",
        ("report", "--baby", "Noa", "-o", "{tmp}/r.pdf", "--from", "2026-02-01", "--to", "2026-01-01"),
        code=2,
    ),
    Case("report no folder", ("report", "--baby", "Noa", "-o", "{tmp}/nowhere/r.pdf"), code=1),
    Case("report into a folder", ("report", "--baby", "Noa", "-o", "{files}"), code=2),
    Case(
        "report from after today",
        ("report", "--baby", "Noa", "-o", "{tmp}/r.pdf", "--from", "2199-01-01"),
        code=1,
    ),
    Case("report", ("report", "--baby", "Noa", "-o", "{tmp}/r.pdf")),
    Case("restore list, none", ("restore",), start="none"),
    Case("restore list", ("restore",), start="backed"),
    Case("restore unknown backup", ("restore", "daily-20200101T000000Z.sqlite3"), code=1),
    Case("restore", ("restore", "{backup}"), start="backed"),
    Case("restore a damaged backup", ("restore", "{backup}"), start="backed_damaged", code=1),
    Case("restore while open", ("restore", "{backup}"), start="open", code=1),
    Case("restore while busy", ("restore", "{backup}"), start="busy", code=1),
    Case("restore from a missing place", ("restore", "--from", "{tmp}/stick"), start="none"),
    Case("restore from an empty place", ("restore", "--from", "{files}"), start="none"),
    Case("sync not set up", ("sync",), code=1),
    Case("sync no folder", ("sync", "{tmp}/nowhere", "--passphrase-file", "{files}/pass.txt"), code=1),
    Case(
        "sync no passphrase file", ("sync", "{tmp}/shared", "--passphrase-file", "{files}/none.txt"), code=1
    ),
    Case("sync empty passphrase", ("sync", "{tmp}/shared", "--passphrase-file", "{files}/empty.txt"), code=1),
    Case("sync passphrase not asked", ("sync", "{tmp}/shared"), code=1),
    Case("sync set up", ("sync", "{tmp}/shared", "--passphrase-file", "{files}/pass.txt")),
    Case(
        "sync wrong passphrase",
        ("sync", "{tmp}/shared", "--passphrase-file", "{files}/wrong.txt"),
        start="synced",
        code=1,
    ),
    Case("sync again", ("sync",), start="synced"),
    Case(
        "sync receives",
        ("sync", "{tmp}/shared", "--passphrase-file", "{files}/pass.txt"),
        start="empty_synced",
    ),
    Case("sync off", ("sync", "--off"), start="synced"),
    Case("sync with a file half copied", ("sync",), start="synced_partly_copied"),
    Case("sync folder not mounted", ("sync",), start="synced_unmounted", code=1),
    Case("sync off, not set up", ("sync", "--off")),
    Case("sync off with folder", ("sync", "--off", "{tmp}/shared"), code=2),
    Case("desktop-entry install", ("desktop-entry", "install")),
    Case("desktop-entry remove", ("desktop-entry", "remove"), start="installed"),
    Case("desktop-entry remove, none", ("desktop-entry", "remove")),
    Case(
        "desktop-entry bad action", ("desktop-entry", "paint"), code=2, typed=("paint", "install", "remove")
    ),
)


def _exchange(records: dict[str, list[dict[str, object]]]) -> dict[str, object]:
    return {"format": "twitch-diary", "version": 1, "babies": [], "sleeps": [], "events": [], **records}


BABY = {"id": "0b8f6d1e-4b9a-4a57-9d59-3f1b2f5f0a01", "name": "Mia", "birth_date": "2026-08-01"}
SLEEP = {
    "id": "5d1e7c2a-0d3e-4f7b-8a6e-2b9c1d4e5f02",
    "baby_id": BABY["id"],
    "start": "2026-09-01T13:00:00+02:00",
    "end": "2026-09-01T14:30:00+02:00",
    "kind": "nap",
}


def _unstamped(record: dict[str, object]) -> dict[str, object]:
    """A version-2 record as version 1 writes it (without its change stamp)."""
    return {key: value for key, value in record.items() if key not in {"changed_at", "changed_by"}}


def _prepare_files(files: Path, exported: Path, noa: dict[str, object]) -> None:
    """The files the cases read: good, broken and refused exchange files, passphrases."""
    files.mkdir()
    shutil.copy(exported, files / "export.json")
    documents: dict[str, object] = {
        "other.json": _exchange({"babies": [BABY], "sleeps": [SLEEP]}),
        "foreign.json": {"format": "spreadsheet", "rows": []},
        "newer.json": {**_exchange({}), "version": 9},
        "bad.json": _exchange(
            {
                "babies": [{**BABY, "birth_date": "2099-01-01", "birth_weight_g": -5}],
                "sleeps": [
                    {**SLEEP, "end": "2026-09-01T12:00:00+02:00"},
                    {
                        **SLEEP,
                        "id": "5d1e7c2a-0d3e-4f7b-8a6e-2b9c1d4e5f03",
                        "baby_id": "nobody",
                        "kind": "siesta",
                    },
                ],
                "events": [
                    {
                        "id": "e7a2b3c4-d5e6-4f70-8192-a3b4c5d6e703",
                        "baby_id": BABY["id"],
                        "sleep_id": "nowhere",
                        "at": "yesterday",
                        "kind": "sneeze",
                    },
                    {
                        "id": "e7a2b3c4-d5e6-4f70-8192-a3b4c5d6e704",
                        "baby_id": BABY["id"],
                        "at": "2026-09-01T13:10:00+02:00",
                        "kind": "twitch",
                        "duration_s": 90000,
                        "body_part": "tail",
                    },
                ],
            }
        ),
        "conflict.json": _exchange({"babies": [{**_unstamped(noa), "name": "Noah"}]}),
        "overlap.json": _exchange(
            {
                "babies": [BABY],
                "sleeps": [
                    SLEEP,
                    {
                        **SLEEP,
                        "id": "5d1e7c2a-0d3e-4f7b-8a6e-2b9c1d4e5f04",
                        "start": "2026-09-01T14:00:00+02:00",
                        "end": "2026-09-01T15:00:00+02:00",
                    },
                ],
            }
        ),
    }
    for name, document in documents.items():
        (files / name).write_text(json.dumps(document), encoding="utf-8")
    (files / "not.json").write_text("{ this is not json", encoding="utf-8")
    (files / "diary.txt").write_text("notes", encoding="utf-8")
    (files / "pass.txt").write_text("correct horse battery staple\n", encoding="utf-8")
    (files / "wrong.txt").write_text("another family's words\n", encoding="utf-8")
    (files / "empty.txt").write_text("", encoding="utf-8")


@dataclass
class World:
    """A filled diary made once, copied for each case, and the prepared files."""

    template: Path
    files: Path
    noa: str


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def _base_env(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in {"TWITCH_DIARY_DATA_DIR"}}
    env.update({"HOME": str(home), "XDG_DATA_HOME": str(home / "share"), "LANG": "C.UTF-8"})
    env.pop("LANGUAGE", None)
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    return env


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """The demo diary (six weeks of Noa) and the files every case may read."""
    root = tmp_path_factory.mktemp("world")
    template = root / "diary"
    with Diary(template) as diary:
        noa = fill_demo_diary(diary, date.today())
    exported = root / "export.json"
    done = _run(["--data-dir", str(template), "export", str(exported)], _base_env(root / "home"))
    assert done.returncode == 0, done.stderr
    document = json.loads(exported.read_text(encoding="utf-8"))
    _prepare_files(root / "files", exported, document["babies"][0])
    return World(template, root / "files", noa.id)


class Starts:
    """Puts the data folder in the state a case starts from; holds any lock while the case runs."""

    def __init__(self, world: World, tmp: Path, env: dict[str, str]) -> None:
        self.world = world
        self.tmp = tmp
        self.data = tmp / "data"
        self.env = env
        self.values = {"data": str(self.data), "files": str(world.files), "tmp": str(tmp), "noa": world.noa}
        self.held: list[DataDirLock] = []

    def filled(self) -> None:
        shutil.copytree(self.world.template, self.data)

    def start(self, name: str) -> None:
        getattr(self, "_" + name)()

    def _none(self) -> None:
        return

    def _empty(self) -> None:
        Diary(self.data).close()

    def _filled(self) -> None:
        self.filled()

    def _damaged(self) -> None:
        self.data.mkdir()
        (self.data / DATABASE_NAME).write_bytes(b"not a diary at all\n" * 300)

    def _newer(self) -> None:
        self.filled()
        import sqlite3

        with sqlite3.connect(self.data / DATABASE_NAME) as connection:
            connection.execute("PRAGMA user_version = 999")

    def _twins(self) -> None:
        self.filled()
        with Diary(self.data) as diary:
            from dataclasses import replace

            from desktop.core.model import new_id

            other = replace(diary.babies.get(self.world.noa), id=new_id())  # type: ignore[arg-type]
            diary.babies.add(other)
        self.values["noa2"] = other.id

    def _backed(self) -> None:
        self.filled()
        from datetime import datetime

        from desktop.store.backup import make_backup

        with Diary(self.data) as diary:
            target = make_backup(diary, datetime.now().astimezone())
        self.values["backup"] = target.name

    def _backed_damaged(self) -> None:
        self._backed()
        (self.data / "backups" / self.values["backup"]).write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)

    def _dangling(self) -> None:
        self.data.mkdir()
        (self.data / DATABASE_NAME).symlink_to(self.tmp / "gone.sqlite3")

    def _foreign(self) -> None:
        self.data.mkdir()
        import sqlite3

        with sqlite3.connect(self.data / DATABASE_NAME) as connection:
            connection.execute("CREATE TABLE recipe (name TEXT)")

    def _open(self) -> None:
        self._backed()
        self._hold("open")

    def _busy(self) -> None:
        self._backed()
        self._hold("import")

    def _hold(self, purpose: str) -> None:
        lock = DataDirLock(self.data, purpose)
        lock.acquire()
        self.held.append(lock)

    def _synced(self) -> None:
        self.filled()
        done = _run(self._sync_args(), self.env)
        assert done.returncode == 0, done.stderr

    def _synced_partly_copied(self) -> None:
        self._synced()
        other = self.tmp / "shared" / "abcdef12"
        other.mkdir()
        (other / "00000001.tdsync").write_bytes(b"TDS1 half of a file")

    def _synced_unmounted(self) -> None:
        self._synced()
        (self.tmp / "shared" / "twitch-diary-sync.json").unlink()

    def _empty_synced(self) -> None:
        self._synced()
        shutil.rmtree(self.data)
        Diary(self.data).close()

    def _sync_args(self) -> list[str]:
        return [
            "--data-dir",
            str(self.data),
            "sync",
            str(self.tmp / "shared"),
            "--passphrase-file",
            str(self.world.files / "pass.txt"),
        ]

    def _installed(self) -> None:
        done = _run(["desktop-entry", "install"], self.env)
        assert done.returncode == 0, done.stderr

    def release(self) -> None:
        for lock in self.held:
            lock.release()


@pytest.fixture
def starts(world: World, tmp_path: Path) -> Iterator[Callable[[str], Starts]]:
    made: list[Starts] = []

    def make(name: str) -> Starts:
        state = Starts(world, tmp_path, _base_env(tmp_path / "home"))
        (tmp_path / "shared").mkdir(exist_ok=True)
        state.start(name)
        made.append(state)
        return state

    yield make
    for state in made:
        state.release()


def _argv(case: Case, state: Starts) -> list[str]:
    args = [arg.format(**state.values) for arg in case.args]
    data = (
        [] if case.name.startswith(("empty data dir", "desktop-entry")) else ["--data-dir", str(state.data)]
    )
    language = [] if "LANG" in case.env else ["--lang", "en-XA"]
    return [*language, *data, *args]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_no_line_is_left_in_english(case: Case, starts: Callable[[str], Starts]) -> None:
    state = starts(case.start)
    done = _run(_argv(case, state), {**state.env, **case.env})
    assert done.returncode == case.code, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    output = done.stdout + done.stderr
    typed = (*case.typed, *state.values.values())
    english = english_lines(output, typed)
    if english:
        print(f"\n[{case.name}]", *english, sep="\n  ")
    assert english == []


# A line of each area in Spanish, as a parent reads it (the pseudo-locale run proves the rest
# goes through the catalogue; tests/language/test_catalog.py that each message has its Spanish).
SPANISH = {
    "help": "--data-dir CARPETA",
    "babies": "NOMBRE NACIMIENTO FECHA PREVISTA EDAD EDAD CORREGIDA ID",
    "unknown language": "no hay ningún idioma 'xx'; elija uno de estos: en, es",
    "merge unknown babies": "Indique los id de dos bebés distintos de este diario",
    "import not JSON": "(archivo): no es JSON válido en la línea 1, columna 3 (se esperaba una clave entre",
    "import overlapping sleeps": "sleeps[1]: se solapa con sleeps[0]; no se importó nada.",
    "export no folder": "no se escribió ningún archivo.",
    "restore unknown backup": "No hay ninguna copia de seguridad llamada 'daily-20200101T000000Z.sqlite3'",
    "babies on a damaged file": "no es una base de datos SQLite",
    "sync set up": "Se recibieron 0 cambios de 0 archivos de 0 dispositivos más.",
    "sync receives": "de 1 archivo de 1 dispositivo más.",
    "sync wrong passphrase": "La contraseña no es la que se usó al configurar esta carpeta compartida",
    "sync off": "La sincronización está desactivada",
    "sync with a file half copied": "1 archivo aún no está completo (¿se sigue copiando?); se leerá",
    "desktop-entry install": "Twitch Diary aparece ahora en el menú de aplicaciones de su escritorio.",
    "desktop-entry remove, none": "No había ninguna entrada de Twitch Diary en el menú que quitar",
}


@pytest.mark.parametrize("name", sorted(SPANISH))
def test_the_lines_read_as_spanish(name: str, starts: Callable[[str], Starts]) -> None:
    case = next(case for case in CASES if case.name == name)
    state = starts(case.start)
    argv = ["es" if word == "en-XA" else word for word in _argv(case, state)]
    done = _run(argv, {**state.env, **{key: "es_ES.UTF-8" for key in case.env}})
    assert done.returncode == case.code
    assert SPANISH[name] in " ".join((done.stdout + done.stderr).split())


def test_a_demo_made_in_spanish_has_spanish_notes(tmp_path: Path) -> None:
    env = _base_env(tmp_path / "home")
    exported = tmp_path / "demo.json"
    done = _run(["--lang", "es", "--demo", "export", str(exported)], env)
    assert done.returncode == 0, done.stderr
    notes = {event["note"] for event in json.loads(exported.read_text(encoding="utf-8"))["events"]} - {""}
    assert "Le tembló la barbilla unos segundos al dormirse y luego se calmó." in notes
    spanish = catalog.messages("es")
    assert notes == {spanish[key] for key in spanish if key[0] == "Demo"}
    # The stored words are the parent's: a demo made in English keeps English notes.
    with Diary(tmp_path / "english") as diary:  # this process speaks English
        fill_demo_diary(diary, date.today())
        assert "Chin trembled for a few seconds as she fell asleep, then settled." in {
            event.note for event in diary.events.all()
        }
