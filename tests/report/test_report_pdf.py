"""The checkup PDF read back with pypdf: what a pediatrician must find in it, on two to four pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication
from tests.report.conftest import LAST_DAY
from tests.report.diary_data import Notable, fill_weeks
from tests.report.pdf_text import all_words, page_size_mm, page_words

from desktop.core.guidance import Finding
from desktop.core.model import Baby, Event, new_id
from desktop.guidance.diary_input import findings_for
from desktop.guidance.wording import finding_text
from desktop.report.build import build_content, gather
from desktop.report.content import DEFAULT_PERIOD_DAYS, days_text, report_days
from desktop.report.figures import report_charts
from desktop.report.output import locale_page_size, write_pdf
from desktop.store.diary import Diary

PERIOD = report_days(None, LAST_DAY, LAST_DAY)


def make_pdf(diary: Diary, baby: Baby, path: Path, first: date | None = None, last: date = LAST_DAY) -> int:
    """Gather, build and write the report as the command does; the page count."""
    days = report_days(first, last, LAST_DAY)
    return write_pdf(build_content(gather(diary, baby, days), charts=report_charts), path)


@dataclass(frozen=True)
class MiaReport:
    """Mia's four-week report as a PDF, with the diary records it was made from."""

    path: Path
    notable: Notable
    findings: list[Finding]


@pytest.fixture(scope="module")
def mia(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> MiaReport:
    """One report shared by the read-only tests below (filling four weeks takes a moment)."""
    folder = tmp_path_factory.mktemp("mia")
    with Diary(folder / "data") as diary:
        baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1), due_date=date(2026, 8, 5))
        diary.babies.add(baby)
        notable = fill_weeks(diary, baby, LAST_DAY)
        make_pdf(diary, baby, folder / "mia.pdf")
        return MiaReport(folder / "mia.pdf", notable, findings_for(diary, baby, LAST_DAY))


@pytest.fixture
def report(mia: MiaReport) -> Path:
    """The path of Mia's four-week report."""
    return mia.path


def test_four_weeks_fit_on_two_to_four_pages(report: Path) -> None:
    assert 2 <= len(page_words(report)) <= 4


def test_first_page_names_the_baby_the_period_and_the_ages(report: Path) -> None:
    first = page_words(report)[0]
    assert "Mia" in first
    assert days_text(PERIOD) in first
    assert "27 Oct 2026 – 23 Nov 2026" not in first  # the fixed period, not "today"
    assert "Born 1 Aug 2026" in first
    assert "Age on 20 Nov 2026 15 weeks 6 days Corrected age 15 weeks 2 days (due 5 Aug 2026)" in first
    assert "Gestational age at birth 39 weeks 3 days (term)" in first
    assert "Family history none recorded" in first


def test_every_finding_is_there_with_its_evidence(mia: MiaReport) -> None:
    text = all_words(mia.path)
    findings = mia.findings
    assert {f.rule for f in findings} >= {"emergency_signs", "not_stopping_on_waking", "disturbs_sleep"}
    for finding in findings:
        assert finding_text(finding).title in text
    # Evidence: the day, the time, the length and what was marked.
    episode = mia.notable.long_episode
    assert (
        f"{episode.at:%a} {episode.at.day} {episode.at:%b}, {episode.at:%H:%M} · episode · 1 min 15 s" in text
    )
    assert "signs: breathing pause" in text
    assert "stopped on waking: no" in text


def test_findings_come_most_urgent_first(report: Path) -> None:
    text = page_words(report)[0]
    assert text.index("Get help now") < text.index("Contact your pediatrician soon")


def test_summary_stands_alone_when_nothing_was_logged_before(report: Path) -> None:
    # Mia's diary starts with this period: a column of zeros and "+28" would compare with nothing.
    first = page_words(report)[0]
    assert "compared with the" not in first
    assert "Nothing was logged in the days before this period, so there is nothing to compare" in first
    assert "Days with sleep logged 28 of 28 Sleeps" in first
    assert "Twitches per hour of sleep" in first
    assert "Timed episodes 2 Longest" in first


def test_the_three_charts_are_there_whole(report: Path) -> None:
    pages = page_words(report)
    titles = ("Twitches per hour of sleep, by age in weeks", "Timed episodes", "Body parts that twitched")
    for title in titles:
        # Vector charts: their axis labels are text in the PDF, on the same page as the chart's title.
        assert any("Age since birth (weeks)" in page.rsplit(title, 1)[-1] for page in pages if title in page)
    rate_page = next(page for page in pages if titles[0] in page)
    assert "Twitches per hour of sleep" in rate_page.split(titles[0], 1)[1]
    assert "weekly rate (all twitches ÷ all sleep)" in rate_page


