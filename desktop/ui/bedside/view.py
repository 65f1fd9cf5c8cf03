"""The bedside view: the whole middle is one big, silent, dim tap target for logging twitches.

Every write is committed (through ``BedsideSession``) before the screen shows it as logged; a
write that fails leaves the count alone and says plainly that the tap was NOT logged, and why.

First screen: this module is on the bedside's start-up path and follows the start-up rules of
``desktop/ui/startup/qt_by_name.py`` (enums by name, no ``QIcon`` overloads); the rest of the ui
is ordinary PySide.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Final, TypeVar

from PySide6.QtCore import QSize, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import resources
from desktop.core.clock import Clock, SystemClock
from desktop.core.model import BODY_PARTS, SIDES, SIGNS, Baby, Event
from desktop.core.value_labels import SIGN_LABELS as SIGN_WORDS
from desktop.core.value_labels import STATE_LABELS
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui.bedside.chips import (
    BODY_LABELS,
    SIDE_LABELS,
    SIGN_LABELS,
    ActionButton,
    ChipRow,
    SignButtons,
    align_captions,
)
from desktop.ui.bedside.screen_awake import ScreenAwake
from desktop.ui.bedside.session import BedsideSession
from desktop.ui.bedside.state_row import StateRow
from desktop.ui.bedside.tap_area import TapArea, duration_text
from desktop.ui.bedside.undo_steps import UndoSteps
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.overrides import override
from desktop.ui.startup.qt_by_name import set_enum
from desktop.ui.translation import translate

# Imported where first used: none of these is on the first screen (see finish_start).
if TYPE_CHECKING:
    from desktop.ui.bedside.banner import Banner
    from desktop.ui.bedside.banners import BedsideBanners
    from desktop.ui.bedside.episode_panel import EpisodePanel
    from desktop.ui.bedside.message_layer import MessageLayer
    from desktop.ui.bedside.pause_question import PauseQuestion
    from desktop.ui.bedside.twins_bar import TwinsBar

T = TypeVar("T")

PULSE_MS: Final = 450  # the soft acknowledgement of a tap: long enough to see, short enough for bursts
LONG_EPISODE_S: Final = 5 * 60  # guidance.md: jerking or stiffening for 5 minutes or more → get help now
BUTTON_ACTIONS: Final = ("toggle_sleep", "toggle_episode", "mark_woke", "add_note", "attach_video")
MIN_WIDTH_PX: Final = 600
MIN_HEIGHT_PX: Final = 400  # the view's least height: what 1024x600 leaves under the menu and toolbar
COMPACT_BELOW_PX: Final = 700  # window height under which the bedside packs its rows closer
# A tap area shorter than this with the rows at their roomy size (a longer language wraps them
# onto more lines) packs the rows closer too: the target stays big enough to hit in the dark.
TAP_FLOOR_PX: Final = 160
GUARDED_BUTTONS: Final = frozenset({"toggle_sleep"})  # ends a sleep: a click or S, never a stray Enter


class BedsideView(QWidget):
    """Logging at the bedside for the chosen baby.

    Signals:
        twitch_logged(object): a twitch Event was stored.
        episode_logged(object): an episode Event was stored.
        sign_logged(object): a sign Event was stored.
        write_failed(str): a change could not be stored; carries the message shown.
    """

    twitch_logged = Signal(object)
    episode_logged = Signal(object)
    sign_logged = Signal(object)
    write_failed = Signal(str)

    def __init__(
        self,
        diary: Diary,
        undo_stack: QUndoStack,
        actions: dict[str, QAction],
        parent: QWidget | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bedside_view")
        self.diary = diary
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.session = BedsideSession(diary, undo_stack, self._on_session_error, self.clock)
        self._actions = actions
        self.screen_awake = ScreenAwake()
        self._long_episode_warned = False
        self._shut = False
        self._undo_steps = UndoSteps(undo_stack)
        # The events that raised "get help now" (newest last) and the ones the parent acknowledged:
        # after an undo or redo the banner shows the newest that is still stored, or none.
        self._help_keys: list[str] = []
        self._help_seen: set[str] = set()
        # Hidden until needed, so built after the first paint (finish_start) or when first used.
        self._banners: BedsideBanners | None = None
        self._episode_panel: EpisodePanel | None = None
        self._pause_question: PauseQuestion | None = None
        self._messages: MessageLayer | None = None
        # The chip rows under the tap area give it their height while the episode questions are
        # asked, or while messages over it need more room than it has: it grows downwards.
        self._asking = False
        self._making_room = False
        # The window size at which the roomy rows left the tap area too short (see _rows_crowd).
        self._crowded_at: tuple[int, int] | None = None
        # The screen is held awake from the first paint on: asking the desktop (a D-Bus call,
        # QtDBus loaded) must not hold up the window appearing.
        self._started = False

        self.sleep_label = self._label("sleep_label")
        # A long name or a longer language takes a second line, not the header's buttons' room.
        self.sleep_label.setWordWrap(True)
        self.error_label = self._label("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.tap_area = TapArea(self)
        self.tap_area.pressed.connect(self._on_tap_area_pressed)
        area = self.tap_area
        self.count_label, self.count_caption = area.count_label, area.count_caption
        self.since_label, self.episode_label = area.since_label, area.episode_label
        self.logged_label = area.logged_label

        self.body_chips = ChipRow(
            "body_part",
            translate("Bedside", "Where"),
            BODY_PARTS,
            BODY_LABELS,
            default="unknown",
            parent=self,
        )
        self.side_chips = ChipRow(
            "side", translate("Bedside", "Side"), SIDES, SIDE_LABELS, default="unknown", parent=self
        )
        self.state_row = StateRow(self)
        self.state_row.chosen.connect(self._on_state_row_chosen)
        self.control_buttons: dict[str, QToolButton] = {}

        self.sign_row = SignButtons(SIGNS, SIGN_LABELS, self)
        self.sign_row.sign_clicked.connect(self._on_sign_row_sign_clicked)
        self.sign_buttons = self.sign_row.buttons

        self._lay_out(actions)
        self._pulse_timer = QTimer(self)
        self._pulse_timer.setSingleShot(True)
        self._pulse_timer.setInterval(PULSE_MS)
        self._pulse_timer.timeout.connect(self._on_pulse_timer_timeout)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._tick.start()
        undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.refresh()

    def _lay_out(self, actions: dict[str, QAction]) -> None:
        # One page that fits the window at every size it is made for (1024x600 and up): the tap
        # area takes the height left, and messages are laid over its top (MessageLayer), so
        # nothing moves under the parent's finger and nothing needs scrolling.
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(6)
        header = self.header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.sleep_label, 1)
        self._header = header
        self._twins: TwinsBar | None = None  # built when a second baby arrives
        # Full screen hides the menus and the toolbar: this is the way out for a mouse or a finger.
        leave = self.leave_full_screen_button = ActionButton(self)
        leave.setDefaultAction(actions["leave_fullscreen"])
        leave.setObjectName("button_leave_fullscreen")
        set_enum(leave, "toolButtonStyle", "ToolButtonTextOnly")
        leave.hide()
        header.addWidget(leave)
        layout.addLayout(header)
        layout.addWidget(self.tap_area, 1)  # stretch: the tap target takes all the height left
        layout.addWidget(self.state_row)
        layout.addWidget(self.body_chips)
        layout.addWidget(self.side_chips)
        layout.addWidget(self.sign_row)
        layout.addLayout(self._control_row(actions))
        # One column of captions: every row's chips start at the same place in every language.
        rows = (self.state_row, self.body_chips, self.side_chips, self.sign_row)
        align_captions(*(row.caption for row in rows))

    @override
    def minimumSizeHint(self) -> QSize:
        """Small enough for a 1024x600 screen before the compact rows apply (they follow the height),
        and never a floor for a window the parent makes smaller than the sizes it is made for."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), MIN_WIDTH_PX), min(hint.height(), MIN_HEIGHT_PX))

    @property
    def twins(self) -> TwinsBar:
        """The twins' bar in the header, one button per baby (built when first needed)."""
        if self._twins is None:
            from desktop.ui.bedside.twins_bar import TwinsBar

            self._twins = TwinsBar(self.diary, self)
            self._header.insertWidget(0, self._twins)
        return self._twins

    def show_babies(self, babies: tuple[Baby, ...], current: Baby | None) -> None:
        """List the babies in the twins' bar (shown with two or more), ``current`` checked."""
        if len(babies) > 1 or self._twins is not None:
            self.twins.show_babies(babies, current, self.clock.now())

    @property
    def messages(self) -> MessageLayer:
        """The layer over the tap area's top for banners, questions and errors (built when first asked)."""
        if self._messages is None:
            from desktop.ui.bedside.message_layer import MessageLayer

            layer = self._messages = MessageLayer(self.tap_area, self)
            layer.anchor_resized.connect(self._on_messages_anchor_resized)
            layer.placed.connect(self._on_messages_placed)
            layer.add(self.error_label, 0)
            self._on_messages_anchor_resized(self.tap_area.height())
        return self._messages

    @property
    def banners(self) -> BedsideBanners:
        """The "get help now" and guidance banners above the count (built the first time asked)."""
        if self._banners is None:
            from desktop.ui.bedside.banners import BedsideBanners

            banners = self._banners = BedsideBanners(self)
            banners.help_banner.acknowledged.connect(self._on_help_banner_acknowledged)
            banners.findings_banner.acknowledged.connect(self._on_findings_banner_acknowledged)
            # The banners themselves go over the tap area; BedsideBanners keeps their rules.
            banners.hide()
            self.messages.add(banners.help_banner, 1)
            self.messages.add(banners.findings_banner, 4)  # after the questions: they are one tap
            self._follow_the_page_with_tab()
        return self._banners

    @property
    def help_banner(self) -> Banner:
        """The red "get help now" banner."""
        return self.banners.help_banner

    @property
    def findings_banner(self) -> Banner:
        """The banner for guidance findings (filled by ``desktop.ui.bedside.alerts``)."""
        return self.banners.findings_banner

    @property
    def episode_panel(self) -> EpisodePanel:
        """The questions about a logged episode, below the tap area (built the first time asked)."""
        if self._episode_panel is None:
            from desktop.ui.bedside.episode_panel import EpisodePanel

            panel = self._episode_panel = EpisodePanel(self)
            panel.answered.connect(self._on_episode_panel_answered)
            panel.closed.connect(self._on_episode_panel_closed)
            self.messages.add(panel, 3)
            self._follow_the_page_with_tab()
        return self._episode_panel

    @property
    def pause_question(self) -> PauseQuestion:
        """How long a marked breathing pause lasted, asked above the tap area (built when first asked)."""
        if self._pause_question is None:
            from desktop.ui.bedside.pause_question import PauseQuestion

            question = self._pause_question = PauseQuestion(self)
            question.answered.connect(self._on_pause_question_answered)
            question.asked.connect(self._on_pause_question_asked)
            self.messages.add(question, 2)
            self._follow_the_page_with_tab()
        return self._pause_question

    def _follow_the_page_with_tab(self) -> None:
        # Tab goes down the page as it is laid out: banners, tap area, episode questions, chips,
        # buttons. Widgets built after the first paint would otherwise come last in the chain.
        page: list[QWidget] = []
        if self._banners is not None:
            banners = self._banners
            page += [banners.help_banner.acknowledge_button, banners.findings_banner.acknowledge_button]
        if self._pause_question is not None:
            page += self._pause_question.findChildren(QAbstractButton)
        page.append(self.tap_area)
        if self._episode_panel is not None:
            page += self._episode_panel.findChildren(QAbstractButton)
        for row in (self.state_row, self.body_chips, self.side_chips, self.sign_row):
            page += row.findChildren(QAbstractButton)
        page += self.control_buttons.values()
        for first, second in itertools.pairwise(page):
            QWidget.setTabOrder(first, second)

    @property
    def asked_episode(self) -> Event | None:
        """The episode the panel asks about now, if any."""
        return None if self._episode_panel is None else self._episode_panel.episode

    def finish_start(self) -> None:
        """After the window's first paint: build the hidden parts, keep the screen awake for a sleep."""
        _ = self.messages, self.banners, self.episode_panel
        self.tap_area.show_pointing_hand()
        self._started = True
        if self.session.sleep is not None:
            self.screen_awake.hold()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        # Plain text from the start (the baby's name is shown here): the window-wide plain-text
        # rule is installed only after the first paint.
        set_enum(label, "textFormat", "PlainText")
        return label

    def _control_row(self, actions: dict[str, QAction]) -> FlowLayout:
        # A second line for the buttons rather than cutting their words (a longer language).
        row = FlowLayout()
        for name in BUTTON_ACTIONS:
            button = ActionButton(self)
            button.setDefaultAction(actions[name])
            button.setObjectName(f"button_{name}")
            button.enter_presses = name not in GUARDED_BUTTONS
            button.setAccessibleName(actions[name].toolTip())
            set_enum(button, "toolButtonStyle", "ToolButtonTextOnly")
            set_enum(button, "focusPolicy", "StrongFocus")
            row.addWidget(button)
            self.control_buttons[name] = button
        return row

    # -- state shown -------------------------------------------------------------------------

    def set_baby(self, baby: Baby | None) -> None:
        """Log for this baby; a sleep it has running (after a crash, say) shows as running."""
        current = self.session.baby
        if baby is not None and current is not None and baby.id == current.id:
            self.session.baby = baby  # new details (an edited name): keep the sleep and the episode
            self.refresh()
            return
        if self.session.episode is not None:
            self.toggle_episode()  # store the episode being timed before switching babies
        self.session.set_baby(baby)
        self.tap_area.show_notice("")
        self._end_forgotten(self.clock.now())  # a sleep left running since yesterday (a crash, say)
        self.show_episode(None)
        if self._pause_question is not None:
            self._pause_question.ask(None)
        self.error_label.hide()
        self.logged_label.clear()
        self.refresh()

    @property
    def sleep_running(self) -> bool:
        """True while a sleep is running for the chosen baby."""
        return self.session.sleep is not None

    @property
    def episode_running(self) -> bool:
        """True while an episode is being timed."""
        return self.session.episode is not None

    def shut_down(self) -> None:
        """Stop the clock and let the screen blank again: the window is closing its diary."""
        self._shut = True
        self._tick.stop()
        self._pulse_timer.stop()
        self.screen_awake.release()

    def refresh(self) -> None:
        """Show the count, the sleep's running time, the time since the last twitch and the episode."""
        if self._shut:
            return
        session = self.session
        now = self.clock.now()
        sleep = session.sleep
        name = session.baby.name if session.baby is not None else ""
        # While a sleep runs the screen stays on (where the platform allows), so the count is seen.
        if sleep is None:
            self.screen_awake.release()
        elif self._started:
            self.screen_awake.hold()
        self._show_counts(now)
        self.state_row.show_state(session.state(now), session.just_woke(now))
        if sleep is None and session.just_woke(now) and session.woke_at is not None:
            self.sleep_label.setText(
                translate("Bedside", "{name} · just woke at {time}").format(
                    name=name, time=session.woke_at.strftime("%H:%M")
                )
            )
        elif sleep is None:
            self.sleep_label.setText(translate("Bedside", "{name} · no sleep running").format(name=name))
        else:
            kind = translate("Bedside", "Night") if sleep.kind == "night" else translate("Bedside", "Nap")
            self.sleep_label.setText(
                translate("Bedside", "{name} · {kind} since {start} · {length}").format(
                    name=name,
                    kind=kind,
                    start=sleep.start.strftime("%H:%M"),
                    length=duration_text(sleep.duration(now).total_seconds()),
                )
            )
        self._refresh_episode()
        if self._twins is not None:
            self._twins.refresh(now)

    def _show_counts(self, now: datetime) -> None:
        session = self.session
        state = session.state(now)
        if session.sleep is None and state in ("awake", "drowsy"):
            # Taps now are jerks on waking (or while drowsy): counted apart, outside any sleep.
            if session.just_woke(now):
                caption = translate(
                    "Bedside", "awake · taps are logged as awake · Asleep again or S starts the next sleep"
                )
            else:
                caption = translate("Bedside", "{state} · taps are logged outside a sleep").format(
                    state=STATE_LABELS[state]
                )
            self.tap_area.show_awake_count(session.awake_count, caption)
            return
        self.tap_area.show_counts(session.count, session.sleep is not None, session.last_twitch_at, now)

    def _refresh_episode(self) -> None:
        episode = self.session.episode
        # The buttons say what they will do now (the menus share these actions).
        self._say(
            "toggle_sleep",
            translate("Bedside", "End &sleep")
            if self.session.sleep
            else translate("Bedside", "Start &sleep"),
        )
        self._say(
            "toggle_episode",
            translate("Bedside", "End &episode") if episode else translate("Bedside", "Start &episode"),
        )
        if episode is None:
            if not self.episode_label.isHidden():
                self.tap_area.show_episode("", "")
            return
        from desktop.ui.bedside.episode_panel import TIPS  # an episode is timed only after the first paint

        seconds = episode.seconds()
        self.tap_area.show_episode(
            translate("Bedside", "Episode {length} — press E or hold Space to stop").format(
                length=duration_text(seconds)
            ),
            resources.read_localized_json(*TIPS)["running"],
        )
        if seconds >= LONG_EPISODE_S and not self._long_episode_warned:
            self._long_episode_warned = True
            self.show_get_help("long_episode", long_episode=True)

    def _say(self, name: str, text: str) -> None:
        # Only on a change: the clock refreshes every second and menus repaint on every setText.
        action = self._actions[name]
        if action.text() != text:
            action.setText(text)

    def show_get_help(self, key: str, long_episode: bool = False) -> None:
        """Show the red "get help now" banner with what to do, scrolled into view."""
        if key.startswith("event:"):
            if key in self._help_keys:
                self._help_keys.remove(key)
            self._help_keys.append(key)
            self._help_seen.discard(key)
        self.banners.show_get_help(key, long_episode)
        self.messages.ensureWidgetVisible(self.help_banner)

    def acknowledge(self, text: str, counts_only: bool = False) -> None:
        """Show that a change was stored: a short text and a dim pulse of the count.

        ``counts_only`` when only the count changed (a tap in a running sleep): the rest is
        redrawn by the clock each second, and a tap must cost as little as it can.
        """
        self.error_label.hide()
        self.logged_label.setText(text)
        if not counts_only:
            self.refresh()
        elif not self._shut:
            self._show_counts(self.clock.now())
        self.tap_area.pulse(True)
        self._pulse_timer.start()

    def write(self, what: str, write: Callable[[], T]) -> T | None:
        """Run one write; on a StoreError show "<what> NOT logged" with the reason and return None."""
        try:
            return write()
        except StoreError as error:
            self._on_session_error(
                translate("Bedside", "{what} was NOT logged: {reason}").format(what=what, reason=error)
            )
            return None

    def _end_forgotten(self, now: datetime) -> bool:
        """End a sleep left running (at its last event) before logging at ``now``; say so."""
        if not self.session.forgotten(now):
            return False
        ended = self.write(
            translate("Bedside", "The end of the forgotten sleep"), lambda: self.session.end_forgotten(now)
        )
        if ended is None or ended.end is None:
            return False
        kind = translate("Bedside", "night") if ended.kind == "night" else translate("Bedside", "nap")
        same_day = ended.start.date() == now.date()
        start = ended.start.strftime("%H:%M" if same_day else "%a %H:%M")
        self.tap_area.show_notice(
            translate(
                "Bedside",
                "The {kind} from {start} was still running with nothing logged since {last}: "
                "it was ended then, {length} long. Ctrl+Z takes that back.",
            ).format(
                kind=kind,
                start=start,
                last=ended.end.strftime("%H:%M" if ended.end.date() == now.date() else "%a %H:%M"),
                length=duration_text(ended.duration().total_seconds()),
            )
        )
        self.refresh()
        return True

    # -- commands (the main window's actions call these) -----------------------------------------

    def log_twitch(self, at: datetime | None = None) -> Event | None:
        """Log one twitch with the chips' body part and side; None (and a message) if not stored."""
        if self.session.baby is None:
            return None
        when = at or self.clock.now()
        self._end_forgotten(when)
        sleep_running = self.session.sleep is not None
        event = self.write(
            translate("Bedside", "The twitch"),
            lambda: self.session.log_twitch(when, self.body_chips.value(), self.side_chips.value()),
        )
        if event is not None:
            text = translate("Bedside", "logged {time}").format(time=event.at.strftime("%H:%M:%S"))
            if event.sleep_id is None:
                text = translate("Bedside", "logged {time}, {state}").format(
                    time=event.at.strftime("%H:%M:%S"), state=STATE_LABELS[event.state]
                )
            self.acknowledge(text, counts_only=sleep_running)
            self.twitch_logged.emit(event)
        return event

    def toggle_sleep(self) -> None:
        """Start a sleep, or end the running one (storing an episode being timed first)."""
        if self.session.baby is None:
            return
        now = self.clock.now()
        self.tap_area.show_notice("")
        if self.session.episode is None and self._end_forgotten(now):
            return  # S on a sleep left running: it ends at its last event, not now
        if self.session.sleep is None:
            sleep = self.write(translate("Bedside", "The sleep start"), lambda: self.session.start_sleep(now))
            if sleep is not None:
                self.acknowledge(
                    translate("Bedside", "sleep started {time}").format(time=sleep.start.strftime("%H:%M"))
                )
            return
        if self.session.episode is not None:
            self.toggle_episode()
            if self.session.episode is not None:
                return  # the episode could not be stored: keep the sleep open so nothing is lost
        ended = self.write(translate("Bedside", "The sleep end"), lambda: self.session.end_sleep(now))
        if ended is not None and ended.end is not None:
            self.acknowledge(
                translate("Bedside", "sleep ended {time} after {length}").format(
                    time=ended.end.strftime("%H:%M"), length=duration_text(ended.duration().total_seconds())
                )
            )

    def toggle_episode(self, at: datetime | None = None, monotonic_at: float | None = None) -> None:
        """Start timing an episode, or end and store the one being timed and ask about it."""
        if self.session.baby is None:
            return
        if self.session.episode is None:
            self._end_forgotten(at or self.clock.now())
            self.session.start_episode(at or self.clock.now(), monotonic_at)
            self._long_episode_warned = False
            self.show_episode(None)
            self.acknowledge(translate("Bedside", "episode started — timing"))
            return
        event = self.write(
            translate("Bedside", "The episode"),
            lambda: self.session.end_episode(self.body_chips.value(), self.side_chips.value()),
        )
        if event is not None:
            self.acknowledge(
                translate("Bedside", "episode logged {time}, {length}").format(
                    time=event.at.strftime("%H:%M:%S"), length=duration_text(event.duration_s or 0)
                )
            )
            self.show_episode(event)
            self.episode_logged.emit(event)

    def mark_woke(self) -> None:
        """Mark that the last twitch or episode woke the baby."""
        if self.session.baby is None:
            return
        now = self.clock.now()
        last = self.session.last_movement(now)
        if last is None:
            self._on_session_error(translate("Bedside", "There is no twitch or episode to mark yet."))
            return
        updated = self.write(
            translate("Bedside", "The mark"),
            lambda: self.session.update(last.id, "Woke the baby", woke_baby=True),
        )
        if updated is not None:
            what = (
                translate("Bedside", "episode") if last.kind == "episode" else translate("Bedside", "twitch")
            )
            self.acknowledge(
                translate("Bedside", "marked: the {what} at {time} woke the baby").format(
                    what=what, time=last.at.strftime("%H:%M:%S")
                )
            )
            if self.asked_episode is not None and self.asked_episode.id == updated.id:
                self.show_episode(updated)

    def log_sign(self, sign: str) -> Event | None:
        """Log something seen; an emergency sign also shows the "get help now" banner at once."""
        if self.session.baby is None:
            return None
        now = self.clock.now()
        self._end_forgotten(now)
        event = self.write(
            translate("Bedside", "The sign"),
            lambda: self.session.log_sign(sign, now, self.body_chips.value(), self.side_chips.value()),
        )
        if event is not None:
            self.acknowledge(
                translate("Bedside", "logged {sign} {time}").format(
                    sign=SIGN_WORDS[sign], time=now.strftime("%H:%M:%S")
                )
            )
            if event.is_emergency:
                self.show_get_help(f"event:{event.id}")
            if sign == "breathing_pause":
                self.pause_question.ask(event)
            self.sign_logged.emit(event)
        return event

    def add_note(self) -> None:
        """Write a note on the last event of the running sleep, or on the sleep itself."""
        from desktop.ui.bedside import notes as bedside_notes  # its dialogs are not needed until asked for

        bedside_notes.add_note(self)

    def attach_video(self) -> None:
        """Attach a video file to the last episode (the file stays where it is; its path is stored)."""
        from desktop.ui.bedside import notes as bedside_notes

        bedside_notes.attach_video(self)

    def show_episode(self, event: Event | None) -> None:
        """Ask about this episode (None: stop asking); the body-part rows make room meanwhile.

        The questions lie over the tap area; the rows below it give it their height meanwhile,
        so the area grows downwards and its top, where the finger is, stays.
        """
        if event is not None or self._episode_panel is not None:
            self.episode_panel.show_event(event)
        self._asking = event is not None
        self._show_rows()

    def _show_rows(self) -> None:
        shown = not (self._asking or self._making_room)
        for row in (self.body_chips, self.side_chips, self.sign_row):
            if row.isHidden() == shown:
                row.setVisible(shown)

    # -- slots -------------------------------------------------------------------------------

    def show_problem(self, message: str) -> None:
        """Say plainly, in the view and without a dialog, what could not be done and why."""
        self._on_session_error(message)

    def _on_session_error(self, message: str) -> None:
        _ = self.messages  # the error is shown over the tap area, where the parent looks
        self.error_label.setText(message)
        self.error_label.show()
        self.write_failed.emit(message)

    @Slot(int)
    def _on_messages_placed(self, wanted: int) -> None:
        layer = self.messages
        self.tap_area.cover_top(layer.geometry().bottom() + 1 - self.tap_area.y() if layer.isVisible() else 0)
        rows = (self.body_chips, self.side_chips, self.sign_row)
        spacing = self._layout.spacing()
        width = self._layout.contentsRect().width()
        # The tap area's height with the rows shown, whether they are shown now or not (their
        # chips wrap: their height is the one they take at the view's width).
        hidden = sum(
            (row.heightForWidth(width) if width > 0 else row.sizeHint().height()) + spacing
            for row in rows
            if row.isHidden()
        )
        making_room = wanted > self.tap_area.height() - hidden
        if making_room != self._making_room:
            self._making_room = making_room
            self._show_rows()

    @Slot(int)
    def _on_messages_anchor_resized(self, height: int) -> None:
        self.tap_area.fit_height(height)
        window = self.window()
        # A short window (1024x600) packs the rows closer and the buttons lower (10-base.qss).
        compact = window.height() < COMPACT_BELOW_PX or self._rows_crowd(window, height)
        if bool(window.property("compact")) != compact:
            window.setProperty("compact", compact)
            window.setStyleSheet(window.styleSheet())  # re-polishes every widget for the new rules

    def _rows_crowd(self, window: QWidget, tap_height: int) -> bool:
        """Whether the rows at their roomy size leave the tap area under its floor at this size.

        Measured only while the rows are roomy and shown; the answer holds for this window size
        and smaller ones (packing the rows closer must not flip the style back and forth), and is
        asked again once the window grows.
        """
        size = (window.width(), window.height())
        crowded = self._crowded_at
        if crowded is not None and size[0] <= crowded[0] and size[1] <= crowded[1]:
            return True
        self._crowded_at = None
        if bool(window.property("compact")) or self._asking or self._making_room:
            return False
        if tap_height < TAP_FLOOR_PX:
            self._crowded_at = size
            return True
        return False

    @Slot(str)
    def _on_state_row_chosen(self, state: str) -> None:
        session = self.session
        if session.baby is None:
            return
        if state == "asleep" and session.sleep is None:
            self.toggle_sleep()  # "asleep again": the next sleep starts with one tap
        else:
            session.choose_state(state)
            self.acknowledge(translate("Bedside", "the baby is {state}").format(state=STATE_LABELS[state]))
        self.tap_area.setFocus()

    @Slot()
    def _on_tap_area_pressed(self) -> None:
        self.log_twitch()

    @Slot(str)
    def _on_sign_row_sign_clicked(self, sign: str) -> None:
        self.log_sign(sign)

    @Slot()
    def _on_episode_panel_closed(self) -> None:
        self.show_episode(None)
        self.tap_area.setFocus()  # not the next button in the chain (End sleep, under Enter)

    @Slot(str)
    def _on_help_banner_acknowledged(self, key: str) -> None:
        self._help_seen.add(key)
        self.tap_area.setFocus()

    @Slot(str)
    def _on_findings_banner_acknowledged(self, _key: str) -> None:
        self.tap_area.setFocus()

    def _follow_the_store(self) -> None:
        """After an undo or redo: the banner, the questions and the panel show only what is stored."""
        if self._banners is not None:
            help_banner = self._banners.help_banner
            for key in reversed(self._help_keys):
                event = self.diary.events.get(key.removeprefix("event:"))
                if event is not None and event.is_emergency and key not in self._help_seen:
                    if help_banner.key != key or not help_banner.isVisibleTo(self):
                        self.show_get_help(key)
                    break
            else:
                if help_banner.key.startswith("event:"):
                    help_banner.withdraw()
        question = self._pause_question
        if question is not None and question.asked_event is not None:
            stored = self.diary.events.get(question.asked_event.id)
            if stored is None or "breathing_pause" not in stored.signs:
                question.ask(None)
        panel_event = self.asked_episode
        if panel_event is not None:
            self.show_episode(self.diary.events.get(panel_event.id))

    @Slot(str, str, object)
    def _on_episode_panel_answered(self, event_id: str, field: str, value: object) -> None:
        changes: dict[str, object] = {field: value}
        if field == "signs" and isinstance(value, frozenset) and "breathing_pause" not in value:
            changes["pause_length"] = None  # a length belongs to a pause: unmarked, it goes too
        updated = self.write(
            translate("Bedside", "The answer"), lambda: self.session.update(event_id, "Answer", **changes)
        )
        self.show_episode(updated if updated is not None else self.diary.events.get(event_id))
        if updated is not None:
            self.acknowledge(translate("Bedside", "answer saved"))
            if field == "signs" and updated.is_emergency:
                self.show_get_help(f"event:{event_id}")
            asked = self._pause_question is not None and self._pause_question.asked_event is not None
            if field == "signs" and ("breathing_pause" in updated.signs or asked):
                self.pause_question.ask(updated)

    @Slot()
    def _on_pause_question_asked(self) -> None:
        self.messages.ensureWidgetVisible(self.pause_question)

    @Slot(str, object)
    def _on_pause_question_answered(self, event_id: str, length: object) -> None:
        updated = self.write(
            translate("Bedside", "The pause length"),
            lambda: self.session.update(event_id, "Pause length", pause_length=length),
        )
        if updated is not None:
            self.acknowledge(translate("Bedside", "pause length saved"))
            # A pause under 10 s with nothing worse is not "get help now" (guidance.md v2,
            # Event.is_short_pause): the red banner goes; the guidance says what it is instead.
            self._follow_the_store()
        self.tap_area.setFocus()

    @Slot(int)
    def _on_undo_stack_index_changed(self, _index: int) -> None:
        if self._shut:
            return  # the window is closing its diary (the stack is being cleared)
        step = self._undo_steps.step()
        if self.session.writing:
            return  # our own change: the command that made it shows it (keeps the tap path short)
        if step is not None:
            # The line said what was logged last; now it says what was taken back (or made again).
            self.error_label.hide()
            self.tap_area.show_notice("")
            self.logged_label.setText(step.line())
        elif self.session.baby is not None:
            self.logged_label.clear()  # changed elsewhere (the history): the last line may be stale
        self._follow_the_store()
        self.refresh()

    @Slot()
    def _on_pulse_timer_timeout(self) -> None:
        self.tap_area.pulse(False)

    @Slot()
    def _on_tick_timeout(self) -> None:
        if self.isVisible():
            self.refresh()
