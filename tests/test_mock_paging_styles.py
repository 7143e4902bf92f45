"""The in-process mock (`create_app`) pages for real in every style an overlay can declare (`x-pagination`), with
every ending the style may say its last page by: walked by the clients' own paging engine (`runtime._paging`),
a 25-item collection yields each item exactly once, whatever the page size.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

import runtime.client as engine
from runtime._paging import CursorPaging, LinkHeaderPaging, OffsetPaging, PageNumberPaging, Paging
from scripts.mock import DEFAULT_COLLECTION_SIZE, SyncASGITransport, create_app

TOKEN = "paging-token"
QUERY = ("page", "page[number]", "page[size]", "per_page", "offset", "limit", "cursor", "pageToken", "starting_after")
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Paging styles", "version": "1"},
    "servers": [{"url": "https://api.example.com/v1"}],
    "security": [{"bearer": []}],
    "paths": {
        "/items": {
            "get": {
                "operationId": "listItems",
                "parameters": [{"name": name, "in": "query", "schema": {"type": "string"}} for name in QUERY],
                "responses": {
                    "200": {
                        "description": "A page of items.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["data"],
                                    "properties": {
                                        "data": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                                        "has_more": {"type": "boolean"},
                                        "last": {"type": ["string", "null"]},
                                        "meta": {
                                            "type": "object",
                                            "properties": {
                                                "total": {"type": "integer"},
                                                "pages": {"type": "integer"},
                                                "next": {"type": ["string", "null"]},
                                            },
                                        },
                                    },
                                },
                                "example": {"data": [{"id": "item-0"}], "meta": {}},
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string", "minLength": 12, "maxLength": 12}},
            }
        },
    },
}
# Query parameters are declared as strings, so that every style's may share one operation: the page number and
# sizes are sent as digits all the same.
for parameter in SPEC["paths"]["/items"]["get"]["parameters"]:
    if parameter["name"] in ("page", "page[number]", "page[size]", "per_page", "offset", "limit"):
        parameter["schema"] = {"type": "integer"}


def data(body: Any) -> list[Any]:
    return list(body["data"])


# style: the overlay's declaration, the engine's paging for it, the size parameter and its value
STYLES: dict[str, tuple[dict[str, Any], Paging[Any], dict[str, int]]] = {
    "page number ending on a total count": (
        {"style": "page-number", "page_param": "page", "size_param": "per_page", "total": "meta.total"},
        PageNumberPaging("page", items=data, size_param="per_page", total="meta.total"),
        {"per_page": 5},
    ),
    "page number ending on a page count, bracketed names": (
        {"style": "page-number", "page_param": "page[number]", "size_param": "page[size]", "total_pages": "meta.pages"},
        PageNumberPaging("page[number]", items=data, size_param="page[size]", total_pages="meta.pages"),
        {"page[size]": 5},
    ),
    "page number ending on has_more": (
        {"style": "page-number", "page_param": "page", "size_param": "per_page", "has_more": "has_more"},
        PageNumberPaging("page", items=data, size_param="per_page", has_more="has_more"),
        {"per_page": 5},
    ),
    "page number ending on a short page": (
        {"style": "page-number", "page_param": "page", "size_param": "per_page"},
        PageNumberPaging("page", items=data, size_param="per_page"),
        {"per_page": 7},
    ),
    "offset ending on a total count": (
        {"style": "offset", "offset_param": "offset", "limit_param": "limit", "total": "meta.total"},
        OffsetPaging("offset", "limit", items=data, total="meta.total"),
        {"limit": 5},
    ),
    "offset ending on a page count": (
        {"style": "offset", "offset_param": "offset", "limit_param": "limit", "total_pages": "meta.pages"},
        OffsetPaging("offset", "limit", items=data, total_pages="meta.pages"),
        {"limit": 5},
    ),
    "offset ending on has_more": (
        {"style": "offset", "offset_param": "offset", "limit_param": "limit", "has_more": "has_more"},
        OffsetPaging("offset", "limit", items=data, has_more="has_more"),
        {"limit": 5},
    ),
    "offset ending on a short page": (
        {"style": "offset", "offset_param": "offset", "limit_param": "limit"},
        OffsetPaging("offset", "limit", items=data),
        {"limit": 7},
    ),
    "link header": (
        {"style": "link-header", "cursor_param": "cursor", "size_param": "limit"},
        LinkHeaderPaging(items=data, cursor_param="cursor"),
        {"limit": 7},
    ),
    "next cursor at a dotted path": (
        {"style": "cursor", "cursor_param": "pageToken", "next_cursor": "meta.next", "size_param": "limit"},
        CursorPaging("pageToken", items=data, next_cursor="meta.next"),
        {"limit": 7},
    ),
    "limit, data, last": (
        {"style": "cursor", "cursor_param": "cursor", "next_cursor": "last", "size_param": "limit"},
        CursorPaging("cursor", items=data, next_cursor="last"),
        {"limit": 5},
    ),
    "has_more and starting_after the last item's key": (
        {
            "style": "cursor",
            "cursor_param": "starting_after",
            "last_item_key": "id",
            "has_more": "has_more",
            "size_param": "limit",
        },
        CursorPaging("starting_after", items=data, last_item_key="id", items_path="data", has_more="has_more"),
        {"limit": 5},
    ),
    "starting_after the last item's key, ending on a short page": (
        {"style": "cursor", "cursor_param": "starting_after", "last_item_key": "id", "size_param": "limit"},
        CursorPaging("starting_after", items=data, last_item_key="id", items_path="data", size_param="limit"),
        {"limit": 7},
    ),
}


def app_paging(declaration: dict[str, Any]) -> Any:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/items"]["get"]["x-pagination"] = {"items": "data", **declaration}
    return create_app(spec, token=TOKEN)


def walk(app: Any, paging: Paging[Any], params: dict[str, int]) -> tuple[list[str], int]:
    """The ids the engine walks to, and the number of pages it read."""
    sent: list[httpx.Request] = []
    transport = SyncASGITransport(app)

    def record(request: httpx.Request) -> None:
        sent.append(request)

    client = engine.AuthenticatedClient(
        "https://mock/v1", token=TOKEN, httpx_args={"transport": transport, "event_hooks": {"request": [record]}}
    )
    request = {"method": "GET", "url": "/items", "params": params}
    with client:
        ids = [item["id"] for item in client._iterate(request, lambda r: r.json(), lambda r: None, {}, paging)]
    return ids, len(sent)


@pytest.mark.parametrize(("declaration", "paging", "params"), STYLES.values(), ids=STYLES.keys())
def test_a_25_item_collection_is_walked_to_its_end_with_each_item_once(
    declaration: dict[str, Any], paging: Paging[Any], params: dict[str, int]
) -> None:
    ids, pages = walk(app_paging(declaration), paging, params)
    assert len(ids) == DEFAULT_COLLECTION_SIZE == 25
    assert len(set(ids)) == 25, "an item came twice"
    size = next(iter(params.values()))
    assert pages == -(-25 // size), "the mock says the last page on the last page, not after an empty one"


def test_a_cursor_style_without_where_its_cursor_comes_from_is_refused_at_start_up() -> None:
    from scripts.errors import InputError

    with pytest.raises(InputError, match="style cursor needs one of `next_cursor`, `last_item_key`") as raised:
        app_paging({"style": "cursor", "cursor_param": "cursor"})
    assert raised.value.location == "#/paths/~1items/get/x-pagination"


def test_an_unknown_last_item_key_is_an_empty_last_page() -> None:
    declaration = {"style": "cursor", "cursor_param": "starting_after", "last_item_key": "id", "has_more": "has_more"}
    with httpx.Client(transport=SyncASGITransport(app_paging(declaration)), base_url="https://mock/v1") as client:
        body = client.get("/items", params={"starting_after": "nosuch"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert body.status_code == 200, body.text
    assert body.json()["data"] == [] and body.json()["has_more"] is False


@pytest.mark.parametrize(
    ("schema", "required", "end"),
    [
        ({"type": ["string", "null"]}, False, {"last": None}),
        ({"type": "string"}, False, {}),
        ({"type": "string"}, True, {"last": ""}),
    ],
    ids=["nullable: null", "optional string: left out", "required string: empty"],
)
def test_the_last_page_ends_its_next_cursor_as_the_response_schema_allows(
    schema: dict[str, Any], required: bool, end: dict[str, Any]
) -> None:
    spec = copy.deepcopy(SPEC)
    body = spec["paths"]["/items"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    body["properties"]["last"] = schema
    body["required"] = ["data", "last"] if required else ["data"]
    spec["paths"]["/items"]["get"]["x-pagination"] = {
        "items": "data", "style": "cursor", "cursor_param": "cursor", "next_cursor": "last", "size_param": "limit"
    }  # fmt: skip
    app = create_app(spec, token=TOKEN)
    with httpx.Client(transport=SyncASGITransport(app), base_url="https://mock/v1") as client:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        first = client.get("/items", params={"limit": 20}, headers=auth).json()
        last = client.get("/items", params={"limit": 20, "cursor": first["last"]}, headers=auth).json()
    assert isinstance(first["last"], str) and first["last"]
    assert len(last["data"]) == 5
    assert {key: value for key, value in last.items() if key == "last"} == end
    ids, _ = walk(app, CursorPaging("cursor", items=data, next_cursor="last"), {"limit": 20})
    assert len(ids) == 25