def test_episode_table_lists_video_file_names(report: Path) -> None:
    text = all_words(report)
    assert "Video file" in text
    assert "VID_20261114_0312.mp4" in text
    assert "/home/parent/Videos" not in text  # the file name only: the folder means nothing to a doctor


def test_parents_notes_and_questions_and_disclaimer(report: Path) -> None:
    text = all_words(report)
    assert "Restless night, teething?" in text
    assert "Seemed to stop breathing for a moment." in text
    assert "Questions the parents may ask" in text
    assert "What should we do if it happens again" in text  # from the emergency finding
    assert "It does not diagnose" in text
    assert all("This report does not diagnose" in page for page in page_words(report))


def test_empty_period_gives_one_page_saying_nothing_was_logged(
    diary: Diary, baby: Baby, notable: Notable, tmp_path: Path
) -> None:
    path = tmp_path / "empty.pdf"
    last = LAST_DAY - timedelta(days=60)
    assert make_pdf(diary, baby, path, last=last) == 1
    (page,) = page_words(path)
    assert "Nothing logged in this period." in page
    assert "Mia" in page
    assert days_text(report_days(None, last, last)) in page
    assert "does not diagnose" in page


def test_a_diary_with_no_records_at_all_gives_the_empty_page(
    diary: Diary, baby: Baby, tmp_path: Path
) -> None:
    path = tmp_path / "nothing.pdf"
    assert make_pdf(diary, baby, path) == 1
    assert "Nothing logged in this period." in page_words(path)[0]


def test_many_episodes_and_notes_still_fit_in_four_pages(
    diary: Diary, baby: Baby, notable: Notable, tmp_path: Path
) -> None:
    night = notable.sleep_note
    episodes = [
        Event(
            new_id(),
            baby.id,
            night.id,
            night.start + timedelta(minutes=2 + 3 * n),
            "episode",
            duration_s=30.0,
            note=f"Episode number {n}, arms and legs, a long note the parents wrote down.",
        )
        for n in range(100)
    ]
    diary.events.add_many(episodes)
    path = tmp_path / "busy.pdf"
    assert make_pdf(diary, baby, path) <= 4
    text = all_words(path)
    assert "more episodes, not shown here (all are in the CSV export)" in text
    assert "Questions the parents may ask" in text  # nothing after the long tables was dropped


@pytest.mark.parametrize(
    ("locale", "size"),
    [
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), (215.9, 279.4)),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), (210.0, 297.0)),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), (210.0, 297.0)),
    ],
)
def test_paper_follows_the_locale(
    locale: QLocale, size: tuple[float, float], mia: MiaReport, tmp_path: Path
) -> None:
    page = locale_page_size(locale)
    path = tmp_path / "paper.pdf"
    with Diary(mia.path.parent / "data") as diary:
        baby = diary.babies.find("Mia")
        write_pdf(build_content(gather(diary, baby, PERIOD)), path, page_size=page)
    width, height = page_size_mm(path)
    assert width == pytest.approx(size[0], abs=0.5)
    assert height == pytest.approx(size[1], abs=0.5)


def test_default_period_is_the_last_four_weeks() -> None:
    days = report_days(None, None, LAST_DAY)
    assert days.last == LAST_DAY
    assert days.days == DEFAULT_PERIOD_DAYS


def test_a_failed_write_leaves_the_old_file(
    diary: Diary, baby: Baby, notable: Notable, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the previous report")

    def disk_full(source: str, destination: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.report.output.os.replace", disk_full)
    content = build_content(gather(diary, baby, PERIOD))
    with pytest.raises(OSError, match="No space left"):
        write_pdf(content, target, page_size=QPageSize(QPageSize.PageSizeId.A4))
    assert target.read_bytes() == b"the previous report"
    assert [p.name for p in target.parent.iterdir()] == ["report.pdf"]  # no half-written file left behind


def test_a_long_period_lists_everything_in_it(mia: MiaReport, tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    with Diary(mia.path.parent / "data") as diary:
        make_pdf(diary, diary.babies.find("Mia"), path, first=LAST_DAY - timedelta(days=99))
    text = all_words(path)
    assert "(100 days)" in text
    assert "VID_20261114_0312.mp4" in text
    assert "Restless night, teething?" in text
