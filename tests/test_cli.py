"""The command line as a user runs it: real processes, real files, exit codes and one-line messages."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.store.connection import DATABASE_NAME
from desktop.store.lock import LOCK_NAME

PROJECT_ROOT = Path(__file__).resolve().parents[1]
BABY_ID = "0b8f6d1e-4b9a-4a57-9d59-3f1b2f5f0a01"
SLEEP_ID = "5d1e7c2a-0d3e-4f7b-8a6e-2b9c1d4e5f02"

# A small exchange file written by hand: every field of the first event, defaults left out of the second.
GOOD_EXPORT: dict[str, Any] = {
    "format": "twitch-diary",
    "version": 1,
    "babies": [
        {
            "id": BABY_ID,
            "name": "Mia",
            "birth_date": "2026-08-01",
            "due_date": "2026-08-20",
            "birth_weight_g": 3100,
            "family_history": ["epilepsy"],
            "note": "",
        }
    ],
    "sleeps": [
        {
            "id": SLEEP_ID,
            "baby_id": BABY_ID,
            "start": "2026-09-01T13:00:00+02:00",
            "end": "2026-09-01T14:30:00+02:00",
            "kind": "nap",
            "note": "",
        }
    ],
    "events": [
        {
            "id": "e7a2b3c4-d5e6-4f70-8192-a3b4c5d6e703",
            "baby_id": BABY_ID,
            "sleep_id": SLEEP_ID,
            "at": "2026-09-01T13:05:12.250+02:00",
            "kind": "twitch",
            "body_part": "hand",
            "side": "left",
            "state": "asleep",
            "duration_s": None,
            "woke_baby": False,
            "rhythmic": None,
            "stopped_on_waking": None,
            "signs": [],
            "video": None,
            "note": "",
        },
        {
            "id": "f8b3c4d5-e6f7-4081-9203-b4c5d6e7f804",
            "baby_id": BABY_ID,
            "sleep_id": SLEEP_ID,
            "at": "2026-09-01T13:20:00+02:00",
            "kind": "episode",
            "duration_s": 35.5,
            "rhythmic": True,
            "stopped_on_waking": "yes",
            "note": "arms, both sides",
        },
    ],
}


class Cli:
    """Runs ``python -m desktop`` in a fresh process with its own home for data."""

    def __init__(self, tmp_path: Path) -> None:
        self.data_dir = tmp_path / "data"
        self.env = {key: value for key, value in os.environ.items() if key != "TWITCH_DIARY_DATA_DIR"}
        self.env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
        self.env["HOME"] = str(tmp_path / "home")

    def run(self, *args: str, data_dir: bool = True, **env: str) -> subprocess.CompletedProcess[str]:
        """Run the program; ``--data-dir`` is added unless ``data_dir`` is False."""
        argv = [sys.executable, "-m", "desktop"]
        if data_dir:
            argv += ["--data-dir", str(self.data_dir)]
        return subprocess.run(
            [*argv, *args],
            cwd=PROJECT_ROOT,
            env={**self.env, **env},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """The program, with a data directory that does not exist yet."""
    return Cli(tmp_path)


def _write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _one_line_error(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    """The single stderr line of a failed run."""
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def _usage_error(result: subprocess.CompletedProcess[str]) -> str:
    """The message line of a usage error (exit 2): the problem first, then the usage."""
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    first, *rest = result.stderr.strip().splitlines()
    assert rest and rest[0].startswith("usage: twitch-diary"), result.stderr
    return first


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes but the lock file's (it holds only who last took the folder's lock)."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file() and path.name != LOCK_NAME
    }


def _records(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every record of an exchange document by id."""
    return {record["id"]: record for key in ("babies", "sleeps", "events") for record in document[key]}


@pytest.mark.slow
def test_babies_in_a_new_diary(cli: Cli) -> None:
    result = cli.run("babies")
    assert result.returncode == 0, result.stderr
    assert "No babies" in result.stdout
    assert json.loads(cli.run("babies", "--json").stdout) == []


