from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ..._paging import OffsetPaging
from ...client import AuthenticatedClient, Client
from ...types import UNSET, RequestOptions, Response, Unset, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.session import Session
    from ...models.session_list import SessionList


def _get_kwargs(
    *,
    state: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["state"] = state

    params["type"] = type_

    params["from"] = from_

    params["to"] = to

    params["limit"] = limit

    params["offset"] = offset

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand[]"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sessions",
        "params": params,
    }

    return _kwargs


def _parse(response: httpx.Response) -> SessionList:
    """The body of a 2xx response."""
    from ...models.session_list import SessionList  # noqa: PLC0415

    response_200: SessionList | None = decode_typed(response, SessionList)
    if response_200 is None:
        response_200 = SessionList.from_dict(decode_json(response))

    return response_200


def _parse_error(response: httpx.Response) -> Any:
    """The documented body of an error response, or None (the client then raises the typed error)."""
    from ...models.error import Error  # noqa: PLC0415

    if response.status_code in (400, 401, 429):
        response_400: Error | None = decode_typed(response, Error)
        if response_400 is None:
            response_400 = Error.from_dict(decode_json(response))

        return response_400
    return None


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[SessionList]:
    """List your sessions

     Returns a list of your sessions. The sessions are returned sorted by creation date, with the most
    recent sessions appearing first.

    Args:
        state (str | Unset): A session state. An open set; `active`, `processing` and `finished`
            are the ones documented.
        type_ (str | Unset): A session type. An open set; `live_analysis` is the one documented.
        from_ (str | Unset): Only return sessions started after that date.
        to (str | Unset): Return only sessions started before that date.
        limit (int | Unset): The number of items per page, 1 to 100. Default: 10.
        offset (int | Unset): The index of the first item to return. Default: 0.
        expand (list[str] | Unset): Names of fields to expand (sent as repeated `expand[]`
            parameters).
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, Server received an invalid request body or invalid query parameters.
        errors.AuthenticationError: 401, The request has not been processed because valid authentication credentials were
            not specified (a missing or invalid bearer token).
        errors.RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
            (`RateLimit-Reset` is the time until it is full); the vendor documents no
            `Retry-After`.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[SessionList]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        state=state,
        type_=type_,
        from_=from_,
        to=to,
        limit=limit,
        offset=offset,
        expand=expand,
    )
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> SessionList:
    """List your sessions

     Returns a list of your sessions. The sessions are returned sorted by creation date, with the most
    recent sessions appearing first.

    Args:
        state (str | Unset): A session state. An open set; `active`, `processing` and `finished`
            are the ones documented.
        type_ (str | Unset): A session type. An open set; `live_analysis` is the one documented.
        from_ (str | Unset): Only return sessions started after that date.
        to (str | Unset): Return only sessions started before that date.
        limit (int | Unset): The number of items per page, 1 to 100. Default: 10.
        offset (int | Unset): The index of the first item to return. Default: 0.
        expand (list[str] | Unset): Names of fields to expand (sent as repeated `expand[]`
            parameters).
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, Server received an invalid request body or invalid query parameters.
        errors.AuthenticationError: 401, The request has not been processed because valid authentication credentials were
            not specified (a missing or invalid bearer token).
        errors.RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
            (`RateLimit-Reset` is the time until it is full); the vendor documents no
            `Retry-After`.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        SessionList
    """

    return sync_detailed(
        client=client,
        state=state,
        type_=type_,
        from_=from_,
        to=to,
        limit=limit,
        offset=offset,
        expand=expand,
        **options,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[SessionList]:
    """List your sessions

     Returns a list of your sessions. The sessions are returned sorted by creation date, with the most
    recent sessions appearing first.

    Args:
        state (str | Unset): A session state. An open set; `active`, `processing` and `finished`
            are the ones documented.
        type_ (str | Unset): A session type. An open set; `live_analysis` is the one documented.
        from_ (str | Unset): Only return sessions started after that date.
        to (str | Unset): Return only sessions started before that date.
        limit (int | Unset): The number of items per page, 1 to 100. Default: 10.
        offset (int | Unset): The index of the first item to return. Default: 0.
        expand (list[str] | Unset): Names of fields to expand (sent as repeated `expand[]`
            parameters).
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, Server received an invalid request body or invalid query parameters.
        errors.AuthenticationError: 401, The request has not been processed because valid authentication credentials were
            not specified (a missing or invalid bearer token).
        errors.RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
            (`RateLimit-Reset` is the time until it is full); the vendor documents no
            `Retry-After`.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[SessionList]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        state=state,
        type_=type_,
        from_=from_,
        to=to,
        limit=limit,
        offset=offset,
        expand=expand,
    )
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> SessionList:
    """List your sessions

     Returns a list of your sessions. The sessions are returned sorted by creation date, with the most
    recent sessions appearing first.

    Args:
        state (str | Unset): A session state. An open set; `active`, `processing` and `finished`
            are the ones documented.
        type_ (str | Unset): A session type. An open set; `live_analysis` is the one documented.
        from_ (str | Unset): Only return sessions started after that date.
        to (str | Unset): Return only sessions started before that date.
        limit (int | Unset): The number of items per page, 1 to 100. Default: 10.
        offset (int | Unset): The index of the first item to return. Default: 0.
        expand (list[str] | Unset): Names of fields to expand (sent as repeated `expand[]`
            parameters).
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, Server received an invalid request body or invalid query parameters.
        errors.AuthenticationError: 401, The request has not been processed because valid authentication credentials were
            not specified (a missing or invalid bearer token).
        errors.RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
            (`RateLimit-Reset` is the time until it is full); the vendor documents no
            `Retry-After`.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        SessionList
    """

    return (
        await asyncio_detailed(
            client=client,
            state=state,
            type_=type_,
            from_=from_,
            to=to,
            limit=limit,
            offset=offset,
            expand=expand,
            **options,
        )
    ).parsed


