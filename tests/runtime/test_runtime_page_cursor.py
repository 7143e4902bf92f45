"""A page of a list that pages by a cursor in the body (`x-pagination` style `cursor`) tells the cursor the walk
sends next (`page.next_cursor`), read as the walk reads it (`CursorPaging.cursor_after`), and None on the last
page. Pages are built as a list method builds them (runtime/_pages.py over the engine's walk), the vendor is an
httpx.MockTransport.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from typing import Any

import httpx

import runtime.client as engine
from runtime._pages import AsyncPager, SyncPage
from runtime._paging import CursorPaging

Body = dict[str, Any]


def items(page: Body) -> list[Any]:
    return list(page["data"])


def client_of(pages: Callable[[httpx.QueryParams], Body]) -> engine.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages(request.url.params))

    return engine.Client(httpx_args={"transport": httpx.MockTransport(handler)})


def sync_pages(paging: CursorPaging[Body], answer: Callable[[httpx.QueryParams], Body], **params: Any) -> Any:
    """The pages of a list, as a resource's list method makes them: `SyncPage` with the walk's own paging."""
    request = {"method": "GET", "url": "/sessions", "params": params}
    walk = functools.partial(client_of(answer)._iter_pages, request, lambda r: r.json(), lambda r: None, {}, paging)
    return list(SyncPage(walk(), walk, items, None, None, paging).iter_pages())


def by_cursor(pages: dict[str, Body], name: str = "cursor") -> Callable[[httpx.QueryParams], Body]:
    return lambda params: pages[params.get(name, "")]


def test_each_page_tells_the_cursor_at_the_dotted_path_and_the_last_none() -> None:
    pages = {
        "": {"data": [1, 2], "meta": {"next": "c2"}},
        "c2": {"data": [3, 4], "meta": {"next": "c3"}},
        "c3": {"data": [5], "meta": {"next": None}},
    }
    paging = CursorPaging[Body]("cursor", items=items, next_cursor="meta.next")
    got = sync_pages(paging, by_cursor(pages))
    assert [page.next_cursor for page in got] == ["c2", "c3", None]
    # What each page tells is what the next page was requested with.
    assert [page.next_cursor for page in got[:-1]] == [page.params["cursor"] for page in got[1:]]


def test_the_last_items_key_is_the_cursor_while_the_pages_are_full() -> None:
    """`starting_after=<id>`: a page shorter than the `limit` asked for is the last, as the walk decides."""
    data = [{"id": f"s{n}"} for n in range(5)]

    def answer(params: httpx.QueryParams) -> Body:
        after = params.get("starting_after")
        start = 0 if after is None else [d["id"] for d in data].index(after) + 1
        return {"data": data[start : start + int(params["limit"])]}

    paging = CursorPaging[Body](
        "starting_after", items=items, last_item_key="id", items_path="data", size_param="limit"
    )
    got = sync_pages(paging, answer, limit=2)
    assert [page.next_cursor for page in got] == ["s1", "s3", None]


def test_a_page_that_says_has_more_false_has_no_next_cursor_whatever_its_cursor_field() -> None:
    pages = {"": {"data": [1], "has_more": True, "next": "c2"}, "c2": {"data": [2], "has_more": False, "next": "c3"}}
    paging = CursorPaging[Body]("cursor", items=items, next_cursor="next", has_more="has_more")
    assert [page.next_cursor for page in sync_pages(paging, by_cursor(pages))] == ["c2", None]


def test_a_numeric_cursor_is_told_as_the_string_the_walk_sends() -> None:
    pages = {"": {"data": [1, 2], "last": 2}, "2": {"data": [3], "last": None}}
    paging = CursorPaging[Body]("start", items=items, next_cursor="last")
    assert [page.next_cursor for page in sync_pages(paging, by_cursor(pages, "start"))] == ["2", None]


def test_the_async_pages_tell_the_same_cursors() -> None:
    pages = {"": {"data": [1], "next": "c2"}, "c2": {"data": [2]}}
    paging = CursorPaging[Body]("cursor", items=items, next_cursor="next")
    request: dict[str, Any] = {"method": "GET", "url": "/sessions", "params": {}}
    client = client_of(by_cursor(pages))
    walk = functools.partial(client._aiter_pages, request, lambda r: r.json(), lambda r: None, {}, paging)

    async def cursors() -> list[str | None]:
        first = await AsyncPager(walk, items, None, None, paging)
        return [page.next_cursor async for page in first.iter_pages()]

    assert asyncio.run(cursors()) == ["c2", None]
