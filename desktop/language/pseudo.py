"""The pseudo-locale: English accented and about 40 % longer, placeholders and markup kept intact.

Every translated string then looks like ``⟦Ŝţàŕţ ŝĺéépp ~~~⟧``: a plain-English string left on the
screen was never translated, and a bracket cut off means the text does not fit.
"""

from __future__ import annotations

import math
import re
from typing import Final

OPEN: Final = "⟦"
CLOSE: Final = "⟧"
_ACCENTS: Final = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥíĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept as they are: {placeholders}, %n and %1, printf-style %s and %(name)r (argparse's own words),
# &&, HTML tags and entities, URLs, Markdown links' targets.
KEPT: Final = re.compile(
    r"\{[^{}]*\}|%L?n|%\d+|%\(\w+\)[a-z]|%[sdr]|&&|<[^<>]+>|&[a-z]+;|https?://\S+|\]\([^)]*\)"
)
_GROWTH: Final = 0.4


def _accented(text: str) -> str:
    kept = KEPT.split(text)
    marks = KEPT.findall(text)
    parts = [kept[0].translate(_ACCENTS)]
    for mark, plain in zip(marks, kept[1:], strict=True):
        parts.extend((mark, plain.translate(_ACCENTS)))
    return "".join(parts)


_WORD: Final = 7  # the padding's "words": a long text's padding wraps as a translation's words do


def _padding(text: str) -> str:
    # The brackets and the space count towards the 40 %: German and Finnish run that much longer.
    length = max(1, math.ceil(len(text) * _GROWTH) - 3)
    # Broken into words, so a long paragraph's padding can wrap as a real translation does (one
    # unbroken run of a hundred tildes made a banner 2,000 px wide); never a run of one or two
    # tildes on its own, which Markdown reads as strikethrough.
    words, rest = ["~" * _WORD] * (length // (_WORD + 1)), length % (_WORD + 1)
    if not words or rest >= 3:
        words.append("~" * rest)
    else:
        words[-1] += "~" * (rest + 1)
    return " ".join(word for word in words if word)


def pseudo(text: str) -> str:
    """``text`` in the pseudo-locale; each line marked, so a cut-off line shows its missing end."""
    if not any(character.isalpha() for character in KEPT.sub("", text)):
        return text  # nothing to read (a decimal mark, "{a} – {b}"): marking it would change its meaning
    lines = text.split("\n")
    return "\n".join(
        f"{OPEN}{_accented(line)} {_padding(line)}{CLOSE}" if line.strip() else line for line in lines
    )


def is_pseudo(text: str) -> bool:
    """Whether every non-blank line of ``text`` went through ``pseudo``."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return bool(lines) and all(OPEN in line and CLOSE in line for line in lines)
