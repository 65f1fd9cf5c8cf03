"""The family key: scrypt from the passphrase, and AES-GCM sealing of every file in the sync folder.

Only the ``cryptography`` package's primitives are used (no home-made crypto). A file's name is
bound into its seal (associated data), so a file copied under another device's name or number
does not open.
"""

from __future__ import annotations

import os
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC: Final = b"TDS1"
NONCE_BYTES: Final = 12
KEY_BYTES: Final = 32
# scrypt's cost: 2**15 x 8 takes 32 MiB and about a tenth of a second, once per device.
SCRYPT_N: Final = 2**15
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
CHECK_TEXT: Final = b"twitch-diary family key"


class NotOpenedError(Exception):
    """The bytes are not a whole file sealed with this key (half-written, damaged, or another key)."""


def derive_key(
    passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P
) -> bytes:
    """The 32-byte family key for a passphrase and the folder's salt."""
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def seal(key: bytes, plain: bytes, name: str) -> bytes:
    """``plain`` encrypted and authenticated under ``key``, bound to the file ``name``."""
    nonce = os.urandom(NONCE_BYTES)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, name.encode("utf-8"))


def unseal(key: bytes, sealed: bytes, name: str) -> bytes:
    """The plain bytes of a sealed file; NotOpenedError when it is not whole or not this key's."""
    if len(sealed) < len(MAGIC) + NONCE_BYTES + 16 or not sealed.startswith(MAGIC):
        raise NotOpenedError(name)
    nonce = sealed[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
    try:
        return AESGCM(key).decrypt(nonce, sealed[len(MAGIC) + NONCE_BYTES :], name.encode("utf-8"))
    except InvalidTag as error:
        raise NotOpenedError(name) from error
