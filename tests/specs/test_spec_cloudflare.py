"""The Cloudflare RealtimeKit spec beyond the sessions list: the Sessions tag and a meeting's active session.

Sources (none of them live): the `cloudflare` 5.9.0 SDK (`types/realtime_kit`, `resources/realtime_kit`), the
`cloudflare/api-schemas` extracts at c92b9b0 and the Go SDK page of the seed. Every `x-judgements` entry of the
spec that is not pinned in tests/test_specs.py is pinned here with `@covers`.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from tests.test_specs import REPO, component, covers, resolve, schema_errors, spec

NAME = "cloudflare-realtimekit"
PREFIX = "/accounts/{account_id}/realtime/kit/{app_id}"


def document() -> dict[str, Any]:
    return spec(NAME)


def operation(method: str, path: str) -> dict[str, Any]:
    found: dict[str, Any] = document()["paths"][PREFIX + path][method]
    return found


def example(method: str, path: str, status: str = "200") -> Any:
    doc = document()
    response = operation(method, path)["responses"][status]
    if "$ref" in response:
        response = resolve(doc, response["$ref"])
    (value,) = [entry["value"] for entry in response["content"]["application/json"]["examples"].values()]
    return value


def response_schema(method: str, path: str, status: str = "200") -> str:
    doc = document()
    response = operation(method, path)["responses"][status]
    if "$ref" in response:
        response = resolve(doc, response["$ref"])
    return str(response["content"]["application/json"]["schema"]["$ref"]).lstrip("#")


def parameter(op: dict[str, Any], name: str) -> dict[str, Any]:
    doc = document()
    (found,) = [
        p for p in (resolve(doc, p["$ref"]) if "$ref" in p else p for p in op["parameters"]) if p["name"] == name
    ]
    return dict(found)


def overlay() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((REPO / "overlays" / f"{NAME}.yaml").read_text(encoding="utf-8"))
    return loaded


def overlay_update(target_path: str, method: str) -> dict[str, Any]:
    target = f"$.paths['{PREFIX}{target_path}'].{method}"
    (update,) = [
        a["update"] for a in overlay()["actions"] if " ".join(a["target"].split()).replace(" .", ".") == target
    ]
    return dict(update)


SESSION = {
    "id": "s",
    "associated_id": "m",
    "created_at": "t",
    "live_participants": 0,
    "max_concurrent_participants": 1,
    "meeting_display_name": "d",
    "minutes_consumed": 1.5,
    "organization_id": "o",
    "started_at": "t",
    "status": "ENDED",
    "type": "meeting",
    "updated_at": "t",
}

# --- the operations ----------------------------------------------------------------------------------------------

SDK_OPERATIONS = {
    # (method, path under the app) -> the SDK 5.9.0 method of `realtime_kit.sessions` / `.active_session`
    ("get", "/sessions"): "get_sessions",
    ("get", "/sessions/{session_id}"): "get_session_details",
    ("get", "/sessions/{session_id}/participants"): "get_session_participants",
    ("get", "/sessions/{session_id}/participants/{participant_id}"): "get_session_participant_details",
    ("get", "/sessions/{session_id}/chat"): "get_session_chat",
    ("get", "/sessions/{session_id}/transcript"): "get_session_transcripts",
    ("get", "/sessions/{session_id}/summary"): "get_session_summary",
    ("post", "/sessions/{session_id}/summary"): "generate_summary_of_transcripts",
    ("get", "/sessions/peer-report/{peer_id}"): "get_participant_data_from_peer_id",
    ("get", "/meetings/{meeting_id}/active-session"): "get_active_session",
    ("post", "/meetings/{meeting_id}/active-session/kick"): "kick_participants",
    ("post", "/meetings/{meeting_id}/active-session/kick-all"): "kick_all_participants",
    ("post", "/meetings/{meeting_id}/active-session/mute"): "mute_participants (api-schemas; not in 5.9.0)",
    ("post", "/meetings/{meeting_id}/active-session/mute-all"): "mute_all_participants (api-schemas; not in 5.9.0)",
    ("post", "/meetings/{meeting_id}/active-session/poll"): "create_poll",
}


def test_the_spec_has_the_sessions_tag_and_the_active_session_operations() -> None:
    found = {
        (method, path.removeprefix(PREFIX))
        for path, item in document()["paths"].items()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    }
    assert found == set(SDK_OPERATIONS)


@pytest.mark.parametrize(("method", "path"), sorted(SDK_OPERATIONS))
def test_every_operation_documents_401_and_403_with_the_v4_envelope(method: str, path: str) -> None:
    for status in ("401", "403"):
        assert response_schema(method, path, status) == component("ErrorEnvelope")
        assert schema_errors(document(), component("ErrorEnvelope"), example(method, path, status)) == []


@pytest.mark.parametrize(("method", "path"), sorted(SDK_OPERATIONS))
def test_every_operation_names_account_and_app_and_its_overlay_names_a_python_method(method: str, path: str) -> None:
    doc = document()
    names = [
        resolve(doc, p["$ref"])["name"] if "$ref" in p else p["name"] for p in operation(method, path)["parameters"]
    ]
    assert names[:2] == ["account_id", "app_id"]
    assert overlay_update(path, method)["x-python-method"]


def test_python_methods_are_resource_nouns_then_the_method() -> None:
    methods = {(m, p): overlay_update(p, m)["x-python-method"] for m, p in SDK_OPERATIONS}
    assert methods == {
        ("get", "/sessions"): "sessions.list",
        ("get", "/sessions/{session_id}"): "sessions.get",
        ("get", "/sessions/{session_id}/participants"): "sessions.participants.list",
        ("get", "/sessions/{session_id}/participants/{participant_id}"): "sessions.participants.get",
        ("get", "/sessions/{session_id}/chat"): "sessions.chat.get",
        ("get", "/sessions/{session_id}/transcript"): "sessions.transcript.get",
        ("get", "/sessions/{session_id}/summary"): "sessions.summary.get",
        ("post", "/sessions/{session_id}/summary"): "sessions.summary.create",
        ("get", "/sessions/peer-report/{peer_id}"): "sessions.peer_report.get",
        ("get", "/meetings/{meeting_id}/active-session"): "meetings.active_session.get",
        ("post", "/meetings/{meeting_id}/active-session/kick"): "meetings.active_session.kick",
        ("post", "/meetings/{meeting_id}/active-session/kick-all"): "meetings.active_session.kick_all",
        ("post", "/meetings/{meeting_id}/active-session/mute"): "meetings.active_session.mute",
        ("post", "/meetings/{meeting_id}/active-session/mute-all"): "meetings.active_session.mute_all",
        ("post", "/meetings/{meeting_id}/active-session/poll"): "meetings.active_session.create_poll",
    }


def test_overlay_declares_the_environment_and_keeps_the_summary_stateless() -> None:
    (info,) = [a["update"] for a in overlay()["actions"] if a["target"] == "$.info"]
    assert info["x-env"] == {"token": "CLOUDFLARE_API_TOKEN", "base_url": "CLOUDFLARE_BASE_URL"}
    # The read documents no answer for a session without a summary (200, 401, 403 only) and another body than
    # the POST's: a stateful read would answer an undocumented 404, so the stateful mock answers the examples.
    for method in ("post", "get"):
        assert "x-state" not in overlay_update("/sessions/{session_id}/summary", method)
    assert sorted(operation("get", "/sessions/{session_id}/summary")["responses"]) == ["200", "401", "403"]
    assert schema_errors(document(), component("SummaryGeneration"), {"session_id": "s"}) == []


def test_the_active_session_and_kick_document_a_404_with_realtimekits_envelope_as_the_vendor_does() -> None:
    with_404 = sorted((m, p) for m, p in SDK_OPERATIONS if "404" in operation(m, p)["responses"])
    assert with_404 == [
        ("get", "/meetings/{meeting_id}/active-session"),
        ("post", "/meetings/{meeting_id}/active-session/kick"),
    ]
    for method, path in with_404:
        assert response_schema(method, path, "404") == component("RealtimeKitError")
        assert example(method, path, "404")["error"]["code"] == 404
    body = example("get", "/meetings/{meeting_id}/active-session", "404")
    assert body["error"]["message"].startswith("No active session found for meeting_id")


# --- judgements ----------------------------------------------------------------------------------------------------


@covers("cloudflare-page-no-one-based")
def test_page_numbers_may_be_zero_but_the_client_starts_at_one() -> None:
    for path in ("/sessions", "/sessions/{session_id}/participants"):
        page_no = parameter(operation("get", path), "page_no")
        assert (page_no["schema"]["minimum"], page_no["example"]) == (0, 1)
        assert overlay_update(path, "get")["x-pagination"]["start"] == 1


@covers("cloudflare-list-paging-top-level")
def test_the_sessions_list_declares_paging_beside_data() -> None:
    doc = document()
    listing = doc["components"]["schemas"]["ListSessionsResponse"]
    assert listing["properties"]["paging"] == {"$ref": "#/components/schemas/Paging"}
    assert set(doc["components"]["schemas"]["Paging"]["properties"]) == {"start_offset", "end_offset", "total_count"}
    paged = dict(example("get", "/sessions"), paging={"start_offset": 1, "end_offset": 1, "total_count": 1.0})
    assert schema_errors(doc, component("ListSessionsResponse"), paged) == []
    pagination = overlay_update("/sessions", "get")["x-pagination"]
    assert (pagination["total"], pagination["size_param"]) == ("paging.total_count", "per_page")


@covers("cloudflare-details-flat-data")
def test_session_details_carry_the_session_flat_in_data() -> None:
    doc = document()
    assert response_schema("get", "/sessions/{session_id}") == component("SessionResponse")
    assert response_schema("get", "/meetings/{meeting_id}/active-session") == component("SessionResponse")
    assert schema_errors(doc, component("SessionResponse"), {"data": SESSION, "success": True}) == []
    older = schema_errors(doc, component("SessionResponse"), {"data": {"session": SESSION}, "success": True})
    assert "data: 'id' is a required property" in older


@covers("cloudflare-participants-paging-in-data")
def test_participants_paging_sits_inside_data_and_is_optional() -> None:
    doc = document()
    body = example("get", "/sessions/{session_id}/participants")
    assert "paging" in body["data"] and "paging" not in body
    without = copy.deepcopy(body)
    del without["data"]["paging"]
    assert schema_errors(doc, component("ListParticipantsResponse"), without) == []
    pagination = overlay_update("/sessions/{session_id}/participants", "get")["x-pagination"]
    assert (pagination["items"], pagination["total"]) == ("data.participants", "data.paging.total_count")


@covers("cloudflare-participants-per-page-integer")
def test_participants_per_page_is_an_integer_and_page_no_a_number() -> None:
    participants = operation("get", "/sessions/{session_id}/participants")
    assert parameter(participants, "per_page")["schema"]["type"] == "integer"
    assert parameter(participants, "page_no")["schema"]["type"] == "number"
    assert parameter(operation("get", "/sessions"), "per_page")["schema"]["type"] == "number"


@covers("cloudflare-mixed-case-fields")
def test_download_responses_keep_the_vendors_mixed_case_names() -> None:
    schemas = document()["components"]["schemas"]
    assert list(schemas["TranscriptDownload"]["properties"]) == [
        "sessionId",
        "transcript_download_url",
        "transcript_download_url_expiry",
    ]
    assert list(schemas["SummaryDownload"]["properties"]) == [
        "sessionId",
        "summaryDownloadUrl",
        "summaryDownloadUrlExpiry",
    ]
    assert list(schemas["ChatDownload"]["properties"]) == ["chat_download_url", "chat_download_url_expiry"]
    snake = {"session_id": "s", "summary_download_url": "u", "summary_download_url_expiry": "t"}
    assert len(schema_errors(document(), component("SummaryDownload"), snake)) == 3


@covers("cloudflare-summary-post-answers-status")
def test_summary_post_has_no_body_and_answers_an_open_status() -> None:
    post = operation("post", "/sessions/{session_id}/summary")
    assert "requestBody" not in post
    status = document()["components"]["schemas"]["SummaryGeneration"]["properties"]["status"]
    assert status["type"] == "string" and "enum" not in status
    assert schema_errors(document(), component("SummaryGenerationResponse"), {}) == []
    assert schema_errors(document(), component("SummaryGeneration"), {"status": "ANYTHING_NEW"}) == []


@covers("cloudflare-peer-report-open-statistics")
def test_peer_report_statistics_are_open_objects() -> None:
    doc = document()
    schemas = doc["components"]["schemas"]
    assert set(schemas["PeerReport"]["properties"]) == {"metadata", "quality"}
    for name in ("PeerReportMetadata", "PeerReportQuality"):
        for field, schema in schemas[name]["properties"].items():
            inner = schema.get("items", schema)
            assert "properties" not in inner, f"{name}.{field}"
    quality = {"video_producer": [{"mos_quality": 4.1, "a_statistic_added_later": {"p99": 1}}]}
    assert schema_errors(doc, component("PeerReportQuality"), quality) == []
    assert schema_errors(doc, component("PeerReportQuality"), {"video_producer": {"mos": 1}}) == [
        "video_producer: {'mos': 1} is not of type 'array'"
    ]


@covers("cloudflare-kick-mute-bodies")
def test_kick_and_mute_send_both_lists_as_the_vendors_document_requires_and_mute_all_requires_allow_unmute() -> None:
    doc = document()
    for action in ("kick", "mute"):
        body = operation("post", f"/meetings/{{meeting_id}}/active-session/{action}")["requestBody"]
        assert body["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ParticipantSelection"}
        (sent,) = [entry["value"] for entry in body["content"]["application/json"]["examples"].values()]
        assert set(sent) == {"participant_ids", "custom_participant_ids"}
    for selection in (
        {"participant_ids": ["p"], "custom_participant_ids": []},
        {"participant_ids": [], "custom_participant_ids": ["c"]},
    ):
        assert schema_errors(doc, component("ParticipantSelection"), selection) == []
    assert schema_errors(doc, component("ParticipantSelection"), {"participant_ids": ["p"]}) == [
        ": 'custom_participant_ids' is a required property"
    ]
    assert len(schema_errors(doc, component("ParticipantSelection"), {})) == 2
    assert schema_errors(
        doc, component("ParticipantSelection"), {"participant_ids": "p", "custom_participant_ids": []}
    ) == ["participant_ids: 'p' is not of type 'array'"]
    assert schema_errors(doc, component("MuteAllRequest"), {}) == [": 'allow_unmute' is a required property"]
    assert "requestBody" not in operation("post", "/meetings/{meeting_id}/active-session/kick-all")


@covers("cloudflare-ids-are-strings")
def test_path_ids_are_plain_strings() -> None:
    doc = document()
    for name in ("SessionId", "MeetingId"):
        assert doc["components"]["parameters"][name]["schema"] == {"type": "string"}
    for method, path, name in (
        ("get", "/sessions/{session_id}/participants/{participant_id}", "participant_id"),
        ("get", "/sessions/peer-report/{peer_id}", "peer_id"),
    ):
        assert parameter(operation(method, path), name)["schema"] == {"type": "string"}


@covers("cloudflare-403-missing-permission")
def test_a_missing_permission_is_a_403_with_code_10000_and_no_401_example_uses_it() -> None:
    responses = document()["components"]["responses"]
    forbidden = responses["Forbidden"]["content"]["application/json"]["examples"]["missingPermission"]["value"]
    assert forbidden["errors"] == [{"code": 10000, "message": "Authentication error"}]
    unauthorized = [
        error["code"]
        for response in (responses["Unauthorized"], operation("get", "/sessions")["responses"]["401"])
        for entry in response["content"]["application/json"]["examples"].values()
        for error in entry["value"]["errors"]
    ]
    assert unauthorized and 10000 not in unauthorized


@covers("cloudflare-list-envelopes-required")
def test_lists_require_their_items_but_not_success_and_single_reads_do_not_require_data() -> None:
    doc = document()
    for listing, items in (("ListSessionsResponse", "sessions"), ("ListParticipantsResponse", "participants")):
        assert schema_errors(doc, component(listing), {"data": {items: []}}) == [], listing
    assert schema_errors(doc, component("ListParticipantsResponse"), {"success": True}) == [
        ": 'data' is a required property"
    ]
    assert schema_errors(doc, component("ListParticipantsResponse"), {"data": {}, "success": True}) == [
        "data: 'participants' is a required property"
    ]
    for single in ("SessionResponse", "ParticipantResponse", "ChatResponse", "TranscriptResponse", "SummaryResponse"):
        assert schema_errors(doc, component(single), {"success": True}) == [], single


@covers("cloudflare-breakout-rooms-open-items")
def test_breakout_rooms_accept_the_vendors_empty_objects() -> None:
    doc = document()
    assert doc["components"]["schemas"]["Session"]["properties"]["breakout_rooms"]["items"] == {}
    assert schema_errors(doc, component("Session"), dict(SESSION, breakout_rooms=[{}])) == []
    assert schema_errors(doc, component("Session"), dict(SESSION, breakout_rooms=[SESSION])) == []
    assert schema_errors(doc, component("Session"), dict(SESSION, breakout_rooms={})) == [
        "breakout_rooms: {} is not of type 'array'"
    ]


@covers("cloudflare-ended-at-null-string")
def test_ended_at_is_an_optional_string_and_the_string_null_validates() -> None:
    doc = document()
    assert schema_errors(doc, component("Session"), dict(SESSION, ended_at="null")) == []
    assert schema_errors(doc, component("Session"), SESSION) == []
    assert schema_errors(doc, component("Session"), dict(SESSION, ended_at=None)) == [
        "ended_at: None is not of type 'string'"
    ]


@covers("cloudflare-meta-kept-optional")
def test_meta_is_optional_and_untyped() -> None:
    doc = document()
    session = doc["components"]["schemas"]["Session"]
    assert "meta" not in session["required"] and "type" not in session["properties"]["meta"]
    for meta in ({}, {"title": "x"}, None, "anything"):
        assert schema_errors(doc, component("Session"), dict(SESSION, meta=meta)) == []


@covers("cloudflare-two-error-envelopes")
def test_both_error_envelopes_are_modelled_and_told_apart() -> None:
    doc = document()
    gateway = {"success": False, "errors": [{"code": 10000, "message": "Authentication error"}], "messages": []}
    realtimekit = {"success": False, "error": {"code": 404, "message": "No active session found"}}
    assert schema_errors(doc, component("ErrorEnvelope"), gateway) == []
    assert schema_errors(doc, component("ErrorEnvelope"), dict(gateway, result=None)) == []
    detailed = {"code": 7003, "message": "m", "documentation_url": "https://x", "source": {"pointer": "/a"}}
    assert schema_errors(doc, component("ErrorEnvelope"), dict(gateway, errors=[detailed])) == []
    assert schema_errors(doc, component("RealtimeKitError"), realtimekit) == []
    assert schema_errors(doc, component("RealtimeKitError"), gateway) == [": 'error' is a required property"]
    assert ": 'errors' is a required property" in schema_errors(doc, component("ErrorEnvelope"), realtimekit)


@covers("cloudflare-peer-event-nullable-fields")
def test_peer_events_allow_null_where_the_vendor_marks_nullable() -> None:
    doc = document()
    event = {
        "id": "e",
        "created_at": "t",
        "event_name": "PEER_JOINING",
        "minutes_consumed": 0,
        "participant_id": None,
        "peer_id": "p",
        "preset_view_type": None,
        "session_id": None,
        "socket_session_id": None,
        "updated_at": "t",
    }
    assert schema_errors(doc, component("PeerEvent"), event) == []
    for never_null in ("id", "peer_id", "event_name", "created_at"):
        assert schema_errors(doc, component("PeerEvent"), dict(event, **{never_null: None})), never_null
    assert schema_errors(doc, component("PeerEvent"), dict(event, preset_view_type="WEBINAR")) == []
    assert schema_errors(doc, component("PeerEvent"), dict(event, preset_view_type="webinar"))


@covers("cloudflare-create-poll")
def test_create_poll_requires_question_and_options_and_answers_201_with_the_poll() -> None:
    doc = document()
    op = operation("post", "/meetings/{meeting_id}/active-session/poll")
    assert op["tags"] == ["active_session"]
    assert sorted(op["responses"]) == ["201", "400", "401", "403"]
    assert "content" not in op["responses"]["400"]  # the vendor documents no body
    assert schema_errors(doc, component("CreatePollRequest"), {"question": "q"}) == [
        ": 'options' is a required property"
    ]
    (sent,) = [e["value"] for e in op["requestBody"]["content"]["application/json"]["examples"].values()]
    assert schema_errors(doc, component("CreatePollRequest"), sent) == []
    created = example("post", "/meetings/{meeting_id}/active-session/poll", "201")
    assert schema_errors(doc, component("CreatePollResponse"), created) == []
    assert schema_errors(doc, component("Poll"), {"id": "p", "question": "q"}) == [": 'options' is a required property"]


@covers("cloudflare-status-and-type-known-values")
def test_session_status_and_type_list_the_sdks_values() -> None:
    doc = document()
    schemas = doc["components"]["schemas"]
    assert schemas["SessionStatus"]["enum"] == ["LIVE", "ENDED"]
    assert schemas["SessionType"]["enum"] == ["meeting", "livestream", "participant"]
    assert schemas["Session"]["properties"]["status"] == {"$ref": "#/components/schemas/SessionStatus"}
