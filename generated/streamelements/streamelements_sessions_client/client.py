"""The runtime engine of this client, in one place: configuration, timeouts, retries (backoff with jitter,
Retry-After), typed errors, token redaction and pagination.

Endpoint modules stay thin: each builds its request and calls `Client._request` (or `_arequest`, `_iterate`,
`_aiterate`) with the shared per-call options and the parsers of its documented statuses.
The retry loop is written here rather than taken from a library; the README says why.
"""

from __future__ import annotations

import email.utils
import hashlib
import logging
import random
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from datetime import UTC
from typing import Any, Final, Self, TypedDict, TypeVar, Unpack

import httpx

from .errors import APIConnectionError, APIError, APITimeoutError, DecodeError, status_error
from .types import RequestOptions, Response

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AuthenticatedClient",
    "Client",
    "ClientOptions",
    "LinkHeaderPaging",
    "PageNumberPaging",
]

DEFAULT_BASE_URL: Final = "https://api.streamelements.com/kappa/v1"
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2
# Exponential backoff: 0.5 s, 1 s, 2 s ... capped at 8 s, each shortened by up to 25 % of jitter.
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
# A server's Retry-After (or retry-after-ms) is waited for when it asks for at most this long.
MAX_RETRY_AFTER: Final = 60.0
# Retried: these statuses, every status from 500 up, connection errors and timeouts; idempotent methods only.
RETRY_STATUSES: Final = frozenset({408, 409, 429})
IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
_RETRIED_EXCEPTIONS: Final = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

logger = logging.getLogger("streamelements_sessions_client")

T = TypeVar("T")
Page = TypeVar("Page")
Item = TypeVar("Item")
Parser = Callable[[httpx.Response], T]


class ClientOptions(TypedDict, total=False):
    """Keyword options of `Client`, `AuthenticatedClient` and their `with_options`.

    timeout: seconds or an ``httpx.Timeout``; None waits forever. Default: 60 s, 5 s to connect.
    max_retries: how often a failed idempotent request is retried. Default: 2.
    headers: headers sent with every request.
    cookies: cookies sent with every request.
    verify_ssl: verify the server's certificate (True), or a CA bundle path or ``ssl.SSLContext``.
    follow_redirects: follow 3xx responses. Default: False.
    httpx_args: further keyword arguments for ``httpx.Client``/``httpx.AsyncClient`` (e.g. ``transport``).
    sleep: how the client waits between retries. Default: ``time.sleep``; tests pass a fake clock.
    async_sleep: the same for the async API. Default: ``asyncio.sleep``.
    """

    timeout: float | httpx.Timeout | None
    max_retries: int
    headers: Mapping[str, str]
    cookies: Mapping[str, str]
    verify_ssl: str | bool | ssl.SSLContext
    follow_redirects: bool
    httpx_args: Mapping[str, Any]
    sleep: Callable[[float], None]
    async_sleep: Callable[[float], Awaitable[None]]


