from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ...client import AuthenticatedClient, Client, path_segment
from ...types import RequestOptions, Response, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.session import Session
    from ...models.update_session_body import UpdateSessionBody


def _get_kwargs(
    session_id: str,
    *,
    body: UpdateSessionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/sessions/{session_id}".format(
            session_id=path_segment(session_id, "session_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _checked_body(body: Any) -> Any:
    """`body` checked against its declared type before anything is sent: TypeError naming it when it fits none of
    the declared types, ValueError when JSON cannot hold a value in it (see _arguments.py)."""
    from ..._arguments import checked_argument  # noqa: PLC0415
    from ...models.update_session_body import UpdateSessionBody  # noqa: PLC0415

    return checked_argument("body", body, UpdateSessionBody)


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
    body: UpdateSessionBody,
    **options: Unpack[RequestOptions],
) -> Response[Session]:
    """Update a session

     Updates the parameters passed on the specified session. At the moment, you can only edit the name of
    a session. All the other fields are handled by our internal systems and are readonly for the end-
    user.

    Args:
        session_id (str): ID of the session.
        body (UpdateSessionBody): The request body of Update a session. At the moment, only the
            name can be edited; other fields are read-only.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, Server received an invalid request body or invalid query parameters.
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

    body = _checked_body(body)
    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSessionBody,
    **options: Unpack[RequestOptions],
) -> Session:
    """Update a session

     Updates the parameters passed on the specified session. At the moment, you can only edit the name of
    a session. All the other fields are handled by our internal systems and are readonly for the end-
    user.

    Args:
        session_id (str): ID of the session.
        body (UpdateSessionBody): The request body of Update a session. At the moment, only the
            name can be edited; other fields are read-only.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, Server received an invalid request body or invalid query parameters.
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
        body=body,
        **options,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSessionBody,
    **options: Unpack[RequestOptions],
) -> Response[Session]:
    """Update a session

     Updates the parameters passed on the specified session. At the moment, you can only edit the name of
    a session. All the other fields are handled by our internal systems and are readonly for the end-
    user.

    Args:
        session_id (str): ID of the session.
        body (UpdateSessionBody): The request body of Update a session. At the moment, only the
            name can be edited; other fields are read-only.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, Server received an invalid request body or invalid query parameters.
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

    body = _checked_body(body)
    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSessionBody,
    **options: Unpack[RequestOptions],
) -> Session:
    """Update a session

     Updates the parameters passed on the specified session. At the moment, you can only edit the name of
    a session. All the other fields are handled by our internal systems and are readonly for the end-
    user.

    Args:
        session_id (str): ID of the session.
        body (UpdateSessionBody): The request body of Update a session. At the moment, only the
            name can be edited; other fields are read-only.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, Server received an invalid request body or invalid query parameters.
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
            body=body,
            **options,
        )
    ).parsed
