"""Notes and videos at the bedside: a note on the last event (or the sleep), a clip on an episode."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.actions import tr
from desktop.ui.bedside_dialogs import NoteDialog, VideoPicker
from desktop.ui.bedside_session import now_local

if TYPE_CHECKING:
    from desktop.ui.bedside_view import BedsideView


def add_note(view: BedsideView) -> None:
    """Write a note on the last event of the running sleep, or on the sleep itself."""
    _add_note(view)
    view.tap_area.setFocus()  # back to the tap area, whatever the dialog did with the focus


def attach_video(view: BedsideView) -> None:
    """Attach a video file to the last episode (the file stays where it is; its path is stored)."""
    _attach_video(view)
    view.tap_area.setFocus()


def _add_note(view: BedsideView) -> None:
    session = view.session
    if session.baby is None:
        return
    last = session.last_event()
    sleep = session.sleep
    saved: object
    if last is not None and (sleep is None or last.sleep_id == sleep.id):
        title = tr("Note on the {kind} at {time}").format(kind=last.kind, time=last.at.strftime("%H:%M:%S"))
        text = NoteDialog.ask(view, title, last.note)
        if text is None:
            return
        event_id, note = last.id, text
        saved = view.write(tr("The note"), lambda: session.update(event_id, "Note", note=note))
    elif sleep is not None:
        text = NoteDialog.ask(view, tr("Note on this sleep"), sleep.note)
        if text is None:
            return
        sleep_note = text
        saved = view.write(tr("The note"), lambda: session.set_sleep_note(sleep_note))
    else:
        view.show_problem(tr("There is nothing to write a note on yet."))
        return
    if saved is not None:
        view.acknowledge(tr("note saved"))


def _attach_video(view: BedsideView) -> None:
    session = view.session
    if session.baby is None:
        return
    episode = view.asked_episode
    if episode is None:
        last = session.last_movement(now_local())
        episode = last if last is not None and last.kind == "episode" else None
    if episode is None:
        view.show_problem(tr("Time an episode first (E), then attach its video."))
        return
    chosen = VideoPicker.ask(view)
    if not chosen:
        return
    target, path = episode.id, chosen
    updated = view.write(tr("The video"), lambda: session.update(target, "Attach video", video=path))
    if updated is not None:
        view.acknowledge(tr("video attached"))
        asked = view.asked_episode
        if asked is not None:
            view.show_episode(view.diary.events.get(asked.id))
