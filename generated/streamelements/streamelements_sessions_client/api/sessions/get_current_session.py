from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ...client import AuthenticatedClient, Client
from ...types import RequestOptions, Response, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.legacy_session import LegacySession


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "../v1/sessions",
    }

    return _kwargs


def _parse(response: httpx.Response) -> LegacySession:
    """The body of a 2xx response."""
    from ...models.legacy_session import LegacySession  # noqa: PLC0415

    response_200: LegacySession | None = decode_typed(response, LegacySession)
    if response_200 is None:
        response_200 = LegacySession.from_dict(decode_json(response))

    return response_200


def _parse_error(response: httpx.Response) -> Any:
    """The documented body of an error response, or None (the client then raises the typed error)."""

    return None


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    **options: Unpack[RequestOptions],
) -> Response[LegacySession]:
    """Returns an object with information about your stream session

     Returns an object with information about your stream session. Legacy: this is the seed's v1 endpoint
    (`GET /kappa/v1/sessions`, the channel taken from the JWT); the vendor's current API is `GET
    /kappa/v2/sessions/{channel}`.

    Raises:
        errors.AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired.
            The vendor does not document an error body.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[LegacySession]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs()
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    *,
    client: AuthenticatedClient | Client,
    **options: Unpack[RequestOptions],
) -> LegacySession:
    """Returns an object with information about your stream session

     Returns an object with information about your stream session. Legacy: this is the seed's v1 endpoint
    (`GET /kappa/v1/sessions`, the channel taken from the JWT); the vendor's current API is `GET
    /kappa/v2/sessions/{channel}`.

    Raises:
        errors.AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired.
            The vendor does not document an error body.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        LegacySession
    """

    return sync_detailed(
        client=client,
        **options,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    **options: Unpack[RequestOptions],
) -> Response[LegacySession]:
    """Returns an object with information about your stream session

     Returns an object with information about your stream session. Legacy: this is the seed's v1 endpoint
    (`GET /kappa/v1/sessions`, the channel taken from the JWT); the vendor's current API is `GET
    /kappa/v2/sessions/{channel}`.

    Raises:
        errors.AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired.
            The vendor does not document an error body.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[LegacySession]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs()
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    **options: Unpack[RequestOptions],
) -> LegacySession:
    """Returns an object with information about your stream session

     Returns an object with information about your stream session. Legacy: this is the seed's v1 endpoint
    (`GET /kappa/v1/sessions`, the channel taken from the JWT); the vendor's current API is `GET
    /kappa/v2/sessions/{channel}`.

    Raises:
        errors.AuthenticationError: 401, The request is not authenticated: the bearer JWT is missing, invalid or expired.
            The vendor does not document an error body.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        LegacySession
    """

    return (
        await asyncio_detailed(
            client=client,
            **options,
        )
    ).parsed
