import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_sessions_response import ListSessionsResponse
from ...models.session_sort_by import SessionSortBy
from ...models.session_status import SessionStatus
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


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
            account_id=quote(str(account_id), safe=""),
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ListSessionsResponse | None:
    if response.status_code == 200:
        response_200 = ListSessionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ListSessionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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
) -> Response[ErrorEnvelope | ListSessionsResponse]:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListSessionsResponse]
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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


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
) -> ErrorEnvelope | ListSessionsResponse | None:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListSessionsResponse
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
) -> Response[ErrorEnvelope | ListSessionsResponse]:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListSessionsResponse]
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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


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
) -> ErrorEnvelope | ListSessionsResponse | None:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListSessionsResponse
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
        )
    ).parsed
