"""Every Cloudflare RealtimeKit operation, called through the generated client (sync and async) against its spec.

An httpx.MockTransport plays Cloudflare: it records the request and answers with the spec's documented example
(or error body). Both error envelopes are checked: the v4 gateway's `{success, errors, messages, result}` (401,
403 with code 10000) and RealtimeKit's own `{success, error: {code, message}}` (the active session's 404).
"""

from __future__ import annotations

import asyncio
import importlib
import json
from typing import Any

import httpx
import pytest

from tests.runtime.harness import TOKEN, FakeClock, answer, call, in_turn, make_client
from tests.support import Operation, deref, operations, same_json

CLIENT = "cloudflare-realtimekit"
OPS = {op.operation["operationId"]: op for op in operations() if op.client == CLIENT}
PACKAGE = next(iter(OPS.values())).package
errors = importlib.import_module(f"{PACKAGE}.errors")
models = importlib.import_module(f"{PACKAGE}.models")

MODES = pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])


def documented(op: Operation, status: str) -> Any:
    """The one documented example of a response."""
    response = deref(op.spec, op.operation["responses"][status])
    (value,) = [deref(op.spec, e)["value"] for e in response["content"]["application/json"]["examples"].values()]
    return value


def recording(status: int, body: Any) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body)

    return handler, seen


def expected_path(op: Operation) -> str:
    path = op.path
    for parameter in op.parameters():
        if parameter["in"] == "path":
            path = path.replace("{" + parameter["name"] + "}", f"id-{parameter['name']}")
    return "/client/v4" + path


# --- every operation against its documented example ---------------------------------------------------------------


def test_the_client_has_the_fifteen_operations() -> None:
    assert sorted(OPS) == sorted(
        [
            "listSessions",
            "getSession",
            "listSessionParticipants",
            "getSessionParticipant",
            "getSessionChat",
            "getSessionTranscript",
            "getSessionSummary",
            "createSessionSummary",
            "getPeerReport",
            "getActiveSession",
            "kickParticipants",
            "kickAllParticipants",
            "muteParticipants",
            "muteAllParticipants",
            "createPoll",
        ]
    )


@MODES
@pytest.mark.parametrize("operation_id", sorted(OPS))
def test_operation_sends_the_documented_request_and_parses_the_documented_example(
    operation_id: str, use_async: bool
) -> None:
    op = OPS[operation_id]
    status = op.success_status
    example = documented(op, status)
    handler, seen = recording(int(status), example)
    result = call(op, make_client(PACKAGE, handler), use_async=use_async)

    (request,) = seen
    assert (request.method, request.url.path) == (op.method.upper(), expected_path(op))
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    if op.request_example() is None:
        assert request.content == b""
    else:
        assert json.loads(request.content) == op.request_example()
        assert request.headers["Content-Type"] == "application/json"
    assert hasattr(type(result), "from_dict") and type(result).__module__.startswith(f"{PACKAGE}.models.")
    assert list(same_json(result.to_dict(), example)) == []


def test_typed_fields_carry_the_examples_values() -> None:
    def parse(operation_id: str) -> Any:
        op = OPS[operation_id]
        return call(op, make_client(PACKAGE, answer(200, documented(op, "200"))))

    assert parse("getSession").data.breakout_rooms == [{}]
    assert parse("getActiveSession").data.status == models.SessionStatus.LIVE
    participant = parse("getSessionParticipant").data.participant
    assert participant.peer_events[0].event_name == models.PeerEventName.PEER_JOINING
    listed = parse("listSessionParticipants").data
    assert (listed.participants[0].display_name, listed.paging.total_count) == ("Ada", 1)
    transcript = parse("getSessionTranscript").data
    assert transcript.session_id == "9f6ef9ab-bd0b-4a53-8c27-2f0b4e6a8c10"  # the wire's `sessionId`
    assert parse("getSessionSummary").data.summary_download_url.endswith(".txt")  # `summaryDownloadUrl`
    assert parse("createSessionSummary").data.status == "PROCESSING"
    report = parse("getPeerReport").data.participant.peer_report
    assert report.metadata.device_info.additional_properties["cpus"] == 8
    assert parse("kickAllParticipants").data.kicked_participants_count == 3
    assert parse("muteAllParticipants").data.muted_participants_count == 3
    assert parse("kickParticipants").data.participants[0].name == "Ada"


