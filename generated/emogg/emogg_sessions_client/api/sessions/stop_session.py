from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ...client import AuthenticatedClient, Client, path_segment
from ...types import RequestOptions, Response, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.session import Session


def _get_kwargs(
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sessions/{session_id}/stop".format(
            session_id=path_segment(session_id, "session_id"),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Session:
    """The body of a 2xx response."""
    from ...models.session import Session  # noqa: PLC0415

    response_200: Session | None = decode_typed(response, Session)
    if response_200 is None:
        response_200 = Session.from_dict(decode_json(response))

    return response_200


def _parse_error(response: httpx.Response) -> Any:
    """The documented body of an error response, or None (the client then raises the typed error)."""
    from ...models.error import Error  # noqa: PLC0415

    if response.status_code in (400, 401, 404, 429):
        response_400: Error | None = decode_typed(response, Error)
        if response_400 is None:
            response_400 = Error.from_dict(decode_json(response))

        return response_400
    return None


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    **options: Unpack[RequestOptions],
) -> Response[Session]:
    """Stop a session

     Stops a session created with the Create session endpoint. After this call, the session will
    transition to the finished state and its worker will be stopped hence no more data will be
    collected.

    Args:
        session_id (str): ID of the session.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, The session is not active.
        errors.AuthenticationError: 401, The request has not been processed because valid authentication credentials were
            not specified (a missing or invalid bearer token).
        errors.NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
            this action on it.
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

    kwargs = _get_kwargs(
        session_id=session_id,
    )
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    **options: Unpack[RequestOptions],
) -> Session:
    """Stop a session

     Stops a session created with the Create session endpoint. After this call, the session will
    transition to the finished state and its worker will be stopped hence no more data will be
    collected.

    Args:
        session_id (str): ID of the session.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, The session is not active.
        errors.AuthenticationError: 401, The request has not been processed because valid authentication credentials were
            not specified (a missing or invalid bearer token).
        errors.NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
            this action on it.
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
        session_id=session_id,
        client=client,
        **options,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    **options: Unpack[RequestOptions],
) -> Response[Session]:
    """Stop a session

     Stops a session created with the Create session endpoint. After this call, the session will
    transition to the finished state and its worker will be stopped hence no more data will be
    collected.

    Args:
        session_id (str): ID of the session.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, The session is not active.
        errors.AuthenticationError: 401, The request has not been processed because valid authentication credentials were
            not specified (a missing or invalid bearer token).
        errors.NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
            this action on it.
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

    kwargs = _get_kwargs(
        session_id=session_id,
    )
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    **options: Unpack[RequestOptions],
) -> Session:
    """Stop a session

     Stops a session created with the Create session endpoint. After this call, the session will
    transition to the finished state and its worker will be stopped hence no more data will be
    collected.

    Args:
        session_id (str): ID of the session.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, The session is not active.
        errors.AuthenticationError: 401, The request has not been processed because valid authentication credentials were
            not specified (a missing or invalid bearer token).
        errors.NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
            this action on it.
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
            session_id=session_id,
            client=client,
            **options,
        )
    ).parsed
