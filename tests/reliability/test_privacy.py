"""Privacy: nothing ever goes on the network, the diary's files are the user's alone, no unsafe loading."""

from __future__ import annotations

import ast
import io
import socket
import stat
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.app import create_window
from desktop.commands.guidance import run_guidance
from desktop.commands.report import run_report
from desktop.core.model import Baby, new_id
from desktop.exchange import export_file, import_file
from desktop.store.backup import make_backup
from desktop.store.diary import Diary
from desktop.ui.bedside.session import BedsideSession
from desktop.ui.main_window import MainWindow

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
NETWORK_MODULES = frozenset(
    {"socket", "ssl", "urllib", "http", "requests", "httpx", "aiohttp", "ftplib", "smtplib", "telnetlib",
     "xmlrpc", "socketserver", "asyncio", "webbrowser", "PySide6.QtNetwork", "PySide6.QtWebEngineCore"}
)  # fmt: skip
# Text only, no I/O: splitting a video URL into parts is not going online.
ALLOWED_MODULES = frozenset(
    {"urllib.parse", "urllib.parse.urlsplit", "urllib.parse.urlparse", "urllib.parse.unquote"}
)
NETWORK_NAMES = frozenset({"QNetworkAccessManager", "QTcpSocket", "QUdpSocket", "QWebEngineView"})
UNSAFE_MODULES = frozenset({"pickle", "marshal", "shelve", "dill", "yaml"})
UNSAFE_CALLS = frozenset({"eval", "exec", "__import__"})


def sources() -> list[Path]:
    return sorted(DESKTOP.rglob("*.py"))


def imported_modules(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def test_no_network_module_or_class_is_used_anywhere_in_the_app() -> None:
    problems = []
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for module in imported_modules(tree):
            banned = any(module == name or module.startswith(name + ".") for name in NETWORK_MODULES)
            if banned and module not in ALLOWED_MODULES:
                problems.append(f"{path.relative_to(DESKTOP)} imports {module}")
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        problems.extend(f"{path.relative_to(DESKTOP)} uses {name}" for name in names & NETWORK_NAMES)
    assert len(sources()) > 20
    assert problems == []


def test_no_pickle_eval_exec_or_yaml_load_anywhere_in_the_app() -> None:
    problems = []
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for module in imported_modules(tree):
            if module.split(".")[0] in UNSAFE_MODULES:
                problems.append(f"{path.relative_to(DESKTOP)} imports {module}")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in UNSAFE_CALLS
            ):
                problems.append(f"{path.relative_to(DESKTOP)}:{node.lineno} calls {node.func.id}")
    assert problems == []


class NetworkUsed(AssertionError):
    """The app tried to open a network connection."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every way of opening a socket record the attempt and fail."""
    attempts: list[str] = []

    def refuse(name: str) -> object:
        def refused(*args: object, **kwargs: object) -> object:
            attempts.append(f"{name}{args}")
            raise NetworkUsed(f"the app tried socket.{name}{args}")

        return refused

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair", "fromfd"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.slow
def test_main_flows_never_touch_the_network_and_keep_files_private(
    qtbot: QtBot, tmp_path: Path, no_network: list[str]
) -> None:
    data_dir = tmp_path / "data"
    baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1), due_date=date(2026, 8, 5))
    with Diary(data_dir) as diary:
        diary.babies.add(baby)
        stack = QUndoStack()
        session = BedsideSession(diary, stack, lambda message: None)
        session.set_baby(baby)
        start = datetime.now().astimezone() - timedelta(hours=2)
        for minute in range(0, 60, 5):
            session.log_twitch(start + timedelta(minutes=minute), "hand", "left")
        session.end_sleep(start + timedelta(hours=1))
        # While the diary is open its WAL companions exist: they hold the diary too.
        files = [diary.path, *(diary.path.with_name(diary.path.name + s) for s in ("-wal", "-shm"))]
        assert all(path.exists() and mode(path) == 0o600 for path in files)
        backup = make_backup(diary, datetime.now().astimezone())
        stack.blockSignals(True)  # the stack outlives the diary: its last signals must not read it
    assert mode(data_dir) == 0o700
    assert mode(backup.path) == 0o600 and mode(backup.path.parent) == 0o700

    exports = tmp_path / "exports"
    exports.mkdir()
    with Diary(data_dir) as diary:
        export_file(diary, exports / "mia.json")
        export_file(diary, exports / "mia.csv")
    with Diary(tmp_path / "other") as other:
        import_file(other, exports / "mia.json")
        assert len(other.events.all()) == 12
    out = io.StringIO()
    assert run_guidance(data_dir, "Mia", None, True, out) == 0
    assert '"baby_id"' in out.getvalue()
    assert run_report(data_dir, "Mia", exports / "mia.pdf", None, None) == 0
    for name in ("mia.json", "mia.csv"):
        assert mode(exports / name) == 0o600, name

    window = create_window(data_dir)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["log_twitch"].trigger()
    window.actions_by_name["show_history"].trigger()
    window.actions_by_name["show_review"].trigger()
    qtbot.wait(50)
    window.close()
    assert no_network == []


@pytest.mark.slow
def test_saved_checkup_report_is_readable_by_the_user_only(filled_dir: Path, tmp_path: Path) -> None:
    report = tmp_path / "checkup.pdf"
    assert run_report(filled_dir, "Mia", report, date(2026, 9, 1), date(2026, 9, 21)) == 0
    assert mode(report) == 0o600
