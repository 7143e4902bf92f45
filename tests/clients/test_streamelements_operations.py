"""Every StreamElements operation, called through the generated client (sync and async) against the spec's examples.

The vendor is an httpx.MockTransport that answers the documented example of the operation it is asked for and
records each request, so a test can check what the client sent (method, path, query, JSON body) as well as what
it parsed.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from scripts.mock import SyncASGITransport, create_app
from scripts.sources import resolved_spec
from tests.support import operations, same_json

PACKAGE = "streamelements_sessions_client"
TOKEN = "se-jwt-test-token"
CHANNEL = "5b2e2007760aeb7729487dab"
OPERATIONS = {op.operation["operationId"]: op for op in operations() if op.client == "streamelements"}

client_package = importlib.import_module(PACKAGE)
errors = importlib.import_module(f"{PACKAGE}.errors")
models = importlib.import_module(f"{PACKAGE}.models")

Handler = Callable[[httpx.Request], httpx.Response]


def sessions(name: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.api.sessions.{name}")


def client(handler: Handler, **options: Any) -> Any:
    return client_package.AuthenticatedClient(
        token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)}, max_retries=0, **options
    )


def vendor(status: int, body: Any, seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body)

    return handler


def example(operation_id: str) -> Any:
    """A copy of the operation's first 200 example, free to change."""
    return copy.deepcopy(next(iter(OPERATIONS[operation_id].examples("200").values())))


def run(module: ModuleType, use_async: bool, /, *args: Any, **kwargs: Any) -> Any:
    if use_async:
        return asyncio.run(module.asyncio(*args, **kwargs))
    return module.sync(*args, **kwargs)


def as_json(result: Any) -> Any:
    return [item.to_dict() for item in result] if isinstance(result, list) else result.to_dict()


# (operation id, module, positional args, keyword args, method, path, query, JSON body sent)
CALLS = [
    ("getSession", "get_session", (CHANNEL,), {}, "GET", f"/kappa/v2/sessions/{CHANNEL}", {}, None),
    (
        "replaceSession",
        "replace_session",
        (CHANNEL,),
        {"body": models.SessionUpdate.from_dict({"data": {"tip-goal": {"amount": 100}}})},
        "PUT",
        f"/kappa/v2/sessions/{CHANNEL}",
        {},
        {"data": {"tip-goal": {"amount": 100}}},
    ),
    ("getSessionSettings", "get_session_settings", (CHANNEL,), {}, "GET", f"/kappa/v2/sessions/{CHANNEL}/settings", {},
     None),
    (
        "replaceSessionSettings",
        "replace_session_settings",
        (CHANNEL,),
        {"body": models.SessionSettingsUpdate(auto_reset=True)},
        "PUT",
        f"/kappa/v2/sessions/{CHANNEL}/settings",
        {},
        {"autoReset": True},
    ),
    ("resetSession", "reset_session", (CHANNEL,), {}, "PUT", f"/kappa/v2/sessions/{CHANNEL}/reset", {}, None),
    (
        "listTopEvents",
        "list_top_events",
        (CHANNEL,),
        {"limit": 25, "offset": 50, "interval": "weekly", "type_": "cheer"},
        "GET",
        f"/kappa/v2/sessions/{CHANNEL}/top",
        {"limit": "25", "offset": "50", "interval": "weekly", "type": "cheer"},
        None,
    ),
    ("getCurrentSession", "get_current_session", (), {}, "GET", "/kappa/v1/sessions", {}, None),
]  # fmt: skip


