"""The resource layer of this client: `CloudflareRealtimeKit` and `AsyncCloudflareRealtimeKit`, one resource per noun of the
operations' Python names (the overlays' `x-python-method`), over the operation modules in `api/` (the low-level
layer, which stays). Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

import datetime
import functools
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ._sdk import (
    USER_AGENT,
    AsyncPager,
    RawResponse,
    Resource,
    SyncPage,
    configure_logging,
    env_base_url,
    env_token,
    log_exchange,
    raw_response,
)
from .api.sessions import list_sessions as _sessions__list_sessions
from .client import DEFAULT_BASE_URL, AuthenticatedClient, ClientOptions
from .types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from .models.list_sessions_response import ListSessionsResponse
    from .models.session import Session
    from .models.session_sort_by import SessionSortBy
    from .models.session_status import SessionStatus
    from .models.sort_order import SortOrder

__all__ = ["AsyncCloudflareRealtimeKit", "CloudflareRealtimeKit"]


class SessionsResource(Resource):
    """`client.sessions`"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> SessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return SessionsResourceWithRawResponse(self._client, self._options)

    def list_sessions(
        self,
        account_id: str,
        app_id: str,
        *,
        associated_id: str | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        participants: str | Unset = UNSET,
        per_page: float | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: SessionSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        status: SessionStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Session, ListSessionsResponse]:
        """Fetch all sessions of an App

        Returns details of all sessions of an App.

        Args:
            account_id (str):
            app_id (str):
            associated_id (str | Unset):
            end_time (datetime.datetime | Unset):
            participants (str | Unset):
            per_page (float | Unset):
            search (str | Unset):
            sort_by (SessionSortBy | Unset): The field to sort sessions by.
            sort_order (SortOrder | Unset): The sort order.
            start_time (datetime.datetime | Unset):
            status (SessionStatus | Unset): Status of a session.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this page.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            SyncPage[Session, ListSessionsResponse]: the first page; iterate it for every item of every page, fetched lazily.
        """

        kwargs = _sessions__list_sessions._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            associated_id=associated_id,
            end_time=end_time,
            participants=participants,
            per_page=per_page,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_time=start_time,
            status=status,
        )
        pages = functools.partial(
            self._client._iter_pages,
            kwargs,
            _sessions__list_sessions._parse,
            _sessions__list_sessions._parse_error,
            self._merge(options),
            _sessions__list_sessions._PAGING,
        )
        return SyncPage(pages(), pages, _sessions__list_sessions._items, "paging.total_count", None)


class SessionsResourceWithRawResponse(Resource):
    """The raw-response twin of SessionsResource: every method returns a RawResponse."""

    __slots__ = ()

    def list_sessions(
        self,
        account_id: str,
        app_id: str,
        *,
        associated_id: str | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        participants: str | Unset = UNSET,
        per_page: float | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: SessionSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        status: SessionStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[ListSessionsResponse]:
        """Fetch all sessions of an App

        Returns details of all sessions of an App.

        Args:
            account_id (str):
            app_id (str):
            associated_id (str | Unset):
            end_time (datetime.datetime | Unset):
            participants (str | Unset):
            per_page (float | Unset):
            search (str | Unset):
            sort_by (SessionSortBy | Unset): The field to sort sessions by.
            sort_order (SortOrder | Unset): The sort order.
            start_time (datetime.datetime | Unset):
            status (SessionStatus | Unset): Status of a session.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this page.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            RawResponse[ListSessionsResponse]: the status and headers; `.parse()` decodes the body (the first page's).
        """

        kwargs = _sessions__list_sessions._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            associated_id=associated_id,
            end_time=end_time,
            participants=participants,
            per_page=per_page,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_time=start_time,
            status=status,
        )
        kwargs = _sessions__list_sessions._PAGING.first(kwargs)
        response = self._client._send(kwargs, self._merge(options))
        return raw_response(
            self._client, response, _sessions__list_sessions._parse, _sessions__list_sessions._parse_error
        )


