"""Every Emogg operation, called through the generated client (sync and async) against the spec's examples.

An httpx.MockTransport plays Emogg: it records each request and answers with the documented example of the
operation's success status (201 for a create, 204 without a body for a delete), or with a documented error body.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.support import Operation, operations, same_json

TOKEN = "emogg-test-token"
SESSION_ID = "65ea1530bb50af72b6e3dc1e"
OPERATIONS = [op for op in operations() if op.client == "emogg"]
BY_ID = {op.operation["operationId"]: op for op in OPERATIONS}
ON_ONE_SESSION = [op for op in OPERATIONS if "{sessionId}" in op.path]
MODES = pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])

Handler = Callable[[httpx.Request], httpx.Response]


def emogg() -> Any:
    import emogg_sessions_client  # installed by the tests session, after collection may have started

    return emogg_sessions_client


def make_client(handler: Handler, **options: Any) -> Any:
    sleeps: list[float] = []
    return emogg().AuthenticatedClient(
        token=TOKEN,
        httpx_args={"transport": httpx.MockTransport(handler)},
        sleep=sleeps.append,
        **options,
    )


def recording(*responses: httpx.Response) -> tuple[Handler, list[httpx.Request]]:
    """A vendor that answers these responses in turn (the last one again and again) and keeps the requests."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = responses[min(len(seen), len(responses)) - 1]
        # A fresh copy each time: a response read by one client (sync or async) cannot be sent again.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.read())

    return handler, seen


def run(op: Operation, client: Any, *, use_async: bool, **arguments: Any) -> Any:
    module = op.module()
    if "sessionId" in op.path:
        arguments.setdefault("session_id", SESSION_ID)
    if use_async:
        return asyncio.run(module.asyncio(client=client, **arguments))
    return module.sync(client=client, **arguments)


def error_body(op: Operation, status: str) -> Any:
    (body,) = op.examples(status).values()
    return body


# --- every operation against its documented example -----------------------------------------------------------


def test_the_client_has_every_emogg_operation() -> None:
    assert sorted(BY_ID) == [
        "createSession",
        "deleteSession",
        "getSession",
        "getSessionEmotions",
        "getSessionEmotionsTimeline",
        "getSessionTranscriptionSentiment",
        "listSessions",
        "stopSession",
        "updateSession",
    ]


@MODES
@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation["operationId"])
def test_operation_sends_its_request_and_parses_its_documented_answer(op: Operation, use_async: bool) -> None:
    status = int(op.success_status)
    examples = list(op.examples().values())
    answer = httpx.Response(status, json=examples[0]) if examples else httpx.Response(status)
    handler, seen = recording(answer)
    with make_client(handler) as client:
        result = run(op, client, use_async=use_async, **op.body_arguments())
    (request,) = seen
    assert request.method == op.method.upper()
    assert request.url.path == op.path.replace("{sessionId}", SESSION_ID)
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    if "requestBody" in op.operation:
        (sent,) = op.body_arguments().values()
        assert json.loads(request.content) == sent.to_dict()
        assert request.headers["Content-Type"] == "application/json"
    else:
        assert request.content == b""
    if not examples:
        assert result is None
    else:
        assert type(result).__module__.startswith("emogg_sessions_client.models.")
        assert list(same_json(result.to_dict(), examples[0])) == []


@MODES
def test_create_answers_201_with_a_typed_session(use_async: bool) -> None:
    models = emogg().models
    created = BY_ID["createSession"].examples()["vendorExample"]
    handler, seen = recording(httpx.Response(201, json=created))
    body = models.CreateSessionBody(name="Pitch", stream_uri="rtmps://live.example.com/app/key")
    with make_client(handler) as client:
        session = run(BY_ID["createSession"], client, use_async=use_async, body=body)
    assert json.loads(seen[0].content) == {"name": "Pitch", "streamUri": "rtmps://live.example.com/app/key"}
    assert isinstance(session, models.Session)
    assert (session.id, session.state, session.meta.worker_state) == (SESSION_ID, "active", "working")


@MODES
def test_rename_sends_only_the_name(use_async: bool) -> None:
    models = emogg().models
    renamed = BY_ID["updateSession"].examples()["vendorExample"]
    handler, seen = recording(httpx.Response(200, json=renamed))
    with make_client(handler) as client:
        body = models.UpdateSessionBody(name="New name")
        session = run(BY_ID["updateSession"], client, use_async=use_async, body=body)
    assert (seen[0].method, json.loads(seen[0].content)) == ("PATCH", {"name": "New name"})
    assert session.name == "New name"


@MODES
def test_delete_answers_204_and_returns_none(use_async: bool) -> None:
    handler, seen = recording(httpx.Response(204))
    with make_client(handler) as client:
        assert run(BY_ID["deleteSession"], client, use_async=use_async) is None
        detailed = BY_ID["deleteSession"].module().sync_detailed(SESSION_ID, client=client)
    assert (detailed.status_code, detailed.parsed, detailed.content) == (204, None, b"")
    assert [r.method for r in seen] == ["DELETE", "DELETE"]