class Client:
    """A client for the endpoints that need no authentication; the base of `AuthenticatedClient`.

    ``Client(base_url=DEFAULT_BASE_URL, **options)`` with the keyword options of `ClientOptions`. Reuse one
    client: it keeps a connection pool. Use it as a context manager (``with``/``async with``) or call
    `close`/`aclose`.
    """

    __slots__ = (
        "_async_client",
        "_async_sleep",
        "_base_url",
        "_client",
        "_custom_clients",
        "_headers",
        "_max_retries",
        "_options",
        "_sleep",
        "_timeout",
    )

    def __init__(self, base_url: str = DEFAULT_BASE_URL, **options: Unpack[ClientOptions]) -> None:
        self._configure(base_url, options)
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None
        self._custom_clients = False

    def _configure(self, base_url: str, options: ClientOptions) -> None:
        max_retries = options.get("max_retries", DEFAULT_MAX_RETRIES)
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self._base_url = base_url
        self._options = options
        self._timeout = httpx.Timeout(options.get("timeout", DEFAULT_TIMEOUT))
        self._max_retries = max_retries
        self._headers = dict(options.get("headers", {}))
        self._sleep = options.get("sleep", time.sleep)
        self._async_sleep = options.get("async_sleep")

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, {self._repr_fields()})"

    def _repr_fields(self) -> str:
        return f"timeout={self._timeout!r}, max_retries={self._max_retries}"

    # -- Copies with other options -------------------------------------------------------------------------

    def with_options(self, **options: Unpack[ClientOptions]) -> Self:
        """A copy of this client with some options changed. It opens its own connections (a custom httpx
        client set with `set_httpx_client`/`set_async_httpx_client` is shared)."""
        merged = self._options.copy()
        merged.update(options)
        clone = self._clone()
        clone._configure(self._base_url, merged)
        return clone

    def _clone(self) -> Self:
        clone = object.__new__(type(self))
        for cls in type(self).__mro__:
            for name in getattr(cls, "__slots__", ()):
                setattr(clone, name, getattr(self, name))
        if not self._custom_clients:
            clone._client = None
            clone._async_client = None
        return clone

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """A copy of this client that sends these headers too."""
        return self.with_options(headers={**self._headers, **headers})

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """A copy of this client that sends these cookies too."""
        return self.with_options(cookies={**self._options.get("cookies", {}), **cookies})

    def with_timeout(self, timeout: float | httpx.Timeout | None) -> Self:
        """A copy of this client with another timeout."""
        return self.with_options(timeout=timeout)

    # -- The httpx clients ---------------------------------------------------------------------------------

    def _httpx_kwargs(self) -> dict[str, Any]:
        # Headers, the token and the timeout are applied per request (see _build_request), so that they are
        # never stored in the httpx client and hold for a custom one too.
        return {
            "base_url": self._base_url,
            "cookies": self._options.get("cookies"),
            "timeout": self._timeout,
            "verify": self._options.get("verify_ssl", True),
            "follow_redirects": self._options.get("follow_redirects", False),
            **self._options.get("httpx_args", {}),
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client (its transport, pool, cookies); headers, token and timeout still apply."""
        self._client = client
        self._custom_clients = True
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, created on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._httpx_kwargs())
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient; headers, token and timeout still apply."""
        self._async_client = async_client
        self._custom_clients = True
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, created on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_kwargs())
        return self._async_client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self.get_httpx_client().__exit__(*args)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args)

    def close(self) -> None:
        """Close the connections of the sync API."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the connections of the async API."""
        if self._async_client is not None:
            await self._async_client.aclose()

    # -- The engine: endpoint modules call these -----------------------------------------------------------

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def _secrets(self) -> tuple[str, ...]:
        """What must never appear in a message: masked in error excerpts."""
        return ()

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any], options: RequestOptions
    ) -> httpx.Request:
        headers = {**self._headers, **self._auth_headers(), **kwargs.get("headers", {})}
        headers.update(options.get("extra_headers", {}))
        timeout = httpx.Timeout(options["timeout"]) if "timeout" in options else self._timeout
        return http.build_request(**{**kwargs, "headers": headers}, timeout=timeout)

    def _request(
        self, kwargs: dict[str, Any], parse: Parser[T], parse_error: Parser[Any], options: RequestOptions
    ) -> Response[T]:
        response = self._send(kwargs, options)
        return _response(response, self._parse(response, parse, parse_error))

    async def _arequest(
        self, kwargs: dict[str, Any], parse: Parser[T], parse_error: Parser[Any], options: RequestOptions
    ) -> Response[T]:
        response = await self._asend(kwargs, options)
        return _response(response, self._parse(response, parse, parse_error))

    def _send(self, kwargs: dict[str, Any], options: RequestOptions) -> httpx.Response:
        http = self.get_httpx_client()
        request = self._build_request(http, kwargs, options)
        max_retries = options.get("max_retries", self._max_retries)
        attempt = 0
        while True:
            try:
                outcome: httpx.Response | httpx.HTTPError = http.send(request)
            except httpx.HTTPError as exc:
                outcome = exc
            delay = _retry_delay(request, outcome, attempt, max_retries)
            if delay is None:
                return self._settle(request, outcome, attempt)
            if isinstance(outcome, httpx.Response):
                outcome.close()
            attempt += 1
            _log_retry(request, outcome, delay, attempt, max_retries)
            self._sleep(delay)

    async def _asend(self, kwargs: dict[str, Any], options: RequestOptions) -> httpx.Response:
        http = self.get_async_httpx_client()
        request = self._build_request(http, kwargs, options)
        max_retries = options.get("max_retries", self._max_retries)
        attempt = 0
        while True:
            try:
                outcome: httpx.Response | httpx.HTTPError = await http.send(request)
            except httpx.HTTPError as exc:
                outcome = exc
            delay = _retry_delay(request, outcome, attempt, max_retries)
            if delay is None:
                return self._settle(request, outcome, attempt)
            if isinstance(outcome, httpx.Response):
                await outcome.aclose()
            attempt += 1
            _log_retry(request, outcome, delay, attempt, max_retries)
            await self._asleep(delay)

    async def _asleep(self, delay: float) -> None:
        if self._async_sleep is None:
            import asyncio  # noqa: PLC0415 - only a retrying async call needs it

            self._async_sleep = asyncio.sleep
        await self._async_sleep(delay)

    def _settle(
        self, request: httpx.Request, outcome: httpx.Response | httpx.HTTPError, attempt: int
    ) -> httpx.Response:
        """The final outcome of a request: the response, or the httpx exception translated into ours."""
        if isinstance(outcome, httpx.Response):
            return outcome
        attempts = f"{attempt + 1} attempt{'s' if attempt else ''}"
        message = f"{request.method} {_url(request)} failed after {attempts}: {type(outcome).__name__}: {outcome}"
        if isinstance(outcome, httpx.TimeoutException):
            raise APITimeoutError(message, request=request) from outcome
        if isinstance(outcome, httpx.DecodingError):
            raise DecodeError(f"the body could not be decoded: {outcome}") from outcome
        raise APIConnectionError(message, request=request) from outcome

    def _parse(self, response: httpx.Response, parse: Parser[T], parse_error: Parser[Any]) -> T:
        """The parsed body of a 2xx response; for any other status, raise its typed error."""
        if response.is_success:
            try:
                return parse(response)
            except DecodeError as exc:
                raise exc.with_response(response, redact=self._secrets())
            except Exception as exc:  # a shape the generated checks did not foresee: still our error
                raise DecodeError.of(exc).with_response(response, redact=self._secrets()) from exc
        try:
            parsed = parse_error(response)
        except Exception:  # an error body that does not fit its schema (an HTML 502) still raises the status error
            parsed = None
        raise status_error(response, parsed, redact=self._secrets())

    # -- Pagination ----------------------------------------------------------------------------------------

    def _iterate(
        self,
        kwargs: dict[str, Any],
        parse: Parser[Page],
        parse_error: Parser[Any],
        options: RequestOptions,
        items: Callable[[Page], Sequence[Item]],
        paging: PageNumberPaging | LinkHeaderPaging,
        max_items: int | None,
    ) -> Iterator[Item]:
        _check_bound(max_items)
        return self._iterate_pages(kwargs, parse, parse_error, options, items, paging, max_items)

    def _iterate_pages(
        self,
        kwargs: dict[str, Any],
        parse: Parser[Page],
        parse_error: Parser[Any],
        options: RequestOptions,
        items: Callable[[Page], Sequence[Item]],
        paging: PageNumberPaging | LinkHeaderPaging,
        remaining: int | None,
    ) -> Iterator[Item]:
        page_kwargs: dict[str, Any] | None = paging.first(kwargs)
        while page_kwargs is not None and remaining != 0:
            response = self._send(page_kwargs, options)
            page = items(self._parse(response, parse, parse_error))
            for item in page:
                if remaining is not None:
                    if remaining == 0:
                        return
                    remaining -= 1
                yield item
            page_kwargs = paging.next(page_kwargs, response, len(page), self._secrets())

    def _aiterate(
        self,
        kwargs: dict[str, Any],
        parse: Parser[Page],
        parse_error: Parser[Any],
        options: RequestOptions,
        items: Callable[[Page], Sequence[Item]],
        paging: PageNumberPaging | LinkHeaderPaging,
        max_items: int | None,
    ) -> AsyncIterator[Item]:
        _check_bound(max_items)
        return self._aiterate_pages(kwargs, parse, parse_error, options, items, paging, max_items)

    async def _aiterate_pages(
        self,
        kwargs: dict[str, Any],
        parse: Parser[Page],
        parse_error: Parser[Any],
        options: RequestOptions,
        items: Callable[[Page], Sequence[Item]],
        paging: PageNumberPaging | LinkHeaderPaging,
        remaining: int | None,
    ) -> AsyncIterator[Item]:
        page_kwargs: dict[str, Any] | None = paging.first(kwargs)
        while page_kwargs is not None and remaining != 0:
            response = await self._asend(page_kwargs, options)
            page = items(self._parse(response, parse, parse_error))
            for item in page:
                if remaining is not None:
                    if remaining == 0:
                        return
                    remaining -= 1
                yield item
            page_kwargs = paging.next(page_kwargs, response, len(page), self._secrets())

    def _iter_pages(
        self,
        kwargs: dict[str, Any],
        parse: Parser[Page],
        parse_error: Parser[Any],
        options: RequestOptions,
        paging: PageNumberPaging | LinkHeaderPaging,
        *,
        max_pages: int | None = None,
    ) -> Iterator[tuple[httpx.Response, Page]]:
        """Each page's response and parsed body, fetched lazily, until the paging ends or after `max_pages`."""
        _check_bound(max_pages)
        page_kwargs: dict[str, Any] | None = paging.first(kwargs)
        fetched = 0
        seen: set[bytes] = set()  # a server that repeats a page (or ignores the page parameter) ends the paging
        while page_kwargs is not None and fetched != max_pages:
            response = self._send(page_kwargs, options)
            page = self._parse(response, parse, parse_error)
            if not _first_sight(seen, response):
                return
            fetched += 1
            yield response, page
            page_kwargs = paging.next(page_kwargs, response, paging.count(page), self._secrets())

    async def _aiter_pages(
        self,
        kwargs: dict[str, Any],
        parse: Parser[Page],
        parse_error: Parser[Any],
        options: RequestOptions,
        paging: PageNumberPaging | LinkHeaderPaging,
        *,
        max_pages: int | None = None,
    ) -> AsyncIterator[tuple[httpx.Response, Page]]:
        """The async `_iter_pages`."""
        _check_bound(max_pages)
        page_kwargs: dict[str, Any] | None = paging.first(kwargs)
        fetched = 0
        seen: set[bytes] = set()  # a server that repeats a page (or ignores the page parameter) ends the paging
        while page_kwargs is not None and fetched != max_pages:
            response = await self._asend(page_kwargs, options)
            page = self._parse(response, parse, parse_error)
            if not _first_sight(seen, response):
                return
            fetched += 1
            yield response, page
            page_kwargs = paging.next(page_kwargs, response, paging.count(page), self._secrets())


