"""What the command tests share: a hand-written exchange file, the program run in a fresh process,
and the checks of a failed run (one line, exit 1) and of a usage error (exit 2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from desktop.store.lock import LOCK_NAME

PROJECT_ROOT = Path(__file__).resolve().parents[2]
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


def write_json(path: Path, data: object) -> Path:
    """Write ``data`` as JSON to ``path``; return ``path``."""
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def one_line_error(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    """The single stderr line of a failed run."""
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def usage_error(result: subprocess.CompletedProcess[str]) -> str:
    """The message line of a usage error (exit 2): the problem first, then the usage."""
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    first, *rest = result.stderr.strip().splitlines()
    assert rest and rest[0].startswith("usage: twitch-diary"), result.stderr
    return first


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes but the lock file's (it holds only who last took the folder's lock)."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file() and path.name != LOCK_NAME
    }


def records_by_id(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every record of an exchange document by id."""
    return {record["id"]: record for key in ("babies", "sleeps", "events") for record in document[key]}
