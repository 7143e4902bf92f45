"""The raw-response twins of the resources (`client.with_raw_response`, sync and async): every method returns a
RawResponse. Loaded on the first `with_raw_response`. Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Unpack

from ._sdk import (
    LazyModule,
    Resource,
)
from .client import AuthenticatedClient
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
    from . import _pages
    from ._pages import RawResponse
else:
    # Pages and raw responses load with the first list or raw call, not with the client.
    _pages = LazyModule(f"{__package__}._pages", globals(), "_pages")

if TYPE_CHECKING:
    from .models.asset import Asset
    from .models.session import Session


__all__: list[str] = []


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
        return _pages.raw_response(
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
        return _pages.raw_response(
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
        return _pages.raw_response(
            self._client, response, _sessions__get_session._parse, _sessions__get_session._parse_error
        )

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
        return _pages.raw_response(
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
        return _pages.raw_response(
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
        return _pages.raw_response(
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
        return _pages.raw_response(
            self._client, response, _sessions__get_session._parse, _sessions__get_session._parse_error
        )

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
        return _pages.raw_response(
            self._client, response, _sessions__list_sessions._parse, _sessions__list_sessions._parse_error
        )


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
