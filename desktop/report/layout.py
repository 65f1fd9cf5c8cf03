"""Flow layout for printed pages: blocks placed top to bottom, measured with the device's fonts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice

MM_PER_INCH: Final = 25.4
FONT_FAMILY: Final = "DejaVu Sans"  # bundled with most Linux systems; Qt falls back elsewhere
# Black ink and greys print well on any printer; colours only mark severity and chart series.
INK: Final = "#000000"
MUTED: Final = "#444444"
RULE: Final = "#9a9a9a"
SHADE: Final = "#eeeeee"
WRAP: Final = int(Qt.TextFlag.TextWordWrap)
WRAP_ANYWHERE: Final = int(Qt.TextFlag.TextWrapAnywhere)  # a word wider than its cell (a file name)
KEEP_TABLE_ROWS: Final = 8  # tables up to this many rows are never split across pages
TABLE_PAD_MM: Final = 1.0
LEFT_TOP: Final = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


@dataclass(frozen=True)
class Style:
    """How a piece of text is set: size in points, weight, slant and colour."""

    size_pt: float = 9.0
    bold: bool = False
    italic: bool = False
    color: str = INK


@dataclass(frozen=True)
class TextItem:
    """Text drawn inside a rectangle (device units), wrapped at its width."""

    rect: QRectF
    text: str
    style: Style
    flags: int = LEFT_TOP | WRAP


@dataclass(frozen=True)
class LineItem:
    """A straight rule between two points."""

    start: QPointF
    end: QPointF
    color: str = RULE
    width_mm: float = 0.25


@dataclass(frozen=True)
class BoxItem:
    """A filled rectangle (table header shading, severity marks)."""

    rect: QRectF
    fill: str


@dataclass(frozen=True)
class SvgItem:
    """An SVG picture scaled into a rectangle; stays vector in a PDF."""

    rect: QRectF
    svg: bytes


Item = TextItem | LineItem | BoxItem | SvgItem


@dataclass(frozen=True)
class Column:
    """A table column: its heading and its share of the table's width."""

    heading: str
    share: float


