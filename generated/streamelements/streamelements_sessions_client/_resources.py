"""The resource layer of this client, one resource per noun of the operations' Python names (the overlays'
`x-python-method`), over the operation modules in `api/` (the low-level layer, which stays): here the sync client
`StreamElements` and its resources. The async client is in `_async_resources.py`, the raw-response twins in
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
    from .models.legacy_session import LegacySession
    from .models.session import Session
    from .models.session_data import SessionData
    from .models.session_settings import SessionSettings
    from .models.top_event import TopEvent


__all__ = ["StreamElements"]


class SessionsSettingsResource(Resource):
    """`client.sessions.settings`"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.SessionsSettingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.SessionsSettingsResourceWithRawResponse(self)

    def get(
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
        response = self._client._request(
            kwargs,
            _sessions__get_session_settings._parse,
            _sessions__get_session_settings._parse_error,
            self._merge(options),
        )
        return response.parsed

    def replace(
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
        response = self._client._request(
            kwargs,
            _sessions__replace_session_settings._parse,
            _sessions__replace_session_settings._parse_error,
            self._merge(options),
        )
        return response.parsed


class SessionsResource(Resource):
    """`client.sessions`"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.SessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.SessionsResourceWithRawResponse(self)

    @property
    def settings(self) -> SessionsSettingsResource:
        """Settings: `get`, `replace`."""
        return SessionsSettingsResource(self._client, self._options)

    def get(
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
        response = self._client._request(
            kwargs, _sessions__get_session._parse, _sessions__get_session._parse_error, self._merge(options)
        )
        return response.parsed

    def replace(
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
        response = self._client._request(
            kwargs, _sessions__replace_session._parse, _sessions__replace_session._parse_error, self._merge(options)
        )
        return response.parsed

    def reset(
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
        response = self._client._request(
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
    ) -> SyncPage[TopEvent, builtins.list[TopEvent]]:
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
            SyncPage[TopEvent, list[TopEvent]]: the first page; iterate it for every item of every page, fetched lazily.
        """

        kwargs = _sessions__list_top_events._get_kwargs(
            channel=channel,
            limit=limit,
            offset=offset,
            interval=interval,
            type_=type_,
        )
        pages = functools.partial(
            self._client._iter_pages,
            kwargs,
            _sessions__list_top_events._parse,
            _sessions__list_top_events._parse_error,
            self._merge(options),
            _sessions__list_top_events._PAGING,
        )
        return _pages.SyncPage(pages(), pages, _sessions__list_top_events._items, None, None)

    def get_current(
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
        response = self._client._request(
            kwargs,
            _sessions__get_current_session._parse,
            _sessions__get_current_session._parse_error,
            self._merge(options),
        )
        return response.parsed


class _StreamElementsBase(AuthenticatedClient):
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


class StreamElements(_StreamElementsBase):
    """StreamElements Kappa sessions client.

    ``StreamElements(*, token=None, base_url=None, **options)``: the token defaults to the
    environment variable ``STREAMELEMENTS_JWT_TOKEN`` (a missing one raises MissingTokenError), the base URL to
    ``STREAMELEMENTS_BASE_URL``, else https://api.streamelements.com/kappa/v2. Options: timeout, max_retries, headers,
    httpx_args and more (`client.ClientOptions`); `with_options(...)` returns a copy with some changed.
    Use it as a context manager (``with``) or call `close`.
    """

    @property
    def with_raw_response(self) -> _raw.StreamElementsWithRawResponse:
        """The same resources, whose methods return the raw response (status, headers; the body on demand)."""
        return _raw.StreamElementsWithRawResponse(self)

    @property
    def sessions(self) -> SessionsResource:
        """Sessions: `get`, `replace`, `reset`, `top`, `get_current`, `settings`."""
        return SessionsResource(self)
