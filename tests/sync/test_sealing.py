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


def test_a_new_file_never_replaces_one_with_its_number(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.sync.folder import numbers_of, read_file, write_file

    first = write_file(tmp_path, "abc123", KEY, b"one")
    (tmp_path / "abc123" / "00000002.tdsync").write_bytes(b"taken meanwhile by another sync")
    second = write_file(tmp_path, "abc123", KEY, b"two")
    assert (first, second) == ("abc123/00000001.tdsync", "abc123/00000003.tdsync")
    assert numbers_of(tmp_path, "abc123") == [1, 2, 3]
    assert read_file(tmp_path, second, KEY) == b"two"
    assert not [p for p in (tmp_path / "abc123").iterdir() if p.name.startswith(".")]  # no temp left


def test_without_hard_links_a_new_file_is_renamed_into_place(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno
    import os

    from desktop.sync import folder

    def no_links(*_: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")  # as on a FAT stick

    monkeypatch.setattr(os, "link", no_links)
    assert folder.write_file(tmp_path, "abc123", KEY, b"one") == "abc123/00000001.tdsync"
    assert folder.write_file(tmp_path, "abc123", KEY, b"two") == "abc123/00000002.tdsync"
    header = folder.create_header(tmp_path, "moon river")
    assert folder.read_header(tmp_path) == header
