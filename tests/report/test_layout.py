"""Page layout: however much was logged, the report stays within four pages and drops nothing silently."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QPageSize, QPdfWriter

from desktop.core.stats import DayRange
from desktop.report.content import Chart, FindingBlock, ReportContent, SummaryRow
from desktop.report.document import EPISODE_COLUMNS
from desktop.report.layout import Flow, Item, LineItem, Style, TextItem
from desktop.report.output import MAX_PAGES, PDF_DPI, paginate
from desktop.report.paint import content_rect, use_full_page

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="700" height="250"><rect width="700" height="250"/></svg>'
)
DAYS = DayRange(date(2026, 10, 24), date(2026, 11, 20))


def _writer() -> tuple[QPdfWriter, QBuffer]:
    buffer = QBuffer(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    use_full_page(writer, QPageSize(QPageSize.PageSizeId.A4))
    return writer, buffer


def _content(episodes: int, notes: int, evidence: int, findings: int) -> ReportContent:
    return ReportContent(
        baby_name="Mia",
        baby_rows=(("Name", "Mia"), ("Born", "1 Aug 2026")),
        period=DAYS,
        created="20 Nov 2026, 10:00",
        empty=False,
        summary=tuple(SummaryRow(f"Measure {n}", "1", "2", "+1") for n in range(9)),
        findings=tuple(
            FindingBlock(
                "doctor",
                "Contact your pediatrician soon",
                f"Finding {n}",
                "What was logged. " * 6,
                "A source",
                tuple(
                    f"Sat 14 Nov, 03:{m:02d} · episode · 20 s · left leg · asleep" for m in range(evidence)
                ),
            )
            for n in range(findings)
        ),
        charts=tuple(Chart(f"Chart {n}", SVG, 0.36) for n in range(3)),
        episodes=tuple(
            ("Sat 14 Nov", "03:12", "20 s", "left leg", "asleep", "no", "yes", "no", "–")
            for _ in range(episodes)
        ),
        notes=tuple(
            (f"Sat 14 Nov, 03:{n % 60:02d} (episode)", "A note the parents wrote. " * 3) for n in range(notes)
        ),
        questions=("A question?", "Another question?"),
        disclaimer="It does not diagnose.",
    )


@settings(max_examples=25, deadline=None)
@given(
    episodes=st.integers(0, 400),
    notes=st.integers(0, 200),
    evidence=st.integers(0, 60),
    findings=st.integers(0, 4),
)
def test_any_diary_fits_in_two_to_four_pages(episodes: int, notes: int, evidence: int, findings: int) -> None:
    writer, _ = _writer()
    pages = paginate(writer, _content(episodes, notes, evidence, findings))
    assert 2 <= len(pages) <= MAX_PAGES
    text = "\n".join(item.text for page in pages for item in page if isinstance(item, TextItem))
    # The end of the report is always there, and every shortened list says so.
    assert "It does not diagnose." in text
    assert "Chart 2" in text
    if episodes > 25:
        assert "more episodes, not shown here" in text
    area = content_rect(writer).adjusted(-1, -1, 1, 1)  # nothing runs into the margins or the footer
    assert all(_inside(area, item) for page in pages for item in page)


def _inside(area: QRectF, item: Item) -> bool:
    if isinstance(item, LineItem):
        return area.contains(item.start) and area.contains(item.end)
    return area.contains(item.rect)


def test_a_long_table_repeats_its_header_on_the_next_page() -> None:
    writer, _ = _writer()
    flow = Flow(writer, content_rect(writer))
    rows = [
        ("Sat 14 Nov", "03:12", "20 s", "left leg", "asleep", "no", "yes", "no", f"VID_{n}.mp4")
        for n in range(80)
    ]
    flow.table(EPISODE_COLUMNS, rows, Style(8.0))
    assert len(flow.pages) >= 2
    for page in flow.pages:
        texts = [item.text for item in page if isinstance(item, TextItem)]
        assert texts[: len(EPISODE_COLUMNS)] == [column.heading for column in EPISODE_COLUMNS]
    shown = [item.text for page in flow.pages for item in page if isinstance(item, TextItem)]
    assert [text for text in shown if text.startswith("VID_")] == [f"VID_{n}.mp4" for n in range(80)]


def test_a_word_wider_than_its_cell_wraps_instead_of_being_cut() -> None:
    from PySide6.QtGui import QFontMetricsF

    from desktop.report.layout import WRAP_ANYWHERE, make_font

    writer, _ = _writer()
    flow = Flow(writer, content_rect(writer))
    name = "VID_20261114_031245_long_name_from_a_phone.mp4"
    flow.table(
        EPISODE_COLUMNS, [("Fri 27 Nov", "03:12", "20 s", "arm", "asleep", "no", "–", "–", name)], Style(8)
    )
    (cell,) = [item for item in flow.pages[0] if isinstance(item, TextItem) and item.text == name]
    metrics = QFontMetricsF(make_font(cell.style), writer)
    bounds = metrics.boundingRect(QRectF(0, 0, cell.rect.width(), 1e7), cell.flags, name)
    assert cell.flags & WRAP_ANYWHERE
    assert bounds.width() <= cell.rect.width() + 0.5 and bounds.height() <= cell.rect.height() + 0.5


def test_a_finding_title_never_stays_alone_at_the_foot_of_a_page() -> None:
    from desktop.report.document import _finding

    writer, _ = _writer()
    flow = Flow(writer, content_rect(writer))
    flow.add(LineItem(flow.content.topLeft(), flow.content.topRight()))  # the page holds something
    flow.y = flow.content.bottom() - flow.mm(9.0)  # room for a title line, not for its text
    block = FindingBlock(
        "checkup", "Bring up at the next checkup", "Twitching not easing", "x " * 120, "src", ()
    )
    _finding(flow, block, 3)
    titles = [
        number
        for number, page in enumerate(flow.pages)
        for item in page
        if isinstance(item, TextItem) and "Twitching not easing" in item.text
    ]
    assert titles == [1]  # on the next page, with its text
