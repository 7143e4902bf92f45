from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.session import Session
from ...types import UNSET, Response, Unset


def _get_kwargs(
    parent_id: str,
    *,
    record: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["record"] = record

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stream/{parent_id}/sessions".format(
            parent_id=quote(str(parent_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[Session] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Session.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | list[Session]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    parent_id: str,
    *,
    client: AuthenticatedClient | Client,
    record: bool | Unset = UNSET,
) -> Response[ErrorBody | list[Session]]:
    """Retrieve the recorded sessions of a stream

     Returns the sessions of the stream `parentId`.

    Args:
        parent_id (str):
        record (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[Session]]
    """

    kwargs = _get_kwargs(
        parent_id=parent_id,
        record=record,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    parent_id: str,
    *,
    client: AuthenticatedClient | Client,
    record: bool | Unset = UNSET,
) -> ErrorBody | list[Session] | None:
    """Retrieve the recorded sessions of a stream

     Returns the sessions of the stream `parentId`.

    Args:
        parent_id (str):
        record (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[Session]
    """

    return sync_detailed(
        parent_id=parent_id,
        client=client,
        record=record,
    ).parsed


async def asyncio_detailed(
    parent_id: str,
    *,
    client: AuthenticatedClient | Client,
    record: bool | Unset = UNSET,
) -> Response[ErrorBody | list[Session]]:
    """Retrieve the recorded sessions of a stream

     Returns the sessions of the stream `parentId`.

    Args:
        parent_id (str):
        record (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[Session]]
    """

    kwargs = _get_kwargs(
        parent_id=parent_id,
        record=record,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    parent_id: str,
    *,
    client: AuthenticatedClient | Client,
    record: bool | Unset = UNSET,
) -> ErrorBody | list[Session] | None:
    """Retrieve the recorded sessions of a stream

     Returns the sessions of the stream `parentId`.

    Args:
        parent_id (str):
        record (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[Session]
    """

    return (
        await asyncio_detailed(
            parent_id=parent_id,
            client=client,
            record=record,
        )
    ).parsed
