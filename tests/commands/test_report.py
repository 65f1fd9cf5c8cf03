"""``twitch-diary report`` as a user runs it: a separate process, no display, one line on failure."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from tests.report.diary_data import fill_weeks
from tests.report.pdf_text import all_words, page_size_mm, page_words

from desktop.core.model import Baby, new_id
from desktop.report.content import days_text, report_days
from desktop.store.diary import Diary

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def run_cli(*args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m desktop`` headless: no display and no Qt platform chosen for it."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra_env)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A diary with Mia's four weeks ending yesterday, so the default period covers them."""
    folder = tmp_path_factory.mktemp("cli") / "data"
    with Diary(folder) as diary:
        baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1), due_date=date(2026, 8, 5))
        diary.babies.add(baby)
        fill_weeks(diary, baby, date.today() - timedelta(days=1))
    return folder


def test_report_with_the_default_period(data_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "mia.pdf"
    result = run_cli("--data-dir", str(data_dir), "report", "--baby", "Mia", "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert str(output) in result.stdout
    pages = page_words(output)
    assert 2 <= len(pages) <= 4
    assert days_text(report_days(None, None, date.today())) in pages[0]
    assert "Mia" in pages[0]


def test_us_letter_paper_and_a_quiet_stderr_in_a_plain_c_locale(data_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "letter.pdf"
    result = run_cli(
        "--data-dir", str(data_dir), "report", "--baby", "Mia", "-o", str(output),
        LANG="en_US", LC_CTYPE="C", LC_ALL="",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # Qt's locale warning is not shown to the user
    assert page_size_mm(output) == pytest.approx((215.9, 279.4), abs=0.5)


def test_report_for_a_chosen_period(data_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "week.pdf"
    last = date.today() - timedelta(days=2)
    first = last - timedelta(days=6)
    result = run_cli(
        "--data-dir", str(data_dir), "report", "--baby", "mia", "-o", str(output),
        "--from", first.isoformat(), "--to", last.isoformat(),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert days_text(report_days(first, last, last)) in all_words(output)
    assert "This period compared with the 7 days before" in all_words(output)


def test_a_period_with_nothing_logged(data_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "empty.pdf"
    result = run_cli(
        "--data-dir", str(data_dir), "report", "--baby", "Mia", "-o", str(output),
        "--from", "2026-08-01", "--to", "2026-08-28",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "(1 page)" in result.stdout
    (page,) = page_words(output)
    assert "Nothing logged in this period." in page


def test_unknown_baby_fails_with_one_line(data_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "nobody.pdf"
    result = run_cli("--data-dir", str(data_dir), "report", "--baby", "Noah", "-o", str(output))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "Noah" in result.stderr
    assert "Traceback" not in result.stderr
    assert not output.exists()


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("missing-folder/out.pdf", "does not exist"),
        ("a-file/out.pdf", "does not exist"),
        ("a-folder.pdf", "is a folder"),
    ],
)
def test_unwritable_output_fails_with_one_line(
    data_dir: Path, tmp_path: Path, where: str, reason: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "a-folder.pdf").mkdir()
    result = run_cli("--data-dir", str(data_dir), "report", "--baby", "Mia", "-o", str(tmp_path / where))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert reason in result.stderr
    assert "nothing was written" in result.stderr
    assert (tmp_path / "a-file").read_text() == "not a folder"


def test_from_after_to_is_a_usage_error(data_dir: Path, tmp_path: Path) -> None:
    result = run_cli(
        "--data-dir", str(data_dir), "report", "--baby", "Mia", "-o", str(tmp_path / "x.pdf"),
        "--from", "2026-11-10", "--to", "2026-11-01",
    )  # fmt: skip
    assert result.returncode == 2
    assert not (tmp_path / "x.pdf").exists()


def test_the_command_line_loads_neither_qt_nor_matplotlib_before_the_report_runs() -> None:
    code = (
        "import sys, desktop.cli, desktop.commands.report;"
        "print(sorted(m for m in ('PySide6', 'matplotlib') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_report_itself_needs_no_widgets() -> None:
    code = (
        "import sys, desktop.report.output, desktop.report.figures, desktop.report.build;"
        "print('PySide6.QtWidgets' in sys.modules, 'matplotlib.pyplot' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True, text=True
    )
    assert result.stdout.strip() == "False False"
