"""The system's reasons (a missing file, a full disk) in the parent's language; others as given."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import language
from desktop.language import catalog
from desktop.language.system_errors import reason


@pytest.fixture
def spanish() -> Iterator[None]:
    """Spanish for one test, English again after it."""
    language.set_current("es")
    yield
    language.set_current(language.ENGLISH)


def _refused(path: Path) -> OSError:
    try:
        path.open("rb")
    except OSError as error:
        return error
    raise AssertionError(f"{path} opened")


@pytest.mark.usefixtures("spanish")
def test_a_real_missing_file_and_folder_read_as_spanish(tmp_path: Path) -> None:
    assert reason(_refused(tmp_path / "missing.json")) == "no existe ese archivo o carpeta"
    assert reason(_refused(tmp_path)) == "es una carpeta"


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EDQUOT, errno.EIO])
def test_the_disk_problems_a_parent_meets_are_translated(code: int) -> None:
    text = reason(OSError(code, os.strerror(code)))
    assert text == catalog.messages("es")[("SystemErrors", os.strerror(code), "")]
    assert text != os.strerror(code)


def test_english_keeps_the_system_words_and_an_unknown_reason_is_shown_as_given(tmp_path: Path) -> None:
    assert reason(_refused(tmp_path / "missing.json")) == "No such file or directory"
    language.set_current("es")
    try:
        assert reason(OSError(errno.ESTALE, os.strerror(errno.ESTALE))) == os.strerror(errno.ESTALE)
        assert reason(ValueError("not an OS error")) == "not an OS error"
    finally:
        language.set_current(language.ENGLISH)
