from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ...client import AuthenticatedClient, Client, path_segment
from ...types import RequestOptions, Response, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.session import Session


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/session/{id}".format(
            id=path_segment(id, "id"),
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
    from ...models.error_body import ErrorBody  # noqa: PLC0415

    if response.status_code in (401, 404):
        response_401: ErrorBody | None = decode_typed(response, ErrorBody)
        if response_401 is None:
            response_401 = ErrorBody.from_dict(decode_json(response))

        return response_401
    return None


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    **options: Unpack[RequestOptions],
) -> Response[Session]:
    """Retrieve a session

     Returns the session with the given ID.

    Args:
        id (str):
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API key is missing or invalid.
        errors.NotFoundError: 404, No session with this ID exists.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[Session]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        id=id,
    )
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    **options: Unpack[RequestOptions],
) -> Session:
    """Retrieve a session

     Returns the session with the given ID.

    Args:
        id (str):
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API key is missing or invalid.
        errors.NotFoundError: 404, No session with this ID exists.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Session
    """

    return sync_detailed(
        id=id,
        client=client,
        **options,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    **options: Unpack[RequestOptions],
) -> Response[Session]:
    """Retrieve a session

     Returns the session with the given ID.

    Args:
        id (str):
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API key is missing or invalid.
        errors.NotFoundError: 404, No session with this ID exists.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[Session]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        id=id,
    )
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    **options: Unpack[RequestOptions],
) -> Session:
    """Retrieve a session

     Returns the session with the given ID.

    Args:
        id (str):
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API key is missing or invalid.
        errors.NotFoundError: 404, No session with this ID exists.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Session
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            **options,
        )
    ).parsed
