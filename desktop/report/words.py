"""Plain words for logged records in the report: times, lengths, body parts and what was marked."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import PurePosixPath, PureWindowsPath
from typing import Final
from urllib.parse import urlsplit

from desktop.core.model import Event, Sleep
from desktop.core.value_labels import (
    BODY_PART_LABELS,
    EVENT_KIND_LABELS,
    PAUSE_LENGTH_LABELS,
    SIDE_LABELS,
    SIGN_LABELS,
    SLEEP_KIND_LABELS,
    STATE_LABELS,
    STOPPED_ON_WAKING_LABELS,
    label_of,
    sign_words,
)
from desktop.language import translate
from desktop.language.formats import MONTHS, WEEKDAYS

# The one spelling of each stored value (desktop.core.value_labels), under the report's old names.
STOPPED_WORDS: Final = STOPPED_ON_WAKING_LABELS
KIND_WORDS: Final = EVENT_KIND_LABELS
PAUSE_WORDS: Final = PAUSE_LENGTH_LABELS


def words(value: str) -> str:
    """A stored value (``whole_body``, ``eyes_rolling``) as words: its label wherever it has one."""
    for labels in (SIGN_LABELS, BODY_PART_LABELS, STATE_LABELS, SLEEP_KIND_LABELS, EVENT_KIND_LABELS):
        if value in labels:
            return labels[value]
    return label_of({}, value)


def day_text(moment: datetime) -> str:
    """The local calendar day of an instant, e.g. ``"Tue 3 Nov"`` (the report's period gives the year)."""
    weekday = translate("Dates", WEEKDAYS[moment.weekday()])
    return f"{weekday} {moment.day} {translate('Dates', MONTHS[moment.month - 1])}"


def clock_text(moment: datetime) -> str:
    """The local wall-clock time an instant was logged at, e.g. ``"02:14"``."""
    return moment.strftime("%H:%M")


def length_text(seconds: float) -> str:
    """A duration like ``"12 s"``, ``"3 min 05 s"`` or ``"1 h 20 min"``."""
    whole = round(seconds)
    if whole < 60:
        return translate("Report", "{s} s").format(s=whole)
    minutes, rest = divmod(whole, 60)
    if minutes < 60:
        return translate("Report", "{m} min {s:02d} s").format(m=minutes, s=rest)
    hours, minutes = divmod(minutes, 60)
    return translate("Report", "{h} h {m:02d} min").format(h=hours, m=minutes)


def hours_text(duration: timedelta) -> str:
    """Sleep time like ``"6 h 05 min"``."""
    minutes = round(duration.total_seconds() / 60)
    hours, rest = divmod(minutes, 60)
    return translate("Report", "{h} h {m:02d} min").format(h=hours, m=rest)


def where_text(event: Event) -> str:
    """Side and body part, e.g. ``"left hand"``, ``"whole body"``, ``"not sure"``."""
    part = label_of(BODY_PART_LABELS, event.body_part)
    if event.body_part == "unknown":
        return part
    if event.side in ("left", "right"):
        return translate("Report", "{side} {part}").format(side=label_of(SIDE_LABELS, event.side), part=part)
    if event.side == "both":
        return f"{part}, {SIDE_LABELS['both']}"
    return part


def yes_no(value: bool | None) -> str:
    """``yes`` / ``no``, or a dash when the parent did not answer."""
    if value is None:
        return "–"
    return translate("Report", "yes") if value else translate("Report", "no")


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
    parts.append(label_of(STATE_LABELS, event.state))
    if event.signs:
        parts.append(translate("Report", "signs: {signs}").format(signs=sign_words(event.signs)))
    if event.pause_length is not None:
        pause = PAUSE_WORDS.get(event.pause_length, event.pause_length)
        parts.append(translate("Report", "pause {length}").format(length=pause))
    if event.rhythmic:
        parts.append(translate("Report", "rhythmic"))
    if event.stopped_on_waking is not None:
        stopped = STOPPED_WORDS.get(event.stopped_on_waking, event.stopped_on_waking)
        parts.append(translate("Report", "stopped on waking: {answer}").format(answer=stopped))
    if event.woke_baby:
        parts.append(translate("Report", "woke the baby"))
    if event.video:
        parts.append(translate("Report", "video {name}").format(name=video_name(event.video)))
    return " · ".join(parts)


def event_evidence(event: Event) -> str:
    """One evidence line: when, and what was marked."""
    line = f"{day_text(event.at)}, {clock_text(event.at)} · {marked_text(event)}"
    return f"{line} · “{event.note.strip()}”" if event.note.strip() else line


def sleep_evidence(sleep: Sleep) -> str:
    """One evidence line for a sleep: when it was, how long, which kind."""
    if sleep.end is None:
        kind = label_of(SLEEP_KIND_LABELS, sleep.kind)
        running = translate("Report", "{kind}, still running").format(kind=kind)
        return f"{day_text(sleep.start)}, {clock_text(sleep.start)} · {running}"
    span = f"{clock_text(sleep.start)}–{clock_text(sleep.end)}"
    kind = label_of(SLEEP_KIND_LABELS, sleep.kind)
    return f"{day_text(sleep.start)}, {span} · {kind}, {hours_text(sleep.duration())}"


def episode_row(event: Event) -> tuple[str, ...]:
    """An episode as a row of the report's episode table."""
    stopped = event.stopped_on_waking
    return (
        day_text(event.at),
        clock_text(event.at),
        length_text(event.duration_s or 0.0),
        where_text(event),
        label_of(STATE_LABELS, event.state),
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
    kind = label_of(SLEEP_KIND_LABELS, sleep.kind)
    return f"{day_text(sleep.start)}, {clock_text(sleep.start)} ({kind})", sleep.note.strip()
