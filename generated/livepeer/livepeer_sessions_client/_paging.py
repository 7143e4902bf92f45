"""The paging engine: the paging styles an overlay declares (`x-pagination`) and the walk every paged list takes.

Its own module, loaded by the first paged call (and by the operation modules of paged lists): a call that reads
one object needs none of it, and its generic classes cost a client's cold start about 1 M instructions. The
client's `_iterate`/`_iter_pages` import what they use from here; `client.PageNumberPaging` and the other styles
still resolve (the engine module forwards them).
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

import httpx

from .client import _check_count, _origin, _url, logger
from .errors import APIError, DecodeError
from .types import decode_json

__all__ = ["LinkHeaderPaging", "OffsetPaging", "PageNumberPaging", "Paging"]

Page = TypeVar("Page")


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
    """Pages numbered by the query parameter `page_param` from `start`. The last page is empty, shorter than the
    `size_param` the caller asked for, or completes the item count at the dotted path `total` of the body."""

    __slots__ = ("page_param", "size_param", "start", "total")

    def __init__(
        self,
        page_param: str,
        start: int = 1,
        *,
        items: Callable[[Page], Sequence[Any]],
        size_param: str | None = None,
        total: str | None = None,
    ) -> None:
        super().__init__(items)
        self.page_param = page_param
        self.start = start
        self.size_param = size_param
        self.total = total

    def first(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        params = {**kwargs.get("params", {})}
        params.setdefault(self.page_param, self.start)
        return {**kwargs, "params": params}

    def next(self, kwargs: dict[str, Any], response: httpx.Response, count: int, fetched: int) -> dict[str, Any] | None:
        if count == 0 or count < _int_param(kwargs, self.size_param, count):
            return None
        total = _lookup(response, self.total)
        if isinstance(total, int) and not isinstance(total, bool) and fetched >= total:
            return None
        params = {**kwargs["params"], self.page_param: int(kwargs["params"][self.page_param]) + 1}
        return {**kwargs, "params": params}


class OffsetPaging(Paging[Page]):
    """Items from `offset_param` (0 first), `limit_param` at a time. The last page says so at the dotted path
    `has_more` of the body (a boolean), or, without `has_more`, is empty or shorter than the limit asked for."""

    __slots__ = ("has_more", "limit_param", "offset_param")

    def __init__(
        self,
        offset_param: str,
        limit_param: str,
        *,
        items: Callable[[Page], Sequence[Any]],
        has_more: str | None = None,
    ) -> None:
        super().__init__(items)
        self.offset_param = offset_param
        self.limit_param = limit_param
        self.has_more = has_more

    def first(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        params = {**kwargs.get("params", {})}
        params.setdefault(self.offset_param, 0)
        return {**kwargs, "params": params}

    def next(self, kwargs: dict[str, Any], response: httpx.Response, count: int, fetched: int) -> dict[str, Any] | None:
        if count == 0:
            return None
        if self.has_more is not None:
            if _lookup(response, self.has_more) is not True:
                return None
        elif count < _int_param(kwargs, self.limit_param, count):
            return None
        params = {**kwargs["params"], self.offset_param: int(kwargs["params"][self.offset_param]) + count}
        return {**kwargs, "params": params}


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
        _check_count("max_pages", max_pages, 1)
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
            logger.warning("%s: stopping after max_pages=%d pages", _url(response.request), self.max_pages)
            return None
        self.requests.add(key)
        return following


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


def _request_key(kwargs: dict[str, Any]) -> str:
    return f"{kwargs.get('url')}?{httpx.QueryParams(kwargs.get('params') or {})}"


def _int_param(kwargs: dict[str, Any], name: str | None, default: int) -> int:
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
    for name in path.split("."):
        value = value.get(name) if isinstance(value, dict) else None
    return value
