"""User text printed by a command is escaped: a name's escape sequences and newlines are shown, not obeyed."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.terminal_text import terminal_safe

ROOT = Path(__file__).resolve().parents[2]
EVIL = "Mia\x1b]0;pwned\x07\x1b[2J\nFAKE: all fine\r\u202eevil"
# Bytes of address space for each command: ample for the report, fatal for a runaway. A test that
# renders hostile text runs its child under a limit (an earlier one without it OOM-killed the machine).
MEMORY_LIMIT = 2 * 1024**3


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Mia", "Mia"),
        ("Zoë 李 🌙", "Zoë 李 🌙"),
        ("a\nb", "a\\nb"),
        ("a\tb\r", "a\\tb\\r"),
        ("\x1b[2J", "\\x1b[2J"),
        ("\x07", "\\x07"),
        ("\u202eabc", "\\u202eabc"),
        ("\u2028", "\\u2028"),
        ("👨\u200d👩", "👨\u200d👩"),  # a joined emoji stays as it is
    ],
)
def test_terminal_safe(text: str, shown: str) -> None:
    assert terminal_safe(text) == shown


@given(st.text())
def test_nothing_a_terminal_obeys_is_left(text: str) -> None:
    safe = terminal_safe(text)
    assert not any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in safe)
    assert terminal_safe(safe) == safe  # escaping twice adds nothing new


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HOME": str(data_dir.parent)},
        preexec_fn=_limited,
    )


@pytest.mark.slow
def test_babies_guidance_and_report_print_a_hostile_name_escaped(tmp_path: Path) -> None:
    # Fails without the fix: the escape sequences and the newline reached the terminal raw.
    document = {
        "format": "twitch-diary",
        "version": 1,
        "babies": [{"id": "00000000-0000-4000-8000-000000000001", "name": EVIL, "birth_date": "2026-08-01"}],
        "sleeps": [],
        "events": [],
    }
    source = tmp_path / "evil.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    data_dir = tmp_path / "data"
    assert _cli(data_dir, "import", str(source)).returncode == 0
    outputs = {
        "babies": _cli(data_dir, "babies"),
        "guidance": _cli(data_dir, "guidance", "--baby", "00000000-0000-4000-8000-000000000001"),
        "report": _cli(data_dir, "report", "--baby", "00000000-0000-4000-8000-000000000001", "-o",
                       str(tmp_path / "r.pdf")),
        "not found": _cli(data_dir, "guidance", "--baby", "Mia\x1b[2J"),
    }  # fmt: skip
    for command, result in outputs.items():
        printed = result.stdout + result.stderr
        assert "\x1b" not in printed and "\x07" not in printed and "\r" not in printed, command
        assert "\u202e" not in printed, command
        assert "\nFAKE" not in printed, command
    assert "Mia\\x1b]0;pwned\\x07\\x1b[2J\\nFAKE" in outputs["babies"].stdout
    assert outputs["guidance"].returncode == 0 and "Mia\\x1b" in outputs["guidance"].stdout
    assert outputs["report"].returncode == 0, outputs["report"].stderr
    assert "Mia\\x1b" in outputs["report"].stdout
