"""A client's life: copies and pickles of what holds a connection say no clearly, `with` and `close()` do what the
docstring says, and one async client serves one `asyncio.run()` after another. Lists take `max_pages` and
`max_items`, and a malformed `Link` is the client's error.
"""

from __future__ import annotations

import asyncio
import copy
import gc
import importlib
import json
import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.runtime.harness import OPERATIONS
from tests.runtime.servers import Reply, serve
from tests.sdk.sdk_support import METHODS, client_class, resolve, sdk_client

CLOUDFLARE = next(op for op in OPERATIONS if op.client == "cloudflare-realtimekit" and "x-pagination" in op.operation)
EMOGG_GET = next(m for m in METHODS if m.op.client == "emogg" and m.dotted == "sessions.get")
ERRORS = {
    name: importlib.import_module(f"{package}.errors")
    for name, package in {op.client: op.package for op in OPERATIONS}.items()
}
COPIES: dict[str, Callable[[Any], Any]] = {"copy": copy.copy, "deepcopy": copy.deepcopy, "pickle": pickle.dumps}


def cloudflare_body(ids: list[str]) -> dict[str, Any]:
    (example,) = CLOUDFLARE.examples("200").values()
    body = copy.deepcopy(example)
    template = body["data"]["sessions"][0]
    body["data"]["sessions"] = [{**template, "id": each} for each in ids]
    return body


