from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ..._paging import PageNumberPaging
from ...client import AuthenticatedClient, Client, path_segment
from ...types import UNSET, RequestOptions, Response, Unset, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.list_participants_response import ListParticipantsResponse
    from ...models.participant import Participant
    from ...models.participant_sort_by import ParticipantSortBy
    from ...models.participant_view import ParticipantView
    from ...models.sort_order import SortOrder


def _get_kwargs(
    account_id: str,
    app_id: str,
    session_id: str,
    *,
    include_peer_events: bool | Unset = False,
    page_no: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: ParticipantSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: ParticipantView | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_peer_events"] = include_peer_events

    params["page_no"] = page_no

    params["per_page"] = per_page

    params["search"] = search

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/participants".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
            session_id=path_segment(session_id, "session_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse(response: httpx.Response) -> ListParticipantsResponse:
    """The body of a 2xx response."""
    from ...models.list_participants_response import ListParticipantsResponse  # noqa: PLC0415

    response_200: ListParticipantsResponse | None = decode_typed(response, ListParticipantsResponse)
    if response_200 is None:
        response_200 = ListParticipantsResponse.from_dict(decode_json(response))

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
    *,
    client: AuthenticatedClient | Client,
    include_peer_events: bool | Unset = False,
    page_no: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: ParticipantSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: ParticipantView | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListParticipantsResponse]:
    """Fetch participants list of a session

     Returns a list of participants for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        include_peer_events (bool | Unset):  Default: False.
        page_no (float | Unset):
        per_page (int | Unset):
        search (str | Unset):
        sort_by (ParticipantSortBy | Unset): The field to sort participants by.
        sort_order (SortOrder | Unset): The sort order.
        view (ParticipantView | Unset): The view of participants in breakout room sessions.
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
        Response[ListParticipantsResponse]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        include_peer_events=include_peer_events,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        view=view,
    )
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    account_id: str,
    app_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_peer_events: bool | Unset = False,
    page_no: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: ParticipantSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: ParticipantView | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> ListParticipantsResponse:
    """Fetch participants list of a session

     Returns a list of participants for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        include_peer_events (bool | Unset):  Default: False.
        page_no (float | Unset):
        per_page (int | Unset):
        search (str | Unset):
        sort_by (ParticipantSortBy | Unset): The field to sort participants by.
        sort_order (SortOrder | Unset): The sort order.
        view (ParticipantView | Unset): The view of participants in breakout room sessions.
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
        ListParticipantsResponse
    """

    return sync_detailed(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        client=client,
        include_peer_events=include_peer_events,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        view=view,
        **options,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_peer_events: bool | Unset = False,
    page_no: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: ParticipantSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: ParticipantView | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListParticipantsResponse]:
    """Fetch participants list of a session

     Returns a list of participants for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        include_peer_events (bool | Unset):  Default: False.
        page_no (float | Unset):
        per_page (int | Unset):
        search (str | Unset):
        sort_by (ParticipantSortBy | Unset): The field to sort participants by.
        sort_order (SortOrder | Unset): The sort order.
        view (ParticipantView | Unset): The view of participants in breakout room sessions.
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
        Response[ListParticipantsResponse]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        include_peer_events=include_peer_events,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        view=view,
    )
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    account_id: str,
    app_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_peer_events: bool | Unset = False,
    page_no: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: ParticipantSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: ParticipantView | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> ListParticipantsResponse:
    """Fetch participants list of a session

     Returns a list of participants for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        include_peer_events (bool | Unset):  Default: False.
        page_no (float | Unset):
        per_page (int | Unset):
        search (str | Unset):
        sort_by (ParticipantSortBy | Unset): The field to sort participants by.
        sort_order (SortOrder | Unset): The sort order.
        view (ParticipantView | Unset): The view of participants in breakout room sessions.
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
        ListParticipantsResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            app_id=app_id,
            session_id=session_id,
            client=client,
            include_peer_events=include_peer_events,
            page_no=page_no,
            per_page=per_page,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            view=view,
            **options,
        )
    ).parsed


def _items(page: ListParticipantsResponse) -> list[Participant]:
    return page.data.participants


_PAGING = PageNumberPaging("page_no", 1, items=_items, size_param="per_page", total="data.paging.total_count")


def sync_iter(
    account_id: str,
    app_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_peer_events: bool | Unset = False,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: ParticipantSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: ParticipantView | Unset = UNSET,
    max_items: int | None = None,
    max_pages: int = 1000,
    **options: Unpack[RequestOptions],
) -> Iterator[Participant]:
    """Fetch participants list of a session

     Returns a list of participants for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        include_peer_events (bool | Unset):  Default: False.
        per_page (int | Unset):
        search (str | Unset):
        sort_by (ParticipantSortBy | Unset): The field to sort participants by.
        sort_order (SortOrder | Unset): The sort order.
        view (ParticipantView | Unset): The view of participants in breakout room sessions.
        max_items (int | None): Stop after this many items (None: every item). Pages are fetched as they are needed.
        max_pages (int): Read at most this many pages (default 1000); a longer list raises errors.PageLimitError.
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
        Every item of every page, in order.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        include_peer_events=include_peer_events,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        view=view,
    )
    return client._iterate(kwargs, _parse, _parse_error, options, _PAGING, max_items=max_items, max_pages=max_pages)


def asyncio_iter(
    account_id: str,
    app_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_peer_events: bool | Unset = False,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: ParticipantSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: ParticipantView | Unset = UNSET,
    max_items: int | None = None,
    max_pages: int = 1000,
    **options: Unpack[RequestOptions],
) -> AsyncIterator[Participant]:
    """Fetch participants list of a session

     Returns a list of participants for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        include_peer_events (bool | Unset):  Default: False.
        per_page (int | Unset):
        search (str | Unset):
        sort_by (ParticipantSortBy | Unset): The field to sort participants by.
        sort_order (SortOrder | Unset): The sort order.
        view (ParticipantView | Unset): The view of participants in breakout room sessions.
        max_items (int | None): Stop after this many items (None: every item). Pages are fetched as they are needed.
        max_pages (int): Read at most this many pages (default 1000); a longer list raises errors.PageLimitError.
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
        Every item of every page, in order.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        include_peer_events=include_peer_events,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        view=view,
    )
    return client._aiterate(kwargs, _parse, _parse_error, options, _PAGING, max_items=max_items, max_pages=max_pages)
