from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ..._paging import LinkHeaderPaging
from ...client import AuthenticatedClient, Client, path_segment
from ...errors import DecodeError
from ...types import UNSET, RequestOptions, Response, Unset, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.asset import Asset


def _get_kwargs(
    id: str,
    *,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/session/{id}/clips".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse(response: httpx.Response) -> list[Asset]:
    """The body of a 2xx response."""
    from ...models.asset import Asset  # noqa: PLC0415

    response_200: list[Asset] | None = decode_typed(response, Asset, many=True)
    if response_200 is None:
        _response_200 = decode_json(response)
        if not isinstance(_response_200, list):
            raise DecodeError.expected("an array", _response_200)
        try:
            response_200 = list(map(Asset.from_dict, _response_200))
        except Exception:
            for response_200_index, response_200_item_data in enumerate(_response_200):
                try:
                    Asset.from_dict(response_200_item_data)
                except Exception as exc:
                    raise DecodeError.at(response_200_index, exc)
            raise

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
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[list[Asset]]:
    """Retrieve clips of a session

     Returns the clips (assets) made from the session `id`. The server pages the result like `GET
    /session` (`limit`, `cursor` and the `Link` response header); the vendor's documentation does not
    describe this paging.

    Args:
        id (str):
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API key is missing or invalid.
        errors.NotFoundError: 404, No session with this ID exists (or it belongs to another user).
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[list[Asset]]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        cursor=cursor,
    )
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> list[Asset]:
    """Retrieve clips of a session

     Returns the clips (assets) made from the session `id`. The server pages the result like `GET
    /session` (`limit`, `cursor` and the `Link` response header); the vendor's documentation does not
    describe this paging.

    Args:
        id (str):
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API key is missing or invalid.
        errors.NotFoundError: 404, No session with this ID exists (or it belongs to another user).
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        list[Asset]
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        cursor=cursor,
        **options,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[list[Asset]]:
    """Retrieve clips of a session

     Returns the clips (assets) made from the session `id`. The server pages the result like `GET
    /session` (`limit`, `cursor` and the `Link` response header); the vendor's documentation does not
    describe this paging.

    Args:
        id (str):
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API key is missing or invalid.
        errors.NotFoundError: 404, No session with this ID exists (or it belongs to another user).
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[list[Asset]]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        cursor=cursor,
    )
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> list[Asset]:
    """Retrieve clips of a session

     Returns the clips (assets) made from the session `id`. The server pages the result like `GET
    /session` (`limit`, `cursor` and the `Link` response header); the vendor's documentation does not
    describe this paging.

    Args:
        id (str):
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API key is missing or invalid.
        errors.NotFoundError: 404, No session with this ID exists (or it belongs to another user).
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        list[Asset]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            cursor=cursor,
            **options,
        )
    ).parsed


def _items(page: list[Asset]) -> list[Asset]:
    return page


_PAGING = LinkHeaderPaging("next", items=_items, cursor_param="cursor")


def sync_iter(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    max_items: int | None = None,
    max_pages: int = 1000,
    **options: Unpack[RequestOptions],
) -> Iterator[Asset]:
    """Retrieve clips of a session

     Returns the clips (assets) made from the session `id`. The server pages the result like `GET
    /session` (`limit`, `cursor` and the `Link` response header); the vendor's documentation does not
    describe this paging.

    Args:
        id (str):
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        max_items (int | None): Stop after this many items (None: every item). Pages are fetched as they are needed.
        max_pages (int): Read at most this many pages (default 1000); a longer list raises errors.PageLimitError.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API key is missing or invalid.
        errors.NotFoundError: 404, No session with this ID exists (or it belongs to another user).
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Every item of every page, in order.
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        cursor=cursor,
    )
    return client._iterate(kwargs, _parse, _parse_error, options, _PAGING, max_items=max_items, max_pages=max_pages)


def asyncio_iter(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    max_items: int | None = None,
    max_pages: int = 1000,
    **options: Unpack[RequestOptions],
) -> AsyncIterator[Asset]:
    """Retrieve clips of a session

     Returns the clips (assets) made from the session `id`. The server pages the result like `GET
    /session` (`limit`, `cursor` and the `Link` response header); the vendor's documentation does not
    describe this paging.

    Args:
        id (str):
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        max_items (int | None): Stop after this many items (None: every item). Pages are fetched as they are needed.
        max_pages (int): Read at most this many pages (default 1000); a longer list raises errors.PageLimitError.
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API key is missing or invalid.
        errors.NotFoundError: 404, No session with this ID exists (or it belongs to another user).
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Every item of every page, in order.
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        cursor=cursor,
    )
    return client._aiterate(kwargs, _parse, _parse_error, options, _PAGING, max_items=max_items, max_pages=max_pages)
