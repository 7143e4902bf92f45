"""A request body passed whole to a low-level function (`api/<tag>/<op>.py`: `sync`, `asyncio` and their
`_detailed` twins, `body=`) is checked before anything is sent, as the resource methods check their keyword
arguments (runtime/_arguments.py): a body that fits none of the declared types is a TypeError naming `body`, a
value in it that JSON cannot hold a ValueError naming where it is, and the declared model goes out exactly as its
`to_dict()`. Every operation with a body, of every client in the manifest; the vendor is an httpx.MockTransport.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest

from tests.runtime.harness import OPERATIONS, call, make_client
from tests.support import Operation

WITH_BODY = [op for op in OPERATIONS if "requestBody" in op.operation]
# `sync` calls `sync_detailed` and `asyncio` calls `asyncio_detailed`, where the check is: one of each covers all.
FLAVOURS: dict[str, dict[str, bool]] = {"sync": {}, "asyncio": {"use_async": True}}
CASES = [(op, flavour) for op in WITH_BODY for flavour in FLAVOURS]
IDS = [f"{op.id}:{flavour}" for op, flavour in CASES]


def send(op: Operation, flavour: str, body: Any) -> list[httpx.Request]:
    """Call the operation's low-level function with `body`; the requests the vendor saw."""
    seen: list[httpx.Request] = []
    status = int(op.success_status)
    example = next(iter(op.examples().values()), None)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status) if example is None else httpx.Response(status, json=example)

    call(op, make_client(op.package, handler), body=body, **FLAVOURS[flavour])
    return seen


def with_extra(op: Operation, value: Any) -> Any:
    """The example body with one extra field (its model keeps fields it does not declare) holding `value`."""
    model = op.request_body()
    model.additional_properties = {"extra": value}
    return model


def test_every_client_with_a_write_has_whole_bodies_to_check() -> None:
    assert {op.client for op in WITH_BODY} >= {"emogg", "cloudflare-realtimekit", "streamelements"}


@pytest.mark.parametrize(("op", "flavour"), CASES, ids=IDS)
def test_the_declared_model_is_sent_exactly_as_its_to_dict(op: Operation, flavour: str) -> None:
    (request,) = send(op, flavour, op.request_body())
    assert json.loads(request.content) == op.request_body().to_dict()


class NotDeclared:
    """A value of a type no body declares."""


@pytest.mark.parametrize(("op", "flavour"), CASES, ids=IDS)
@pytest.mark.parametrize("wrong", [NotDeclared(), "abc"], ids=["object", "str"])
def test_a_body_of_an_undeclared_type_is_a_type_error_naming_body_before_sending(
    op: Operation, flavour: str, wrong: Any
) -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(TypeError, match=rf"^body: expected \w+, got {type(wrong).__name__} "):
        seen = send(op, flavour, wrong)
    assert seen == []


@pytest.mark.parametrize(("op", "flavour"), CASES, ids=IDS)
def test_a_dict_in_place_of_the_body_model_is_a_type_error_naming_body(op: Operation, flavour: str) -> None:
    """The JSON of the body, given as a dict, is not the model the function declares (`Model.from_dict` makes it)."""
    with pytest.raises(TypeError, match=r"^body: expected \w+, got dict "):
        send(op, flavour, op.request_example())


def extensible(op: Operation) -> bool:
    return hasattr(op.request_body(), "additional_properties")


EXTENSIBLE = [(op, flavour) for op, flavour in CASES if extensible(op)]
EXTENSIBLE_IDS = [f"{op.id}:{flavour}" for op, flavour in EXTENSIBLE]


@pytest.mark.parametrize(("op", "flavour"), EXTENSIBLE, ids=EXTENSIBLE_IDS)
@pytest.mark.parametrize(
    ("value", "where", "why"),
    [
        (float("nan"), "body.extra", "nan is not a finite number"),
        ({"n": float("inf")}, "body.extra.n", "inf is not a finite number"),
        ({"tags": {"a"}}, "body.extra.tags", "set {'a'} is no JSON value"),
        ({1: "one"}, "body.extra[1]", "a key that is not a string"),
        ("\ud800", "body.extra", "lone surrogate"),
    ],
    ids=["nan", "infinity-in-a-dict", "set-in-a-dict", "int-key", "lone-surrogate"],
)
def test_a_value_json_cannot_hold_in_the_body_is_a_value_error_naming_where_it_is(
    op: Operation, flavour: str, value: Any, where: str, why: str
) -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(ValueError, match=f"^{re.escape(where)}: .*{re.escape(why)}"):
        seen = send(op, flavour, with_extra(op, value))
    assert seen == []


def test_extra_fields_are_checked_in_some_body_of_the_four_clients() -> None:
    assert len({op.client for op, _ in EXTENSIBLE}) >= 2
