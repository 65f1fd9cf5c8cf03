"""Painting laid-out pages on a paged device (PDF writer or printer), with a footer on each page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)
from PySide6.QtSvg import QSvgRenderer

from desktop.language import translate
from desktop.report.layout import (
    MM_PER_INCH,
    MUTED,
    RULE,
    BoxItem,
    Item,
    LineItem,
    Style,
    TextItem,
    make_font,
)

MARGIN_MM: Final = 16.0
FOOTER_MM: Final = 12.0  # room kept at the bottom of each page for the footer
FOOTER_STYLE: Final = Style(7.5, color=MUTED)

# Gets (page number from 1, page count) and returns the footer's left and right text.
Footer = Callable[[int, int], tuple[str, str]]


def use_full_page(device: QPagedPaintDevice, page_size: QPageSize) -> None:
    """Give the device a portrait page without margins, so (0, 0) is the paper's corner."""
    device.setPageLayout(
        QPageLayout(
            page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
        )
    )


def content_rect(device: QPagedPaintDevice) -> QRectF:
    """The area inside the margins and above the footer, in device units."""
    dpi = float(device.logicalDpiY())
    size: QSizeF = device.pageLayout().fullRect(QPageLayout.Unit.Millimeter).size()

    def px(mm: float) -> float:
        return mm * dpi / MM_PER_INCH

    return QRectF(
        px(MARGIN_MM),
        px(MARGIN_MM),
        px(size.width() - 2 * MARGIN_MM),
        px(size.height() - 2 * MARGIN_MM - FOOTER_MM),
    )


def _draw_item(painter: QPainter, item: Item, dpi: float, renderers: dict[bytes, QSvgRenderer]) -> None:
    if isinstance(item, TextItem):
        painter.setFont(make_font(item.style))
        painter.setPen(QColor(item.style.color))
        painter.drawText(item.rect, item.flags, item.text)
    elif isinstance(item, LineItem):
        pen = QPen(QColor(item.color))
        pen.setWidthF(item.width_mm * dpi / MM_PER_INCH)
        painter.setPen(pen)
        painter.drawLine(item.start, item.end)
    elif isinstance(item, BoxItem):
        painter.fillRect(item.rect, QColor(item.fill))
    else:
        renderer = renderers.get(item.svg)
        if renderer is None:
            renderer = renderers[item.svg] = QSvgRenderer(QByteArray(item.svg))
        # QSvgRenderer keeps the painter's font for anything the SVG leaves unset (weight, slant).
        painter.save()
        painter.setFont(make_font(Style()))
        renderer.render(painter, item.rect)
        painter.restore()


def _draw_footer(painter: QPainter, area: QRectF, dpi: float, texts: tuple[str, str]) -> None:
    def px(mm: float) -> float:
        return mm * dpi / MM_PER_INCH

    top = area.bottom() + px(FOOTER_MM) - px(6.0)
    pen = QPen(QColor(RULE))
    pen.setWidthF(px(0.2))
    painter.setPen(pen)
    painter.drawLine(QPointF(area.left(), top), QPointF(area.right(), top))
    painter.setFont(make_font(FOOTER_STYLE))
    painter.setPen(QColor(FOOTER_STYLE.color))
    rect = QRectF(area.left(), top + px(1.0), area.width(), px(5.0))
    left, right = texts
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), left)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), right)


def paint_pages(device: QPagedPaintDevice, pages: Sequence[Sequence[Item]], footer: Footer) -> None:
    """Draw every page on the device, starting a new sheet between pages.

    Raises OSError when the device cannot be opened for painting (an unwritable file or printer).
    """
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("Report", "the page could not be opened for drawing"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dpi = float(device.logicalDpiY())
        area = content_rect(device)
        renderers: dict[bytes, QSvgRenderer] = {}
        for number, items in enumerate(pages, start=1):
            if number > 1 and not device.newPage():
                raise OSError(translate("Report", "a new page could not be started"))
            for item in items:
                _draw_item(painter, item, dpi, renderers)
            _draw_footer(painter, area, dpi, footer(number, len(pages)))
    finally:
        painter.end()