@pytest.mark.slow
def test_import_then_list_babies(cli: Cli, tmp_path: Path) -> None:
    export = _write_json(tmp_path / "a.json", GOOD_EXPORT)

    imported = cli.run("import", str(export))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "Imported 1 baby, 1 sleep and 2 events."

    again = cli.run("import", str(export))
    assert again.returncode == 0, again.stderr
    assert "Nothing new to import" in again.stdout

    table = cli.run("babies")
    assert table.returncode == 0
    header, row = table.stdout.strip().splitlines()
    assert header.split()[:4] == ["NAME", "BORN", "DUE", "AGE"]
    assert row.startswith("Mia ")
    assert "2026-08-01" in row and BABY_ID in row
    assert header.index("ID") == row.index(BABY_ID), "the table's columns line up"

    (baby,) = json.loads(cli.run("babies", "--json").stdout)
    assert {key: baby[key] for key in GOOD_EXPORT["babies"][0]} == GOOD_EXPORT["babies"][0]
    assert baby["gestational_age_at_birth_days"] == 280 - 19
    assert baby["preterm"] is False
    assert baby["chronological_age_weeks"] == baby["chronological_age_days"] // 7
    assert baby["corrected_age_days"] == baby["chronological_age_days"] - 19


@pytest.mark.slow
def test_import_then_export_reproduces_every_record(cli: Cli, tmp_path: Path) -> None:
    assert cli.run("import", str(_write_json(tmp_path / "a.json", GOOD_EXPORT))).returncode == 0

    result = cli.run("export", str(tmp_path / "b.json"))
    assert result.returncode == 0, result.stderr
    assert "1 baby, 1 sleep and 2 events" in result.stdout
    assert "share it only with people you trust" in result.stderr

    exported = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    # Version 2 by default (design.md section 7): each record also says who changed it when.
    assert (exported["format"], exported["version"]) == ("twitch-diary", 2)
    assert exported["deleted"] == []
    records = _records(exported)
    assert all({"changed_at", "changed_by"} <= record.keys() for record in records.values())
    assert records.keys() == _records(GOOD_EXPORT).keys()
    for record_id, original in _records(GOOD_EXPORT).items():
        # Every field given comes back exactly as written (times with the same offset and precision).
        assert {key: records[record_id][key] for key in original} == original
    left_out = records["f8b3c4d5-e6f7-4081-9203-b4c5d6e7f804"]
    assert (left_out["body_part"], left_out["side"], left_out["state"]) == ("unknown", "unknown", "asleep")
    assert (left_out["woke_baby"], left_out["signs"], left_out["video"]) == (False, [], None)


@pytest.mark.slow
def test_export_format_version_1_writes_what_the_first_release_reads(cli: Cli, tmp_path: Path) -> None:
    assert cli.run("import", str(_write_json(tmp_path / "a.json", GOOD_EXPORT))).returncode == 0
    result = cli.run("export", str(tmp_path / "b.json"), "--format-version", "1")
    assert result.returncode == 0, result.stderr
    exported = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert list(exported) == ["format", "version", "babies", "sleeps", "events"]
    assert exported["version"] == 1
    assert _records(exported) == {
        record_id: {**record, **{k: v for k, v in _records(exported)[record_id].items() if k not in record}}
        for record_id, record in _records(GOOD_EXPORT).items()
    }
    assert cli.run("export", str(tmp_path / "c.json"), "--format-version", "3").returncode == 2


@pytest.mark.slow
def test_demo_diary_survives_export_import_export(cli: Cli, tmp_path: Path) -> None:
    """A whole diary (the demo's thousands of taps) goes through the exchange format losslessly."""
    demo = cli.run("--demo", "export", str(tmp_path / "first.json"), data_dir=False)
    assert demo.returncode == 0, demo.stderr
    copy = Cli(tmp_path / "copy")
    assert copy.run("import", str(tmp_path / "first.json")).returncode == 0
    assert copy.run("export", str(tmp_path / "second.json")).returncode == 0
    first = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    second = json.loads((tmp_path / "second.json").read_text(encoding="utf-8"))
    assert len(first["events"]) > 1000
    assert second == first


