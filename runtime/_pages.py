"""Pages and raw responses of the resource layer: what a list method (`SyncPage`, `AsyncPager`, `AsyncPage`) or
a `with_raw_response` method (`RawResponse`) returns. Loaded with the first such call, not with the client: a
first call that reads one object needs none of it. Paging itself (following the vendor's next page, and when to
stop) is the paging engine's (`_paging.py`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Generator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, NoReturn, TypeVar

import httpx

from .errors import APIError

if TYPE_CHECKING:
    from ._paging import CursorPaging
    from .client import Client
    from .types import RequestOptions

__all__ = ["AsyncPage", "AsyncPager", "RawResponse", "SyncPage", "aone_page", "every_item", "one_page", "raw_response"]

T = TypeVar("T")
Item = TypeVar("Item")
Body = TypeVar("Body")


def raw_response(
    client: Client,
    response: httpx.Response,
    parse: Callable[[httpx.Response], T],
    parse_error: Callable[[httpx.Response], Any],
) -> RawResponse[T]:
    """The raw response of a call; an error status raises its typed error right away, as a plain call would."""
    if not response.is_success:
        client._parse(response, parse, parse_error)
    return RawResponse(response, lambda r: client._parse(r, parse, parse_error))


def one_page(
    client: Client,
    kwargs: dict[str, Any],
    parse: Callable[[httpx.Response], Body],
    parse_error: Callable[[httpx.Response], Any],
    options: RequestOptions,
) -> Iterator[tuple[httpx.Response, Body]]:
    """The pages of a list the vendor does not page: exactly one (`max_items` still bounds its items)."""
    from ._paging import Limited, split_limits

    rest, _, max_items = split_limits(options)

    def pages() -> Iterator[tuple[httpx.Response, Body]]:
        response = client._send(kwargs, rest)
        yield response, client._parse(response, parse, parse_error)

    return Limited(pages(), max_items)


def aone_page(
    client: Client,
    kwargs: dict[str, Any],
    parse: Callable[[httpx.Response], Body],
    parse_error: Callable[[httpx.Response], Any],
    options: RequestOptions,
) -> AsyncIterator[tuple[httpx.Response, Body]]:
    """The async `one_page`."""
    from ._paging import AsyncLimited, split_limits

    rest, _, max_items = split_limits(options)

    async def pages() -> AsyncIterator[tuple[httpx.Response, Body]]:
        response = await client._asend(kwargs, rest)
        yield response, client._parse(response, parse, parse_error)

    return AsyncLimited(pages(), max_items)


def _not_copied(self: object, protocol: Any = None) -> NoReturn:
    # copy, deepcopy and pickle all ask __reduce_ex__ first: what holds a live response (and the client that
    # fetches the next pages) says so, rather than fail on some object deep inside it.
    raise TypeError(
        f"a {type(self).__name__} cannot be copied or pickled (it holds the live HTTP response and its client): "
        "copy or pickle what it parsed (the models do) instead"
    )


def _link_error(page: _PageBase[Any, Any]) -> APIError:
    request = page.response.request
    return APIError(f"the Link header of {request.method} {request.url.copy_with(query=None)} is malformed")


def every_item(body: Sequence[Item]) -> Sequence[Item]:
    """The items of a page whose body is the list of items."""
    return body


class RawResponse(Generic[T]):
    """A response as it came (`status_code`, `headers`, `content`, `http_response`); `parse()` decodes the body
    on demand into what the method returns (for a list: the first page's body). An error status has already
    raised its typed error."""

    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: list[T] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        """The parsed body (decoded once, on the first call)."""
        if not self._parsed:
            self._parsed.append(self._parse(self.http_response))
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse [{self.status_code}] {request.method} {request.url.copy_with(query=None)}>"

    __reduce_ex__ = _not_copied


class _PageBase(Generic[Item, Body]):
    """What one page tells: its items, the parsed body, the HTTP response and the vendor's paging metadata."""

    __slots__ = ("_cursor_paging", "_cursor_param", "_items_of", "_total_path", "body", "items", "response")

    def __init__(
        self,
        response: httpx.Response,
        body: Body,
        items: Callable[[Body], Sequence[Item]],
        total_path: str | None,
        cursor_param: str | None = None,
        cursor_paging: CursorPaging[Any] | None = None,
    ) -> None:
        self.response = response
        self.body = body
        self.items: list[Item] = list(items(body))
        self._items_of = items
        self._total_path = total_path
        self._cursor_param = cursor_param  # link-header paging: the cursor is this parameter of the next link
        self._cursor_paging = cursor_paging  # cursor paging: the cursor is in the body, where the walk reads it

    @property
    def headers(self) -> httpx.Headers:
        """The page's response headers (rate limits, request ids, `Link`)."""
        return self.response.headers

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def params(self) -> dict[str, str]:
        """The query parameters this page was requested with (its page number or cursor among them)."""
        return dict(self.response.request.url.params)

    @property
    def next_link(self) -> str | None:
        """The URL of the next page from the `Link` header, when the vendor sends one (APIError if malformed)."""
        try:
            url = self.response.links.get("next", {}).get("url")
            return str(self.response.request.url.join(url)) if url else None
        except (httpx.InvalidURL, ValueError, TypeError):
            raise _link_error(self) from None

    @property
    def next_cursor(self) -> str | None:
        """The cursor the next page is requested with, for a vendor that pages by cursor (None on the last page):
        from the body (its dotted path, or the last item's key) or from the `Link` header's URL."""
        if self._cursor_paging is not None:
            # The walk's own reading (its has_more, the page size asked for), from the query this page was sent
            # with; only a cursor seen before, which also ends the walk, is not told here.
            return self._cursor_paging.cursor_after({"params": self.params}, self.response, len(self.items))
        link = self.next_link
        if link is None or self._cursor_param is None:
            return None
        try:
            cursor = httpx.URL(link).params.get(self._cursor_param)
        except (httpx.InvalidURL, ValueError, TypeError):
            raise _link_error(self) from None
        return cursor if isinstance(cursor, str) else None

    @property
    def total(self) -> int | None:
        """The vendor's total count of items across pages, when its body carries one (else None)."""
        if self._total_path is None:
            return None
        value: Any = self.response.json()
        for name in self._total_path.split("."):
            if not isinstance(value, dict) or name not in value:
                return None
            value = value[name]
        return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} total={self.total} params={self.params}>"

    __reduce_ex__ = _not_copied


