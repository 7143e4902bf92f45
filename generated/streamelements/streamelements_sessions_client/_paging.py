"""The paging engine: the paging styles an overlay declares (`x-pagination`) and the walk every paged list takes.

Its own module, loaded by the first paged call (and by the operation modules of paged lists): a call that reads
one object needs none of it, and its generic classes cost a client's cold start about 1 M instructions. The
client's `_iterate`/`_iter_pages` import what they use from here; `client.PageNumberPaging` and the other styles
still resolve (the engine module forwards them).
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, TypedDict, TypeVar

import httpx

from .client import DEFAULT_MAX_PAGES, _check_count, _origin, _url, logger
from .errors import APIError, DecodeError, PageLimitError
from .types import RequestOptions, decode_json

__all__ = ["CursorPaging", "LinkHeaderPaging", "ListOptions", "OffsetPaging", "PageNumberPaging", "Paging"]

Page = TypeVar("Page")

# Keyword options of every list method of the resource layer: the per-call options (`types.RequestOptions`), and
#   max_pages: read at most this many pages (default 1000); a list the server says is longer raises
#       PageLimitError when the walk reaches it, rather than end short in silence.
#   max_items: iterate at most this many items (None: every item); no page past them is fetched.
ListOptions = TypedDict(  # noqa: UP013 - the functional form, as RequestOptions (types.py says why)
    "ListOptions",
    {
        "timeout": float | httpx.Timeout | None,
        "deadline": float | None,
        "max_retries": int,
        "extra_headers": Mapping[str, str],
        "max_pages": int,
        "max_items": int | None,
    },
    total=False,
)


# -- Paging styles (overlay key x-pagination): where the next page is, and when the vendor says it is the last --


class Paging(Generic[Page]):
    """A paging style. `first` gives the first request; `next` the following one, or None when the response
    says it was the last page. The engine (`_Walk`) adds the ends every style shares."""

    __slots__ = ("items",)

    def __init__(self, items: Callable[[Page], Sequence[Any]]) -> None:
        self.items = items

    def first(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        return kwargs

    def next(self, kwargs: dict[str, Any], response: httpx.Response, count: int, fetched: int) -> dict[str, Any] | None:
        """`count` items on this page, `fetched` on every page so far."""
        raise NotImplementedError


class PageNumberPaging(Paging[Page]):
    """Pages numbered by the query parameter `page_param` from `start`. The last page is empty, says so at the
    dotted path `has_more` of the body (a boolean; without it, a page shorter than the `size_param` the caller
    asked for is the last), completes the item count at the dotted path `total`, or is numbered as the page
    count at the dotted path `total_pages`."""

    __slots__ = ("has_more", "page_param", "size_param", "start", "total", "total_pages")

    def __init__(
        self,
        page_param: str,
        start: int = 1,
        *,
        items: Callable[[Page], Sequence[Any]],
        size_param: str | None = None,
        total: str | None = None,
        total_pages: str | None = None,
        has_more: str | None = None,
    ) -> None:
        super().__init__(items)
        self.page_param = page_param
        self.start = start
        self.size_param = size_param
        self.total = total
        self.total_pages = total_pages
        self.has_more = has_more

    def first(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        params = {**kwargs.get("params", {})}
        params.setdefault(self.page_param, self.start)
        return {**kwargs, "params": params}

    def next(self, kwargs: dict[str, Any], response: httpx.Response, count: int, fetched: int) -> dict[str, Any] | None:
        if count == 0 or _is_last(response, kwargs, count, self.has_more, self.size_param):
            return None
        number = int(kwargs["params"][self.page_param])
        if _reached(response, self.total, fetched) or _reached(response, self.total_pages, number - self.start + 1):
            return None
        return {**kwargs, "params": {**kwargs["params"], self.page_param: number + 1}}


class OffsetPaging(Paging[Page]):
    """Items from `offset_param` (0 first), `limit_param` at a time. The last page is empty, says so at the dotted
    path `has_more` of the body (a boolean; without it, a page shorter than the limit asked for is the last),
    reaches the item count at the dotted path `total`, or is the last of the page count at `total_pages`."""

    __slots__ = ("has_more", "limit_param", "offset_param", "total", "total_pages")

    def __init__(
        self,
        offset_param: str,
        limit_param: str,
        *,
        items: Callable[[Page], Sequence[Any]],
        has_more: str | None = None,
        total: str | None = None,
        total_pages: str | None = None,
    ) -> None:
        super().__init__(items)
        self.offset_param = offset_param
        self.limit_param = limit_param
        self.has_more = has_more
        self.total = total
        self.total_pages = total_pages

    def first(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        params = {**kwargs.get("params", {})}
        params.setdefault(self.offset_param, 0)
        return {**kwargs, "params": params}

    def next(self, kwargs: dict[str, Any], response: httpx.Response, count: int, fetched: int) -> dict[str, Any] | None:
        if count == 0 or _is_last(response, kwargs, count, self.has_more, self.limit_param):
            return None
        offset = int(kwargs["params"][self.offset_param])
        # The page this was, counted from 1, by the limit asked for (the server's page size when none was asked).
        number = offset // max(_int_param(kwargs, self.limit_param, count), 1) + 1
        if _reached(response, self.total, offset + count) or _reached(response, self.total_pages, number):
            return None
        return {**kwargs, "params": {**kwargs["params"], self.offset_param: offset + count}}


class CursorPaging(Paging[Page]):
    """The next page is requested with the query parameter `cursor_param` set to a cursor from the body: the value
    at the dotted path `next_cursor` (`next_cursor`, `nextPageToken`, `{limit, data, last}`'s `last`), or the
    field `last_item_key` of the page's last item (`starting_after=<id>`; the items are read from the raw body
    at `items_path`). The first request sends no cursor (unless the caller gave one). The last page has no cursor
    (absent, null or empty), says so at the dotted path `has_more` (a boolean), or is empty; with
    `last_item_key` and neither `has_more` nor a cursor to tell, a page shorter than `size_param` asked for is
    the last. An empty page with a next cursor is not the last (the engine ends a cursor that repeats)."""

    __slots__ = ("cursor_param", "has_more", "items_path", "last_item_key", "next_cursor", "size_param")

    def __init__(
        self,
        cursor_param: str,
        *,
        items: Callable[[Page], Sequence[Any]],
        next_cursor: str | None = None,
        last_item_key: str | None = None,
        items_path: str = "$",
        has_more: str | None = None,
        size_param: str | None = None,
    ) -> None:
        if (next_cursor is None) == (last_item_key is None):
            raise TypeError("CursorPaging takes exactly one of next_cursor and last_item_key")
        super().__init__(items)
        self.cursor_param = cursor_param
        self.next_cursor = next_cursor
        self.last_item_key = last_item_key
        self.items_path = items_path
        self.has_more = has_more
        self.size_param = size_param

    def next(self, kwargs: dict[str, Any], response: httpx.Response, count: int, fetched: int) -> dict[str, Any] | None:
        cursor = self.cursor_after(kwargs, response, count)
        if cursor is None:
            return None
        return {**kwargs, "params": {**kwargs.get("params", {}), self.cursor_param: cursor}}

    def cursor_after(self, kwargs: Mapping[str, Any], response: httpx.Response, count: int) -> str | None:
        """The cursor the request after this page sends (None: this page is the last), for the request `kwargs`
        that got `response` with `count` items. A page's `next_cursor` reads it here too, so both always agree."""
        if self.has_more is not None and _lookup(response, self.has_more) is not True:
            return None
        if self.next_cursor is not None:
            cursor = _lookup(response, self.next_cursor)
        elif count == 0 or (self.has_more is None and _is_last(response, kwargs, count, None, self.size_param)):
            return None
        else:
            page = _lookup(response, self.items_path)
            last = page[-1] if isinstance(page, list) and page else None
            cursor = last.get(self.last_item_key) if isinstance(last, dict) else None
        if cursor is None or cursor == "":
            return None
        if isinstance(cursor, bool) or not isinstance(cursor, str | int):
            where = self.next_cursor or f"{self.items_path}[-1].{self.last_item_key}"
            raise APIError(f"{_url(response.request)}: the next cursor at {where} is not a string or a number")
        return str(cursor)


