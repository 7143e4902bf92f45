"""The runtime engine of this client, in one place: configuration, timeouts and deadlines, retries (backoff
with jitter, Retry-After), typed errors, token protection and pagination.

Endpoint modules stay thin: each builds its request and calls `Client._request` (or `_arequest`, `_iterate`,
`_aiterate`) with the shared per-call options and the parsers of its documented statuses. Paged lists rest on
one page-level primitive, `Client._iter_pages` (and `_aiter_pages`), which carries every way a walk ends.
The retry loop is written here rather than taken from a library; the README says why.
"""

from __future__ import annotations

import email.utils
import logging
import random
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from datetime import UTC
from typing import TYPE_CHECKING, Any, Final, Self, TypedDict, TypeVar, Unpack

import httpx

from ._api import DEFAULT_BASE_URL  # the one fact about its API the engine needs
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    DecodeError,
    redact_text,
    status_error,
)
from .types import RequestOptions, Response

if TYPE_CHECKING:
    from ._paging import LinkHeaderPaging, OffsetPaging, PageNumberPaging, Paging, _Walk

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_PAGES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AuthenticatedClient",
    "Client",
    "ClientOptions",
    "LinkHeaderPaging",
    "OffsetPaging",
    "PageNumberPaging",
]

# Per network operation: a silent server is given up on after 60 s, an unreachable one after 5 s. Without a
# `deadline`, a call lasts at most (1 + max_retries) x 60 s plus the backoff waits, unless the server trickles
# its body; a `deadline` bounds the whole call, retries and the reading of the body included.
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2
# URLs joined to the base URL that a client remembers (the request path builds each once).
MERGED_URLS: Final = 512
# A paged walk stops after this many pages, whatever the server says (logged as a warning).
DEFAULT_MAX_PAGES: Final = 1000
# Exponential backoff: 0.5 s, 1 s, 2 s ... capped at 8 s, each shortened by up to 25 % of jitter.
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
# A server's Retry-After (or retry-after-ms) is waited for when it asks for at most this long.
MAX_RETRY_AFTER: Final = 60.0
# Retried: these statuses, every status from 500 up, connection errors and timeouts; idempotent methods only.
RETRY_STATUSES: Final = frozenset({408, 409, 429})
IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
_RETRIED_EXCEPTIONS: Final = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# RFC 9110 token characters: what a header name may hold (a set, not a regular expression compiled at import).
_TOKEN_CHARS: Final = frozenset("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# Headers httpx itself masks in a repr.
_MASKED_BY_HTTPX: Final = frozenset({"authorization", "proxy-authorization"})

logger = logging.getLogger(__name__.rpartition(".")[0])

T = TypeVar("T")
Page = TypeVar("Page")
Parser = Callable[[httpx.Response], T]


# Keyword options of `Client`, `AuthenticatedClient` and their `with_options`; any other is a TypeError.
#   timeout: seconds or an ``httpx.Timeout`` per network operation; None waits forever. Default: 60 s, 5 s to
#       connect.
#   deadline: seconds a whole call may take, retries, waits and the reading of the body included. Default: None.
#   max_retries: how often a failed idempotent request is retried. Default: 2.
#   headers: headers sent with every request (ASCII values only).
#   cookies: cookies sent with every request.
#   verify_ssl: verify the server's certificate (True), or a CA bundle path or ``ssl.SSLContext``. Default: True.
#   follow_redirects: follow 3xx responses; the token never follows one to another origin. Default: False.
#   httpx_args: further keyword arguments for ``httpx.Client``/``httpx.AsyncClient`` (e.g. ``transport``).
#   sleep: how the client waits between retries. Default: ``time.sleep``; tests pass a fake clock.
#   async_sleep: the same for the async API. Default: ``asyncio.sleep``.
# The functional form, with the types as values: the class form would compile each of its annotations (strings,
# under `from __future__ import annotations`) at import, about 1 M instructions of every client's cold start.
ClientOptions = TypedDict(  # noqa: UP013 - see above
    "ClientOptions",
    {
        "timeout": float | httpx.Timeout | None,
        "deadline": float | None,
        "max_retries": int,
        "headers": Mapping[str, str],
        "cookies": Mapping[str, str],
        "verify_ssl": str | bool | ssl.SSLContext,
        "follow_redirects": bool,
        "httpx_args": Mapping[str, Any],
        "sleep": Callable[[float], None],
        "async_sleep": Callable[[float], Awaitable[None]],
    },
    total=False,
)


class Client:
    """A client for the endpoints that need no authentication; the base of `AuthenticatedClient`.

    ``Client(base_url=DEFAULT_BASE_URL, **options)`` with the keyword options of `ClientOptions`. Reuse one
    client: it keeps a connection pool. Use it as a context manager (``with``/``async with``) or call
    `close`/`aclose`; a closed client does not reopen: a call on it raises `ClientClosedError` (make a new client,
    or a copy with `with_options`).
    """

    __slots__ = (
        "_async_client",
        "_async_sleep",
        "_base_url",
        "_client",
        "_custom_clients",
        "_deadline",
        "_headers",
        "_max_retries",
        "_merged",
        "_merged_for",
        "_options",
        "_origin",
        "_sleep",
        "_timeout",
    )

    def __init__(self, base_url: str = DEFAULT_BASE_URL, **options: Unpack[ClientOptions]) -> None:
        self._configure(base_url, options)
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None
        self._custom_clients = False
        self._merged_for: object = None
        self._merged: dict[str, httpx.URL] = {}

    def _configure(self, base_url: str, options: ClientOptions) -> None:
        _reject_unknown(options, ClientOptions.__optional_keys__, "option")
        max_retries = options.get("max_retries", DEFAULT_MAX_RETRIES)
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self._origin = _origin(_base_url(base_url))
        self._base_url = base_url
        self._options = options
        self._timeout = httpx.Timeout(options.get("timeout", DEFAULT_TIMEOUT))
        self._deadline = _check_deadline(options.get("deadline"))
        self._max_retries = max_retries
        self._headers = _checked_headers(options.get("headers", {}), "headers")
        self._sleep = options.get("sleep", time.sleep)
        self._async_sleep = options.get("async_sleep")

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def deadline(self) -> float | None:
        return self._deadline

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

    def _httpx_kwargs(self, hook: Callable[[httpx.Request], Any]) -> dict[str, Any]:
        # Headers, the token and the timeout are applied per request (see _build_request), so that they are
        # never stored in the httpx client and hold for a custom one too.
        kwargs = {
            "base_url": self._base_url,
            "cookies": self._options.get("cookies"),
            "timeout": self._timeout,
            "verify": self._options.get("verify_ssl", True),
            "follow_redirects": self._options.get("follow_redirects", False),
            **self._options.get("httpx_args", {}),
        }
        # Every hop of a redirect passes this hook: the token is taken off a request to another origin.
        hooks = dict(kwargs.get("event_hooks") or {})
        hooks["request"] = [hook, *hooks.get("request", [])]
        kwargs["event_hooks"] = hooks
        return kwargs

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client (its transport, pool, cookies); headers, token and timeout still apply."""
        client.event_hooks = {**client.event_hooks, "request": [self._guard_hop, *client.event_hooks["request"]]}
        self._client = client
        self._custom_clients = True
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, created on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._httpx_kwargs(self._guard_hop))
        elif self._client.is_closed:
            raise ClientClosedError("this client is closed; make a new one (or a copy with with_options)")
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient; headers, token and timeout still apply."""
        hooks = async_client.event_hooks
        async_client.event_hooks = {**hooks, "request": [self._aguard_hop, *hooks["request"]]}
        self._async_client = async_client
        self._custom_clients = True
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, created on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_kwargs(self._aguard_hop))
        elif self._async_client.is_closed:
            raise ClientClosedError("this client is closed; make a new one (or a copy with with_options)")
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
        """Close the connections of the sync API; later sync calls raise `ClientClosedError`."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the connections of the async API; later async calls raise `ClientClosedError`."""
        if self._async_client is not None:
            await self._async_client.aclose()

    # -- The token's protection ----------------------------------------------------------------------------

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def _secrets(self) -> tuple[str, ...]:
        """What must never appear in a message: masked in error messages and excerpts."""
        return ()

    def _guard_hop(self, request: httpx.Request) -> None:
        """Called by httpx before every hop: no credential goes to another origin; a repr masks them."""
        names = self._auth_headers().keys()
        if _origin(request.url) != self._origin:
            for name in names:
                request.headers.pop(name, None)
        elif any(name.lower() not in _MASKED_BY_HTTPX for name in names):
            request.headers = _MaskedHeaders(request.headers, names)

    async def _aguard_hop(self, request: httpx.Request) -> None:
        self._guard_hop(request)

    # -- The engine: endpoint modules call these -----------------------------------------------------------

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any], options: RequestOptions
    ) -> httpx.Request:
        headers = {**self._headers, **self._auth_headers(), **kwargs.get("headers", {})}
        headers.update(_checked_headers(options.get("extra_headers", {}), "extra_headers"))
        timeout = httpx.Timeout(options["timeout"]) if "timeout" in options else self._timeout
        url = kwargs["url"]
        merged = self._merged_url(http, url) if type(url) is str else url
        # The hook `_guard_hop` (installed on every httpx client, custom ones too) sees this request when it is sent.
        # No query parameters (all of them unset): None, not {}, which httpx would merge into the URL for nothing.
        params = kwargs.get("params") or None
        return http.build_request(**{**kwargs, "url": merged, "headers": headers, "params": params}, timeout=timeout)

    def _merged_url(self, http: httpx.Client | httpx.AsyncClient, url: str) -> httpx.URL:
        """`url` joined to the httpx client's base URL, remembered per URL: httpx parses and merges it again on every
        request, about a tenth of a call. The join is httpx's own (`_merge_url`, stable across the httpx versions
        the clients accept), so the request is the one httpx would build; an absolute URL passes through it too."""
        if self._merged_for is not http:
            self._merged_for, self._merged = http, {}
        merged = self._merged.get(url)
        if merged is None:
            if len(self._merged) >= MERGED_URLS:  # one per path and parameter value: bounded
                self._merged.clear()
            merged = self._merged[url] = http._merge_url(url)
        return merged

    def _request(
        self, kwargs: dict[str, Any], parse: Parser[T], parse_error: Parser[Any], options: RequestOptions
    ) -> Response[T]:
        _check_options(options)
        response = self._send(kwargs, options)
        return _response(response, self._parse(response, parse, parse_error))

    async def _arequest(
        self, kwargs: dict[str, Any], parse: Parser[T], parse_error: Parser[Any], options: RequestOptions
    ) -> Response[T]:
        _check_options(options)
        response = await self._asend(kwargs, options)
        return _response(response, self._parse(response, parse, parse_error))

    def _send(self, kwargs: dict[str, Any], options: RequestOptions) -> httpx.Response:
        http = self.get_httpx_client()
        request = self._build_request(http, kwargs, options)
        max_retries = options.get("max_retries", self._max_retries)
        clock = _Deadline(options.get("deadline", self._deadline))
        attempt = 0
        while True:
            try:
                outcome: httpx.Response | httpx.HTTPError = clock.send(http, request)
            except httpx.HTTPError as exc:
                outcome = exc
            delay = clock.allows(_retry_delay(request, outcome, attempt, max_retries))
            if delay is None:
                return self._settle(request, outcome, attempt)
            attempt += 1
            _log_retry(request, outcome, delay, attempt, max_retries)
            self._sleep(delay)

    async def _asend(self, kwargs: dict[str, Any], options: RequestOptions) -> httpx.Response:
        http = self.get_async_httpx_client()
        request = self._build_request(http, kwargs, options)
        max_retries = options.get("max_retries", self._max_retries)
        clock = _Deadline(options.get("deadline", self._deadline))
        attempt = 0
        while True:
            try:
                outcome: httpx.Response | httpx.HTTPError = await clock.asend(http, request)
            except httpx.HTTPError as exc:
                outcome = exc
            delay = clock.allows(_retry_delay(request, outcome, attempt, max_retries))
            if delay is None:
                return self._settle(request, outcome, attempt)
            attempt += 1
            _log_retry(request, outcome, delay, attempt, max_retries)
            await self._asleep(delay)

    async def _asleep(self, delay: float) -> None:
        if self._async_sleep is None:
            import asyncio

            self._async_sleep = asyncio.sleep
        await self._async_sleep(delay)

    def _settle(
        self, request: httpx.Request, outcome: httpx.Response | httpx.HTTPError, attempt: int
    ) -> httpx.Response:
        """The final outcome of a request: the response, or the httpx exception translated into ours."""
        if isinstance(outcome, httpx.Response):
            return outcome
        attempts = f"{attempt + 1} attempt{'s' if attempt else ''}"
        text = f"{type(outcome).__name__}: {outcome}"
        cause = redact_text(text, self._secrets())
        # An httpx exception that quotes the token would show it in the traceback: it is left out then.
        chained = outcome if cause == text else None
        message = f"{request.method} {_url(request)} failed after {attempts}: {cause}"
        if isinstance(outcome, httpx.TimeoutException):
            raise APITimeoutError(message, request=request) from chained
        if isinstance(outcome, httpx.DecodingError):
            raise DecodeError(f"the body could not be decoded: {cause}") from chained
        raise APIConnectionError(message, request=request) from chained

    def _parse(self, response: httpx.Response, parse: Parser[T], parse_error: Parser[Any]) -> T:
        """The parsed body of a 2xx response; for any other status, raise its typed error."""
        if response.is_success:
            try:
                return parse(response)
            except DecodeError as exc:
                raise exc.with_response(response, redact=self._secrets())  # noqa: B904 - the same error, with its response
            except Exception as exc:  # a shape the generated checks did not foresee: still our error
                error = DecodeError.of(exc).with_response(response, redact=self._secrets())
                raise error from error.__cause__  # None when the cause quoted the token
        try:
            parsed = parse_error(response)
        except Exception:  # an error body that does not fit its schema (an HTML 502) still raises the status error
            parsed = None
        raise status_error(response, parsed, redact=self._secrets())

    # -- Pagination ----------------------------------------------------------------------------------------

    def _iter_pages(
        self,
        kwargs: dict[str, Any],
        parse: Parser[Page],
        parse_error: Parser[Any],
        options: RequestOptions,
        paging: Paging[Page],
        *,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> Iterator[tuple[httpx.Response, Page]]:
        """Every page of a paged list, lazily, as (response, parsed page); see `_Walk` for how a walk ends."""
        from ._paging import _Walk

        _check_options(options)
        walk = _Walk(paging, max_pages)
        return self._pages(kwargs, parse, parse_error, options, walk)

    def _pages(
        self,
        kwargs: dict[str, Any],
        parse: Parser[Page],
        parse_error: Parser[Any],
        options: RequestOptions,
        walk: _Walk[Page],
    ) -> Iterator[tuple[httpx.Response, Page]]:
        page_kwargs: dict[str, Any] | None = walk.first(kwargs)
        while page_kwargs is not None:
            response = self._send(page_kwargs, options)
            page = self._parse(response, parse, parse_error)
            if not walk.is_new(response, page):
                return
            yield response, page
            page_kwargs = walk.next(page_kwargs, response, page)

    def _aiter_pages(
        self,
        kwargs: dict[str, Any],
        parse: Parser[Page],
        parse_error: Parser[Any],
        options: RequestOptions,
        paging: Paging[Page],
        *,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> AsyncIterator[tuple[httpx.Response, Page]]:
        """The async `_iter_pages`."""
        from ._paging import _Walk

        _check_options(options)
        walk = _Walk(paging, max_pages)
        return self._apages(kwargs, parse, parse_error, options, walk)

    async def _apages(
        self,
        kwargs: dict[str, Any],
        parse: Parser[Page],
        parse_error: Parser[Any],
        options: RequestOptions,
        walk: _Walk[Page],
    ) -> AsyncIterator[tuple[httpx.Response, Page]]:
        page_kwargs: dict[str, Any] | None = walk.first(kwargs)
        while page_kwargs is not None:
            response = await self._asend(page_kwargs, options)
            page = self._parse(response, parse, parse_error)
            if not walk.is_new(response, page):
                return
            yield response, page
            page_kwargs = walk.next(page_kwargs, response, page)

    def _iterate(
        self,
        kwargs: dict[str, Any],
        parse: Parser[Page],
        parse_error: Parser[Any],
        options: RequestOptions,
        paging: Paging[Page],
        *,
        max_items: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> Iterator[Any]:
        """The items of every page, lazily; at most `max_items` of them."""
        _check_count("max_items", max_items, 0)
        from ._paging import _items

        pages = self._iter_pages(kwargs, parse, parse_error, options, paging, max_pages=max_pages)
        return _items(pages, paging, max_items)

    def _aiterate(
        self,
        kwargs: dict[str, Any],
        parse: Parser[Page],
        parse_error: Parser[Any],
        options: RequestOptions,
        paging: Paging[Page],
        *,
        max_items: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> AsyncIterator[Any]:
        """The async `_iterate`."""
        _check_count("max_items", max_items, 0)
        from ._paging import _aitems

        pages = self._aiter_pages(kwargs, parse, parse_error, options, paging, max_pages=max_pages)
        return _aitems(pages, paging, max_items)


class AuthenticatedClient(Client):
    """A client for the endpoints that need a token, sent as ``{auth_header_name}: {prefix} {token}``.

    ``AuthenticatedClient(base_url=DEFAULT_BASE_URL, *, token, prefix="Bearer", auth_header_name="Authorization",
    **options)``. Whitespace around the token (a newline read from a file) is removed; a token with a control
    or non-ASCII character is a ValueError that does not show it. The token never appears in repr(), str(),
    error messages or log records, and never goes to another origin, redirects included.
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
        self.token = _checked_secret(token, "token")
        self.prefix = _checked_secret(prefix, "prefix") if prefix else ""
        if not _is_token(auth_header_name):
            raise ValueError(f"auth_header_name {auth_header_name!r} is not a valid header name")
        self.auth_header_name = auth_header_name

    def _repr_fields(self) -> str:
        return f"token='[REDACTED]', {super()._repr_fields()}"

    def _auth_headers(self) -> dict[str, str]:
        return {self.auth_header_name: f"{self.prefix} {self.token}" if self.prefix else self.token}

    def _secrets(self) -> tuple[str, ...]:
        return (self.token,)


# -- Deadlines -------------------------------------------------------------------------------------------------


class _Deadline:
    """The time a call has left (none: no deadline). Each attempt's timeouts are cut to it, the body is read
    against it, and a retry that would wait past it is not made."""

    __slots__ = ("end",)

    def __init__(self, seconds: float | None) -> None:
        self.end = None if seconds is None else time.monotonic() + seconds

    def left(self, request: httpx.Request) -> float:
        assert self.end is not None
        left = self.end - time.monotonic()
        if left <= 0:
            raise httpx.ReadTimeout("the call's deadline passed", request=request)
        return left

    def limit(self, request: httpx.Request) -> None:
        left = self.left(request)
        limits = request.extensions.get("timeout", {})
        request.extensions["timeout"] = {k: left if v is None else min(v, left) for k, v in limits.items()}

    def send(self, http: httpx.Client, request: httpx.Request) -> httpx.Response:
        """One attempt: send `request` and read the whole body, within the time left."""
        if self.end is None:
            return http.send(request)
        self.limit(request)
        response = http.send(request, stream=True)
        try:
            if isinstance(response.stream, httpx.SyncByteStream):
                response.stream = _DeadlineStream(response.stream, self, request)
            response.read()
        finally:
            response.close()
        return response

    async def asend(self, http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
        if self.end is None:
            return await http.send(request)
        self.limit(request)
        response = await http.send(request, stream=True)
        try:
            if isinstance(response.stream, httpx.AsyncByteStream):
                response.stream = _AsyncDeadlineStream(response.stream, self, request)
            await response.aread()
        finally:
            await response.aclose()
        return response

    def allows(self, delay: float | None) -> float | None:
        if delay is None or self.end is None or time.monotonic() + delay < self.end:
            return delay
        return None


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that stops with a ReadTimeout when the deadline passes, however slowly it arrives."""

    def __init__(self, stream: httpx.SyncByteStream, deadline: _Deadline, request: httpx.Request) -> None:
        self._stream, self._deadline, self._request = stream, deadline, request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._deadline.left(self._request)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncDeadlineStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, deadline: _Deadline, request: httpx.Request) -> None:
        self._stream, self._deadline, self._request = stream, deadline, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self._deadline.left(self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


# -- Checks and helpers ----------------------------------------------------------------------------------------


class _MaskedHeaders(httpx.Headers):
    """Headers whose repr masks the credential headers, as httpx does for Authorization only."""

    def __init__(self, headers: httpx.Headers, masked: Iterable[str]) -> None:
        super().__init__(headers)
        self._masked = frozenset(name.lower() for name in masked) | _MASKED_BY_HTTPX

    def __repr__(self) -> str:
        items = [(k, "[secure]" if k.lower() in self._masked else v) for k, v in self.multi_items()]
        return f"Headers({items!r})"


def _reject_unknown(given: Mapping[str, Any], known: frozenset[str], what: str) -> None:
    unknown = sorted(set(given) - known)
    if unknown:
        raise TypeError(f"unexpected keyword argument {unknown[0]!r}: the {what}s are {', '.join(sorted(known))}")


def _check_options(options: RequestOptions) -> None:
    _reject_unknown(options, RequestOptions.__optional_keys__, "per-call option")
    if "max_retries" in options and options["max_retries"] < 0:
        raise ValueError("max_retries must be 0 or more")
    _check_deadline(options.get("deadline"))


def _check_deadline(deadline: float | None) -> float | None:
    if deadline is not None and not deadline > 0:
        raise ValueError("deadline must be a number of seconds above 0, or None")
    return deadline


def _check_count(name: str, value: int | None, minimum: int) -> None:
    if value is not None and value < minimum:
        raise ValueError(f"{name} must be {minimum} or more")


def _checked_headers(headers: Mapping[str, str], what: str) -> dict[str, str]:
    """Header names must be tokens, values printable ASCII: else a ValueError naming the header, not its value."""
    for name, value in headers.items():
        if not isinstance(name, str) or not _is_token(name):
            raise ValueError(f"{what}: {name!r} is not a valid header name")
        if not isinstance(value, str) or not (value.isascii() and value.isprintable()):
            raise ValueError(f"{what}: the value of {name!r} must be printable ASCII text")
    return dict(headers)


def _is_token(name: str) -> bool:
    return bool(name) and _TOKEN_CHARS.issuperset(name)


def _checked_secret(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError(f"the {what} is empty")
    if not (value.isascii() and value.isprintable()):
        raise ValueError(f"the {what} holds a control or non-ASCII character (not shown here)")
    return value


def _base_url(base_url: str) -> httpx.URL:
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"base_url is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError("base_url must be an absolute http:// or https:// URL")
    return url


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default


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


_PAGING_STYLES: Final = frozenset({"Paging", "PageNumberPaging", "OffsetPaging", "LinkHeaderPaging"})


def __getattr__(name: str) -> Any:
    """The paging styles, which live in the paging engine's module (`_paging.py`, loaded on first use)."""
    if name in _PAGING_STYLES:
        from . import _paging

        return getattr(_paging, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