class SyncPage(_PageBase[Item, Body]):
    """The first page of a list, fetched by the call. Iterating it yields every item of every page, fetching the
    next pages lazily; `iter_pages()` yields the pages themselves. Iterating again starts over from the first
    page (fetched again)."""

    __slots__ = ("_max_items", "_rest", "_restart")

    def __init__(
        self,
        pages: Iterator[tuple[httpx.Response, Body]],
        restart: Callable[[], Iterator[tuple[httpx.Response, Body]]],
        items: Callable[[Body], Sequence[Item]],
        total_path: str | None,
        cursor_param: str | None = None,
        cursor_paging: CursorPaging[Any] | None = None,
    ) -> None:
        response, body = next(pages)
        super().__init__(response, body, items, total_path, cursor_param, cursor_paging)
        self._rest: Iterator[tuple[httpx.Response, Body]] | None = pages
        self._restart = restart
        self._max_items: int | None = getattr(pages, "max_items", None)  # the list method's max_items=

    def iter_pages(self) -> Iterator[_PageBase[Item, Body]]:
        """This page, then each next page as it is fetched."""
        if self._rest is None:  # a second pass: start over
            pages = self._restart()
        else:
            pages, self._rest = self._rest, None
            yield self
        for response, body in pages:
            yield _PageBase(response, body, self._items_of, self._total_path, self._cursor_param, self._cursor_paging)

    def __iter__(self) -> Iterator[Item]:
        left = self._max_items
        if left == 0:
            return
        for page in self.iter_pages():
            for item in page.items:
                yield item
                if left is not None:
                    left -= 1
                    if left == 0:
                        return


class AsyncPage(_PageBase[Item, Body]):
    """The async `SyncPage`: `async for` over every item; `iter_pages()` is an async iterator of pages."""

    __slots__ = ("_max_items", "_rest", "_restart")

    def __init__(
        self,
        response: httpx.Response,
        body: Body,
        rest: AsyncIterator[tuple[httpx.Response, Body]],
        restart: Callable[[], AsyncIterator[tuple[httpx.Response, Body]]],
        items: Callable[[Body], Sequence[Item]],
        total_path: str | None,
        cursor_param: str | None = None,
        cursor_paging: CursorPaging[Any] | None = None,
    ) -> None:
        super().__init__(response, body, items, total_path, cursor_param, cursor_paging)
        self._rest: AsyncIterator[tuple[httpx.Response, Body]] | None = rest
        self._restart = restart
        self._max_items: int | None = getattr(rest, "max_items", None)  # the list method's max_items=

    async def iter_pages(self) -> AsyncIterator[_PageBase[Item, Body]]:
        """This page, then each next page as it is fetched."""
        if self._rest is None:
            pages = self._restart()
        else:
            pages, self._rest = self._rest, None
            yield self
        async for response, body in pages:
            yield _PageBase(response, body, self._items_of, self._total_path, self._cursor_param, self._cursor_paging)

    async def __aiter__(self) -> AsyncIterator[Item]:
        left = self._max_items
        if left == 0:
            return
        async for page in self.iter_pages():
            for item in page.items:
                yield item
                if left is not None:
                    left -= 1
                    if left == 0:
                        return


class AsyncPager(Generic[Item, Body]):
    """What an async list method returns: `await` it for the first `AsyncPage`, or `async for` over every item
    of every page directly."""

    __slots__ = ("_cursor_paging", "_cursor_param", "_items", "_pages", "_total_path")

    def __init__(
        self,
        pages: Callable[[], AsyncIterator[tuple[httpx.Response, Body]]],
        items: Callable[[Body], Sequence[Item]],
        total_path: str | None,
        cursor_param: str | None = None,
        cursor_paging: CursorPaging[Any] | None = None,
    ) -> None:
        self._pages = pages
        self._items = items
        self._total_path = total_path
        self._cursor_param = cursor_param
        self._cursor_paging = cursor_paging

    async def _first(self) -> AsyncPage[Item, Body]:
        pages = self._pages()
        response, body = await anext(pages)
        return AsyncPage(
            response, body, pages, self._pages, self._items, self._total_path, self._cursor_param, self._cursor_paging
        )

    def __await__(self) -> Generator[Any, None, AsyncPage[Item, Body]]:
        return self._first().__await__()

    __reduce_ex__ = _not_copied

    async def __aiter__(self) -> AsyncIterator[Item]:
        page = await self._first()
        async for item in page:
            yield item
