"""Merging one baby entered on two devices: every sleep and event moved to one id, in one transaction.

Two sleeps of the two that overlap (both caregivers logged the same night) become one: the kept
baby's sleep takes the other's events and spans both. Each move is an ordinary change (stamped,
synced); ``BabyMerge.undo`` puts every record back as it was, also as changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from desktop.core.model import MAX_SLEEP, Baby, Event, Sleep
from desktop.language import translate
from desktop.language.catalog import Context
from desktop.language.counts import RecordCounts
from desktop.language.formats import list_text
from desktop.store.diary import Diary
from desktop.store.errors import ConflictError, NotFoundError


class MergeWords(Context):
    """The baby merge's plural message (see ``desktop.language.catalog.Context``)."""

    def joined(self, count: int) -> str:
        """ "2 nights logged on both devices are now one sleep each."."""
        return self.tr("%n night(s) logged on both devices, now one sleep each.", "", count)


@dataclass
class BabyMerge:
    """What a merge of ``other`` into ``keep`` changed, kept so that it can be undone."""

    keep: Baby
    other: Baby
    kept_details: Baby  # ``keep`` after the merge (empty details filled from ``other``)
    other_sleeps: list[Sleep] = field(default_factory=list)
    other_events: list[Event] = field(default_factory=list)
    widened: list[tuple[Sleep, Sleep]] = field(default_factory=list)  # kept sleep before, after
    folded: dict[str, str] = field(default_factory=dict)  # other's sleep id -> kept sleep id

    def describe(self) -> str:
        """What the merge did, for the user: what moved, and the nights logged on both joined."""
        counts = RecordCounts()
        text = translate("BabyMerge", "Merged the two records of {name}: {records} moved.").format(
            name=self.keep.name,
            records=list_text([counts.sleeps(len(self.other_sleeps)), counts.events(len(self.other_events))]),
        )
        if self.folded:
            text += " " + MergeWords().joined(len(self.folded))
        return text

    def undo(self, diary: Diary) -> None:
        """Put both babies and every record back as they were before the merge (one transaction)."""
        with diary.transaction():
            diary.babies.add(self.other)
            diary.babies.update(self.keep)
            for before, _ in reversed(self.widened):  # a sleep widened twice: back step by step
                diary.sleeps.update(before)
            for sleep in self.other_sleeps:
                if sleep.id in self.folded:
                    diary.sleeps.add(sleep)
                else:
                    _move_sleep(diary, sleep.id, self.other.id)
            for event in self.other_events:
                diary.events.update(event)


def _move_sleep(diary: Diary, sleep_id: str, baby_id: str) -> None:
    diary.connection.execute("UPDATE sleep SET baby_id = ? WHERE id = ?", (baby_id, sleep_id))


def _overlapping(sleep: Sleep, others: list[Sleep]) -> Sleep | None:
    far = sleep.start + MAX_SLEEP * 2
    end = sleep.end or far
    return next((o for o in others if o.start < end and sleep.start < (o.end or far)), None)


def _span(first: Sleep, second: Sleep) -> Sleep:
    end = None if first.end is None or second.end is None else max(first.end, second.end)
    return replace(first, start=min(first.start, second.start), end=end)


def merge_babies(diary: Diary, keep_id: str, other_id: str) -> BabyMerge:
    """Move ``other``'s sleeps and events to ``keep``, delete ``other``; StoreError: nothing changed."""
    keep, other = diary.babies.get(keep_id), diary.babies.get(other_id)
    if keep is None or other is None or keep_id == other_id:
        raise NotFoundError(
            translate(
                "BabyMerge", "Give the ids of two different babies in this diary (see 'twitch-diary babies')."
            )
        )
    details = replace(
        keep,
        due_date=keep.due_date or other.due_date,
        birth_weight_g=keep.birth_weight_g or other.birth_weight_g,
        family_history=keep.family_history | other.family_history,
        note=keep.note or other.note,
    )
    merge = BabyMerge(keep, other, details)
    merge.other_sleeps = diary.sleeps.for_baby(other_id)
    merge.other_events = diary.events.for_baby(other_id)
    with diary.transaction():
        kept = diary.sleeps.for_baby(keep_id)
        for sleep in merge.other_sleeps:
            target = _overlapping(sleep, kept)
            if target is None:
                _move_sleep(diary, sleep.id, keep_id)
                continue
            wide = _span(target, sleep)
            if wide.end is not None and wide.end - wide.start > MAX_SLEEP:
                raise ConflictError(
                    translate(
                        "BabyMerge",
                        "A sleep of each would join into one over 24 hours ({start}); edit one of them"
                        " first. Nothing was changed.",
                    ).format(start=f"{wide.start:%Y-%m-%d %H:%M}")
                )
            merge.folded[sleep.id] = target.id
            merge.widened.append((target, wide))
            kept[kept.index(target)] = wide
        for event in merge.other_events:
            sleep_id = merge.folded.get(event.sleep_id or "", event.sleep_id)
            diary.events.update(replace(event, baby_id=keep_id, sleep_id=sleep_id))
        for sleep_id in merge.folded:
            diary.sleeps.delete(sleep_id)  # empty now: its events moved to the kept sleep
        for before, wide in merge.widened:
            if diary.sleeps.get(before.id) is not None:
                diary.sleeps.update(wide)
        diary.babies.update(details)
        diary.babies.delete(other_id)
    return merge
