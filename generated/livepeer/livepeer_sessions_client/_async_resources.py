"""The async client, `AsyncLivepeer`, and its resources: the twins of the sync ones in `_resources.py`,
loaded on first use (a sync program never builds them). Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, Unpack

from ._resources import _LivepeerBase
from ._sdk import (
    LazyModule,
    Resource,
)
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
    from ._pages import AsyncPager
    from ._paging import ListOptions
else:
    # Pages and raw responses load with the first list or raw call, not with the client.
    _pages = LazyModule(f"{__package__}._pages", globals(), "_pages")

if TYPE_CHECKING:
    from . import _async_raw_resources as _raw
else:
    # The raw-response twins load on the first `with_raw_response`, not with the client.
    _raw = LazyModule(f"{__package__}._async_raw_resources", globals(), "_raw")

if TYPE_CHECKING:
    from .models.asset import Asset
    from .models.session import Session


__all__ = ["AsyncLivepeer"]


class AsyncStreamsSessionsResource(Resource):
    """`client.streams.sessions` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncStreamsSessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncStreamsSessionsResourceWithRawResponse(self)

    def list(
        self,
        parent_id: str,
        *,
        record: bool | Unset = UNSET,
        **options: Unpack[ListOptions],
    ) -> AsyncPager[Session, builtins.list[Session]]:
        """Retrieve the recorded sessions of a stream

        Returns the sessions of the stream `parentId`.

        Args:
            parent_id (str):
            record (bool | Unset):
            **options: per-call options: timeout, max_retries, extra_headers; max_pages (default 1000: a
                longer list raises PageLimitError) and max_items.

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
            _pages.aone_page,
            self._client,
            kwargs,
            _sessions__list_stream_sessions._parse,
            _sessions__list_stream_sessions._parse_error,
            self._merge(options),
        )
        return _pages.AsyncPager(pages, _pages.every_item, None, None)


class AsyncStreamsResource(Resource):
    """`client.streams` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncStreamsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncStreamsResourceWithRawResponse(self)

    @property
    def sessions(self) -> AsyncStreamsSessionsResource:
        """Sessions: `list`."""
        return AsyncStreamsSessionsResource(self._client, self._options)


class AsyncSessionsClipsResource(Resource):
    """`client.sessions.clips` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncSessionsClipsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncSessionsClipsResourceWithRawResponse(self)

    def list(
        self,
        id: str,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        **options: Unpack[ListOptions],
    ) -> AsyncPager[Asset, builtins.list[Asset]]:
        """Retrieve clips of a session

        Returns the clips (assets) made from the session `id`. The server pages the result like `GET
        /session` (`limit`, `cursor` and the `Link` response header); the vendor's documentation does not
        describe this paging.

        Args:
            id (str):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            **options: per-call options: timeout, max_retries, extra_headers; max_pages (default 1000: a
                longer list raises PageLimitError) and max_items.

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
        return _pages.AsyncPager(pages, _sessions__list_session_clips._items, None, "cursor")


class AsyncSessionsResource(Resource):
    """`client.sessions` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncSessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncSessionsResourceWithRawResponse(self)

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
        **options: Unpack[ListOptions],
    ) -> AsyncPager[Session, builtins.list[Session]]:
        """Retrieve all sessions

        Returns all sessions. The server pages the result (`limit`, `cursor` and the `Link` response
        header); the vendor's documentation does not describe this paging.

        Args:
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            **options: per-call options: timeout, max_retries, extra_headers; max_pages (default 1000: a
                longer list raises PageLimitError) and max_items.

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
        return _pages.AsyncPager(pages, _sessions__list_sessions._items, None, "cursor")


class AsyncLivepeer(_LivepeerBase):
    """Livepeer Studio sessions client (async).

    ``AsyncLivepeer(*, token=None, base_url=None, **options)``: the token defaults to the
    environment variable ``LIVEPEER_API_KEY`` (a missing one raises MissingTokenError), the base URL to
    ``LIVEPEER_BASE_URL``, else https://livepeer.studio/api. Options: timeout, max_retries, headers,
    httpx_args and more (`client.ClientOptions`); `with_options(...)` returns a copy with some changed.
    Use it as a context manager (``async with``) or call `aclose`.
    """

    @property
    def with_raw_response(self) -> _raw.AsyncLivepeerWithRawResponse:
        """The same resources, whose methods return the raw response (status, headers; the body on demand)."""
        return _raw.AsyncLivepeerWithRawResponse(self)

    @property
    def sessions(self) -> AsyncSessionsResource:
        """Sessions: `get`, `list`, `clips`."""
        return AsyncSessionsResource(self)

    @property
    def streams(self) -> AsyncStreamsResource:
        """Streams: `sessions`."""
        return AsyncStreamsResource(self)
