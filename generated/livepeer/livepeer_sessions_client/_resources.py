"""The resource layer of this client: `Livepeer` and `AsyncLivepeer`, one resource per noun of the
operations' Python names (the overlays' `x-python-method`), over the operation modules in `api/` (the low-level
layer, which stays). Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ._sdk import (
    USER_AGENT,
    AsyncPager,
    LazyModule,
    RawResponse,
    Resource,
    SyncPage,
    aone_page,
    configure_logging,
    env_base_url,
    env_token,
    every_item,
    log_exchange,
    one_page,
    raw_response,
)
from .client import DEFAULT_BASE_URL, AuthenticatedClient, ClientOptions
from .types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from .api.sessions import get_session as _sessions__get_session
    from .api.sessions import list_session_clips as _sessions__list_session_clips
    from .api.sessions import list_sessions as _sessions__list_sessions
    from .api.sessions import list_stream_sessions as _sessions__list_stream_sessions
else:
    # Each operation module is imported on its first call, not with the client (nor are its models): a stand-in
    # puts the module in its place here then, so that later calls find the module itself.
    _sessions__get_session = LazyModule(f"{__package__}.api.sessions.get_session", globals(), "_sessions__get_session")
    _sessions__list_session_clips = LazyModule(
        f"{__package__}.api.sessions.list_session_clips", globals(), "_sessions__list_session_clips"
    )
    _sessions__list_sessions = LazyModule(
        f"{__package__}.api.sessions.list_sessions", globals(), "_sessions__list_sessions"
    )
    _sessions__list_stream_sessions = LazyModule(
        f"{__package__}.api.sessions.list_stream_sessions", globals(), "_sessions__list_stream_sessions"
    )

if TYPE_CHECKING:
    from .models.asset import Asset
    from .models.session import Session

__all__ = ["AsyncLivepeer", "Livepeer"]


class StreamsSessionsResource(Resource):
    """`client.streams.sessions`"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> StreamsSessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return StreamsSessionsResourceWithRawResponse(self._client, self._options)

    def list(
        self,
        parent_id: str,
        *,
        record: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Session, builtins.list[Session]]:
        """Retrieve the recorded sessions of a stream

        Returns the sessions of the stream `parentId`.

        Args:
            parent_id (str):
            record (bool | Unset):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            SyncPage[Session, list[Session]]: the first page; iterate it for every item of every page, fetched lazily.
        """

        kwargs = _sessions__list_stream_sessions._get_kwargs(
            parent_id=parent_id,
            record=record,
        )
        pages = functools.partial(
            one_page,
            self._client,
            kwargs,
            _sessions__list_stream_sessions._parse,
            _sessions__list_stream_sessions._parse_error,
            self._merge(options),
        )
        return SyncPage(pages(), pages, every_item, None, None)


class StreamsResource(Resource):
    """`client.streams`"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> StreamsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return StreamsResourceWithRawResponse(self._client, self._options)

    @property
    def sessions(self) -> StreamsSessionsResource:
        """Sessions: `list`."""
        return StreamsSessionsResource(self._client, self._options)


class SessionsClipsResource(Resource):
    """`client.sessions.clips`"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> SessionsClipsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return SessionsClipsResourceWithRawResponse(self._client, self._options)

    def list(
        self,
        id: str,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Asset, builtins.list[Asset]]:
        """Retrieve clips of a session

        Returns the clips (assets) made from the session `id`. The server pages the result like `GET
        /session` (`limit`, `cursor` and the `Link` response header); the vendor's documentation does not
        describe this paging.

        Args:
            id (str):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            NotFoundError: 404, No session with this ID exists (or it belongs to another user).
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            SyncPage[Asset, list[Asset]]: the first page; iterate it for every item of every page, fetched lazily.
        """

        kwargs = _sessions__list_session_clips._get_kwargs(
            id=id,
            limit=limit,
            cursor=cursor,
        )
        pages = functools.partial(
            self._client._iter_pages,
            kwargs,
            _sessions__list_session_clips._parse,
            _sessions__list_session_clips._parse_error,
            self._merge(options),
            _sessions__list_session_clips._PAGING,
        )
        return SyncPage(pages(), pages, _sessions__list_session_clips._items, None, "cursor")


