"""Change stamps of a merged diary: a hybrid-logical-clock instant and a device id per record version."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Final

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
# A running sleep has no end: for the overlap rule it reaches far into the future.
OPEN_END_US: Final = 2**62


@dataclass(frozen=True, order=True)
class Stamp:
    """When (UTC milliseconds) and on which device one version of a record was written.

    Stamps order by ``(ms, device)``: of two versions of one id, the later stamp wins on every
    device, whatever the order they arrive in. The offset is kept only to show local times.
    """

    ms: int
    device: str
    offset_s: int = 0

    def key(self) -> tuple[int, str]:
        """What decides which version wins."""
        return (self.ms, self.device)

    def instant(self) -> datetime:
        """The stamp as an aware datetime in the writing device's offset."""
        zone = timezone(timedelta(seconds=self.offset_s))
        return (_EPOCH + timedelta(milliseconds=self.ms)).astimezone(zone)

    @classmethod
    def of(cls, moment: datetime, device: str) -> Stamp:
        """The stamp of an aware datetime (cut to whole milliseconds) written by ``device``."""
        offset = moment.utcoffset()
        if offset is None:
            raise ValueError("a change time must carry a UTC offset")
        # Rounded, not floored: exact for the milliseconds a stamp is written with, and far
        # quicker than datetime arithmetic for the hundred thousand stamps of an import.
        return cls(round(moment.timestamp() * 1000), device, offset.days * 86_400 + offset.seconds)


def wins(incoming: Stamp, stored: Stamp | None) -> bool:
    """True when the incoming version replaces the stored one (none stored: always)."""
    return stored is None or incoming.key() > stored.key()


@dataclass(frozen=True)
class Span:
    """A sleep as the overlap rule sees it: id, baby and UTC microseconds (end None while running)."""

    id: str
    baby_id: str
    start_us: int
    end_us: int | None


def shown_sleeps(spans: Iterable[Span]) -> set[str]:
    """Which sleeps a merged diary shows when two devices logged overlapping sleeps of one baby.

    Per baby, the sleeps in order of (start, id); each is kept unless it overlaps the last one kept.
    A pure function of the set of sleeps, so every device that holds the same sleeps shows the same
    ones; the others are kept aside, never deleted.
    """
    per_baby: dict[str, list[Span]] = {}
    for span in spans:
        per_baby.setdefault(span.baby_id, []).append(span)
    kept: set[str] = set()
    for sleeps in per_baby.values():
        sleeps.sort(key=lambda span: (span.start_us, span.id))
        reach = -OPEN_END_US
        for span in sleeps:
            if span.start_us >= reach:
                kept.add(span.id)
                reach = OPEN_END_US if span.end_us is None else span.end_us
    return kept
