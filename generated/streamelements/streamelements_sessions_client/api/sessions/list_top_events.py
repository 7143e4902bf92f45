from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ..._paging import OffsetPaging
from ...client import AuthenticatedClient, Client, path_segment
from ...errors import DecodeError
from ...types import UNSET, RequestOptions, Response, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.top_event import TopEvent


def _get_kwargs(
    channel: str,
    *,
    limit: int,
    offset: int,
    interval: str,
    type_: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["interval"] = interval

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sessions/{channel}/top".format(
            channel=path_segment(channel, "channel"),
        ),
        "params": params,
    }

    return _kwargs


def _parse(response: httpx.Response) -> list[TopEvent]:
    """The body of a 2xx response."""
    from ...models.top_event import TopEvent  # noqa: PLC0415

    response_200: list[TopEvent] | None = decode_typed(response, TopEvent, many=True)
    if response_200 is None:
        _response_200 = decode_json(response)
        if not isinstance(_response_200, list):
            raise DecodeError.expected("an array", _response_200)
        try:
            response_200 = list(map(TopEvent.from_dict, _response_200))
        except Exception:
            for response_200_index, response_200_item_data in enumerate(_response_200):
                try:
                    TopEvent.from_dict(response_200_item_data)
                except Exception as exc:
                    raise DecodeError.at(response_200_index, exc)
            raise

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
    limit: int,
    offset: int,
    interval: str,
    type_: str,
    **options: Unpack[RequestOptions],
) -> Response[list[TopEvent]]:
    """Get top events from aggregates

     Get top events from aggregates.

    Args:
        channel (str):
        limit (int):
        offset (int):
        interval (str): One of `alltime`, `monthly`, `weekly`, `session` (an open set).
        type_ (str): One of `tip`, `cheer`, `stars`, `embers` (an open set).
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
        Response[list[TopEvent]]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        channel=channel,
        limit=limit,
        offset=offset,
        interval=interval,
        type_=type_,
    )
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    channel: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int,
    interval: str,
    type_: str,
    **options: Unpack[RequestOptions],
) -> list[TopEvent]:
    """Get top events from aggregates

     Get top events from aggregates.

    Args:
        channel (str):
        limit (int):
        offset (int):
        interval (str): One of `alltime`, `monthly`, `weekly`, `session` (an open set).
        type_ (str): One of `tip`, `cheer`, `stars`, `embers` (an open set).
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
        list[TopEvent]
    """

    return sync_detailed(
        channel=channel,
        client=client,
        limit=limit,
        offset=offset,
        interval=interval,
        type_=type_,
        **options,
    ).parsed


async def asyncio_detailed(
    channel: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int,
    interval: str,
    type_: str,
    **options: Unpack[RequestOptions],
) -> Response[list[TopEvent]]:
    """Get top events from aggregates

     Get top events from aggregates.

    Args:
        channel (str):
        limit (int):
        offset (int):
        interval (str): One of `alltime`, `monthly`, `weekly`, `session` (an open set).
        type_ (str): One of `tip`, `cheer`, `stars`, `embers` (an open set).
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
        Response[list[TopEvent]]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        channel=channel,
        limit=limit,
        offset=offset,
        interval=interval,
        type_=type_,
    )
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    channel: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int,
    interval: str,
    type_: str,
    **options: Unpack[RequestOptions],
) -> list[TopEvent]:
    """Get top events from aggregates

     Get top events from aggregates.

    Args:
        channel (str):
        limit (int):
        offset (int):
        interval (str): One of `alltime`, `monthly`, `weekly`, `session` (an open set).
        type_ (str): One of `tip`, `cheer`, `stars`, `embers` (an open set).
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
        list[TopEvent]
    """

    return (
        await asyncio_detailed(
            channel=channel,
            client=client,
            limit=limit,
            offset=offset,
            interval=interval,
            type_=type_,
            **options,
        )
    ).parsed


def _items(page: list[TopEvent]) -> list[TopEvent]:
    return page


_PAGING = OffsetPaging("offset", "limit", items=_items)


def sync_iter(
    channel: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int,
    interval: str,
    type_: str,
    max_items: int | None = None,
    max_pages: int = 1000,
    **options: Unpack[RequestOptions],
) -> Iterator[TopEvent]:
    """Get top events from aggregates

     Get top events from aggregates.

    Args:
        channel (str):
        limit (int):
        offset (int):
        interval (str): One of `alltime`, `monthly`, `weekly`, `session` (an open set).
        type_ (str): One of `tip`, `cheer`, `stars`, `embers` (an open set).
        max_items (int | None): Stop after this many items (None: every item). Pages are fetched as they are needed.
        max_pages (int): Read at most this many pages (default 1000); a longer list raises errors.PageLimitError.
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
        Every item of every page, in order.
    """

    kwargs = _get_kwargs(
        channel=channel,
        limit=limit,
        offset=offset,
        interval=interval,
        type_=type_,
    )
    return client._iterate(kwargs, _parse, _parse_error, options, _PAGING, max_items=max_items, max_pages=max_pages)


def asyncio_iter(
    channel: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int,
    interval: str,
    type_: str,
    max_items: int | None = None,
    max_pages: int = 1000,
    **options: Unpack[RequestOptions],
) -> AsyncIterator[TopEvent]:
    """Get top events from aggregates

     Get top events from aggregates.

    Args:
        channel (str):
        limit (int):
        offset (int):
        interval (str): One of `alltime`, `monthly`, `weekly`, `session` (an open set).
        type_ (str): One of `tip`, `cheer`, `stars`, `embers` (an open set).
        max_items (int | None): Stop after this many items (None: every item). Pages are fetched as they are needed.
        max_pages (int): Read at most this many pages (default 1000); a longer list raises errors.PageLimitError.
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
        Every item of every page, in order.
    """

    kwargs = _get_kwargs(
        channel=channel,
        limit=limit,
        offset=offset,
        interval=interval,
        type_=type_,
    )
    return client._aiterate(kwargs, _parse, _parse_error, options, _PAGING, max_items=max_items, max_pages=max_pages)
