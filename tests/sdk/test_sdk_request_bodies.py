"""The body a resource method sends is exactly what its keyword arguments declare: valid arguments go out as the
body model's JSON, an argument of the wrong type is a TypeError naming it and a value JSON cannot hold a ValueError
naming it, both before any request. The vendor is an httpx.MockTransport recording what it receives.
(Unions, maps of models and enums given as strings, which no real client has in a body: test_request_unions.py.)
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import math
from typing import Any

import httpx
import pytest

from tests.sdk.sdk_support import METHODS, Method, resolve, sdk_client


def recorder(seen: list[httpx.Request], method: Method | None = None) -> Any:
    """Records each request; answers with the method's documented example (or `{}`)."""
    status, body = method.success() if method is not None else (200, {})

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status) if body is None else httpx.Response(status, json=body)

    return handler


def flattened(method: Method) -> bool:
    """A method whose body's fields are its keyword arguments (not `body=`)."""
    if method.op.request_body() is None:
        return False
    api = sdk_client(method.op.client, recorder([]))
    return "body" not in inspect.signature(resolve(api, method.dotted)).parameters


FLAT = [m for m in METHODS if flattened(m)]


def body_fields(method: Method) -> list[str]:
    api = sdk_client(method.op.client, recorder([]))
    return list(method.keyword_arguments(resolve(api, method.dotted)))


FIELDS = [(m, name) for m in FLAT for name in body_fields(m)]


def call(method: Method, seen: list[httpx.Request], **changes: Any) -> Any:
    api = sdk_client(method.op.client, recorder(seen, method))
    target = resolve(api, method.dotted)
    arguments = {**method.keyword_arguments(target), **changes}
    return target(*method.path_arguments(), **method.op.query_arguments(), **arguments)


def test_the_real_clients_have_write_methods_with_flattened_bodies() -> None:
    assert {m.op.client for m in FLAT} >= {"emogg", "cloudflare-realtimekit", "streamelements"}


@pytest.mark.parametrize("method", FLAT, ids=[m.id for m in FLAT])
def test_valid_arguments_send_the_body_models_json_unchanged(method: Method) -> None:
    seen: list[httpx.Request] = []
    call(method, seen)
    (request,) = seen
    assert json.loads(request.content) == method.op.request_body().to_dict()


class NotDeclared:
    """A value of a type no field declares (nor can JSON hold it)."""


@pytest.mark.parametrize(("method", "name"), FIELDS, ids=[f"{m.id}:{n}" for m, n in FIELDS])
def test_an_argument_of_an_undeclared_type_is_a_type_error_naming_it_before_sending(method: Method, name: str) -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(TypeError, match=rf"^{name}: expected .*, got NotDeclared"):
        call(method, seen, **{name: NotDeclared()})
    assert seen == []


@pytest.mark.parametrize("dotted", ["meetings.active_session.kick", "meetings.active_session.mute"])
def test_a_string_for_a_list_of_ids_is_a_type_error_not_its_characters(dotted: str) -> None:
    method = next(m for m in FLAT if m.op.client == "cloudflare-realtimekit" and m.dotted == dotted)
    seen: list[httpx.Request] = []
    with pytest.raises(TypeError, match=r"^participant_ids: expected list\[str\], got str 'abc'"):
        call(method, seen, participant_ids="abc")
    with pytest.raises(TypeError, match=r"^custom_participant_ids\[1\]: expected str, got float nan"):
        call(method, seen, custom_participant_ids=["a", math.nan])
    with pytest.raises(ValueError, match=r"^participant_ids\[0\]: .* lone surrogate"):
        call(method, seen, participant_ids=["\ud800"])
    assert seen == []


def test_a_number_for_a_name_is_a_type_error_naming_it() -> None:
    method = next(m for m in FLAT if m.op.client == "emogg" and m.dotted == "sessions.create")
    seen: list[httpx.Request] = []
    with pytest.raises(TypeError, match=r"^name: expected str, got int 123"):
        call(method, seen, name=123)
    with pytest.raises(TypeError, match=r"^name: expected str, got bool"):
        call(method, seen, name=True)
    assert seen == []


def test_nan_deep_in_a_model_argument_is_a_value_error_naming_its_path() -> None:
    method = next(m for m in FLAT if m.op.client == "streamelements" and m.dotted == "sessions.replace")
    models = importlib.import_module("streamelements_sessions_client.models")
    seen: list[httpx.Request] = []
    data = models.SessionData(follower_goal=models.Amount(amount=math.nan))
    with pytest.raises(ValueError, match=r"^data\.follower_goal\.amount: nan is not a finite number"):
        call(method, seen, data=data)
    with pytest.raises(ValueError, match=r"^data\.extra\.when: object .* is no JSON value"):
        call(method, seen, data=models.SessionData(additional_properties={"extra": {"when": object()}}))
    assert seen == []


def test_the_async_twin_refuses_the_same_arguments_before_sending() -> None:
    method = next(m for m in FLAT if m.op.client == "cloudflare-realtimekit" and m.dotted.endswith(".kick"))
    seen: list[httpx.Request] = []
    api = sdk_client(method.op.client, recorder(seen), use_async=True)
    target = resolve(api, method.dotted)
    arguments = {**method.keyword_arguments(target), "participant_ids": "abc"}
    with pytest.raises(TypeError, match=r"^participant_ids: "):
        asyncio.run(target(*method.path_arguments(), **arguments))
    assert seen == []
