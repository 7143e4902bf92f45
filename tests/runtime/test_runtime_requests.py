"""Each request goes where the caller meant, with what the caller meant, within the time the caller allowed.

Dot segments stay path parameters, misspelled options and unsendable headers are refused before anything is
sent, a bad base URL is refused at construction, a deadline bounds a whole call (against a real server that
trickles its body), numbers JSON cannot hold are a DecodeError, and a closed client says so.
"""

from __future__ import annotations

import asyncio
import importlib
import json
from typing import Any

import httpx
import pytest

from tests.runtime.harness import CASES, OPERATIONS, TOKEN, Case, answer, at, call, in_turn, make_client, replaced
from tests.runtime.servers import Reply, serve

OPS = {op.id: op for op in OPERATIONS}
LIVEPEER = next(c for c in CASES if c.client == "livepeer")
CLOUDFLARE = next(c for c in CASES if c.client == "cloudflare-realtimekit")


def client_class(case: Case) -> Any:
    return importlib.import_module(case.package).AuthenticatedClient


# -- Paths ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "segment"), [(".", "%2E"), ("..", "%2E%2E"), ("a.b", "a%2Eb"), ("../x", "%2E%2E%2Fx")]
)
def test_a_dot_path_parameter_stays_a_path_parameter(value: str, segment: str) -> None:
    handler, seen = in_turn(httpx.Response(200, json=LIVEPEER.example()))
    LIVEPEER.operation.module().sync(value, client=make_client(LIVEPEER.package, handler))
    assert seen[0].url.raw_path.decode() == f"/api/session/{segment}"


def test_dot_path_parameters_do_not_climb_out_of_a_cloudflare_path() -> None:
    handler, seen = in_turn(httpx.Response(200, json={"success": True, "data": {"sessions": []}}))
    CLOUDFLARE.operation.module().sync("..", "..", client=make_client(CLOUDFLARE.package, handler))
    assert seen[0].url.raw_path.decode() == "/client/v4/accounts/%2E%2E/realtime/kit/%2E%2E/sessions"


# -- Options -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("option", ["timout", "extra_header", "max_retry", "headers"])
@pytest.mark.parametrize(
    "function", ["sync", "sync_detailed", "asyncio", "asyncio_detailed", "sync_iter", "asyncio_iter"]
)
def test_an_unknown_per_call_option_is_a_type_error_before_any_request(option: str, function: str) -> None:
    op = OPS["livepeer:listSessions"]
    handler, seen = in_turn(httpx.Response(200, json=[]))
    target = getattr(op.module(), function)
    with pytest.raises(TypeError, match=f"unexpected keyword argument '{option}'"):
        result = target(client=make_client(op.package, handler), **{option: 1})
        if asyncio.iscoroutine(result):
            asyncio.run(result)
    assert seen == []


def test_an_unknown_client_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'timout'"):
        client_class(LIVEPEER)(token=TOKEN, timout=3)
    with pytest.raises(TypeError, match="unexpected keyword argument 'retries'"):
        client_class(LIVEPEER)(token=TOKEN).with_options(retries=3)


@pytest.mark.parametrize("value", ["café", "a\r\nX-Injected: 1", "tab\tand\x00nul"], ids=["non-ASCII", "CRLF", "NUL"])
def test_an_unsendable_header_value_is_a_value_error_naming_the_header(value: str) -> None:
    with pytest.raises(ValueError, match="headers: the value of 'X-Team'") as caught:
        client_class(LIVEPEER)(token=TOKEN, headers={"X-Team": value})
    assert value not in str(caught.value)
    handler, seen = in_turn(httpx.Response(200, json=LIVEPEER.example()))
    with pytest.raises(ValueError, match="extra_headers: the value of 'X-Team'"):
        call(LIVEPEER.operation, make_client(LIVEPEER.package, handler), extra_headers={"X-Team": value})
    assert seen == []


