"""The guidance command: JSON exactly as design.md §5 says, readable text, and clear errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from desktop.commands.guidance import run_guidance
from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.diary import Diary

AS_OF = date(2026, 11, 20)
TZ = timezone(timedelta(hours=1))


def _fill(diary: Diary, baby: Baby, *, pause: bool) -> dict[str, str]:
    """Ordinary naps over a week, a rhythmic run of taps, and optionally a breathing pause."""
    ids: dict[str, str] = {}
    for back in range(7):
        start = datetime.combine(AS_OF - timedelta(days=back), time(13), tzinfo=TZ)
        nap = Sleep(new_id(), baby.id, start, start + timedelta(hours=1, minutes=30))
        diary.sleeps.add(nap)
        taps = [
            Event(new_id(), baby.id, nap.id, start + timedelta(minutes=5 + 7 * i), "twitch", body_part="hand")
            for i in range(4)
        ]
        diary.events.add_many(taps)
        ids[f"nap{back}"] = nap.id
    run_start = datetime.combine(AS_OF, time(13, 50), tzinfo=TZ)
    run = [
        Event(new_id(), baby.id, ids["nap0"], run_start + timedelta(seconds=i), "twitch", body_part="foot")
        for i in range(10)
    ]
    diary.events.add_many(run)
    ids["run_first"] = run[0].id
    if pause:
        sign = Event(
            new_id(), baby.id, ids["nap1"], datetime.combine(AS_OF - timedelta(days=1), time(14), tzinfo=TZ),
            "sign", signs=frozenset({"breathing_pause"}),
        )  # fmt: skip
        diary.events.add(sign)
        ids["sign"] = sign.id
    return ids


@pytest.fixture
def filled(diary: Diary, baby: Baby) -> dict[str, str]:
    """Mia's diary with a breathing pause the day before AS_OF, closed so a subprocess may open it."""
    ids = _fill(diary, baby, pause=True)
    diary.close()
    return ids


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "guidance", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
    )


@pytest.mark.slow
def test_json_through_the_real_command_line(data_dir: Path, baby: Baby, filled: dict[str, str]) -> None:
    done = _run(data_dir, "--baby", "Mia", "--as-of", AS_OF.isoformat(), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) == {"baby_id", "as_of", "findings"}
    assert result["baby_id"] == baby.id
    assert result["as_of"] == "2026-11-20"
    rules = [(f["rule"], f["severity"]) for f in result["findings"]]
    assert rules == [("emergency_signs", "emergency"), ("rhythmic", "checkup")]
    for finding in result["findings"]:
        assert set(finding) == {"rule", "severity", "title", "message", "evidence", "source"}
        assert set(finding["evidence"]) == {"sleep_ids", "event_ids"}
        assert finding["title"] and finding["message"] and finding["source"]
    emergency, rhythmic = result["findings"]
    assert emergency["evidence"] == {"sleep_ids": [filled["nap1"]], "event_ids": [filled["sign"]]}
    assert rhythmic["evidence"]["sleep_ids"] == [filled["nap0"]]
    assert rhythmic["evidence"]["event_ids"][0] == filled["run_first"]
    assert len(rhythmic["evidence"]["event_ids"]) == 10


@pytest.mark.slow
def test_as_of_before_the_pause_leaves_it_out(data_dir: Path, filled: dict[str, str]) -> None:
    done = _run(data_dir, "--baby", "mia", "--as-of", "2026-11-18", "--json")
    assert done.returncode == 0, done.stderr
    assert [f["rule"] for f in json.loads(done.stdout)["findings"]] == ["typical"]


@pytest.mark.slow
def test_unknown_baby_is_one_line_on_stderr(data_dir: Path, filled: dict[str, str]) -> None:
    done = _run(data_dir, "--baby", "Noah", "--json")
    assert done.returncode == 1
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Noah" in done.stderr


def test_text_form_groups_by_severity_with_what_to_do_and_source(
    data_dir: Path, baby: Baby, filled: dict[str, str]
) -> None:
    out = io.StringIO()
    assert run_guidance(data_dir, "Mia", AS_OF, as_json=False, out=out) == 0
    text = out.getvalue()
    assert "does not diagnose" in text
    assert text.index("== Get help now ==") < text.index("== Bring up at the next checkup ==")
    assert "What to do:" in text
    assert "Source: Tieder JS et al." in text
    assert "Contact your pediatrician soon" not in text  # no doctor finding, so no such group


def test_too_little_to_judge(data_dir: Path, baby: Baby, filled: dict[str, str]) -> None:
    out = io.StringIO()
    assert run_guidance(data_dir, baby.id, date(2027, 3, 1), as_json=False, out=out) == 0
    assert "Too little logged to judge" in out.getvalue()
    out = io.StringIO()
    assert run_guidance(data_dir, baby.id, date(2027, 3, 1), as_json=True, out=out) == 0
    assert json.loads(out.getvalue())["findings"] == []


def test_typical_text_gives_the_facts_about_sleep_twitching(diary: Diary, baby: Baby) -> None:
    _fill(diary, baby, pause=False)
    diary.close()
    out = io.StringIO()
    assert run_guidance(diary.data_dir, "Mia", AS_OF - timedelta(days=1), as_json=False, out=out) == 0
    text = out.getvalue()
    assert "No warning sign in the sleep twitching you logged" in text
    assert "50–90 %" in text


def test_unknown_baby_in_process(
    data_dir: Path, filled: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_guidance(data_dir, "Noah", None, as_json=True) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("twitch-diary: ")
    assert captured.err.count("\n") == 1
