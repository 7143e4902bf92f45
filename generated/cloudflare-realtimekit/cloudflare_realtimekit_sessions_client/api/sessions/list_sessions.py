from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ..._paging import PageNumberPaging
from ...client import AuthenticatedClient, Client, path_segment
from ...types import UNSET, RequestOptions, Response, Unset, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.list_sessions_response import ListSessionsResponse
    from ...models.session import Session
    from ...models.session_sort_by import SessionSortBy
    from ...models.session_status import SessionStatus
    from ...models.sort_order import SortOrder


def _get_kwargs(
    account_id: str,
    app_id: str,
    *,
    associated_id: str | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_no: float | Unset = UNSET,
    participants: str | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: SessionStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["associated_id"] = associated_id

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    params["page_no"] = page_no

    params["participants"] = participants

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

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/sessions".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse(response: httpx.Response) -> ListSessionsResponse:
    """The body of a 2xx response."""
    from ...models.list_sessions_response import ListSessionsResponse  # noqa: PLC0415

    response_200: ListSessionsResponse | None = decode_typed(response, ListSessionsResponse)
    if response_200 is None:
        response_200 = ListSessionsResponse.from_dict(decode_json(response))

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
    *,
    client: AuthenticatedClient | Client,
    associated_id: str | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_no: float | Unset = UNSET,
    participants: str | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: SessionStatus | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListSessionsResponse]:
    """Fetch all sessions of an App

     Returns details of all sessions of an App.

    Args:
        account_id (str):
        app_id (str):
        associated_id (str | Unset):
        end_time (datetime.datetime | Unset):
        page_no (float | Unset):
        participants (str | Unset):
        per_page (float | Unset):
        search (str | Unset):
        sort_by (SessionSortBy | Unset): The field to sort sessions by.
        sort_order (SortOrder | Unset): The sort order.
        start_time (datetime.datetime | Unset):
        status (SessionStatus | Unset): Status of a session.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
            envelope, documented Cloudflare-wide rather than on this page.
        errors.PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
            "Realtime"). The body is Cloudflare's standard v4 error envelope with code
            10000, documented Cloudflare-wide rather than on this operation.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[ListSessionsResponse]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        associated_id=associated_id,
        end_time=end_time,
        page_no=page_no,
        participants=participants,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        start_time=start_time,
        status=status,
    )
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    associated_id: str | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_no: float | Unset = UNSET,
    participants: str | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: SessionStatus | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> ListSessionsResponse:
    """Fetch all sessions of an App

     Returns details of all sessions of an App.

    Args:
        account_id (str):
        app_id (str):
        associated_id (str | Unset):
        end_time (datetime.datetime | Unset):
        page_no (float | Unset):
        participants (str | Unset):
        per_page (float | Unset):
        search (str | Unset):
        sort_by (SessionSortBy | Unset): The field to sort sessions by.
        sort_order (SortOrder | Unset): The sort order.
        start_time (datetime.datetime | Unset):
        status (SessionStatus | Unset): Status of a session.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
            envelope, documented Cloudflare-wide rather than on this page.
        errors.PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
            "Realtime"). The body is Cloudflare's standard v4 error envelope with code
            10000, documented Cloudflare-wide rather than on this operation.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        ListSessionsResponse
    """

    return sync_detailed(
        account_id=account_id,
        app_id=app_id,
        client=client,
        associated_id=associated_id,
        end_time=end_time,
        page_no=page_no,
        participants=participants,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        start_time=start_time,
        status=status,
        **options,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    associated_id: str | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_no: float | Unset = UNSET,
    participants: str | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: SessionStatus | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListSessionsResponse]:
    """Fetch all sessions of an App

     Returns details of all sessions of an App.

    Args:
        account_id (str):
        app_id (str):
        associated_id (str | Unset):
        end_time (datetime.datetime | Unset):
        page_no (float | Unset):
        participants (str | Unset):
        per_page (float | Unset):
        search (str | Unset):
        sort_by (SessionSortBy | Unset): The field to sort sessions by.
        sort_order (SortOrder | Unset): The sort order.
        start_time (datetime.datetime | Unset):
        status (SessionStatus | Unset): Status of a session.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
            envelope, documented Cloudflare-wide rather than on this page.
        errors.PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
            "Realtime"). The body is Cloudflare's standard v4 error envelope with code
            10000, documented Cloudflare-wide rather than on this operation.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[ListSessionsResponse]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        associated_id=associated_id,
        end_time=end_time,
        page_no=page_no,
        participants=participants,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        start_time=start_time,
        status=status,
    )
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    associated_id: str | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_no: float | Unset = UNSET,
    participants: str | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: SessionStatus | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> ListSessionsResponse:
    """Fetch all sessions of an App

     Returns details of all sessions of an App.

    Args:
        account_id (str):
        app_id (str):
        associated_id (str | Unset):
        end_time (datetime.datetime | Unset):
        page_no (float | Unset):
        participants (str | Unset):
        per_page (float | Unset):
        search (str | Unset):
        sort_by (SessionSortBy | Unset): The field to sort sessions by.
        sort_order (SortOrder | Unset): The sort order.
        start_time (datetime.datetime | Unset):
        status (SessionStatus | Unset): Status of a session.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
            envelope, documented Cloudflare-wide rather than on this page.
        errors.PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
            "Realtime"). The body is Cloudflare's standard v4 error envelope with code
            10000, documented Cloudflare-wide rather than on this operation.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        ListSessionsResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            app_id=app_id,
            client=client,
            associated_id=associated_id,
            end_time=end_time,
            page_no=page_no,
            participants=participants,
            per_page=per_page,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_time=start_time,
            status=status,
            **options,
        )
    ).parsed


def _items(page: ListSessionsResponse) -> list[Session]:
    return page.data.sessions


_PAGING = PageNumberPaging("page_no", 1, items=_items, size_param="per_page", total="paging.total_count")


def sync_iter(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    associated_id: str | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    participants: str | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: SessionStatus | Unset = UNSET,
    max_items: int | None = None,
    max_pages: int = 1000,
    **options: Unpack[RequestOptions],
) -> Iterator[Session]:
    """Fetch all sessions of an App

     Returns details of all sessions of an App.

    Args:
        account_id (str):
        app_id (str):
        associated_id (str | Unset):
        end_time (datetime.datetime | Unset):
        participants (str | Unset):
        per_page (float | Unset):
        search (str | Unset):
        sort_by (SessionSortBy | Unset): The field to sort sessions by.
        sort_order (SortOrder | Unset): The sort order.
        start_time (datetime.datetime | Unset):
        status (SessionStatus | Unset): Status of a session.
        max_items (int | None): Stop after this many items (None: every item). Pages are fetched as they are needed.
        max_pages (int): Read at most this many pages (default 1000); a longer list raises errors.PageLimitError.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
            envelope, documented Cloudflare-wide rather than on this page.
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
        associated_id=associated_id,
        end_time=end_time,
        participants=participants,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        start_time=start_time,
        status=status,
    )
    return client._iterate(kwargs, _parse, _parse_error, options, _PAGING, max_items=max_items, max_pages=max_pages)


def asyncio_iter(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    associated_id: str | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    participants: str | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: SessionStatus | Unset = UNSET,
    max_items: int | None = None,
    max_pages: int = 1000,
    **options: Unpack[RequestOptions],
) -> AsyncIterator[Session]:
    """Fetch all sessions of an App

     Returns details of all sessions of an App.

    Args:
        account_id (str):
        app_id (str):
        associated_id (str | Unset):
        end_time (datetime.datetime | Unset):
        participants (str | Unset):
        per_page (float | Unset):
        search (str | Unset):
        sort_by (SessionSortBy | Unset): The field to sort sessions by.
        sort_order (SortOrder | Unset): The sort order.
        start_time (datetime.datetime | Unset):
        status (SessionStatus | Unset): Status of a session.
        max_items (int | None): Stop after this many items (None: every item). Pages are fetched as they are needed.
        max_pages (int): Read at most this many pages (default 1000); a longer list raises errors.PageLimitError.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
            envelope, documented Cloudflare-wide rather than on this page.
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
        associated_id=associated_id,
        end_time=end_time,
        participants=participants,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        start_time=start_time,
        status=status,
    )
    return client._aiterate(kwargs, _parse, _parse_error, options, _PAGING, max_items=max_items, max_pages=max_pages)
