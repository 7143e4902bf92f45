"""What the vendors' own documents allow, the clients read: nulls, absent fields, numbers and untyped timestamps.

Each test takes a body the vendor's document (../shared/vendor-specs) or the vendor's own example (kept verbatim
in specs/) allows, varies it the way the vendor allows (a nullable field null, an optional field absent, a number
with a fraction), and reads it through the client as a user would: the resource layer, pages and all. `nox -s
fidelity` (scripts/fidelity.py) does the same for every operation; these tests pin the cases a user met first.
"""

from __future__ import annotations

import copy
import importlib
import json
import sys
from typing import Any

import httpx
import pytest

from scripts.vendor_docs import build, load_vendor_document
from tests.runtime.harness import TOKEN, answer, call, make_client
from tests.sdk.sdk_support import sdk_client
from tests.shared import shared_folder
from tests.support import operations

OPS = {(op.client, op.operation["operationId"]): op for op in operations()}
CF = "cloudflare-realtimekit"
ACCOUNT, APP = "023e105f4ecef8ad9ca31a8372d0c353", "app_id"
NULLABLE_PEER_EVENT_FIELDS = ("participant_id", "session_id", "socket_session_id", "preset_view_type")


def example(client: str, operation_id: str) -> Any:
    """The first documented example of the operation's success body (the vendor's own where the spec has it)."""
    return copy.deepcopy(next(iter(OPS[(client, operation_id)].examples().values())))


def vendor_body(client: str, pointer: str, variant: str = "full", *, artefact: str = "") -> Any:
    """A body the vendor's document allows, built from its schema (and its property examples) at `pointer`;
    `artefact` names the one error of the document's own making to overlook (see vendor-specs/README.md)."""
    document = load_vendor_document(shared_folder("vendor-specs"), client)
    value = build(document, pointer, variant)
    assert [e for e in document.errors(pointer, value) if e != artefact] == [], "valid for the vendor"
    return value


