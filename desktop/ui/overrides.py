"""``@override`` for methods that replace a Qt virtual (``paintEvent``, ``data``, ``undo``, ...).

mypy --strict checks that each marked method really overrides one, so a misspelt ``keyPressEvnt``
is an error instead of a method Qt never calls. ``typing.override`` arrives in Python 3.12; on 3.11
it is ``typing_extensions``' (which mypy itself ships), and at run time the mark does nothing, so
the app needs no extra dependency and the bedside's start-up imports nothing more.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from typing_extensions import override
else:
    _Method = TypeVar("_Method", bound=Callable[..., object])

    def override(method: _Method) -> _Method:
        """Mark ``method`` as replacing a base class's (checked by mypy; nothing at run time)."""
        return method


__all__ = ["override"]
