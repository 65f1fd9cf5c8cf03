"""Export files are written whole or not at all, and the exchange package stays free of Qt and plotting."""

from __future__ import annotations

import ast
import errno
from pathlib import Path
from typing import IO

import pytest

from desktop.exchange.atomic import write_atomically
from desktop.exchange.errors import ExchangeError

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "exchange"


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "diary.json"
    target.write_text("the previous export", encoding="utf-8")

    def fill_the_disk(stream: IO[str]) -> None:
        stream.write("half of the new ")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExchangeError) as raised:
        write_atomically(target, fill_the_disk)

    assert (
        str(raised.value) == f"(file): cannot write {target}: No space left on device; no file was written."
    )
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert list(tmp_path.iterdir()) == [target]


def test_writing_over_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "taken.json").mkdir()

    with pytest.raises(ExchangeError, match="cannot write"):
        write_atomically(tmp_path / "taken.json", lambda stream: stream.write("{}"))

    assert [path.name for path in tmp_path.iterdir()] == ["taken.json"]


def test_error_summary_is_one_line_with_the_count_of_other_problems() -> None:
    assert str(ExchangeError(["a: one"])) == "a: one; nothing was imported."
    assert str(ExchangeError(["a: one", "b: two"])) == "a: one (and 1 more problem); nothing was imported."
    many = ExchangeError(["a: first\nline", "b", "c"])
    assert str(many) == "a: first line (and 2 more problems); nothing was imported."
    assert many.problems == ["a: first\nline", "b", "c"]


@pytest.mark.parametrize("module", sorted(PACKAGE.glob("*.py")), ids=lambda path: path.name)
def test_exchange_imports_neither_qt_nor_matplotlib(module: Path) -> None:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    assert not roots & {"PySide6", "matplotlib"}
