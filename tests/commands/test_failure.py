"""The one failure helper: any message becomes one terminal-safe line on stderr, and the status is 1."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.commands.support import Cli, one_line_error

from desktop.commands.failure import fail, one_line


@pytest.mark.parametrize(
    ("message", "printed"),
    [
        ("No baby called 'Noa'.", "twitch-diary: No baby called 'Noa'."),
        ("Zoë 李 🌙 is fine", "twitch-diary: Zoë 李 🌙 is fine"),
        ("first line\nsecond line", "twitch-diary: first line second line"),
        ("  spaced\t\tout \r\n", "twitch-diary: spaced out"),
        ("a\u2028b\u2029c", "twitch-diary: a b c"),  # Unicode's line and paragraph separators too
        ("Mia\x1b[2J was here", "twitch-diary: Mia\\x1b[2J was here"),
        ("Mia\x1b]0;pwned\x07", "twitch-diary: Mia\\x1b]0;pwned\\x07"),
        ("nul\x00byte", "twitch-diary: nul\\x00byte"),
        ("\u202eevil", "twitch-diary: \\u202eevil"),
        ("del\x7f", "twitch-diary: del\\x7f"),
    ],
)
def test_a_message_is_printed_as_one_escaped_line_and_the_status_is_1(message: str, printed: str) -> None:
    stream = io.StringIO()
    assert fail(message, stream) == 1
    assert stream.getvalue() == printed + "\n"
    assert one_line(message) == printed.removeprefix("twitch-diary: ")


def test_without_a_stream_the_line_goes_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert fail("the folder is not there\n") == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "twitch-diary: the folder is not there\n")


@given(st.text())
def test_any_message_is_one_line_a_terminal_cannot_obey(message: str) -> None:
    stream = io.StringIO()
    assert fail(message, stream) == 1
    printed = stream.getvalue()
    assert printed.startswith("twitch-diary: ") and printed.endswith("\n")
    line = printed.removesuffix("\n")
    assert len(printed.splitlines()) == 1
    assert not any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in line)
    assert one_line(one_line(message)) == one_line(message)  # escaping twice adds nothing new


@pytest.mark.slow
def test_a_command_that_fails_on_a_hostile_name_prints_it_escaped(cli: Cli, tmp_path: Path) -> None:
    # The real path: a user mistake in a real process ends in fail(), not in a traceback.
    assert cli.run("babies").returncode == 0  # an empty diary
    message = one_line_error(cli.run("export", str(tmp_path / "out.json"), "--baby", "No\x1b[2Ja\nFAKE: ok"))
    assert message.startswith("twitch-diary: ")
    assert "No\\x1b[2Ja" in message and "\x1b" not in message
    assert not (tmp_path / "out.json").exists()
