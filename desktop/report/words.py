"""Plain words for logged records in the report: times, lengths, body parts and what was marked."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import PurePosixPath, PureWindowsPath
from typing import Final
from urllib.parse import urlsplit

from desktop.core.model import SIGNS, Event, Sleep, ordered

STOPPED_WORDS: Final = {"yes": "yes", "no": "no", "not_tried": "not tried"}
KIND_WORDS: Final = {"twitch": "twitch", "episode": "episode", "sign": "sign seen"}
PAUSE_WORDS: Final = {"under_10s": "under 10 s", "10_to_20s": "10 to 20 s", "over_20s": "over 20 s"}


def words(value: str) -> str:
    """A stored value (``whole_body``, ``eyes_rolling``) as words."""
    return value.replace("_", " ")


def day_text(moment: datetime) -> str:
    """The local calendar day of an instant, e.g. ``"Tue 3 Nov"`` (the report's period gives the year)."""
    return f"{moment.strftime('%a')} {moment.day} {moment.strftime('%b')}"


def clock_text(moment: datetime) -> str:
    """The local wall-clock time an instant was logged at, e.g. ``"02:14"``."""
    return moment.strftime("%H:%M")


def length_text(seconds: float) -> str:
    """A duration like ``"12 s"``, ``"3 min 05 s"`` or ``"1 h 20 min"``."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, rest = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {rest:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def hours_text(duration: timedelta) -> str:
    """Sleep time like ``"6 h 05 min"``."""
    minutes = round(duration.total_seconds() / 60)
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d} min"


def where_text(event: Event) -> str:
    """Side and body part, e.g. ``"left hand"``, ``"whole body"``, ``"not marked"``."""
    if event.body_part == "unknown":
        return "not marked"
    part = words(event.body_part)
    if event.side in ("left", "right"):
        return f"{event.side} {part}"
    if event.side == "both":
        return f"{part}, both sides"
    return part


def yes_no(value: bool | None) -> str:
    """``yes`` / ``no``, or a dash when the parent did not answer."""
    if value is None:
        return "–"
    return "yes" if value else "no"


def video_name(video: str | None) -> str:
    """The file name of a clip (from a path or a URL), or a dash."""
    if not video:
        return "–"
    if "://" in video:
        name = PurePosixPath(urlsplit(video).path).name
        return name or video
    return PureWindowsPath(video).name if "\\" in video else PurePosixPath(video).name


def marked_text(event: Event) -> str:
    """What the parent marked about an event, as a short list joined by `` · ``."""
    parts = [KIND_WORDS.get(event.kind, event.kind)]
    if event.duration_s:
        parts.append(length_text(event.duration_s))
    if event.body_part != "unknown":
        parts.append(where_text(event))
    parts.append(event.state)
    if event.signs:
        parts.append("signs: " + ", ".join(words(sign) for sign in ordered(event.signs, SIGNS)))
    if event.pause_length is not None:
        parts.append(f"pause {PAUSE_WORDS.get(event.pause_length, event.pause_length)}")
    if event.rhythmic:
        parts.append("rhythmic")
    if event.stopped_on_waking is not None:
        parts.append(
            f"stopped on waking: {STOPPED_WORDS.get(event.stopped_on_waking, event.stopped_on_waking)}"
        )
    if event.woke_baby:
        parts.append("woke the baby")
    if event.video:
        parts.append(f"video {video_name(event.video)}")
    return " · ".join(parts)


def event_evidence(event: Event) -> str:
    """One evidence line: when, and what was marked."""
    line = f"{day_text(event.at)}, {clock_text(event.at)} · {marked_text(event)}"
    return f"{line} · “{event.note.strip()}”" if event.note.strip() else line


def sleep_evidence(sleep: Sleep) -> str:
    """One evidence line for a sleep: when it was, how long, which kind."""
    if sleep.end is None:
        return f"{day_text(sleep.start)}, {clock_text(sleep.start)} · {sleep.kind}, still running"
    span = f"{clock_text(sleep.start)}–{clock_text(sleep.end)}"
    return f"{day_text(sleep.start)}, {span} · {sleep.kind}, {hours_text(sleep.duration())}"


def episode_row(event: Event) -> tuple[str, ...]:
    """An episode as a row of the report's episode table."""
    stopped = event.stopped_on_waking
    return (
        day_text(event.at),
        clock_text(event.at),
        length_text(event.duration_s or 0.0),
        where_text(event),
        event.state,
        yes_no(event.woke_baby),
        "–" if stopped is None else STOPPED_WORDS.get(stopped, stopped),
        yes_no(event.rhythmic),
        video_name(event.video),
    )


def event_note_row(event: Event) -> tuple[str, str]:
    """A parent's note on an event: when and on what, and the note."""
    when = f"{day_text(event.at)}, {clock_text(event.at)} ({KIND_WORDS.get(event.kind, event.kind)})"
    return when, event.note.strip()


def sleep_note_row(sleep: Sleep) -> tuple[str, str]:
    """A parent's note on a sleep: when and which kind, and the note."""
    return f"{day_text(sleep.start)}, {clock_text(sleep.start)} ({sleep.kind})", sleep.note.strip()
