"""Every model a client returns is an attrs class, and behaves as one: `attrs.has`, `fields`, `asdict`, `evolve`,
`copy.copy`, `copy.deepcopy`, pickle and (Python 3.13) `copy.replace` all work on it and give equal models whose
`to_dict()` still serializes with `json.dumps`.

Over every documented example of every operation of every client, decoded through the client class as a user calls
it (`Emogg().sessions.get(...)`, over an httpx.MockTransport), with the `speed` extra (msgspec's typed path) and
without it (the standard library and `from_dict`).
"""

from __future__ import annotations

import copy
import importlib
import json
import pickle
import sys
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest

from tests.sdk.sdk_support import METHODS, Method, sdk_client

PATHS = ("typed", "stdlib")
EXAMPLES = [(method, name) for method in METHODS for name in method.op.examples()]
CASES = [(method, name, path) for method, name in EXAMPLES for path in PATHS]
IDS = [f"{method.id}:{name}:{path}" for method, name, path in CASES]


def test_every_operation_with_a_body_has_a_documented_example_here() -> None:
    with_body = {method.id for method in METHODS if method.op.success_status != "204"}
    assert {method.id for method, _ in EXAMPLES} == with_body


_DECODED: dict[tuple[str, str, str], tuple[Any, ...]] = {}


def decoded(method: Method, name: str, path: str) -> tuple[Any, ...]:
    """The models the client returns for this example: the result, or the body of a list's first page (decoded
    once per test process: the tests below each check one thing of the same models)."""
    key = (method.id, name, path)
    if key not in _DECODED:
        _DECODED[key] = _decode(method, name, path)
    return _DECODED[key]


def _decode(method: Method, name: str, path: str) -> tuple[Any, ...]:
    status, example = int(method.op.success_status), method.op.examples()[name]
    types: Any = importlib.import_module(f"{method.op.package}.types")
    saved = types._compiled
    if path == "stdlib":
        types._compiled = None  # as when msgspec is not installed
    try:
        with sdk_client(method.op.client, lambda _: httpx.Response(status, json=example)) as client:
            result = method.call(client)
    finally:
        types._compiled = saved
    result = getattr(result, "body", result)  # a list returns its first page
    models = tuple(result) if isinstance(result, list) else (result,)
    assert models and all(attrs.has(type(model)) for model in models), models
    return models


def nested(model: Any) -> Iterator[Any]:
    """The model and every model inside it, at any depth (fields, lists, additional properties)."""

    def walk(value: Any) -> Iterator[Any]:
        if attrs.has(type(value)):
            yield value
            for field in attrs.fields(type(value)):
                yield from walk(getattr(value, field.name))
        elif isinstance(value, list):
            for item in value:
                yield from walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                yield from walk(item)

    yield from walk(model)


def serializes(model: Any) -> None:
    json.dumps(model.to_dict())


@pytest.mark.parametrize(("method", "name", "path"), CASES, ids=IDS)
def test_every_model_of_a_documented_answer_is_a_slotted_attrs_class(method: Method, name: str, path: str) -> None:
    for model in decoded(method, name, path):
        for inner in nested(model):
            cls = type(inner)
            assert attrs.has(cls)
            assert cls.__module__.startswith(f"{method.op.package}.models.")
            assert "__slots__" in vars(cls) and not hasattr(inner, "__dict__")


@pytest.mark.parametrize(("method", "name", "path"), CASES, ids=IDS)
def test_attrs_fields_name_every_attribute_and_asdict_gives_each_value(method: Method, name: str, path: str) -> None:
    for model in decoded(method, name, path):
        names = [field.name for field in attrs.fields(type(model))]
        assert names[-1] == "additional_properties"
        as_dict = attrs.asdict(model, recurse=False)
        assert list(as_dict) == names
        assert all(as_dict[field] is getattr(model, field) for field in names)
        attrs.asdict(model)  # and recursively, through nested models and lists


@pytest.mark.parametrize(("method", "name", "path"), CASES, ids=IDS)
def test_attrs_evolve_gives_an_equal_model_and_changes_only_what_it_is_told(
    method: Method, name: str, path: str
) -> None:
    for model in decoded(method, name, path):
        same = attrs.evolve(model)
        assert same == model and same is not model
        serializes(same)
        extra = attrs.evolve(model, additional_properties={**model.additional_properties, "x-added": 1})
        assert extra != model
        assert extra.to_dict() == {**model.to_dict(), "x-added": 1}


def _pickled(protocol: int) -> Callable[[Any], Any]:
    return lambda model: pickle.loads(pickle.dumps(model, protocol=protocol))


COPIES: dict[str, Callable[[Any], Any]] = {
    "copy.copy": copy.copy,
    "copy.deepcopy": copy.deepcopy,
    **{f"pickle protocol {protocol}": _pickled(protocol) for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1)},
}
if sys.version_info >= (3, 13):
    COPIES["copy.replace"] = copy.replace  # type: ignore[attr-defined,unused-ignore]


@pytest.mark.parametrize("copier", list(COPIES.values()), ids=list(COPIES))
@pytest.mark.parametrize(("method", "name", "path"), CASES, ids=IDS)
def test_a_copy_or_a_pickle_round_trip_is_equal_and_still_serializes(
    method: Method, name: str, path: str, copier: Callable[[Any], Any]
) -> None:
    for model in decoded(method, name, path):
        copied = copier(model)
        assert type(copied) is type(model)
        assert copied == model
        assert copied.to_dict() == model.to_dict()
        serializes(copied)


@pytest.mark.parametrize("copier", list(COPIES.values()), ids=list(COPIES))
def test_unset_stays_the_one_unset_through_copies_and_pickles(copier: Callable[[Any], Any]) -> None:
    for package in sorted({method.op.package for method in METHODS}):
        types = importlib.import_module(f"{package}.types")
        assert copier(types.UNSET) is types.UNSET
        assert copier([types.UNSET, {"k": types.UNSET}]) == [types.UNSET, {"k": types.UNSET}]
        assert copier([types.UNSET])[0] is types.UNSET


def test_an_optional_field_left_unset_is_still_unset_after_a_deepcopy_and_a_pickle() -> None:
    found = 0
    for method, name in EXAMPLES:
        types = importlib.import_module(f"{method.op.package}.types")
        for model in decoded(method, name, "typed"):
            for inner in nested(model):
                unset = [f.name for f in attrs.fields(type(inner)) if getattr(inner, f.name) is types.UNSET]
                for copied in (copy.deepcopy(inner), _pickled(pickle.HIGHEST_PROTOCOL)(inner)):
                    assert [getattr(copied, field) for field in unset] == [types.UNSET] * len(unset)
                    assert all(getattr(copied, field) is types.UNSET for field in unset)
                found += len(unset)
    assert found  # the examples leave some optional fields out
