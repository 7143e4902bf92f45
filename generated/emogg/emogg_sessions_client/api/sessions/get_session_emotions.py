from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ...client import AuthenticatedClient, Client, path_segment
from ...types import UNSET, RequestOptions, Response, Unset, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.session_emotions import SessionEmotions


def _get_kwargs(
    session_id: str,
    *,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand[]"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sessions/{session_id}/emotions".format(
            session_id=path_segment(session_id, "session_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse(response: httpx.Response) -> SessionEmotions:
    """The body of a 2xx response."""
    from ...models.session_emotions import SessionEmotions  # noqa: PLC0415

    response_200: SessionEmotions | None = decode_typed(response, SessionEmotions)
    if response_200 is None:
        response_200 = SessionEmotions.from_dict(decode_json(response))

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
    expand: list[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[SessionEmotions]:
    """Total Emotions

     Get the quantity of each emotion detected during a specific session.

    Args:
        session_id (str): ID of the session.
        expand (list[str] | Unset): Names of fields to expand (sent as repeated `expand[]`
            parameters).
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
        Response[SessionEmotions]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        expand=expand,
    )
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> SessionEmotions:
    """Total Emotions

     Get the quantity of each emotion detected during a specific session.

    Args:
        session_id (str): ID of the session.
        expand (list[str] | Unset): Names of fields to expand (sent as repeated `expand[]`
            parameters).
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
        SessionEmotions
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        expand=expand,
        **options,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[SessionEmotions]:
    """Total Emotions

     Get the quantity of each emotion detected during a specific session.

    Args:
        session_id (str): ID of the session.
        expand (list[str] | Unset): Names of fields to expand (sent as repeated `expand[]`
            parameters).
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
        Response[SessionEmotions]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        expand=expand,
    )
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> SessionEmotions:
    """Total Emotions

     Get the quantity of each emotion detected during a specific session.

    Args:
        session_id (str): ID of the session.
        expand (list[str] | Unset): Names of fields to expand (sent as repeated `expand[]`
            parameters).
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
        SessionEmotions
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            expand=expand,
            **options,
        )
    ).parsed
