"""The guidance panel of the review: findings by urgency, each opening to its evidence, advice and source."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Final, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.guidance import SEVERITIES, Finding, evaluate
from desktop.core.model import Baby, Event, Sleep
from desktop.guidance.diary_input import load_input
from desktop.guidance.render import render_finding
from desktop.guidance.wording import (
    disclaimer,
    finding_text,
    format_day,
    label,
    severity_heading,
    severity_meaning,
    too_little_message,
    too_little_title,
)
from desktop.language.catalog import Context
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui.overrides import override
from desktop.ui.translation import translate

SLEEP_ID_ROLE: Final = Qt.ItemDataRole.UserRole
# Findings that ask the parent to act soon are opened at once; the others open on a click.
OPEN_AT_ONCE: Final = frozenset({"emergency", "doctor", "info"})
MIN_HEIGHT: Final = 200  # room for a heading and a finding or two beside the review's summary table
# While held, the panel judges at the latest this long after it was held (should the charts never draw).
HOLD_LIMIT_MS: Final = 3000
# After the charts drew: a few frames for the drawn chart to reach the screen before the rules run.
AFTER_CHARTS_MS: Final = 50


class GuidancePanelWords(Context):
    """The panel's plural messages: plain Python (``Context``), so English has its forms without Qt."""

    def records(self, count: int) -> str:
        """ "3 logged records"."""
        return self.tr("%n logged record(s)", "", count)


def _sleep_label(sleep: Sleep, records: int) -> str:
    kind = translate("GuidancePanel", "Night") if sleep.kind == "night" else translate("GuidancePanel", "Nap")
    end = "…" if sleep.end is None else f"{sleep.end:%H:%M}"
    logged = GuidancePanelWords().records(records)
    return f"{kind}, {format_day(sleep.start.date())}, {sleep.start:%H:%M}–{end} · {logged}"


def _outside_label(event: Event) -> str:
    return (
        translate("GuidancePanel", "Outside a sleep: %1, %2 (%3)")
        .replace("%1", format_day(event.at.date()))
        .replace("%2", f"{event.at:%H:%M}")
        .replace("%3", event.kind)
    )


class TitleLabel(QLabel):
    """A finding's title: wrapped plain text that opens or closes the finding when clicked.

    Signals:
        clicked(): the title was clicked with the left button.
    """

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Open or close the finding, as the arrow button beside it does."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)