def test_query_parameters_reach_the_wire() -> None:
    handler, seen = recording(200, documented(OPS["getSessionTranscript"], "200"))
    client = make_client(PACKAGE, handler)
    call(OPS["getSessionTranscript"], client, format_=models.TranscriptFormat.VTT)
    call(OPS["getPeerReport"], make_client(PACKAGE, handler), filters=models.PeerReportFilter.QUALITY_STATS)
    assert seen[0].url.params["format"] == "VTT"
    assert seen[1].url.params["filters"] == "quality_stats"


@MODES
def test_bodies_are_built_from_typed_models(use_async: bool) -> None:
    handler, seen = recording(200, documented(OPS["kickParticipants"], "200"))
    client = make_client(PACKAGE, handler)
    by_custom_id = models.ParticipantSelection(participant_ids=[], custom_participant_ids=["user-42"])
    call(OPS["kickParticipants"], client, use_async=use_async, body=by_custom_id)
    call(OPS["muteAllParticipants"], client, use_async=use_async, body=models.MuteAllRequest(allow_unmute=True))
    assert [json.loads(request.content) for request in seen] == [
        {"participant_ids": [], "custom_participant_ids": ["user-42"]},
        {"allow_unmute": True},
    ]


def test_kick_and_mute_bodies_name_both_lists_as_the_vendors_document_requires() -> None:
    # cloudflare-kick-mute-bodies: a body with one list only would be refused by the vendor's document.
    with pytest.raises(TypeError):
        models.ParticipantSelection(participant_ids=["p"])  # type: ignore[call-arg]
    with pytest.raises(errors.DecodeError):
        models.ParticipantSelection.from_dict({"participant_ids": ["p"]})


# --- errors: both envelopes ----------------------------------------------------------------------------------------


@MODES
@pytest.mark.parametrize("operation_id", ["listSessions", "getSessionChat", "kickAllParticipants"])
def test_a_token_without_permission_is_permission_denied_with_code_10000(operation_id: str, use_async: bool) -> None:
    op = OPS[operation_id]
    body = documented(op, "403")
    handler, seen = in_turn(httpx.Response(403, json=body))
    with pytest.raises(errors.PermissionDeniedError) as caught:
        call(op, make_client(PACKAGE, handler), use_async=use_async)
    error = caught.value
    assert len(seen) == 1  # a 403 is not retried
    assert (error.status_code, json.loads(error.body)) == (403, body)
    (detail,) = error.parsed.errors
    assert (detail.code, detail.message) == (10000, "Authentication error")
    assert "10000" in str(error) and "Authentication error" in str(error)
    assert TOKEN not in str(error)


@MODES
def test_an_invalid_token_is_an_authentication_error_with_the_v4_envelope(use_async: bool) -> None:
    op = OPS["getSession"]
    body = documented(op, "401")
    with pytest.raises(errors.AuthenticationError) as caught:
        call(op, make_client(PACKAGE, answer(401, body)), use_async=use_async)
    assert caught.value.parsed.errors[0].code == 9109
    assert caught.value.parsed.success is False


@MODES
def test_a_meeting_without_an_active_session_is_not_found_with_realtimekits_envelope(use_async: bool) -> None:
    op = OPS["getActiveSession"]
    body = documented(op, "404")
    with pytest.raises(errors.NotFoundError) as caught:
        call(op, make_client(PACKAGE, answer(404, body)), use_async=use_async)
    error = caught.value
    assert isinstance(error.parsed, models.RealtimeKitError)
    assert (error.parsed.success, error.parsed.error.code) == (False, 404)
    assert error.parsed.error.message.startswith("No active session found for meeting_id")
    assert json.loads(error.body) == body
    assert "No active session found" in str(error)


@MODES
def test_an_undocumented_realtimekit_error_still_reads_as_its_status_with_the_body(use_async: bool) -> None:
    body = {"success": False, "error": {"code": 404, "message": "No session found for id"}}
    with pytest.raises(errors.NotFoundError) as caught:
        call(OPS["getSession"], make_client(PACKAGE, answer(404, body)), use_async=use_async)
    assert caught.value.parsed is None  # the vendor documents no 404 here
    assert json.loads(caught.value.body) == body
    assert "No session found for id" in str(caught.value)


