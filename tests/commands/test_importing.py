"""``twitch-diary import FILE.json`` as a user runs it: records added, or one line and nothing changed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.commands.support import (
    BABY_ID,
    GOOD_EXPORT,
    PROJECT_ROOT,
    Cli,
    one_line_error,
    snapshot,
    write_json,
)


@pytest.mark.slow
def test_import_then_list_babies(cli: Cli, tmp_path: Path) -> None:
    export = write_json(tmp_path / "a.json", GOOD_EXPORT)

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
    before = snapshot(cli.data_dir)
    bad = tmp_path / f"{problem}.json"
    bad.write_text(content, encoding="utf-8")

    message = one_line_error(cli.run("import", str(bad)))

    assert expected in message
    assert "nothing was imported" in message
    assert snapshot(cli.data_dir) == before
    assert json.loads(cli.run("babies", "--json").stdout) == []


@pytest.mark.slow
def test_a_refused_first_import_leaves_no_diary_behind(cli: Cli, tmp_path: Path) -> None:
    bad = write_json(tmp_path / "newer.json", {"format": "twitch-diary", "version": 3})
    message = one_line_error(cli.run("import", str(bad)))
    assert "nothing was imported" in message
    assert not cli.data_dir.exists()  # no empty diary was created for the refused file


@pytest.mark.slow
def test_import_of_a_missing_file(cli: Cli, tmp_path: Path) -> None:
    message = one_line_error(cli.run("import", str(tmp_path / "nowhere.json")))
    assert "no such file" in message
    assert "nothing was changed" in message


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
