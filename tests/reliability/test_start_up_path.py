"""What the bedside window's start loads before it is on screen: no matplotlib, no large Qt types.

Real processes, started as ``twitch-diary --data-dir DIR`` starts. matplotlib belongs to the
review; Python's json module costs 1.4 ms (the theme's colours are read by Qt's JSON reader).
PySide builds a type with all its enums on first use; the ``Qt`` namespace (~90 enums, 14 ms),
``QIcon``, ``QKeySequence`` and ``QEvent`` wait until after the first paint
(``desktop/ui/startup/qt_by_name.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

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
