"""The status bar's sync line: the count of other devices in the plural form it takes, in each language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from desktop.language import choice
from desktop.sync.report import SyncReport
from desktop.ui.folder_sync import describe

AT = datetime(2026, 12, 4, 3, 5).astimezone()


@pytest.fixture
def language() -> Iterator[None]:
    before = choice.current()
    yield
    choice.set_current(before)


@pytest.mark.parametrize(
    ("code", "devices", "line"),
    [
        ("en", 0, "Synced 03:05 with 0 other devices"),
        ("en", 1, "Synced 03:05 with 1 other device"),
        ("en", 2, "Synced 03:05 with 2 other devices"),
        ("es", 1, "Sincronizado a las 03:05 con 1 dispositivo más"),
        ("es", 3, "Sincronizado a las 03:05 con 3 dispositivos más"),
    ],
)
def test_the_sync_line_names_the_other_devices_in_their_plural_form(
    language: None, code: str, devices: int, line: str
) -> None:
    choice.set_current(code)
    report = SyncReport(devices=[f"{n:010x}" for n in range(devices)])
    assert describe(report, AT) == line
