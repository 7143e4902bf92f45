"""The `speed` extra's typed path: msgspec reads a body that fits the schema straight into the models.

Its promise (runtime/_typed.py): for every body, the same model or the same DecodeError as without the
extra, where the body is read by `decode_json` and then `from_dict`. A body that does not fit exactly (an unknown
field, another JSON type, a missing field, a date `fromisoformat` refuses, a number msgspec reads differently)
is handed to that path, so only bodies that fit are ever read the new way, and they must come out the same.
"""

from __future__ import annotations

import copy
import importlib
import json
import re
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.runtime.harness import OPERATIONS
from tests.support import Operation, deref

# Every operation whose success body is a documented JSON object or array of one model (the typed path's cases).
TYPED = [
    op
    for op in OPERATIONS
    if op.examples() and re.fullmatch(r"(list\[)?\w+\]?", str(op.module()._parse.__annotations__["return"]))
]
CLIENTS = sorted({op.client for op in TYPED})


def model_of(op: Operation) -> tuple[type, bool]:
    """The model `_parse` returns, and whether it returns a list of them."""
    annotation = str(op.module()._parse.__annotations__["return"])
    many = annotation.startswith("list[")
    name = annotation.removeprefix("list[").removesuffix("]")
    return getattr(importlib.import_module(f"{op.package}.models"), name), many


@pytest.fixture(autouse=True)
def fresh_decoders() -> Iterator[None]:
    """Each test starts with no Struct decoder built and the extra in force, and leaves things as they were."""
    saved = {}
    for package in {op.package for op in TYPED}:
        types = importlib.import_module(f"{package}.types")
        saved[package] = (types._compiled, dict(types._one_decoders), dict(types._many_decoders))
        types._compiled = msgspec.json.decode
        types._one_decoders.clear()
        types._many_decoders.clear()
    yield
    for package, (compiled, one, many) in saved.items():
        types = importlib.import_module(f"{package}.types")
        types._compiled = compiled
        types._one_decoders.clear()
        types._one_decoders.update(one)
        types._many_decoders.clear()
        types._many_decoders.update(many)


def outcome(op: Operation, body: bytes, *, extra: bool) -> tuple[str, ...]:
    """What `_parse` makes of `body`, with the extra or without it: the result's repr (which tells 1 from 1.0 and
    an unknown enum member from a known one), or the DecodeError's message and path."""
    types = importlib.import_module(f"{op.package}.types")
    errors = importlib.import_module(f"{op.package}.errors")
    types._compiled = msgspec.json.decode if extra else None
    try:
        return ("value", repr(op.module()._parse(httpx.Response(200, content=body))))
    except errors.DecodeError as exc:
        return ("error", str(exc), exc.path)
    finally:
        types._compiled = msgspec.json.decode


def typed(op: Operation, body: bytes) -> Any:
    """The typed path alone: the decoded models, or None when it hands the body on."""
    model, many = model_of(op)
    types: ModuleType = importlib.import_module(f"{op.package}.types")
    return types.decode_typed(httpx.Response(200, content=body), model, many=many)


def example_body(op: Operation) -> bytes:
    return json.dumps(next(iter(op.examples().values()))).encode()


@pytest.mark.parametrize("op", TYPED, ids=lambda op: op.id)
def test_every_documented_example_comes_out_the_same_with_or_without_the_extra(op: Operation) -> None:
    body = example_body(op)
    assert outcome(op, body, extra=True) == outcome(op, body, extra=False)


@pytest.mark.parametrize("client", CLIENTS)
def test_each_client_reads_its_documented_examples_by_the_typed_path(client: str) -> None:
    read = [op.id for op in TYPED if op.client == client and typed(op, example_body(op)) is not None]
    assert read, f"no example of {client} fits its schema exactly"