class FindingCard(QFrame):
    """One finding: its title as a button that opens what was seen, what to do, the source and the evidence.

    Signals:
        evidence_activated(str): a sleep behind the finding was chosen; carries the sleep id.
    """

    evidence_activated = Signal(str)

    def __init__(
        self,
        finding: Finding,
        sleeps: dict[str, Sleep],
        events: dict[str, Event],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName(f"finding_{finding.rule}")
        self.setProperty("severity", finding.severity)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = finding_text(finding)
        self.toggle, self.title_label = self._build_title(text.title)

        self.details = QWidget(self)
        self.body_label = QLabel(self._body_html(finding), self.details)
        self.body_label.setObjectName("finding_body")
        self.body_label.setWordWrap(True)
        self.body_label.setTextFormat(Qt.TextFormat.RichText)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence_list = QListWidget(self.details)
        self.evidence_list.setObjectName("finding_evidence")
        self.evidence_list.setAccessibleName(label("evidence"))
        self.evidence_list.setWordWrap(True)  # a narrow panel wraps a sleep's line, never cuts it
        self.evidence_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.evidence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fill_evidence(finding, sleeps, events)
        self.evidence_list.itemActivated.connect(self._on_evidence_list_item_activated)
        self.evidence_list.itemClicked.connect(self._on_evidence_list_item_activated)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(22, 0, 0, 4)
        details.addWidget(self.body_label)
        if self.evidence_list.count():
            hint = html.escape(translate("GuidancePanel", "choose a sleep to see its timeline"))
            records = QLabel(f"<b>{html.escape(label('evidence'))}</b> ({hint})", self.details)
            records.setTextFormat(Qt.TextFormat.RichText)  # the app's own markup, its words escaped
            records.setWordWrap(True)
            details.addWidget(records)
            details.addWidget(self.evidence_list)
        else:
            self.evidence_list.hide()

        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.title_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(heading)
        layout.addWidget(self.details)
        self.set_open(finding.severity in OPEN_AT_ONCE)

    def _build_title(self, title: str) -> tuple[QToolButton, TitleLabel]:
        """The arrow button that opens the finding, and its title beside it."""
        toggle = QToolButton(self)
        toggle.setObjectName("finding_toggle")
        toggle.setText(title)
        toggle.setCheckable(True)
        # The button shows the arrow; the title beside it wraps (a button's text never does, and
        # a long title was cut off at the panel's edge at 1000 pixels wide).
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toggle.setAutoRaise(True)
        toggle.setAccessibleName(title)
        toggle.toggled.connect(self._on_toggle_toggled)
        title_label = TitleLabel(title, self)
        title_label.setObjectName("finding_title")
        title_label.clicked.connect(toggle.click)
        return toggle, title_label

    @staticmethod
    def _body_html(finding: Finding) -> str:
        rendered = render_finding(finding)
        paragraphs = [
            f"<p><b>{html.escape(name)}:</b> {html.escape(value)}</p>" for name, value in rendered.parts
        ]
        if rendered.facts:
            facts = "".join(f"<li>{html.escape(fact)}</li>" for fact in rendered.facts)
            paragraphs.append(f"<ul>{facts}</ul><p><i>{html.escape(rendered.facts_source)}</i></p>")
        return "".join(paragraphs)

    def _fill_evidence(self, finding: Finding, sleeps: dict[str, Sleep], events: dict[str, Event]) -> None:
        per_sleep: dict[str, int] = {}
        for event_id in finding.event_ids:
            event = events.get(event_id)
            if event is not None and event.sleep_id is not None:
                per_sleep[event.sleep_id] = per_sleep.get(event.sleep_id, 0) + 1
        for sleep_id in finding.sleep_ids:
            sleep = sleeps.get(sleep_id)
            if sleep is None:
                continue
            item = QListWidgetItem(_sleep_label(sleep, per_sleep.get(sleep_id, 0)), self.evidence_list)
            item.setData(SLEEP_ID_ROLE, sleep_id)
            item.setToolTip(translate("GuidancePanel", "Show this sleep's timeline"))
        for event_id in finding.event_ids:
            event = events.get(event_id)
            if event is not None and event.sleep_id is None:
                item = QListWidgetItem(_outside_label(event), self.evidence_list)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        rows = self.evidence_list.count()
        self.evidence_list.setMaximumHeight(8 + min(rows, 6) * (self.evidence_list.sizeHintForRow(0) + 2))

    @property
    def is_open(self) -> bool:
        """True while the finding's details are shown."""
        return self.toggle.isChecked()

    def set_open(self, open_: bool) -> None:
        """Show or hide the finding's details."""
        self.toggle.setChecked(open_)
        self._on_toggle_toggled(open_)

    @Slot(bool)
    def _on_toggle_toggled(self, checked: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow)
        self.details.setVisible(checked)

    @Slot(QListWidgetItem)
    def _on_evidence_list_item_activated(self, item: QListWidgetItem) -> None:
        sleep_id = item.data(SLEEP_ID_ROLE)
        if isinstance(sleep_id, str):
            self.evidence_activated.emit(sleep_id)


class GuidancePanel(QWidget):
    """What the logged pattern resembles, by urgency, for the chosen baby as of today.

    Signals:
        evidence_activated(str): the parent chose a sleep behind a finding; carries the sleep id.
    """

    evidence_activated = Signal(str)

    def __init__(
        self, diary: Diary, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guidance_panel")
        self.diary = diary
        self._today = today
        self.baby: Baby | None = None
        self.findings: list[Finding] = []
        self.cards: list[FindingCard] = []
        self.held = False
        self._judged: tuple[object, ...] | None = None  # what the findings shown were judged on
        self._release_timer = QTimer(self)
        self._release_timer.setSingleShot(True)
        self._release_timer.timeout.connect(self.release)

        self.disclaimer_label = QLabel(disclaimer(), self)
        self.disclaimer_label.setObjectName("guidance_disclaimer")
        self.disclaimer_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("guidance_status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.hide()

        self._content = QWidget(self)
        self._content_layout = QVBoxLayout(self._content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        self._scroll = scroll = QScrollArea(self)
        scroll.setObjectName("guidance_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so the text is wrapped once for the width it keeps (a scroll bar that comes
        # and goes changes the width after the wrapping, and the last line was cut).
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        inner = QWidget(scroll)
        # As wide as the panel, never wider: the words wrap instead of running under the edge.
        inner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._inner_layout = inner_layout = QVBoxLayout(inner)
        # Findings first (the panel may be short); the statement that the app does not diagnose after them.
        inner_layout.addWidget(self.status_label)
        inner_layout.addWidget(self._content)
        inner_layout.addWidget(self.disclaimer_label)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setMinimumHeight(MIN_HEIGHT)

    def set_baby(self, baby: Baby | None) -> None:
        """Show the guidance for this baby (nothing for None); judged later while held."""
        self.baby = baby
        if not self.held:
            self._refresh_if_changed()

    def hold(self) -> None:
        """Judge nothing until ``release`` (or ``HOLD_LIMIT_MS`` from now): the review's charts draw first."""
        self.held = True
        self._release_timer.start(HOLD_LIMIT_MS)

    @Slot()
    def release_soon(self) -> None:
        """Release the hold in ``AFTER_CHARTS_MS``, once what was drawn has been painted."""
        if self.held:
            self._release_timer.start(AFTER_CHARTS_MS)

    @Slot()
    def release(self) -> None:
        """Stop holding and judge what changed meanwhile."""
        self._release_timer.stop()
        self.held = False
        self._refresh_if_changed()

    @property
    def as_of(self) -> date:
        """The day the guidance is judged as of: today."""
        return self._today()

    def card(self, rule: str) -> FindingCard | None:
        """The card showing a rule's finding, if it fired."""
        return next((card for card in self.cards if card.finding.rule == rule), None)

    def _state(self) -> tuple[object, ...]:
        """What the findings depend on: the baby, the day and the diary's change counters."""
        return self.baby, self.as_of, self.diary.change_stamp()

    def _refresh_if_changed(self) -> None:
        # A chart drawn while the window closes can still release the hold: a closed diary is not read.
        if not self.diary.closed and self._state() != self._judged:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Evaluate the rules again on what is stored now."""
        self._fill()
        self._fit()

    @Slot()
    def _fit(self) -> None:
        """Lay the panel's content out now, at the height its words need, not on the next pass.

        Qt refits a scroll area's content on a layout request it posts: until that came, the content
        kept its old height and the findings just added squeezed the disclaimer under them (half of
        it at 1024 × 600 in the pseudo-locale), and whatever read or grabbed the panel then saw it cut.
        """
        self._inner_layout.activate()  # the new content placed in the old height...
        # ... then the scroll area sizes it to the height the layout needs, which places it again.
        QCoreApplication.sendEvent(self._scroll, QEvent(QEvent.Type.LayoutRequest))

    def _fill(self) -> None:
        """Put the findings (or why there are none) in the panel."""
        self._clear()
        self._judged = self._state()
        if self.baby is None:
            self.findings = []
            return
        as_of = self.as_of
        try:
            loaded = load_input(self.diary, self.baby, as_of)
        except StoreError as error:
            self._show_status(
                translate("GuidancePanel", "The guidance could not be read from the diary."), str(error)
            )
            return
        self.findings = evaluate(self.baby, loaded.sleeps, loaded.events, as_of)
        if not self.findings:
            self._show_status(too_little_title(), too_little_message(as_of))
            return
        sleeps = {sleep.id: sleep for sleep in loaded.sleeps}
        events = {event.id: event for event in loaded.events}
        for severity in SEVERITIES:
            group = [f for f in self.findings if f.severity == severity]
            if group:
                self._add_group(severity, group, sleeps, events)

    def _add_group(
        self, severity: str, group: list[Finding], sleeps: dict[str, Sleep], events: dict[str, Event]
    ) -> None:
        heading = QLabel(
            f"<b>{html.escape(severity_heading(severity))}</b> — {html.escape(severity_meaning(severity))}",
            self._content,
        )
        heading.setTextFormat(Qt.TextFormat.RichText)  # the app's own markup, its words escaped
        heading.setObjectName(f"guidance_heading_{severity}")
        heading.setProperty("severity", severity)
        heading.setWordWrap(True)
        self._content_layout.addWidget(heading)
        heading.show()  # added after the panel may be shown: show now, not on the next event loop pass
        for finding in group:
            card = FindingCard(finding, sleeps, events, self._content)
            card.evidence_activated.connect(self.evidence_activated)
            card.toggle.toggled.connect(self._fit)  # after the card's own slot showed or hid its details
            self._content_layout.addWidget(card)
            card.show()
            self.cards.append(card)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Judge again when the panel comes into view and signs were logged meanwhile (unless held)."""
        super().showEvent(event)
        if not self.held:
            self._refresh_if_changed()

    def _show_status(self, title: str, message: str) -> None:
        self.status_label.setText(f"<p><b>{html.escape(title)}</b></p><p>{html.escape(message)}</p>")
        self.status_label.show()

    def _clear(self) -> None:
        self.status_label.hide()
        self.cards = []
        while self._content_layout.count():
            item = self._content_layout.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()


class SidePanelHost(Protocol):
    """What the review offers a side panel: a tab to live in, a timeline to open and its day."""

    today: Callable[[], date]
    charts_drawn: SignalInstance

    def add_side_panel(self, widget: QWidget, title: str) -> None:
        """Add a panel as a tab beside the charts."""

    def open_sleep(self, sleep_id: str) -> None:
        """Show one sleep's timeline."""


def attach_to_review(review: SidePanelHost, diary: Diary, baby: Baby | None) -> GuidancePanel:
    """Add a guidance panel to the review: choosing a sleep behind a finding opens its timeline.

    The rules are judged once the review's first chart has drawn, so opening the review shows
    the charts without waiting for them (a tenth of a second or more on a long diary).
    """
    # Read the review's clock at each refresh, so a pinned day (in tests) applies to both.
    panel = GuidancePanel(diary, today=lambda: review.today())  # noqa: PLW0108
    panel.hold()
    review.add_side_panel(panel, translate("GuidancePanel", "Guidance"))
    panel.evidence_activated.connect(review.open_sleep)
    review.charts_drawn.connect(panel.release_soon)
    panel.set_baby(baby)
    return panel