def _items(page: SessionList) -> list[Session]:
    return page.data


_PAGING = OffsetPaging("offset", "limit", items=_items, has_more="hasMore")


def sync_iter(
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
    max_items: int | None = None,
    max_pages: int = 1000,
    **options: Unpack[RequestOptions],
) -> Iterator[Session]:
    """List your sessions

     Returns a list of your sessions. The sessions are returned sorted by creation date, with the most
    recent sessions appearing first.

    Args:
        state (str | Unset): A session state. An open set; `active`, `processing` and `finished`
            are the ones documented.
        type_ (str | Unset): A session type. An open set; `live_analysis` is the one documented.
        from_ (str | Unset): Only return sessions started after that date.
        to (str | Unset): Return only sessions started before that date.
        limit (int | Unset): The number of items per page, 1 to 100. Default: 10.
        offset (int | Unset): The index of the first item to return. Default: 0.
        expand (list[str] | Unset): Names of fields to expand (sent as repeated `expand[]`
            parameters).
        max_items (int | None): Stop after this many items (None: every item). Pages are fetched as they are needed.
        max_pages (int): Read at most this many pages (default 1000); a longer list raises errors.PageLimitError.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, Server received an invalid request body or invalid query parameters.
        errors.AuthenticationError: 401, The request has not been processed because valid authentication credentials were
            not specified (a missing or invalid bearer token).
        errors.RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
            (`RateLimit-Reset` is the time until it is full); the vendor documents no
            `Retry-After`.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Every item of every page, in order.
    """

    kwargs = _get_kwargs(
        state=state,
        type_=type_,
        from_=from_,
        to=to,
        limit=limit,
        offset=offset,
        expand=expand,
    )
    return client._iterate(kwargs, _parse, _parse_error, options, _PAGING, max_items=max_items, max_pages=max_pages)


def asyncio_iter(
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
    max_items: int | None = None,
    max_pages: int = 1000,
    **options: Unpack[RequestOptions],
) -> AsyncIterator[Session]:
    """List your sessions

     Returns a list of your sessions. The sessions are returned sorted by creation date, with the most
    recent sessions appearing first.

    Args:
        state (str | Unset): A session state. An open set; `active`, `processing` and `finished`
            are the ones documented.
        type_ (str | Unset): A session type. An open set; `live_analysis` is the one documented.
        from_ (str | Unset): Only return sessions started after that date.
        to (str | Unset): Return only sessions started before that date.
        limit (int | Unset): The number of items per page, 1 to 100. Default: 10.
        offset (int | Unset): The index of the first item to return. Default: 0.
        expand (list[str] | Unset): Names of fields to expand (sent as repeated `expand[]`
            parameters).
        max_items (int | None): Stop after this many items (None: every item). Pages are fetched as they are needed.
        max_pages (int): Read at most this many pages (default 1000); a longer list raises errors.PageLimitError.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.BadRequestError: 400, Server received an invalid request body or invalid query parameters.
        errors.AuthenticationError: 401, The request has not been processed because valid authentication credentials were
            not specified (a missing or invalid bearer token).
        errors.RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
            (`RateLimit-Reset` is the time until it is full); the vendor documents no
            `Retry-After`.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Every item of every page, in order.
    """

    kwargs = _get_kwargs(
        state=state,
        type_=type_,
        from_=from_,
        to=to,
        limit=limit,
        offset=offset,
        expand=expand,
    )
    return client._aiterate(kwargs, _parse, _parse_error, options, _PAGING, max_items=max_items, max_pages=max_pages)
