"""A list returns a page: the call fetches the first page, iterating yields every item of every page lazily,
`iter_pages()` yields the pages, and the page tells the vendor's paging metadata. Async: `await` or `async for`.

Cloudflare pages by `page_no` until an empty page; Livepeer by a `Link: <…>; rel="next"` header.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
from typing import Any

import httpx

from tests.runtime.harness import OPERATIONS
from tests.sdk.sdk_support import sdk_client

CLOUDFLARE = next(op for op in OPERATIONS if op.client == "cloudflare-realtimekit" and "x-pagination" in op.operation)
LIVEPEER = next(op for op in OPERATIONS if op.client == "livepeer" and "x-pagination" in op.operation)


def cloudflare_body(ids: list[str]) -> dict[str, Any]:
    (example,) = CLOUDFLARE.examples("200").values()
    body = copy.deepcopy(example)
    template = body["data"]["sessions"][0]
    body["data"]["sessions"] = [{**template, "id": each} for each in ids]
    return body


def cloudflare_vendor(pages: dict[int, list[str]], seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=cloudflare_body(pages.get(int(request.url.params["page_no"]), [])))

    return handler


PAGES = {1: ["a", "b"], 2: ["c"]}


def test_the_call_fetches_the_first_page_only_and_iterating_fetches_the_rest_lazily() -> None:
    seen: list[httpx.Request] = []
    with sdk_client("cloudflare-realtimekit", cloudflare_vendor(PAGES, seen)) as client:
        page = client.sessions.list("acc", "app")
        assert len(seen) == 1
        assert [s.id for s in page.items] == ["a", "b"] and len(page) == 2
        assert page.params["page_no"] == "1" and page.status_code == 200
        assert page.body.data.sessions == page.items  # the whole parsed body is there too
        iterator = iter(page)
        assert next(iterator).id == "a" and next(iterator).id == "b"
        assert len(seen) == 1  # the second page is fetched only when its first item is needed
        assert [s.id for s in iterator] == ["c"]
        assert [r.url.params["page_no"] for r in seen] == ["1", "2", "3"]  # ended on the empty page


def test_iter_pages_yields_each_page_and_a_second_pass_starts_over() -> None:
    seen: list[httpx.Request] = []
    with sdk_client("cloudflare-realtimekit", cloudflare_vendor(PAGES, seen)) as client:
        page = client.sessions.list("acc", "app")
        assert [[s.id for s in p.items] for p in page.iter_pages()] == [["a", "b"], ["c"], []]
        assert [s.id for s in page] == ["a", "b", "c"]
    assert len(seen) == 3 + 3


def test_breaking_out_early_fetches_no_further_page() -> None:
    seen: list[httpx.Request] = []
    with sdk_client("cloudflare-realtimekit", cloudflare_vendor(PAGES, seen)) as client:
        for session in client.sessions.list("acc", "app"):
            assert session.id == "a"
            break
    assert len(seen) == 1


def test_a_server_that_repeats_its_page_ends_the_iteration() -> None:
    seen: list[httpx.Request] = []

    def ignores_page_no(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=cloudflare_body(["same"]))

    with sdk_client("cloudflare-realtimekit", ignores_page_no) as client:
        assert [s.id for s in client.sessions.list("acc", "app")] == ["same"]
    assert len(seen) == 2


def test_async_lists_await_for_the_first_page_or_async_for_over_every_item() -> None:
    seen: list[httpx.Request] = []

    async def run() -> tuple[list[str], list[str], list[int]]:
        async with sdk_client("cloudflare-realtimekit", cloudflare_vendor(PAGES, seen), use_async=True) as client:
            everything = [s.id async for s in client.sessions.list("acc", "app")]
            page = await client.sessions.list("acc", "app")
            first = [s.id for s in page.items]
            sizes = [len(p.items) async for p in page.iter_pages()]
            return everything, first, sizes

    everything, first, sizes = asyncio.run(run())
    assert everything == ["a", "b", "c"] and first == ["a", "b"] and sizes == [2, 1, 0]
    assert len(seen) == 3 + 1 + 2


def test_livepeer_follows_the_link_header_and_shows_it() -> None:
    (example,) = LIVEPEER.examples("200").values()
    seen: list[httpx.Request] = []

    def vendor(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.params.get("cursor") == "p2":
            return httpx.Response(200, json=[{**example[0], "id": "second"}])
        link = '</api/session?limit=1&cursor=p2>; rel="next"'
        return httpx.Response(200, json=[{**example[0], "id": "first"}], headers={"Link": link})

    with sdk_client("livepeer", vendor, base_url="https://livepeer.test/api") as client:
        page = client.sessions.list(limit=1)
        assert page.next_link == "https://livepeer.test/api/session?limit=1&cursor=p2"
        assert page.headers["link"].startswith("</api/session")
        assert [s.id for s in page] == ["first", "second"]
    assert [r.url.params.get("cursor") for r in seen] == [None, "p2"]


def test_the_total_and_the_cursor_are_read_where_the_overlay_says() -> None:
    sdk = importlib.import_module("cloudflare_realtimekit_sessions_client._sdk")
    request = httpx.Request("GET", "https://api.test/items?page=1")
    link = '</items?cursor=c2&page=2>; rel="next"'
    body = {"items": [1, 2], "paging": {"total_count": 41}}
    response = httpx.Response(200, json=body, headers={"Link": link}, request=request)

    items = lambda b: b["items"]  # noqa: E731
    page = sdk.SyncPage(iter([(response, body)]), lambda: iter([]), items, "paging.total_count", "cursor")
    assert page.total == 41 and page.items == [1, 2] and page.next_cursor == "c2"
    assert page.next_link == "https://api.test/items?cursor=c2&page=2"
    untold = sdk.SyncPage(iter([(response, body)]), lambda: iter([]), items, None)
    assert untold.total is None and untold.next_cursor is None
