"""Checks on diary records that return clear, specific messages instead of raising."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Final

from desktop.core.model import (
    BODY_PARTS,
    EVENT_KINDS,
    FAMILY_HISTORY_KINDS,
    MAX_SLEEP,
    PAUSE_LENGTHS,
    SIDES,
    SIGNS,
    SLEEP_KINDS,
    STATES,
    STOPPED_ON_WAKING,
    Baby,
    Event,
    Sleep,
)
from desktop.language import QT_TRANSLATE_NOOP, translate

MAX_DUE_DATE_GAP: Final = timedelta(weeks=20)  # a due date further from birth is a typo
MIN_BIRTH_WEIGHT_G: Final = 300  # the smallest babies who survive weigh about this
MAX_BIRTH_WEIGHT_G: Final = 7000  # far above the heaviest recorded newborns' usual range
MAX_EPISODE_S: Final = 24 * 3600  # an episode cannot outlast the longest sleep
MAX_NAME_LENGTH: Final = 100


class Problem(str):
    """One problem as a sentence, knowing the record field it is about (``problem.field``).

    A ``str``, so a message is printed, joined and compared as before; a form puts it beside the
    editor of ``field`` instead of guessing the field from the words.
    """

    field: str

    def __new__(cls, field: str, message: str) -> Problem:
        """A problem with ``field`` (a record attribute such as ``birth_date``) described by ``message``."""
        problem = super().__new__(cls, message)
        problem.field = field
        return problem


# The names of the fields ``_one_of`` checks, as its message calls them ("body part must be one of").
_FIELD_NAMES: Final = (
    QT_TRANSLATE_NOOP("Validation", "kind"),
    QT_TRANSLATE_NOOP("Validation", "body part"),
    QT_TRANSLATE_NOOP("Validation", "side"),
    QT_TRANSLATE_NOOP("Validation", "state"),
    QT_TRANSLATE_NOOP("Validation", "stopped on waking"),
    QT_TRANSLATE_NOOP("Validation", "pause length"),
)


def _one_of(value: object, allowed: tuple[str, ...], what: str, field: str) -> list[Problem]:
    if value in allowed:
        return []
    return [
        Problem(
            field,
            translate("Validation", "{what} must be one of {allowed} (got {value})").format(
                what=translate("Validation", what), allowed=", ".join(allowed), value=repr(value)
            ),
        )
    ]


def validate_baby(baby: Baby, today: date) -> list[Problem]:
    """Problems with a baby's details, each as one sentence; empty when the baby is fine."""
    problems: list[Problem] = []
    name = baby.name.strip()
    if not name:
        problems.append(Problem("name", translate("Validation", "name must not be empty")))
    elif len(name) > MAX_NAME_LENGTH:
        problems.append(
            Problem(
                "name",
                translate("Validation", "name must be at most {count} characters").format(
                    count=MAX_NAME_LENGTH
                ),
            )
        )
    if baby.birth_date > today:
        problems.append(
            Problem(
                "birth_date",
                translate("Validation", "birth date {day} is in the future").format(
                    day=baby.birth_date.isoformat()
                ),
            )
        )
    if baby.due_date is not None and abs(baby.due_date - baby.birth_date) > MAX_DUE_DATE_GAP:
        problems.append(
            Problem("due_date", translate("Validation", "due date must be within 20 weeks of the birth date"))
        )
    if baby.birth_weight_g is not None and not (
        MIN_BIRTH_WEIGHT_G <= baby.birth_weight_g <= MAX_BIRTH_WEIGHT_G
    ):
        problems.append(
            Problem(
                "birth_weight_g",
                translate(
                    "Validation", "birth weight must be between {low} and {high} g (got {weight} g)"
                ).format(low=MIN_BIRTH_WEIGHT_G, high=MAX_BIRTH_WEIGHT_G, weight=baby.birth_weight_g),
            )
        )
    unknown = sorted(set(baby.family_history) - set(FAMILY_HISTORY_KINDS))
    if unknown:
        problems.append(
            Problem(
                "family_history",
                translate("Validation", "family history must be among {allowed} (got {value})").format(
                    allowed=", ".join(FAMILY_HISTORY_KINDS), value=", ".join(unknown)
                ),
            )
        )
    return problems


