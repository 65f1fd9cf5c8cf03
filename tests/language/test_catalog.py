"""The ``.ts`` catalogues: up to date with the source, compiled, complete, and read alike by Qt and Python."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.language import catalog
from desktop.language.pseudo import CLOSE, KEPT, OPEN, is_pseudo, pseudo

ROOT = Path(__file__).resolve().parents[2]


def _tools_i18n():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("tools_i18n", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["tools_i18n"] = module
    spec.loader.exec_module(module)
    return module


def test_the_catalogues_and_qm_files_are_what_lupdate_and_lrelease_make() -> None:
    # Fails when a user-visible string was added or changed without `python tools/i18n.py update`.
    assert _tools_i18n().stale() == []


# The areas converted to literal contexts and translated so far (issue 18 lands them one by one).
TRANSLATED_CONTEXTS = {
    "AboutDialog",
    "Launch",
    "RecoveryDialog",
    "Dates",
    "Numbers",
    "Lists",
    "Counts",
    "GuidanceText",
    "GuidanceCommand",
    # The bedside, the menus and the labels of stored values.
    "Bedside",
    "BedsideDialogs",
    "BedsideNotes",
    "Banner",
    "Chips",
    "EpisodePanel",
    "PauseQuestion",
    "StateRow",
    "TapArea",
    "TwinsBar",
    "UndoSteps",
    "Values",
    "MainWindow",
    # The review.
    "ReviewView",
    "ReviewControls",
    "ReviewCharts",
    "Periods",
    "Summary",
    "SummaryTable",
    "GuidancePanel",
    "GuidancePanelWords",
    "ReportActions",
    "ChartWidget",
    "SleepVideos",
    # The checkup PDF and its charts.
    "Report",
    "ReportCounts",
    "Charts",
    "AgeWords",
    # The history.
    "HistoryView",
    "HistoryWords",
    "SleepTableModel",
    "EventTableModel",
    "EventDetails",
    "ValueLabels",
    # The dialogs: help, shortcuts, baby, backups, videos; the first run.
    "HelpPages",
    "ShortcutsPage",
    "BabyForm",
    "BabyDialog",
    "BabyDelete",
    "BabyPicker",
    "BackupPlace",
    "VideoOpener",
    "AgeText",
    "SleepDialog",
    "EventEditor",
    # The command line's own messages.
    "Cli",
    "ReportCommand",
    "Validation",
    "RecordCounts",
    "ImportWords",
    "Exchange",
    "Merge",
    "MergeWords",
    "StoreErrors",
    "RestoreCommand",
    "RestoreWords",
    "Argparse",
    "BabyMerge",
    "DesktopEntryCommand",
    "SyncCommand",
    "SyncErrors",
    "SyncFolder",
    "SyncReport",
    "SyncWords",
    "FolderSyncWords",
    "ExchangeProblems",
    "ExchangeWords",
    "JsonMistakes",
    "DateMistakes",
    "Demo",
    "ArgparseWords",
    "SystemErrors",
    # The window's import, export and sync dialogs, which show the messages above.
    "DiaryExchange",
    "PreviewDialog",
    "FolderSync",
    "BabyDoubles",
    "BackgroundWork",
}
# Every module: the one call that passes a variable on is Context.tr, the catalogue's own plural door.
CONVERTED_MODULES = sorted(
    str(path.relative_to(ROOT))
    for path in (ROOT / "desktop").rglob("*.py")
    if path.relative_to(ROOT).as_posix() != "desktop/language/catalog.py"
)


def test_every_message_of_the_translated_areas_has_a_spanish_translation() -> None:
    known = catalog.known_keys()
    translated = catalog.messages("es")
    assert len(known) > 100
    assert {context for context, _, _ in known} >= TRANSLATED_CONTEXTS
    missing = sorted(
        key
        for key in known
        if key[0] in TRANSLATED_CONTEXTS and (key not in translated or translated[key] in ("", ()))
    )
    assert missing == []


@cache
def _table_contexts() -> frozenset[str]:
    """Contexts of QT_TRANSLATE_NOOP label tables anywhere in desktop/ (looked up by a variable)."""
    found = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node, "func", None)
            if (
                isinstance(node, ast.Call)
                and getattr(name, "id", getattr(name, "attr", "")) == "QT_TRANSLATE_NOOP"
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(str(node.args[0].value))
    return frozenset(found)


@pytest.mark.parametrize("module", CONVERTED_MODULES)
def test_converted_modules_call_no_wrapper_that_lupdate_cannot_see(module: str) -> None:
    # `tr(text)` outside a class lands in the empty context, `_tr(text)` is not extracted at all, and
    # `translate(context, variable)` extracts nothing: each must be a literal context and text.
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    tables = _table_contexts()
    wrong = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name == "translate" and isinstance(node.func, ast.Attribute):
            # str.translate is not Qt's; QCoreApplication.translate is.
            name = "translate" if getattr(node.func.value, "id", "") == "QCoreApplication" else ""
        if name in {"tr", "_tr"} and not (isinstance(node.func, ast.Attribute)):
            wrong.append(node.lineno)
        # self.tr(variable): lupdate extracts nothing, so the text is never translated.
        if (
            name == "tr"
            and isinstance(node.func, ast.Attribute)
            and not all(isinstance(arg, ast.Constant) for arg in node.args[:2])
        ):
            wrong.append(node.lineno)
        literal = [isinstance(arg, ast.Constant) for arg in node.args[:2]]
        from_table = literal[:1] == [True] and getattr(node.args[0], "value", None) in tables
        if name == "translate" and not all(literal) and not from_table:
            wrong.append(node.lineno)
        # lupdate silently drops a translate() whose count is not a literal: plurals go through self.tr.
        if name == "translate" and (len(node.args) > 3 or node.keywords):
            wrong.append(node.lineno)
    assert wrong == []


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d+")


def test_every_spanish_translation_keeps_the_placeholders_of_its_source() -> None:
    wrong = []
    for (context, source, _), message in catalog.messages("es").items():
        forms = (message,) if isinstance(message, str) else message
        for form in forms:
            want = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != want:
                wrong.append((context, source, form))
    assert wrong == []


def test_every_plural_message_has_its_english_forms() -> None:
    # The source says "%n event(s)"; English reads its singular and plural from its own catalogue.
    english = catalog.messages("en")
    plurals = {key for key, message in catalog.messages("es").items() if isinstance(message, tuple)}
    assert plurals
    assert sorted(key for key in plurals if len(english.get(key, ())) != 2) == []


def test_english_catalogue_holds_only_plural_forms_so_english_text_is_its_source() -> None:
    # catalog.lookup answers English without a count from the source alone (no XML read at
    # start-up); that is right only while every finished English message is a plural one.
    assert catalog.messages("en")
    assert [key for key, message in catalog.messages("en").items() if not isinstance(message, tuple)] == []
    assert catalog.lookup("en", "Values", "hand") == "hand"


def test_plurals_take_the_form_of_the_count() -> None:
    assert [catalog.plural_form("es", n) for n in (0, 1, 2, 5)] == [1, 0, 1, 1]
    assert [catalog.plural_form("en", n) for n in (0, 1, 2)] == [1, 0, 1]


def test_an_unknown_message_is_the_source_in_every_language() -> None:
    for code in ("en", "es", "en-XA"):
        assert catalog.lookup(code, "Nowhere", "Not a message {x}") == "Not a message {x}"


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1))
def test_pseudo_keeps_placeholders_and_marks_every_line(text: str) -> None:
    result = pseudo(text)
    if any(character.isalpha() for character in KEPT.sub("", text)):
        assert is_pseudo(result)
    else:
        assert result == text  # nothing to read: a decimal mark, "{a} – {b}"
    for mark in PLACEHOLDER.findall(text):
        assert mark in result


@pytest.mark.parametrize(
    "text", ["Start sleep", "{name} · no sleep running", "Episode {length} — press E\n{tip}", "logged %n"]
)
def test_pseudo_is_accented_and_at_least_40_percent_longer(text: str) -> None:
    result = pseudo(text)
    assert re.search(r"[A-Za-z]{3}", PLACEHOLDER.sub("", result)) is None
    assert len(result) >= 1.4 * len(text)
    assert all(line.startswith(OPEN) and line.endswith(CLOSE) for line in result.split("\n"))
