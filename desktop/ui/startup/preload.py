"""First screen: fontconfig reads its set-up on a second core while Python imports the window.

The first text Qt lays out makes fontconfig read its configuration and font cache (about 10 ms
here, in C; a bare Qt window with no text never pays it). Started on a worker thread when the
command line opens the window, that reading overlaps the app's own Python imports; ``ctypes``
lets go of Python's lock while it runs. Qt later finds fontconfig set up and goes on from there.

Only fontconfig moves: loading Qt's own libraries ahead on the worker was tried and made the start
slower (the two threads' page faults and mappings contend: the diary's imports took 2.4× as long).

``desktop.app`` starts it; ``desktop.ui.launch`` waits for it before the QApplication exists, so
Qt never reads the set-up while the worker is still building it. Where fontconfig is missing
(Windows, macOS) nothing happens: Qt then finds its fonts as it always does.
"""

from __future__ import annotations

import sys
import threading

_workers: list[threading.Thread] = []  # the one worker, once started


def start_preloading() -> None:
    """Begin reading fontconfig's set-up on a worker thread (Linux and BSD; at most once)."""
    if _workers or sys.platform in ("win32", "darwin"):
        return
    worker = threading.Thread(target=_set_up_fontconfig, name="preload-fonts", daemon=True)
    _workers.append(worker)
    worker.start()


def finish_preloading() -> None:
    """Wait until the worker is done (at once when it never started): before Qt reads any font."""
    for worker in _workers:
        worker.join()


def _set_up_fontconfig() -> None:
    # ctypes is imported here, on the worker: loading it is off the main thread too.
    import ctypes

    try:
        fontconfig = ctypes.CDLL("libfontconfig.so.1")  # the library Qt's own fonts use
        fontconfig.FcInit()  # the configuration and the font cache, as Qt's first font would read them
    except (OSError, AttributeError):
        return  # no fontconfig here: Qt finds its fonts its own way
