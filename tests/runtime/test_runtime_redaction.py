"""The token appears nowhere: not in repr() or str() of the client, not in any error, not in any log record."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest

from tests.runtime.harness import CASES, TOKEN, Case, FakeClock, answer, call, in_turn, make_client


def failures(case: Case) -> list[Any]:
    """A handler per kind of failure; two of them echo the request's headers back, as debugging proxies do."""

    def echo(status: int) -> Any:
        def handler(request: httpx.Request) -> httpx.Response:
            # The credential first, as a proxy that echoes what matters would: the excerpt is the first 200 bytes.
            headers = {"authorization": request.headers.get("authorization"), **dict(request.headers)}
            # Compact JSON, as httpx >= 0.28 writes it for `json=` (0.27 adds spaces): the excerpt's length is fixed.
            body = json.dumps({"you_sent": headers}, separators=(",", ":")).encode()
            return httpx.Response(status, content=body, headers={"content-type": "application/json"})

        return handler

    return [
        echo(401),
        echo(503),
        answer(200, None, content=f'{{"leak": "{TOKEN}", '.encode()),  # malformed JSON holding the token
        in_turn(httpx.ConnectError("refused"))[0],
        in_turn(httpx.ReadTimeout("timed out"))[0],
        answer(200, {"unexpected": TOKEN}),
    ]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_the_token_is_not_in_the_clients_repr_or_str(case: Case) -> None:
    client = make_client(case.package, answer(200, case.example()))
    call(case.operation, client)  # the stock client showed it twice after the first call
    call(case.operation, client, use_async=True)
    for text in (repr(client), str(client), repr(client.with_headers({"x": "y"}))):
        assert TOKEN not in text
        assert "[REDACTED]" in text


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_the_token_is_not_in_errors_or_log_records(case: Case, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    raised = []
    for handler in failures(case):
        client = make_client(case.package, handler, FakeClock())
        for use_async in (False, True):
            with pytest.raises(case.errors.APIError) as caught:
                call(case.operation, client, use_async=use_async)
            raised.append(caught.value)
    assert {type(e).__name__ for e in raised} >= {"AuthenticationError", "InternalServerError", "DecodeError"}
    for error in raised:
        for text in (str(error), repr(error), *(str(a) for a in error.args)):
            assert TOKEN not in text, f"{type(error).__name__}: {text}"
    assert caplog.records, "the client and httpx log their requests and retries"
    assert any(r.name == case.package and "retrying" in r.getMessage() for r in caplog.records)
    for record in caplog.records:
        assert TOKEN not in record.getMessage()
    assert TOKEN not in caplog.text


def test_an_echoed_token_is_masked_in_the_excerpt() -> None:
    case = CASES[0]
    client = make_client(case.package, failures(case)[0])
    with pytest.raises(case.errors.AuthenticationError) as caught:
        call(case.operation, client)
    assert "Bearer [REDACTED]" in str(caught.value)
    assert TOKEN.encode() in caught.value.body, "the raw body itself is left as the server sent it"
