"""The building blocks of the resource layer (`_resources.py`): pages, raw responses, environment defaults and
debug logging. Requests, retries, errors and paging themselves stay in the engine (`client.py`).
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Sequence
from typing import Any, Final, Generic, Self, TypeVar, Unpack

import httpx

from .client import AuthenticatedClient, Client
from .errors import APIError
from .types import RequestOptions

__all__ = [
    "BASE_URL_ENV",
    "LOG_ENV",
    "TOKEN_ENV",
    "USER_AGENT",
    "AsyncPage",
    "AsyncPager",
    "LazyModule",
    "MissingTokenError",
    "RawResponse",
    "Resource",
    "SyncPage",
]

DISTRIBUTION: Final = "livepeer-sessions-client"
VERSION: Final = "0.2.0"
USER_AGENT: Final = f"{DISTRIBUTION}/{VERSION} (Python {sys.version_info[0]}.{sys.version_info[1]})"
TOKEN_ENV: Final = "LIVEPEER_API_KEY"
BASE_URL_ENV: Final = "LIVEPEER_BASE_URL"
# `LIVEPEER_LOG=debug` (or info) logs every request and response, with the token and auth headers masked.
LOG_ENV: Final = "LIVEPEER_LOG"
MASKED: Final = "[REDACTED]"
SECRET_HEADERS: Final = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})

T = TypeVar("T")
Item = TypeVar("Item")
Body = TypeVar("Body")

logger = logging.getLogger("livepeer_sessions_client")


class MissingTokenError(APIError, ValueError):
    """No token was passed and the environment variable that holds it is not set."""


def env_token(token: str | None) -> str:
    """The token passed, else the one in the environment; a clear error naming the variable otherwise."""
    if token is not None:
        return token
    found = os.environ.get(TOKEN_ENV)
    if not found:
        raise MissingTokenError(f"no API token: pass token=... or set the environment variable {TOKEN_ENV}")
    return found


def env_base_url(base_url: str | None, default: str) -> str:
    return base_url or os.environ.get(BASE_URL_ENV) or default


def configure_logging() -> None:
    """Opt-in debug logging: `LOG_ENV=debug` (or `info`) sends this package's log records to stderr."""
    level = os.environ.get(LOG_ENV, "").strip().upper()
    if level not in ("DEBUG", "INFO") or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def log_exchange(response: httpx.Response, secrets: Sequence[str]) -> None:
    """One debug record per request: method, URL, status, headers; tokens and auth headers masked."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    request = response.request
    logger.debug(
        "%s %s -> %s\n  request headers: %s\n  response headers: %s",
        request.method,
        _mask(str(request.url), secrets),
        response.status_code,
        _headers(request.headers, secrets),
        _headers(response.headers, secrets),
    )


def _headers(headers: httpx.Headers, secrets: Sequence[str]) -> dict[str, str]:
    return {
        name: MASKED if name.lower() in SECRET_HEADERS else _mask(value, secrets) for name, value in headers.items()
    }


def _mask(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASKED)
    return text


class LazyModule:
    """Stands in for a module until its first use, then puts the module itself in its place in `namespace`
    (the globals of the module that names it): importing the client imports no operation module, and calls after
    the first pay nothing for it."""

    __slots__ = ("_alias", "_name", "_namespace")

    def __init__(self, name: str, namespace: dict[str, Any], alias: str) -> None:
        self._name = name
        self._namespace = namespace
        self._alias = alias

    def __getattr__(self, attribute: str) -> Any:
        module = importlib.import_module(self._name)
        self._namespace[self._alias] = module
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<LazyModule {self._name!r} (not imported yet)>"


class Resource:
    """A node of the resource tree: the client it calls with, and per-call options (`with_options`)."""

    __slots__ = ("_client", "_options")

    def __init__(self, client: AuthenticatedClient, options: RequestOptions | None = None) -> None:
        self._client = client
        self._options: RequestOptions = options or {}

    def with_options(self, **options: Unpack[RequestOptions]) -> Self:
        """A copy of this resource whose calls use these options: timeout, max_retries, extra_headers."""
        merged = self._options.copy()
        merged.update(options)
        return type(self)(self._client, merged)

    def _merge(self, options: RequestOptions) -> RequestOptions:
        merged = self._options.copy()
        merged.update(options)
        return merged


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
    """The pages of a list the vendor does not page: exactly one."""
    response = client._send(kwargs, options)
    yield response, client._parse(response, parse, parse_error)


async def aone_page(
    client: Client,
    kwargs: dict[str, Any],
    parse: Callable[[httpx.Response], Body],
    parse_error: Callable[[httpx.Response], Any],
    options: RequestOptions,
) -> AsyncIterator[tuple[httpx.Response, Body]]:
    """The async `one_page`."""
    response = await client._asend(kwargs, options)
    yield response, client._parse(response, parse, parse_error)


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
        return f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.http_response.request.url.copy_with(query=None)}>"


class _PageBase(Generic[Item, Body]):
    """What one page tells: its items, the parsed body, the HTTP response and the vendor's paging metadata."""

    __slots__ = ("_cursor_param", "_items_of", "_total_path", "body", "items", "response")

    def __init__(
        self,
        response: httpx.Response,
        body: Body,
        items: Callable[[Body], Sequence[Item]],
        total_path: str | None,
        cursor_param: str | None = None,
    ) -> None:
        self.response = response
        self.body = body
        self.items: list[Item] = list(items(body))
        self._items_of = items
        self._total_path = total_path
        self._cursor_param = cursor_param

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
        """The URL of the next page from the `Link` header, when the vendor sends one."""
        url = self.response.links.get("next", {}).get("url")
        return str(self.response.request.url.join(url)) if url else None

    @property
    def next_cursor(self) -> str | None:
        """The cursor of the next page (from the `Link` header's URL), for a vendor that pages by cursor."""
        link = self.next_link
        if link is None or self._cursor_param is None:
            return None
        cursor = httpx.URL(link).params.get(self._cursor_param)
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


