"""Notes and videos at the bedside: a note on the last event (or the sleep), a clip on an episode."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from desktop.ui.bedside.dialogs import NoteDialog, VideoPicker
from desktop.ui.bedside.session import BedsideSession
from desktop.ui.translation import translate

if TYPE_CHECKING:
    from desktop.core.model import Event
    from desktop.store.diary import Diary
    from desktop.ui.bedside.tap_area import TapArea

_T = TypeVar("_T")


class BedsideParts(Protocol):
    """What the notes need of the bedside view (a protocol: the view imports this module, not back)."""

    session: BedsideSession
    diary: Diary

    @property
    def tap_area(self) -> TapArea:
        """The area that takes the taps: the dialogs open over it, and it has the focus again after."""

    @property
    def asked_episode(self) -> Event | None:
        """The episode the bedside is asking about, if any."""

    def write(self, what: str, write: Callable[[], _T]) -> _T | None:
        """Run one change of the diary, saying so if it could not be saved."""

    def acknowledge(self, text: str) -> None:
        """Confirm quietly that something was saved."""

    def show_problem(self, message: str) -> None:
        """Say what went wrong."""

    def show_episode(self, event: Event | None) -> None:
        """Ask about this episode (None: stop asking)."""


def add_note(view: BedsideParts) -> None:
    """Write a note on the last event of the running sleep, or on the sleep itself."""
    _add_note(view)
    view.tap_area.take_keyboard()  # back to the tap area, whatever the dialog did with the focus


def attach_video(view: BedsideParts) -> None:
    """Attach a video file to the last episode (the file stays where it is; its path is stored)."""
    _attach_video(view)
    view.tap_area.take_keyboard()


def _add_note(view: BedsideParts) -> None:
    session = view.session
    if session.baby is None:
        return
    last = session.last_event()
    sleep = session.sleep
    saved: object
    if last is not None and (sleep is None or last.sleep_id == sleep.id):
        title = translate("BedsideNotes", "Note on the {kind} at {time}").format(
            kind=last.kind, time=last.at.strftime("%H:%M:%S")
        )
        text = NoteDialog.ask(view.tap_area, title, last.note)
        if text is None:
            return
        event_id, note = last.id, text
        saved = view.write(
            translate("BedsideNotes", "The note"), lambda: session.update(event_id, "Note", note=note)
        )
    elif sleep is not None:
        text = NoteDialog.ask(view.tap_area, translate("BedsideNotes", "Note on this sleep"), sleep.note)
        if text is None:
            return
        sleep_note = text
        saved = view.write(translate("BedsideNotes", "The note"), lambda: session.set_sleep_note(sleep_note))
    else:
        view.show_problem(translate("BedsideNotes", "There is nothing to write a note on yet."))
        return
    if saved is not None:
        view.acknowledge(translate("BedsideNotes", "note saved"))


def _attach_video(view: BedsideParts) -> None:
    session = view.session
    if session.baby is None:
        return
    episode = view.asked_episode
    if episode is None:
        last = session.last_movement(session.clock.now())
        episode = last if last is not None and last.kind == "episode" else None
    if episode is None:
        view.show_problem(translate("BedsideNotes", "Time an episode first (E), then attach its video."))
        return
    chosen = VideoPicker.ask(view.tap_area)
    if not chosen:
        return
    target, path = episode.id, chosen
    updated = view.write(
        translate("BedsideNotes", "The video"), lambda: session.update(target, "Attach video", video=path)
    )
    if updated is not None:
        view.acknowledge(translate("BedsideNotes", "video attached"))
        asked = view.asked_episode
        if asked is not None:
            view.show_episode(view.diary.events.get(asked.id))
