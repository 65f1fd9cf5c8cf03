"""Small per-diary settings kept in the database (checkup date, acknowledged findings)."""

from __future__ import annotations

import sqlite3

from desktop.language import translate
from desktop.store.connection import write_transaction
from desktop.store.errors import StoreError


class SettingRepository:
    """Text values by key, saved durably like everything else in the diary."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def get(self, key: str, default: str | None = None) -> str | None:
        """The value stored under ``key``, or ``default``; a StoreError when the diary cannot be read."""
        try:
            row = self._connection.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        except StoreError:
            raise
        except sqlite3.Error as error:  # busy past the timeout, closed: the caller sees a StoreError only
            raise StoreError(
                translate("StoreErrors", "Could not read the diary's settings ({detail}).").format(
                    detail=error
                )
            ) from error
        return default if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        """Store ``value`` under ``key``."""
        with write_transaction(self._connection) as db:
            db.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def delete(self, key: str) -> None:
        """Forget ``key``."""
        with write_transaction(self._connection) as db:
            db.execute("DELETE FROM setting WHERE key = ?", (key,))
