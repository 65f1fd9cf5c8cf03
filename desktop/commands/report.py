"""The ``report`` command: save the checkup PDF for one baby and a period, without a display."""

from __future__ import annotations

import contextlib
import os
import threading
from datetime import date
from pathlib import Path

from desktop.commands.failure import fail
from desktop.core.terminal_text import terminal_safe
from desktop.language import translate
from desktop.language.catalog import Context
from desktop.language.system_errors import reason
from desktop.store.diary import Diary
from desktop.store.errors import StoreError


class ReportCommand(Context):
    """The command's plural messages (see ``desktop.language.catalog.Context``)."""

    def saved(self, pages: int) -> str:
        """ "Saved the checkup report for {name}, {period}, to {path} (3 pages)."."""
        return self.tr("Saved the checkup report for {name}, {period}, to {path} (%n page(s)).", "", pages)


def _preload_charts() -> None:
    """Import the chart drawing (and matplotlib) ahead of use; a failure shows at the real import."""
    from desktop.chart_import import import_charts

    with contextlib.suppress(Exception):
        import_charts("desktop.report.figures")  # without matplotlib's help text: a fifth faster


def _unwritable(output: Path) -> str | None:
    """Why ``output`` cannot be written, or None; checked before the slow drawing starts."""
    folder = output.parent if str(output.parent) else Path()
    if output.is_dir():
        return translate("ReportCommand", "{path} is a folder").format(path=output)
    if not folder.is_dir():
        return translate("ReportCommand", "the folder {folder} does not exist").format(folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK) or (output.exists() and not os.access(output, os.W_OK)):
        return translate("ReportCommand", "no permission to write in {folder}").format(folder=folder)
    return None


def run_report(data_dir: Path, baby: str, output: Path, date_from: date | None, date_to: date | None) -> int:
    """Write the report PDF for ``baby`` (id or name) over the period to ``output``; the exit code.

    The period defaults to the 28 days up to today. Failures print one line on stderr and return 1;
    the diary is only read, and ``output`` is replaced whole or left as it was.
    """
    from desktop.report.build import build_content, gather
    from desktop.report.content import days_text, report_days

    try:
        days = report_days(date_from, date_to, date.today())
    except ValueError as error:
        return fail(translate("ReportCommand", "Cannot make the report: {problem}.").format(problem=error))
    problem = _unwritable(output)
    if problem is not None:
        return fail(
            translate(
                "ReportCommand", "Cannot save the report to {path}: {problem}; nothing was written."
            ).format(path=output, problem=problem)
        )
    # PySide6 first, in this thread: its start-up walks sys.modules, which the charts' import on
    # the other thread changes meanwhile ("dictionary changed size during iteration", an abort).
    import PySide6.QtGui  # noqa: F401 - loaded for its start-up, used by desktop.report.output

    # matplotlib takes a good part of the report's time to import; SQLite and Qt let go of the
    # GIL while they work, so importing the charts meanwhile makes the command faster.
    charts_loaded = threading.Thread(target=_preload_charts, daemon=True)
    charts_loaded.start()
    try:
        with Diary(data_dir) as diary:
            found = diary.babies.find(baby)
            data = gather(diary, found, days)
    except StoreError as error:
        charts_loaded.join()
        return fail(str(error))

    from desktop.report.output import ensure_gui_application, write_pdf

    ensure_gui_application()  # Qt's application belongs to the main thread
    charts_loaded.join()
    from desktop.report.figures import report_charts

    content = build_content(data, charts=report_charts)
    try:
        pages = write_pdf(content, output)
    except OSError as error:
        return fail(
            translate(
                "ReportCommand", "Cannot save the report to {path}: {problem}; nothing was written."
            ).format(path=output, problem=reason(error))
        )
    period = days_text(data.days)  # from the birth date at the earliest
    name = terminal_safe(found.name)
    print(ReportCommand().saved(pages).format(name=name, period=period, path=output))
    return 0