def make_font(style: Style) -> QFont:
    """The QFont for a text style."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(style.size_pt)
    font.setBold(style.bold)
    font.setItalic(style.italic)
    # No shaping means no ligatures: a reader's search and copy find "fi" as two letters, not one
    # glyph. (QFont.setFeature would say so directly, but PySide6 6.12 miscounts references there.)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


@dataclass
class Flow:
    """Places blocks down the page's content rectangle and starts new pages when one does not fit.

    ``pages`` holds the positioned items of each page; painting them is a separate step, so the
    layout can be measured (page count) before anything is drawn.
    """

    device: QPaintDevice
    content: QRectF
    pages: list[list[Item]] = field(default_factory=lambda: [[]])
    y: float = 0.0

    def __post_init__(self) -> None:
        self.y = self.content.top()

    @property
    def dpi(self) -> float:
        """Device units per inch (vertical)."""
        return float(self.device.logicalDpiY())

    def mm(self, value: float) -> float:
        """A length in millimetres in device units."""
        return value * self.dpi / MM_PER_INCH

    @property
    def left(self) -> float:
        """The left edge of the content area."""
        return self.content.left()

    @property
    def width(self) -> float:
        """The width of the content area."""
        return self.content.width()

    @property
    def remaining(self) -> float:
        """Height left on the current page."""
        return self.content.bottom() - self.y

    def new_page(self) -> None:
        """Continue on a fresh page (no-op when the current page is still empty)."""
        if self.pages[-1]:
            self.pages.append([])
        self.y = self.content.top()

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` still fits on this one."""
        if height > self.remaining and self.pages[-1]:
            self.new_page()

    def add(self, item: Item) -> None:
        """Put an item on the current page."""
        self.pages[-1].append(item)

    def space(self, mm: float) -> None:
        """Leave vertical space (never carried to the top of a new page)."""
        self.y = min(self.y + self.mm(mm), self.content.bottom())

    def wrap_flags(self, text: str, style: Style, width: float) -> int:
        """How ``text`` wraps in ``width``: at words, or anywhere when one word alone is wider."""
        metrics = QFontMetricsF(make_font(style), self.device)
        too_long = any(metrics.horizontalAdvance(word) > width for word in text.split())
        return LEFT_TOP | (WRAP_ANYWHERE if too_long else WRAP)

    def text_height(self, text: str, style: Style, width: float) -> float:
        """Height of ``text`` wrapped to ``width`` (anywhere, when a word is wider than that)."""
        metrics = QFontMetricsF(make_font(style), self.device)
        bounds = metrics.boundingRect(QRectF(0, 0, width, 1e7), self.wrap_flags(text, style, width), text)
        return max(bounds.height(), metrics.height())

    def paragraph(self, text: str, style: Style, indent_mm: float = 0.0, after_mm: float = 1.5) -> None:
        """A wrapped paragraph, moved whole to the next page when it does not fit."""
        indent = self.mm(indent_mm)
        width = self.width - indent
        height = self.text_height(text, style, width)
        self.ensure(height)
        self.add(TextItem(QRectF(self.left + indent, self.y, width, height), text, style))
        self.y += height
        self.space(after_mm)

    def rule(self, color: str = RULE, width_mm: float = 0.25) -> None:
        """A horizontal rule across the content width."""
        self.add(
            LineItem(QPointF(self.left, self.y), QPointF(self.left + self.width, self.y), color, width_mm)
        )

    def heading(self, text: str, style: Style, keep_with_mm: float = 25.0) -> None:
        """A section heading kept on the same page as the first ``keep_with_mm`` of what follows."""
        height = self.text_height(text, style, self.width)
        above, below = 3.0, 0.8 + 1.8  # space above the title; under it, then under its rule
        self.ensure(self.mm(above + below + keep_with_mm) + height)
        if self.y > self.content.top():
            self.space(above)
        self.add(TextItem(QRectF(self.left, self.y, self.width, height), text, style))
        self.y += height + self.mm(0.8)
        self.rule()
        self.space(1.8)

    def marked_paragraph(self, mark: str, text: str, style: Style, after_mm: float = 1.0) -> None:
        """A paragraph with a small coloured square before it (the severity mark)."""
        size = self.mm(2.6)
        indent = self.mm(4.5)
        height = self.text_height(text, style, self.width - indent)
        self.ensure(height)
        first_line = QFontMetricsF(make_font(style), self.device).height()
        self.add(BoxItem(QRectF(self.left, self.y + (first_line - size) / 2, size, size), mark))
        self.add(TextItem(QRectF(self.left + indent, self.y, self.width - indent, height), text, style))
        self.y += height
        self.space(after_mm)

    def key_values(self, rows: Sequence[tuple[str, str]], style: Style, key_share: float = 0.3) -> None:
        """Label and value pairs in two columns."""
        key_style = Style(style.size_pt, bold=True, color=style.color)
        key_width = self.width * key_share
        value_width = self.width - key_width
        for key, value in rows:
            height = max(
                self.text_height(key, key_style, key_width - self.mm(2)),
                self.text_height(value, style, value_width),
            )
            self.ensure(height)
            self.add(TextItem(QRectF(self.left, self.y, key_width - self.mm(2), height), key, key_style))
            self.add(TextItem(QRectF(self.left + key_width, self.y, value_width, height), value, style))
            self.y += height + self.mm(0.8)

    def _widths(self, columns: Sequence[Column]) -> list[float]:
        total = sum(column.share for column in columns)
        return [self.width * column.share / total for column in columns]

    def _row_height(self, cells: Sequence[str], widths: Sequence[float], style: Style) -> float:
        pad = self.mm(TABLE_PAD_MM)
        tallest = max(
            self.text_height(cell, style, width - 2 * pad) for cell, width in zip(cells, widths, strict=True)
        )
        return tallest + 2 * pad

    def table_start_height(
        self, columns: Sequence[Column], rows: Sequence[Sequence[str]], style: Style
    ) -> float:
        """The height a table needs on its first page: all of a short table, else header and first row."""
        widths = self._widths(columns)
        header = self._row_height([c.heading for c in columns], widths, Style(style.size_pt, bold=True))
        heights = [self._row_height(row, widths, style) for row in rows[: KEEP_TABLE_ROWS + 1]]
        if len(rows) <= KEEP_TABLE_ROWS and header + sum(heights) <= self.content.height():
            return header + sum(heights)
        return header + (heights[0] if heights else 0.0)

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], style: Style) -> None:
        """A table with a shaded header row, repeated on every page the table runs onto.

        A short table moves whole to the next page rather than leave a row or two behind.
        """
        widths = self._widths(columns)
        pad = self.mm(TABLE_PAD_MM)
        header_style = Style(style.size_pt, bold=True, color=style.color)

        def draw_row(cells: Sequence[str], cell_style: Style, height: float, shaded: bool) -> None:
            if shaded:
                self.add(BoxItem(QRectF(self.left, self.y, self.width, height), SHADE))
            x = self.left
            for cell, width in zip(cells, widths, strict=True):
                rect = QRectF(x + pad, self.y + pad, width - 2 * pad, height - 2 * pad)
                flags = self.wrap_flags(cell, cell_style, rect.width())
                self.add(TextItem(rect, cell, cell_style, flags))
                x += width
            self.y += height
            self.rule()

        headings = [column.heading for column in columns]
        header_height = self._row_height(headings, widths, header_style)
        self.ensure(self.table_start_height(columns, rows, style))
        draw_row(headings, header_style, header_height, shaded=True)
        for row in rows:
            height = self._row_height(row, widths, style)
            if height > self.remaining:
                self.new_page()
                draw_row(headings, header_style, header_height, shaded=True)
            draw_row(row, style, height, shaded=False)
        self.space(2.0)

    def to_mm(self, length: float) -> float:
        """A length in device units in millimetres."""
        return length * MM_PER_INCH / self.dpi

    def picture(self, svg: bytes, aspect: float, width_share: float = 1.0) -> None:
        """An SVG picture ``width_share`` of the content wide, height from its aspect (height/width)."""
        width = self.width * width_share
        height = width * aspect
        self.ensure(height)
        self.add(SvgItem(QRectF(self.left, self.y, width, height), svg))
        self.y += height
        self.space(2.0)