class LinkHeaderPaging(Paging[Page]):
    """The next page is named by the response's ``Link: <URL>; rel="next"`` header (RFC 8288); the last page has
    none. With `cursor_param`, only that query parameter of the link is taken and sent to the first request's
    own URL (its origin and scheme: a link that says http for an https request changes nothing). Without it, the
    link is followed only to the same scheme, host and port. An empty page with a next link is not the last."""

    __slots__ = ("cursor_param", "rel")

    def __init__(
        self,
        rel: str = "next",
        *,
        items: Callable[[Page], Sequence[Any]],
        cursor_param: str | None = None,
    ) -> None:
        super().__init__(items)
        self.rel = rel
        self.cursor_param = cursor_param

    def next(self, kwargs: dict[str, Any], response: httpx.Response, count: int, fetched: int) -> dict[str, Any] | None:
        where = f"the Link rel={self.rel!r} of {_url(response.request)}"
        here = response.request.url
        try:
            link = response.links.get(self.rel, {}).get("url")
            target = here.join(link) if link else None
        except (httpx.InvalidURL, ValueError, TypeError):
            raise APIError(f"{where} is malformed") from None
        if target is None:
            return None
        if self.cursor_param is not None:
            cursor = target.params.get(self.cursor_param)
            if not cursor:
                raise APIError(f"{where} has no {self.cursor_param!r} parameter")
            return {**kwargs, "params": {**kwargs.get("params", {}), self.cursor_param: cursor}}
        if _origin(target) != _origin(here):
            raise APIError(f"refusing to follow {where} to another origin")
        # The link carries every query parameter; headers (and cookies) of the first request are kept.
        return {**{k: v for k, v in kwargs.items() if k != "params"}, "url": str(target)}


