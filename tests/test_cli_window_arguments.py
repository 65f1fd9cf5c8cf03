"""The window's short way through the command line reads argv exactly as the full parser does."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.cli import build_parser, parse_arguments, window_arguments

WORDS = ("--demo", "--data-dir", "--data-dir=", "--data-dir=d", "--data", "d", "e f", "-", "-x", "--",
         "babies", "--help", "--version", "--json", "report")  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "data_dir", "demo"),
    [
        ([], None, False),
        (["--demo"], None, True),
        (["--data-dir", "/tmp/d"], "/tmp/d", False),
        (["--data-dir=/tmp/d", "--demo"], "/tmp/d", True),
        (["--demo", "--data-dir", "a", "--data-dir", "b"], "b", True),  # the last one wins, as in argparse
        (["--data-dir="], "", False),
        (["--data-dir", "babies"], "babies", False),  # a folder may be named like a command
    ],
)
def test_window_arguments_are_read_without_the_full_parser(
    argv: list[str], data_dir: str | None, demo: bool
) -> None:
    args = window_arguments(argv)
    assert args is not None
    assert (args.command, args.data_dir, args.demo) == (None, data_dir, demo)
    assert args == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [["babies"], ["--help"], ["--version"], ["--data"], ["--data-dir"], ["--data-dir", "-x"], ["--", "x"]],
)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert window_arguments(argv) is None


@given(st.lists(st.sampled_from(WORDS), max_size=5))
def test_the_short_way_agrees_with_the_full_parser(argv: list[str]) -> None:
    args = window_arguments(argv)
    if args is None:
        return  # the full parser reads it (tested through the real command line in test_cli.py)
    assert args == build_parser().parse_args(argv)
    if args.data_dir is not None and (not args.data_dir.strip() or args.demo):
        # An empty folder, or the demo with a named diary: refused by both ways alike.
        with pytest.raises(SystemExit) as refused:
            parse_arguments(argv)
        assert refused.value.code == 2
        return
    assert parse_arguments(argv) == args
