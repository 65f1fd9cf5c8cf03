"""Keep the translations in step with the source: ``python tools/i18n.py update|check|fill FILE``.

* ``update``: ``pyside6-lupdate`` reads every ``translate``/``tr``/``QT_TRANSLATE_NOOP`` call of
  ``desktop/`` into ``resources/i18n/twitch_diary_<lang>.ts`` (English: only its plural forms), then
  ``pyside6-lrelease`` compiles each to the ``.qm`` the window loads. Run it after changing any
  user-visible string, then translate the new messages (Qt Linguist, or ``fill``).
* ``check``: exit 1 when a catalogue or a ``.qm`` is not what ``update`` would write.
* ``fill FILE.json``: put translations ``{"Context": {"source": "translation" or [forms]}}`` into the
  Spanish catalogue (``--lang CODE`` for another), then ``update``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "es")  # English's catalogue holds only plural forms: the source is English
SOURCE = ROOT / "desktop"


def _tool(name: str) -> str:
    """A Qt tool installed next to this Python (the venv's PySide6), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (pip install -e '.[test]')")
    return found


def sources() -> list[str]:
    """The Python files lupdate reads, relative to the project (stable order: stable output)."""
    return sorted(str(path.relative_to(ROOT)) for path in SOURCE.rglob("*.py"))


def ts_path(code: str, folder: Path = FOLDER) -> Path:
    """The catalogue of one language."""
    return folder / f"twitch_diary_{code}.ts"


def lupdate(code: str, target: Path) -> None:
    """Bring ``target`` (a copy of the catalogue, or the catalogue itself) up to date with the source."""
    options = ["-no-obsolete", "-locations", "none", "-target-language", code]
    if code == "en":
        options.append("-pluralonly")
    subprocess.run(
        [_tool("pyside6-lupdate"), *options, *sources(), "-ts", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile a catalogue to the binary ``.qm`` Qt loads."""
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def update() -> None:
    """Every catalogue brought up to date with the source, and compiled."""
    for code in LANGUAGES:
        lupdate(code, ts_path(code))
        lrelease(ts_path(code), ts_path(code).with_suffix(".qm"))


def stale() -> list[str]:
    """The catalogue files that ``update`` would change."""
    changed: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for code in LANGUAGES:
            copy = ts_path(code, Path(scratch))
            shutil.copyfile(ts_path(code), copy)
            lupdate(code, copy)
            if copy.read_bytes() != ts_path(code).read_bytes():
                changed.append(ts_path(code).name)
            qm = copy.with_suffix(".qm")
            lrelease(ts_path(code), qm)
            if qm.read_bytes() != ts_path(code).with_suffix(".qm").read_bytes():
                changed.append(qm.name)
    return changed


def fill(table: dict[str, dict[str, str | list[str]]], code: str) -> int:
    """Write translations into a catalogue; returns how many messages were filled."""
    path = ts_path(code)
    tree = ElementTree.parse(path)  # noqa: S314 (our own catalogue)
    filled = 0
    for context in tree.getroot().iter("context"):
        wanted = table.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            value = wanted.get(message.findtext("source") or "")
            translation = message.find("translation")
            if value is None or translation is None:
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for text in [value] if isinstance(value, str) else value:
                    ElementTree.SubElement(translation, "numerusform").text = text
            else:
                translation.text = value if isinstance(value, str) else value[0]
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    """Run one of the commands in the module's description."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "check", "fill"))
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--lang", default="es")
    args = parser.parse_args()
    if args.command == "check":
        changed = stale()
        for name in changed:
            print(f"out of date: resources/i18n/{name} (run python tools/i18n.py update)")
        return 1 if changed else 0
    if args.command == "fill":
        update()
        print(f"filled {fill(json.loads(args.file.read_text(encoding='utf-8')), args.lang)} messages")
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
