"""Client side: every generated client meets data generated from its own spec, in both directions.

Responses: schemathesis' own generator (see `scripts.contract.json_values`) draws bodies valid against each
operation's success schema. The client
parses each one (through the operation's `sync_detailed`, served by an httpx.MockTransport) and `to_dict()`
must give back the same JSON. Documented error bodies with a named schema go through their model's
`from_dict`/`to_dict` the same way.

How JSON is compared: objects key by key and arrays item by item; numbers by value (`1 == 1.0`, but a
boolean is never a number); strings exactly, except RFC 3339 date-times: the client turns them into
`datetime` and writes them back with `isoformat()`, so `Z` becomes `+00:00` and `.5` becomes `.500000`. Two
date-times are the same when their wall-clock time and their UTC offset are both equal: the same instant,
written in the same zone (an offset the client moved would be caught).

Requests: schemathesis generates valid parameters for each operation; the client is called with them
(converted to the client's own types: enums, datetimes, numbers) against the mock, in-process. The mock
validates the request against the spec and must answer 2XX: the test does not re-implement validation.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import re
import typing
from collections.abc import Callable
from functools import cache
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from openapi_python_client.strings import ClassName, PythonIdentifier
from schemathesis import Case, GenerationMode

from scripts.contract import ContractSettings, api_identifier, contract_schema, json_values, selected_api_names
from scripts.mock import DEFAULT_TOKEN, SyncASGITransport, create_app
from scripts.viewmodel import parameter_python_name
from tests.support import Operation, deref, operations

OPERATIONS = operations(selected_api_names())
# 25 per test, fewer when the run asks for fewer (`nox -s contract -- --max-examples 5`).
EXAMPLES_PER_TEST = min(25, ContractSettings.from_environment().max_examples)
# Deterministic and without an example database: the same cases on every run, at full speed.
SETTINGS = settings(
    max_examples=EXAMPLES_PER_TEST,
    database=None,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_RFC3339_DATE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$", re.IGNORECASE)
pytestmark = pytest.mark.slow  # property-based: every operation's bodies and requests


def ids(op: Operation) -> str:
    """`cloudflare_realtimekit-listSessions`: the API as `api_identifier` spells it, which `nox -s contract -- NAME`
    selects with `-k` (a hyphenated name in the id would leave the API's client-side tests out of its own run)."""
    return f"{api_identifier(op.client)}-{op.operation['operationId']}"


# Comparing JSON


def json_differences(actual: Any, expected: Any, path: str = "$") -> list[str]:
    """Every place where `actual` (the client's `to_dict()`) differs from `expected` (the body)."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        found = []
        for key in sorted(expected.keys() | actual.keys()):
            if key not in actual:
                found.append(f"{path}.{key}: only in the body")
            elif key not in expected:
                found.append(f"{path}.{key}: only in the client's to_dict()")
            else:
                found += json_differences(actual[key], expected[key], f"{path}.{key}")
        return found
    if isinstance(expected, list) and isinstance(actual, list):
        if len(actual) != len(expected):
            return [f"{path}: {len(actual)} items, the body has {len(expected)}"]
        return [
            d
            for i, (a, e) in enumerate(zip(actual, expected, strict=True))
            for d in json_differences(a, e, f"{path}[{i}]")
        ]
    return [] if same_scalar(actual, expected) else [f"{path}: {actual!r} != {expected!r}"]


def same_scalar(actual: Any, expected: Any) -> bool:
    if isinstance(actual, bool) or isinstance(expected, bool):
        return type(actual) is type(expected) and actual == expected
    if isinstance(actual, int | float) and isinstance(expected, int | float):
        return actual == expected
    if isinstance(actual, str) and isinstance(expected, str) and actual != expected:
        return _RFC3339_DATE_TIME.match(expected) is not None and same_date_time(actual, expected)
    return type(actual) is type(expected) and actual == expected


def same_date_time(actual: str, expected: str) -> bool:
    try:
        a, e = datetime.datetime.fromisoformat(actual.upper()), datetime.datetime.fromisoformat(expected.upper())
    except ValueError:
        return False
    return a.replace(tzinfo=None) == e.replace(tzinfo=None) and a.utcoffset() == e.utcoffset()


def whole_floats_as_ints(value: Any) -> Any:
    """`value` with every whole float (`1000.0`) written as an integer (`1000`).

    JSON Schema counts 1000.0 as an integer, and schemathesis draws it for `integer` fields; the generated
    clients accept it and keep it as the int 1000 (`test_a_whole_float_for_an_integer_field_becomes_an_int`), so
    `to_dict()` spells it 1000. The round trips compare integer spellings; a float that is not whole stays a float.
    """
    if isinstance(value, dict):
        return {key: whole_floats_as_ints(item) for key, item in value.items()}
    if isinstance(value, list):
        return [whole_floats_as_ints(item) for item in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def as_json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [as_json(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


# Responses


def success_status(op: Operation) -> str:
    return str(min(status for status in op.operation["responses"] if status.startswith("2")))


def response_schema(op: Operation, status: str) -> dict[str, Any] | None:
    response = deref(op.spec, op.operation["responses"][status])
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    return dict(schema) if schema is not None else None


def path_arguments(op: Operation) -> dict[str, str]:
    return {
        str(PythonIdentifier(p["name"], prefix="field_")): str(p.get("example", "x"))
        for p in op.parameters()
        if p["in"] == "path"
    }


def assert_round_trip(op: Operation, body: Any) -> None:
    """The client parses `body` (as the operation's success response) and `to_dict()` gives it back."""

    def vendor(request: httpx.Request) -> httpx.Response:
        return httpx.Response(int(success_status(op)), json=body)

    package = importlib.import_module(op.package)
    transport = httpx.MockTransport(vendor)
    with package.AuthenticatedClient(
        base_url=op.base_url, token=DEFAULT_TOKEN, httpx_args={"transport": transport}
    ) as client:
        response = op.module().sync_detailed(client=client, **path_arguments(op), **op.required_arguments())
    differences = json_differences(as_json(response.parsed), body)
    assert not differences, "\n".join(differences)


WITH_SUCCESS_BODY = [op for op in OPERATIONS if op.success_status != "204"]


@pytest.mark.parametrize("op", WITH_SUCCESS_BODY, ids=ids)
def test_the_client_gives_back_every_valid_success_body(op: Operation) -> None:
    schema = response_schema(op, success_status(op))
    assert schema is not None, f"{ids(op)} documents no JSON success body"

    @SETTINGS
    @given(body=json_values(op.spec, schema).map(whole_floats_as_ints))
    def round_trips(body: Any) -> None:
        assert_round_trip(op, body)

    round_trips()


ERROR_MODELS = [
    (op, status, ref.rsplit("/", 1)[1])
    for op in OPERATIONS
    for status in op.operation["responses"]
    if not status.startswith("2")
    and (schema := response_schema(op, status)) is not None
    and (ref := schema.get("$ref", "")).startswith("#/components/schemas/")
]


@pytest.mark.parametrize(("op", "status", "name"), ERROR_MODELS, ids=[f"{ids(o)}-{s}-{n}" for o, s, n in ERROR_MODELS])
def test_every_documented_error_body_round_trips_through_its_model(op: Operation, status: str, name: str) -> None:
    model = getattr(importlib.import_module(f"{op.package}.models"), str(ClassName(name, "")))

    @SETTINGS
    @given(body=json_values(op.spec, {"$ref": f"#/components/schemas/{name}"}).map(whole_floats_as_ints))
    def round_trips(body: Any) -> None:
        differences = json_differences(model.from_dict(body).to_dict(), body)
        assert not differences, "\n".join(differences)

    round_trips()


def test_a_whole_float_for_an_integer_field_becomes_an_int() -> None:
    """Why the round trips spell whole numbers as integers: the client normalises 1000.0 to 1000."""
    op = next(op for op in OPERATIONS if op.client == "cloudflare-realtimekit")
    errors = importlib.import_module(f"{op.package}.errors")
    model = importlib.import_module(f"{op.package}.models").ResponseMessage
    assert model.from_dict({"code": 1000, "message": "m"}).to_dict() == {"code": 1000, "message": "m"}
    parsed = model.from_dict({"code": 1000.0, "message": "m"})
    assert type(parsed.code) is int and parsed.code == 1000
    with pytest.raises(errors.DecodeError, match="expected an integer"):
        model.from_dict({"code": 1000.5, "message": "m"})


def emogg_get_session() -> Operation:
    return next(op for op in OPERATIONS if op.client == "emogg" and op.operation["operationId"] == "getSession")


def test_a_client_model_that_drops_a_field_fails_the_round_trip(monkeypatch: pytest.MonkeyPatch) -> None:
    op = emogg_get_session()
    example = op.examples()["vendorExample"]
    assert_round_trip(op, example)  # the real model keeps every field
    session_model = importlib.import_module(f"{op.package}.models.session").Session
    unset = importlib.import_module(f"{op.package}.types").UNSET

    def dropping_config(decode: Any) -> Any:
        def decode_without_config(source: Any) -> Any:
            session = decode(source)
            session.config = unset
            return session

        return decode_without_config

    # Both ways a body becomes a model: from_dict, and the speed extra's _from_struct (see _typed.py).
    monkeypatch.setattr(session_model, "from_dict", dropping_config(session_model.from_dict))
    monkeypatch.setattr(session_model, "_from_struct", dropping_config(session_model._from_struct))
    with pytest.raises(AssertionError, match=r"\$\.config: only in the body"):
        assert_round_trip(op, example)


@pytest.mark.parametrize(
    ("actual", "expected", "same"),
    [
        ("2024-04-01T10:30:00+00:00", "2024-04-01T10:30:00.000Z", True),
        ("2024-04-01T10:30:00.500000+02:00", "2024-04-01T10:30:00.5+02:00", True),
        ("2024-04-01T08:30:00+00:00", "2024-04-01T10:30:00+02:00", False),  # same instant, offset moved
        ("2024-04-01T10:30:01+00:00", "2024-04-01T10:30:00Z", False),
        ("10:30", "2024-04-01T10:30:00Z", False),
    ],
)
def test_date_times_compare_by_wall_clock_time_and_offset(actual: str, expected: str, same: bool) -> None:
    assert same_scalar(actual, expected) is same


def test_numbers_compare_by_value_but_booleans_are_not_numbers() -> None:
    assert same_scalar(1, 1.0)
    assert not same_scalar(True, 1)
    assert not same_scalar("1", 1)


# Requests


@cache
def mock_for(client_name: str) -> Any:
    op = next(op for op in OPERATIONS if op.client == client_name)
    return create_app(op.spec, token=DEFAULT_TOKEN)


@cache
def schema_for(client_name: str) -> Any:
    """One schemathesis schema per client, shared by its operations' tests (its cases are only drawn, not sent)."""
    return contract_schema(client_name, app=mock_for(client_name))


def to_client_type(value: Any, hint: Any, unset: type) -> Any:
    """`value` (as schemathesis generated it for the wire) in the type the client's signature asks for."""
    for kind in typing.get_args(hint) or (hint,):
        if kind in (unset, type(None)):
            continue
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return kind(value)
        if kind is datetime.datetime:
            assume(":60" not in str(value))  # an RFC 3339 leap second; Python's datetime cannot hold one
            return datetime.datetime.fromisoformat(str(value).upper())
        if kind is bool:
            return value if isinstance(value, bool) else value == "true"
        if kind in (int, float, str):
            return kind(value)
        if typing.get_origin(kind) is list:  # an exploded array parameter (Emogg's expand[])
            (item,) = typing.get_args(kind)
            return [to_client_type(v, item, unset) for v in (value if isinstance(value, list) else [value])]
    raise TypeError(f"no conversion of {value!r} to {hint}")


def client_arguments(op: Operation, function: Callable[..., Any], case: Case[Any]) -> dict[str, Any]:
    # Operation modules import the models only for type checking (so that importing them stays cheap): the
    # annotations that name a model are resolved against the models package, whose models load on first use.
    models = importlib.import_module(f"{op.package}.models")
    namespace = {name: getattr(models, name) for name in models.__all__}
    hints = typing.get_type_hints(function, globalns={**namespace, **function.__globals__})
    unset = importlib.import_module(f"{op.package}.types").Unset
    arguments = {}
    # schemathesis keeps path parameters percent-encoded; the client encodes them itself.
    path = {name: unquote(value) if isinstance(value, str) else value for name, value in case.path_parameters.items()}
    for name, value in {**path, **(case.query or {})}.items():
        identifier = parameter_python_name(name)
        arguments[identifier] = to_client_type(value, hints[identifier], unset)
    if "body" in hints:  # a JSON request body: the client takes it as its model
        (model,) = [kind for kind in typing.get_args(hints["body"]) or (hints["body"],) if kind is not unset]
        # As for the response bodies: a whole float drawn for an integer is the client's int (see whole_floats_as_ints).
        arguments["body"] = model.from_dict(whole_floats_as_ints(case.body))
    return arguments


@pytest.mark.parametrize("op", OPERATIONS, ids=ids)
def test_the_mock_accepts_every_request_the_client_makes_from_valid_parameters(op: Operation) -> None:
    operation = schema_for(op.client)[op.path][op.method.upper()]
    package = importlib.import_module(op.package)
    transport = SyncASGITransport(mock_for(op.client))
    function = op.module().sync_detailed
    seen: list[dict[str, Any]] = []

    @SETTINGS
    @given(case=operation.as_strategy(generation_mode=GenerationMode.POSITIVE))
    def accepted(case: Case[Any]) -> None:
        arguments = client_arguments(op, function, case)
        with package.AuthenticatedClient(
            base_url=op.base_url, token=DEFAULT_TOKEN, httpx_args={"transport": transport}
        ) as client:
            response = function(client=client, **arguments)
        assert 200 <= response.status_code < 300, response.content
        seen.append(arguments)

    accepted()
    query_names = {p["name"] for p in op.parameters() if p["in"] == "query"}
    if query_names:  # the generated requests did carry query parameters, not just the bare path
        assert any(set(arguments) - set(path_arguments(op)) for arguments in seen)
