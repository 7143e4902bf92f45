"""Item iterators over paged lists, sync and async: pages are fetched lazily, every item comes once, every walk ends.

Livepeer's GET /session names the next page in a `Link: <URL>; rel="next"` header, whose `cursor` the client
follows; Cloudflare's list is numbered by `page_no`. Both shapes are declared as `x-pagination` in the clients'
overlays. The well-behaved vendors here are httpx.MockTransports; the hostile ones (pages that repeat, links that
loop) are real servers on 127.0.0.1 (servers.py).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from tests.runtime.harness import OPERATIONS, TOKEN, FakeClock, make_client, path_arguments, served_client
from tests.runtime.servers import Reply, Seen, Server, serve

OPS = {op.id: op for op in OPERATIONS}
LIVEPEER = OPS["livepeer:listSessions"]
CLOUDFLARE = OPS["cloudflare-realtimekit:listSessions"]
CLOUDFLARE_ERRORS = importlib.import_module(f"{CLOUDFLARE.package}.errors")
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


def errors_of(op: Any) -> Any:
    return importlib.import_module(f"{op.package}.errors")


def engine(op: Any) -> Any:
    return importlib.import_module(f"{op.package}.client")


def served_items(op: Any, server: Server, *, use_async: bool = False, **kwargs: Any) -> list[str]:
    """Every item id that op's iterator yields from a real server (Livepeer's base path is /api)."""
    base = f"{server.url}/api" if op is LIVEPEER else server.url
    client = served_client(op.package, base)
    arguments = {**path_arguments(op), **kwargs}
    if not use_async:
        with client:
            return [item.id for item in op.module().sync_iter(client=client, **arguments)]

    async def collect() -> list[str]:
        async with client:
            return [item.id async for item in op.module().asyncio_iter(client=client, **arguments)]

    return asyncio.run(collect())


def livepeer_page(names: list[str], link: str | None = None) -> Reply:
    headers = {"Content-Type": "application/json"}
    if link is not None:
        headers["Link"] = link
    return Reply(200, json.dumps([livepeer_item(n) for n in names]).encode(), headers)


def cursor_of(seen: Seen) -> str | None:
    return httpx.URL(seen.target).params.get("cursor")


# -- Livepeer: the Link header -----------------------------------------------------------------------------------


@pytest.mark.slow  # a real server on loopback
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_link_to_the_same_url_ends_the_walk(use_async: bool) -> None:
    # Fresh items on every page, and always the same next link: only the repeated request can end it.
    def answer(seen: Seen) -> Reply:
        return livepeer_page([f"item{len(server.seen)}"], '</api/session?cursor=same>; rel="next"')

    with serve(answer) as server:
        assert served_items(LIVEPEER, server, use_async=use_async) == ["item1", "item2"]
        assert [cursor_of(s) for s in server.seen] == [None, "same"]


@pytest.mark.slow  # a real server on loopback
def test_links_that_loop_a_b_a_end_the_walk() -> None:
    following = {None: "A", "A": "B", "B": "A"}

    def answer(seen: Seen) -> Reply:
        return livepeer_page(
            [f"item{len(server.seen)}"], f'</api/session?cursor={following[cursor_of(seen)]}>; rel="next"'
        )

    with serve(answer) as server:
        assert served_items(LIVEPEER, server) == ["item1", "item2", "item3"]
        assert [cursor_of(s) for s in server.seen] == [None, "A", "B"]


@pytest.mark.slow  # a real server on loopback
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_an_empty_page_with_a_next_link_is_not_the_last(use_async: bool) -> None:
    pages = {None: (["a"], "2"), "2": ([], "3"), "3": (["b"], None)}

    def answer(seen: Seen) -> Reply:
        names, following = pages[cursor_of(seen)]
        return livepeer_page(names, following and f'</api/session?cursor={following}>; rel="next"')

    with serve(answer) as server:
        assert served_items(LIVEPEER, server, use_async=use_async) == ["a", "b"]
        assert [cursor_of(s) for s in server.seen] == [None, "2", "3"]


@pytest.mark.slow  # a real server on loopback
def test_a_page_repeated_under_a_new_cursor_ends_the_walk() -> None:
    def answer(seen: Seen) -> Reply:
        return livepeer_page(["a", "b"], f'</api/session?cursor=c{len(server.seen)}>; rel="next"')

    with serve(answer) as server:
        assert served_items(LIVEPEER, server) == ["a", "b"]
        assert [cursor_of(s) for s in server.seen] == [None, "c1"]


@pytest.mark.slow  # a real server on loopback
def test_only_the_cursor_of_a_link_to_another_port_is_followed_on_our_own_origin() -> None:
    with serve(lambda seen: livepeer_page(["elsewhere"])) as elsewhere:
        link = f'<{elsewhere.url}/api/session?cursor=2&limit=999>; rel="next"'

        def answer(seen: Seen) -> Reply:
            return livepeer_page(["a"], link) if cursor_of(seen) is None else livepeer_page(["b"])

        with serve(answer) as server:
            assert served_items(LIVEPEER, server, limit=5) == ["a", "b"]
            assert [(s.path, cursor_of(s), httpx.URL(s.target).params["limit"]) for s in server.seen] == [
                ("/api/session", None, "5"),
                ("/api/session", "2", "5"),
            ]
            assert server.seen[1].headers["authorization"] == f"Bearer {TOKEN}"
        assert elsewhere.seen == [], "neither the request nor the token went to the other port"


@pytest.mark.parametrize(
    "link",
    [
        "http://livepeer.studio/api/session?cursor=2",  # TLS terminated before the vendor: the link says http
        "https://evil.example/api/session?cursor=2",
        "https://livepeer.studio:8443/api/session?cursor=2",
        "//evil.example/api/session?cursor=2",
    ],
    ids=["http", "another host", "another port", "scheme-relative"],
)
def test_a_cursor_is_followed_on_the_requests_own_scheme_and_origin(link: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if "cursor" in request.url.params:
            return httpx.Response(200, json=[livepeer_item("b")])
        return httpx.Response(200, json=[livepeer_item("a")], headers={"Link": f'<{link}>; rel="next"'})

    client = make_client(LIVEPEER.package, handler)
    assert [item.id for item in LIVEPEER.module().sync_iter(client=client)] == ["a", "b"]
    assert [str(r.url) for r in seen] == [
        "https://livepeer.studio/api/session?limit=20",
        "https://livepeer.studio/api/session?limit=20&cursor=2",
    ]


@pytest.mark.parametrize(
    "header",
    ['<http://[::1>; rel="next"', '<https://livepeer.studio/api/session?limit=2>; rel="next"'],
    ids=["malformed URL", "no cursor"],
)
def test_an_unusable_link_raises_the_clients_own_error(header: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[livepeer_item("a")], headers={"Link": header})

    items = LIVEPEER.module().sync_iter(client=make_client(LIVEPEER.package, handler))
    assert next(items).id == "a"
    with pytest.raises(
        errors_of(LIVEPEER).APIError, match=re.escape("the Link rel='next' of https://livepeer.studio/api/session")
    ):
        next(items)


@pytest.mark.parametrize(
    ("link", "followed"),
    [
        ("https://livepeer.studio/api/session?page=2", True),
        ("https://livepeer.studio:443/api/session?page=2", True),
        ("http://livepeer.studio/api/session?page=2", False),
        ("https://livepeer.studio:8443/api/session?page=2", False),
        ("https://evil.example/api/session?page=2", False),
    ],
    ids=["same origin", "explicit default port", "another scheme", "another port", "another host"],
)
def test_without_a_cursor_param_a_link_is_followed_only_to_the_same_scheme_host_and_port(
    link: str, followed: bool
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        headers = {} if seen[1:] else {"Link": f'<{link}>; rel="next"'}
        return httpx.Response(200, json=[len(seen)], headers=headers)

    client = make_client(LIVEPEER.package, handler)
    paging = engine(LIVEPEER).LinkHeaderPaging(items=lambda page: page)
    items = client._iterate({"method": "GET", "url": "/session"}, lambda r: r.json(), lambda r: None, {}, paging)
    if followed:
        assert list(items) == [1, 2]
        assert seen[1].url.params["page"] == "2"
    else:
        assert next(items) == 1
        with pytest.raises(errors_of(LIVEPEER).APIError, match="another origin"):
            next(items)
        assert len(seen) == 1


# -- Cloudflare: numbered pages ----------------------------------------------------------------------------------


def cloudflare_page(names: list[str], **extra: Any) -> Reply:
    body = {"success": True, "data": {"sessions": [cloudflare_item(n) for n in names]}, **extra}
    return Reply(200, json.dumps(body).encode(), {"Content-Type": "application/json"})


def page_no(seen: Seen) -> int:
    return int(httpx.URL(seen.target).params["page_no"])


@pytest.mark.slow  # a real server on loopback
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_server_that_ignores_the_page_number_ends_the_walk(use_async: bool) -> None:
    # The project's old mock, and cloudflare-python#2584: every page is the first one, and none is empty.
    with serve(lambda seen: cloudflare_page(["a", "b"])) as server:
        assert served_items(CLOUDFLARE, server, use_async=use_async) == ["a", "b"]
        assert [page_no(s) for s in server.seen] == [1, 2]


@pytest.mark.slow  # a real server on loopback
def test_the_total_count_of_the_body_ends_the_walk() -> None:
    def answer(seen: Seen) -> Reply:
        number = page_no(seen)
        return cloudflare_page([f"p{number}a", f"p{number}b"], paging={"total_count": 4, "start_offset": 1})

    with serve(answer) as server:
        assert served_items(CLOUDFLARE, server) == ["p1a", "p1b", "p2a", "p2b"]
        assert [page_no(s) for s in server.seen] == [1, 2]


@pytest.mark.slow  # a real server on loopback
def test_a_page_shorter_than_per_page_is_the_last() -> None:
    def answer(seen: Seen) -> Reply:
        return cloudflare_page(["a", "b"] if page_no(seen) == 1 else ["c"] if page_no(seen) == 2 else ["never"])

    with serve(answer) as server:
        assert served_items(CLOUDFLARE, server, per_page=2) == ["a", "b", "c"]
        assert [page_no(s) for s in server.seen] == [1, 2]


@pytest.mark.slow  # a real server on loopback
def test_max_pages_bounds_an_endless_list_and_says_it_cut_it() -> None:
    with serve(lambda seen: cloudflare_page([f"p{page_no(seen)}"])) as server:
        client = served_client(CLOUDFLARE.package, server.url)
        names: list[str] = []
        with client, pytest.raises(CLOUDFLARE_ERRORS.PageLimitError, match="max_pages=3"):
            for item in CLOUDFLARE.module().sync_iter(client=client, max_pages=3, **path_arguments(CLOUDFLARE)):
                names.append(item.id)
        assert names == ["p1", "p2", "p3"]
        assert len(server.seen) == 3


def test_by_default_an_endless_list_raises_after_1000_pages_rather_than_end_short() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True, "data": {"sessions": [cloudflare_item(str(len(seen)))]}})

    items = CLOUDFLARE.module().sync_iter(client=make_client(CLOUDFLARE.package, handler), **path_arguments(CLOUDFLARE))
    names: list[str] = []
    with pytest.raises(CLOUDFLARE_ERRORS.PageLimitError, match="pass a larger max_pages="):
        names.extend(item.id for item in items)
    assert len(names) == len(seen) == 1000 == engine(CLOUDFLARE).DEFAULT_MAX_PAGES


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("name", VENDORS)
def test_negative_bounds_are_refused_before_any_request(name: str, use_async: bool) -> None:
    op, vendor = VENDORS[name]
    seen: list[httpx.Request] = []
    client = make_client(op.package, vendor(seen))
    function = op.module().asyncio_iter if use_async else op.module().sync_iter
    with pytest.raises(ValueError, match="max_items must be 0 or more"):
        function(client=client, max_items=-1, **path_arguments(op))
    with pytest.raises(ValueError, match="max_pages must be 1 or more"):
        function(client=client, max_pages=0, **path_arguments(op))
    assert seen == []


# -- The page-level primitive and the offset style -----------------------------------------------------------------


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_the_page_primitive_yields_each_response_with_its_parsed_page(use_async: bool) -> None:
    seen: list[httpx.Request] = []
    client = make_client(CLOUDFLARE.package, cloudflare_vendor(seen))
    module = CLOUDFLARE.module()
    kwargs = module._get_kwargs(**path_arguments(CLOUDFLARE))
    if use_async:

        async def collect() -> list[Any]:
            pages = client._aiter_pages(kwargs, module._parse, module._parse_error, {}, module._PAGING)
            return [page async for page in pages]

        pages = asyncio.run(collect())
    else:
        pages = list(client._iter_pages(kwargs, module._parse, module._parse_error, {}, module._PAGING))
    assert [response.request.url.params["page_no"] for response, _ in pages] == ["1", "2", "3", "4"]
    assert [[s.id for s in page.data.sessions] for _, page in pages] == PAGES
    assert all(isinstance(response, httpx.Response) for response, _ in pages)


@pytest.mark.parametrize(
    ("has_more", "bodies", "offsets"),
    [
        ("hasMore", [{"items": [1, 2], "hasMore": True}, {"items": [3], "hasMore": False}], ["0", "2"]),
        (
            "hasMore",
            [{"items": [1, 2], "hasMore": True}, {"items": [3, 4], "hasMore": True}, {"items": []}],
            ["0", "2", "4"],
        ),
        (None, [{"items": [1, 2]}, {"items": [3]}], ["0", "2"]),
    ],
    ids=["hasMore false", "an empty page", "a short page"],
)
def test_offset_pages_end_on_has_more_or_a_short_page(
    has_more: str | None, bodies: list[Any], offsets: list[str]
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=bodies[min(len(seen), len(bodies)) - 1])

    client = make_client(LIVEPEER.package, handler)
    paging = engine(LIVEPEER).OffsetPaging("offset", "limit", items=lambda page: page["items"], has_more=has_more)
    request = {"method": "GET", "url": "/session", "params": {"limit": 2}}
    items = list(client._iterate(request, lambda r: r.json(), lambda r: None, {}, paging))
    assert items == [i for body in bodies for i in body["items"]]
    assert [r.url.params["offset"] for r in seen] == offsets
