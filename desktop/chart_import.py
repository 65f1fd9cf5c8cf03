"""Imports the modules that load matplotlib, without building help text nobody reads (no Qt)."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.artist import Artist

_LOCK = threading.Lock()  # the report imports its charts on a thread; one patch at a time


def _no_kwdoc(artist: Artist | type[Artist] | Iterable[Artist | type[Artist]]) -> str:
    return ""


def import_charts(name: str) -> ModuleType:
    """Import module ``name``; if this loads matplotlib, skip writing the help of each artist's ``set``.

    matplotlib lists every property of each Artist subclass in the docstring of its ``set``
    method as the class is defined (``matplotlib.artist.kwdoc``): about a fifth of its import
    time, for text only ``help()`` shows (the same lists pasted into other docstrings come out
    empty too). ``set`` itself and its signature are unchanged, and ``kwdoc`` is put back as
    soon as the import is done.
    """
    with _LOCK:
        from matplotlib import artist

        full = artist.kwdoc
        artist.kwdoc = _no_kwdoc
        try:
            return importlib.import_module(name)
        finally:
            artist.kwdoc = full
