"""Where the diary lives, and how instants, dates and sets are written to columns and read back."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.store import paths
from desktop.store.codec import (
    columns_to_instant,
    date_to_text,
    instant_to_columns,
    set_to_text,
    text_to_date,
    text_to_set,
)

linux_only = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG layout")


@pytest.mark.parametrize(
    ("flag", "environ", "expected"),
    [
        ("/flag", {"TWITCH_DIARY_DATA_DIR": "/env", "XDG_DATA_HOME": "/xdg"}, Path("/flag")),
        (None, {"TWITCH_DIARY_DATA_DIR": "/env", "XDG_DATA_HOME": "/xdg"}, Path("/env")),
        (None, {"TWITCH_DIARY_DATA_DIR": "", "XDG_DATA_HOME": "/xdg"}, Path("/xdg/twitch-diary")),
        (None, {"XDG_DATA_HOME": "/xdg"}, Path("/xdg/twitch-diary")),
    ],
)
@linux_only
def test_data_dir_precedence(
    flag: str | None, environ: dict[str, str], expected: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", environ["XDG_DATA_HOME"])
    assert paths.resolve_data_dir(flag, environ) == expected


@linux_only
def test_default_folders_follow_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert paths.resolve_data_dir(None, {}) == tmp_path / ".local" / "share" / "twitch-diary"
    demo = paths.default_demo_dir()
    assert demo == tmp_path / ".local" / "share" / "twitch-diary-demo"
    assert not demo.is_relative_to(paths.resolve_data_dir(None, {})), "the demo is beside, not inside"


def test_data_dir_flag_expands_the_home_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert paths.resolve_data_dir("~/diary", {}) == tmp_path / "diary"


offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda minutes: timedelta(minutes=minutes))
instants = st.builds(
    lambda moment, offset: moment.replace(tzinfo=UTC).astimezone(timezone(offset)),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2200, 1, 1)),
    offsets,
)


@given(instants)
def test_instant_round_trips_with_its_offset(moment: datetime) -> None:
    micros, offset_s = instant_to_columns(moment)
    back = columns_to_instant(micros, offset_s)
    assert back == moment
    assert back.utcoffset() == moment.utcoffset()
    assert (back.hour, back.minute, back.microsecond) == (moment.hour, moment.minute, moment.microsecond)


@given(instants, instants)
def test_stored_instants_sort_like_the_instants(first: datetime, second: datetime) -> None:
    """Queries order by the UTC column, so it must sort the way time does, whatever the offsets."""
    assert (instant_to_columns(first)[0] < instant_to_columns(second)[0]) == (first < second)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        instant_to_columns(datetime(2026, 9, 1, 13, 0))


@given(st.frozensets(st.sampled_from(("a", "b", "c", "d"))))
def test_sets_round_trip_in_canonical_order(values: frozenset[str]) -> None:
    text = set_to_text(values, ("d", "c", "b", "a"))
    assert text_to_set(text) == values
    assert text == ",".join(value for value in ("d", "c", "b", "a") if value in values)


def test_dates_are_plain_iso_text() -> None:
    assert date_to_text(date(2028, 2, 29)) == "2028-02-29"
    assert text_to_date("2028-02-29") == date(2028, 2, 29)
    assert date_to_text(None) is None
    assert text_to_date(None) is None
