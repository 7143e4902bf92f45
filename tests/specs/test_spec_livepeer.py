"""specs/livepeer.yaml's clips of a session against the vendor's api-schema.yaml (livepeer/studio).

The vendor facts (the `asset` schema, the server's 404 and paging) are written out here as tables; every
`x-judgements` entry added for the clips is pinned by a test registered with `@covers`.
"""

from __future__ import annotations

from typing import Any

from scripts.sources import resolved_spec
from tests.test_specs import component, covers, parameter, schema_errors, spec

CLIPS = "/session/{id}/clips"
# The vendor's `asset` properties in its order; `staticMp4` is writeOnly (never in a response) and left out.
VENDOR_ASSET_PROPERTIES = [
    "id", "type", "playbackId", "userId", "playbackUrl", "downloadUrl", "playbackPolicy", "source", "creatorId",
    "profiles", "storage", "status", "name", "projectId", "createdAt", "createdByTokenName", "size", "hash",
    "videoSpec",
]  # fmt: skip
VENDOR_ENUMS = {
    ("Asset", "type"): ["video", "audio"],
    ("AssetSource", "type"): ["url", "recording", "directUpload", "clip"],
    ("PlaybackPolicy", "type"): ["public", "jwt", "webhook"],
    ("AssetStatus", "phase"): ["uploading", "waiting", "processing", "ready", "failed", "deleting", "deleted"],
    ("StorageStatus", "phase"): ["waiting", "processing", "ready", "failed", "reverted"],
    ("VideoTrack", "type"): ["video", "audio"],
}
VENDOR_REQUIRED = {
    "Asset": ["id", "name", "source"],
    "AssetSource": ["type"],
    "AssetStatus": ["phase", "updatedAt"],
    "PlaybackPolicy": ["type"],
    "CreatorId": ["type", "value"],
    "AssetProfile": ["bitrate"],
    "StorageStatus": ["phase", "tasks"],
    "IpfsFileInfo": ["cid"],
    "VideoTrack": ["type", "codec"],
}


def operation() -> dict[str, Any]:
    found: dict[str, Any] = spec("livepeer")["paths"][CLIPS]["get"]
    return found


def clip_example() -> dict[str, Any]:
    (value,) = operation()["responses"]["200"]["content"]["application/json"]["examples"]["oneClip"]["value"]
    return dict(value)


def test_clips_are_an_array_of_assets() -> None:
    response = operation()["responses"]["200"]["content"]["application/json"]
    assert response["schema"] == {"type": "array", "items": {"$ref": "#/components/schemas/Asset"}}
    assert parameter(operation(), "id")["in"] == "path"


def test_the_asset_has_the_vendors_fields_and_required_lists() -> None:
    schemas = spec("livepeer")["components"]["schemas"]
    assert list(schemas["Asset"]["properties"]) == [*VENDOR_ASSET_PROPERTIES, "objectStoreId"]
    for name, required in VENDOR_REQUIRED.items():
        assert schemas[name]["required"] == required, name
    for (name, field), values in VENDOR_ENUMS.items():
        assert schemas[name]["properties"][field]["enum"] == values, (name, field)


def test_a_missing_required_asset_field_is_rejected() -> None:
    document = spec("livepeer")
    for field in VENDOR_REQUIRED["Asset"]:
        clip = {k: v for k, v in clip_example().items() if k != field}
        assert schema_errors(document, component("Asset"), clip) == [f": '{field}' is a required property"]


def test_nullable_fields_accept_null() -> None:
    document = spec("livepeer")
    assert schema_errors(document, component("Asset"), dict(clip_example(), hash=None, playbackPolicy=None)) == []


@covers("livepeer-clips-paging")
def test_clips_page_like_the_session_list_and_a_missing_session_is_the_servers_404() -> None:
    document = spec("livepeer")
    limit, cursor = parameter(operation(), "limit"), parameter(operation(), "cursor")
    listing = document["paths"]["/session"]["get"]
    assert limit["schema"] == parameter(listing, "limit")["schema"]
    assert cursor["schema"] == parameter(listing, "cursor")["schema"]
    link = operation()["responses"]["200"]["headers"]["Link"]
    assert link["example"].endswith('rel="next"')
    for documented in (limit, cursor, link):
        assert documented["x-undocumented"] is True
    not_found = operation()["responses"]["404"]["content"]["application/json"]
    assert not_found["schema"] == {"$ref": "#/components/schemas/ErrorBody"}
    assert not_found["examples"]["notFound"]["value"] == {"errors": ["Session not found"]}


@covers("livepeer-asset-additional-properties")
def test_a_clip_row_with_object_store_id_and_further_fields_is_accepted() -> None:
    document = spec("livepeer")
    schemas = document["components"]["schemas"]
    object_store = schemas["Asset"]["properties"]["objectStoreId"]
    assert (object_store["type"], object_store["x-undocumented"]) == ("string", True)
    found = [name for name, schema in schemas.items() if schema.get("additionalProperties") is False]
    assert found == []
    row = dict(clip_example(), objectStoreId="os-1", suspended=False)
    row["status"] = dict(row["status"], extra=1)
    assert schema_errors(document, component("Asset"), row) == []


@covers("livepeer-asset-source-one-shape")
def test_the_source_is_one_object_told_apart_by_type() -> None:
    document = spec("livepeer")
    source = document["components"]["schemas"]["AssetSource"]
    assert "oneOf" not in source
    variant_fields = {"url", "gatewayUrl", "sessionId", "sourceId", "playbackId", "requesterId", "assetId"}
    assert set(source["properties"]) == {"type", *variant_fields}
    for value in (
        {"type": "url", "url": "https://example.com/v.mp4"},
        {"type": "recording", "sessionId": "s"},
        {"type": "clip", "sessionId": "s", "playbackId": "p", "requesterId": "r"},
    ):
        assert schema_errors(document, component("AssetSource"), value) == []
    assert schema_errors(document, component("AssetSource"), {"url": "u"}) == [": 'type' is a required property"]


# --- overlay -----------------------------------------------------------------------------------------------------


def test_the_overlay_names_every_operation_and_the_environment() -> None:
    document = resolved_spec("livepeer")
    methods = {path: item["get"].get("x-python-method") for path, item in document["paths"].items()}
    assert methods == {
        "/session": "sessions.list",
        "/session/{id}": "sessions.get",
        "/stream/{parentId}/sessions": "streams.sessions.list",
        "/session/{id}/clips": "sessions.clips.list",
    }
    assert document["info"]["x-env"] == {"token": "LIVEPEER_API_KEY", "base_url": "LIVEPEER_BASE_URL"}


def test_both_link_paged_lists_follow_the_cursor() -> None:
    paths = resolved_spec("livepeer")["paths"]
    expected = {"style": "link-header", "items": "$", "rel": "next", "cursor_param": "cursor"}
    for path in ("/session", CLIPS):
        assert paths[path]["get"]["x-pagination"] == expected, path
    assert "x-pagination" not in paths["/stream/{parentId}/sessions"]["get"]  # the server sends no Link there
