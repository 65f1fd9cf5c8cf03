"""Reading one JSON object's fields with strict types, noting each problem under its JSON path."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, datetime
from typing import Final

from desktop.exchange.timetext import TimeTextError, parse_date, parse_instant
from desktop.language import QT_TRANSLATE_NOOP, translate

_SHOWN_VALUE_LENGTH: Final = 40


_JSON_TYPES: Final = ((bool, "boolean"), (int, "number"), (float, "number"), (str, "string"),
                     (list, "array"), (dict, "object"))  # fmt: skip


# A JSON type as a problem message names it ("must be a list (got object)"), and a value of it.
_TYPE_WORDS: Final = {
    "null": QT_TRANSLATE_NOOP("ExchangeProblems", "null"),
    "boolean": QT_TRANSLATE_NOOP("ExchangeProblems", "boolean"),
    "number": QT_TRANSLATE_NOOP("ExchangeProblems", "number"),
    "string": QT_TRANSLATE_NOOP("ExchangeProblems", "string"),
    "array": QT_TRANSLATE_NOOP("ExchangeProblems", "array"),
    "object": QT_TRANSLATE_NOOP("ExchangeProblems", "object"),
}
_A_TYPE: Final = {
    "array": QT_TRANSLATE_NOOP("ExchangeProblems", "a list"),
    "object": QT_TRANSLATE_NOOP("ExchangeProblems", "an object"),
}


def type_text(value: object) -> str:
    """The JSON type of a value in the run's language ("object"), for a problem message."""
    name = json_type(value)
    return translate("ExchangeProblems", _TYPE_WORDS[name]) if name in _TYPE_WORDS else name


def json_type(value: object) -> str:
    """The JSON name of a value's type (``boolean`` before ``number``: bool is an int in Python)."""
    if value is None:
        return "null"
    for kind, name in _JSON_TYPES:
        if isinstance(value, kind):
            return name
    return type(value).__name__


def shown(value: object) -> str:
    """A short, one-line, escaped rendering of a value for a problem message."""
    if isinstance(value, str):
        text = repr(value)
    elif value is None or isinstance(value, bool):
        text = {None: "null", True: "true", False: "false"}[value]
    elif isinstance(value, int | float):
        text = (
            repr(value)
            if not isinstance(value, int) or value.bit_length() < 200
            else translate("ExchangeProblems", "a huge number")
        )
    else:
        name = json_type(value)
        text = translate("ExchangeProblems", _A_TYPE[name]) if name in _A_TYPE else name
    if len(text) > _SHOWN_VALUE_LENGTH:
        text = text[: _SHOWN_VALUE_LENGTH - 1] + "…"
    return text


def is_text(value: object) -> bool:
    """True for a string that can be stored as UTF-8 (no lone surrogates from ``\\ud800`` escapes)."""
    if not isinstance(value, str):
        return False
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _not_one_of(allowed: tuple[str, ...], value: object) -> str:
    """ "must be one of a, b (got 'c')": the names are the file's own words, never translated."""
    return translate("ExchangeProblems", "must be one of {names} (got {value})").format(
        names=", ".join(allowed), value=shown(value)
    )


def _with_value(error: Exception, value: object) -> str:
    """A time or date problem followed by the value the file held."""
    return translate("ExchangeProblems", "{problem} (got {value})").format(problem=error, value=shown(value))


class JsonObject(dict[str, object]):
    """A decoded JSON object that remembers keys the file held twice (json keeps only the last)."""

    duplicate_keys: tuple[str, ...] = ()


def duplicate_keys(obj: Mapping[object, object]) -> tuple[str, ...]:
    """Keys a JSON object held more than once (recorded by the file reader's object hook)."""
    return obj.duplicate_keys if isinstance(obj, JsonObject) else ()


_MISSING: Final = object()  # a key left out, as opposed to one given as null
_NO_NAMES: Final[frozenset[str]] = frozenset()


