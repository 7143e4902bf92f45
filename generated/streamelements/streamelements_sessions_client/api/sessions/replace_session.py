from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ...client import AuthenticatedClient, Client, path_segment
from ...types import RequestOptions, Response, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.session import Session
    from ...models.session_update import SessionUpdate


def _get_kwargs(
    channel: str,
    *,
    body: SessionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sessions/{channel}".format(
            channel=path_segment(channel, "channel"),
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
    from ...models.session_update import SessionUpdate  # noqa: PLC0415

    return checked_argument("body", body, SessionUpdate)


def _parse(response: httpx.Response) -> Session:
    """The body of a 2xx response."""
    from ...models.session import Session  # noqa: PLC0415

    response_200: Session | None = decode_typed(response, Session)
    if response_200 is None:
        response_200 = Session.from_dict(decode_json(response))

    return response_200


def _parse_error(response: httpx.Response) -> Any:
    """The documented body of an error response, or None (the client then raises the typed error)."""
    from ...models.boom_error import BoomError  # noqa: PLC0415

    if response.status_code in (400, 401, 404):
        response_400: BoomError | None = decode_typed(response, BoomError)
        if response_400 is None:
            response_400 = BoomError.from_dict(decode_json(response))

        return response_400
    return None


def sync_detailed(
    channel: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionUpdate,
    **options: Unpack[RequestOptions],
) -> Response[Session]:
    """Update session data

     Update session data.

    Args:
        channel (str):
        body (SessionUpdate): The body of `PUT /sessions/{channel}`: the session data to store.
            Every field is optional and further fields are passed on.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, The request is invalid (e.g. a malformed channel id or body), as a Hapi/Boom
            error body with the validation `details`.
        errors.AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired
            (a Hapi/Boom error body).
        errors.NotFoundError: 404, No session exists for this channel (a Hapi/Boom error body).
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[Session]: the parsed body with the status, headers and content.
    """

    body = _checked_body(body)
    kwargs = _get_kwargs(
        channel=channel,
        body=body,
    )
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    channel: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionUpdate,
    **options: Unpack[RequestOptions],
) -> Session:
    """Update session data

     Update session data.

    Args:
        channel (str):
        body (SessionUpdate): The body of `PUT /sessions/{channel}`: the session data to store.
            Every field is optional and further fields are passed on.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, The request is invalid (e.g. a malformed channel id or body), as a Hapi/Boom
            error body with the validation `details`.
        errors.AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired
            (a Hapi/Boom error body).
        errors.NotFoundError: 404, No session exists for this channel (a Hapi/Boom error body).
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Session
    """

    return sync_detailed(
        channel=channel,
        client=client,
        body=body,
        **options,
    ).parsed


async def asyncio_detailed(
    channel: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionUpdate,
    **options: Unpack[RequestOptions],
) -> Response[Session]:
    """Update session data

     Update session data.

    Args:
        channel (str):
        body (SessionUpdate): The body of `PUT /sessions/{channel}`: the session data to store.
            Every field is optional and further fields are passed on.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, The request is invalid (e.g. a malformed channel id or body), as a Hapi/Boom
            error body with the validation `details`.
        errors.AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired
            (a Hapi/Boom error body).
        errors.NotFoundError: 404, No session exists for this channel (a Hapi/Boom error body).
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[Session]: the parsed body with the status, headers and content.
    """

    body = _checked_body(body)
    kwargs = _get_kwargs(
        channel=channel,
        body=body,
    )
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    channel: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionUpdate,
    **options: Unpack[RequestOptions],
) -> Session:
    """Update session data

     Update session data.

    Args:
        channel (str):
        body (SessionUpdate): The body of `PUT /sessions/{channel}`: the session data to store.
            Every field is optional and further fields are passed on.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, The request is invalid (e.g. a malformed channel id or body), as a Hapi/Boom
            error body with the validation `details`.
        errors.AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired
            (a Hapi/Boom error body).
        errors.NotFoundError: 404, No session exists for this channel (a Hapi/Boom error body).
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Session
    """

    return (
        await asyncio_detailed(
            channel=channel,
            client=client,
            body=body,
            **options,
        )
    ).parsed
