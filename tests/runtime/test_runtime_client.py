"""The client's defaults and options: timeouts, retries, Retry-After, per-call options, idempotency.

Waits are recorded by a fake clock; the vendor is an httpx.MockTransport.
"""

from __future__ import annotations

import asyncio
import email.utils
import importlib
import ssl
import time
from typing import Any

import httpx
import pytest

from tests.runtime.harness import CASES, TOKEN, Case, FakeClock, answer, call, in_turn, make_client

LIVEPEER = next(c for c in CASES if c.client == "livepeer")


def retried(case: Case, *responses: httpx.Response, **options: Any) -> tuple[list[float], list[httpx.Request]]:
    """Call case's operation against these answers; return the waits and the requests."""
    clock = FakeClock()
    handler, seen = in_turn(*responses, httpx.Response(200, json=case.example()))
    call(case.operation, make_client(case.package, handler, clock, **options))
    return clock.sleeps, seen


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_defaults_are_a_60_s_timeout_5_s_to_connect_and_two_retries(case: Case) -> None:
    client = importlib.import_module(case.package).AuthenticatedClient(token=TOKEN)
    assert client.timeout == httpx.Timeout(60.0, connect=5.0)
    assert client.max_retries == 2
    assert client.base_url == case.operation.base_url


def test_the_timeout_reaches_every_request_and_a_call_can_override_it() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=LIVEPEER.example())

    client = make_client(LIVEPEER.package, handler)
    call(LIVEPEER.operation, client)
    call(LIVEPEER.operation, client, timeout=2.5)
    call(LIVEPEER.operation, client.with_timeout(httpx.Timeout(9.0, connect=1.0)), use_async=True)
    assert [r.extensions["timeout"] for r in seen] == [
        {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0},
        {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5},
        {"connect": 1.0, "read": 9.0, "write": 9.0, "pool": 9.0},
    ]


def test_max_retries_is_set_on_the_client_or_per_call() -> None:
    clock = FakeClock()
    handler, seen = in_turn(httpx.Response(503))
    client = make_client(LIVEPEER.package, handler, clock, max_retries=4)
    with pytest.raises(LIVEPEER.errors.InternalServerError):
        call(LIVEPEER.operation, client)
    assert len(seen) == 5
    seen.clear()
    with pytest.raises(LIVEPEER.errors.InternalServerError):
        call(LIVEPEER.operation, client, max_retries=0)
    assert len(seen) == 1
    with pytest.raises(ValueError, match="max_retries"):
        make_client(LIVEPEER.package, handler, max_retries=-1)


def test_backoff_doubles_up_to_8_s_with_at_most_25_percent_jitter() -> None:
    clock = FakeClock()
    handler, _ = in_turn(httpx.Response(500))
    with pytest.raises(LIVEPEER.errors.InternalServerError):
        call(LIVEPEER.operation, make_client(LIVEPEER.package, handler, clock, max_retries=6))
    nominal = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(clock.sleeps) == len(nominal)
    for waited, full in zip(clock.sleeps, nominal, strict=True):
        assert 0.75 * full <= waited <= full


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "0.25"}, 0.25),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After": "60"}, 60.0),
    ],
    ids=["seconds", "fraction", "milliseconds", "the cap"],
)
def test_retry_after_is_honoured_up_to_60_s(headers: dict[str, str], expected: float) -> None:
    sleeps, seen = retried(LIVEPEER, httpx.Response(429, headers=headers))
    assert sleeps == [expected]
    assert len(seen) == 2


def test_retry_after_as_an_http_date_is_honoured() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    sleeps, _ = retried(LIVEPEER, httpx.Response(503, headers={"Retry-After": when}))
    assert 28 <= sleeps[0] <= 30


