"""What the bedside window's start loads before it is on screen: no matplotlib, no large Qt types.

Real processes, started as ``twitch-diary --data-dir DIR`` starts. matplotlib belongs to the
review; Python's json module costs 1.4 ms (the theme's colours are read by Qt's JSON reader).
PySide builds a type with all its enums on first use; the ``Qt`` namespace (~90 enums, 14 ms),
``QIcon``, ``QKeySequence`` and ``QEvent`` wait until after the first paint
(``desktop/ui/startup/qt_by_name.py``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ..xvfb import fresh_xvfb
from .processes import FIRST_PAINT_REPORTER, start_python


def first_paint_report(data_dir: Path) -> dict[str, str]:
    """Start the program on ``data_dir``; what it had loaded when the window first painted."""
    with start_python(FIRST_PAINT_REPORTER, str(data_dir)) as app:
        out, err = app.communicate(timeout=120)
    assert app.returncode == 0, err
    assert "Traceback" not in err, err
    return dict(line.split(" ", 1) for line in out.splitlines())


@pytest.mark.slow
def test_the_bedside_is_on_screen_before_matplotlib_or_large_qt_types_load(filled_dir: Path) -> None:
    first = first_paint_report(filled_dir)
    assert first["view"] == "bedside_view"
    assert first["matplotlib"] == "False"
    # The very first start asks the desktop for its light/dark setting before painting, which
    # builds the namespace; every later start uses the answer saved then.
    again = first_paint_report(filled_dir)
    expected = {
        "large_types_built": "none",
        "matplotlib": "False",
        "json": "False",
        "python_import": "True",  # PySide's import hook was replaced (desktop/ui/startup/python_import.py)
        "view": "bedside_view",
    }
    assert again == expected


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None, reason="needs Xvfb and xdotool"
)
def test_on_a_real_x_display_with_the_pointer_over_the_window_the_rules_still_hold(filled_dir: Path) -> None:
    # Offscreen no pointer ever enters the window; on a desktop it often is where the window
    # appears, and Qt sends the enter event before the first paint. A handler of it that touched
    # Qt's namespace (the tap area's pointing hand did) built it there: 14 ms of a 60 ms margin.
    with fresh_xvfb("1280x800") as display:
        env = {key: value for key, value in os.environ.items() if key != "WAYLAND_DISPLAY"}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        subprocess.run(["xdotool", "mousemove", "500", "380"], env=env, check=True, timeout=30)
        reports = []
        # The first start asks the desktop for its light/dark setting and saves where the window
        # was; the second opens there, under the pointer, as on every later day.
        for _ in range(2):
            with start_python(FIRST_PAINT_REPORTER, str(filled_dir), env=env) as app:
                out, err = app.communicate(timeout=120)
            assert app.returncode == 0, err
            reports.append(dict(line.split(" ", 1) for line in out.splitlines()))
    assert reports[1]["large_types_built"] == "none", reports
    assert reports[1]["matplotlib"] == "False"
