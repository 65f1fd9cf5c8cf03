"""When a diary is a copy of another (its own device id then), and when it is the same diary moved on."""

from __future__ import annotations

import pytest

from desktop.sync.home import is_a_copy

HOME = "laptop\n/home/ana/.local/share/twitch-diary\n2049:1311"


@pytest.mark.parametrize(
    ("now", "copy"),
    [
        (HOME, False),
        ("desktop\n/home/ana/.local/share/twitch-diary\n2050:88", True),  # copied to another computer
        ("laptop\n/home/ana/diary-copy\n2049:5120", True),  # copied to another folder here
        ("laptop\n/home/ana/.local/share/twitch-diary\n2049:7777", False),  # a backup put back
        ("Anas-MacBook-2.local\n/home/ana/.local/share/twitch-diary\n2049:1311", False),  # renamed
        ("laptop\n/home/ana/.local/share/twitch-diary\n", False),  # the file's identity unknown
    ],
)
def test_a_copy_is_another_file_somewhere_else(now: str, copy: bool) -> None:
    assert is_a_copy(HOME, now) is copy


def test_a_home_written_before_the_file_identity_was_kept_reads_as_unknown() -> None:
    assert is_a_copy("laptop\n/data", "laptop\n/data\n2049:1311") is False
    assert is_a_copy("laptop\n/data", "desktop\n/data\n2049:1311") is True