@pytest.mark.parametrize("value", ["61", "3600", "-1", "soon"])
def test_a_retry_after_beyond_60_s_or_unreadable_falls_back_to_backoff(value: str) -> None:
    sleeps, _ = retried(LIVEPEER, httpx.Response(429, headers={"Retry-After": value}))
    assert 0.375 <= sleeps[0] <= 0.5


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 599])
def test_these_statuses_are_retried(status: int) -> None:
    _, seen = retried(LIVEPEER, httpx.Response(status))
    assert len(seen) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_these_statuses_are_not_retried(status: int) -> None:
    handler, seen = in_turn(httpx.Response(status))
    with pytest.raises(LIVEPEER.errors.APIStatusError):
        call(LIVEPEER.operation, make_client(LIVEPEER.package, handler))
    assert len(seen) == 1


def test_the_server_can_say_whether_to_retry() -> None:
    _, seen = retried(LIVEPEER, httpx.Response(400, headers={"x-should-retry": "true"}))
    assert len(seen) == 2
    handler, seen = in_turn(httpx.Response(503, headers={"x-should-retry": "false"}))
    with pytest.raises(LIVEPEER.errors.InternalServerError):
        call(LIVEPEER.operation, make_client(LIVEPEER.package, handler))
    assert len(seen) == 1


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_only_idempotent_requests_are_retried(method: str) -> None:
    # No operation of these APIs writes; the engine is driven directly with a non-idempotent request.
    handler, seen = in_turn(httpx.Response(503), httpx.ConnectError("refused"))
    client = make_client(LIVEPEER.package, handler)
    request = {"method": method, "url": "/session"}
    with pytest.raises(LIVEPEER.errors.InternalServerError):
        client._request(request, lambda _: None, lambda _: None, {})
    with pytest.raises(LIVEPEER.errors.APIConnectionError):
        asyncio.run(client._arequest(request, lambda _: None, lambda _: None, {}))
    assert [r.method for r in seen] == [method, method]


def test_per_call_extra_headers_and_client_headers_are_sent() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=LIVEPEER.example())

    client = make_client(LIVEPEER.package, handler, headers={"x-team": "video"})
    call(LIVEPEER.operation, client, extra_headers={"x-trace": "t1"})
    call(LIVEPEER.operation, client.with_headers({"x-team": "audio"}), use_async=True)
    assert [(r.headers["x-team"], r.headers.get("x-trace")) for r in seen] == [("video", "t1"), ("audio", None)]
    assert {r.headers["Authorization"] for r in seen} == {f"Bearer {TOKEN}"}


def test_a_successful_call_returns_the_model_not_an_optional() -> None:
    from livepeer_sessions_client.api.sessions import get_session
    from livepeer_sessions_client.models import Session

    result = get_session.sync("abc", client=make_client(LIVEPEER.package, answer(200, LIVEPEER.example())))
    assert isinstance(result, Session)
    assert get_session.sync.__annotations__["return"] in ("Session", Session)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_tls_verification_is_on_and_redirects_are_off_by_default(use_async: bool) -> None:
    client = importlib.import_module(LIVEPEER.package).AuthenticatedClient(token=TOKEN)
    http = client.get_async_httpx_client() if use_async else client.get_httpx_client()
    context = http._transport._pool._ssl_context  # httpx keeps the SSL context it verifies with here
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert http.follow_redirects is False


def test_cookies_are_sent_from_the_option_and_from_with_cookies() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=LIVEPEER.example())

    client = make_client(LIVEPEER.package, handler, cookies={"region": "eu"})
    call(LIVEPEER.operation, client)
    call(LIVEPEER.operation, client.with_cookies({"beta": "1"}), use_async=True)
    assert [r.headers.get("cookie") for r in seen] == ["region=eu", "region=eu; beta=1"]


def test_the_async_api_honours_a_per_call_max_retries() -> None:
    handler, seen = in_turn(httpx.Response(503))
    client = make_client(LIVEPEER.package, handler, FakeClock())
    with pytest.raises(LIVEPEER.errors.InternalServerError):
        call(LIVEPEER.operation, client, use_async=True, max_retries=0)
    assert len(seen) == 1
    seen.clear()
    with pytest.raises(LIVEPEER.errors.InternalServerError):
        call(LIVEPEER.operation, client, use_async=True, max_retries=4)
    assert len(seen) == 5