class _Walk(Generic[Page]):
    """One walk through a paged list, and every way it ends: the style's own signal (`Paging.next`), a request
    already sent (a cursor or a page number seen before: A -> B -> A), a page whose body was seen before (a
    server that ignores the page parameter and repeats itself), and `max_pages`."""

    __slots__ = ("bodies", "fetched", "max_pages", "pages", "paging", "requests")

    def __init__(self, paging: Paging[Page], max_pages: int) -> None:
        self.paging = paging
        self.max_pages = max_pages
        self.pages = 0
        self.fetched = 0
        self.requests: set[str] = set()
        self.bodies: set[bytes] = set()

    def first(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        kwargs = self.paging.first(kwargs)
        self.requests.add(_request_key(kwargs))
        return kwargs

    def is_new(self, response: httpx.Response, page: Page) -> bool:
        """False for a page with items whose body came before: it ends the walk, unyielded."""
        if not self.paging.items(page):
            return True
        digest = hashlib.blake2b(response.content, digest_size=16).digest()
        if digest in self.bodies:
            logger.warning("%s: the server repeated a page; stopping", _url(response.request))
            return False
        self.bodies.add(digest)
        return True

    def next(self, kwargs: dict[str, Any], response: httpx.Response, page: Page) -> dict[str, Any] | None:
        self.pages += 1
        count = len(self.paging.items(page))
        self.fetched += count
        following = self.paging.next(kwargs, response, count, self.fetched)
        if following is None:
            return None
        key = _request_key(following)
        if key in self.requests:
            logger.warning("%s: the next page was requested before; stopping", _url(response.request))
            return None
        if self.pages >= self.max_pages:
            raise PageLimitError(
                f"{_url(response.request)}: the list has more than max_pages={self.max_pages} pages (the server "
                f"names a next page); pass a larger max_pages= to read them all, or max_items= to read fewer items"
            )
        self.requests.add(key)
        return following


def split_limits(options: Mapping[str, Any], max_pages: int | None = None) -> tuple[RequestOptions, int, int | None]:
    """The per-call options without `max_pages`/`max_items`, and those two (checked): `max_pages` given as an
    argument (the low-level `sync_iter`) or as an option (a resource's list method), else the default."""
    rest: Any = {k: v for k, v in options.items() if k not in ("max_pages", "max_items")}
    pages = options.get("max_pages", DEFAULT_MAX_PAGES if max_pages is None else max_pages)
    items = options.get("max_items")
    _check_limit("max_pages", pages, 1)
    if items is not None:
        _check_limit("max_items", items, 0)
    return rest, pages, items


def _check_limit(name: str, value: object, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be a whole number, not {type(value).__name__}")
    _check_count(name, value, minimum)


class Limited(Generic[Page]):
    """The pages of a list, with the caller's `max_items` for the page objects (`_pages.py`) to honour."""

    __slots__ = ("_pages", "max_items")

    def __init__(self, pages: Iterator[Page], max_items: int | None) -> None:
        self._pages = pages
        self.max_items = max_items

    def __iter__(self) -> Iterator[Page]:
        return self

    def __next__(self) -> Page:
        return next(self._pages)


class AsyncLimited(Generic[Page]):
    """The async `Limited`."""

    __slots__ = ("_pages", "max_items")

    def __init__(self, pages: AsyncIterator[Page], max_items: int | None) -> None:
        self._pages = pages
        self.max_items = max_items

    def __aiter__(self) -> AsyncIterator[Page]:
        return self

    async def __anext__(self) -> Page:
        return await anext(self._pages)


def _items(pages: Iterator[tuple[httpx.Response, Page]], paging: Paging[Page], remaining: int | None) -> Iterator[Any]:
    if remaining == 0:
        return
    for _, page in pages:
        for item in paging.items(page):
            yield item
            if remaining is not None:
                remaining -= 1
                if remaining == 0:
                    return


async def _aitems(
    pages: AsyncIterator[tuple[httpx.Response, Page]], paging: Paging[Page], remaining: int | None
) -> AsyncIterator[Any]:
    if remaining == 0:
        return
    async for _, page in pages:
        for item in paging.items(page):
            yield item
            if remaining is not None:
                remaining -= 1
                if remaining == 0:
                    return


def _is_last(
    response: httpx.Response, kwargs: Mapping[str, Any], count: int, has_more: str | None, size_param: str | None
) -> bool:
    """The body's `has_more` (at its dotted path) is not true; without one, the page is shorter than asked for."""
    if has_more is not None:
        return _lookup(response, has_more) is not True
    return count < _int_param(kwargs, size_param, count)


def _reached(response: httpx.Response, path: str | None, count: int) -> bool:
    """`count` is at least the whole number at the dotted path of the body (false without one)."""
    limit = _lookup(response, path)
    return isinstance(limit, int) and not isinstance(limit, bool) and count >= limit


def _request_key(kwargs: dict[str, Any]) -> str:
    return f"{kwargs.get('url')}?{httpx.QueryParams(kwargs.get('params') or {})}"


def _int_param(kwargs: Mapping[str, Any], name: str | None, default: int) -> int:
    """The integer value of query parameter `name` of a request, or `default`."""
    value = kwargs.get("params", {}).get(name) if name else None
    try:
        return int(value) if value is not None else default
    except (TypeError, ValueError):
        return default


def _lookup(response: httpx.Response, path: str | None) -> Any:
    """The value at a dotted path of a JSON body, or None."""
    if path is None:
        return None
    try:
        value = decode_json(response)  # msgspec with the speed extra: this second read of the body costs far less
    except DecodeError:
        return None
    for name in path.split(".") if path != "$" else ():
        value = value.get(name) if isinstance(value, dict) else None
    return value
