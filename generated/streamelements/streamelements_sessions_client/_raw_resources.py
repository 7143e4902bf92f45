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
    from ._pages import RawResponse
else:
    # Pages and raw responses load with the first list or raw call, not with the client.
    _pages = LazyModule(f"{__package__}._pages", globals(), "_pages")

if TYPE_CHECKING:
    from .models.legacy_session import LegacySession
    from .models.session import Session
    from .models.session_data import SessionData
    from .models.session_settings import SessionSettings
    from .models.top_event import TopEvent


__all__: list[str] = []


class SessionsSettingsResourceWithRawResponse(Resource):
    """The raw-response twin of SessionsSettingsResource: every method returns a RawResponse."""

    __slots__ = ()

    def get(
        self,
        channel: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[SessionSettings]:
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
            RawResponse[SessionSettings]: the status and headers; `.parse()` decodes the body.
        """

        kwargs = _sessions__get_session_settings._get_kwargs(
            channel=channel,
        )
        response = self._client._send(kwargs, self._merge(options))
        return _pages.raw_response(
            self._client, response, _sessions__get_session_settings._parse, _sessions__get_session_settings._parse_error
        )

    def replace(
        self,
        channel: str,
        *,
        auto_reset: bool | Unset = UNSET,
        calendar: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[SessionSettings]:
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
            RawResponse[SessionSettings]: the status and headers; `.parse()` decodes the body.
        """

        from .models.session_settings_update import SessionSettingsUpdate  # noqa: PLC0415

        body = SessionSettingsUpdate(
            auto_reset=auto_reset,
            calendar=calendar,
        )
        kwargs = _sessions__replace_session_settings._get_kwargs(
            channel=channel,
            body=body,
        )
        response = self._client._send(kwargs, self._merge(options))
        return _pages.raw_response(
            self._client,
            response,
            _sessions__replace_session_settings._parse,
            _sessions__replace_session_settings._parse_error,
        )


class SessionsResourceWithRawResponse(Resource):
    """The raw-response twin of SessionsResource: every method returns a RawResponse."""

    __slots__ = ()

    @property
    def settings(self) -> SessionsSettingsResourceWithRawResponse:
        """Settings: `get`, `replace`."""
        return SessionsSettingsResourceWithRawResponse(self._client, self._options)

    def get(
        self,
        channel: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[Session]:
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
            RawResponse[Session]: the status and headers; `.parse()` decodes the body.
        """

        kwargs = _sessions__get_session._get_kwargs(
            channel=channel,
        )
        response = self._client._send(kwargs, self._merge(options))
        return _pages.raw_response(
            self._client, response, _sessions__get_session._parse, _sessions__get_session._parse_error
        )

    def replace(
        self,
        channel: str,
        *,
        data: SessionData | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[Session]:
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
            RawResponse[Session]: the status and headers; `.parse()` decodes the body.
        """

        from .models.session_update import SessionUpdate  # noqa: PLC0415

        body = SessionUpdate(
            data=data,
        )
        kwargs = _sessions__replace_session._get_kwargs(
            channel=channel,
            body=body,
        )
        response = self._client._send(kwargs, self._merge(options))
        return _pages.raw_response(
            self._client, response, _sessions__replace_session._parse, _sessions__replace_session._parse_error
        )

    def reset(
        self,
        channel: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[Session]:
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
            RawResponse[Session]: the status and headers; `.parse()` decodes the body.
        """

        kwargs = _sessions__reset_session._get_kwargs(
            channel=channel,
        )
        response = self._client._send(kwargs, self._merge(options))
        return _pages.raw_response(
            self._client, response, _sessions__reset_session._parse, _sessions__reset_session._parse_error
        )

    def top(
        self,
        channel: str,
        *,
        limit: int,
        offset: int,
        interval: str,
        type_: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[builtins.list[TopEvent]]:
        """Get top events from aggregates

        Get top events from aggregates.

        Args:
            channel (str):
            limit (int):
            offset (int):
            interval (str): One of `alltime`, `monthly`, `weekly`, `session` (an open set).
            type_ (str): One of `tip`, `cheer`, `stars`, `embers` (an open set).
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, The request is invalid (e.g. a malformed channel id or body), as a Hapi/Boom
                error body with the validation `details`.
            AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired
                (a Hapi/Boom error body).
            NotFoundError: 404, No session exists for this channel (a Hapi/Boom error body).
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            RawResponse[list[TopEvent]]: the status and headers; `.parse()` decodes the body (the first page's).
        """

        kwargs = _sessions__list_top_events._get_kwargs(
            channel=channel,
            limit=limit,
            offset=offset,
            interval=interval,
            type_=type_,
        )
        kwargs = _sessions__list_top_events._PAGING.first(kwargs)
        response = self._client._send(kwargs, self._merge(options))
        return _pages.raw_response(
            self._client, response, _sessions__list_top_events._parse, _sessions__list_top_events._parse_error
        )

    def get_current(
        self,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[LegacySession]:
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
            RawResponse[LegacySession]: the status and headers; `.parse()` decodes the body.
        """

        kwargs = _sessions__get_current_session._get_kwargs()
        response = self._client._send(kwargs, self._merge(options))
        return _pages.raw_response(
            self._client, response, _sessions__get_current_session._parse, _sessions__get_current_session._parse_error
        )


class StreamElementsWithRawResponse:
    """`client.with_raw_response`: the resources whose methods return the raw response."""

    __slots__ = ("_client", "_options")

    def __init__(self, client: AuthenticatedClient, options: RequestOptions | None = None) -> None:
        self._client = client
        self._options: RequestOptions = options or {}

    @property
    def sessions(self) -> SessionsResourceWithRawResponse:
        """Sessions: `get`, `replace`, `reset`, `top`, `get_current`, `settings`."""
        return SessionsResourceWithRawResponse(self._client, self._options)


class AsyncSessionsSettingsResourceWithRawResponse(Resource):
    """The raw-response twin of AsyncSessionsSettingsResource: every method returns a RawResponse."""

    __slots__ = ()

    async def get(
        self,
        channel: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[SessionSettings]:
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
            RawResponse[SessionSettings]: the status and headers; `.parse()` decodes the body.
        """

        kwargs = _sessions__get_session_settings._get_kwargs(
            channel=channel,
        )
        response = await self._client._asend(kwargs, self._merge(options))
        return _pages.raw_response(
            self._client, response, _sessions__get_session_settings._parse, _sessions__get_session_settings._parse_error
        )

    async def replace(
        self,
        channel: str,
        *,
        auto_reset: bool | Unset = UNSET,
        calendar: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[SessionSettings]:
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
            RawResponse[SessionSettings]: the status and headers; `.parse()` decodes the body.
        """

        from .models.session_settings_update import SessionSettingsUpdate  # noqa: PLC0415

        body = SessionSettingsUpdate(
            auto_reset=auto_reset,
            calendar=calendar,
        )
        kwargs = _sessions__replace_session_settings._get_kwargs(
            channel=channel,
            body=body,
        )
        response = await self._client._asend(kwargs, self._merge(options))
        return _pages.raw_response(
            self._client,
            response,
            _sessions__replace_session_settings._parse,
            _sessions__replace_session_settings._parse_error,
        )


class AsyncSessionsResourceWithRawResponse(Resource):
    """The raw-response twin of AsyncSessionsResource: every method returns a RawResponse."""

    __slots__ = ()

    @property
    def settings(self) -> AsyncSessionsSettingsResourceWithRawResponse:
        """Settings: `get`, `replace`."""
        return AsyncSessionsSettingsResourceWithRawResponse(self._client, self._options)

    async def get(
        self,
        channel: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[Session]:
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
            RawResponse[Session]: the status and headers; `.parse()` decodes the body.
        """

        kwargs = _sessions__get_session._get_kwargs(
            channel=channel,
        )
        response = await self._client._asend(kwargs, self._merge(options))
        return _pages.raw_response(
            self._client, response, _sessions__get_session._parse, _sessions__get_session._parse_error
        )

    async def replace(
        self,
        channel: str,
        *,
        data: SessionData | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[Session]:
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
            RawResponse[Session]: the status and headers; `.parse()` decodes the body.
        """

        from .models.session_update import SessionUpdate  # noqa: PLC0415

        body = SessionUpdate(
            data=data,
        )
        kwargs = _sessions__replace_session._get_kwargs(
            channel=channel,
            body=body,
        )
        response = await self._client._asend(kwargs, self._merge(options))
        return _pages.raw_response(
            self._client, response, _sessions__replace_session._parse, _sessions__replace_session._parse_error
        )

    async def reset(
        self,
        channel: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[Session]:
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
            RawResponse[Session]: the status and headers; `.parse()` decodes the body.
        """

        kwargs = _sessions__reset_session._get_kwargs(
            channel=channel,
        )
        response = await self._client._asend(kwargs, self._merge(options))
        return _pages.raw_response(
            self._client, response, _sessions__reset_session._parse, _sessions__reset_session._parse_error
        )

    async def top(
        self,
        channel: str,
        *,
        limit: int,
        offset: int,
        interval: str,
        type_: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[builtins.list[TopEvent]]:
        """Get top events from aggregates

        Get top events from aggregates.

        Args:
            channel (str):
            limit (int):
            offset (int):
            interval (str): One of `alltime`, `monthly`, `weekly`, `session` (an open set).
            type_ (str): One of `tip`, `cheer`, `stars`, `embers` (an open set).
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, The request is invalid (e.g. a malformed channel id or body), as a Hapi/Boom
                error body with the validation `details`.
            AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired
                (a Hapi/Boom error body).
            NotFoundError: 404, No session exists for this channel (a Hapi/Boom error body).
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            RawResponse[list[TopEvent]]: the status and headers; `.parse()` decodes the body (the first page's).
        """

        kwargs = _sessions__list_top_events._get_kwargs(
            channel=channel,
            limit=limit,
            offset=offset,
            interval=interval,
            type_=type_,
        )
        kwargs = _sessions__list_top_events._PAGING.first(kwargs)
        response = await self._client._asend(kwargs, self._merge(options))
        return _pages.raw_response(
            self._client, response, _sessions__list_top_events._parse, _sessions__list_top_events._parse_error
        )

    async def get_current(
        self,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[LegacySession]:
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
            RawResponse[LegacySession]: the status and headers; `.parse()` decodes the body.
        """

        kwargs = _sessions__get_current_session._get_kwargs()
        response = await self._client._asend(kwargs, self._merge(options))
        return _pages.raw_response(
            self._client, response, _sessions__get_current_session._parse, _sessions__get_current_session._parse_error
        )


class AsyncStreamElementsWithRawResponse:
    """`client.with_raw_response`: the resources whose methods return the raw response."""

    __slots__ = ("_client", "_options")

    def __init__(self, client: AuthenticatedClient, options: RequestOptions | None = None) -> None:
        self._client = client
        self._options: RequestOptions = options or {}

    @property
    def sessions(self) -> AsyncSessionsResourceWithRawResponse:
        """Sessions: `get`, `replace`, `reset`, `top`, `get_current`, `settings`."""
        return AsyncSessionsResourceWithRawResponse(self._client, self._options)
