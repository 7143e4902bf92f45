"""The resource layer: every operation is a method of the client named after its API, sync and async, with a
raw-response twin; defaults come from the environment; the package's public names sit at the top level.

The vendor is an httpx.MockTransport answering each documented operation with its 200 example.
"""

from __future__ import annotations

import asyncio
import datetime
import importlib
import inspect
import logging
from typing import Any

import httpx
import pytest

from scripts.manifest import load_manifest
from tests.runtime.harness import OPERATIONS, TOKEN, answer
from tests.sdk.sdk_support import METHODS, Method, client_class, resolve, sdk_client

MANIFEST = load_manifest()
CLIENTS = sorted(MANIFEST.clients)
ENV = {op.client: op.spec["info"]["x-env"] for op in OPERATIONS}


def example_vendor(method: Method, seen: list[httpx.Request]) -> Any:
    status, body = method.success()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        # One page of the example; any further page repeats it, which ends the paging.
        return httpx.Response(status) if body is None else httpx.Response(status, json=body)

    return handler


@pytest.mark.parametrize("method", METHODS, ids=[m.id for m in METHODS])
def test_every_operation_is_a_resource_method_that_calls_it(method: Method) -> None:
    seen: list[httpx.Request] = []
    low_level = method.op.module()
    with sdk_client(method.op.client, example_vendor(method, seen)) as client:
        result = method.call(client)
        items = list(result) if method.paginated else None
        calls = len(seen)
        arguments = dict(zip(_path_names(method), method.path_arguments(), strict=True))
        query = method.op.query_arguments()
        expected = low_level.sync(client=client, **arguments, **query, **method.keyword_arguments(low_level.sync))
    # The same request as the low-level function's, and the same result.
    assert seen[0].method == seen[calls].method == method.op.method.upper()
    assert seen[0].url.copy_with(query=None) == seen[calls].url.copy_with(query=None)  # a page adds its number
    if method.paginated:
        assert items == list(getattr(low_level, "_items", lambda body: body)(expected))
    else:
        assert result == expected


@pytest.mark.parametrize("method", METHODS, ids=[m.id for m in METHODS])
def test_the_async_client_has_the_same_methods(method: Method) -> None:
    seen: list[httpx.Request] = []

    async def run() -> Any:
        async with sdk_client(method.op.client, example_vendor(method, seen), use_async=True) as client:
            call = method.call(client)
            if method.paginated:
                return [item async for item in call]
            return await call

    result = asyncio.run(run())
    with sdk_client(method.op.client, example_vendor(method, [])) as client:
        sync_result = method.call(client)
        assert result == (list(sync_result) if method.paginated else sync_result)
    # A list returns its pager at once (await it, or `async for` over it); every other method is a coroutine.
    assert inspect.iscoroutinefunction(_async_method(method)) != method.paginated


class _Root:
    """Puts a resource where `method.call` looks for it: at its dotted path."""

    def __init__(self, resource: Any, path: str) -> None:
        head, _, rest = path.partition(".")
        setattr(self, head, _Root(resource, rest) if rest else resource)


def _async_method(method: Method) -> Any:
    client = sdk_client(method.op.client, answer(200, {}), use_async=True)
    return resolve(client, method.dotted)


def _path_names(method: Method) -> list[str]:
    signature = inspect.signature(method.op.module().sync)
    return [name for name, p in signature.parameters.items() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]


@pytest.mark.parametrize("method", METHODS, ids=[m.id for m in METHODS])
def test_with_raw_response_gives_status_headers_and_the_parsed_body_on_demand(method: Method) -> None:
    seen: list[httpx.Request] = []
    with sdk_client(method.op.client, example_vendor(method, seen)) as client:
        raw = method.call(client.with_raw_response)
        status, body = method.success()
        assert raw.status_code == status
        assert body is None or raw.headers["content-type"] == "application/json"
        parsed = raw.parse()
        assert raw.parse() is parsed
        assert parsed == method.op.module()._parse(raw.http_response)
        # The resources have the twin too.
        resource = method.dotted.rsplit(".", 1)[0]
        again = method.call(_Root(resolve(client, resource).with_raw_response, resource))
        assert again.parse() == parsed
    assert len(seen) == 2


@pytest.mark.parametrize("client_name", CLIENTS)
def test_a_raw_response_with_an_error_status_raises_the_typed_error(client_name: str) -> None:
    method = next(m for m in METHODS if m.op.client == client_name)
    errors = importlib.import_module(f"{method.op.package}.errors")
    with (
        sdk_client(client_name, answer(404, {"message": "no such thing"}), max_retries=0) as client,
        pytest.raises(errors.NotFoundError),
    ):
        method.call(client.with_raw_response)


@pytest.mark.parametrize("client_name", CLIENTS)
def test_with_options_on_the_client_and_on_a_resource(client_name: str) -> None:
    method = next(m for m in METHODS if m.op.client == client_name)
    seen: list[httpx.Request] = []
    resource_path = method.dotted.rsplit(".", 1)[0]
    with sdk_client(client_name, example_vendor(method, seen)) as client:
        patient = client.with_options(max_retries=7, headers={"X-Team": "a"})
        assert type(patient) is type(client) and patient.max_retries == 7 and client.max_retries == 2
        method.call(patient)
        resource = resolve(client, resource_path).with_options(extra_headers={"X-Call": "b"}, timeout=3.0)
        method.call(_Root(resource, resource_path))
    assert seen[0].headers["X-Team"] == "a" and "X-Call" not in seen[0].headers
    assert seen[1].headers["X-Call"] == "b" and "X-Team" not in seen[1].headers
    assert seen[1].extensions["timeout"]["read"] == 3.0


