from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ...client import AuthenticatedClient, Client, path_segment
from ...types import RequestOptions, Response, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.participant_selection import ParticipantSelection
    from ...models.participants_action_response import ParticipantsActionResponse


def _get_kwargs(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    body: ParticipantSelection,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/kick".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
            meeting_id=path_segment(meeting_id, "meeting_id"),
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
    from ...models.participant_selection import ParticipantSelection  # noqa: PLC0415

    return checked_argument("body", body, ParticipantSelection)


def _parse(response: httpx.Response) -> ParticipantsActionResponse:
    """The body of a 2xx response."""
    from ...models.participants_action_response import ParticipantsActionResponse  # noqa: PLC0415

    response_200: ParticipantsActionResponse | None = decode_typed(response, ParticipantsActionResponse)
    if response_200 is None:
        response_200 = ParticipantsActionResponse.from_dict(decode_json(response))

    return response_200


def _parse_error(response: httpx.Response) -> Any:
    """The documented body of an error response, or None (the client then raises the typed error)."""
    from ...models.error_envelope import ErrorEnvelope  # noqa: PLC0415
    from ...models.realtime_kit_error import RealtimeKitError  # noqa: PLC0415

    if response.status_code in (401, 403):
        response_401: ErrorEnvelope | None = decode_typed(response, ErrorEnvelope)
        if response_401 is None:
            response_401 = ErrorEnvelope.from_dict(decode_json(response))

        return response_401
    if response.status_code == 404:
        response_404: RealtimeKitError | None = decode_typed(response, RealtimeKitError)
        if response_404 is None:
            response_404 = RealtimeKitError.from_dict(decode_json(response))

        return response_404
    return None


def sync_detailed(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ParticipantSelection,
    **options: Unpack[RequestOptions],
) -> Response[ParticipantsActionResponse]:
    """Kick participants from an active session

     Kicks one or more participants from an active session using user ID or custom participant ID.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        body (ParticipantSelection): The participants to act on, by participant ID and by custom
            participant ID: both lists are sent, either may be empty.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
            envelope, documented Cloudflare-wide rather than on this operation.
        errors.PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
            "Realtime"). The body is Cloudflare's standard v4 error envelope with code
            10000, documented Cloudflare-wide rather than on this operation.
        errors.NotFoundError: 404, A participant to kick was not found (`realtimekit_ParticipantNotFound`). The
            body is RealtimeKit's own error envelope, as for the active session's 404.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[ParticipantsActionResponse]: the parsed body with the status, headers and content.
    """

    body = _checked_body(body)
    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        body=body,
    )
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ParticipantSelection,
    **options: Unpack[RequestOptions],
) -> ParticipantsActionResponse:
    """Kick participants from an active session

     Kicks one or more participants from an active session using user ID or custom participant ID.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        body (ParticipantSelection): The participants to act on, by participant ID and by custom
            participant ID: both lists are sent, either may be empty.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
            envelope, documented Cloudflare-wide rather than on this operation.
        errors.PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
            "Realtime"). The body is Cloudflare's standard v4 error envelope with code
            10000, documented Cloudflare-wide rather than on this operation.
        errors.NotFoundError: 404, A participant to kick was not found (`realtimekit_ParticipantNotFound`). The
            body is RealtimeKit's own error envelope, as for the active session's 404.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        ParticipantsActionResponse
    """

    return sync_detailed(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        client=client,
        body=body,
        **options,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ParticipantSelection,
    **options: Unpack[RequestOptions],
) -> Response[ParticipantsActionResponse]:
    """Kick participants from an active session

     Kicks one or more participants from an active session using user ID or custom participant ID.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        body (ParticipantSelection): The participants to act on, by participant ID and by custom
            participant ID: both lists are sent, either may be empty.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
            envelope, documented Cloudflare-wide rather than on this operation.
        errors.PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
            "Realtime"). The body is Cloudflare's standard v4 error envelope with code
            10000, documented Cloudflare-wide rather than on this operation.
        errors.NotFoundError: 404, A participant to kick was not found (`realtimekit_ParticipantNotFound`). The
            body is RealtimeKit's own error envelope, as for the active session's 404.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[ParticipantsActionResponse]: the parsed body with the status, headers and content.
    """

    body = _checked_body(body)
    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        body=body,
    )
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ParticipantSelection,
    **options: Unpack[RequestOptions],
) -> ParticipantsActionResponse:
    """Kick participants from an active session

     Kicks one or more participants from an active session using user ID or custom participant ID.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        body (ParticipantSelection): The participants to act on, by participant ID and by custom
            participant ID: both lists are sent, either may be empty.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
            envelope, documented Cloudflare-wide rather than on this operation.
        errors.PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
            "Realtime"). The body is Cloudflare's standard v4 error envelope with code
            10000, documented Cloudflare-wide rather than on this operation.
        errors.NotFoundError: 404, A participant to kick was not found (`realtimekit_ParticipantNotFound`). The
            body is RealtimeKit's own error envelope, as for the active session's 404.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        ParticipantsActionResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            app_id=app_id,
            meeting_id=meeting_id,
            client=client,
            body=body,
            **options,
        )
    ).parsed
