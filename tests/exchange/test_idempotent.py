"""Importing the same file twice changes nothing; a changed record with a known id is a conflict."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.exchange.samples import MIA, NAP, NOW

from desktop.exchange import ExchangeError, import_document
from desktop.store.diary import Diary

Document = dict[str, Any]
Rows = Callable[[Diary], dict[str, list[tuple[object, ...]]]]


def test_importing_twice_skips_everything(
    diary: Diary, sample: Callable[[], Document], rows_of: Rows
) -> None:
    import_document(diary, sample(), NOW)
    before = rows_of(diary)

    summary = import_document(diary, sample(), NOW)

    assert (summary.babies_added, summary.sleeps_added, summary.events_added) == (0, 0, 0)
    assert (summary.babies_skipped, summary.sleeps_skipped, summary.events_skipped) == (2, 3, 5)
    assert (
        summary.describe()
        == "Nothing new to import. 10 records were already in the diary and left as they were."
    )
    assert rows_of(diary) == before


def test_a_second_caregivers_export_adds_only_the_new_records(
    diary: Diary, sample: Callable[[], Document]
) -> None:
    import_document(diary, sample(), NOW)
    later = sample()
    later["events"].append(
        {
            "id": "new-tap",
            "baby_id": MIA,
            "sleep_id": NAP,
            "at": "2026-09-01T14:00:00+05:30",
            "kind": "twitch",
        }
    )

    summary = import_document(diary, later, NOW)

    assert (summary.events_added, summary.events_skipped) == (1, 5)
    assert summary.describe() == (
        "Imported 1 event. 10 records were already in the diary and left as they were."
    )
    assert len(diary.events.in_sleep(NAP)) == 2


def test_first_import_describes_what_it_added(diary: Diary, sample: Callable[[], Document]) -> None:
    summary = import_document(diary, sample(), NOW)

    assert summary.describe() == "Imported 2 babies, 3 sleeps and 5 events."


def _change_note(doc: Document) -> None:
    doc["events"][0]["note"] = "edited on the other phone"


def _change_offset(doc: Document) -> None:
    # The same instant written in another offset: the local time a parent saw differs.
    doc["events"][0]["at"] = "2026-09-01T07:35:12.250Z"


def _change_sleep_end(doc: Document) -> None:
    doc["sleeps"][0]["end"] = "2026-09-01T14:45:00+05:30"


def _change_baby(doc: Document) -> None:
    doc["babies"][0]["family_history"] = ["epilepsy"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            _change_note,
            "events[0]: id 'e7a20000-0000-4000-8000-000000000001' is already in the diary with different",
        ),
        (_change_offset, "events[0]: id 'e7a20000-0000-4000-8000-000000000001' is already in the diary with"),
        (_change_sleep_end, f"sleeps[0]: id '{NAP}' is already in the diary with different content"),
        (_change_baby, f"babies[0]: id '{MIA}' is already in the diary with different content"),
    ],
    ids=["event-note", "event-offset", "sleep-end", "baby-history"],
)
def test_same_id_with_different_content_is_a_conflict_and_nothing_is_written(
    diary: Diary,
    sample: Callable[[], Document],
    rows_of: Rows,
    change: Callable[[Document], None],
    expected: str,
) -> None:
    import_document(diary, sample(), NOW)
    before = rows_of(diary)
    changed = sample()
    change(changed)
    changed["events"].append(
        {
            "id": "new-tap",
            "baby_id": MIA,
            "sleep_id": NAP,
            "at": "2026-09-01T14:00:00+05:30",
            "kind": "twitch",
        }
    )

    with pytest.raises(ExchangeError) as raised:
        import_document(diary, changed, NOW)

    assert len(raised.value.problems) == 1
    assert raised.value.problems[0].startswith(expected)
    assert rows_of(diary) == before
