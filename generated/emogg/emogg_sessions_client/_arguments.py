"""The request body's arguments, checked against the declared types before anything is sent.

The resource methods take a body's fields as keyword arguments and build its model from them; attrs does not check
types, and `to_dict()` trusts them: a string where a list is declared went out as its characters. `checked_body`
walks the model's annotated fields (the types the spec declares, read once per model class) and answers:

- TypeError naming the argument (`participant_ids: expected list[str], got str 'abc'`) when a value fits none of
  the declared types;
- ValueError naming it when the type fits but JSON cannot hold the value (NaN or an infinity, a lone surrogate,
  an object that is no JSON value in a free-form field);
- otherwise the same model, with enums given as their plain strings turned into the enum (so that `to_dict()`
  picks the right variant of a union): the JSON sent is exactly what the arguments say.

`checked_argument` does the same for one whole argument against its declared type: the `body=` of the low-level
functions (`api/<tag>/<op>.py`), named `body` in what it raises (`body: expected Kick, got dict {...}`,
`body.reason: ...`).

typing.get_type_hints reads the annotations (a hand-written walk: the type checkers that validate at run time,
typeguard or beartype, check Python types, not JSON-ability, and would be a dependency of every client).
"""

from __future__ import annotations

import datetime
import enum
import math
import threading
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

from .types import File, Unset, _ModelBase

__all__ = ["checked_argument", "checked_body"]

Model = TypeVar("Model", bound=_ModelBase)
T = TypeVar("T")

_HINTS: dict[type, tuple[tuple[str, Any], ...]] = {}
_HINTS_LOCK = threading.Lock()


class _Mismatch(Exception):
    """The value at `path` is none of the types `expected` names."""

    def __init__(self, path: str, expected: str, value: object) -> None:
        self.path = path
        super().__init__(f"{path}: expected {expected}, got {type(value).__name__} {_short(value)}")


class _Unencodable(Exception):
    """The value at `path` has a declared type, but JSON cannot hold it."""

    def __init__(self, path: str, why: str) -> None:
        super().__init__(f"{path}: {why}, which JSON cannot hold")


def checked_body(body: Model) -> Model:
    """`body` with its fields checked (and enums given as strings made enums); TypeError or ValueError naming the
    argument that does not fit."""
    try:
        _check_model(body, "")
    except _Mismatch as error:
        raise TypeError(str(error)) from None
    except _Unencodable as error:
        raise ValueError(str(error)) from None
    return body


def checked_argument(name: str, value: T, hint: Any) -> T:
    """`value`, the argument `name`, checked against `hint` (its declared type, as an object: `Kick | Unset`); a
    map of models given as a dict becomes its model. TypeError or ValueError naming `name` (or the field in it)."""
    try:
        return typing.cast(T, _check(value, hint, name))
    except _Mismatch as error:
        raise TypeError(str(error)) from None
    except _Unencodable as error:
        raise ValueError(str(error)) from None


def _hints(cls: type) -> tuple[tuple[str, Any], ...]:
    hints = _HINTS.get(cls)
    if hints is None:
        with _HINTS_LOCK:
            # Resolved on first use, not at import: the models a model refers to are bound by then.
            # The fields: attrs' own annotations (`__attrs_attrs__`) aside, and no field name starts with `_`.
            hints = tuple((name, hint) for name, hint in typing.get_type_hints(cls).items() if name[0] != "_")
            _HINTS[cls] = hints
    return hints


def _check_model(model: _ModelBase, prefix: str) -> None:
    for name, hint in _hints(type(model)):
        value = getattr(model, name)
        path = prefix + name
        if name == "additional_properties":
            # The extra fields are named by their key, as the declared ones are (`data.extra`, `extra`).
            checked = _check_dict(value, _value_type(hint), path, keys_at=prefix)
        else:
            checked = _check(value, hint, path)
        if checked is not value:
            setattr(model, name, checked)


def _is_map(cls: type) -> bool:
    """A model that is all extra fields (`additionalProperties` and no `properties`): a map."""
    return [name for name, _ in _hints(cls)] == ["additional_properties"]


def _value_type(hint: Any) -> Any:
    args = typing.get_args(hint)
    return args[1] if len(args) == 2 else Any