class AuthenticatedClient(Client):
    """A client for the endpoints that need a token, sent as ``{auth_header_name}: {prefix} {token}``.

    ``AuthenticatedClient(base_url=DEFAULT_BASE_URL, *, token, prefix="Bearer", auth_header_name="Authorization",
    **options)``. The token never appears in repr(), str(), error messages or log records.
    """

    __slots__ = ("auth_header_name", "prefix", "token")

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        token: str,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(base_url, **options)
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name

    def _repr_fields(self) -> str:
        return f"token='[REDACTED]', {super()._repr_fields()}"

    def _auth_headers(self) -> dict[str, str]:
        return {self.auth_header_name: f"{self.prefix} {self.token}" if self.prefix else self.token}

    def _secrets(self) -> tuple[str, ...]:
        return (self.token,)


class PageNumberPaging:
    """Pages numbered by the query parameter `page_param`, from `start` until a page comes back empty."""

    __slots__ = ("items", "page_param", "start")

    def __init__(self, page_param: str, start: int = 1, items: Callable[[Any], Sequence[Any]] | None = None) -> None:
        self.page_param = page_param
        self.start = start
        self.items = items

    def count(self, page: Any) -> int:
        """How many items the parsed page holds (1 when the items are unknown: the paging goes on)."""
        return 1 if self.items is None else len(self.items(page))

    def first(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        params = {**kwargs.get("params", {})}
        params.setdefault(self.page_param, self.start)
        return {**kwargs, "params": params}

    def next(
        self, kwargs: dict[str, Any], response: httpx.Response, count: int, secrets: tuple[str, ...]
    ) -> dict[str, Any] | None:
        if count == 0:
            return None
        params = {**kwargs["params"], self.page_param: int(kwargs["params"][self.page_param]) + 1}
        return {**kwargs, "params": params}


class LinkHeaderPaging:
    """The next page is the URL of the response's ``Link: <URL>; rel="next"`` header (RFC 8288); the last page
    has none. Only links to the same origin are followed: the token must not travel elsewhere."""

    __slots__ = ("items", "rel")

    def __init__(self, rel: str = "next", items: Callable[[Any], Sequence[Any]] | None = None) -> None:
        self.rel = rel
        self.items = items

    def count(self, page: Any) -> int:
        """How many items the parsed page holds (1 when the items are unknown: the paging goes on)."""
        return 1 if self.items is None else len(self.items(page))

    def first(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        return kwargs

    def next(
        self, kwargs: dict[str, Any], response: httpx.Response, count: int, secrets: tuple[str, ...]
    ) -> dict[str, Any] | None:
        link = response.links.get(self.rel, {}).get("url")
        if count == 0 or not link:
            return None
        here = response.request.url
        target = here.join(link)
        if (target.scheme, target.host, target.port) != (here.scheme, here.host, here.port):
            raise APIError(
                f"refusing to follow the Link rel={self.rel!r} of {_url(response.request)} to another origin"
            )
        # The link carries every query parameter; headers (and cookies) of the first request are kept.
        return {**{k: v for k, v in kwargs.items() if k != "params"}, "url": str(target)}


def _response(response: httpx.Response, parsed: T) -> Response[T]:
    return Response(status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed)


def _retry_delay(
    request: httpx.Request, outcome: httpx.Response | httpx.HTTPError, attempt: int, max_retries: int
) -> float | None:
    """How long to wait before retrying, or None when the outcome is final."""
    if isinstance(outcome, httpx.Response) and outcome.status_code < 400:
        return None  # the common case first: no header lookups for a success
    if attempt >= max_retries or request.method not in IDEMPOTENT_METHODS:
        return None
    if not isinstance(outcome, httpx.Response):
        return _backoff(attempt) if isinstance(outcome, _RETRIED_EXCEPTIONS) else None
    should_retry = outcome.headers.get("x-should-retry")
    if should_retry == "false" or (
        should_retry != "true" and outcome.status_code not in RETRY_STATUSES and outcome.status_code < 500
    ):
        return None
    asked = _retry_after(outcome.headers)
    if asked is not None and 0 <= asked <= MAX_RETRY_AFTER:
        return asked
    return _backoff(attempt)


def _backoff(attempt: int) -> float:
    return min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY) * (1 - 0.25 * random.random())


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asks us to wait: retry-after-ms, or Retry-After as seconds or an HTTP date."""
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value:
            try:
                return float(value) * scale
            except ValueError:
                pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp() - time.time()


def _log_retry(
    request: httpx.Request, outcome: httpx.Response | httpx.HTTPError, delay: float, attempt: int, max_retries: int
) -> None:
    # Method, URL without query and the cause only: never headers, never bodies.
    cause = f"status {outcome.status_code}" if isinstance(outcome, httpx.Response) else type(outcome).__name__
    logger.info(
        "retrying %s %s in %.2f s (retry %d of %d) after %s",
        request.method,
        _url(request),
        delay,
        attempt,
        max_retries,
        cause,
    )


def _url(request: httpx.Request) -> str:
    return str(request.url.copy_with(query=None))


def _first_sight(seen: set[bytes], response: httpx.Response) -> bool:
    """Whether this page's body is new; records it."""
    digest = hashlib.sha256(response.content).digest()
    if digest in seen:
        return False
    seen.add(digest)
    return True


def _check_bound(max_items: int | None) -> None:
    if max_items is not None and max_items < 0:
        raise ValueError("max_items must be 0 or more")
