"""Diary settings: saved durably, and a failure to read them is a StoreError, never a raw sqlite3 error."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.store.settings import SettingRepository


def test_a_setting_survives_closing_the_diary(tmp_path: Path) -> None:
    with Diary(tmp_path / "d") as diary:
        diary.settings.set("window_geometry", "AAAA")
    with Diary(tmp_path / "d") as diary:
        assert diary.settings.get("window_geometry") == "AAAA"
        assert diary.settings.get("missing", "fallback") == "fallback"


def test_a_read_that_sqlite_refuses_is_a_store_error(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "plain.sqlite3")  # no setting table: sqlite3 refuses the read
    try:
        with pytest.raises(StoreError, match="Could not read the diary's settings"):
            SettingRepository(connection).get("window_geometry")
    finally:
        connection.close()


def test_a_read_after_the_diary_closed_is_a_store_error(tmp_path: Path) -> None:
    diary = Diary(tmp_path / "d")
    settings = diary.settings
    diary.close()
    with pytest.raises(StoreError):
        settings.get("window_geometry")
