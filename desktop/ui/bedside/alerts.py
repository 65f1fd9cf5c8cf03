"""Bedside alerts: emergency and doctor findings shown in the bedside banner until acknowledged."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, Slot

from desktop.core.model import Baby
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui.bedside.banner import Banner

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from desktop.core.guidance import Finding
    from desktop.ui.bedside.view import BedsideView

ACKNOWLEDGED_SETTING: Final = "guidance.acknowledged"
# guidance.md: emergency and doctor findings are shown as banners until dismissed.
ALERT_SEVERITIES: Final = ("emergency", "doctor")


def finding_key(baby_id: str, finding: Finding) -> str:
    """A key for a finding and its evidence: new evidence (a new sign, say) gives a new alert."""
    import hashlib  # only once the guidance runs, after the window is on screen

    evidence = hashlib.sha256("\n".join(sorted(finding.event_ids or finding.sleep_ids)).encode()).hexdigest()
    return f"{baby_id}:{finding.rule}:{finding.severity}:{evidence[:16]}"


def banner_body(finding: Finding) -> str:
    """The banner's Markdown body: what was logged, what to do and the source."""
    from desktop.guidance.render import BEDSIDE, render_finding

    seen, action, source = render_finding(finding, BEDSIDE).parts
    return f"{seen[1]}\n\n**{action[0]}:** {action[1]}\n\n*{source[0]}: {source[1]}*"


class GuidanceAlerts(QObject):
    """Evaluates the guidance for the bedside's baby and shows urgent findings one at a time.

    Acknowledged keys are kept in ``diary.settings`` so an acknowledged finding stays quiet on the
    next start, while the same rule firing on new evidence shows again. Until ``start`` is called
    the baby is only followed, not checked: the first check waits until the window is on screen.
    """

    def __init__(
        self,
        diary: Diary,
        banner: Banner,
        parent: QObject | None = None,
        today: Callable[[], date] = date.today,
        is_bedside_write: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._is_bedside_write = is_bedside_write  # the bedside's own taps re-check when they log
        self.diary = diary
        self.banner = banner
        self.baby: Baby | None = None
        self.pending: list[tuple[str, Finding]] = []
        self._today = today
        self.started = False
        banner.acknowledged.connect(self._on_banner_acknowledged)

    def acknowledged_keys(self) -> set[str]:
        """The keys of findings the parent already acknowledged."""
        try:
            stored = json.loads(self.diary.settings.get(ACKNOWLEDGED_SETTING, "[]") or "[]")
        except (StoreError, ValueError):
            return set()
        return {str(key) for key in stored} if isinstance(stored, list) else set()

    @Slot(object)
    def set_baby(self, baby: Baby | None) -> None:
        """Follow the baby being logged, and check its guidance (once started)."""
        self.baby = baby
        if self.started:
            self.check()

    @Slot()
    def start(self) -> None:
        """Check the guidance for the first time, and after every change of baby from now on."""
        if not self.started:
            self.started = True
            self.check()

    @Slot()
    def check(self) -> None:
        """Evaluate the guidance now and show the most urgent finding not yet acknowledged."""
        # Imported here: the rules are not needed to put the bedside on screen.
        from desktop.guidance.diary_input import findings_for

        if self.baby is None:
            self.pending = []
        else:
            try:
                findings = findings_for(self.diary, self.baby, self._today())
            except StoreError:
                return  # the bedside shows store errors itself; keep what is shown
            done = self.acknowledged_keys()
            keyed = [(finding_key(self.baby.id, f), f) for f in findings if f.severity in ALERT_SEVERITIES]
            self.pending = [(key, f) for key, f in keyed if key not in done]
        self._show_next()

    def _show_next(self) -> None:
        if not self.pending:
            if self.banner.key.startswith("guidance:") or not self.banner.key:
                self.banner.withdraw()  # an undo may have taken its evidence away
            return
        from desktop.guidance.wording import finding_text

        key, finding = self.pending[0]
        self.banner.show_message(
            f"guidance:{key}", finding.severity, finding_text(finding).title, banner_body(finding)
        )

    @Slot(str)
    def _on_banner_acknowledged(self, key: str) -> None:
        plain = key.removeprefix("guidance:")
        keys = self.acknowledged_keys() | {plain}
        # If this cannot be saved the finding shows again next time, which is the safe side.
        with contextlib.suppress(StoreError):
            self.diary.settings.set(ACKNOWLEDGED_SETTING, json.dumps(sorted(keys)))
        self.pending = [(k, f) for k, f in self.pending if k != plain]
        self._show_next()

    @Slot()
    def _on_bedside_logged(self, *_args: object) -> None:
        self.check()

    @Slot(int)
    def _on_undo_stack_index_changed(self, _index: int) -> None:
        # An undo or redo (or an edit in the history) may add or take away a finding's evidence.
        if self.started and not self._is_bedside_write():
            self.check()


def install_guidance_alerts(
    parent: QObject,
    diary: Diary,
    bedside: BedsideView,
    undo_stack: QUndoStack,
    baby: Baby | None,
    *,
    today: Callable[[], date] = date.today,
) -> GuidanceAlerts:
    """Show urgent findings in the bedside banner; checked once started, then after each sign or episode.

    The window calls ``start`` once it has been painted, so evaluating the rules (tens of
    milliseconds on a long diary) never holds up the bedside appearing; it connects its
    ``baby_changed`` to ``set_baby`` (the parts are handed in: this module knows no window).
    """
    alerts = GuidanceAlerts(
        diary, bedside.findings_banner, parent, today=today, is_bedside_write=lambda: bedside.session.writing
    )
    undo_stack.indexChanged.connect(alerts._on_undo_stack_index_changed)
    bedside.sign_logged.connect(alerts._on_bedside_logged)
    bedside.episode_logged.connect(alerts._on_bedside_logged)
    bedside.episode_panel.answered.connect(alerts._on_bedside_logged)
    bedside.pause_question.answered.connect(alerts._on_bedside_logged)  # a short pause is a doctor item
    alerts.baby = baby
    return alerts