class FieldReader:
    """Reads the fields of one JSON object at ``path``; ``ok`` turns False at the first problem.

    Each reading method returns a usable placeholder after a problem so the caller can go on and
    report every problem of the record at once; the record is only built when ``ok`` stays True.
    """

    def __init__(
        self, obj: Mapping[object, object], path: str, allowed: frozenset[str], problems: list[str]
    ) -> None:
        self._obj = obj
        self._path = path
        self._problems = problems
        self.ok = True
        if not obj.keys() <= allowed:
            for key in obj:
                if key not in allowed:
                    self.problem(
                        None, translate("ExchangeProblems", "unknown key {key}").format(key=shown(key))
                    )
        for key in duplicate_keys(obj):
            self.problem(key, translate("ExchangeProblems", "appears more than once"))

    def problem(self, key: str | None, message: str) -> None:
        """Note a problem with one field (or with the whole record when ``key`` is None)."""
        self.ok = False
        where = self._path if key is None else f"{self._path}.{key}"
        self._problems.append(f"{where}: {message}")

    def _wrong(self, key: str, expected: str, value: object) -> None:
        self.problem(
            key,
            translate("ExchangeProblems", "must be {expected} (got {value})").format(
                expected=expected, value=shown(value)
            ),
        )

    def has(self, key: str) -> bool:
        """True when the key is present (even as null)."""
        return key in self._obj

    def identifier(self, key: str) -> str:
        """A required, non-empty id string."""
        value = self._obj.get(key, _MISSING)
        if value is _MISSING:
            self.problem(key, translate("ExchangeProblems", "required"))
            return ""
        if not isinstance(value, str) or not is_text(value):
            self._wrong(key, translate("ExchangeProblems", "an id string"), value)
            return ""
        if not 0 < len(value) <= 100 or value != value.strip():
            self._wrong(
                key,
                translate(
                    "ExchangeProblems", "a non-empty id without surrounding spaces, at most 100 characters"
                ),
                value,
            )
            return ""
        return value

    def optional_identifier(self, key: str) -> str | None:
        """An id string, or None when left out or null."""
        if self._obj.get(key) is None:
            return None
        return self.identifier(key) or None

    def text(self, key: str, *, required: bool = False) -> str:
        """A string, ``""`` when left out (or a problem when required)."""
        value = self._obj.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.problem(key, translate("ExchangeProblems", "required"))
            return ""
        if not isinstance(value, str):
            self._wrong(key, translate("ExchangeProblems", "a string"), value)
            return ""
        if not is_text(value):
            self.problem(
                key, translate("ExchangeProblems", "holds an invalid character (a lone UTF-16 surrogate)")
            )
            return ""
        return value

    def optional_text(self, key: str) -> str | None:
        """A string, or None when left out or null."""
        if self._obj.get(key) is None:
            return None
        return self.text(key)

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        """One of the allowed names, ``default`` when left out."""
        value = self._obj.get(key, _MISSING)
        if value is _MISSING:
            return default
        if not isinstance(value, str) or value not in allowed:
            self.problem(key, _not_one_of(allowed, value))
            return default
        return value

    def optional_choice(self, key: str, allowed: tuple[str, ...]) -> str | None:
        """One of the allowed names, or None when left out or null."""
        if self._obj.get(key) is None:
            return None
        return self.choice(key, allowed, allowed[0])

    def boolean(self, key: str, default: bool = False) -> bool:
        """true or false, ``default`` when left out (null is not a boolean here)."""
        value = self._obj.get(key, _MISSING)
        if value is _MISSING:
            return default
        if not isinstance(value, bool):
            self._wrong(key, translate("ExchangeProblems", "true or false"), value)
            return default
        return value

    def optional_boolean(self, key: str) -> bool | None:
        """true, false, or None when left out or null."""
        if self._obj.get(key) is None:
            return None
        return self.boolean(key)

    def optional_integer(self, key: str) -> int | None:
        """A whole number (not a boolean, not 3.0), or None when left out or null."""
        value = self._obj.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            self._wrong(key, translate("ExchangeProblems", "a whole number or null"), value)
            return None
        return value

    def optional_number(self, key: str) -> float | None:
        """A finite number (not a boolean), or None when left out or null."""
        value = self._obj.get(key)
        if value is None:
            return None
        if not isinstance(value, int | float) or isinstance(value, bool):
            self._wrong(key, translate("ExchangeProblems", "a number or null"), value)
            return None
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
        if not math.isfinite(number):
            self._wrong(key, translate("ExchangeProblems", "a finite number"), value)
            return None
        return number

    def name_set(self, key: str, allowed: tuple[str, ...]) -> frozenset[str]:
        """A list of distinct allowed names, empty when left out."""
        value = self._obj.get(key, _MISSING)
        if value is _MISSING or value == []:
            return _NO_NAMES
        if not isinstance(value, list):
            among = translate("ExchangeProblems", "a list of names among {names}")
            self._wrong(key, among.format(names=", ".join(allowed)), value)
            return frozenset()
        names: set[str] = set()
        for index, item in enumerate(value):
            if item not in allowed or not isinstance(item, str):
                self.problem(f"{key}[{index}]", _not_one_of(allowed, item))
            elif item in names:
                self.problem(
                    f"{key}[{index}]",
                    translate("ExchangeProblems", "lists {name} twice").format(name=repr(item)),
                )
            else:
                names.add(item)
        return frozenset(names)

    def instant(self, key: str, *, required: bool = False) -> datetime | None:
        """An offset-aware time from ISO 8601 text, or None when left out or null (unless required)."""
        value = self._obj.get(key)
        if value is None:
            if required:
                self.problem(
                    key,
                    translate("ExchangeProblems", "required")
                    if key not in self._obj
                    else translate("ExchangeProblems", "must be a time, not null"),
                )
            return None
        if not isinstance(value, str):
            self._wrong(key, translate("ExchangeProblems", "an ISO 8601 time string"), value)
            return None
        try:
            return parse_instant(value)
        except TimeTextError as error:
            self.problem(key, _with_value(error, value))
            return None

    def day(self, key: str, *, required: bool = False) -> date | None:
        """A ``YYYY-MM-DD`` date, or None when left out or null (unless required)."""
        value = self._obj.get(key)
        if value is None:
            if required:
                self.problem(
                    key,
                    translate("ExchangeProblems", "required")
                    if key not in self._obj
                    else translate("ExchangeProblems", "must be a date, not null"),
                )
            return None
        if not isinstance(value, str):
            self._wrong(key, translate("ExchangeProblems", "a date string like 2026-08-01"), value)
            return None
        try:
            return parse_date(value)
        except TimeTextError as error:
            self.problem(key, _with_value(error, value))
            return None