def test_every_operation_is_called_here() -> None:
    assert {call[0] for call in CALLS} == set(OPERATIONS)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("operation_id", "module", "args", "kwargs", "method", "path", "query", "sent"), CALLS, ids=[c[0] for c in CALLS]
)
def test_operation_sends_the_request_and_parses_the_documented_example(
    operation_id: str,
    module: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    method: str,
    path: str,
    query: dict[str, str],
    sent: Any,
    use_async: bool,
) -> None:
    seen: list[httpx.Request] = []
    with client(vendor(200, example(operation_id), seen)) as api:
        result = run(sessions(module), use_async, *args, client=api, **kwargs)
    (request,) = seen
    assert (request.method, request.url.host, request.url.path) == (method, "api.streamelements.com", path)
    assert dict(request.url.params) == query
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    if sent is None:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == sent
    assert list(same_json(as_json(result), example(operation_id))) == []


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_v2_session_without_user_parses_into_the_v2_model(use_async: bool) -> None:
    body = example("getSession")
    assert "_user" not in body and body["channel"] == CHANNEL
    with client(vendor(200, body, [])) as api:
        session = run(sessions("get_session"), use_async, CHANNEL, client=api)
    assert isinstance(session, models.Session)
    assert (session.channel, session.provider, session.version_key) == (CHANNEL, "twitch", 1)
    assert (session.settings.auto_reset, session.settings.calendar) == (True, False)
    assert session.data.subscriber_latest.tier == "2000"
    assert session.data.subscriber_latest.sender is None
    assert session.data.merch_goal_total.amount == 0
    assert len(session.data.follower_recent) == len(body["data"]["follower-recent"])
    assert session.additional_properties == {}


def test_a_v2_session_missing_newer_data_keys_still_parses() -> None:
    body = example("getSession")
    body["data"] = {k: v for k, v in body["data"].items() if not k.startswith(("merch-", "raid-"))}
    with client(vendor(200, body, [])) as api:
        session = sessions("get_session").sync(CHANNEL, client=api)
    assert session.data.tip_latest.name == "Ms. Aniyah Bernhard"
    assert "merch-goal-total" not in session.data.to_dict()


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_boom_404_is_a_not_found_error_carrying_the_parsed_body(use_async: bool) -> None:
    boom = {"statusCode": 404, "error": "Not Found", "message": "Channel not found"}
    with client(vendor(404, boom, [])) as api, pytest.raises(errors.NotFoundError) as caught:
        run(sessions("get_session"), use_async, CHANNEL, client=api)
    parsed = caught.value.parsed
    assert isinstance(parsed, models.BoomError)
    assert (parsed.status_code, parsed.error, parsed.message) == (404, "Not Found", "Channel not found")
    assert caught.value.status_code == 404


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_boom_400_carries_its_validation_details(use_async: bool) -> None:
    documented = OPERATIONS["replaceSessionSettings"]
    response = documented.spec["components"]["responses"]["BadRequest"]["content"]["application/json"]
    boom = response["examples"]["badRequest"]["value"]
    body = models.SessionSettingsUpdate(calendar=True)
    with client(vendor(400, boom, [])) as api, pytest.raises(errors.BadRequestError) as caught:
        run(sessions("replace_session_settings"), use_async, "not-a-channel", client=api, body=body)
    parsed = caught.value.parsed
    assert (parsed.status_code, parsed.error) == (400, "Bad Request")
    assert parsed.details[0].path == ["channel"]
    assert "fails to match the required pattern" in parsed.details[0].message


def test_the_legacy_read_goes_to_v1_beside_any_v2_base_url() -> None:
    seen: list[httpx.Request] = []
    with client(vendor(200, example("getCurrentSession"), seen), base_url="https://proxy.test/se/kappa/v2") as api:
        session = sessions("get_current_session").sync(client=api)
    assert seen[0].url == "https://proxy.test/se/kappa/v1/sessions"
    assert isinstance(session, models.LegacySession)
    assert session.user == "59b946aac3df40c1a288e440"


def test_every_operation_against_the_in_process_mock() -> None:
    """The spec-driven mock serves each operation where the client sends it, the legacy v1 path included."""
    app = create_app(resolved_spec("streamelements"), token=TOKEN)
    transport = SyncASGITransport(app)
    api = client_package.AuthenticatedClient(token=TOKEN, httpx_args={"transport": transport}, max_retries=0)
    with api:
        for operation_id, module, args, kwargs, *_ in CALLS:
            expected = example(operation_id)
            if "offset" in kwargs:  # the mock pages for real over a data set that starts with the example's items
                kwargs = {**kwargs, "offset": 0, "limit": len(expected)}
            result = sessions(module).sync(*args, client=api, **kwargs)
            assert list(same_json(as_json(result), expected)) == [], operation_id
        with pytest.raises(errors.NotFoundError) as caught:  # a malformed path value: the first of 404, 400
            sessions("get_session").sync("not-a-channel", client=api)
    assert (caught.value.parsed.status_code, caught.value.parsed.error) == (404, "Not Found")
