"""The resource layer of this client: `Emogg` and `AsyncEmogg`, one resource per noun of the
operations' Python names (the overlays' `x-python-method`), over the operation modules in `api/` (the low-level
layer, which stays). Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ._sdk import (
    USER_AGENT,
    RawResponse,
    Resource,
    configure_logging,
    env_base_url,
    env_token,
    log_exchange,
    raw_response,
)
from .api.sessions import get_session as _sessions__get_session
from .client import DEFAULT_BASE_URL, AuthenticatedClient, ClientOptions
from .types import RequestOptions

if TYPE_CHECKING:
    from .models.session import Session

__all__ = ["AsyncEmogg", "Emogg"]


class SessionsResource(Resource):
    """`client.sessions`"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> SessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return SessionsResourceWithRawResponse(self._client, self._options)

    def get(
        self,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Get a session

        Returns the specified session.

        Args:
            session_id (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The bearer token is missing or invalid. The vendor does not document this
                response's body.
            NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
                this action on it.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            Session
        """

        kwargs = _sessions__get_session._get_kwargs(
            session_id=session_id,
        )
        response = self._client._request(
            kwargs, _sessions__get_session._parse, _sessions__get_session._parse_error, self._merge(options)
        )
        return response.parsed


class SessionsResourceWithRawResponse(Resource):
    """The raw-response twin of SessionsResource: every method returns a RawResponse."""

    __slots__ = ()

    def get(
        self,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[Session]:
        """Get a session

        Returns the specified session.

        Args:
            session_id (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The bearer token is missing or invalid. The vendor does not document this
                response's body.
            NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
                this action on it.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            RawResponse[Session]: the status and headers; `.parse()` decodes the body.
        """

        kwargs = _sessions__get_session._get_kwargs(
            session_id=session_id,
        )
        response = self._client._send(kwargs, self._merge(options))
        return raw_response(self._client, response, _sessions__get_session._parse, _sessions__get_session._parse_error)


class AsyncSessionsResource(Resource):
    """`client.sessions` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncSessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return AsyncSessionsResourceWithRawResponse(self._client, self._options)

    async def get(
        self,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Get a session

        Returns the specified session.

        Args:
            session_id (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The bearer token is missing or invalid. The vendor does not document this
                response's body.
            NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
                this action on it.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            Session
        """

        kwargs = _sessions__get_session._get_kwargs(
            session_id=session_id,
        )
        response = await self._client._arequest(
            kwargs, _sessions__get_session._parse, _sessions__get_session._parse_error, self._merge(options)
        )
        return response.parsed


class AsyncSessionsResourceWithRawResponse(Resource):
    """The raw-response twin of AsyncSessionsResource: every method returns a RawResponse."""

    __slots__ = ()

    async def get(
        self,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[Session]:
        """Get a session

        Returns the specified session.

        Args:
            session_id (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The bearer token is missing or invalid. The vendor does not document this
                response's body.
            NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
                this action on it.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            RawResponse[Session]: the status and headers; `.parse()` decodes the body.
        """

        kwargs = _sessions__get_session._get_kwargs(
            session_id=session_id,
        )
        response = await self._client._asend(kwargs, self._merge(options))
        return raw_response(self._client, response, _sessions__get_session._parse, _sessions__get_session._parse_error)


class EmoggWithRawResponse:
    """`client.with_raw_response`: the resources whose methods return the raw response."""

    __slots__ = ("_client", "_options")

    def __init__(self, client: AuthenticatedClient, options: RequestOptions | None = None) -> None:
        self._client = client
        self._options: RequestOptions = options or {}

    @property
    def sessions(self) -> SessionsResourceWithRawResponse:
        """Sessions: `get`."""
        return SessionsResourceWithRawResponse(self._client, self._options)


class AsyncEmoggWithRawResponse:
    """`client.with_raw_response`: the resources whose methods return the raw response."""

    __slots__ = ("_client", "_options")

    def __init__(self, client: AuthenticatedClient, options: RequestOptions | None = None) -> None:
        self._client = client
        self._options: RequestOptions = options or {}

    @property
    def sessions(self) -> AsyncSessionsResourceWithRawResponse:
        """Sessions: `get`."""
        return AsyncSessionsResourceWithRawResponse(self._client, self._options)


class _EmoggBase(AuthenticatedClient):
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


class Emogg(_EmoggBase):
    """Emogg sessions client.

    ``Emogg(*, token=None, base_url=None, **options)``: the token defaults to the
    environment variable ``EMOGG_API_TOKEN`` (a missing one raises MissingTokenError), the base URL to
    ``EMOGG_BASE_URL``, else https://api.emogg.com. Options: timeout, max_retries, headers,
    httpx_args and more (`client.ClientOptions`); `with_options(...)` returns a copy with some changed.
    Use it as a context manager (``with``) or call `close`.
    """

    @property
    def with_raw_response(self) -> EmoggWithRawResponse:
        """The same resources, whose methods return the raw response (status, headers; the body on demand)."""
        return EmoggWithRawResponse(self)

    @property
    def sessions(self) -> SessionsResource:
        """Sessions: `get`."""
        return SessionsResource(self)


class AsyncEmogg(_EmoggBase):
    """Emogg sessions client (async).

    ``AsyncEmogg(*, token=None, base_url=None, **options)``: the token defaults to the
    environment variable ``EMOGG_API_TOKEN`` (a missing one raises MissingTokenError), the base URL to
    ``EMOGG_BASE_URL``, else https://api.emogg.com. Options: timeout, max_retries, headers,
    httpx_args and more (`client.ClientOptions`); `with_options(...)` returns a copy with some changed.
    Use it as a context manager (``async with``) or call `aclose`.
    """

    @property
    def with_raw_response(self) -> AsyncEmoggWithRawResponse:
        """The same resources, whose methods return the raw response (status, headers; the body on demand)."""
        return AsyncEmoggWithRawResponse(self)

    @property
    def sessions(self) -> AsyncSessionsResource:
        """Sessions: `get`."""
        return AsyncSessionsResource(self)
