"""An import's refusals in the parent's language: every problem the window's preview lists.

The command line prints only the first problem of a refused file (test_cli_pseudo.py); the import
preview lists each one. A file with one of each mistake is checked here in the pseudo-locale: no
problem may keep an English word outside the brackets (the file's JSON paths, keys and values are
its own words), and in Spanish they read as Spanish.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.language.test_cli_pseudo import english_lines

from desktop import language
from desktop.core.model import Baby, Event, Sleep
from desktop.core.validation import validate_event
from desktop.exchange.errors import ExchangeError
from desktop.exchange.json_import import read_document
from desktop.store.diary import Diary
from desktop.ui import translation
from desktop.ui.diary_exchange import PreviewDialog, preview_file

BABY = "0b8f6d1e-4b9a-4a57-9d59-3f1b2f5f0a01"
SLEEP = "5d1e7c2a-0d3e-4f7b-8a6e-2b9c1d4e5f02"
EVENT = "e7a2b3c4-d5e6-4f70-8192-a3b4c5d6e703"
STAMP = {"changed_at": "2026-09-02T10:00:00+02:00", "changed_by": "a1b2c3d4e5"}

# Version 1: one record for each problem a field, a record or the diary can have.
MISTAKES_V1 = {
    "format": "twitch-diary",
    "version": 1,
    "colour": "blue",
    "babies": [
        {"id": BABY, "name": "Mia", "birth_date": "2026-08-02"},  # differs from the stored Mia
        {
            "id": " x",
            "name": 5,
            "birth_date": "01/08/2026",
            "nmae": "Zoe",
            "family_history": ["gout", "gout"],
        },
        {"id": "b2", "name": "Ana", "birth_date": "2026-02-30", "birth_weight_g": 1.5, "note": None},
        {"id": "b3", "name": "Eva", "birth_date": None, "family_history": "epilepsy"},
        7,
    ],
    "sleeps": [
        {
            "id": "s1",
            "baby_id": BABY,
            "start": "2026-09-01T13:30:00+02:00",
            "end": "2026-09-01T15:00:00+02:00",
        },
        {"id": "s2", "baby_id": "nobody", "start": "2026-09-01T13:00:00", "kind": "siesta"},
        {"id": "s3", "baby_id": BABY, "start": "2026-09-01T25:00:00+02:00"},
        {"id": "s4", "baby_id": BABY, "start": "1800-09-01T10:00:00+02:00"},
        {"id": "s5", "baby_id": BABY, "start": "2026-09-01T10:00:00+19:00"},
        {"id": "s6", "baby_id": BABY, "start": None},
        {"id": "s6", "baby_id": BABY, "start": "2026-09-03T10:00:00+02:00"},
        {
            "id": "s7",
            "baby_id": "nobody",
            "start": "2026-09-04T10:00:00+02:00",
            "end": "2026-09-04T11:00:00+02:00",
        },
    ],
    "events": [
        {"id": EVENT, "baby_id": BABY, "sleep_id": "nowhere", "at": 5, "kind": "sneeze"},
        {"id": "e2", "baby_id": BABY, "at": "2026-09-01T09:00:00+02:00", "duration_s": "10", "woke_baby": 0},
        {"id": "e3", "baby_id": BABY, "at": "2026-09-01T09:00:00+02:00", "kind": "twitch", "duration_s": 1e6},
        {"id": "e4", "baby_id": BABY, "at": "2026-09-01T09:00:00+02:00", "kind": "sign", "signs": 3},
        {"baby_id": BABY, "kind": "twitch", "rhythmic": "yes", "video": 5},
        {"id": "e6", "baby_id": "nobody", "sleep_id": "nowhere", "at": "2026-09-01T09:00:00+02:00"},
    ],
}
# Version 1 with lists that are not lists.
MISTAKES_LISTS = {"format": "twitch-diary", "version": 1, "babies": {}, "sleeps": "none", "events": 3}
# Version 2: a record whose id is another kind in the diary, and a deletion of a record it holds.
MISTAKES_V2 = {
    "format": "twitch-diary",
    "version": 2,
    "babies": [{"id": SLEEP, "name": "Mia", "birth_date": "2026-08-01", **STAMP}],
    "sleeps": [{"id": "s9", "baby_id": BABY, "start": "2026-09-01T16:00:00+02:00", **STAMP}],
    "events": [],
    "deleted": [{"id": "s9", "kind": "sleep", **STAMP}, {"id": "x", **STAMP}],
}
# Files that are not an export at all, each refused before any record is read.
BROKEN_FILES = {
    "not-utf8.json": b'{"format": "\xff"}',
    "nan.json": b'{"format": NaN}',
    "deep.json": b"[" * 100_000 + b"]" * 100_000,
    "list.json": b"[1, 2]",
    "trailing.json": b"{} {}",
    "open-string.json": b'{"format": "twitch',
    "no-format.json": b'{"version": 1}',
    "bad-version.json": b'{"format": "twitch-diary", "version": "one"}',
    "old-version.json": b'{"format": "twitch-diary", "version": 0}',
    "no-version.json": b'{"format": "twitch-diary"}',
}


@pytest.fixture
def stored(diary: Diary) -> Path:
    """Mia with one nap, so that a file can clash with what the diary holds."""
    diary.babies.add(Baby(id=BABY, name="Mia", birth_date=datetime(2026, 8, 1).date()))
    start = datetime.fromisoformat("2026-09-01T13:00:00+02:00")
    end = datetime.fromisoformat("2026-09-01T14:30:00+02:00")
    diary.sleeps.add(Sleep(id=SLEEP, baby_id=BABY, start=start, end=end))
    diary.close()
    return diary.data_dir


@pytest.fixture
def speak() -> Iterator[None]:
    """The pseudo-locale for one test, English again after it."""
    language.set_current(language.PSEUDO)
    yield
    language.set_current(language.ENGLISH)


def _refusals(data_dir: Path, tmp_path: Path, document: object) -> list[str]:
    path = tmp_path / "mistakes.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return preview_file(data_dir, path, lambda _diary: None).refused


@pytest.mark.usefixtures("speak")
@pytest.mark.parametrize(
    "document", [MISTAKES_V1, MISTAKES_V2, MISTAKES_LISTS], ids=["version 1", "version 2", "lists"]
)
def test_every_refusal_of_the_preview_is_translated(stored: Path, tmp_path: Path, document: object) -> None:
    refused = _refusals(stored, tmp_path, document)
    assert len(refused) >= (30 if document is MISTAKES_V1 else 3)  # one per mistake, at least
    english = [line for problem in refused for line in english_lines(problem, ("Mia", "Ana", "Eva", "Zoe"))]
    print(*english, sep="\n")
    assert english == []


@pytest.mark.usefixtures("speak")
@pytest.mark.parametrize("name", sorted(BROKEN_FILES))
def test_a_file_that_is_no_export_is_refused_in_the_language(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(BROKEN_FILES[name])
    with pytest.raises(ExchangeError) as refused:
        preview_file(tmp_path / "data", path, lambda _diary: None)
    assert english_lines(str(refused.value)) == []


def test_the_refusals_read_as_spanish(stored: Path, tmp_path: Path) -> None:
    language.set_current("es")
    try:
        refused = _refusals(stored, tmp_path, MISTAKES_V1)
        (tmp_path / "broken.json").write_bytes(b'{"format": ')
        with pytest.raises(ExchangeError) as broken:
            read_document(tmp_path / "broken.json")
    finally:
        language.set_current(language.ENGLISH)
    text = "\n".join(refused)
    assert "colour" in text and "clave desconocida 'colour'" in text
    assert "ya está en el diario con otro contenido" in text
    assert "se solapa con un sueño que ya está en el diario" in text
    assert "no hay ningún bebé con el id 'nobody' en el archivo ni en el diario" in text
    assert str(broken.value) == (
        "(archivo): no es JSON válido en la línea 1, columna 12 (se esperaba un valor); no se importó nada."
    )


def test_the_window_s_import_preview_shows_them_translated(
    qapp: QApplication, qtbot: QtBot, stored: Path, tmp_path: Path
) -> None:
    installed = translation.install(qapp, language.PSEUDO)
    language.set_current(language.PSEUDO)
    try:
        path = tmp_path / "mistakes.json"
        path.write_text(json.dumps(MISTAKES_V1), encoding="utf-8")
        parent = QWidget()
        qtbot.addWidget(parent)
        dialog = PreviewDialog(preview_file(stored, path, lambda _diary: None), parent)
        dialog.show()
        shown = dialog.problems.toPlainText().splitlines()
    finally:
        translation.remove(qapp, installed)
        language.set_current(language.ENGLISH)
    assert len(shown) >= 9  # the header, the first problems, how many more
    assert english_lines("\n".join(shown), ("Mia", "Ana", "Eva", "Zoe", "mistakes")) == []
    assert not dialog.import_button.isEnabled()


def test_a_value_outside_its_list_names_its_field_in_spanish() -> None:
    at = datetime.fromisoformat("2026-09-01T09:00:00+02:00")
    event = Event(
        id="e",
        baby_id=BABY,
        sleep_id=None,
        at=at,
        kind="twitch",
        body_part="tail",
        signs=frozenset({"hiccups"}),
    )
    language.set_current("es")
    try:
        problems = [str(problem) for problem in validate_event(event, at)]
    finally:
        language.set_current(language.ENGLISH)
    assert any(
        problem.startswith("la parte del cuerpo tiene que ser uno de estos: face,") for problem in problems
    )
    assert any(problem.startswith("las señales tienen que estar entre stiffening,") for problem in problems)