class AsyncSessionsResource(Resource):
    """`client.sessions` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncSessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return AsyncSessionsResourceWithRawResponse(self._client, self._options)

    def list_sessions(
        self,
        account_id: str,
        app_id: str,
        *,
        associated_id: str | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        participants: str | Unset = UNSET,
        per_page: float | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: SessionSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        status: SessionStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Session, ListSessionsResponse]:
        """Fetch all sessions of an App

        Returns details of all sessions of an App.

        Args:
            account_id (str):
            app_id (str):
            associated_id (str | Unset):
            end_time (datetime.datetime | Unset):
            participants (str | Unset):
            per_page (float | Unset):
            search (str | Unset):
            sort_by (SessionSortBy | Unset): The field to sort sessions by.
            sort_order (SortOrder | Unset): The sort order.
            start_time (datetime.datetime | Unset):
            status (SessionStatus | Unset): Status of a session.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this page.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            AsyncPager[Session, ListSessionsResponse]: await it for the first page, or `async for` over every item of every page.
        """

        kwargs = _sessions__list_sessions._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            associated_id=associated_id,
            end_time=end_time,
            participants=participants,
            per_page=per_page,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_time=start_time,
            status=status,
        )
        pages = functools.partial(
            self._client._aiter_pages,
            kwargs,
            _sessions__list_sessions._parse,
            _sessions__list_sessions._parse_error,
            self._merge(options),
            _sessions__list_sessions._PAGING,
        )
        return AsyncPager(pages, _sessions__list_sessions._items, "paging.total_count", None)


class AsyncSessionsResourceWithRawResponse(Resource):
    """The raw-response twin of AsyncSessionsResource: every method returns a RawResponse."""

    __slots__ = ()

    async def list_sessions(
        self,
        account_id: str,
        app_id: str,
        *,
        associated_id: str | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        participants: str | Unset = UNSET,
        per_page: float | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: SessionSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        status: SessionStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[ListSessionsResponse]:
        """Fetch all sessions of an App

        Returns details of all sessions of an App.

        Args:
            account_id (str):
            app_id (str):
            associated_id (str | Unset):
            end_time (datetime.datetime | Unset):
            participants (str | Unset):
            per_page (float | Unset):
            search (str | Unset):
            sort_by (SessionSortBy | Unset): The field to sort sessions by.
            sort_order (SortOrder | Unset): The sort order.
            start_time (datetime.datetime | Unset):
            status (SessionStatus | Unset): Status of a session.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this page.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            RawResponse[ListSessionsResponse]: the status and headers; `.parse()` decodes the body (the first page's).
        """

        kwargs = _sessions__list_sessions._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            associated_id=associated_id,
            end_time=end_time,
            participants=participants,
            per_page=per_page,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_time=start_time,
            status=status,
        )
        kwargs = _sessions__list_sessions._PAGING.first(kwargs)
        response = await self._client._asend(kwargs, self._merge(options))
        return raw_response(
            self._client, response, _sessions__list_sessions._parse, _sessions__list_sessions._parse_error
        )


class CloudflareRealtimeKitWithRawResponse:
    """`client.with_raw_response`: the resources whose methods return the raw response."""

    __slots__ = ("_client", "_options")

    def __init__(self, client: AuthenticatedClient, options: RequestOptions | None = None) -> None:
        self._client = client
        self._options: RequestOptions = options or {}

    @property
    def sessions(self) -> SessionsResourceWithRawResponse:
        """Sessions: `list_sessions`."""
        return SessionsResourceWithRawResponse(self._client, self._options)


class AsyncCloudflareRealtimeKitWithRawResponse:
    """`client.with_raw_response`: the resources whose methods return the raw response."""

    __slots__ = ("_client", "_options")

    def __init__(self, client: AuthenticatedClient, options: RequestOptions | None = None) -> None:
        self._client = client
        self._options: RequestOptions = options or {}

    @property
    def sessions(self) -> AsyncSessionsResourceWithRawResponse:
        """Sessions: `list_sessions`."""
        return AsyncSessionsResourceWithRawResponse(self._client, self._options)


class _CloudflareRealtimeKitBase(AuthenticatedClient):
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


class CloudflareRealtimeKit(_CloudflareRealtimeKitBase):
    """Cloudflare RealtimeKit sessions client.

    ``CloudflareRealtimeKit(*, token=None, base_url=None, **options)``: the token defaults to the
    environment variable ```` (a missing one raises MissingTokenError), the base URL to
    ````, else https://api.cloudflare.com/client/v4. Options: timeout, max_retries, headers,
    httpx_args and more (`client.ClientOptions`); `with_options(...)` returns a copy with some changed.
    Use it as a context manager (``with``) or call `close`.
    """

    @property
    def with_raw_response(self) -> CloudflareRealtimeKitWithRawResponse:
        """The same resources, whose methods return the raw response (status, headers; the body on demand)."""
        return CloudflareRealtimeKitWithRawResponse(self)

    @property
    def sessions(self) -> SessionsResource:
        """Sessions: `list_sessions`."""
        return SessionsResource(self)


class AsyncCloudflareRealtimeKit(_CloudflareRealtimeKitBase):
    """Cloudflare RealtimeKit sessions client (async).

    ``AsyncCloudflareRealtimeKit(*, token=None, base_url=None, **options)``: the token defaults to the
    environment variable ```` (a missing one raises MissingTokenError), the base URL to
    ````, else https://api.cloudflare.com/client/v4. Options: timeout, max_retries, headers,
    httpx_args and more (`client.ClientOptions`); `with_options(...)` returns a copy with some changed.
    Use it as a context manager (``async with``) or call `aclose`.
    """

    @property
    def with_raw_response(self) -> AsyncCloudflareRealtimeKitWithRawResponse:
        """The same resources, whose methods return the raw response (status, headers; the body on demand)."""
        return AsyncCloudflareRealtimeKitWithRawResponse(self)

    @property
    def sessions(self) -> AsyncSessionsResource:
        """Sessions: `list_sessions`."""
        return AsyncSessionsResource(self)
