"""Raw responses as thin wrappers around the resource methods, as Stainless' `with_raw_response` is: a twin class
(`_raw_resources.py`) says `get = raw_call(SessionsResource.get)` (`raw_list` for a list, `araw_call`/`araw_list`
for async), and the wrapper runs the resource's own method with a stand-in for the client (`_Capture`) that sends
the first request as the method builds it and hands back its response, unparsed, as a RawResponse, instead of the
method's result. Loaded with the first `with_raw_response`, not with the client nor with the first list.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Self, TypeVar, Unpack, overload

import httpx

from ._pages import AsyncPager, RawResponse, SyncPage, raw_response

if TYPE_CHECKING:
    from ._paging import Paging
    from ._sdk import Resource
    from .client import Client
    from .types import RequestOptions

__all__ = ["RawResource", "RawResponses", "araw_call", "araw_list", "raw_call", "raw_list"]

T = TypeVar("T")
R = TypeVar("R")
Body = TypeVar("Body")
P = ParamSpec("P")


class RawResponses:
    """`client.with_raw_response`: the client's resources, whose methods return the raw response."""

    __slots__ = ("_resource",)

    def __init__(self, resource: Any) -> None:
        self._resource = resource


class RawResource(RawResponses):
    """`resource.with_raw_response`: the resource's methods, each returning the raw response."""

    __slots__ = ()

    def with_options(self, **options: Unpack[RequestOptions]) -> Self:
        """The same twin over a copy of the resource with these options: timeout, max_retries, extra_headers."""
        return type(self)(self._resource.with_options(**options))


class _RawMethod(Generic[P, R]):
    """A method of a raw-response twin: the resource's own method (`function`), run by `run` for its raw
    response. Read from a twin, it is a function with the method's signature (`inspect.signature` shows it)."""

    __slots__ = ("_function", "_run")

    def __init__(self, function: Callable[..., Any], run: Callable[..., Any]) -> None:
        self._function = function
        self._run = run

    @overload
    def __get__(self, twin: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, twin: RawResponses, owner: type[Any]) -> Callable[P, R]: ...
    def __get__(self, twin: RawResponses | None, owner: type[Any]) -> Self | Callable[P, R]:
        if twin is None:
            return self
        function, run, resource = self._function, self._run, twin._resource

        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            return run(function, resource, args, kwargs)  # type: ignore[no-any-return]

        return functools.update_wrapper(call, function.__get__(resource))


def raw_call(function: Callable[Concatenate[Any, P], T]) -> _RawMethod[P, RawResponse[T]]:
    """The raw twin of a sync method that returns the parsed body."""
    return _RawMethod(function, _run)


def raw_list(function: Callable[Concatenate[Any, P], SyncPage[Any, Body]]) -> _RawMethod[P, RawResponse[Body]]:
    """The raw twin of a sync list method: the first page's response (`.parse()` gives its body)."""
    return _RawMethod(function, _run)


def araw_call(
    function: Callable[Concatenate[Any, P], Awaitable[T]],
) -> _RawMethod[P, Awaitable[RawResponse[T]]]:
    """The raw twin of an async method."""
    return _RawMethod(function, _arun)


def araw_list(
    function: Callable[Concatenate[Any, P], AsyncPager[Any, Body]],
) -> _RawMethod[P, Awaitable[RawResponse[Body]]]:
    """The raw twin of an async list method: the first page's response."""
    return _RawMethod(function, _arun)


class _Captured(Exception):
    """Carries the raw response out of the resource method, past the result the method would build from it."""

    def __init__(self, raw: RawResponse[Any]) -> None:
        super().__init__()
        self.raw = raw


def _stand_in(resource: Resource) -> Any:
    return type(resource)(_Capture(resource._client), resource._options)  # type: ignore[arg-type]


def _run(function: Callable[..., Any], resource: Resource, args: Any, kwargs: Any) -> RawResponse[Any]:
    try:
        function(_stand_in(resource), *args, **kwargs)
    except _Captured as captured:
        return captured.raw
    raise RuntimeError(f"{function.__qualname__} sent no request")  # every resource method sends one


async def _arun(function: Callable[..., Any], resource: Resource, args: Any, kwargs: Any) -> RawResponse[Any]:
    try:
        await function(_stand_in(resource), *args, **kwargs)  # a coroutine, or an AsyncPager (awaitable)
    except _Captured as captured:
        return captured.raw
    raise RuntimeError(f"{function.__qualname__} sent no request")


class _Capture:
    """Stands in for the client while a resource method runs for its raw response. The method builds its request
    as always and calls the engine; here the first request (a list's first page) is sent by the real client, with
    its retries, and its response raised as a RawResponse (`_Captured`): the body is parsed only on `.parse()`,
    and an error status raises its typed error at once, as a plain call would. These are the engine's entry points
    that resource methods and `one_page` call."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def _send(self, kwargs: dict[str, Any], options: RequestOptions) -> httpx.Response:
        return self._client._send(kwargs, options)

    async def _asend(self, kwargs: dict[str, Any], options: RequestOptions) -> httpx.Response:
        return await self._client._asend(kwargs, options)

    def _parse(self, response: httpx.Response, parse: Callable[[httpx.Response], Any], parse_error: Any) -> Any:
        raise _Captured(raw_response(self._client, response, parse, parse_error))

    def _request(self, kwargs: dict[str, Any], parse: Any, parse_error: Any, options: RequestOptions) -> Any:
        return self._parse(self._send(kwargs, options), parse, parse_error)

    async def _arequest(self, kwargs: dict[str, Any], parse: Any, parse_error: Any, options: RequestOptions) -> Any:
        return self._parse(await self._asend(kwargs, options), parse, parse_error)

    def _iter_pages(
        self,
        kwargs: dict[str, Any],
        parse: Any,
        parse_error: Any,
        options: RequestOptions,
        paging: Paging[Any],
        **_: Any,
    ) -> Any:
        return self._request(paging.first(kwargs), parse, parse_error, options)

    async def _aiter_pages(
        self,
        kwargs: dict[str, Any],
        parse: Any,
        parse_error: Any,
        options: RequestOptions,
        paging: Paging[Any],
        **_: Any,
    ) -> AsyncIterator[Any]:
        yield await self._arequest(paging.first(kwargs), parse, parse_error, options)