@pytest.mark.parametrize("base_url", ["", "livepeer.studio/api", "ftp://livepeer.studio", "http://", "http://[::1/api"])
def test_a_bad_base_url_is_a_value_error_at_construction(base_url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        client_class(LIVEPEER)(base_url, token=TOKEN)


# -- Deadlines -----------------------------------------------------------------------------------------------------


def trickled_example() -> Reply:
    # Well under the read timeout between bytes, and minutes for the whole body: only a deadline ends it.
    body = json.dumps(LIVEPEER.example()).encode()
    return Reply(200, body, {"Content-Type": "application/json"}, trickle=0.25)


@pytest.mark.slow  # a real server, and deadlines that pass in real time
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_deadline_bounds_a_call_whose_body_trickles_in(use_async: bool) -> None:
    with serve(lambda seen: trickled_example()) as server:
        client = client_class(LIVEPEER)(f"{server.url}/api", token=TOKEN, timeout=5.0)
        with pytest.raises(LIVEPEER.errors.APITimeoutError, match="deadline passed"):
            call_and_close(client, use_async=use_async, deadline=1.0)
    assert len(server.seen) == 1, "a retry would outlive the deadline: none is made"


@pytest.mark.slow  # a real server, and deadlines that pass in real time
def test_a_deadline_can_be_set_for_every_call_of_a_client() -> None:
    with serve(lambda seen: trickled_example()) as server:
        client = client_class(LIVEPEER)(f"{server.url}/api", token=TOKEN, timeout=5.0, deadline=0.75)
        assert client.deadline == 0.75
        with pytest.raises(LIVEPEER.errors.APITimeoutError, match="deadline passed"):
            call_and_close(client, id="slow")
    with pytest.raises(ValueError, match="deadline"):
        client_class(LIVEPEER)(token=TOKEN, deadline=0)


@pytest.mark.slow  # a real server, and deadlines that pass in real time
def test_a_deadline_cuts_the_timeout_of_a_silent_server() -> None:
    # The server sends its headers, then one byte a minute: the 60 s read timeout alone would wait.
    slow = Reply(200, b"[" * 10, {"Content-Type": "application/json"}, trickle=60.0)
    with serve(lambda seen: slow) as server:
        client = client_class(LIVEPEER)(f"{server.url}/api", token=TOKEN)
        with pytest.raises(LIVEPEER.errors.APITimeoutError):
            call_and_close(client, deadline=0.5)


def call_and_close(client: Any, *, use_async: bool = False, id: str = "x", **options: Any) -> Any:
    module = LIVEPEER.operation.module()
    if use_async:

        async def run() -> Any:
            async with client:
                return await module.asyncio(id, client=client, **options)

        return asyncio.run(run())
    with client:
        return module.sync(id, client=client, **options)


# -- Numbers -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"])
@pytest.mark.parametrize("case", [LIVEPEER, CLOUDFLARE], ids=lambda c: c.id)
def test_a_number_json_cannot_hold_is_a_decode_error(case: Case, number: str) -> None:
    path, _ = case.wrong_type
    assert isinstance(at(case.example(), path), int | float)
    body = json.dumps(replaced(case.example(), path, "PLACEHOLDER")).replace('"PLACEHOLDER"', number)
    client = make_client(case.package, answer(200, None, content=body.encode()))
    with pytest.raises(case.errors.DecodeError, match="not finite"):
        call(case.operation, client)


# -- Closed clients ------------------------------------------------------------------------------------------------


def test_a_closed_client_raises_client_closed_error() -> None:
    errors = LIVEPEER.errors
    client = make_client(LIVEPEER.package, answer(200, LIVEPEER.example()))
    with client:
        call(LIVEPEER.operation, client)
    with pytest.raises(errors.ClientClosedError, match="closed") as caught:
        call(LIVEPEER.operation, client)
    assert isinstance(caught.value, errors.APIError) and isinstance(caught.value, RuntimeError)
    call(LIVEPEER.operation, client.with_options())  # a copy opens its own connections

    async def after_aclose() -> None:
        async with client:
            await LIVEPEER.operation.module().asyncio("x", client=client)
        await LIVEPEER.operation.module().asyncio("x", client=client)

    with pytest.raises(errors.ClientClosedError):
        asyncio.run(after_aclose())
