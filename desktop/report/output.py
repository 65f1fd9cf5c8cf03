"""Putting the report on paper: the locale's paper size, a PDF file, or a printer."""

from __future__ import annotations

import locale
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale
from PySide6.QtGui import QGuiApplication, QPagedPaintDevice, QPageSize, QPdfWriter

from desktop.language import QT_TRANSLATE_NOOP, translate
from desktop.report.content import ReportContent, days_text
from desktop.report.document import LIMITS, lay_out
from desktop.report.layout import Flow, Item
from desktop.report.paint import content_rect, paint_pages, use_full_page

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

MAX_PAGES: Final = 4
PDF_DPI: Final = 300  # fine enough for text positions; charts are vector and ignore it
PDF_TITLE: Final = QT_TRANSLATE_NOOP("Report", "Twitch Diary — checkup report")


def _utf8_ctype() -> bool:
    try:
        name = locale.setlocale(locale.LC_CTYPE, "")
    except locale.Error:
        return False
    return "utf8" in name.lower().replace("-", "")


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one that needs no display (for the command line)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not os.environ.get("LC_ALL") and not _utf8_ctype():
        # Qt needs UTF-8 and would switch to it itself, with a four-line warning on stderr (a
        # plain "C" locale, as in containers and cron jobs); choose it quietly instead. Only the
        # character type changes: the paper size still follows the user's locale.
        os.environ["LC_CTYPE"] = "C.UTF-8"
    return QGuiApplication(["twitch-diary"])


def locale_page_size(locale: QLocale | None = None) -> QPageSize:
    """US Letter where the locale measures in inches (US), A4 everywhere else."""
    system = (locale or QLocale()).measurementSystem()
    if system == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def paginate(device: QPagedPaintDevice, content: ReportContent) -> list[list[Item]]:
    """The report laid out for this device, with lists shortened until it fits in four pages."""
    pages: list[list[Item]] = []
    for limits in LIMITS:
        flow = Flow(device, content_rect(device))
        lay_out(flow, content, limits)
        pages = flow.pages
        if len(pages) <= MAX_PAGES:
            break
    return pages


def render(device: QPagedPaintDevice, content: ReportContent) -> int:
    """Lay out and paint the report on a prepared device; returns the number of pages."""
    pages = paginate(device, content)
    left = f"Twitch Diary · {content.baby_name} · {days_text(content.period)}"
    paint_pages(
        device,
        pages,
        lambda number, count: (
            left,
            translate("Report", "This report does not diagnose · page {number} of {count}").format(
                number=number, count=count
            ),
        ),
    )
    return len(pages)


def print_report(content: ReportContent, printer: QPrinter) -> int:
    """Print the report on a printer the user chose; same layout as the PDF. Returns the page count."""
    printer.setFullPage(True)
    printer.setDocName(f"{translate('Report', PDF_TITLE)}: {content.baby_name}")
    size = printer.pageLayout().pageSize()
    use_full_page(printer, size if size.isValid() else locale_page_size())
    return render(printer, content)


def pdf_bytes(content: ReportContent, page_size: QPageSize | None = None) -> tuple[bytes, int]:
    """The report as PDF file contents, and its page count."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(f"{translate('Report', PDF_TITLE)}: {content.baby_name}")
    writer.setCreator("Twitch Diary")
    use_full_page(writer, page_size or locale_page_size())
    count = render(writer, content)
    del writer  # the writer finishes the file when it goes away
    buffer.close()
    return bytes(data.data()), count


def write_pdf(content: ReportContent, path: Path, page_size: QPageSize | None = None) -> int:
    """Write the report to ``path`` whole or not at all; returns the page count.

    The file is written beside the target and renamed into place, so a failed write never leaves
    half a PDF behind. Raises OSError when the folder cannot be written.
    """
    data, count = pdf_bytes(content, page_size)
    folder = path.parent if str(path.parent) else Path()
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        # mkstemp made the file 0600: a health report stays readable by this user only.
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count
