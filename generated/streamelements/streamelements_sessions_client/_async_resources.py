"""The async client, `AsyncStreamElements`, and its resources: the twins of the sync ones in `_resources.py`,
loaded on first use (a sync program never builds them). Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, Unpack

from ._resources import _StreamElementsBase
from ._sdk import (
    LazyModule,
    Resource,
)
from .types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from .api.sessions import get_current_session as _sessions__get_current_session
    from .api.sessions import get_session as _sessions__get_session
    from .api.sessions import get_session_settings as _sessions__get_session_settings
    from .api.sessions import list_top_events as _sessions__list_top_events
    from .api.sessions import replace_session as _sessions__replace_session
    from .api.sessions import replace_session_settings as _sessions__replace_session_settings
    from .api.sessions import reset_session as _sessions__reset_session
else:
    # Each operation module is imported on its first call, not with the client (nor are its models): a stand-in
    # puts the module in its place here then, so that later calls find the module itself.
    _sessions__get_current_session = LazyModule(
        f"{__package__}.api.sessions.get_current_session", globals(), "_sessions__get_current_session"
    )
    _sessions__get_session = LazyModule(f"{__package__}.api.sessions.get_session", globals(), "_sessions__get_session")
    _sessions__get_session_settings = LazyModule(
        f"{__package__}.api.sessions.get_session_settings", globals(), "_sessions__get_session_settings"
    )
    _sessions__list_top_events = LazyModule(
        f"{__package__}.api.sessions.list_top_events", globals(), "_sessions__list_top_events"
    )
    _sessions__replace_session = LazyModule(
        f"{__package__}.api.sessions.replace_session", globals(), "_sessions__replace_session"
    )
    _sessions__replace_session_settings = LazyModule(
        f"{__package__}.api.sessions.replace_session_settings", globals(), "_sessions__replace_session_settings"
    )
    _sessions__reset_session = LazyModule(
        f"{__package__}.api.sessions.reset_session", globals(), "_sessions__reset_session"
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
    from .models.legacy_session import LegacySession
    from .models.session import Session
    from .models.session_data import SessionData
    from .models.session_settings import SessionSettings
    from .models.top_event import TopEvent


__all__ = ["AsyncStreamElements"]


class AsyncSessionsSettingsResource(Resource):
    """`client.sessions.settings` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncSessionsSettingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncSessionsSettingsResourceWithRawResponse(self)

    async def get(
        self,
        channel: str,
        **options: Unpack[RequestOptions],
    ) -> SessionSettings:
        """Get session settings

        Get session settings.

        Args:
            channel (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, The request is invalid (e.g. a malformed channel id or body), as a Hapi/Boom
                error body with the validation `details`.
            AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired
                (a Hapi/Boom error body).
            NotFoundError: 404, No session exists for this channel (a Hapi/Boom error body).
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            SessionSettings
        """

        kwargs = _sessions__get_session_settings._get_kwargs(
            channel=channel,
        )
        response = await self._client._arequest(
            kwargs,
            _sessions__get_session_settings._parse,
            _sessions__get_session_settings._parse_error,
            self._merge(options),
        )
        return response.parsed

    async def replace(
        self,
        channel: str,
        *,
        auto_reset: bool | Unset = UNSET,
        calendar: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SessionSettings:
        """Update session settings

        Update session settings.

        Args:
            channel (str):
            auto_reset (bool | Unset): Whether the session counters reset automatically.
            calendar (bool | Unset): Whether the session follows the calendar (weeks and months).
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, The request is invalid (e.g. a malformed channel id or body), as a Hapi/Boom
                error body with the validation `details`.
            AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired
                (a Hapi/Boom error body).
            NotFoundError: 404, No session exists for this channel (a Hapi/Boom error body).
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            SessionSettings
        """

        from ._arguments import checked_body  # noqa: PLC0415
        from .models.session_settings_update import SessionSettingsUpdate  # noqa: PLC0415

        # Checked before anything is sent: TypeError or ValueError naming an argument of the wrong type or one that
        # JSON cannot hold; an enum given as its string becomes the enum (see _arguments.py).
        body = checked_body(
            SessionSettingsUpdate(
                auto_reset=auto_reset,
                calendar=calendar,
            )
        )
        kwargs = _sessions__replace_session_settings._get_kwargs(
            channel=channel,
            body=body,
        )
        response = await self._client._arequest(
            kwargs,
            _sessions__replace_session_settings._parse,
            _sessions__replace_session_settings._parse_error,
            self._merge(options),
        )
        return response.parsed


class AsyncSessionsResource(Resource):
    """`client.sessions` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncSessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncSessionsResourceWithRawResponse(self)

    @property
    def settings(self) -> AsyncSessionsSettingsResource:
        """Settings: `get`, `replace`."""
        return AsyncSessionsSettingsResource(self._client, self._options)

    async def get(
        self,
        channel: str,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Get session data

        Get session data.

        Args:
            channel (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, The request is invalid (e.g. a malformed channel id or body), as a Hapi/Boom
                error body with the validation `details`.
            AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired
                (a Hapi/Boom error body).
            NotFoundError: 404, No session exists for this channel (a Hapi/Boom error body).
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            Session
        """

        kwargs = _sessions__get_session._get_kwargs(
            channel=channel,
        )
        response = await self._client._arequest(
            kwargs, _sessions__get_session._parse, _sessions__get_session._parse_error, self._merge(options)
        )
        return response.parsed

    async def replace(
        self,
        channel: str,
        *,
        data: SessionData | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Update session data

        Update session data.

        Args:
            channel (str):
            data (SessionData | Unset): The session counters (the vendor's `Session Data`), keyed by
                `<event>-<statistic>` for the events `follower`, `subscriber`, `host`, `raid`, `cheer`,
                `tip` and `merch`: 62 keys.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, The request is invalid (e.g. a malformed channel id or body), as a Hapi/Boom
                error body with the validation `details`.
            AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired
                (a Hapi/Boom error body).
            NotFoundError: 404, No session exists for this channel (a Hapi/Boom error body).
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            Session
        """

        from ._arguments import checked_body  # noqa: PLC0415
        from .models.session_update import SessionUpdate  # noqa: PLC0415

        # Checked before anything is sent: TypeError or ValueError naming an argument of the wrong type or one that
        # JSON cannot hold; an enum given as its string becomes the enum (see _arguments.py).
        body = checked_body(
            SessionUpdate(
                data=data,
            )
        )
        kwargs = _sessions__replace_session._get_kwargs(
            channel=channel,
            body=body,
        )
        response = await self._client._arequest(
            kwargs, _sessions__replace_session._parse, _sessions__replace_session._parse_error, self._merge(options)
        )
        return response.parsed

    async def reset(
        self,
        channel: str,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Reset session data

        Reset session data (the session counters go back to zero; totals and goals stay).

        Args:
            channel (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, The request is invalid (e.g. a malformed channel id or body), as a Hapi/Boom
                error body with the validation `details`.
            AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired
                (a Hapi/Boom error body).
            NotFoundError: 404, No session exists for this channel (a Hapi/Boom error body).
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            Session
        """

        kwargs = _sessions__reset_session._get_kwargs(
            channel=channel,
        )
        response = await self._client._arequest(
            kwargs, _sessions__reset_session._parse, _sessions__reset_session._parse_error, self._merge(options)
        )
        return response.parsed

    def top(
        self,
        channel: str,
        *,
        limit: int,
        offset: int,
        interval: str,
        type_: str,
        **options: Unpack[ListOptions],
    ) -> AsyncPager[TopEvent, builtins.list[TopEvent]]:
        """Get top events from aggregates

        Get top events from aggregates.

        Args:
            channel (str):
            limit (int):
            offset (int):
            interval (str): One of `alltime`, `monthly`, `weekly`, `session` (an open set).
            type_ (str): One of `tip`, `cheer`, `stars`, `embers` (an open set).
            **options: per-call options: timeout, max_retries, extra_headers; max_pages (default 1000: a
                longer list raises PageLimitError) and max_items.

        Raises:
            BadRequestError: 400, The request is invalid (e.g. a malformed channel id or body), as a Hapi/Boom
                error body with the validation `details`.
            AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired
                (a Hapi/Boom error body).
            NotFoundError: 404, No session exists for this channel (a Hapi/Boom error body).
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            AsyncPager[TopEvent, list[TopEvent]]: await it for the first page, or `async for` over every item of every page.
        """

        kwargs = _sessions__list_top_events._get_kwargs(
            channel=channel,
            limit=limit,
            offset=offset,
            interval=interval,
            type_=type_,
        )
        pages = functools.partial(
            self._client._aiter_pages,
            kwargs,
            _sessions__list_top_events._parse,
            _sessions__list_top_events._parse_error,
            self._merge(options),
            _sessions__list_top_events._PAGING,
        )
        return _pages.AsyncPager(pages, _sessions__list_top_events._items, None, None)

    async def get_current(
        self,
        **options: Unpack[RequestOptions],
    ) -> LegacySession:
        """Returns an object with information about your stream session

        Returns an object with information about your stream session. Legacy: this is the seed's v1 endpoint
        (`GET /kappa/v1/sessions`, the channel taken from the JWT); the vendor's current API is `GET
        /kappa/v2/sessions/{channel}`.

        Args:
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired.
                The vendor does not document an error body.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            LegacySession
        """

        kwargs = _sessions__get_current_session._get_kwargs()
        response = await self._client._arequest(
            kwargs,
            _sessions__get_current_session._parse,
            _sessions__get_current_session._parse_error,
            self._merge(options),
        )
        return response.parsed


class AsyncStreamElements(_StreamElementsBase):
    """StreamElements Kappa sessions client (async).

    ``AsyncStreamElements(*, token=None, base_url=None, **options)``: the token defaults to the
    environment variable ``STREAMELEMENTS_JWT_TOKEN`` (a missing one raises MissingTokenError), the base URL to
    ``STREAMELEMENTS_BASE_URL``, else https://api.streamelements.com/kappa/v2. Options: timeout, max_retries, headers,
    httpx_args and more (`client.ClientOptions`); `with_options(...)` returns a copy with some changed.
    Use it as a context manager (``async with``) or call `aclose`.
    """

    @property
    def with_raw_response(self) -> _raw.AsyncStreamElementsWithRawResponse:
        """The same resources, whose methods return the raw response (status, headers; the body on demand)."""
        return _raw.AsyncStreamElementsWithRawResponse(self)

    @property
    def sessions(self) -> AsyncSessionsResource:
        """Sessions: `get`, `replace`, `reset`, `top`, `get_current`, `settings`."""
        return AsyncSessionsResource(self)
