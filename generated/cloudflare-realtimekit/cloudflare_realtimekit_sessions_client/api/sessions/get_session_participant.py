from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ...client import AuthenticatedClient, Client, path_segment
from ...types import UNSET, RequestOptions, Response, Unset, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.participant_response import ParticipantResponse


def _get_kwargs(
    account_id: str,
    app_id: str,
    session_id: str,
    participant_id: str,
    *,
    include_peer_events: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_peer_events"] = include_peer_events

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/participants/{participant_id}".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
            session_id=path_segment(session_id, "session_id"),
            participant_id=path_segment(participant_id, "participant_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse(response: httpx.Response) -> ParticipantResponse:
    """The body of a 2xx response."""
    from ...models.participant_response import ParticipantResponse  # noqa: PLC0415

    response_200: ParticipantResponse | None = decode_typed(response, ParticipantResponse)
    if response_200 is None:
        response_200 = ParticipantResponse.from_dict(decode_json(response))

    return response_200


def _parse_error(response: httpx.Response) -> Any:
    """The documented body of an error response, or None (the client then raises the typed error)."""
    from ...models.error_envelope import ErrorEnvelope  # noqa: PLC0415

    if response.status_code in (401, 403):
        response_401: ErrorEnvelope | None = decode_typed(response, ErrorEnvelope)
        if response_401 is None:
            response_401 = ErrorEnvelope.from_dict(decode_json(response))

        return response_401
    return None


def sync_detailed(
    account_id: str,
    app_id: str,
    session_id: str,
    participant_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_peer_events: bool | Unset = False,
    **options: Unpack[RequestOptions],
) -> Response[ParticipantResponse]:
    """Fetch details of a participant

     Returns details of the given participant ID for the given session ID. Use the peer report endpoint
    to retrieve call statistics.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        participant_id (str):
        include_peer_events (bool | Unset):  Default: False.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
            envelope, documented Cloudflare-wide rather than on this operation.
        errors.PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
            "Realtime"). The body is Cloudflare's standard v4 error envelope with code
            10000, documented Cloudflare-wide rather than on this operation.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[ParticipantResponse]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        participant_id=participant_id,
        include_peer_events=include_peer_events,
    )
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    account_id: str,
    app_id: str,
    session_id: str,
    participant_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_peer_events: bool | Unset = False,
    **options: Unpack[RequestOptions],
) -> ParticipantResponse:
    """Fetch details of a participant

     Returns details of the given participant ID for the given session ID. Use the peer report endpoint
    to retrieve call statistics.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        participant_id (str):
        include_peer_events (bool | Unset):  Default: False.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
            envelope, documented Cloudflare-wide rather than on this operation.
        errors.PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
            "Realtime"). The body is Cloudflare's standard v4 error envelope with code
            10000, documented Cloudflare-wide rather than on this operation.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        ParticipantResponse
    """

    return sync_detailed(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        participant_id=participant_id,
        client=client,
        include_peer_events=include_peer_events,
        **options,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    session_id: str,
    participant_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_peer_events: bool | Unset = False,
    **options: Unpack[RequestOptions],
) -> Response[ParticipantResponse]:
    """Fetch details of a participant

     Returns details of the given participant ID for the given session ID. Use the peer report endpoint
    to retrieve call statistics.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        participant_id (str):
        include_peer_events (bool | Unset):  Default: False.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
            envelope, documented Cloudflare-wide rather than on this operation.
        errors.PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
            "Realtime"). The body is Cloudflare's standard v4 error envelope with code
            10000, documented Cloudflare-wide rather than on this operation.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[ParticipantResponse]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        participant_id=participant_id,
        include_peer_events=include_peer_events,
    )
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    account_id: str,
    app_id: str,
    session_id: str,
    participant_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_peer_events: bool | Unset = False,
    **options: Unpack[RequestOptions],
) -> ParticipantResponse:
    """Fetch details of a participant

     Returns details of the given participant ID for the given session ID. Use the peer report endpoint
    to retrieve call statistics.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        participant_id (str):
        include_peer_events (bool | Unset):  Default: False.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
            envelope, documented Cloudflare-wide rather than on this operation.
        errors.PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
            "Realtime"). The body is Cloudflare's standard v4 error envelope with code
            10000, documented Cloudflare-wide rather than on this operation.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        ParticipantResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            app_id=app_id,
            session_id=session_id,
            participant_id=participant_id,
            client=client,
            include_peer_events=include_peer_events,
            **options,
        )
    ).parsed
