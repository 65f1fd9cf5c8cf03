"""macOS: a running sleep takes IOKit's display-sleep power assertion and ending it releases it.

Off macOS the IOKit and CoreFoundation libraries are a test double that records each call (and
writes the assertion id, as IOKit does); on a Mac the last test takes a real assertion.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenWindow

from desktop.ui.bedside import screen_awake
from desktop.ui.bedside.screen_awake import ScreenAwake

ASSERTION_ID = 7


class FakeFunction:
    """One C function of the double: records its arguments and returns what IOKit would."""

    def __init__(self, calls: list[tuple[str, tuple[Any, ...]]], name: str, result: object) -> None:
        self.calls = calls
        self.name = name
        self.result = result
        self.restype: object = None
        self.argtypes: object = None

    def __call__(self, *args: Any) -> object:
        self.calls.append((self.name, args))
        if self.name == "IOPMAssertionCreateWithName" and self.result == 0:
            args[3]._obj.value = ASSERTION_ID  # the out-parameter, passed with ctypes.byref
        if self.name == "CFStringCreateWithCString":
            return id(args[1])  # a non-null CFStringRef
        return self.result


class FakeLibrary:
    """IOKit or CoreFoundation as ctypes sees it: functions by attribute."""

    def __init__(self, calls: list[tuple[str, tuple[Any, ...]]], create_result: int) -> None:
        self._calls = calls
        self._create_result = create_result
        self._functions: dict[str, FakeFunction] = {}

    def __getattr__(self, name: str) -> FakeFunction:
        if name.startswith("_"):
            raise AttributeError(name)
        function = self._functions.get(name)
        if function is None:
            result = self._create_result if name == "IOPMAssertionCreateWithName" else 0
            function = self._functions[name] = FakeFunction(self._calls, name, result)
        return function


def fake_mac(monkeypatch: pytest.MonkeyPatch, create_result: int = 0) -> list[tuple[str, tuple[Any, ...]]]:
    """Pretend to be a Mac with a real screen; the calls made to IOKit and CoreFoundation."""
    calls: list[tuple[str, tuple[Any, ...]]] = []
    libraries: dict[str, FakeLibrary] = {}

    def load(path: str) -> FakeLibrary:
        assert path in (screen_awake._IOKIT, screen_awake._CORE_FOUNDATION)
        return libraries.setdefault(path, FakeLibrary(calls, create_result))

    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(screen_awake, "_HEADLESS", frozenset())
    monkeypatch.setattr(screen_awake, "_load_library", load)
    return calls


def names(calls: list[tuple[str, tuple[Any, ...]]]) -> list[str]:
    return [name for name, _ in calls]


def test_holding_takes_the_display_assertion_and_releasing_lets_it_go(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = fake_mac(monkeypatch)
    awake = ScreenAwake()
    awake.hold()
    assert awake.held
    created = [args for name, args in calls if name == "IOPMAssertionCreateWithName"]
    assert len(created) == 1
    kind_ref, level, reason_ref, _out = created[0]
    strings = {args[1] for name, args in calls if name == "CFStringCreateWithCString"}
    assert strings == {b"PreventUserIdleDisplaySleep", b"Logging a baby's sleep at the bedside"}
    assert level == 255  # kIOPMAssertionLevelOn
    assert kind_ref and reason_ref
    assert names(calls).count("CFRelease") == 2  # the two strings, once the assertion is made
    awake.hold()  # a second hold takes no second assertion
    assert names(calls).count("IOPMAssertionCreateWithName") == 1
    awake.release()
    assert not awake.held
    assert [args for name, args in calls if name == "IOPMAssertionRelease"] == [(ASSERTION_ID,)]


def test_an_assertion_iokit_refuses_is_no_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = fake_mac(monkeypatch, create_result=-536870212)  # kIOReturnError
    awake = ScreenAwake()
    awake.hold()
    assert not awake.held
    awake.release()
    assert "IOPMAssertionRelease" not in names(calls)


def test_a_missing_iokit_is_no_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_mac(monkeypatch)

    def missing(path: str) -> object:
        raise OSError(f"dlopen({path}) failed")

    monkeypatch.setattr(screen_awake, "_load_library", missing)
    awake = ScreenAwake()
    awake.hold()
    assert not awake.held


def test_at_the_bedside_a_sleep_holds_the_mac_screen_awake_until_it_ends(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, open_window: OpenWindow, mia: object
) -> None:
    window = open_window()
    calls = fake_mac(monkeypatch)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # the first tap starts a sleep
    assert window.screen_awake.held
    assert names(calls).count("IOPMAssertionCreateWithName") == 1
    qtbot.keyClick(window, Qt.Key.Key_S)  # the sleep ends
    assert not window.screen_awake.held
    assert [args for name, args in calls if name == "IOPMAssertionRelease"] == [(ASSERTION_ID,)]


@pytest.mark.skipif(sys.platform != "darwin", reason="a real power assertion needs macOS")
def test_on_a_mac_the_assertion_is_really_taken_and_released(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_awake, "_HEADLESS", frozenset())
    awake = ScreenAwake()
    awake.hold()
    try:
        assert awake.held
        listed = subprocess.run(["pmset", "-g", "assertions"], capture_output=True, text=True, check=True)
        assert "Logging a baby's sleep at the bedside" in listed.stdout
    finally:
        awake.release()
    assert not awake.held