class SessionsResource(Resource):
    """`client.sessions`"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> SessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return SessionsResourceWithRawResponse(self._client, self._options)

    @property
    def clips(self) -> SessionsClipsResource:
        """Clips: `list`."""
        return SessionsClipsResource(self._client, self._options)

    def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Retrieve a session

        Returns the session with the given ID.

        Args:
            id (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            NotFoundError: 404, No session with this ID exists.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            Session
        """

        kwargs = _sessions__get_session._get_kwargs(
            id=id,
        )
        response = self._client._request(
            kwargs, _sessions__get_session._parse, _sessions__get_session._parse_error, self._merge(options)
        )
        return response.parsed

    def list(
        self,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Session, builtins.list[Session]]:
        """Retrieve all sessions

        Returns all sessions. The server pages the result (`limit`, `cursor` and the `Link` response
        header); the vendor's documentation does not describe this paging.

        Args:
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            SyncPage[Session, list[Session]]: the first page; iterate it for every item of every page, fetched lazily.
        """

        kwargs = _sessions__list_sessions._get_kwargs(
            limit=limit,
            cursor=cursor,
        )
        pages = functools.partial(
            self._client._iter_pages,
            kwargs,
            _sessions__list_sessions._parse,
            _sessions__list_sessions._parse_error,
            self._merge(options),
            _sessions__list_sessions._PAGING,
        )
        return SyncPage(pages(), pages, _sessions__list_sessions._items, None, "cursor")


