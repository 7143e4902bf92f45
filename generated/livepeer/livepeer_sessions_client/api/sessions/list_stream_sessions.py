from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ...client import AuthenticatedClient, Client, path_segment
from ...errors import DecodeError
from ...types import UNSET, RequestOptions, Response, Unset, decode_json, decode_typed

if TYPE_CHECKING:
    from ...models.session import Session


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
            parent_id=path_segment(parent_id, "parent_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse(response: httpx.Response) -> list[Session]:
    """The body of a 2xx response."""
    from ...models.session import Session  # noqa: PLC0415

    response_200: list[Session] | None = decode_typed(response, Session, many=True)
    if response_200 is None:
        _response_200 = decode_json(response)
        if not isinstance(_response_200, list):
            raise DecodeError.expected("an array", _response_200)
        try:
            response_200 = list(map(Session.from_dict, _response_200))
        except Exception:
            for response_200_index, response_200_item_data in enumerate(_response_200):
                try:
                    Session.from_dict(response_200_item_data)
                except Exception as exc:
                    raise DecodeError.at(response_200_index, exc)
            raise

    return response_200


def _parse_error(response: httpx.Response) -> Any:
    """The documented body of an error response, or None (the client then raises the typed error)."""
    from ...models.error_body import ErrorBody  # noqa: PLC0415

    if response.status_code == 401:
        response_401: ErrorBody | None = decode_typed(response, ErrorBody)
        if response_401 is None:
            response_401 = ErrorBody.from_dict(decode_json(response))

        return response_401
    return None


def sync_detailed(
    parent_id: str,
    *,
    client: AuthenticatedClient | Client,
    record: bool | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[list[Session]]:
    """Retrieve the recorded sessions of a stream

     Returns the sessions of the stream `parentId`.

    Args:
        parent_id (str):
        record (bool | Unset):
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API key is missing or invalid.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[list[Session]]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        parent_id=parent_id,
        record=record,
    )
    return client._request(kwargs, _parse, _parse_error, options)


def sync(
    parent_id: str,
    *,
    client: AuthenticatedClient | Client,
    record: bool | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> list[Session]:
    """Retrieve the recorded sessions of a stream

     Returns the sessions of the stream `parentId`.

    Args:
        parent_id (str):
        record (bool | Unset):
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API key is missing or invalid.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        list[Session]
    """

    return sync_detailed(
        parent_id=parent_id,
        client=client,
        record=record,
        **options,
    ).parsed


async def asyncio_detailed(
    parent_id: str,
    *,
    client: AuthenticatedClient | Client,
    record: bool | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[list[Session]]:
    """Retrieve the recorded sessions of a stream

     Returns the sessions of the stream `parentId`.

    Args:
        parent_id (str):
        record (bool | Unset):
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API key is missing or invalid.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        Response[list[Session]]: the parsed body with the status, headers and content.
    """

    kwargs = _get_kwargs(
        parent_id=parent_id,
        record=record,
    )
    return await client._arequest(kwargs, _parse, _parse_error, options)


async def asyncio(
    parent_id: str,
    *,
    client: AuthenticatedClient | Client,
    record: bool | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> list[Session]:
    """Retrieve the recorded sessions of a stream

     Returns the sessions of the stream `parentId`.

    Args:
        parent_id (str):
        record (bool | Unset):
        **options: per-call options (types.RequestOptions): timeout, deadline, max_retries, extra_headers.

    Raises:
        errors.AuthenticationError: 401, The API key is missing or invalid.
        errors.APIStatusError: any other error status (a subclass per status: see errors.py).
        errors.DecodeError: a success body that does not fit the schema (the error names the field).
        errors.APITimeoutError: the request timed out, after the retries.
        errors.APIConnectionError: no response arrived, after the retries.

    Returns:
        list[Session]
    """

    return (
        await asyncio_detailed(
            parent_id=parent_id,
            client=client,
            record=record,
            **options,
        )
    ).parsed
