"""The checkup PDF in the parent's language: no plain English in the pseudo-locale, Spanish with --lang es.

The PDF is made by the real command (a subprocess on a real demo diary) and read back with pypdf,
so the text checked is the text a pediatrician gets.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.language import walk

from desktop.demo import fill_demo_diary
from desktop.resources import read_json
from desktop.store.diary import Diary

ALLOWED = ["Noa", "Twitch Diary", "PDF", "CSV"]  # the demo baby's name, the app's name, file kinds


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed diary holding the demo baby Noa (six weeks of sleeps, taps, episodes and a sign)."""
    data_dir = tmp_path_factory.mktemp("report-language") / "data"
    with Diary(data_dir) as diary:
        fill_demo_diary(diary, date.today())
    return data_dir


def _pdf_text(data_dir: Path, code: str, out: Path) -> str:
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--lang", code]
    subprocess.run([*command, "report", "--baby", "Noa", "-o", str(out)], check=True, capture_output=True)
    return "\n".join(page.extract_text() for page in PdfReader(out).pages)


def _citations() -> list[str]:
    found = {str(rule["source"]) for rule in read_json("guidance", "rules.json").values()}
    found.add(str(read_json("guidance", "common.json")["typical_sources"]))
    return sorted(found, key=len, reverse=True)


def _notes(data_dir: Path) -> list[str]:
    """The parents' notes of the diary: their own words, printed as they wrote them."""
    with Diary(data_dir) as diary:
        notes = [event.note for event in diary.events.all() if event.note]
        notes += [sleep.note for sleep in diary.sleeps.all() if sleep.note]
    return notes


def test_the_pdf_has_no_plain_english_in_the_pseudo_locale(demo_dir: Path, tmp_path: Path) -> None:
    text = _pdf_text(demo_dir, "en-XA", tmp_path / "pseudo.pdf")
    flat = " ".join(text.split())
    for note in sorted(_notes(demo_dir), key=len, reverse=True):
        flat = flat.replace(" ".join(note.split()), " ")
    left = walk.english_words(flat, ALLOWED)
    print(f"\nPDF: {len(left)} untranslated words")
    assert left == []


def test_the_pdf_is_spanish_with_lang_es(demo_dir: Path, tmp_path: Path) -> None:
    text = _pdf_text(demo_dir, "es", tmp_path / "es.pdf")
    flat = " ".join(text.split())
    assert "Twitch Diary — informe para la revisión" in flat
    assert "A qué se parece el patrón (resultados de la orientación)" in flat
    assert "Acerca de este informe" in flat
    for citation in _citations():
        flat = flat.replace(" ".join(citation.split()), "")
    for note in sorted(_notes(demo_dir), key=len, reverse=True):
        flat = flat.replace(" ".join(note.split()), " ")
    flat = flat.replace("Twitch Diary", "")
    english = re.findall(r"\b(the|and|you|with|logged|twitch\w*|this|period|baby)\b", flat, re.IGNORECASE)
    assert english == []
