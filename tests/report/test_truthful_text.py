"""Every sentence the report writes about the baby is true for a term, preterm, newborn or twin baby."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from tests.report.babies import LAST_DAY, Kind, fill
from tests.report.pdf_text import all_words, page_words

from desktop.core.stats import DayRange
from desktop.report.build import ReportInput, build_content, gather
from desktop.report.content import ReportContent, days_text, report_days
from desktop.report.figures import chart_caption, report_charts
from desktop.report.output import write_pdf
from desktop.store.diary import Diary

PERIOD = report_days(None, LAST_DAY, LAST_DAY)
KINDS = ("term", "preterm", "newborn", "twin_a", "twin_b")
MODES = ("corrected", "chronological")


@pytest.fixture(scope="module")
def babies(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Kind]]:
    """A diary holding every kind of baby (filled once for the module)."""
    data_dir = tmp_path_factory.mktemp("kinds") / "data"
    return data_dir, fill(data_dir)


def _report(
    babies: tuple[Path, dict[str, Kind]], key: str, mode: str | None, everything: bool = False
) -> tuple[ReportInput, ReportContent]:
    data_dir, kinds = babies
    with Diary(data_dir) as diary:
        data = gather(diary, kinds[key].baby, PERIOD, mode, everything)
    return data, build_content(data)


def _row(content: ReportContent, key: str) -> str:
    return dict(content.baby_rows)[key]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", KINDS)
def test_the_age_axis_is_described_as_it_is_for_this_baby(
    babies: tuple[Path, dict[str, Kind]], key: str, mode: str
) -> None:
    kind = babies[1][key]
    data, content = _report(babies, key, mode)
    caption = chart_caption(data)
    ages = _row(content, "Ages in charts")
    corrected = mode == "corrected" and kind.baby.due_date is not None
    assert ("corrected age" in caption) is corrected
    assert ("corrected age" in ages) is corrected
    # "as the baby was born preterm" only where it was; a term baby's corrected age says "at term".
    assert ("born preterm" in caption) is (corrected and kind.preterm)
    assert ("born at term" in caption) is (corrected and not kind.preterm)
    assert ("age since birth" in caption) is (not corrected)
    assert ("term-equivalent age" in caption) is kind.preterm  # the dashed line is drawn exactly then
    if kind.baby.due_date is not None:
        gestation = _row(content, "Gestational age at birth")
        assert gestation.endswith("(preterm)" if kind.preterm else "(term)")
    else:
        assert "Gestational age at birth" not in dict(content.baby_rows)


@pytest.mark.parametrize("key", KINDS)
def test_the_default_age_is_corrected_exactly_for_a_preterm_baby(
    babies: tuple[Path, dict[str, Kind]], key: str
) -> None:
    kind = babies[1][key]
    data, content = _report(babies, key, None)
    assert data.mode == ("corrected" if kind.preterm else "chronological")
    assert ("born preterm" in _row(content, "Ages in charts")) is kind.preterm


@pytest.mark.parametrize("everything", [False, True])
@pytest.mark.parametrize("key", KINDS)
def test_no_day_before_birth_and_a_comparison_only_with_real_days(
    babies: tuple[Path, dict[str, Kind]], key: str, everything: bool
) -> None:
    kind = babies[1][key]
    data, content = _report(babies, key, None, everything)
    birth = kind.baby.birth_date
    assert content.period.first >= birth
    assert content.period == (DayRange(birth, LAST_DAY) if kind.newborn else PERIOD)
    assert data.chart_days.first >= birth
    if everything:
        assert content.before is None
        assert content.comparison_note.startswith("Everything logged is shown")
    elif kind.newborn:
        assert content.before is None
        assert content.comparison_note == (
            "The period starts on Nell's birth date: there are no days before it to compare with."
        )
    else:
        assert content.before == PERIOD.previous()
        assert content.comparison_note == ""
    for row in content.summary:
        assert (row.previous == "" and row.change == "") is (content.before is None)
    days_logged = content.summary[0]
    assert days_logged.current == f"{min(kind.logged_days, content.period.days)} of {content.period.days}"


def test_each_twin_has_only_its_own_numbers(babies: tuple[Path, dict[str, Kind]]) -> None:
    _, ada = _report(babies, "twin_a", None)
    _, bea = _report(babies, "twin_b", None)
    assert ada.baby_name == "Ada" and bea.baby_name == "Bea"
    assert ada.summary[0].current == "28 of 28" and ada.summary[0].previous == "28 of 28"
    assert bea.summary[0].current == "28 of 28" and bea.summary[0].previous == "12 of 28"
    assert dict(ada.baby_rows)["Name"] == "Ada"


@pytest.mark.parametrize("key", ["term", "preterm", "newborn"])
def test_the_printed_pdf_says_the_same(
    babies: tuple[Path, dict[str, Kind]], key: str, tmp_path: Path, qapp: QApplication
) -> None:
    kind = babies[1][key]
    data_dir, _ = babies
    with Diary(data_dir) as diary:
        data = gather(diary, kind.baby, PERIOD)
    path = tmp_path / f"{key}.pdf"
    pages = write_pdf(build_content(data, charts=report_charts), path)
    text = all_words(path)
    assert 2 <= pages <= 4
    assert f"{kind.baby.name} · {days_text(data.days)}" in page_words(path)[0]
    assert ("as the baby was born preterm" in text) is kind.preterm
    assert ("(preterm)" in text) is kind.preterm
    if not kind.preterm:  # only corrected age runs below zero (before the due date)
        assert "weeks −" not in text and "weeks -" not in text and "−1" not in text
    if kind.newborn:
        assert "compared with the" not in text
        assert "there are no days before it to compare with" in text
    else:
        assert "This period compared with the 28 days before" in text
        assert "the black line marks where the period starts" in text


@pytest.mark.parametrize("key", ["term", "preterm", "newborn", "twin_b"])
def test_pages_are_filled_before_the_next_one_starts(
    babies: tuple[Path, dict[str, Kind]], key: str, qapp: QApplication
) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageSize, QPdfWriter

    from desktop.report.layout import LineItem
    from desktop.report.output import PDF_DPI, paginate
    from desktop.report.paint import content_rect, use_full_page

    data_dir, kinds = babies
    with Diary(data_dir) as diary:
        content = build_content(gather(diary, kinds[key].baby, PERIOD), charts=report_charts)
    buffer = QBuffer(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    use_full_page(writer, QPageSize(QPageSize.PageSizeId.A4))
    pages = paginate(writer, content)
    area = content_rect(writer)
    assert 2 <= len(pages) <= 4
    for page in pages[:-1]:  # every page but the last is at least two thirds full
        bottom = max(item.start.y() if isinstance(item, LineItem) else item.rect.bottom() for item in page)
        assert (bottom - area.top()) / area.height() >= 2 / 3