@MODES
def test_a_write_is_not_retried_but_a_read_is(use_async: bool) -> None:
    unavailable = httpx.Response(503, text="<html>503 Service Unavailable</html>")
    handler, seen = in_turn(unavailable)
    with pytest.raises(errors.InternalServerError):
        call(OPS["kickAllParticipants"], make_client(PACKAGE, handler), use_async=use_async)
    assert len(seen) == 1
    op = OPS["getSessionSummary"]
    handler, seen = in_turn(unavailable, httpx.Response(200, json=documented(op, "200")))
    clock = FakeClock()
    result = call(op, make_client(PACKAGE, handler, clock), use_async=use_async)
    assert len(seen) == 2 and len(clock.sleeps) == 1
    assert result.data.session_id == "9f6ef9ab-bd0b-4a53-8c27-2f0b4e6a8c10"


# --- paging: page numbers from 1, `paging.total_count` -------------------------------------------------------------

NAMES = ["a", "b", "c", "d", "e"]
PER_PAGE = 2


def session(name: str) -> dict[str, Any]:
    example = documented(OPS["getActiveSession"], "200")["data"]
    return dict(example, id=name)


def paged_vendor(list_key: str, paging_in_data: bool) -> tuple[Any, list[int]]:
    """Five items, two a page, with `paging.total_count`; past the end an empty page."""
    pages: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page_no"])
        pages.append(page)
        assert int(request.url.params["per_page"]) == PER_PAGE
        chunk = NAMES[(page - 1) * PER_PAGE : page * PER_PAGE]
        items = [session(n) if list_key == "sessions" else {"id": n} for n in chunk]
        start = (page - 1) * PER_PAGE + 1
        paging = {"start_offset": start, "end_offset": start + len(chunk) - 1, "total_count": len(NAMES)}
        data: dict[str, Any] = {list_key: items}
        body: dict[str, Any] = {"success": True, "data": data}
        (data if paging_in_data else body)["paging"] = paging
        return httpx.Response(200, json=body)

    return handler, pages


async def collect(iterator: Any) -> list[Any]:
    return [item async for item in iterator]


@MODES
@pytest.mark.parametrize(
    ("operation_id", "list_key", "paging_in_data"),
    [("listSessions", "sessions", False), ("listSessionParticipants", "participants", True)],
)
def test_list_iteration_yields_every_item_once_and_ends(
    operation_id: str, list_key: str, paging_in_data: bool, use_async: bool
) -> None:
    op = OPS[operation_id]
    handler, pages = paged_vendor(list_key, paging_in_data)
    client = make_client(PACKAGE, handler)
    arguments: dict[str, Any] = {"account_id": "acc", "app_id": "app", "per_page": PER_PAGE}
    if operation_id == "listSessionParticipants":
        arguments["session_id"] = "s"
    module = op.module()
    if use_async:
        items = asyncio.run(collect(module.asyncio_iter(client=client, **arguments)))
    else:
        items = list(module.sync_iter(client=client, **arguments))
    assert [item.id for item in items] == NAMES
    assert pages[:3] == [1, 2, 3]  # from page 1 (cloudflare-page-no-one-based)
    assert len(pages) <= 4  # ends by `paging.total_count`, the short third page or at the latest an empty fourth


def test_create_poll_takes_keyword_arguments_and_answer_options_go_out_as_options() -> None:
    from tests.sdk.sdk_support import sdk_client

    op = OPS["createPoll"]
    handler, seen = recording(201, documented(op, "201"))
    created = sdk_client(CLIENT, handler).meetings.active_session.create_poll(
        "a", "b", "m", question="Lunch at noon?", answer_options=["Yes", "No"]
    )
    assert json.loads(seen[0].content) == {"question": "Lunch at noon?", "options": ["Yes", "No"]}
    assert [option.text for option in created.data.poll.answer_options] == ["Yes", "No"]
    assert created.to_dict() == documented(op, "201")
