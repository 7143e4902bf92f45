"""Any 200 body, to any operation: the only outcomes are a model or the client's own DecodeError.

Hypothesis feeds arbitrary JSON values, arbitrary bytes, and the documented example with one part replaced by an
arbitrary JSON value (which reaches deep into the models). A builtin exception escaping is a failure.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.runtime.harness import OPERATIONS, call, make_client, replaced
from tests.support import Operation

pytestmark = pytest.mark.slow  # property-based: three properties x every operation x 40 examples

# A 204 has no body to parse: its operations return None whatever the server sends.
WITH_BODY = [op for op in OPERATIONS if op.success_status != "204"]

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)


class Vendor:
    """Answers 200 with whatever body the test sets."""

    def __init__(self) -> None:
        self.body = b""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=self.body, headers={"content-type": "application/json"})


def outcome(op: Operation, client: Any, vendor: Vendor, body: bytes) -> None:
    vendor.body = body
    errors = __import__(f"{op.package}.errors", fromlist=["DecodeError"])
    try:
        result = call(op, client)
    except errors.DecodeError as error:
        assert error.status_code == 200
        str(error)  # the message itself must render
    else:
        assert result is not None


def paths(value: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += paths(child, (*prefix, index))
    return found


def client_for(op: Operation) -> tuple[Any, Vendor]:
    vendor = Vendor()
    return make_client(op.package, vendor, max_retries=0), vendor


@pytest.mark.parametrize("op", WITH_BODY, ids=lambda op: op.id)
def test_arbitrary_json(op: Operation) -> None:
    client, vendor = client_for(op)

    @SETTINGS
    @given(json_values)
    def check(value: Any) -> None:
        outcome(op, client, vendor, json.dumps(value).encode())

    check()


@pytest.mark.parametrize("op", WITH_BODY, ids=lambda op: op.id)
def test_arbitrary_bytes(op: Operation) -> None:
    client, vendor = client_for(op)

    @SETTINGS
    @given(st.binary(max_size=64))
    def check(body: bytes) -> None:
        outcome(op, client, vendor, body)

    check()


@pytest.mark.parametrize("op", WITH_BODY, ids=lambda op: op.id)
def test_the_example_with_any_part_replaced(op: Operation) -> None:
    client, vendor = client_for(op)
    (example,) = op.examples().values()
    candidates = paths(example)[1:]

    @SETTINGS
    @given(st.sampled_from(candidates), json_values)
    def check(path: tuple[str | int, ...], value: Any) -> None:
        outcome(op, client, vendor, json.dumps(replaced(example, path, value)).encode())

    check()
