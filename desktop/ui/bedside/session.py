"""The bedside's writes for one baby: taps, sleeps, episodes, signs and answers, each undoable.

No widgets here: the bedside view calls these methods and shows what they return. Every method
writes durably (through ``desktop.ui.commands``) before it returns, and raises ``StoreError`` with
nothing changed when the write fails, so the view can show the tap as NOT logged.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, Final, NamedTuple

from PySide6.QtGui import QUndoStack

from desktop.core.clock import Clock, SystemClock
from desktop.core.model import MAX_SLEEP, Baby, Event, Sleep, new_id
from desktop.core.night_hours import is_night_hour
from desktop.store.diary import Diary
from desktop.ui import commands

MIN_EPISODE_S: Final = 0.1  # an episode is stored with a positive duration even if ended at once
LOOK_BACK: Final = timedelta(hours=24)  # how far back W looks for the twitch or episode that woke
# A running sleep with nothing logged for this long was ended and S forgotten (or the app crashed
# and reopened it the next day): the next tap must not land in it (design.md §3: at most 24 h).
FORGOTTEN_AFTER: Final = {"nap": timedelta(hours=6), "night": timedelta(hours=16)}
# design.md §7: for 30 minutes after a sleep ended the baby has just woken: taps are awake jerks
# (clusters on waking matter most), logged outside any sleep, not the start of a new nap.
JUST_WOKE: Final = timedelta(minutes=30)


def sleep_kind(start: datetime) -> str:
    """``night`` for a sleep that starts between 19:00 and 06:00 local time, else ``nap``."""
    return "night" if is_night_hour(start.hour) else "nap"


class RunningEpisode(NamedTuple):
    """An episode being timed: when it began (wall clock) and a monotonic reading for its length."""

    at: datetime
    started_monotonic: float

    def seconds(self, monotonic_now: float | None = None) -> float:
        """Seconds since it began, from the monotonic clock (a wall clock jump cannot disturb it)."""
        current = time.monotonic() if monotonic_now is None else monotonic_now
        return max(current - self.started_monotonic, 0.0)


class BedsideSession:
    """The state and the writes of the bedside for the chosen baby."""

    def __init__(
        self,
        diary: Diary,
        stack: QUndoStack,
        report_error: commands.ErrorReporter,
        clock: Clock | None = None,
    ) -> None:
        self.diary = diary
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.stack = stack
        self._report_error = report_error
        self.baby: Baby | None = None
        self.sleep: Sleep | None = None
        self.count = 0
        self.last_twitch_at: datetime | None = None
        self.episode: RunningEpisode | None = None
        self.last_activity: datetime | None = None  # the running sleep's start or its latest event's end
        # The baby's state as the parent set it (None: as the sleep says); kept until changed or
        # until a sleep starts or ends.
        self.chosen_state: str | None = None
        self.woke_at: datetime | None = None  # when the last sleep ended
        self.awake_count = 0  # twitches logged outside a sleep since it ended
        self._writing = False
        # Undo and redo change the diary behind our back: read the running sleep again after them.
        stack.indexChanged.connect(self._on_stack_index_changed)

    @property
    def writing(self) -> bool:
        """True while one of this session's own changes is being pushed (not an undo or redo)."""
        return self._writing

    def _on_stack_index_changed(self, _index: int) -> None:
        if not self._writing:
            self.reload()

    def set_baby(self, baby: Baby | None) -> None:
        """Log for this baby from now on; a sleep left running (after a crash) is picked up."""
        self.baby = baby
        self.episode = None
        self.reload()

    def reload(self) -> None:
        """Read the running sleep, its twitch count and the last twitch again (after undo/redo)."""
        baby = self.baby
        before = self.sleep
        self.sleep = None if baby is None else self.diary.sleeps.running(baby.id)
        if (before is None) != (self.sleep is None) or (before and self.sleep and before.id != self.sleep.id):
            self.chosen_state = None  # a sleep started or ended (an undo or redo of one)
        if self.sleep is None:
            self.count = 0
            self.last_twitch_at = None
            self.last_activity = None
            self._read_waking()
            return
        self.woke_at, self.awake_count = None, 0
        self.count = self.diary.events.count_in_sleep(self.sleep.id)
        last = self.diary.events.last_for_baby(self.sleep.baby_id)
        if last is not None and last.sleep_id == self.sleep.id:
            self.last_activity = max(self.sleep.start, last.end)
        else:  # the baby's last event lies outside it (an undo reopened an older sleep)
            ends = [event.end for event in self.diary.events.in_sleep(self.sleep.id)]
            self.last_activity = max([self.sleep.start, *ends])
        if last is not None and last.kind != "twitch":
            twitches = [e for e in self.diary.events.in_sleep(self.sleep.id) if e.kind == "twitch"]
            last = twitches[-1] if twitches else None
        self.last_twitch_at = None if last is None or last.sleep_id != self.sleep.id else last.at

    def _read_waking(self) -> None:
        """When the last sleep ended (if within ``JUST_WOKE``) and the awake twitches since."""
        self.woke_at, self.awake_count = None, 0
        if self.baby is None:
            return
        now = self.clock.now()
        ended = [s.end for s in self.diary.sleeps.for_baby(self.baby.id, since=now - JUST_WOKE) if s.end]
        if ended:
            self.woke_at = max(ended)
            since = self.diary.events.for_baby(self.baby.id, since=self.woke_at)
            self.awake_count = sum(1 for e in since if e.kind == "twitch" and e.sleep_id is None)

    def just_woke(self, now: datetime) -> bool:
        """Whether a sleep ended less than 30 minutes ago and none runs (design.md §7)."""
        woke = self.woke_at
        return self.sleep is None and woke is not None and timedelta(0) <= now - woke < JUST_WOKE

    def state(self, now: datetime) -> str | None:
        """The baby's state taps are logged with: chosen, asleep in a sleep, awake just after one.

        None with no sleep running and nothing chosen: the first tap then starts a sleep (§6).
        """
        if self.chosen_state is not None:
            return self.chosen_state
        if self.sleep is not None:
            return "asleep"
        return "awake" if self.just_woke(now) else None

    def choose_state(self, state: str | None) -> None:
        """The parent says how the baby is now (None: as the sleep says)."""
        self.chosen_state = state

    def _baby(self) -> Baby:
        if self.baby is None:
            raise RuntimeError("no baby chosen")
        return self.baby

    def _push(self, command: commands.DiaryCommand) -> None:
        self._writing = True
        try:
            commands.push(self.stack, command, self._report_error)
        finally:
            self._writing = False

    def _new_sleep(self, start: datetime) -> Sleep:
        return Sleep(id=new_id(), baby_id=self._baby().id, start=start, kind=sleep_kind(start))

    def forgotten(self, now: datetime) -> bool:
        """Whether the running sleep was left running: 24 h long, or quiet too long for its kind."""
        sleep, last = self.sleep, self.last_activity
        if sleep is None or last is None:
            return False
        quiet = FORGOTTEN_AFTER.get(sleep.kind, FORGOTTEN_AFTER["night"])
        return now - sleep.start >= MAX_SLEEP or now - last >= quiet

    def end_forgotten(self, now: datetime) -> Sleep | None:
        """End a forgotten sleep at its last event (one undo step); None when none was forgotten."""
        sleep, last = self.sleep, self.last_activity
        if sleep is None or last is None or not self.forgotten(now):
            return None
        # Its last event as stored (the one in memory may be stale after an undo reopened it).
        last = max([sleep.start, *(event.end for event in self.diary.events.in_sleep(sleep.id))])
        ended = sleep.ended(min(last, sleep.start + MAX_SLEEP))
        self._push(commands.update_sleep(self.diary, sleep, ended, "End forgotten sleep"))
        self.sleep, self.count, self.last_twitch_at, self.last_activity = None, 0, None, None
        self.chosen_state, self.woke_at, self.awake_count = None, ended.end, 0
        return ended

    def start_sleep(self, now: datetime) -> Sleep:
        """Start a sleep now (kind by the local hour); raises StoreError if it cannot be stored."""
        sleep = self._new_sleep(now)
        self._push(commands.add_sleep(self.diary, sleep))
        self.sleep, self.count, self.last_twitch_at, self.last_activity = sleep, 0, None, sleep.start
        self.chosen_state, self.woke_at, self.awake_count = None, None, 0
        return sleep

    def end_sleep(self, now: datetime) -> Sleep:
        """End the running sleep at now, never before its start or its last event (clock jumps)."""
        sleep = self.sleep
        if sleep is None:
            raise RuntimeError("no sleep is running")
        end = min(now, sleep.start + MAX_SLEEP)  # a sleep forgotten for days still stays valid
        end = max([end, sleep.start, *(event.end for event in self.diary.events.in_sleep(sleep.id))])
        ended = sleep.ended(end)
        self._push(commands.update_sleep(self.diary, sleep, ended, "End sleep"))
        self.sleep, self.count, self.last_twitch_at, self.last_activity = None, 0, None, None
        self.chosen_state, self.woke_at, self.awake_count = None, ended.end, 0
        return ended

    def log_twitch(self, at: datetime, body_part: str, side: str) -> Event:
        """Log one twitch; the first tap starts a sleep, unless the baby is awake or drowsy (§7).

        Committed before this returns.
        """
        baby = self._baby()
        sleep = self.sleep
        state = self.state(at)
        if sleep is None and state in ("awake", "drowsy"):
            awake = Event(
                id=new_id(),
                baby_id=baby.id,
                sleep_id=None,
                at=at,
                kind="twitch",
                body_part=body_part,
                side=side,
                state=state,
            )
            self._push(commands.add_event(self.diary, awake))
            self.awake_count += 1
            return awake
        if sleep is not None:
            event = self._twitch(baby, sleep, at, body_part, side, state=state or "asleep")
            self._push(commands.add_event(self.diary, event))
        else:
            sleep = self._new_sleep(at)
            event = self._twitch(baby, sleep, at, body_part, side, state="asleep")
            start = commands.add_sleep(self.diary, sleep)
            tap = commands.add_event(self.diary, event)
            start.report_error = tap.report_error = self._report_error
            start.apply()
            self._writing = True
            try:
                try:
                    tap.apply()
                except Exception:
                    # The sleep did start; keep it undoable even though the tap could not be written.
                    self.stack.push(start)
                    self.sleep, self.count, self.last_twitch_at = sleep, 0, None
                    self.last_activity = sleep.start
                    raise
                # One undo step takes back the tap and the sleep it started.
                self.stack.beginMacro("Log twitch")
                self.stack.push(start)
                self.stack.push(tap)
                self.stack.endMacro()
            finally:
                self._writing = False
            self.sleep = sleep
            self.count = 0
            self.last_activity = sleep.start
            self.chosen_state, self.woke_at, self.awake_count = None, None, 0
        self.count += 1
        self.last_twitch_at = event.at
        self._active_until(event.end)
        return event

    def _active_until(self, end: datetime) -> None:
        if self.last_activity is not None and end > self.last_activity:
            self.last_activity = end

    def _twitch(
        self, baby: Baby, sleep: Sleep, at: datetime, body_part: str, side: str, *, state: str
    ) -> Event:
        # A clock that jumped backwards must not put a tap before the start of its sleep.
        return Event(
            id=new_id(),
            baby_id=baby.id,
            sleep_id=sleep.id,
            at=max(at, sleep.start),
            kind="twitch",
            body_part=body_part,
            side=side,
            state=state,
        )

    def start_episode(self, at: datetime, monotonic_at: float | None = None) -> RunningEpisode:
        """Begin timing an episode (nothing is stored until it ends)."""
        self._baby()
        self.episode = RunningEpisode(at, time.monotonic() if monotonic_at is None else monotonic_at)
        return self.episode

    def cancel_episode(self) -> None:
        """Forget the episode being timed without storing it."""
        self.episode = None

    def end_episode(self, body_part: str, side: str) -> Event:
        """Store the episode being timed, with its length; raises StoreError (still timing) on failure."""
        baby = self._baby()
        episode = self.episode
        if episode is None:
            raise RuntimeError("no episode is being timed")
        length = round(max(episode.seconds(), MIN_EPISODE_S), 1)
        sleep = self.sleep
        # In the running sleep only if it lies within it and within the sleep's 24 hours (a sleep
        # reopened by an undo after it was ended as forgotten must not reach into the next day).
        if sleep is not None and not (
            sleep.start <= episode.at and episode.at + timedelta(seconds=length) <= sleep.start + MAX_SLEEP
        ):
            sleep = None
        event = Event(
            id=new_id(),
            baby_id=baby.id,
            sleep_id=None if sleep is None else sleep.id,
            at=episode.at,
            kind="episode",
            body_part=body_part,
            side=side,
            state=self.state(episode.at) or ("asleep" if sleep is not None else "awake"),
            duration_s=length,
        )
        self._push(commands.add_event(self.diary, event, "Log episode"))
        self.episode = None
        if sleep is not None:
            self._active_until(event.end)
        return event

    def log_sign(self, sign: str, at: datetime, body_part: str, side: str) -> Event:
        """Log something else seen (a sign); it belongs to the running sleep if there is one."""
        baby = self._baby()
        sleep = self.sleep
        inside = sleep is not None and sleep.start <= at
        event = Event(
            id=new_id(),
            baby_id=baby.id,
            sleep_id=sleep.id if sleep is not None and inside else None,
            at=at,
            kind="sign",
            body_part=body_part,
            side=side,
            state=self.state(at) or ("asleep" if inside else "awake"),
            signs=frozenset({sign}),
        )
        self._push(commands.add_event(self.diary, event, "Log sign"))
        if inside:
            self._active_until(event.end)
        return event

    def update(self, event_id: str, text: str, **changes: Any) -> Event | None:
        """Change fields of a stored event (an answer, a note, a video); None if it is gone."""
        before = self.diary.events.get(event_id)
        if before is None:
            return None
        after = replace(before, **changes)
        if after == before:
            return before
        self._push(commands.update_event(self.diary, before, after, text))
        return after

    def last_movement(self, now: datetime) -> Event | None:
        """The baby's most recent twitch or episode of the last 24 hours (what W marks)."""
        events = self.diary.events.for_baby(self._baby().id, since=now - LOOK_BACK)
        return next((e for e in reversed(events) if e.kind in ("twitch", "episode")), None)

    def last_event(self) -> Event | None:
        """The baby's most recent event of any kind, or None."""
        return self.diary.events.last_for_baby(self._baby().id)

    def set_sleep_note(self, note: str) -> Sleep:
        """Write a note on the running sleep."""
        sleep = self.sleep
        if sleep is None:
            raise RuntimeError("no sleep is running")
        noted = replace(sleep, note=note)
        self._push(commands.update_sleep(self.diary, sleep, noted, "Note on sleep"))
        self.sleep = noted
        return noted