class SyncPage(_PageBase[Item, Body]):
    """The first page of a list, fetched by the call. Iterating it yields every item of every page, fetching the
    next pages lazily; `iter_pages()` yields the pages themselves. Iterating again starts over from the first
    page (fetched again)."""

    __slots__ = ("_rest", "_restart")

    def __init__(
        self,
        pages: Iterator[tuple[httpx.Response, Body]],
        restart: Callable[[], Iterator[tuple[httpx.Response, Body]]],
        items: Callable[[Body], Sequence[Item]],
        total_path: str | None,
        cursor_param: str | None = None,
    ) -> None:
        response, body = next(pages)
        super().__init__(response, body, items, total_path, cursor_param)
        self._rest: Iterator[tuple[httpx.Response, Body]] | None = pages
        self._restart = restart

    def iter_pages(self) -> Iterator[_PageBase[Item, Body]]:
        """This page, then each next page as it is fetched."""
        if self._rest is None:  # a second pass: start over
            pages = self._restart()
        else:
            pages, self._rest = self._rest, None
            yield self
        for response, body in pages:
            yield _PageBase(response, body, self._items_of, self._total_path, self._cursor_param)

    def __iter__(self) -> Iterator[Item]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_PageBase[Item, Body]):
    """The async `SyncPage`: `async for` over every item; `iter_pages()` is an async iterator of pages."""

    __slots__ = ("_rest", "_restart")

    def __init__(
        self,
        response: httpx.Response,
        body: Body,
        rest: AsyncIterator[tuple[httpx.Response, Body]],
        restart: Callable[[], AsyncIterator[tuple[httpx.Response, Body]]],
        items: Callable[[Body], Sequence[Item]],
        total_path: str | None,
        cursor_param: str | None = None,
    ) -> None:
        super().__init__(response, body, items, total_path, cursor_param)
        self._rest: AsyncIterator[tuple[httpx.Response, Body]] | None = rest
        self._restart = restart

    async def iter_pages(self) -> AsyncIterator[_PageBase[Item, Body]]:
        """This page, then each next page as it is fetched."""
        if self._rest is None:
            pages = self._restart()
        else:
            pages, self._rest = self._rest, None
            yield self
        async for response, body in pages:
            yield _PageBase(response, body, self._items_of, self._total_path, self._cursor_param)

    async def __aiter__(self) -> AsyncIterator[Item]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPager(Generic[Item, Body]):
    """What an async list method returns: `await` it for the first `AsyncPage`, or `async for` over every item
    of every page directly."""

    __slots__ = ("_cursor_param", "_items", "_pages", "_total_path")

    def __init__(
        self,
        pages: Callable[[], AsyncIterator[tuple[httpx.Response, Body]]],
        items: Callable[[Body], Sequence[Item]],
        total_path: str | None,
        cursor_param: str | None = None,
    ) -> None:
        self._pages = pages
        self._items = items
        self._total_path = total_path
        self._cursor_param = cursor_param

    async def _first(self) -> AsyncPage[Item, Body]:
        pages = self._pages()
        response, body = await anext(pages)
        return AsyncPage(response, body, pages, self._pages, self._items, self._total_path, self._cursor_param)

    def __await__(self) -> Generator[Any, None, AsyncPage[Item, Body]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[Item]:
        page = await self._first()
        async for item in page:
            yield item
