"""`--lang es`: the guidance of a scenario diary is Spanish on the command line; `--json` keeps ids."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.model import Baby
from desktop.resources import read_json
from desktop.store.diary import Diary

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "guidance_cli_scenario", ROOT / "tests" / "commands" / "test_guidance.py"
)
assert _spec is not None and _spec.loader is not None
scenario = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scenario)
# Words that only English wording uses; none may be left in the Spanish text (names and sources aside).
ENGLISH_WORDS = re.compile(r"\b(the|and|you|logged|what|when|baby|with|your|twitch\w*)\b", re.IGNORECASE)


@pytest.fixture
def filled(diary: Diary, baby: Baby) -> Path:
    """Mia's diary: naps, a rhythmic run of taps and a breathing pause (closed for the subprocess)."""
    scenario._fill(diary, baby, pause=True)
    diary.close()
    return diary.data_dir


def _guidance(
    data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args]
    base = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    return subprocess.run(command, capture_output=True, text=True, check=True, env={**base, **(env or {})})


def _without_sources_and_names(text: str) -> str:
    sources = {str(rule["source"]) for rule in read_json("guidance", "rules.json").values()}
    sources.add(str(read_json("guidance", "common.json")["typical_sources"]))
    flat = " ".join(text.split())
    for source in sorted(sources, key=len, reverse=True):  # a source may hold a shorter one
        flat = flat.replace(source, "")
    return flat.replace("Mia", "").replace("Twitch Diary", "")


def test_the_guidance_text_is_spanish_with_lang_es(data_dir: Path, filled: Path) -> None:
    out = _guidance(data_dir, "--lang", "es", "guidance", "--baby", "Mia", "--as-of", "2026-11-20").stdout
    assert out.startswith("Orientación para Mia a fecha de vie. 20 nov. 2026\n")
    assert "== Pida ayuda ya ==" in out
    assert "Qué hacer:" in out and "Fuente:" in out
    assert ENGLISH_WORDS.findall(_without_sources_and_names(out)) == []


def test_the_system_locale_chooses_spanish_too(data_dir: Path, filled: Path) -> None:
    by_locale = _guidance(
        data_dir, "guidance", "--baby", "Mia", "--as-of", "2026-11-20", env={"LANG": "es_ES.UTF-8"}
    )
    by_option = _guidance(data_dir, "--lang", "es", "guidance", "--baby", "Mia", "--as-of", "2026-11-20")
    assert by_locale.stdout == by_option.stdout


def test_json_keeps_rule_ids_and_severities_and_translates_the_words(data_dir: Path, filled: Path) -> None:
    english = json.loads(
        _guidance(data_dir, "guidance", "--baby", "Mia", "--as-of", "2026-11-20", "--json").stdout
    )
    spanish = json.loads(
        _guidance(
            data_dir, "--lang", "es", "guidance", "--baby", "Mia", "--as-of", "2026-11-20", "--json"
        ).stdout
    )
    assert set(spanish) == set(english) == {"baby_id", "as_of", "findings"}
    assert [(f["rule"], f["severity"]) for f in spanish["findings"]] == [
        (f["rule"], f["severity"]) for f in english["findings"]
    ]
    assert ("emergency_signs", "emergency") in [(f["rule"], f["severity"]) for f in spanish["findings"]]
    for es, en in zip(spanish["findings"], english["findings"], strict=True):
        assert set(es) == set(en)
        assert es["evidence"] == en["evidence"]
        assert es["source"] == en["source"]  # citations stay as published
        assert es["title"] != en["title"]
        assert "Qué hacer:" in es["message"]


def test_command_line_messages_are_spanish_with_lang_es(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "informe.pdf"
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    command = [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data"), "--lang", "es"]
    failed = subprocess.run(
        [*command, "report", "--baby", "Mia", "-o", str(missing)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert failed.returncode == 1
    assert failed.stderr.startswith("twitch-diary: No se puede guardar el informe en ")
    assert failed.stderr.rstrip().endswith("no se escribió nada.")
    usage = subprocess.run(
        [*command, "report", "--from", "mañana"], capture_output=True, text=True, env=env, check=False
    )
    assert usage.returncode == 2
    assert "no es una fecha; escríbala como AAAA-MM-DD" in usage.stderr
    empty = subprocess.run([*command, "babies"], capture_output=True, text=True, env=env, check=True)
    assert empty.stdout.startswith("Todavía no hay bebés en el diario de ")
    helped = subprocess.run([*command, "--help"], capture_output=True, text=True, env=env, check=True)
    assert "Anote las sacudidas del bebé durante el sueño" in helped.stdout
    assert helped.stdout.startswith("uso: twitch-diary ")  # argparse's own words too
    assert "mostrar esta ayuda y salir" in helped.stdout
    missing_args = subprocess.run([*command, "report"], capture_output=True, text=True, env=env, check=False)
    assert missing_args.returncode == 2
    assert "faltan estos argumentos: --baby, -o/--output" in missing_args.stderr


def test_export_and_import_summaries_are_spanish(data_dir: Path, filled: Path, tmp_path: Path) -> None:
    exported = _guidance(data_dir, "--lang", "es", "export", str(tmp_path / "diario.json"))
    assert exported.stdout.startswith("Se exportaron 1 bebé, 7 sueños y ")
    again = _guidance(data_dir, "--lang", "es", "import", str(tmp_path / "diario.json"))
    assert again.stdout.startswith("No hay nada nuevo que combinar. ")
    assert again.stdout.rstrip().endswith(" ya estaban al día.")