def pages(*bodies: Any) -> tuple[Any, list[httpx.Request]]:
    """A vendor that answers these bodies in turn (the last one again), and the requests it saw."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=bodies[min(len(seen), len(bodies)) - 1])

    return handler, seen


# --- Cloudflare: peer events the vendor marks nullable ---------------------------------------------------------------


def test_a_peer_event_with_every_nullable_field_null_is_read_and_the_participants_iterator_goes_on() -> None:
    event = vendor_body(CF, "/components/schemas/realtimekit_PeerEvent", "null")
    assert all(event[name] is None for name in NULLABLE_PEER_EVENT_FIELDS)
    first = example(CF, "listSessionParticipants")
    first["data"]["participants"][0]["peer_events"] = [event]
    first["data"]["paging"] = {"start_offset": 1, "end_offset": 1, "total_count": 2}
    second = copy.deepcopy(first)
    second["data"]["participants"][0]["display_name"] = "Grace"
    handler, seen = pages(first, second)

    client = sdk_client(CF, handler)
    found = list(client.sessions.participants.list(ACCOUNT, APP, "s", include_peer_events=True, per_page=1))

    assert [p.display_name for p in found] == ["Ada", "Grace"]
    assert len(seen) == 2, "page 1's null did not end the iteration"
    (read,) = found[0].peer_events
    assert [getattr(read, name) for name in NULLABLE_PEER_EVENT_FIELDS] == [None] * 4
    assert read.to_dict() == event  # None goes back as null, not dropped


@pytest.mark.parametrize("operation_id", ["getSessionParticipant", "getPeerReport"])
def test_a_single_participant_or_peer_report_with_null_peer_event_fields_is_read(operation_id: str) -> None:
    event = vendor_body(CF, "/components/schemas/realtimekit_PeerEvent", "null")
    body = example(CF, operation_id)
    body["data"]["participant"]["peer_events"] = [event]
    method = {"getSessionParticipant": "participants", "getPeerReport": "peer_report"}[operation_id]
    resource = getattr(sdk_client(CF, answer(200, body)).sessions, method)
    read = resource.get(ACCOUNT, APP, "s", "p") if method == "participants" else resource.get(ACCOUNT, APP, "p")
    assert read.data.participant.peer_events[0].session_id is None
    assert read.to_dict() == body


def test_a_known_preset_view_type_is_still_an_enum_member_beside_null() -> None:
    models = importlib.import_module(OPS[(CF, "listSessions")].package + ".models")
    event = models.PeerEvent.from_dict({"preset_view_type": "WEBINAR", "session_id": None})
    assert (event.preset_view_type, event.session_id) == (models.PresetViewType.WEBINAR, None)


def test_a_session_status_and_type_the_sdk_does_not_list_are_read_and_given_back() -> None:
    # cloudflare-status-and-type-known-values: the vendor's document types both as plain strings.
    body = example(CF, "getSession")
    body["data"].update(status="PAUSED", type="webinar")
    read = sdk_client(CF, answer(200, body)).sessions.get(ACCOUNT, APP, "s")
    assert (read.data.status, read.data.status.is_known) == ("PAUSED", False)
    assert read.to_dict() == body


# --- Cloudflare: envelopes the vendor marks optional ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation_id", "call"),
    [
        ("getSession", lambda c: c.sessions.get(ACCOUNT, APP, "s")),
        ("getActiveSession", lambda c: c.meetings.active_session.get(ACCOUNT, APP, "m")),
        ("getSessionChat", lambda c: c.sessions.chat.get(ACCOUNT, APP, "s")),
        (
            "createPoll",
            lambda c: c.meetings.active_session.create_poll(ACCOUNT, APP, "m", question="?", answer_options=[]),
        ),
    ],
)
def test_single_reads_give_their_data_without_success_and_an_empty_envelope_without_data(
    operation_id: str, call: Any
) -> None:
    body = example(CF, operation_id)
    del body["success"]
    read = call(sdk_client(CF, answer(201 if operation_id == "createPoll" else 200, body)))
    assert read.to_dict() == body
    empty = call(sdk_client(CF, answer(201 if operation_id == "createPoll" else 200, {})))
    assert empty.to_dict() == {}


def test_a_sessions_list_without_success_iterates_its_sessions() -> None:
    body = example(CF, "listSessions")  # the vendor's example, verbatim
    del body["success"]
    found = list(sdk_client(CF, answer(200, body)).sessions.list(ACCOUNT, APP))
    assert [s.id for s in found] == ["id"]


def test_a_list_without_data_is_a_decode_error_that_keeps_the_raw_body() -> None:
    # cloudflare-list-envelopes-required: a 200 without its items carries nothing to give; the body is kept.
    errors = importlib.import_module(OPS[(CF, "listSessions")].package + ".errors")
    with pytest.raises(errors.DecodeError) as caught:
        list(sdk_client(CF, answer(200, {"success": True})).sessions.list(ACCOUNT, APP))
    assert caught.value.path == "data"
    assert caught.value.response is not None and json.loads(caught.value.response.content) == {"success": True}


# --- Livepeer: a session without `id` ---------------------------------------------------------------------------------


def test_the_vendors_own_session_without_id_is_read_by_get_and_by_both_lists() -> None:
    # Livepeer's document: `readOnly` id, not required. The body is its own, from its property examples.
    streamid = "(body): 'streamId' is a required property"  # required, yet not a property: no body has it
    session = vendor_body("livepeer", "/components/schemas/session", "full", artefact=streamid)
    del session["id"]
    client = sdk_client("livepeer", answer(200, session))
    read = client.sessions.get("s")
    assert read.name == "test_session" and not hasattr(read.id, "strip")  # UNSET, not a string
    assert "id" not in read.to_dict()
    listed = sdk_client("livepeer", answer(200, [session, dict(session, id="de7818e7")]))
    assert [s.name for s in listed.sessions.list()] == ["test_session"] * 2
    assert [s.name for s in listed.streams.sessions.list("stream")] == ["test_session"] * 2


def test_livepeer_mp4_url_reads_as_mp4_url() -> None:
    session = example("livepeer", "getSession")
    read = sdk_client("livepeer", answer(200, session)).sessions.get("s")
    assert read.mp4_url == session["mp4Url"]
    assert read.to_dict()["mp4Url"] == session["mp4Url"]


# --- Emogg: untyped timestamps and numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize("timestamp", ["2024-04-01T10:30:00.000Z", "2024-04-01", "1711967400000", "Apr 1, 2024"])
def test_an_emogg_timestamp_is_read_as_the_string_it_is(timestamp: str) -> None:
    body = example("emogg", "getSession")
    body["timestamp"] = timestamp
    body["meta"]["expires"] = timestamp
    read = sdk_client("emogg", answer(200, body)).sessions.get("65ea1530bb50af72b6e3dc1e")
    assert (read.timestamp, read.meta.expires) == (timestamp, timestamp)
    assert read.to_dict() == body


def test_an_emogg_error_status_of_404_point_0_is_a_not_found_error_with_its_body() -> None:
    errors = importlib.import_module(OPS[("emogg", "getSession")].package + ".errors")
    body = {"error": True, "status": 404.0, "message": "The requested resource was not found."}
    with pytest.raises(errors.NotFoundError) as caught:
        sdk_client("emogg", answer(404, body)).sessions.get("s")
    assert caught.value.parsed.status == 404
    assert json.dumps(caught.value.parsed.to_dict()) == json.dumps(body), "a number, not an integer: 404.0 stays"
    assert json.loads(caught.value.body) == body


def test_an_emogg_page_with_fractional_looking_offset_and_limit_is_read_and_paged_with_integers() -> None:
    first = example("emogg", "listSessions")
    first.update(offset=0.0, limit=1.0, hasMore=True)
    first["data"] = first["data"][:1]
    last = dict(first, offset=1.0, hasMore=False)
    handler, seen = pages(first, last)
    found = list(sdk_client("emogg", handler).sessions.list(limit=1))
    assert len(found) == 2
    models = importlib.import_module(OPS[("emogg", "listSessions")].package + ".models")
    read = models.SessionList.from_dict(first).to_dict()
    assert json.dumps(read, sort_keys=True) == json.dumps(first, sort_keys=True), "0.0 and 1.0 stay numbers"
    assert [dict(r.url.params) for r in seen] == [{"limit": "1", "offset": "0"}, {"limit": "1", "offset": "1"}]


# --- StreamElements: names that read like Python -------------------------------------------------------------------


def test_streamelements_user_and_version_key_read_as_python_names() -> None:
    v2 = example("streamelements", "getSession")
    read = sdk_client("streamelements", answer(200, v2)).sessions.get("channel")
    assert (read.version_key, read.to_dict()["__v"]) == (v2["__v"], v2["__v"])
    legacy = example("streamelements", "getCurrentSession")
    current = sdk_client("streamelements", answer(200, legacy)).sessions.get_current()
    assert (current.user, current.to_dict()["_user"]) == (legacy["_user"], legacy["_user"])


# --- the User-Agent on every request of either layer ------------------------------------------------------------------


@pytest.mark.parametrize("client", ["streamelements", "livepeer", "emogg", CF])
def test_the_low_level_client_and_the_resources_send_the_sdks_user_agent(client: str) -> None:
    op = next(o for o in OPS.values() if o.client == client and o.operation["operationId"].startswith("get"))
    api = importlib.import_module(f"{op.package}._api")
    expected = f"{api.DISTRIBUTION}/{api.VERSION} (Python {sys.version_info[0]}.{sys.version_info[1]})"
    handler, seen = pages(next(iter(op.examples().values())))
    call(op, make_client(op.package, handler))
    assert seen[-1].headers["User-Agent"] == expected, "the low-level AuthenticatedClient"
    call(op, make_client(op.package, handler, headers={"user-agent": "mine/1"}))
    assert seen[-1].headers.get_list("User-Agent") == ["mine/1"], "the caller's own header wins, in any case"
    assert TOKEN not in expected