def test_a_fitting_body_is_read_by_msgspec_without_from_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    op = next(op for op in TYPED if op.id == "streamelements:getSession")
    model, _ = model_of(op)
    monkeypatch.setattr(model, "from_dict", classmethod(lambda cls, data: pytest.fail("from_dict was called")))
    session = op.module()._parse(httpx.Response(200, content=example_body(op)))
    assert type(session) is model and session.additional_properties == {}


def test_without_the_extra_there_is_no_typed_path() -> None:
    op = TYPED[0]
    types = importlib.import_module(f"{op.package}.types")
    types._compiled = None
    assert typed(op, example_body(op)) is None
    assert not types._one_decoders and not types._many_decoders


def test_an_unknown_field_is_kept_and_its_server_is_then_read_the_from_dict_way() -> None:
    op = next(op for op in TYPED if op.id == "streamelements:getSession")
    model, _ = model_of(op)
    types = importlib.import_module(f"{op.package}.types")
    body = {**json.loads(example_body(op)), "addedByTheVendorLater": [1, {"a": None}]}
    session = op.module()._parse(httpx.Response(200, content=json.dumps(body).encode()))
    assert session.additional_properties == {"addedByTheVendorLater": [1, {"a": None}]}
    # Its next bodies would fail the Struct too: the typed path is off for this model from now on.
    assert types._one_decoders[model] is None
    assert typed(op, example_body(op)) is None


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"count": 3.0}, "an integral float for an integer: from_dict turns it into 3"),
        ({"count": True}, "a boolean for an integer"),
        ({"count": 2**70}, "an integer beyond 64 bits"),
        ({"count": "3"}, "a string for an integer"),
        ({}, "a missing required field"),
        ({"count": 3, "note": None}, "an unknown field"),
    ],
)
def test_a_body_that_does_not_fit_exactly_gives_what_from_dict_gives(change: dict[str, Any], reason: str) -> None:
    op = next(op for op in TYPED if op.id == "streamelements:getSession")
    body = json.loads(example_body(op))
    body.setdefault("data", {})["tip-count"] = change
    encoded = json.dumps(body).encode()
    assert outcome(op, encoded, extra=True) == outcome(op, encoded, extra=False), reason


def _session_body(**data: Any) -> bytes:
    op = next(op for op in TYPED if op.id == "streamelements:getSession")
    body = json.loads(example_body(op))
    body["data"].update(data)
    return json.dumps(body).encode()


def _tip_total(number: bytes) -> bytes:
    """The session with a number JSON cannot hold (NaN, Infinity, 1e400) as its tip total."""
    body = _session_body()
    assert body.count(b'"tip-total": {"amount": 279}') == 1
    return body.replace(b'"tip-total": {"amount": 279}', b'"tip-total": {"amount": ' + number + b"}")


@pytest.mark.parametrize(
    ("body", "typed_reads_it"),
    [
        pytest.param(_session_body(**{"tip-count": {"count": 2**70}}), True, id="integer beyond 64 bits"),
        pytest.param(_session_body(**{"tip-total": {"amount": -(2**80)}}), True, id="big integer for a number"),
        pytest.param(_session_body(**{"tip-total": {"amount": 0.1}}), True, id="a float for a number"),
        pytest.param(_session_body(**{"tip-latest": {"name": "\ud800", "amount": 1}}), None, id="lone surrogate"),
        pytest.param(_tip_total(b"NaN"), False, id="NaN"),
        pytest.param(_tip_total(b"-Infinity"), False, id="Infinity"),
        pytest.param(_tip_total(b"1e400"), False, id="1e400"),
        pytest.param(b"\xef\xbb\xbf" + _session_body(), False, id="byte order mark"),
        pytest.param(_session_body().decode().encode("utf-16"), False, id="UTF-16"),
        pytest.param(_session_body()[:-1], False, id="cut short"),
    ],
)
def test_decoding_edge_cases_come_out_the_same_with_or_without_the_extra(
    body: bytes, typed_reads_it: bool | None
) -> None:
    op = next(op for op in TYPED if op.id == "streamelements:getSession")
    assert outcome(op, body, extra=True) == outcome(op, body, extra=False)
    if typed_reads_it is not None:  # a lone surrogate: whether msgspec reads it is msgspec's affair, not ours
        assert (typed(op, body) is not None) is typed_reads_it


