"""Every paging style an overlay can declare (`x-pagination`, scripts/vocabulary.py) and every way each says its
last page, as unit tests of the paging engine (`runtime._paging`) over an httpx.MockTransport: page numbers and
offsets ending on an item count, a page count, a `has_more` flag or a short page; a cursor in the body (at a dotted
path, or the last item's key) ending when it is absent, null or empty; and the walk's own ends for all of them (a
cursor seen before, `max_pages` raising PageLimitError, `max_items`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

import runtime.client as engine
from runtime._paging import CursorPaging, OffsetPaging, PageNumberPaging, Paging
from runtime.errors import APIError, PageLimitError

Body = dict[str, Any]
Answer = Callable[[httpx.QueryParams], Body]  # the vendor: the body a request's query parameters get


def walk(
    paging: Paging[Body],
    answer: Answer,
    params: dict[str, Any] | None = None,
    sent: list[httpx.QueryParams] | None = None,
    **limits: Any,
) -> Any:
    """The items of a walk (by the paging's `items`) and the query of every request sent, in order."""
    sent = [] if sent is None else sent

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.params)
        return httpx.Response(200, json=answer(request.url.params))

    client = engine.Client(httpx_args={"transport": httpx.MockTransport(handler)})
    request = {"method": "GET", "url": "/items", "params": params or {}}
    items = list(client._iterate(request, lambda r: r.json(), lambda r: None, {}, paging, **limits))
    return items, sent


def items(page: Body) -> list[Any]:
    return list(page["items"])


def numbered(count: int, size: int = 2, **extra: Callable[[int], Any]) -> Answer:
    """Page-number pages of `size` out of `count` items (then empty), with extra fields computed from the page."""

    def answer(params: httpx.QueryParams) -> Body:
        number = int(params["page"])
        page = list(range((number - 1) * size, min(number * size, count)))
        return {"items": page, **{name: field(number) for name, field in extra.items()}}

    return answer


def sliced(count: int, **extra: Callable[[int], Any]) -> Answer:
    """Offset pages (`limit`, default 2) out of `count` items, with extra fields computed from the offset."""

    def answer(params: httpx.QueryParams) -> Body:
        offset, limit = int(params["offset"]), int(params.get("limit", 2))
        return {"items": list(range(offset, min(offset + limit, count))), **{k: f(offset) for k, f in extra.items()}}

    return answer


# -- Page numbers: each ending, with a server that would answer a further page with items -----------------------


def test_page_numbers_end_when_the_items_reach_the_total_count_of_the_body() -> None:
    paging = PageNumberPaging[Body]("page", items=items, total="meta.total")
    got, sent = walk(paging, numbered(10, meta=lambda n: {"total": 4}))
    assert got == [0, 1, 2, 3] and [p["page"] for p in sent] == ["1", "2"]


def test_page_numbers_end_on_the_page_count_of_the_body() -> None:
    paging = PageNumberPaging[Body]("page", items=items, total_pages="total_pages")
    got, sent = walk(paging, numbered(10, total_pages=lambda n: 3))
    assert got == [0, 1, 2, 3, 4, 5] and [p["page"] for p in sent] == ["1", "2", "3"]


def test_page_numbers_counted_from_zero_end_on_the_page_count_too() -> None:
    def answer(params: httpx.QueryParams) -> Body:
        number = int(params["page"])
        return {"items": [number * 2, number * 2 + 1], "pages": 2}

    got, sent = walk(PageNumberPaging[Body]("page", 0, items=items, total_pages="pages"), answer)
    assert got == [0, 1, 2, 3] and [p["page"] for p in sent] == ["0", "1"]


def test_page_numbers_end_when_has_more_is_false_even_on_a_full_page() -> None:
    paging = PageNumberPaging[Body]("page", items=items, size_param="per_page", has_more="has_more")
    got, sent = walk(paging, numbered(10, has_more=lambda n: n < 2), {"per_page": 2})
    assert got == [0, 1, 2, 3] and [p["page"] for p in sent] == ["1", "2"]


def test_page_numbers_with_has_more_follow_a_short_page_that_says_more_follow() -> None:
    def answer(params: httpx.QueryParams) -> Body:
        number = int(params["page"])
        return {"items": [number], "has_more": number < 3}

    paging = PageNumberPaging[Body]("page", items=items, size_param="per_page", has_more="has_more")
    got, _ = walk(paging, answer, {"per_page": 2})
    assert got == [1, 2, 3]


def test_page_numbers_end_on_a_page_shorter_than_the_size_asked_for() -> None:
    paging = PageNumberPaging[Body]("page", items=items, size_param="per_page")
    got, sent = walk(paging, numbered(5), {"per_page": 2})
    assert got == [0, 1, 2, 3, 4] and [p["page"] for p in sent] == ["1", "2", "3"]