@MODES
def test_stop_returns_the_finished_session(use_async: bool) -> None:
    stopped = BY_ID["stopSession"].examples()["vendorExample"]
    handler, seen = recording(httpx.Response(200, json=stopped))
    with make_client(handler) as client:
        session = run(BY_ID["stopSession"], client, use_async=use_async)
    assert (seen[0].method, seen[0].url.path) == ("POST", f"/v1/sessions/{SESSION_ID}/stop")
    assert session.state == "finished"


def test_analytics_send_their_query_parameters_and_expand_as_repeated_brackets() -> None:
    op = BY_ID["getSessionEmotionsTimeline"]
    handler, seen = recording(httpx.Response(200, json=op.examples()["vendorExample"]))
    with make_client(handler) as client:
        timeline = run(op, client, use_async=False, granularity=5, start=30, end=90, expand=["session", "user"])
    params = seen[0].url.params
    assert (params["granularity"], params["start"], params["end"]) == ("5", "30", "90")
    assert params.get_list("expand[]") == ["session", "user"]
    entry = timeline.timeline[0]
    assert (entry.detected_faces, entry.emotions["focus"].intensity) == (22, 0.885)


def test_an_expanded_session_parses_into_a_session_model() -> None:
    op = BY_ID["getSessionEmotions"]
    session = BY_ID["getSession"].examples()["vendorExample"]
    body = {"session": session, "emotions": {"focus": 12, "shock": 1}}
    with make_client(recording(httpx.Response(200, json=body))[0]) as client:
        emotions = run(op, client, use_async=False, expand=["session"])
    assert isinstance(emotions.session, emogg().models.Session)
    assert emotions.emotions.to_dict() == {"focus": 12, "shock": 1}


def test_an_expanded_user_in_the_list_parses_and_keeps_its_fields() -> None:
    listed = BY_ID["listSessions"].examples()["vendorExample"]
    user = {"_id": "65d7a8fb532f66218ecd4cab", "email": "someone@example.com"}
    body = {**listed, "data": [{**listed["data"][0], "user": user}]}
    handler, seen = recording(httpx.Response(200, json=body))
    with make_client(handler) as client:
        page = run(BY_ID["listSessions"], client, use_async=False, expand=["user"])
    assert seen[0].url.params.get_list("expand[]") == ["user"]
    (session,) = page.data
    assert isinstance(session.user, emogg().models.ExpandedObject)
    assert session.user["email"] == "someone@example.com"
    assert session.to_dict()["user"] == user
    assert session.product == "65946a77408bd7b32c5189a3"


# --- documented errors -------------------------------------------------------------------------------------------


@MODES
def test_deleting_an_active_session_raises_bad_request_with_the_vendors_message(use_async: bool) -> None:
    op = BY_ID["deleteSession"]
    handler, seen = recording(httpx.Response(400, json=error_body(op, "400")))
    with make_client(handler) as client, pytest.raises(emogg().errors.BadRequestError) as caught:
        run(op, client, use_async=use_async)
    error = caught.value
    assert isinstance(error.parsed, emogg().models.Error)
    assert (error.parsed.error, error.parsed.status, error.parsed.message) == (
        True,
        400,
        "The session is active or processing.",
    )
    assert len(seen) == 1


@MODES
@pytest.mark.parametrize("op", ON_ONE_SESSION, ids=lambda op: op.operation["operationId"])
def test_an_unknown_session_raises_not_found_with_the_errors_page_body(op: Operation, use_async: bool) -> None:
    handler, _ = recording(httpx.Response(404, json=error_body(op, "404")))
    with make_client(handler, max_retries=0) as client, pytest.raises(emogg().errors.NotFoundError) as caught:
        run(op, client, use_async=use_async, **op.body_arguments())
    assert caught.value.parsed.message == "The requested resource was not found."
    assert caught.value.status_code == 404


def test_a_bad_create_raises_bad_request_with_the_message() -> None:
    op = BY_ID["createSession"]
    body = {"error": True, "status": 400, "message": "streamUri must use rtmp, rtsp or rtmps"}
    client = make_client(recording(httpx.Response(400, json=body))[0])
    with client, pytest.raises(emogg().errors.BadRequestError) as caught:
        run(op, client, use_async=False, **op.body_arguments())
    assert caught.value.parsed.message == "streamUri must use rtmp, rtsp or rtmps"


def test_429_carries_the_rate_limit_headers_and_the_parsed_body() -> None:
    op = BY_ID["getSession"]
    headers = {"RateLimit-Limit": "100", "RateLimit-Remaining": "0", "RateLimit-Reset": "30"}
    answer = httpx.Response(429, json=error_body(op, "429"), headers=headers)
    client = make_client(recording(answer)[0], max_retries=0)
    with client, pytest.raises(emogg().errors.RateLimitError) as caught:
        run(op, client, use_async=False)
    assert caught.value.headers["RateLimit-Reset"] == "30"
    assert caught.value.parsed.status == 429