def test_a_model_that_refers_to_itself_has_no_struct() -> None:
    typed_module = importlib.import_module(f"{TYPED[0].package}._typed")

    class Node:
        @classmethod
        def _struct_fields(cls, struct_of: Any) -> list[tuple[str, str, Any, bool]]:
            return [("child", "child", struct_of(Node), False)]

    assert typed_module.struct_decoder(Node) is None


# -- Any body near a documented one: the same outcome both ways ------------------------------------------------------

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=6),
    st.sampled_from(["2024-05-01T10:00:00Z", "2024-05-01T10:00:00.123+02:00", "2024-05-01", "2024-13-01T00:00:00Z"]),
    st.sampled_from(["", "active", "ACTIVE", "unknown-value", "en", "0", "1.5"]),
)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner, max_size=2)
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


def _mutate(body: Any, path: tuple[Any, ...], kind: str, value: Any) -> Any:
    if not path:
        return value if kind == "replace" else body
    parent = body
    for step in path[:-1]:
        parent = parent[step]
    if kind == "replace":
        parent[path[-1]] = value
    elif kind == "delete" and isinstance(parent, dict):
        del parent[path[-1]]
    elif kind == "add" and isinstance(parent[path[-1]], dict):
        parent[path[-1]]["unlisted"] = value
    return body


@st.composite
def near_bodies(draw: st.DrawFn) -> tuple[Operation, bytes]:
    op = draw(st.sampled_from(TYPED))
    body = copy.deepcopy(next(iter(op.examples().values())))
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        path = draw(st.sampled_from(list(_paths(body))))
        kind = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        body = _mutate(body, path, kind, draw(VALUES))
    return op, json.dumps(body).encode()


@pytest.mark.slow  # property-based, 300 examples across every client's operations
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(case=near_bodies())
def test_any_body_near_a_documented_one_comes_out_the_same_with_or_without_the_extra(
    case: tuple[Operation, bytes],
) -> None:
    op, body = case
    assert outcome(op, body, extra=True) == outcome(op, body, extra=False)


# -- A missing required field: the same DecodeError, naming it, on both paths ------------------------------------


def _required_paths(
    spec: dict[str, Any], schema: Any, body: Any, seen: set[tuple[int, str]], path: tuple[Any, ...] = ()
) -> Iterator[tuple[Any, ...]]:
    """Every required field of the example body (at any depth the schema names), as a path into it; each field of
    each schema once (`seen`), wherever else the schema is used."""
    schema = deref(spec, schema)
    if isinstance(body, list) and body and "items" in schema:
        yield from _required_paths(spec, schema["items"], body[0], seen, (*path, 0))
    elif isinstance(body, dict):
        for name in schema.get("required", []):
            if name in body and (id(schema), name) not in seen:
                seen.add((id(schema), name))
                yield (*path, name)
        for name, child in schema.get("properties", {}).items():
            if name in body:
                yield from _required_paths(spec, child, body[name], seen, (*path, name))


def _required_cases() -> Iterator[Any]:
    seen: set[tuple[int, str]] = set()
    for op in TYPED:
        response = deref(op.spec, op.operation["responses"][op.success_status])
        schema = response["content"]["application/json"]["schema"]
        body = next(iter(op.examples().values()))
        for path in _required_paths(op.spec, schema, body, seen):
            yield pytest.param(op, path, id=f"{op.id}:{'.'.join(map(str, path))}")


