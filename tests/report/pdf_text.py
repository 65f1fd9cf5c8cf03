"""Reading a generated PDF back: page count, page sizes and the words on each page (pypdf)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def page_words(path: Path) -> list[str]:
    """The text of each page with whitespace runs folded to single spaces."""
    reader = PdfReader(path)
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def all_words(path: Path) -> str:
    """The text of the whole PDF, whitespace folded."""
    return " ".join(page_words(path))


def page_size_mm(path: Path) -> tuple[float, float]:
    """Width and height of the first page in millimetres."""
    box = PdfReader(path).pages[0].mediabox
    return float(box.width) * 25.4 / 72, float(box.height) * 25.4 / 72