def validate_sleep(sleep: Sleep, now: datetime, baby: Baby | None = None) -> list[Problem]:
    """Problems with one sleep on its own (overlaps need the other sleeps: see ``overlaps``)."""
    problems = _one_of(sleep.kind, SLEEP_KINDS, "kind", "kind")
    if sleep.start > now:
        problems.append(Problem("start", translate("Validation", "start is in the future")))
    if baby is not None and sleep.start.date() < baby.birth_date:
        problems.append(Problem("start", translate("Validation", "start is before the birth date")))
    if sleep.end is not None:
        if sleep.end < sleep.start:
            problems.append(Problem("end", translate("Validation", "end is before start")))
        elif sleep.end - sleep.start > MAX_SLEEP:
            problems.append(Problem("end", translate("Validation", "a sleep can last at most 24 hours")))
        if sleep.end > now:
            problems.append(Problem("end", translate("Validation", "end is in the future")))
    return problems


def overlaps(sleep: Sleep, others: list[Sleep], now: datetime) -> Sleep | None:
    """The first other sleep of the same baby whose span overlaps this one, if any."""
    end = sleep.end if sleep.end is not None else now
    for other in others:
        if other.id == sleep.id or other.baby_id != sleep.baby_id:
            continue
        other_end = other.end if other.end is not None else now
        if sleep.start < other_end and other.start < end:
            return other
    return None


def _duration_problems(event: Event) -> list[Problem]:
    if event.kind == "episode":
        if event.duration_s is None or event.duration_s <= 0:
            return [Problem("duration_s", translate("Validation", "an episode needs a positive duration"))]
        if event.duration_s > MAX_EPISODE_S:
            return [Problem("duration_s", translate("Validation", "an episode can last at most 24 hours"))]
    elif event.duration_s is not None and event.duration_s < 0:
        return [Problem("duration_s", translate("Validation", "duration must not be negative"))]
    return []


def _link_problems(event: Event, sleep: Sleep | None, baby: Baby | None) -> list[Problem]:
    """Problems with how an event fits its baby and its sleep."""
    problems: list[Problem] = []
    if baby is not None:
        if event.baby_id != baby.id:
            problems.append(Problem("baby_id", translate("Validation", "belongs to another baby")))
        elif event.at.date() < baby.birth_date:
            problems.append(Problem("at", translate("Validation", "time is before the birth date")))
    if sleep is not None:
        if sleep.baby_id != event.baby_id:
            problems.append(Problem("sleep_id", translate("Validation", "its sleep belongs to another baby")))
        elif not sleep.contains(event.at):
            problems.append(Problem("at", translate("Validation", "time is outside its sleep")))
    return problems


def validate_event(
    event: Event, now: datetime, sleep: Sleep | None = None, baby: Baby | None = None
) -> list[Problem]:
    """Problems with one event, given its sleep (when it has one) and its baby."""
    problems = _one_of(event.kind, EVENT_KINDS, "kind", "kind")
    problems += _one_of(event.body_part, BODY_PARTS, "body part", "body_part")
    problems += _one_of(event.side, SIDES, "side", "side")
    problems += _one_of(event.state, STATES, "state", "state")
    if event.stopped_on_waking is not None:
        problems += _one_of(
            event.stopped_on_waking, STOPPED_ON_WAKING, "stopped on waking", "stopped_on_waking"
        )
    if event.pause_length is not None:
        problems += _one_of(event.pause_length, PAUSE_LENGTHS, "pause length", "pause_length")
        if "breathing_pause" not in event.signs:
            problems.append(
                Problem(
                    "pause_length", translate("Validation", "a pause length needs the sign breathing_pause")
                )
            )
    unknown = sorted(set(event.signs) - set(SIGNS))
    if unknown:
        problems.append(
            Problem(
                "signs",
                translate("Validation", "signs must be among {allowed} (got {value})").format(
                    allowed=", ".join(SIGNS), value=", ".join(unknown)
                ),
            )
        )
    problems += _duration_problems(event)
    if event.kind == "sign" and not event.signs:
        problems.append(Problem("signs", translate("Validation", "a sign needs at least one of the signs")))
    if event.at > now:
        problems.append(Problem("at", translate("Validation", "time is in the future")))
    return problems + _link_problems(event, sleep, baby)
