"""The resource layer of this client, one resource per noun of the operations' Python names (the overlays'
`x-python-method`), over the operation modules in `api/` (the low-level layer, which stays): here the sync client
`Livepeer` and its resources. The async client is in `_async_resources.py`, the raw-response twins in
`_raw_resources.py` and `_async_raw_resources.py`; each loads on first use, so that a first call loads only the
classes it uses. Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ._sdk import (
    USER_AGENT,
    LazyModule,
    Resource,
    configure_logging,
    env_base_url,
    env_token,
    log_exchange,
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
    from . import _pages
    from ._pages import SyncPage
    from ._paging import ListOptions
else:
    # Pages and raw responses load with the first list or raw call, not with the client.
    _pages = LazyModule(f"{__package__}._pages", globals(), "_pages")

if TYPE_CHECKING:
    from . import _raw_resources as _raw
else:
    # The raw-response twins load on the first `with_raw_response`, not with the client.
    _raw = LazyModule(f"{__package__}._raw_resources", globals(), "_raw")

if TYPE_CHECKING:
    from .models.asset import Asset
    from .models.session import Session


__all__ = ["Livepeer"]


class StreamsSessionsResource(Resource):
    """`client.streams.sessions`"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.StreamsSessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.StreamsSessionsResourceWithRawResponse(self)

    def list(
        self,
        parent_id: str,
        *,
        record: bool | Unset = UNSET,
        **options: Unpack[ListOptions],
    ) -> SyncPage[Session, builtins.list[Session]]:
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
            SyncPage[Session, list[Session]]: the first page; iterate it for every item of every page, fetched lazily.
        """

        kwargs = _sessions__list_stream_sessions._get_kwargs(
            parent_id=parent_id,
            record=record,
        )
        pages = functools.partial(
            _pages.one_page,
            self._client,
            kwargs,
            _sessions__list_stream_sessions._parse,
            _sessions__list_stream_sessions._parse_error,
            self._merge(options),
        )
        return _pages.SyncPage(pages(), pages, _pages.every_item, None, None)


class StreamsResource(Resource):
    """`client.streams`"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.StreamsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.StreamsResourceWithRawResponse(self)

    @property
    def sessions(self) -> StreamsSessionsResource:
        """Sessions: `list`."""
        return StreamsSessionsResource(self._client, self._options)


class SessionsClipsResource(Resource):
    """`client.sessions.clips`"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.SessionsClipsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.SessionsClipsResourceWithRawResponse(self)

    def list(
        self,
        id: str,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        **options: Unpack[ListOptions],
    ) -> SyncPage[Asset, builtins.list[Asset]]:
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
        return _pages.SyncPage(pages(), pages, _sessions__list_session_clips._items, None, "cursor")


class SessionsResource(Resource):
    """`client.sessions`"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.SessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.SessionsResourceWithRawResponse(self)

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
        **options: Unpack[ListOptions],
    ) -> SyncPage[Session, builtins.list[Session]]:
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
        return _pages.SyncPage(pages(), pages, _sessions__list_sessions._items, None, "cursor")


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
    def with_raw_response(self) -> _raw.LivepeerWithRawResponse:
        """The same resources, whose methods return the raw response (status, headers; the body on demand)."""
        return _raw.LivepeerWithRawResponse(self)

    @property
    def sessions(self) -> SessionsResource:
        """Sessions: `get`, `list`, `clips`."""
        return SessionsResource(self)

    @property
    def streams(self) -> StreamsResource:
        """Streams: `sessions`."""
        return StreamsResource(self)
