"""The sync folder's seal: a file opens only whole, with the family key, under its own name."""

from __future__ import annotations

import pytest

from desktop.sync.sealing import NotOpenedError, derive_key, seal, unseal

KEY = derive_key("moon river", b"0123456789abcdef")


def test_a_sealed_file_opens_with_its_key_and_name() -> None:
    sealed = seal(KEY, b"three taps", "abc123/00000001.tdsync")
    assert unseal(KEY, sealed, "abc123/00000001.tdsync") == b"three taps"


@pytest.mark.parametrize(
    ("key", "name", "cut"),
    [
        pytest.param(
            derive_key("moon rivers", b"0123456789abcdef"), "abc123/00000001.tdsync", None, id="other-key"
        ),
        pytest.param(KEY, "abc123/00000002.tdsync", None, id="renamed"),
        pytest.param(KEY, "ffffff/00000001.tdsync", None, id="other-device"),
        pytest.param(KEY, "abc123/00000001.tdsync", -1, id="last-byte-missing"),
        pytest.param(KEY, "abc123/00000001.tdsync", 10, id="half-copied"),
        pytest.param(KEY, "abc123/00000001.tdsync", 0, id="empty"),
    ],
)
def test_a_file_that_is_not_whole_or_not_ours_does_not_open(key: bytes, name: str, cut: int | None) -> None:
    sealed = seal(KEY, b"three taps", "abc123/00000001.tdsync")
    with pytest.raises(NotOpenedError):
        unseal(key, sealed if cut is None else sealed[:cut], name)


def test_the_same_passphrase_and_salt_give_the_same_key_on_every_device() -> None:
    assert derive_key("moon river", b"0123456789abcdef") == KEY
    assert derive_key("moon river", b"fedcba9876543210") != KEY