# --- retries: writes only when idempotent ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation_id", "attempts"),
    [("createSession", 1), ("updateSession", 1), ("stopSession", 1), ("deleteSession", 3), ("getSession", 3)],
)
def test_a_failing_write_is_retried_only_when_idempotent(operation_id: str, attempts: int) -> None:
    op = BY_ID[operation_id]
    handler, seen = recording(httpx.Response(503, json={"error": True, "status": 503, "message": "busy"}))
    with make_client(handler) as client, pytest.raises(emogg().errors.InternalServerError):
        run(op, client, use_async=False, **op.body_arguments())
    assert len(seen) == attempts


# --- the list: offset paging ------------------------------------------------------------------------------------


def session(number: int) -> dict[str, Any]:
    return {**BY_ID["getSession"].examples()["vendorExample"], "_id": f"s{number:03}", "name": f"Session {number}"}


def paged_vendor(total: int, *, has_more: Callable[[int, int], Any]) -> tuple[Handler, list[httpx.Request]]:
    """Sessions 0..total-1, served by offset and limit; `has_more(offset, count)` fills the body's hasMore."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 10))
        data = [session(n) for n in range(offset, min(offset + limit, total))]
        body: dict[str, Any] = {"offset": offset, "limit": limit, "data": data}
        more = has_more(offset, len(data))
        if more is not None:
            body["hasMore"] = more
        return httpx.Response(200, json=body)

    return handler, seen


def offsets(seen: list[httpx.Request]) -> list[str | None]:
    return [request.url.params.get("offset") for request in seen]


@MODES
def test_list_iterates_across_pages_and_stops_when_has_more_is_false(use_async: bool) -> None:
    # 20 sessions in two full pages: only hasMore=false can tell the client that no third page exists.
    handler, seen = paged_vendor(20, has_more=lambda offset, count: offset + count < 20)
    module = BY_ID["listSessions"].module()
    with make_client(handler) as client:
        if use_async:

            async def collect() -> list[Any]:
                return [item async for item in module.asyncio_iter(client=client, limit=10)]

            items = asyncio.run(collect())
        else:
            items = list(module.sync_iter(client=client, limit=10))
    assert [item.id for item in items] == [f"s{n:03}" for n in range(20)]
    assert offsets(seen) == ["0", "10"]
    assert {request.url.params["limit"] for request in seen} == {"10"}


def test_list_trusts_has_more_past_a_short_page_and_ends_on_an_empty_one() -> None:
    # A server may cap the page below the limit asked for: with hasMore in the body, a short page is not the end
    # (stopping there would lose items); a server that always says more still ends on its first empty page.
    handler, seen = paged_vendor(25, has_more=lambda offset, count: True)
    with make_client(handler) as client:
        items = list(BY_ID["listSessions"].module().sync_iter(client=client, limit=10))
    assert len(items) == 25
    assert offsets(seen) == ["0", "10", "20", "25"]


def test_offset_paging_without_a_has_more_field_ends_on_a_short_page() -> None:
    # The engine's paging for a vendor without hasMore: only the page's own length can tell the end.
    paging = emogg().client.OffsetPaging("offset", "limit", items=lambda page: page["data"])
    first = paging.first({"url": "/v1/sessions", "params": {"limit": 10}})
    assert first["params"] == {"limit": 10, "offset": 0}
    page = httpx.Response(200, json={"data": []})
    second = paging.next(first, page, 10, 10)
    assert second is not None and second["params"] == {"limit": 10, "offset": 10}
    assert paging.next(second, page, 9, 19) is None
    assert paging.next(second, page, 0, 10) is None


def test_list_stops_on_an_empty_page_even_if_the_server_says_more() -> None:
    handler, seen = paged_vendor(10, has_more=lambda offset, count: True)
    with make_client(handler) as client:
        items = list(BY_ID["listSessions"].module().sync_iter(client=client, limit=5))
    assert len(items) == 10
    assert offsets(seen) == ["0", "5", "10"]


def test_list_iteration_keeps_the_filters_and_honours_max_items() -> None:
    handler, seen = paged_vendor(100, has_more=lambda offset, count: True)
    module = BY_ID["listSessions"].module()
    with make_client(handler) as client:
        items: Iterator[Any] = module.sync_iter(client=client, state="finished", limit=10, max_items=15)
        assert len(list(items)) == 15
    assert offsets(seen) == ["0", "10"]
    assert {request.url.params["state"] for request in seen} == {"finished"}


def test_one_list_call_returns_the_page_with_its_paging_fields() -> None:
    listed = BY_ID["listSessions"].examples()["vendorExample"]
    with make_client(recording(httpx.Response(200, json=listed))[0]) as client:
        page = run(BY_ID["listSessions"], client, use_async=False, offset=20)
    assert (page.has_more, page.offset, page.limit, len(page.data)) == (True, 20, 10, 1)
