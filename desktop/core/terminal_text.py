"""User text made safe to print on a terminal: control characters shown as escapes, never obeyed.

A baby's name or note may come from an imported file. Printed raw, an escape sequence in it could
rewrite the terminal's title, hide lines or fake a message; a newline would break a table or the
one-line error rule. Every command prints user text through ``terminal_safe``.
"""

from __future__ import annotations

import unicodedata
from typing import Final

# Invisible characters that reorder or hide what follows (bidirectional overrides and isolates).
_BIDI_CONTROLS: Final = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
_NAMED: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(character: str) -> str:
    if character in _NAMED:
        return _NAMED[character]
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with control, line-breaking and bidirectional characters written as escapes."""
    return "".join(
        _escaped(character)
        if character in _BIDI_CONTROLS or unicodedata.category(character) in ("Cc", "Zl", "Zp")
        else character
        for character in text
    )
