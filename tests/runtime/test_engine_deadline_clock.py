"""A deadline bounds a whole call on the clock, not only its error type: checked with a fake clock that advances
only when the client waits (Retry-After, backoff) or when the fake server takes the time an attempt was allowed.
Unit tests of the runtime's engine (`runtime.client`) over an httpx.MockTransport.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import runtime.client as engine
from runtime.errors import APITimeoutError, InternalServerError

DEADLINE = 10.0


class FakeTime:
    """Stands in for the `time` module of the engine: `monotonic()` moves only when someone sleeps or spends."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    def spend(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    fake = FakeTime()
    monkeypatch.setattr(engine, "time", fake)
    return fake


def client(handler: Any, clock: FakeTime, **options: Any) -> engine.AuthenticatedClient:
    return engine.AuthenticatedClient(
        token="sk-live-7Hq2Zr9Xw4Vb",
        httpx_args={"transport": httpx.MockTransport(handler)},
        sleep=clock.sleep,
        **options,
    )


def call(api: engine.AuthenticatedClient) -> Any:
    return api._request({"method": "GET", "url": "/v1/sessions"}, lambda r: r.json(), lambda r: None, {})


def test_waiting_out_retry_after_never_takes_the_call_past_its_deadline(clock: FakeTime) -> None:
    attempts: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(clock.now)
        return httpx.Response(503, headers={"Retry-After": "4"})

    start = clock.now
    with pytest.raises(InternalServerError):
        call(client(handler, clock, deadline=DEADLINE, max_retries=5))
    assert clock.now - start <= DEADLINE
    assert [t - start for t in attempts] == [0, 4, 8]  # a third wait would end at 12 s: not made


def test_each_attempt_is_cut_to_the_time_left_so_a_silent_server_ends_the_call_at_its_deadline(
    clock: FakeTime,
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        allowed = request.extensions["timeout"]["read"]
        clock.spend(allowed)  # the server says nothing for as long as the attempt may wait
        raise httpx.ReadTimeout("silent", request=request)

    start = clock.now
    with pytest.raises(APITimeoutError):
        call(client(handler, clock, deadline=DEADLINE, timeout=60.0, max_retries=3))
    assert clock.now - start <= DEADLINE


def test_a_deadline_longer_than_the_retries_lets_every_retry_happen(clock: FakeTime) -> None:
    seen: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(clock.now)
        return httpx.Response(503, headers={"Retry-After": "1"})

    with pytest.raises(InternalServerError):
        call(client(handler, clock, deadline=100.0, max_retries=3))
    assert len(seen) == 4
