"""Item iterators over paged lists, sync and async: pages are fetched lazily and every item comes once.

Livepeer's GET /session names the next page in a `Link: <URL>; rel="next"` header; Cloudflare's list is numbered
by `page_no`. Both shapes are declared as `x-pagination` in the clients' overlays.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from tests.runtime.harness import OPERATIONS, FakeClock, make_client, path_arguments

OPS = {op.id: op for op in OPERATIONS}
LIVEPEER = OPS["livepeer:listSessions"]
CLOUDFLARE = OPS["cloudflare-realtimekit:listSessions"]
PAGES = [["a", "b"], ["c", "d"], ["e"], []]  # three pages of items, then an empty last page


def livepeer_item(name: str) -> dict[str, Any]:
    return {"id": name, "name": f"session {name}"}


def livepeer_vendor(seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        page = int(request.url.params.get("cursor", "0"))
        headers = {}
        if page + 1 < len(PAGES):
            # A path-absolute reference, as Livepeer sends it: it resolves against the request's origin.
            headers["Link"] = f'</api/session?limit=2&cursor={page + 1}>; rel="next"'
        return httpx.Response(200, json=[livepeer_item(n) for n in PAGES[page]], headers=headers)

    return handler


def cloudflare_item(name: str) -> dict[str, Any]:
    return {
        "id": name,
        "associated_id": "m",
        "created_at": "t",
        "live_participants": 0,
        "max_concurrent_participants": 1,
        "meeting_display_name": "d",
        "minutes_consumed": 1.5,
        "organization_id": "o",
        "started_at": "t",
        "status": "ENDED",
        "type": "meeting",
        "updated_at": "t",
    }


def cloudflare_vendor(seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        page = int(request.url.params["page_no"])
        body = {"success": True, "data": {"sessions": [cloudflare_item(n) for n in PAGES[page - 1]]}}
        return httpx.Response(200, json=body)

    return handler


VENDORS = {"livepeer": (LIVEPEER, livepeer_vendor), "cloudflare": (CLOUDFLARE, cloudflare_vendor)}


def iterate(name: str, seen: list[httpx.Request], *, use_async: bool, **kwargs: Any) -> list[str]:
    op, vendor = VENDORS[name]
    client = make_client(op.package, vendor(seen), FakeClock())
    arguments = {**path_arguments(op), **kwargs}
    if not use_async:
        items: Iterator[Any] = op.module().sync_iter(client=client, **arguments)
        return [item.id for item in items]

    async def collect() -> list[str]:
        aitems: AsyncIterator[Any] = op.module().asyncio_iter(client=client, **arguments)
        return [item.id async for item in aitems]

    return asyncio.run(collect())


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("name", VENDORS)
def test_every_item_of_every_page_comes_once(name: str, use_async: bool) -> None:
    seen: list[httpx.Request] = []
    assert iterate(name, seen, use_async=use_async) == ["a", "b", "c", "d", "e"]
    if name == "livepeer":
        assert [r.url.params.get("cursor") for r in seen] == [None, "1", "2", "3"]
        assert all(r.url.host == "livepeer.studio" and r.url.path == "/api/session" for r in seen)
    else:
        assert [r.url.params["page_no"] for r in seen] == ["1", "2", "3", "4"]
        assert all(r.url.path == "/client/v4/accounts/id-account_id/realtime/kit/id-app_id/sessions" for r in seen)
    assert all(r.headers["Authorization"].startswith("Bearer ") for r in seen)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("name", VENDORS)
def test_a_bound_stops_early_and_fetches_no_further_page(name: str, use_async: bool) -> None:
    seen: list[httpx.Request] = []
    assert iterate(name, seen, use_async=use_async, max_items=3) == ["a", "b", "c"]
    assert len(seen) == 2
    seen.clear()
    assert iterate(name, seen, use_async=use_async, max_items=0) == []
    assert seen == []


def test_pages_are_fetched_lazily() -> None:
    seen: list[httpx.Request] = []
    client = make_client(LIVEPEER.package, livepeer_vendor(seen))
    items = LIVEPEER.module().sync_iter(client=client)
    assert seen == []
    assert next(items).id == "a"
    assert len(seen) == 1


def test_the_callers_filters_travel_with_every_page() -> None:
    seen: list[httpx.Request] = []
    iterate("cloudflare", seen, use_async=False, per_page=2, search="demo")
    assert {(r.url.params["per_page"], r.url.params["search"]) for r in seen} == {("2", "demo")}


def test_a_next_link_to_another_origin_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[livepeer_item("a")], headers={"Link": '<https://evil.example/x>; rel="next"'})

    client = make_client(LIVEPEER.package, handler)
    items = LIVEPEER.module().sync_iter(client=client)
    errors = __import__(f"{LIVEPEER.package}.errors", fromlist=["APIError"])
    assert next(items).id == "a"
    with pytest.raises(errors.APIError, match="another origin"):
        next(items)