@pytest.mark.parametrize("client_name", CLIENTS)
def test_token_and_base_url_come_from_the_environment(client_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    method = next(m for m in METHODS if m.op.client == client_name)
    seen: list[httpx.Request] = []
    monkeypatch.setenv(ENV[client_name]["token"], "env-token")
    monkeypatch.setenv(ENV[client_name]["base_url"], "https://proxy.test/prefix")
    with sdk_client(client_name, example_vendor(method, seen), token=None) as client:
        method.call(client.with_raw_response)
    assert seen[0].headers["Authorization"] == "Bearer env-token"
    assert str(seen[0].url).startswith("https://proxy.test/prefix/")
    # Passed values win over the environment.
    with sdk_client(client_name, example_vendor(method, seen), base_url="https://other.test") as client:
        method.call(client.with_raw_response)
    assert seen[1].headers["Authorization"] == f"Bearer {TOKEN}" and seen[1].url.host == "other.test"


@pytest.mark.parametrize("client_name", CLIENTS)
def test_without_the_base_url_variable_the_client_calls_the_vendor(
    client_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV[client_name]["base_url"], raising=False)
    client = sdk_client(client_name, answer(200, {}))
    assert client.base_url == next(op.base_url for op in OPERATIONS if op.client == client_name)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("client_name", CLIENTS)
def test_a_missing_token_is_an_error_naming_the_variable(
    client_name: str, use_async: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    variable = ENV[client_name]["token"]
    monkeypatch.delenv(variable, raising=False)
    package = importlib.import_module(next(op.package for op in OPERATIONS if op.client == client_name))
    with pytest.raises(package.MissingTokenError, match=variable):
        client_class(client_name, use_async=use_async)()
    monkeypatch.setenv(variable, "")
    with pytest.raises(ValueError, match=variable):  # an empty variable is no token either
        client_class(client_name, use_async=use_async)()


@pytest.mark.parametrize("client_name", CLIENTS)
def test_user_agent_version_and_public_names(client_name: str) -> None:
    entry = MANIFEST.clients[client_name]
    package = importlib.import_module(entry.package)
    method = next(m for m in METHODS if m.op.client == client_name)
    seen: list[httpx.Request] = []
    with sdk_client(client_name, example_vendor(method, seen)) as client:
        method.call(client.with_raw_response)
    assert seen[0].headers["User-Agent"].startswith(f"{entry.distribution}/{entry.version} ")
    assert package.__version__ == entry.version
    name = method.op.spec["info"]["x-python-client"]
    for expected in (name, f"Async{name}", "APIError", "NotFoundError", "MissingTokenError", "SyncPage"):
        assert expected in package.__all__
    models = importlib.import_module(f"{entry.package}.models")
    assert set(models.__all__) <= set(package.__all__)
    for public in package.__all__:
        assert getattr(package, public) is not None
    assert set(package.__all__) <= set(dir(package))


@pytest.mark.parametrize("client_name", CLIENTS)
def test_debug_logging_is_opt_in_and_masks_the_token(
    client_name: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    method = next(m for m in METHODS if m.op.client == client_name)
    package = next(op.package for op in OPERATIONS if op.client == client_name)
    log_variable = ENV[client_name]["base_url"].removesuffix("_BASE_URL") + "_LOG"
    logger = logging.getLogger(package)
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.delenv(log_variable, raising=False)
    sdk_client(client_name, example_vendor(method, []))
    assert not logger.handlers and logger.level == logging.NOTSET  # off unless asked for
    monkeypatch.setenv(log_variable, "debug")
    with sdk_client(client_name, example_vendor(method, []), headers={"X-Echo": TOKEN}) as client:
        method.call(client.with_raw_response)
    assert logger.level == logging.DEBUG and logger.handlers
    (record,) = [r for r in caplog.records if r.levelno == logging.DEBUG and r.name == package]
    text = record.getMessage()
    assert method.op.method.upper() in text and "200" in text and "'authorization': '[REDACTED]'" in text
    assert TOKEN not in text


def test_underscore_id_reads_as_id_and_keeps_its_wire_name() -> None:
    from emogg_sessions_client import Session

    method = next(m for m in METHODS if m.op.client == "emogg" and m.dotted == "sessions.get")
    body = method.success()[1]
    session = Session.from_dict(body)
    assert session.id == body["_id"]
    assert session.to_dict()["_id"] == body["_id"] and "id" not in session.to_dict()
    assert "id" in inspect.signature(Session).parameters


def test_livepeer_epoch_milliseconds_have_datetime_accessors() -> None:
    from livepeer_sessions_client import Session

    session = Session.from_dict({"id": "s", "name": "n", "createdAt": 1587667174725, "lastSeen": 1587667174725.5})
    expected = datetime.datetime(2020, 4, 23, 18, 39, 34, 725000, tzinfo=datetime.UTC)
    assert session.created_at_datetime == expected
    assert session.last_seen_datetime is not None and session.last_seen_datetime - expected < datetime.timedelta(
        milliseconds=1
    )
    assert Session.from_dict({"id": "s", "name": "n"}).created_at_datetime is None
