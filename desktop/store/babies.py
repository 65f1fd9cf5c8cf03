"""Storing and finding babies."""

from __future__ import annotations

import sqlite3
from typing import Final

from desktop.core.model import FAMILY_HISTORY_KINDS, Baby
from desktop.language import translate
from desktop.store.codec import date_to_text, set_to_text, text_to_date, text_to_set
from desktop.store.connection import write_transaction
from desktop.store.errors import NotFoundError

_COLUMNS: Final = "id, name, birth_date, due_date, birth_weight_g, family_history, note"


def row_to_baby(row: tuple[object, ...]) -> Baby:
    """A baby from its columns, in ``_COLUMNS`` order."""
    baby_id, name, birth, due, weight, history, note = row
    birth_date = text_to_date(str(birth))
    assert birth_date is not None
    return Baby(
        id=str(baby_id),
        name=str(name),
        birth_date=birth_date,
        due_date=text_to_date(None if due is None else str(due)),
        birth_weight_g=None if weight is None else int(str(weight)),
        family_history=text_to_set(str(history)),
        note=str(note),
    )


def baby_to_row(baby: Baby) -> tuple[object, ...]:
    """The column values of a baby, in ``_COLUMNS`` order."""
    return (
        baby.id,
        baby.name,
        date_to_text(baby.birth_date),
        date_to_text(baby.due_date),
        baby.birth_weight_g,
        set_to_text(baby.family_history, FAMILY_HISTORY_KINDS),
        baby.note,
    )


class BabyRepository:
    """Babies in the diary, in the order they were added."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def add(self, baby: Baby) -> None:
        """Store a new baby."""
        with write_transaction(self._connection) as db:
            db.execute(f"INSERT INTO baby ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", baby_to_row(baby))

    def update(self, baby: Baby) -> None:
        """Replace a stored baby's details."""
        row = baby_to_row(baby)
        with write_transaction(self._connection) as db:
            cursor = db.execute(
                "UPDATE baby SET name = ?, birth_date = ?, due_date = ?, birth_weight_g = ?,"
                " family_history = ?, note = ? WHERE id = ?",
                (*row[1:], baby.id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(translate("StoreErrors", "No baby with id {id}.").format(id=baby.id))

    def delete(self, baby_id: str) -> None:
        """Remove a baby with all its sleeps and events."""
        with write_transaction(self._connection) as db:
            db.execute("DELETE FROM event WHERE baby_id = ?", (baby_id,))
            db.execute("DELETE FROM sleep WHERE baby_id = ?", (baby_id,))
            db.execute("DELETE FROM baby WHERE id = ?", (baby_id,))

    def all(self) -> list[Baby]:
        """Every baby, oldest record first."""
        rows = self._connection.execute(f"SELECT {_COLUMNS} FROM baby ORDER BY rowid").fetchall()
        return [row_to_baby(row) for row in rows]

    def get(self, baby_id: str) -> Baby | None:
        """The baby with this id, or None."""
        row = self._connection.execute(f"SELECT {_COLUMNS} FROM baby WHERE id = ?", (baby_id,)).fetchone()
        return None if row is None else row_to_baby(row)

    def find(self, id_or_name: str) -> Baby:
        """The baby with this id, or the one baby with this name (case-insensitive); else NotFoundError."""
        baby = self.get(id_or_name)
        if baby is not None:
            return baby
        matches = [b for b in self.all() if b.name.casefold() == id_or_name.strip().casefold()]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFoundError(
                translate(
                    "StoreErrors", "No baby called {name} in this diary (see 'twitch-diary babies')."
                ).format(name=repr(id_or_name))
            )
        raise NotFoundError(
            translate("StoreErrors", "More than one baby is called {name}; give the id instead.").format(
                name=repr(id_or_name)
            )
        )