class StreamsSessionsResourceWithRawResponse(Resource):
    """The raw-response twin of StreamsSessionsResource: every method returns a RawResponse."""

    __slots__ = ()

    def list(
        self,
        parent_id: str,
        *,
        record: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[builtins.list[Session]]:
        """Retrieve the recorded sessions of a stream

        Returns the sessions of the stream `parentId`.

        Args:
            parent_id (str):
            record (bool | Unset):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            RawResponse[list[Session]]: the status and headers; `.parse()` decodes the body.
        """

        kwargs = _sessions__list_stream_sessions._get_kwargs(
            parent_id=parent_id,
            record=record,
        )
        response = self._client._send(kwargs, self._merge(options))
        return raw_response(
            self._client, response, _sessions__list_stream_sessions._parse, _sessions__list_stream_sessions._parse_error
        )


class StreamsResourceWithRawResponse(Resource):
    """The raw-response twin of StreamsResource: every method returns a RawResponse."""

    __slots__ = ()

    @property
    def sessions(self) -> StreamsSessionsResourceWithRawResponse:
        """Sessions: `list`."""
        return StreamsSessionsResourceWithRawResponse(self._client, self._options)


class SessionsClipsResourceWithRawResponse(Resource):
    """The raw-response twin of SessionsClipsResource: every method returns a RawResponse."""

    __slots__ = ()

    def list(
        self,
        id: str,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[builtins.list[Asset]]:
        """Retrieve clips of a session

        Returns the clips (assets) made from the session `id`. The server pages the result like `GET
        /session` (`limit`, `cursor` and the `Link` response header); the vendor's documentation does not
        describe this paging.

        Args:
            id (str):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            NotFoundError: 404, No session with this ID exists (or it belongs to another user).
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            RawResponse[list[Asset]]: the status and headers; `.parse()` decodes the body (the first page's).
        """

        kwargs = _sessions__list_session_clips._get_kwargs(
            id=id,
            limit=limit,
            cursor=cursor,
        )
        kwargs = _sessions__list_session_clips._PAGING.first(kwargs)
        response = self._client._send(kwargs, self._merge(options))
        return raw_response(
            self._client, response, _sessions__list_session_clips._parse, _sessions__list_session_clips._parse_error
        )


class SessionsResourceWithRawResponse(Resource):
    """The raw-response twin of SessionsResource: every method returns a RawResponse."""

    __slots__ = ()

    @property
    def clips(self) -> SessionsClipsResourceWithRawResponse:
        """Clips: `list`."""
        return SessionsClipsResourceWithRawResponse(self._client, self._options)

    def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[Session]:
        """Retrieve a session

        Returns the session with the given ID.

        Args:
            id (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            NotFoundError: 404, No session with this ID exists.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            RawResponse[Session]: the status and headers; `.parse()` decodes the body.
        """

        kwargs = _sessions__get_session._get_kwargs(
            id=id,
        )
        response = self._client._send(kwargs, self._merge(options))
        return raw_response(self._client, response, _sessions__get_session._parse, _sessions__get_session._parse_error)

    def list(
        self,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[builtins.list[Session]]:
        """Retrieve all sessions

        Returns all sessions. The server pages the result (`limit`, `cursor` and the `Link` response
        header); the vendor's documentation does not describe this paging.

        Args:
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            RawResponse[list[Session]]: the status and headers; `.parse()` decodes the body (the first page's).
        """

        kwargs = _sessions__list_sessions._get_kwargs(
            limit=limit,
            cursor=cursor,
        )
        kwargs = _sessions__list_sessions._PAGING.first(kwargs)
        response = self._client._send(kwargs, self._merge(options))
        return raw_response(
            self._client, response, _sessions__list_sessions._parse, _sessions__list_sessions._parse_error
        )


class AsyncStreamsSessionsResource(Resource):
    """`client.streams.sessions` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncStreamsSessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return AsyncStreamsSessionsResourceWithRawResponse(self._client, self._options)

    def list(
        self,
        parent_id: str,
        *,
        record: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Session, builtins.list[Session]]:
        """Retrieve the recorded sessions of a stream

        Returns the sessions of the stream `parentId`.

        Args:
            parent_id (str):
            record (bool | Unset):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            AsyncPager[Session, list[Session]]: await it for the first page, or `async for` over every item of every page.
        """

        kwargs = _sessions__list_stream_sessions._get_kwargs(
            parent_id=parent_id,
            record=record,
        )
        pages = functools.partial(
            aone_page,
            self._client,
            kwargs,
            _sessions__list_stream_sessions._parse,
            _sessions__list_stream_sessions._parse_error,
            self._merge(options),
        )
        return AsyncPager(pages, every_item, None, None)


class AsyncStreamsResource(Resource):
    """`client.streams` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncStreamsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return AsyncStreamsResourceWithRawResponse(self._client, self._options)

    @property
    def sessions(self) -> AsyncStreamsSessionsResource:
        """Sessions: `list`."""
        return AsyncStreamsSessionsResource(self._client, self._options)


class AsyncSessionsClipsResource(Resource):
    """`client.sessions.clips` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncSessionsClipsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return AsyncSessionsClipsResourceWithRawResponse(self._client, self._options)

    def list(
        self,
        id: str,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Asset, builtins.list[Asset]]:
        """Retrieve clips of a session

        Returns the clips (assets) made from the session `id`. The server pages the result like `GET
        /session` (`limit`, `cursor` and the `Link` response header); the vendor's documentation does not
        describe this paging.

        Args:
            id (str):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            NotFoundError: 404, No session with this ID exists (or it belongs to another user).
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            AsyncPager[Asset, list[Asset]]: await it for the first page, or `async for` over every item of every page.
        """

        kwargs = _sessions__list_session_clips._get_kwargs(
            id=id,
            limit=limit,
            cursor=cursor,
        )
        pages = functools.partial(
            self._client._aiter_pages,
            kwargs,
            _sessions__list_session_clips._parse,
            _sessions__list_session_clips._parse_error,
            self._merge(options),
            _sessions__list_session_clips._PAGING,
        )
        return AsyncPager(pages, _sessions__list_session_clips._items, None, "cursor")


class AsyncSessionsResource(Resource):
    """`client.sessions` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncSessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return AsyncSessionsResourceWithRawResponse(self._client, self._options)

    @property
    def clips(self) -> AsyncSessionsClipsResource:
        """Clips: `list`."""
        return AsyncSessionsClipsResource(self._client, self._options)

    async def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Retrieve a session

        Returns the session with the given ID.

        Args:
            id (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            NotFoundError: 404, No session with this ID exists.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            Session
        """

        kwargs = _sessions__get_session._get_kwargs(
            id=id,
        )
        response = await self._client._arequest(
            kwargs, _sessions__get_session._parse, _sessions__get_session._parse_error, self._merge(options)
        )
        return response.parsed

    def list(
        self,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Session, builtins.list[Session]]:
        """Retrieve all sessions

        Returns all sessions. The server pages the result (`limit`, `cursor` and the `Link` response
        header); the vendor's documentation does not describe this paging.

        Args:
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            AsyncPager[Session, list[Session]]: await it for the first page, or `async for` over every item of every page.
        """

        kwargs = _sessions__list_sessions._get_kwargs(
            limit=limit,
            cursor=cursor,
        )
        pages = functools.partial(
            self._client._aiter_pages,
            kwargs,
            _sessions__list_sessions._parse,
            _sessions__list_sessions._parse_error,
            self._merge(options),
            _sessions__list_sessions._PAGING,
        )
        return AsyncPager(pages, _sessions__list_sessions._items, None, "cursor")


class AsyncStreamsSessionsResourceWithRawResponse(Resource):
    """The raw-response twin of AsyncStreamsSessionsResource: every method returns a RawResponse."""

    __slots__ = ()

    async def list(
        self,
        parent_id: str,
        *,
        record: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[builtins.list[Session]]:
        """Retrieve the recorded sessions of a stream

        Returns the sessions of the stream `parentId`.

        Args:
            parent_id (str):
            record (bool | Unset):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            RawResponse[list[Session]]: the status and headers; `.parse()` decodes the body.
        """

        kwargs = _sessions__list_stream_sessions._get_kwargs(
            parent_id=parent_id,
            record=record,
        )
        response = await self._client._asend(kwargs, self._merge(options))
        return raw_response(
            self._client, response, _sessions__list_stream_sessions._parse, _sessions__list_stream_sessions._parse_error
        )


class AsyncStreamsResourceWithRawResponse(Resource):
    """The raw-response twin of AsyncStreamsResource: every method returns a RawResponse."""

    __slots__ = ()

    @property
    def sessions(self) -> AsyncStreamsSessionsResourceWithRawResponse:
        """Sessions: `list`."""
        return AsyncStreamsSessionsResourceWithRawResponse(self._client, self._options)


class AsyncSessionsClipsResourceWithRawResponse(Resource):
    """The raw-response twin of AsyncSessionsClipsResource: every method returns a RawResponse."""

    __slots__ = ()

    async def list(
        self,
        id: str,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[builtins.list[Asset]]:
        """Retrieve clips of a session

        Returns the clips (assets) made from the session `id`. The server pages the result like `GET
        /session` (`limit`, `cursor` and the `Link` response header); the vendor's documentation does not
        describe this paging.

        Args:
            id (str):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            NotFoundError: 404, No session with this ID exists (or it belongs to another user).
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            RawResponse[list[Asset]]: the status and headers; `.parse()` decodes the body (the first page's).
        """

        kwargs = _sessions__list_session_clips._get_kwargs(
            id=id,
            limit=limit,
            cursor=cursor,
        )
        kwargs = _sessions__list_session_clips._PAGING.first(kwargs)
        response = await self._client._asend(kwargs, self._merge(options))
        return raw_response(
            self._client, response, _sessions__list_session_clips._parse, _sessions__list_session_clips._parse_error
        )


class AsyncSessionsResourceWithRawResponse(Resource):
    """The raw-response twin of AsyncSessionsResource: every method returns a RawResponse."""

    __slots__ = ()

    @property
    def clips(self) -> AsyncSessionsClipsResourceWithRawResponse:
        """Clips: `list`."""
        return AsyncSessionsClipsResourceWithRawResponse(self._client, self._options)

    async def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[Session]:
        """Retrieve a session

        Returns the session with the given ID.

        Args:
            id (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            NotFoundError: 404, No session with this ID exists.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            RawResponse[Session]: the status and headers; `.parse()` decodes the body.
        """

        kwargs = _sessions__get_session._get_kwargs(
            id=id,
        )
        response = await self._client._asend(kwargs, self._merge(options))
        return raw_response(self._client, response, _sessions__get_session._parse, _sessions__get_session._parse_error)

    async def list(
        self,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[builtins.list[Session]]:
        """Retrieve all sessions

        Returns all sessions. The server pages the result (`limit`, `cursor` and the `Link` response
        header); the vendor's documentation does not describe this paging.

        Args:
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API key is missing or invalid.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            RawResponse[list[Session]]: the status and headers; `.parse()` decodes the body (the first page's).
        """

        kwargs = _sessions__list_sessions._get_kwargs(
            limit=limit,
            cursor=cursor,
        )
        kwargs = _sessions__list_sessions._PAGING.first(kwargs)
        response = await self._client._asend(kwargs, self._merge(options))
        return raw_response(
            self._client, response, _sessions__list_sessions._parse, _sessions__list_sessions._parse_error
        )


class LivepeerWithRawResponse:
    """`client.with_raw_response`: the resources whose methods return the raw response."""

    __slots__ = ("_client", "_options")

    def __init__(self, client: AuthenticatedClient, options: RequestOptions | None = None) -> None:
        self._client = client
        self._options: RequestOptions = options or {}

    @property
    def sessions(self) -> SessionsResourceWithRawResponse:
        """Sessions: `get`, `list`, `clips`."""
        return SessionsResourceWithRawResponse(self._client, self._options)

    @property
    def streams(self) -> StreamsResourceWithRawResponse:
        """Streams: `sessions`."""
        return StreamsResourceWithRawResponse(self._client, self._options)


class AsyncLivepeerWithRawResponse:
    """`client.with_raw_response`: the resources whose methods return the raw response."""

    __slots__ = ("_client", "_options")

    def __init__(self, client: AuthenticatedClient, options: RequestOptions | None = None) -> None:
        self._client = client
        self._options: RequestOptions = options or {}

    @property
    def sessions(self) -> AsyncSessionsResourceWithRawResponse:
        """Sessions: `get`, `list`, `clips`."""
        return AsyncSessionsResourceWithRawResponse(self._client, self._options)

    @property
    def streams(self) -> AsyncStreamsResourceWithRawResponse:
        """Streams: `sessions`."""
        return AsyncStreamsResourceWithRawResponse(self._client, self._options)


class _LivepeerBase(AuthenticatedClient):
    """Environment defaults, the User-Agent and debug logging, shared by the sync and the async client."""

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        configure_logging()
        options["headers"] = {"User-Agent": USER_AGENT, **options.get("headers", {})}
        super().__init__(env_base_url(base_url, DEFAULT_BASE_URL), token=env_token(token), **options)

    def _send(self, kwargs: dict[str, Any], options: RequestOptions) -> httpx.Response:
        response = super()._send(kwargs, options)
        log_exchange(response, self._secrets())
        return response

    async def _asend(self, kwargs: dict[str, Any], options: RequestOptions) -> httpx.Response:
        response = await super()._asend(kwargs, options)
        log_exchange(response, self._secrets())
        return response


class Livepeer(_LivepeerBase):
    """Livepeer Studio sessions client.

    ``Livepeer(*, token=None, base_url=None, **options)``: the token defaults to the
    environment variable ``LIVEPEER_API_KEY`` (a missing one raises MissingTokenError), the base URL to
    ``LIVEPEER_BASE_URL``, else https://livepeer.studio/api. Options: timeout, max_retries, headers,
    httpx_args and more (`client.ClientOptions`); `with_options(...)` returns a copy with some changed.
    Use it as a context manager (``with``) or call `close`.
    """

    @property
    def with_raw_response(self) -> LivepeerWithRawResponse:
        """The same resources, whose methods return the raw response (status, headers; the body on demand)."""
        return LivepeerWithRawResponse(self)

    @property
    def sessions(self) -> SessionsResource:
        """Sessions: `get`, `list`, `clips`."""
        return SessionsResource(self)

    @property
    def streams(self) -> StreamsResource:
        """Streams: `sessions`."""
        return StreamsResource(self)


class AsyncLivepeer(_LivepeerBase):
    """Livepeer Studio sessions client (async).

    ``AsyncLivepeer(*, token=None, base_url=None, **options)``: the token defaults to the
    environment variable ``LIVEPEER_API_KEY`` (a missing one raises MissingTokenError), the base URL to
    ``LIVEPEER_BASE_URL``, else https://livepeer.studio/api. Options: timeout, max_retries, headers,
    httpx_args and more (`client.ClientOptions`); `with_options(...)` returns a copy with some changed.
    Use it as a context manager (``async with``) or call `aclose`.
    """

    @property
    def with_raw_response(self) -> AsyncLivepeerWithRawResponse:
        """The same resources, whose methods return the raw response (status, headers; the body on demand)."""
        return AsyncLivepeerWithRawResponse(self)

    @property
    def sessions(self) -> AsyncSessionsResource:
        """Sessions: `get`, `list`, `clips`."""
        return AsyncSessionsResource(self)

    @property
    def streams(self) -> AsyncStreamsResource:
        """Streams: `sessions`."""
        return AsyncStreamsResource(self)
