"""How a paged walk ends, as unit tests of the paging engine (`runtime._paging`) over an httpx.MockTransport:
empty pages that repeat are not a server repeating itself, and a cap that would cut a list raises rather than end
it short.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import runtime.client as engine
from runtime._paging import LinkHeaderPaging
from runtime.errors import PageLimitError


def linked_pages(bodies: list[list[str]], seen: list[httpx.Request]) -> Any:
    """Page n is bodies[n], with a Link to page n + 1 while there is one."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        page = int(request.url.params.get("cursor", "0"))
        headers = {"Link": f'</items?cursor={page + 1}>; rel="next"'} if page + 1 < len(bodies) else {}
        return httpx.Response(200, json=bodies[page], headers=headers)

    return handler


def items(bodies: list[list[str]], seen: list[httpx.Request], **limits: Any) -> list[str]:
    client = engine.Client(httpx_args={"transport": httpx.MockTransport(linked_pages(bodies, seen))})
    paging: LinkHeaderPaging[list[str]] = LinkHeaderPaging(items=lambda body: body)
    kwargs = {"method": "GET", "url": "/items"}
    return list(client._iterate(kwargs, lambda r: r.json(), lambda r: None, {}, paging, **limits))


def test_two_identical_empty_pages_do_not_end_the_walk_early() -> None:
    seen: list[httpx.Request] = []
    assert items([[], [], ["a"], ["b"]], seen) == ["a", "b"]
    assert len(seen) == 4


def test_a_page_with_items_that_repeats_still_ends_the_walk() -> None:
    seen: list[httpx.Request] = []
    assert items([["a"], ["a"], ["b"]], seen) == ["a"]


def test_a_cap_that_would_cut_the_list_raises_saying_how_to_raise_it() -> None:
    seen: list[httpx.Request] = []
    got: list[str] = []
    client = engine.Client(httpx_args={"transport": httpx.MockTransport(linked_pages([["a"], ["b"], ["c"]], seen))})
    paging: LinkHeaderPaging[list[str]] = LinkHeaderPaging(items=lambda body: body)
    walk = client._iterate(
        {"method": "GET", "url": "/items"}, lambda r: r.json(), lambda r: None, {}, paging, max_pages=2
    )
    with pytest.raises(PageLimitError, match=r"more than max_pages=2 pages.*pass a larger max_pages="):
        got.extend(walk)
    assert got == ["a", "b"] and len(seen) == 2


def test_a_cap_the_list_fits_in_ends_it_quietly() -> None:
    seen: list[httpx.Request] = []
    assert items([["a"], ["b"]], seen, max_pages=2) == ["a", "b"]


def test_max_items_reached_ends_the_walk_without_an_error_or_another_page() -> None:
    seen: list[httpx.Request] = []
    assert items([["a", "b"], ["c", "d"], ["e"]], seen, max_items=3, max_pages=1000) == ["a", "b", "c"]
    assert len(seen) == 2