def test_a_bracketed_page_parameter_is_sent_by_its_name() -> None:
    def answer(params: httpx.QueryParams) -> Body:
        number = int(params["page[number]"])
        return {"items": [number], "meta": {"pages": 3}}

    paging = PageNumberPaging[Body]("page[number]", items=items, size_param="page[size]", total_pages="meta.pages")
    got, sent = walk(paging, answer, {"page[size]": 1})
    assert got == [1, 2, 3]
    assert [str(p) for p in sent] == [f"page%5Bsize%5D=1&page%5Bnumber%5D={n}" for n in (1, 2, 3)]


# -- Offsets: the same endings ------------------------------------------------------------------------------------


def test_offsets_end_when_the_offset_reaches_the_total_count_of_the_body() -> None:
    paging = OffsetPaging[Body]("offset", "limit", items=items, total="total")
    got, sent = walk(paging, sliced(10, total=lambda offset: 4), {"limit": 2})
    assert got == [0, 1, 2, 3] and [p["offset"] for p in sent] == ["0", "2"]


def test_offsets_end_on_the_page_count_of_the_body() -> None:
    paging = OffsetPaging[Body]("offset", "limit", items=items, total_pages="paging.pages")
    got, sent = walk(paging, sliced(10, paging=lambda offset: {"pages": 3}), {"limit": 2})
    assert got == [0, 1, 2, 3, 4, 5] and [p["offset"] for p in sent] == ["0", "2", "4"]


def test_offsets_end_when_has_more_is_false_even_on_a_full_page() -> None:
    paging = OffsetPaging[Body]("offset", "limit", items=items, has_more="has_more")
    got, sent = walk(paging, sliced(10, has_more=lambda offset: offset < 2), {"limit": 2})
    assert got == [0, 1, 2, 3] and [p["offset"] for p in sent] == ["0", "2"]


def test_offsets_end_on_a_page_shorter_than_the_limit_asked_for() -> None:
    got, sent = walk(OffsetPaging[Body]("offset", "limit", items=items), sliced(5), {"limit": 2})
    assert got == [0, 1, 2, 3, 4] and [p["offset"] for p in sent] == ["0", "2", "4"]


# -- A cursor in the body -----------------------------------------------------------------------------------------


def cursors(pages: dict[str, Body]) -> Answer:
    """Pages by the cursor they were asked with ("" for the first request, which sends none)."""
    return lambda params: pages[params.get("cursor", "")]


@pytest.mark.parametrize(
    "last",
    [{"items": [3]}, {"items": [3], "next_cursor": None}, {"items": [3], "next_cursor": ""}],
    ids=["absent", "null", "empty"],
)
def test_a_cursor_walk_ends_on_a_page_without_a_next_cursor(last: Body) -> None:
    pages = {"": {"items": [1], "next_cursor": "c2"}, "c2": {"items": [2], "next_cursor": "c3"}, "c3": last}
    got, sent = walk(CursorPaging[Body]("cursor", items=items, next_cursor="next_cursor"), cursors(pages))
    assert got == [1, 2, 3]
    assert [p.get("cursor") for p in sent] == [None, "c2", "c3"]


def test_the_next_cursor_is_read_at_a_dotted_path_and_sent_by_its_own_name() -> None:
    pages = {"": {"items": [1], "meta": {"nextPageToken": "t2"}}, "t2": {"items": [2], "meta": {}}}
    paging = CursorPaging[Body]("pageToken", items=items, next_cursor="meta.nextPageToken")
    got, sent = walk(paging, lambda params: pages[params.get("pageToken", "")])
    assert got == [1, 2] and [p.get("pageToken") for p in sent] == [None, "t2"]


def test_a_limit_data_last_body_pages_by_start_equal_to_last() -> None:
    """`{limit, data, last}`: the next page is `start=<last>`; a numeric key is sent as its digits."""
    data = {"": [1, 2], "2": [3, 4], "4": [5]}

    def answer(params: httpx.QueryParams) -> Body:
        page = data[params.get("start", "")]
        return {"limit": 2, "data": page, "last": page[-1] if len(page) == 2 else None}

    paging = CursorPaging[Body]("start", items=lambda body: body["data"], next_cursor="last")
    got, sent = walk(paging, answer, {"limit": 2})
    assert got == [1, 2, 3, 4, 5] and [p.get("start") for p in sent] == [None, "2", "4"]


def test_a_cursor_walk_ends_when_has_more_is_false_whatever_the_cursor_says() -> None:
    pages = {"": {"items": [1], "has_more": True, "next": "c2"}, "c2": {"items": [2], "has_more": False, "next": "c3"}}
    paging = CursorPaging[Body]("cursor", items=items, next_cursor="next", has_more="has_more")
    got, sent = walk(paging, cursors(pages))
    assert got == [1, 2] and len(sent) == 2