@pytest.mark.slow
def test_export_csv_for_one_baby(cli: Cli, tmp_path: Path) -> None:
    cli.run("import", str(_write_json(tmp_path / "a.json", GOOD_EXPORT)))
    result = cli.run("export", str(tmp_path / "mia.csv"), "--baby", "mia")
    assert result.returncode == 0, result.stderr
    assert "share it only with people you trust" in result.stderr
    with (tmp_path / "mia.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["kind"] for row in rows] == ["twitch", "episode"]
    assert {row["baby_name"] for row in rows} == {"Mia"}


def test_export_sleeps_csv_one_row_per_sleep(cli: Cli, tmp_path: Path) -> None:
    cli.run("import", str(_write_json(tmp_path / "a.json", GOOD_EXPORT)))
    result = cli.run("export", str(tmp_path / "sleeps.csv"), "--table", "sleeps", "--baby", "mia")
    assert result.returncode == 0, result.stderr
    assert "one row per sleep" in result.stdout
    with (tmp_path / "sleeps.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {row["baby_name"] for row in rows} == {"Mia"}
    assert all(row["twitches_per_hour"] != "" or row["length_min"] == "" for row in rows)


def test_export_table_is_for_csv_only(cli: Cli, tmp_path: Path) -> None:
    message = _usage_error(cli.run("export", str(tmp_path / "a.json"), "--table", "sleeps"))
    assert "--table is for a CSV export only" in message
    assert not (tmp_path / "a.json").exists()
    assert "invalid choice" in _usage_error(cli.run("export", str(tmp_path / "a.csv"), "--table", "naps"))


@pytest.mark.slow
def test_export_unknown_baby_fails_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    cli.run("import", str(_write_json(tmp_path / "a.json", GOOD_EXPORT)))
    message = _one_line_error(cli.run("export", str(tmp_path / "b.json"), "--baby", "Noa"))
    assert "No baby called 'Noa'" in message
    assert not (tmp_path / "b.json").exists()


@pytest.mark.parametrize(
    ("problem", "content", "expected"),
    [
        ("not-json", "{'format': 'twitch-diary'", "not valid JSON"),
        ("wrong-format", json.dumps({"format": "other", "version": 1}), "format"),
        (
            "bad-date",
            json.dumps({**GOOD_EXPORT, "babies": [{**GOOD_EXPORT["babies"][0], "birth_date": "2026-13-01"}]}),
            "babies[0].birth_date",
        ),
        (
            "event-outside-sleep",
            json.dumps(
                {**GOOD_EXPORT, "events": [{**GOOD_EXPORT["events"][0], "at": "2026-09-01T16:00:00+02:00"}]}
            ),
            "events[0]",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 30 else "",
)
@pytest.mark.slow
def test_bad_import_changes_nothing(
    cli: Cli, tmp_path: Path, problem: str, content: str, expected: str
) -> None:
    cli.run("babies")  # the diary exists, empty
    before = _snapshot(cli.data_dir)
    bad = tmp_path / f"{problem}.json"
    bad.write_text(content, encoding="utf-8")

    message = _one_line_error(cli.run("import", str(bad)))

    assert expected in message
    assert "nothing was imported" in message
    assert _snapshot(cli.data_dir) == before
    assert json.loads(cli.run("babies", "--json").stdout) == []


@pytest.mark.slow
def test_a_refused_first_import_leaves_no_diary_behind(cli: Cli, tmp_path: Path) -> None:
    bad = _write_json(tmp_path / "newer.json", {"format": "twitch-diary", "version": 3})
    message = _one_line_error(cli.run("import", str(bad)))
    assert "nothing was imported" in message
    assert not cli.data_dir.exists()  # no empty diary was created for the refused file


@pytest.mark.slow
def test_import_of_a_missing_file(cli: Cli, tmp_path: Path) -> None:
    message = _one_line_error(cli.run("import", str(tmp_path / "nowhere.json")))
    assert "no such file" in message
    assert "nothing was changed" in message


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("import", "diary.csv"), "must be a .json file"),
        (("export", "diary.xlsx"), "must be a .json or .csv file"),
        (("report", "--baby", "Mia", "-o", "report.docx"), "must be a .pdf file"),
        (
            ("guidance", "--baby", "Mia", "--as-of", "2026-13-01"),
            "'2026-13-01' is not a date; write it as YYYY-MM-DD",
        ),
        (
            ("report", "--baby", "Mia", "-o", "r.pdf", "--from", "2026-10-01", "--to", "2026-09-01"),
            "--from must not be after --to",
        ),
        # Fail without the fix: an OverflowError traceback, or the foreign digits read as a date.
        (("guidance", "--baby", "Mia", "--as-of", "0001-01-01"), "outside the dates a diary can hold"),
        (("guidance", "--baby", "Mia", "--as-of", "9999-12-31"), "outside the dates a diary can hold"),
        (
            ("report", "--baby", "Mia", "-o", "r.pdf", "--to", "9999-12-31"),
            "outside the dates a diary can hold",
        ),
        (("guidance", "--baby", "Mia", "--as-of", "٢٠٢٦-٠١-٠١"), "is not a date; write it as YYYY-MM-DD"),
        (("--data-dir", "", "babies"), "--data-dir needs a folder"),
        (("guidance",), "--baby"),
        (("frobnicate",), "invalid choice: 'frobnicate'"),
        (("export",), "FILE.json|FILE.csv"),
    ],
)
@pytest.mark.slow
def test_usage_errors_exit_2_with_one_clear_line(cli: Cli, args: tuple[str, ...], expected: str) -> None:
    message = _usage_error(cli.run(*args))
    assert message.startswith("twitch-diary")
    assert expected in message
    assert not cli.data_dir.exists(), "a usage error touches no diary"


@pytest.mark.parametrize(
    "args",
    [("babies",), ("import", "a.json"), ("export", "b.json"), ("guidance", "--baby", "Mia")],
)
@pytest.mark.slow
def test_damaged_diary_is_refused_and_left_unchanged(cli: Cli, tmp_path: Path, args: tuple[str, ...]) -> None:
    _write_json(tmp_path / "a.json", GOOD_EXPORT)
    cli.data_dir.mkdir()
    (cli.data_dir / DATABASE_NAME).write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    before = _snapshot(cli.data_dir)

    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(cli.data_dir), *args],
        cwd=tmp_path,
        env={**cli.env, "PYTHONPATH": str(PROJECT_ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    message = _one_line_error(result)
    assert "not a readable Twitch Diary file" in message
    assert "left unchanged" in message
    assert _snapshot(cli.data_dir) == before
    assert not (tmp_path / "b.json").exists()


@pytest.mark.slow
def test_data_dir_flag_over_environment_over_default(cli: Cli, tmp_path: Path) -> None:
    from_env = tmp_path / "from-env"
    assert cli.run("babies", data_dir=False, TWITCH_DIARY_DATA_DIR=str(from_env)).returncode == 0
    assert (from_env / DATABASE_NAME).is_file()

    assert cli.run("babies", TWITCH_DIARY_DATA_DIR=str(tmp_path / "unused")).returncode == 0
    assert (cli.data_dir / DATABASE_NAME).is_file()
    assert not (tmp_path / "unused").exists()

    assert cli.run("babies", data_dir=False).returncode == 0
    assert (tmp_path / "xdg" / "twitch-diary" / DATABASE_NAME).is_file()


@pytest.mark.slow
def test_demo_uses_its_own_folder_never_the_users_diary(cli: Cli, tmp_path: Path) -> None:
    users_diary = tmp_path / "my-diary"
    first = cli.run("--demo", "babies", "--json", data_dir=False, TWITCH_DIARY_DATA_DIR=str(users_diary))
    assert first.returncode == 0, first.stderr
    (noa,) = json.loads(first.stdout)
    assert noa["name"] == "Noa"
    assert noa["chronological_age_weeks"] == 10
    assert not users_diary.exists()
    assert (tmp_path / "xdg" / "twitch-diary-demo" / DATABASE_NAME).is_file()

    second = cli.run("--demo", "babies", "--json", data_dir=False)
    assert json.loads(second.stdout) == [noa], "the demo is filled once, then kept"


@pytest.mark.slow
def test_demo_never_writes_into_a_diary_named_with_data_dir(cli: Cli, tmp_path: Path) -> None:
    # Fails without the fix: "--demo --data-dir OWN" filled OWN with the demo baby.
    cli.run("import", str(_write_json(tmp_path / "a.json", GOOD_EXPORT)))
    before = _snapshot(cli.data_dir)
    empty = tmp_path / "empty"
    for folder in (cli.data_dir, empty):
        result = cli.run("--data-dir", str(folder), "--demo", "babies", "--json", data_dir=False)
        assert result.returncode == 2
        assert "--demo uses its own demo diary" in result.stderr.splitlines()[0]
    assert _snapshot(cli.data_dir) == before
    assert not empty.exists()
    assert [baby["name"] for baby in json.loads(cli.run("babies", "--json").stdout)] == ["Mia"]


@pytest.mark.slow
def test_demo_guidance_is_calm(cli: Cli) -> None:
    result = cli.run("--demo", "guidance", "--baby", "Noa", "--json", data_dir=False)
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert findings, "six weeks of data is enough to judge"
    assert {finding["severity"] for finding in findings} <= {"checkup", "info"}


@pytest.mark.slow
def test_restore_lists_backups(cli: Cli) -> None:
    cli.run("babies")
    result = cli.run("restore")
    assert result.returncode == 0, result.stderr
    assert str(cli.data_dir) in result.stdout


@pytest.mark.slow
def test_version_and_help(cli: Cli) -> None:
    version = cli.run("--version", data_dir=False)
    assert version.returncode == 0
    assert version.stdout.startswith("twitch-diary ")
    helped = cli.run("--help", data_dir=False)
    assert helped.returncode == 0
    for command in ("babies", "import", "export", "guidance", "report", "restore"):
        assert command in helped.stdout


@pytest.mark.slow
def test_commands_load_neither_qt_nor_matplotlib(cli: Cli) -> None:
    """``import desktop.cli`` and the headless commands stay light: no PySide6, no matplotlib."""
    code = (
        "import sys\n"
        "from desktop.app import main\n"
        "heavy = [m for m in ('PySide6', 'matplotlib') if m in sys.modules]\n"
        f"code = main(['--data-dir', {str(cli.data_dir)!r}, 'babies', '--json'])\n"
        "heavy += [m for m in ('PySide6', 'matplotlib') if m in sys.modules]\n"
        "print(code, heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_ROOT,
        env=cli.env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stderr


@pytest.mark.slow
def test_no_command_opens_the_window_on_the_demo_diary(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``twitch-diary --demo`` fills the demo folder, then the real window opens on Noa."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import main as run

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("TWITCH_DIARY_DATA_DIR", str(tmp_path / "my-diary"))
    shown: list[str] = []

    def look_and_close() -> None:
        # Runs once the event loop started: the window is up; note whose diary it shows, close it.
        for widget in QApplication.topLevelWidgets():
            baby = getattr(widget, "baby", None)
            if widget.isVisible() and baby is not None:
                shown.append(baby.name)
                widget.close()  # the last window closed ends the event loop, as for the parent
        if not shown:
            qapp.quit()  # no window: end the loop anyway, the assertions below say what went wrong

    QTimer.singleShot(0, look_and_close)
    code = run(["--demo"])
    assert code == 0
    assert shown == ["Noa"]
    assert (tmp_path / "xdg" / "twitch-diary-demo" / DATABASE_NAME).is_file()
    assert not (tmp_path / "my-diary").exists()


@pytest.mark.slow
def test_damaged_demo_diary_is_left_for_the_windows_recovery_dialog(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window explains a damaged file (and offers a backup); the demo filler does not write to it."""
    from desktop.app import main as run
    from desktop.ui.recovery_dialog import RecoveryDialog

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    demo_dir = tmp_path / "xdg" / "twitch-diary-demo"
    demo_dir.mkdir(parents=True)
    (demo_dir / DATABASE_NAME).write_bytes(b"not a diary")
    asked: list[str] = []

    def ask(error: Exception, latest: object, parent: object = None) -> bool:
        asked.append(str(error))
        return False  # the parent declines: nothing is restored, the app ends

    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, *args: ask(*args)))

    assert run(["--demo"]) == 1
    assert len(asked) == 1 and "not an SQLite database" in asked[0]
    assert (demo_dir / DATABASE_NAME).read_bytes() == b"not a diary"


@pytest.mark.slow
def test_an_import_too_big_for_the_memory_is_one_line_and_leaves_no_diary(tmp_path: Path) -> None:
    # Fails without the fix: a MemoryError traceback, and an empty diary left behind.
    import resource

    event = json.dumps(
        {"id": "x" * 36, "baby_id": "y" * 36, "at": "2026-09-01T12:00:00+02:00", "kind": "twitch"}
    )
    big = tmp_path / "big.json"
    with big.open("w", encoding="utf-8") as handle:
        handle.write('{"format": "twitch-diary", "version": 1, "babies": [], "sleeps": [], "events": [')
        handle.write(",".join([event] * 400_000))  # about 45 MB of text, several times that as objects
        handle.write("]}")
    limit = 250 * 1024**2  # bytes of address space for the command: ample to start, too little for this

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    data_dir = tmp_path / "new"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "import", str(big)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        preexec_fn=limited,
    )
    assert result.returncode == 1, result.stderr
    (line,) = result.stderr.splitlines()
    assert "too large" in line and "nothing was changed" in line
    assert not data_dir.exists()
