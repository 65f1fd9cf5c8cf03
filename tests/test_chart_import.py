"""Importing the charts without matplotlib's help text: the module loads, artists work, kwdoc comes back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from matplotlib import artist
from matplotlib.lines import Line2D

from desktop.chart_import import import_charts

ROOT = Path(__file__).resolve().parents[1]

FRESH = """
import inspect, sys
from desktop.chart_import import import_charts
charts = import_charts("desktop.charts")
from matplotlib import artist
from matplotlib.lines import Line2D
line = Line2D([0, 1], [0, 1])
line.set(color="red", lw=4)  # properties and their aliases, as before
assert line.get_linewidth() == 4 and line.get_color() == "red"
assert "linewidth" in inspect.signature(Line2D.set).parameters
assert "linewidth" in artist.kwdoc(Line2D)
print(callable(charts.draw_rate_by_age))
"""


def test_a_fresh_import_skips_only_help_text() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FRESH], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


def test_kwdoc_is_put_back_after_an_import_and_after_a_failed_one() -> None:
    full = artist.kwdoc
    assert import_charts("desktop.charts").draw_episodes is not None
    assert artist.kwdoc is full
    with pytest.raises(ModuleNotFoundError):
        import_charts("desktop.no_such_charts")
    assert artist.kwdoc is full
    assert "linewidth" in artist.kwdoc(Line2D)