def _check(value: Any, hint: Any, path: str) -> Any:
    """`value` as sent for `hint` (itself, or an enum member for its string); _Mismatch or _Unencodable."""
    if hint is str and type(value) is str:  # the most common field first: no typing introspection
        return _check_text(value, path)
    if hint is Any or hint is object:
        return _check_json(value, path)
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        return _check_union(value, typing.get_args(hint), hint, path)
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        if not isinstance(value, list):
            raise _Mismatch(path, _describe(hint), value)
        return _check_items(value, item, path)
    if origin is dict or origin is Mapping:
        return _check_dict(value, _value_type(hint), path, hint=hint)
    if origin is typing.Literal:
        if value in typing.get_args(hint):
            return value
        raise _Mismatch(path, _describe(hint), value)
    if hint is type(None):
        if value is None:
            return value
    elif hint is Unset:
        if isinstance(value, Unset):
            return value
    elif isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _check_enum(value, hint, path)
    elif hint is bool:
        if isinstance(value, bool):
            return value
    elif hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif hint is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            if not math.isfinite(value):
                raise _Unencodable(path, f"{value!r} is not a finite number")
            return value
    elif hint is str:
        if isinstance(value, str):
            return _check_text(value, path)
    elif isinstance(hint, type) and issubclass(hint, _ModelBase):
        if isinstance(value, dict) and _is_map(hint):
            value = typing.cast(Any, hint)(additional_properties=value)  # a map of models, given as a dict
        if isinstance(value, hint):
            _check_model(value, path + ".")
            return value
    elif isinstance(hint, type) and hint in (datetime.datetime, datetime.date, File):
        if isinstance(value, hint):
            return value
    else:
        return _check_json(value, path)  # a type this walk does not know: at least JSON must hold it
    raise _Mismatch(path, _describe(hint), value)


def _check_union(value: Any, variants: tuple[Any, ...], hint: Any, path: str) -> Any:
    # A variant that fits the value's shape but not deeper down (a map whose entry is no Seat) says where.
    closest: _Mismatch | _Unencodable | None = None
    for variant in variants:
        try:
            return _check(value, variant, path)
        except _Mismatch as error:
            if error.path != path and closest is None:
                closest = error
        except _Unencodable as error:
            closest = closest if isinstance(closest, _Unencodable) else error
    if closest is not None:
        raise closest
    raise _Mismatch(path, _describe(hint), value)


def _check_enum(value: Any, hint: type[enum.Enum], path: str) -> Any:
    if isinstance(value, hint):
        return value
    # An enum given as its plain value (`participants="all"`): only a value the spec lists.
    if isinstance(value, str | int) and not isinstance(value, bool | enum.Enum):
        for member in hint:
            if member.value == value:
                return member
    raise _Mismatch(path, _describe(hint), value)


def _check_items(items: list[Any], item: Any, path: str) -> list[Any]:
    if item is str and all(type(value) is str for value in items):  # a list of ids: the common case, fast
        try:
            for value in items:
                _check_text(value, path)
            return items
        except _Unencodable:
            pass  # found again below, with its index
    try:
        checked = [_check(value, item, path) for value in items]
    except (_Mismatch, _Unencodable):
        # The index joins the path only once something failed: most lists are fine, and paths cost.
        for index, value in enumerate(items):
            _check(value, item, f"{path}[{index}]")
        raise
    return items if all(new is old for new, old in zip(checked, items, strict=True)) else checked


def _check_dict(value: Any, item: Any, path: str, *, hint: Any = None, keys_at: str | None = None) -> Any:
    if not isinstance(value, dict):
        raise _Mismatch(path, _describe(hint) if hint is not None else "an object", value)
    checked: dict[str, Any] = {}
    changed = False
    for key, entry in value.items():
        if not isinstance(key, str):
            raise _Mismatch(f"{path}[{key!r}]", "a string key", key)
        at = (f"{path}." if keys_at is None else keys_at) + _check_text(key, path)
        checked[key] = _check(entry, item, at)
        changed = changed or checked[key] is not entry
    return checked if changed else value


def _check_text(text: str, path: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise _Unencodable(path, f"{_short(text)} holds a lone surrogate") from None
    return text


def _check_json(value: Any, path: str) -> Any:
    """A free-form value (`Any`): anything JSON holds, and models (they go out as their to_dict())."""
    if value is None or isinstance(value, bool | int | Unset):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _Unencodable(path, f"{value!r} is not a finite number")
        return value
    if isinstance(value, str):
        return _check_text(value, path)
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check_json(item, f"{path}[{index}]")
        return value
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unencodable(f"{path}[{key!r}]", "a key that is not a string")
            _check_json(item, f"{path}.{_check_text(key, path)}")
        return value
    if isinstance(value, _ModelBase):
        _check_model(value, path + ".")
        return value
    raise _Unencodable(path, f"{type(value).__name__} {_short(value)} is no JSON value")


def _describe(hint: Any) -> str:
    if isinstance(hint, type):
        return hint.__name__
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        return " | ".join(_describe(variant) for variant in typing.get_args(hint))
    if origin is not None:
        args = ", ".join(_describe(arg) for arg in typing.get_args(hint))
        return f"{getattr(origin, '__name__', str(origin))}[{args}]"
    return str(hint)


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
