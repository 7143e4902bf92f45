from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ...client import AuthenticatedClient, Client
from ...types import RequestOptions, Response, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.create_session_body import CreateSessionBody
    from ...models.session import Session


def _get_kwargs(
    *,
    body: CreateSessionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _checked_body(body: Any) -> Any:
    """`body` checked against its declared type before anything is sent: TypeError naming it when it fits none of
    the declared types, ValueError when JSON cannot hold a value in it (see _arguments.py)."""
    from ..._arguments import checked_argument  # noqa: PLC0415
    from ...models.create_session_body import CreateSessionBody  # noqa: PLC0415

    return checked_argument("body", body, CreateSessionBody)


def _parse(response: httpx.Response) -> Session:
    """The body of a 2xx response."""
    from ...models.session import Session  # noqa: PLC0415

    response_201: Session | None = decode_typed(response, Session)
    if response_201 is None:
        response_201 = Session.from_dict(decode_json(response))

    return response_201


def _parse_error(response: httpx.Response) -> Any:
    """The documented body of an error response, or None (the client then raises the typed error)."""
    from ...models.error import Error  # noqa: PLC0415

    if response.status_code in (400, 401, 429):
        response_400: Error | None = decode_typed(response, Error)
        if response_400 is None:
            response_400 = Error.from_dict(decode_json(response))

        return response_400
    return None


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSessionBody,
    **options: Unpack[RequestOptions],
) -> Response[Session]:
    """Create a session

     Initiates a new session for emotion analysis by accepting a live stream URL. Each session is
    automatically assigned a worker which start analyzing the emotions in the stream in real-time until
    the session is stopped (See Stop session). You can monitor the state of the analysis by checking the
    meta.workerState field of the session or in real time using the WS API. At the moment, video
    sessions are not supported by the API. Stream maximum allowed resolution is 1080p. If provided
    stream resolution is higher, the session will be stopped and no data will be analyzed.

    Args:
        body (CreateSessionBody): The request body of Create a session.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, Server received an invalid request body or invalid query parameters.
        errors.AuthenticationError: 401, The request has not been processed because valid authentication credentials were
            not specified (a missing or invalid bearer token).
        errors.RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
            (`RateLimit-Reset` is the time until it is full); the vendor documents no
            `Retry-After`.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[Session]: the parsed body with the status, headers and content.
    """

    body = _checked_body(body)
    kwargs = _get_kwargs(
        body=body,
    )
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSessionBody,
    **options: Unpack[RequestOptions],
) -> Session:
    """Create a session

     Initiates a new session for emotion analysis by accepting a live stream URL. Each session is
    automatically assigned a worker which start analyzing the emotions in the stream in real-time until
    the session is stopped (See Stop session). You can monitor the state of the analysis by checking the
    meta.workerState field of the session or in real time using the WS API. At the moment, video
    sessions are not supported by the API. Stream maximum allowed resolution is 1080p. If provided
    stream resolution is higher, the session will be stopped and no data will be analyzed.

    Args:
        body (CreateSessionBody): The request body of Create a session.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, Server received an invalid request body or invalid query parameters.
        errors.AuthenticationError: 401, The request has not been processed because valid authentication credentials were
            not specified (a missing or invalid bearer token).
        errors.RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
            (`RateLimit-Reset` is the time until it is full); the vendor documents no
            `Retry-After`.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Session
    """

    return sync_detailed(
        client=client,
        body=body,
        **options,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSessionBody,
    **options: Unpack[RequestOptions],
) -> Response[Session]:
    """Create a session

     Initiates a new session for emotion analysis by accepting a live stream URL. Each session is
    automatically assigned a worker which start analyzing the emotions in the stream in real-time until
    the session is stopped (See Stop session). You can monitor the state of the analysis by checking the
    meta.workerState field of the session or in real time using the WS API. At the moment, video
    sessions are not supported by the API. Stream maximum allowed resolution is 1080p. If provided
    stream resolution is higher, the session will be stopped and no data will be analyzed.

    Args:
        body (CreateSessionBody): The request body of Create a session.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, Server received an invalid request body or invalid query parameters.
        errors.AuthenticationError: 401, The request has not been processed because valid authentication credentials were
            not specified (a missing or invalid bearer token).
        errors.RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
            (`RateLimit-Reset` is the time until it is full); the vendor documents no
            `Retry-After`.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[Session]: the parsed body with the status, headers and content.
    """

    body = _checked_body(body)
    kwargs = _get_kwargs(
        body=body,
    )
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSessionBody,
    **options: Unpack[RequestOptions],
) -> Session:
    """Create a session

     Initiates a new session for emotion analysis by accepting a live stream URL. Each session is
    automatically assigned a worker which start analyzing the emotions in the stream in real-time until
    the session is stopped (See Stop session). You can monitor the state of the analysis by checking the
    meta.workerState field of the session or in real time using the WS API. At the moment, video
    sessions are not supported by the API. Stream maximum allowed resolution is 1080p. If provided
    stream resolution is higher, the session will be stopped and no data will be analyzed.

    Args:
        body (CreateSessionBody): The request body of Create a session.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, Server received an invalid request body or invalid query parameters.
        errors.AuthenticationError: 401, The request has not been processed because valid authentication credentials were
            not specified (a missing or invalid bearer token).
        errors.RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
            (`RateLimit-Reset` is the time until it is full); the vendor documents no
            `Retry-After`.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Session
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            **options,
        )
    ).parsed
