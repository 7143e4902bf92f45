"""The Emogg spec (specs/emogg.yaml) and its overlay, against the vendor's documentation at docs.emogg.com.

The seed ../shared/seeds/002_*.txt is the stored "Get a session" page; the other pages are quoted where a test
needs them. Every `x-judgements` entry of the spec has a test here marked `@covers(id)`.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from tests.test_specs import REPO, component, covers, operations, schema_errors, seed_text, spec

LIST = "/v1/sessions"
ONE = "/v1/sessions/{sessionId}"
STOP = "/v1/sessions/{sessionId}/stop"
EMOTIONS = "/v1/sessions/{sessionId}/emotions"
TIMELINE = "/v1/sessions/{sessionId}/emotions/timeline"
SENTIMENT = "/v1/sessions/{sessionId}/audio/transcription-sentiment"
PLACEHOLDER = "{...}"

# The vendor's pages: method and URL as printed, and the response codes of each page's table.
VENDOR_PAGES = {
    ("get", LIST): ("GET /v1/sessions", {"200", "400"}),
    ("post", LIST): ("POST /v1/sessions", {"201"}),
    ("get", ONE): ("GET /v1/sessions/:sessionId", {"200", "404"}),
    ("patch", ONE): ("PATCH /v1/sessions/:sessionId", {"200", "400"}),
    ("delete", ONE): ("DELETE /v1/sessions/:sessionId", {"204", "400", "404"}),
    ("post", STOP): ("POST /v1/sessions/:id/stop", {"200", "400", "404"}),
    ("get", EMOTIONS): ("GET /v1/sessions/:sessionId/emotions", {"200", "400", "404"}),
    ("get", TIMELINE): ("GET /v1/sessions/:sessionId/emotions/timeline", {"200", "400", "404"}),
    ("get", SENTIMENT): ("GET /v1/sessions/:sessionId/audio/transcription-sentiment", {"200", "400", "404"}),
}
# What the spec adds to each page's codes, each for a recorded reason (the Errors page's 401 and 429 everywhere).
ADDED_CODES = {
    ("post", LIST): {"400"},  # emogg-create-400
    ("patch", ONE): {"404"},  # emogg-update-404
}


def document() -> dict[str, Any]:
    return spec("emogg")


def operation(method: str, path: str) -> dict[str, Any]:
    found: dict[str, Any] = document()["paths"][path][method]
    return found


def example(method: str, path: str, status: str, name: str = "vendorExample") -> Any:
    media = operation(method, path)["responses"][status]["content"]["application/json"]
    return media["examples"][name]["value"]


def resolved(node: dict[str, Any]) -> dict[str, Any]:
    """A response or parameter with its `$ref` (into this spec's components) followed."""
    components = document()["components"]
    while "$ref" in node:
        _, _, kind, name = node["$ref"].split("/")
        node = components[kind][name]
    return node


def parameters(method: str, path: str) -> dict[str, dict[str, Any]]:
    item = document()["paths"][path]
    found = item.get("parameters", []) + item[method].get("parameters", [])
    return {p["name"]: p for p in map(resolved, found)}


def seed_example() -> str:
    return seed_text("002").split("Example response", 1)[1].strip()


def session_example() -> Any:
    return example("get", ONE, "200")


def without(value: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in value.items() if k not in keys}


# --- operations and responses ----------------------------------------------------------------------------------


def test_every_documented_sessions_operation_is_in_the_spec() -> None:
    found = {(method, path) for path, method, _ in operations(document())}
    assert found == set(VENDOR_PAGES)


def test_response_codes_are_the_vendors_plus_the_errors_pages() -> None:
    for (method, path), (_, codes) in VENDOR_PAGES.items():
        expected = codes | {"401", "429"} | ADDED_CODES.get((method, path), set())
        assert set(operation(method, path)["responses"]) == expected, f"{method.upper()} {path}"


def test_get_example_is_the_vendors_without_placeholders() -> None:
    without_placeholders = re.sub(r",\s*\{\.\.\.\}", "", seed_example())
    assert session_example() == json.loads(without_placeholders)


@covers("emogg-error-body")
def test_every_error_response_carries_the_errors_page_body() -> None:
    error = document()["components"]["schemas"]["Error"]
    assert set(error["required"]) == {"error", "status", "message"}
    assert error["properties"]["status"]["type"] == "number"  # "number" on the Errors page: 404.0 is valid
    assert schema_errors(document(), component("Error"), {"error": True, "status": 404.0, "message": "m"}) == []
    for path, method, op in operations(document()):
        for status, raw in op["responses"].items():
            if status.startswith("2"):
                continue
            response = resolved(raw)
            media = response["content"]["application/json"]
            assert media["schema"] == {"$ref": "#/components/schemas/Error"}, f"{method} {path} {status}"
            for value in (entry["value"] for entry in media["examples"].values()):
                assert value["error"] is True and value["status"] == int(status), f"{method} {path} {status}"
    # The Errors page's own example, verbatim.
    not_found = resolved(operation("get", ONE)["responses"]["404"])["content"]["application/json"]
    assert not_found["examples"]["vendorExample"]["value"] == {
        "error": True,
        "status": 404,
        "message": "The requested resource was not found.",
    }
    assert schema_errors(document(), component("Error"), {"error": True, "status": 404}) == [
        ": 'message' is a required property"
    ]


@covers("emogg-rate-limit-headers")
def test_429_names_the_rate_limit_headers_and_no_retry_after() -> None:
    for path, method, op in operations(document()):
        response = resolved(op["responses"]["429"])
        assert set(response["headers"]) == {
            "RateLimit-Limit",
            "RateLimit-Remaining",
            "RateLimit-Reset",
            "RateLimit-Policy",
        }, f"{method} {path}"
        assert "Retry-After" in response["description"]  # said not to be documented, so clients back off


# --- the session and its states ---------------------------------------------------------------------------------


@covers("emogg-placeholder-sources")
def test_example_sources_are_complete() -> None:
    assert seed_example().count(PLACEHOLDER) == 2
    for path, method, op in operations(document()):
        for status, response in op["responses"].items():
            for entry in response.get("content", {}).get("application/json", {}).get("examples", {}).values():
                assert PLACEHOLDER not in json.dumps(entry["value"]), f"{method} {path} {status}"
    for source in session_example()["sources"]:
        assert set(source) == {"id", "name", "type", "device"}
        assert schema_errors(document(), component("SessionSource"), source) == []


@covers("emogg-timestamp-type")
def test_timestamps_are_strings_without_a_format() -> None:
    schemas = document()["components"]["schemas"]
    for schema in (
        schemas["Session"]["properties"]["timestamp"],
        schemas["SessionMeta"]["properties"]["expires"],
        schemas["SessionMeta"]["properties"]["healthCheck"],
    ):
        assert schema["type"] == "string"
        assert "format" not in schema
    for value in ("2024-04-01T10:30:00.000Z", "2024-04-01", "1711967400000", "yesterday"):
        assert schema_errors(document(), component("Session"), dict(session_example(), timestamp=value)) == []
    bad = dict(session_example(), timestamp=1711967400)
    assert schema_errors(document(), component("Session"), bad) == ["timestamp: 1711967400 is not of type 'string'"]


@covers("emogg-required-fields")
def test_session_requires_every_field_not_marked_optional() -> None:
    # The seed's "Response Body" table: a field followed by "Optional" is optional.
    table = seed_text("002").split("Response Body", 1)[1].split("Response codes", 1)[0]
    fields = re.findall(r"^(_?[a-z]\w*)\n(?:[^\n]*\n)?", table, re.MULTILINE)
    optional = set(re.findall(r"^(\w+)\n[^\n]+\nOptional$", table, re.MULTILINE))
    assert optional == {"config", "sources", "meta"}
    schema = document()["components"]["schemas"]["Session"]
    assert set(schema["required"]) == set(schema["properties"]) - optional
    assert set(schema["properties"]) <= set(fields)


@covers("emogg-open-enums")
def test_undocumented_enums_are_open_sets_with_the_states_from_the_prose() -> None:
    schemas = document()["components"]["schemas"]
    state = schemas["Session"]["properties"]["state"]
    assert state["x-known-values"] == ["active", "processing", "finished"]
    assert parameters("get", LIST)["state"]["schema"]["x-known-values"] == state["x-known-values"]
    open_sets = {
        "type": schemas["Session"]["properties"]["type"],
        "state": state,
        "workerState": schemas["SessionMeta"]["properties"]["workerState"],
        "source type": schemas["SessionSource"]["properties"]["type"],
        "source device": schemas["SessionSource"]["properties"]["device"],
    }
    for where, schema in open_sets.items():
        assert "enum" not in schema, where
        assert schema["x-known-values"], where
    session = dict(session_example(), state="paused", type="recorded_analysis", meta={"workerState": "sleeping"})
    session["sources"] = [{"id": "s", "type": "audio", "device": "remote_microphone"}]
    assert schema_errors(document(), component("Session"), session) == []


def test_a_name_of_256_characters_is_valid_and_257_is_not() -> None:
    """Pins maxLength 256 on every name (a mutation to 128 once survived the tests)."""
    for name in ("Session", "CreateSessionBody", "UpdateSessionBody"):
        schema = document()["components"]["schemas"][name]
        assert schema["properties"]["name"]["maxLength"] == 256, name
        body = dict(session_example()) if name == "Session" else {"streamUri": "rtmp://example.com/live"}
        assert schema_errors(document(), component(name), {**body, "name": "n" * 256}) == [], name
        assert schema_errors(document(), component(name), {**body, "name": "n" * 257}) == [
            f"name: '{'n' * 257}' is too long"
        ], name


# --- list: offset paging, filters, expand ----------------------------------------------------------------------


@covers("emogg-offset-paging")
def test_list_pages_by_offset_and_limit_with_has_more() -> None:
    found = parameters("get", LIST)
    # Sent as integers (each a valid vendor `number`), read as numbers.
    assert without(found["limit"]["schema"], "description") == {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 10,
    }
    assert without(found["offset"]["schema"], "description") == {"type": "integer", "minimum": 0, "default": 0}
    page = document()["components"]["schemas"]["SessionList"]
    assert (page["properties"]["offset"]["type"], page["properties"]["limit"]["type"]) == ("number", "number")
    fractional = dict(example("get", LIST, "200"), offset=20.0, limit=10.0)
    assert schema_errors(document(), component("SessionList"), fractional) == []
    assert set(page["required"]) == {"hasMore", "offset", "limit", "data"}
    assert page["properties"]["hasMore"]["type"] == "boolean"
    listed = example("get", LIST, "200")
    assert (listed["hasMore"], listed["offset"], listed["limit"]) == (True, 20, 10)
    assert listed["data"] == [session_example()]
    judgement = next(j for j in operation("get", LIST)["x-judgements"] if j["id"] == "emogg-offset-paging")
    assert "cursor-based" in judgement["text"]


@covers("emogg-untyped-date-filters")
def test_from_and_to_are_strings_without_a_format() -> None:
    found = parameters("get", LIST)
    for name in ("from", "to"):
        assert without(found[name]["schema"], "description") == {"type": "string"}, name
        assert "no type or format" in found[name]["description"], name


@covers("emogg-expand-parameter")
def test_list_accepts_expand_as_repeated_array_parameters() -> None:
    expand = parameters("get", LIST)["expand[]"]
    assert (expand["in"], expand["style"], expand["explode"]) == ("query", "form", True)
    assert without(expand["schema"], "description") == {"type": "array", "items": {"type": "string"}}
    for field in ("user", "product"):
        choices = document()["components"]["schemas"]["Session"]["properties"][field]["oneOf"]
        assert choices == [choices[0], {"$ref": "#/components/schemas/ExpandedObject"}], field
        assert choices[0]["type"] == "string", field
    expanded = dict(session_example(), user={"_id": "65d7a8fb532f66218ecd4cab", "email": "someone@example.com"})
    assert schema_errors(document(), component("Session"), expanded) == []
    assert schema_errors(document(), component("Session"), dict(session_example(), user=42)) != []


# --- create, update, delete, stop -------------------------------------------------------------------------------


def test_create_requires_name_and_stream_uri_and_answers_201_with_the_session() -> None:
    create = operation("post", LIST)
    assert create["requestBody"]["required"] is True
    body = document()["components"]["schemas"]["CreateSessionBody"]
    assert set(body["required"]) == {"name", "streamUri"}
    assert schema_errors(document(), component("CreateSessionBody"), {"name": "x"}) == [
        ": 'streamUri' is a required property"
    ]
    assert create["responses"]["201"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Session"
    }


@covers("emogg-create-400")
def test_create_documents_a_400_for_a_bad_body() -> None:
    response = resolved(operation("post", LIST)["responses"]["400"])
    assert "invalid request body" in response["description"]


@covers("emogg-create-example")
def test_create_example_is_the_session_objects() -> None:
    assert example("post", LIST, "201") == session_example()


@covers("emogg-stream-uri-protocols")
def test_stream_uri_names_its_protocols_without_a_pattern() -> None:
    stream_uri = document()["components"]["schemas"]["CreateSessionBody"]["properties"]["streamUri"]
    assert "pattern" not in stream_uri and "format" not in stream_uri
    assert all(protocol in stream_uri["description"] for protocol in ("rtmp", "rtsp", "rtmps"))


@covers("emogg-update-404")
def test_update_renames_only_and_answers_404_for_an_unknown_session() -> None:
    body = document()["components"]["schemas"]["UpdateSessionBody"]
    assert set(body["properties"]) == {"name"} and "required" not in body
    assert example("patch", ONE, "200") == dict(session_example(), name="New name")
    assert resolved(operation("patch", ONE)["responses"]["404"])["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error"
    }


def test_delete_answers_204_without_a_body_and_400_while_active_or_processing() -> None:
    responses = operation("delete", ONE)["responses"]
    assert "content" not in responses["204"]
    assert responses["400"]["description"] == "The session is active or processing."


@covers("emogg-stop-path-parameter")
def test_stop_uses_session_id_like_every_other_path() -> None:
    paths = document()["paths"]
    assert STOP in paths
    assert not [path for path in paths if "{id}" in path]
    assert parameters("post", STOP)["sessionId"]["required"] is True
    assert operation("post", STOP)["responses"]["400"]["description"] == "The session is not active."


@covers("emogg-stop-example-state")
def test_stop_example_is_finished_and_otherwise_the_vendors() -> None:
    stopped = example("post", STOP, "200")
    assert stopped["state"] == "finished"
    assert without(stopped, "state") == without(session_example(), "state")
    assert session_example()["state"] == "active"


# --- analytics: emotions, timeline, transcription sentiment -----------------------------------------------------


@covers("emogg-expandable-session")
def test_session_of_the_analytics_is_an_id_or_an_expanded_session() -> None:
    expandable = document()["components"]["schemas"]["ExpandableSession"]
    assert expandable["oneOf"][1] == {"$ref": "#/components/schemas/Session"}
    for name in ("SessionEmotions", "EmotionsTimeline", "TranscriptionSentiment"):
        schema = document()["components"]["schemas"][name]
        assert schema["properties"]["session"] == {"$ref": "#/components/schemas/ExpandableSession"}, name
        assert schema_errors(document(), component(name), {**_empty(name), "session": session_example()}) == []
        assert schema_errors(document(), component(name), {**_empty(name), "session": 42}) != []
    for path in (EMOTIONS, TIMELINE, SENTIMENT):
        assert "expand[]" in parameters("get", path), path


def _empty(name: str) -> dict[str, Any]:
    return {"emotions": {}} if name == "SessionEmotions" else {"timeline": []}


@covers("emogg-analytics-entries")
def test_timeline_entries_are_typed_from_the_examples_and_open() -> None:
    schemas = document()["components"]["schemas"]
    for name in ("EmotionsTimelineEntry", "TranscriptionSentimentEntry", "EmotionIntensity", "Sentiments"):
        assert "required" not in schemas[name], name
    entry = example("get", TIMELINE, "200")["timeline"][0]
    assert set(entry["emotions"]) == {
        "exaltation",
        "focus",
        "shock",
        "seriousness",
        "fatigue",
        "disgust",
        "overwhelming",
    }
    with_new_emotion = {**entry, "emotions": {"boredom": {"people": 1, "quantity": 0.5, "intensity": 0.2}}}
    assert schema_errors(document(), component("EmotionsTimelineEntry"), with_new_emotion) == []
    sentiment = example("get", SENTIMENT, "200")
    assert sentiment["timeline"] == [
        {"start": 0, "end": 60, "segments": 2, "sentiments": {"positive": 0.89, "neutral": 1.03, "negative": 0.98}}
    ]


def test_timeline_parameters_are_the_vendors() -> None:
    for path in (TIMELINE, SENTIMENT):
        found = parameters("get", path)
        assert without(found["granularity"]["schema"], "description") == {
            "type": "number",
            "minimum": 5,
            "maximum": 3600,
            "default": 60,
        }
        assert without(found["start"]["schema"], "description") == {"type": "number", "default": 0}
        assert without(found["end"]["schema"], "description") == {"type": "number"}


def test_total_emotions_example_is_the_vendors() -> None:
    assert example("get", EMOTIONS, "200") == {"session": "65ea1530bb50af72b6e3dc1e", "emotions": {}}


# --- overlay: Python names, paging, stateful hints, links ------------------------------------------------------


def overlay_updates() -> dict[str, dict[str, Any]]:
    overlay = yaml.safe_load((REPO / "overlays" / "emogg.yaml").read_text(encoding="utf-8"))
    return {action["target"]: action["update"] for action in overlay["actions"]}


def target(method: str, path: str) -> str:
    return f"$.paths['{path}'].{method}"


def test_overlay_names_every_operation_in_python() -> None:
    updates = overlay_updates()
    names = {(m, p): updates[target(m, p)]["x-python-method"] for m, p in VENDOR_PAGES}
    assert names == {
        ("get", LIST): "sessions.list",
        ("post", LIST): "sessions.create",
        ("get", ONE): "sessions.get",
        ("patch", ONE): "sessions.update",
        ("delete", ONE): "sessions.delete",
        ("post", STOP): "sessions.stop",
        ("get", EMOTIONS): "sessions.emotions.get",
        ("get", TIMELINE): "sessions.emotions.timeline",
        ("get", SENTIMENT): "sessions.audio.transcription_sentiment",
    }


def test_overlay_pages_the_list_by_offset_until_has_more_is_false() -> None:
    assert overlay_updates()[target("get", LIST)]["x-pagination"] == {
        "style": "offset",
        "items": "data",
        "offset_param": "offset",
        "limit_param": "limit",
        "has_more": "hasMore",
    }


def test_overlay_state_hints_describe_the_session_lifecycle() -> None:
    updates = overlay_updates()
    roles = {(m, p): updates[target(m, p)].get("x-state") for m, p in VENDOR_PAGES}
    assert roles[("post", LIST)] == {"resource": "session", "role": "create", "id_field": "_id"}
    assert roles[("get", LIST)] == {"resource": "session", "role": "list"}
    for method, path, role in (("get", ONE, "read"), ("patch", ONE, "update")):
        assert roles[(method, path)] == {"resource": "session", "role": role, "key": "sessionId"}
    # Emogg answers 400 to a DELETE while the session is active or processing.
    assert roles[("delete", ONE)] == {
        "resource": "session",
        "role": "delete",
        "key": "sessionId",
        "requires": {"state": ["finished"]},
    }
    # What Emogg computed for a session is gone with it (404 after the delete).
    for path in (EMOTIONS, TIMELINE, SENTIMENT):
        assert roles[("get", path)] == {"resource": "session", "role": "view", "key": "sessionId"}
    assert roles[("post", STOP)] == {
        "resource": "session",
        "role": "action",
        "key": "sessionId",
        "set": {"state": "finished"},
    }
    assert "finished" in document()["components"]["schemas"]["Session"]["properties"]["state"]["x-known-values"]


def test_overlay_links_the_created_session_to_get_rename_stop_and_delete() -> None:
    links = overlay_updates()["$.paths['/v1/sessions'].post.responses['201']"]["links"]
    by_id = {op["operationId"]: (method, path) for path, method, op in operations(document())}
    assert {link["operationId"] for link in links.values()} == {
        "getSession",
        "updateSession",
        "stopSession",
        "deleteSession",
    }
    for link in links.values():
        method, path = by_id[link["operationId"]]
        assert link["parameters"] == {"sessionId": "$response.body#/_id"}
        assert "sessionId" in parameters(method, path)
    assert "_id" in document()["components"]["schemas"]["Session"]["required"]


def test_overlay_links_a_stopped_session_to_its_delete_and_a_deleted_one_to_its_read() -> None:
    updates = overlay_updates()
    stopped = updates["$.paths['/v1/sessions/{sessionId}/stop'].post.responses['200']"]["links"]
    assert {(link["operationId"], link["parameters"]["sessionId"]) for link in stopped.values()} == {
        ("getSession", "$response.body#/_id"),
        ("deleteSession", "$response.body#/_id"),
    }
    deleted = updates["$.paths['/v1/sessions/{sessionId}'].delete.responses['204']"]["links"]
    assert [(link["operationId"], link["parameters"]) for link in deleted.values()] == [
        ("getSession", {"sessionId": "$request.path.sessionId"})
    ]


def test_overlay_declares_the_environment_variables() -> None:
    assert overlay_updates()["$.info"]["x-env"] == {"token": "EMOGG_API_TOKEN", "base_url": "EMOGG_BASE_URL"}
