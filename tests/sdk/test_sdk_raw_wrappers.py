"""Raw responses are thin wrappers around the resource methods (runtime/_raw.py): the twin's method has the
resource method's signature, sends exactly the request the method builds (a list: its first page only), and leaves
the body unparsed until `.parse()`, sync and async alike.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import httpx
import pytest

from tests.sdk.sdk_support import METHODS, Method, resolve, sdk_client

PAGED = [m for m in METHODS if m.paginated]
ONE_EACH = [next(m for m in METHODS if m.op.client == name) for name in sorted({m.op.client for m in METHODS})]


def recording(body: Any, seen: list[httpx.Request], status: int = 200) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body)

    return handler


@pytest.mark.parametrize("method", METHODS, ids=[m.id for m in METHODS])
def test_a_raw_method_has_the_signature_of_the_method_it_wraps(method: Method) -> None:
    with sdk_client(method.op.client, recording({}, [])) as client:
        wrapped = resolve(client, method.dotted)
        raw = resolve(client.with_raw_response, method.dotted)
        assert inspect.signature(raw) == inspect.signature(wrapped)
        assert raw.__doc__ == wrapped.__doc__


@pytest.mark.parametrize("method", PAGED, ids=[m.id for m in PAGED])
def test_a_raw_list_sends_the_first_page_request_only(method: Method) -> None:
    _, body = method.success()
    plain: list[httpx.Request] = []
    raw: list[httpx.Request] = []
    with sdk_client(method.op.client, recording(body, plain)) as client:
        method.call(client)  # the page: its first request
    with sdk_client(method.op.client, recording(body, raw)) as client:
        response = method.call(client.with_raw_response)
        assert response.parse() == method.op.module()._parse(response.http_response)
    assert [(r.method, r.url) for r in raw] == [(r.method, r.url) for r in plain[:1]]


@pytest.mark.parametrize("method", ONE_EACH, ids=[m.id for m in ONE_EACH])
def test_a_body_that_does_not_fit_is_decoded_only_on_parse(method: Method) -> None:
    errors = __import__(f"{method.op.package}.errors", fromlist=["DecodeError"])
    not_the_schema = [1, 2, 3] if isinstance(method.success()[1], dict) else {"no": "list"}
    with sdk_client(method.op.client, recording(not_the_schema, [])) as client:
        response = method.call(client.with_raw_response)
        assert response.status_code == 200 and response.json() == not_the_schema
        with pytest.raises(errors.DecodeError):
            response.parse()


@pytest.mark.parametrize("method", ONE_EACH, ids=[m.id for m in ONE_EACH])
def test_the_async_raw_twin_returns_the_same_raw_response(method: Method) -> None:
    _, body = method.success()

    async def main() -> Any:
        async with sdk_client(method.op.client, recording(body, []), use_async=True) as client:
            response = await method.call(client.with_raw_response)
            return response.status_code, response.parse()

    status, parsed = asyncio.run(main())
    with sdk_client(method.op.client, recording(body, [])) as client:
        expected = method.call(client.with_raw_response)
        assert (status, parsed) == (expected.status_code, expected.parse())


def test_a_raw_twin_of_a_resource_keeps_its_options() -> None:
    method = ONE_EACH[0]
    _, body = method.success()
    seen: list[httpx.Request] = []
    resource_path, name = method.dotted.rsplit(".", 1)
    with sdk_client(method.op.client, recording(body, seen)) as client:
        twin = resolve(client, resource_path).with_options(extra_headers={"X-Call": "b"}).with_raw_response
        getattr(twin.with_options(timeout=3.0), name)(*method.path_arguments())
    assert seen[0].headers["X-Call"] == "b" and seen[0].extensions["timeout"]["read"] == 3.0