def test_a_cursor_that_comes_back_ends_the_walk_without_looping() -> None:
    pages = {"": {"items": [1], "next": "a"}, "a": {"items": [2], "next": "b"}, "b": {"items": [3], "next": "a"}}
    got, sent = walk(CursorPaging[Body]("cursor", items=items, next_cursor="next"), cursors(pages))
    assert got == [1, 2, 3] and [p.get("cursor") for p in sent] == [None, "a", "b"]


def test_an_empty_page_with_a_next_cursor_is_not_the_last() -> None:
    pages = {"": {"items": [], "next": "c2"}, "c2": {"items": [2]}}
    got, _ = walk(CursorPaging[Body]("cursor", items=items, next_cursor="next"), cursors(pages))
    assert got == [2]


def test_a_next_cursor_that_is_no_string_or_number_is_the_clients_own_error() -> None:
    paging = CursorPaging[Body]("cursor", items=items, next_cursor="next")
    with pytest.raises(APIError, match=r"the next cursor at next is not a string or a number"):
        walk(paging, lambda params: {"items": [1], "next": {"token": "x"}})


def test_a_cursor_paging_takes_exactly_one_source_of_its_cursor() -> None:
    with pytest.raises(TypeError, match="exactly one of next_cursor and last_item_key"):
        CursorPaging[Body]("cursor", items=items)
    with pytest.raises(TypeError, match="exactly one of next_cursor and last_item_key"):
        CursorPaging[Body]("cursor", items=items, next_cursor="next", last_item_key="id")


# -- The last item's key as the cursor (`has_more` + `starting_after`) ------------------------------------------


def after_key(count: int, size: int = 2, **extra: Callable[[int], Any]) -> Answer:
    """Items {"id": "i<n>"}, `size` a page, starting after the item named by `starting_after`."""
    ids = [f"i{n}" for n in range(count)]

    def answer(params: httpx.QueryParams) -> Body:
        after = params.get("starting_after")
        first = ids.index(after) + 1 if after else 0
        page = [{"id": key} for key in ids[first : first + size]]
        return {"data": page, **{name: field(first + size) for name, field in extra.items()}}

    return answer


def keyed(**options: Any) -> CursorPaging[Body]:
    return CursorPaging[Body](
        "starting_after", items=lambda body: body["data"], last_item_key="id", items_path="data", **options
    )


def test_has_more_and_starting_after_page_by_the_last_items_key() -> None:
    got, sent = walk(keyed(has_more="has_more"), after_key(5, has_more=lambda end: end < 5))
    assert [item["id"] for item in got] == ["i0", "i1", "i2", "i3", "i4"]
    assert [p.get("starting_after") for p in sent] == [None, "i1", "i3"]


def test_the_last_items_key_walk_ends_on_an_empty_page() -> None:
    got, sent = walk(keyed(), after_key(4))
    assert len(got) == 4 and [p.get("starting_after") for p in sent] == [None, "i1", "i3"]


def test_the_last_items_key_walk_without_has_more_ends_on_a_short_page() -> None:
    got, sent = walk(keyed(size_param="limit"), after_key(3), {"limit": 2})
    assert len(got) == 3 and [p.get("starting_after") for p in sent] == [None, "i1"]


# -- The walk's own ends, for every style --------------------------------------------------------------------------


def endless_cursor(params: httpx.QueryParams) -> Body:
    number = int(params.get("cursor", "0"))
    return {"items": [number], "next": number + 1, "data": [{"id": f"{number + 1}"}]}


# Lists that never end, one item a page, each page new.
ENDLESS: dict[str, tuple[Paging[Body], Answer]] = {
    "page number": (PageNumberPaging[Body]("page", items=items), lambda params: {"items": [params["page"]]}),
    "offset": (OffsetPaging[Body]("offset", "limit", items=items), lambda params: {"items": [params["offset"]]}),
    "next cursor": (CursorPaging[Body]("cursor", items=items, next_cursor="next"), endless_cursor),
    "last item key": (CursorPaging[Body]("cursor", items=items, last_item_key="id", items_path="data"), endless_cursor),
}


@pytest.mark.parametrize(("paging", "answer"), ENDLESS.values(), ids=ENDLESS.keys())
def test_every_style_raises_page_limit_error_at_the_cap_of_an_endless_list(
    paging: Paging[Body], answer: Answer
) -> None:
    sent: list[httpx.QueryParams] = []
    with pytest.raises(PageLimitError, match="more than max_pages=3 pages"):
        walk(paging, answer, sent=sent, max_pages=3)
    assert len(sent) == 3


@pytest.mark.parametrize(("paging", "answer"), ENDLESS.values(), ids=ENDLESS.keys())
def test_every_style_stops_at_max_items_without_another_page(paging: Paging[Body], answer: Answer) -> None:
    got, sent = walk(paging, answer, max_items=2)
    assert len(got) == 2 and len(sent) == 2