def endless(seen: list[httpx.Request]) -> Any:
    """A Cloudflare list that never ends: page n holds item n."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=cloudflare_body([request.url.params["page_no"]]))

    return handler


def emogg_vendor(seen: list[httpx.Request]) -> Any:
    status, body = EMOGG_GET.success()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body)

    return handler


# -- Copies and pickles ---------------------------------------------------------------------------------------------


def holders() -> dict[str, Any]:
    """One of everything that holds a connection or a live response."""
    api = sdk_client("cloudflare-realtimekit", endless([]))
    low_level = importlib.import_module(f"{CLOUDFLARE.package}.client")
    return {
        "client": api,
        "async client": sdk_client("cloudflare-realtimekit", endless([]), use_async=True),
        "low-level client": low_level.AuthenticatedClient(token="sk-live-7Hq2Zr9Xw4Vb"),
        "page": api.sessions.list("acc", "app"),
        "pager": sdk_client("cloudflare-realtimekit", endless([]), use_async=True).sessions.list("acc", "app"),
        "raw response": api.with_raw_response.sessions.list("acc", "app"),
    }


@pytest.mark.parametrize("how", COPIES)
@pytest.mark.parametrize("what", holders().keys())
def test_a_client_page_or_raw_response_refuses_copy_and_pickle_with_a_clear_type_error(what: str, how: str) -> None:
    with pytest.raises(TypeError, match=r"cannot be copied or pickled \(it holds"):
        COPIES[how](holders()[what])


def test_what_a_page_parsed_copies_and_pickles() -> None:
    page = sdk_client("cloudflare-realtimekit", endless([])).sessions.list("acc", "app")
    assert pickle.loads(pickle.dumps(page.items[0].to_dict())) == page.items[0].to_dict()


# -- Close semantics ------------------------------------------------------------------------------------------------


def test_a_with_block_may_start_after_the_first_call_and_closes_the_client() -> None:
    seen: list[httpx.Request] = []
    api = sdk_client("emogg", emogg_vendor(seen))
    EMOGG_GET.call(api)
    with api:
        EMOGG_GET.call(api)
    with pytest.raises(ERRORS["emogg"].ClientClosedError):
        EMOGG_GET.call(api)
    with pytest.raises(ERRORS["emogg"].ClientClosedError), api:
        pass
    assert len(seen) == 2


def test_a_call_after_close_on_a_never_used_client_raises_rather_than_reopen() -> None:
    seen: list[httpx.Request] = []
    api = sdk_client("emogg", emogg_vendor(seen))
    api.close()
    with pytest.raises(ERRORS["emogg"].ClientClosedError, match="closed"):
        EMOGG_GET.call(api)
    assert seen == []
    EMOGG_GET.call(api.with_options())  # a copy opens its own connections
    assert len(seen) == 1


def test_the_async_client_closes_as_documented_too() -> None:
    seen: list[httpx.Request] = []
    api = sdk_client("emogg", emogg_vendor(seen), use_async=True)

    async def scenario() -> None:
        await EMOGG_GET.call(api)
        async with api:
            await EMOGG_GET.call(api)
        with pytest.raises(ERRORS["emogg"].ClientClosedError):
            await EMOGG_GET.call(api)
        never_used = sdk_client("emogg", emogg_vendor(seen), use_async=True)
        await never_used.aclose()
        with pytest.raises(ERRORS["emogg"].ClientClosedError):
            await EMOGG_GET.call(never_used)

    asyncio.run(scenario())
    assert len(seen) == 2


# -- Event loops ----------------------------------------------------------------------------------------------------


def emogg_reply(seen: Any) -> Reply:
    return Reply(200, json.dumps(EMOGG_GET.success()[1]).encode(), {"Content-Type": "application/json"})


@pytest.mark.slow  # a real server on loopback: kept-alive connections belong to the loop that opened them
# The first loop's kept-alive connection cannot be closed once that loop is: Python warns as it is dropped.
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_one_async_client_serves_one_asyncio_run_after_another() -> None:
    with serve(emogg_reply) as server:
        api = client_class("emogg", use_async=True)(token="sk-live-7Hq2Zr9Xw4Vb", base_url=server.url)
        first = asyncio.run(EMOGG_GET.call(api))
        second = asyncio.run(EMOGG_GET.call(api))
        assert first == second
        asyncio.run(api.aclose())
    assert len(server.seen) == 2
    del api
    gc.collect()  # the dropped connections' warnings, here where they are expected, not in a later test


@pytest.mark.slow  # a real server on loopback
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_custom_async_httpx_client_from_a_closed_loop_raises_the_clients_own_error_saying_why() -> None:
    with serve(emogg_reply) as server:
        api = client_class("emogg", use_async=True)(token="sk-live-7Hq2Zr9Xw4Vb", base_url=server.url)
        api.set_async_httpx_client(httpx.AsyncClient(base_url=server.url))
        asyncio.run(EMOGG_GET.call(api))
        with pytest.raises(ERRORS["emogg"].ClientClosedError, match="event loop that is now closed"):
            asyncio.run(EMOGG_GET.call(api))
    del api
    gc.collect()


def test_an_async_client_in_use_by_a_loop_not_closed_yet_is_refused_to_another_loop() -> None:
    api = sdk_client("emogg", emogg_vendor([]), use_async=True)
    first = asyncio.new_event_loop()
    try:
        first.run_until_complete(EMOGG_GET.call(api))
        with pytest.raises(ERRORS["emogg"].ClientClosedError, match="another event loop, not closed yet"):
            asyncio.run(EMOGG_GET.call(api))
    finally:
        first.run_until_complete(api.aclose())
        first.close()


# -- Lists: max_pages, max_items, a malformed Link ------------------------------------------------------------------


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_every_list_method_takes_max_items(use_async: bool) -> None:
    seen: list[httpx.Request] = []
    api = sdk_client("cloudflare-realtimekit", endless(seen), use_async=use_async)
    if use_async:

        async def collect() -> list[str]:
            return [s.id async for s in api.sessions.list("acc", "app", max_items=3)]

        assert asyncio.run(collect()) == ["1", "2", "3"]
    else:
        assert [s.id for s in api.sessions.list("acc", "app", max_items=3)] == ["1", "2", "3"]
    assert len(seen) == 3


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_every_list_method_takes_max_pages_and_a_list_it_cuts_raises_saying_how_to_raise_it(use_async: bool) -> None:
    seen: list[httpx.Request] = []
    got: list[str] = []
    api = sdk_client("cloudflare-realtimekit", endless(seen), use_async=use_async)
    with pytest.raises(
        ERRORS["cloudflare-realtimekit"].PageLimitError, match=r"max_pages=4 .*pass a larger max_pages="
    ):
        if use_async:

            async def collect() -> None:
                async for session in api.sessions.list("acc", "app", max_pages=4):
                    got.append(session.id)

            asyncio.run(collect())
        else:
            got.extend(s.id for s in api.sessions.list("acc", "app", max_pages=4))
    assert got == ["1", "2", "3", "4"] and len(seen) == 4


LISTS = [m for m in METHODS if m.paginated]


@pytest.mark.parametrize("method", LISTS, ids=[m.id for m in LISTS])
def test_every_list_method_accepts_max_pages_and_max_items(method: Any) -> None:
    status, body = method.success()
    api = sdk_client(method.op.client, lambda request: httpx.Response(status, json=body))
    page = resolve(api, method.dotted)(
        *method.path_arguments(), **method.op.query_arguments(), max_pages=5, max_items=1
    )
    assert len(list(page)) <= 1


@pytest.mark.parametrize("link", ['<http://example.com:port/x>; rel="next"', '<http://[::1/x>; rel="next"'])
def test_a_malformed_link_is_the_clients_error_in_next_link_and_next_cursor(link: str) -> None:
    sdk = importlib.import_module("livepeer_sessions_client._pages")
    errors = importlib.import_module("livepeer_sessions_client.errors")
    request = httpx.Request("GET", "https://livepeer.test/api/session")
    response = httpx.Response(200, json=[], headers={"Link": link}, request=request)
    page = sdk.SyncPage(iter([(response, [])]), lambda: iter([]), lambda body: body, None, "cursor")
    with pytest.raises(errors.APIError, match=r"Link header .* is malformed"):
        _ = page.next_link
    with pytest.raises(errors.APIError, match=r"Link header .* is malformed"):
        _ = page.next_cursor
