"""The Linux menu entry and the software-centre listing read in Spanish too, key by key."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from desktop import identity, language

ROOT = Path(__file__).resolve().parents[2]
IDENTITY = ROOT / "resources" / "identity"
# The desktop entry's keys a person reads in the menu (Name is the app's name in every language).
READ_KEYS = ("GenericName", "Comment", "Keywords")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _entries() -> dict[str, str]:
    lines = (IDENTITY / f"{identity.APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_every_read_key_of_the_menu_entry_has_each_language() -> None:
    entries = _entries()
    for code in language.SUPPORTED[1:]:
        for key in READ_KEYS:
            assert entries.get(f"{key}[{code}]", "").strip(), f"{key}[{code}]"
            assert entries[f"{key}[{code}]"] != entries[key]
        # As many keywords: each one has its word.
        assert entries[f"Keywords[{code}]"].count(";") == entries["Keywords"].count(";")


def test_the_metainfo_has_each_language_s_summary_and_every_paragraph() -> None:
    root = ElementTree.parse(IDENTITY / f"{identity.APP_ID}.metainfo.xml").getroot()
    for code in language.SUPPORTED[1:]:
        summaries = {element.get(XML_LANG): element.text for element in root.findall("summary")}
        assert summaries.get(code) and summaries[code] != summaries[None]
        description = root.find("description")
        assert description is not None
        paragraphs = [p for p in description.findall("p") if p.get(XML_LANG) is None]
        translated = [p for p in description.findall("p") if p.get(XML_LANG) == code]
        assert len(translated) == len(paragraphs) > 0