@pytest.mark.parametrize(("op", "path"), list(_required_cases()))
def test_a_missing_required_field_is_the_same_decode_error_naming_it_on_both_paths(
    op: Operation, path: tuple[Any, ...]
) -> None:
    body = _mutate(copy.deepcopy(next(iter(op.examples().values()))), path, "delete", None)
    encoded = json.dumps(body).encode()
    with_extra, without = outcome(op, encoded, extra=True), outcome(op, encoded, extra=False)
    assert with_extra[0] == without[0] == "error", f"a body without {path} was read: {with_extra[1][:200]}"
    assert with_extra == without
    named = "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else p) for i, p in enumerate(path))
    assert with_extra[2] == named


def test_a_process_reads_its_first_body_the_from_dict_way_and_builds_the_typed_path_on_the_second(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A script making one call pays no msgspec import and builds no Struct (the cold start row of `nox -s bench`).
    op = next(op for op in TYPED if op.id == "streamelements:getSession")
    model, _ = model_of(op)
    types = importlib.import_module(f"{op.package}.types")
    from_dict = model.from_dict
    calls: list[object] = []
    monkeypatch.setattr(model, "from_dict", lambda data: calls.append(data) or from_dict(data))
    types._compiled = types._FIRST_BODY  # as a fresh interpreter starts
    first = op.module()._parse(httpx.Response(200, content=example_body(op)))
    assert len(calls) == 1 and not types._one_decoders
    second = op.module()._parse(httpx.Response(200, content=example_body(op)))
    assert len(calls) == 1 and types._one_decoders[model] is not None
    assert repr(second) == repr(first)


# -- A body without one of its optional fields: the same outcome both ways ------------------------------------------


def _optional_paths(
    spec: dict[str, Any], schema: Any, body: Any, seen: set[tuple[int, str]], path: tuple[Any, ...] = ()
) -> Iterator[tuple[Any, ...]]:
    """Every optional field of the example body (at any depth the schema names), once per field of each schema."""
    schema = deref(spec, schema)
    if isinstance(body, list) and body and "items" in schema:
        yield from _optional_paths(spec, schema["items"], body[0], seen, (*path, 0))
    elif isinstance(body, dict):
        for name, child in schema.get("properties", {}).items():
            if name in body:
                if name not in schema.get("required", []) and (id(schema), name) not in seen:
                    seen.add((id(schema), name))
                    yield (*path, name)
                yield from _optional_paths(spec, child, body[name], seen, (*path, name))


def _optional_cases() -> Iterator[Any]:
    seen: set[tuple[int, str]] = set()
    for op in TYPED:
        response = deref(op.spec, op.operation["responses"][op.success_status])
        schema = response["content"]["application/json"]["schema"]
        body = next(iter(op.examples().values()))
        for path in _optional_paths(op.spec, schema, body, seen):
            yield pytest.param(op, path, id=f"{op.id}:{'.'.join(map(str, path))}")


@pytest.mark.parametrize(("op", "path"), list(_optional_cases()))
def test_a_body_without_one_of_its_optional_fields_comes_out_the_same_with_or_without_the_extra(
    op: Operation, path: tuple[Any, ...]
) -> None:
    # Nested models are built inside their parent's _from_struct (model.py.jinja, inline_struct): an absent field
    # must stay UNSET there too, date-times included.
    body = json.dumps(_mutate(copy.deepcopy(next(iter(op.examples().values()))), path, "delete", None)).encode()
    assert outcome(op, body, extra=True) == outcome(op, body, extra=False)


def _models_in(value: Any) -> Iterator[Any]:
    if isinstance(value, list):
        for item in value:
            yield from _models_in(item)
    elif hasattr(type(value), "__attrs_attrs__"):
        yield value
        for field in type(value).__attrs_attrs__:
            yield from _models_in(getattr(value, field.name))


@pytest.mark.parametrize("op", TYPED, ids=lambda op: op.id)
def test_every_model_the_typed_path_builds_has_an_additional_properties_dict_of_its_own(op: Operation) -> None:
    # repr and == cannot tell one shared dict from many equal ones; a shared one would leak a key set on one model
    # into every other.
    decoded = typed(op, example_body(op))
    models = list(_models_in(decoded))
    assert len({id(model.additional_properties) for model in models}) == len(models)
