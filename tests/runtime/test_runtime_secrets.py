"""The token, hardened: checked at construction, masked wherever a server echoes it, never sent to another origin
(redirects against real servers on 127.0.0.1), and absent from every pickled or copied error.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import json
import pickle
import traceback
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest

from tests.runtime.harness import (
    CASES,
    TOKEN,
    Case,
    FakeClock,
    answer,
    call,
    call_and_close,
    in_turn,
    make_client,
)
from tests.runtime.servers import Reply, Seen, serve
from tests.support import operations

LIVEPEER = next(c for c in CASES if c.client == "livepeer")
EMOGG = next(c for c in CASES if c.client == "emogg")
# A token with the characters that JSON and URLs escape: its echoes differ from it.
ODD_TOKEN = "sk/live+7Hq=2Zr?9"


def client_class(case: Case) -> Any:
    return importlib.import_module(case.package).AuthenticatedClient


def authorization_sent(client: Any) -> str:
    handler, seen = in_turn(httpx.Response(200, json=LIVEPEER.example()))
    client.set_httpx_client(httpx.Client(base_url=client.base_url, transport=httpx.MockTransport(handler)))
    call(LIVEPEER.operation, client)
    return seen[0].headers["Authorization"]


# -- At construction -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("token", [f"{TOKEN}\n", f"{TOKEN}\r\n", f" {TOKEN} ", f"\t{TOKEN}"], ids=repr)
def test_whitespace_around_the_token_is_removed(token: str) -> None:
    assert authorization_sent(client_class(LIVEPEER)(token=token)) == f"Bearer {TOKEN}"


@pytest.mark.parametrize(
    "token",
    [
        f"{TOKEN}\x00",
        f"{TOKEN[:5]}\n{TOKEN[5:]}",
        f"{TOKEN}\x7f",
        f"{TOKEN}é",
        f"{TOKEN[:5]}\u2028{TOKEN[5:]}",
        "",
        "  \n",
    ],
    ids=["NUL", "inner newline", "DEL", "non-ASCII", "line separator", "empty", "only whitespace"],
)
def test_a_token_with_a_control_or_non_ascii_character_is_a_value_error_that_hides_it(token: str) -> None:
    with pytest.raises(ValueError, match="the token") as caught:
        client_class(LIVEPEER)(token=token)
    assert TOKEN not in str(caught.value)
    assert TOKEN[:5] not in str(caught.value)


@pytest.mark.parametrize("name", ["X Api Key", "X-Api-Key\r\n", "Ключ", ""])
def test_an_invalid_auth_header_name_is_a_value_error(name: str) -> None:
    with pytest.raises(ValueError, match="auth_header_name"):
        client_class(LIVEPEER)(token=TOKEN, auth_header_name=name)


# -- Echoes --------------------------------------------------------------------------------------------------------


@pytest.mark.slow  # real servers on loopback
def test_a_reason_phrase_that_echoes_the_token_is_masked() -> None:
    with serve(
        lambda seen: Reply(401, b"{}", {"Content-Type": "application/json"}, reason=f"bad token {TOKEN}")
    ) as server:
        client = client_class(LIVEPEER)(f"{server.url}/api", token=TOKEN)
        with client, pytest.raises(LIVEPEER.errors.AuthenticationError) as caught:
            call(LIVEPEER.operation, client)
    assert str(caught.value).startswith("401 bad token [REDACTED] from GET")
    assert TOKEN not in repr(caught.value.args)


@pytest.mark.parametrize(
    "echo",
    [ODD_TOKEN, json.dumps(ODD_TOKEN)[1:-1].replace("/", "\\/"), quote(ODD_TOKEN, safe=""), quote_plus(ODD_TOKEN)],
    ids=["as sent", "JSON-escaped", "URL-encoded", "form-encoded"],
)
def test_every_form_of_an_echoed_token_is_masked(echo: str) -> None:
    assert echo == ODD_TOKEN or ODD_TOKEN not in echo
    body = f'{{"you_sent": "Bearer {echo}"}}'.encode()
    client = client_class(LIVEPEER)(
        token=ODD_TOKEN, httpx_args={"transport": httpx.MockTransport(answer(401, None, content=body))}
    )
    with pytest.raises(LIVEPEER.errors.AuthenticationError) as caught:
        call(LIVEPEER.operation, client)
    assert echo not in str(caught.value)
    assert "Bearer [REDACTED]" in str(caught.value)


def test_a_bad_value_equal_to_the_token_is_masked_in_the_decode_error() -> None:
    # A date-time quotes the value it refuses: StreamElements' legacy session (Emogg's `timestamp`, used before,
    # is a plain string now).
    (legacy,) = [op for op in operations(["streamelements"]) if op.operation["operationId"] == "getCurrentSession"]
    body = dict(next(iter(legacy.examples().values())), createdAt=TOKEN)
    errors = importlib.import_module(f"{legacy.package}.errors")
    with pytest.raises(errors.DecodeError) as caught:
        call(legacy, make_client(legacy.package, answer(200, body)))
    error = caught.value
    assert error.path == "createdAt"
    assert "[REDACTED]" in error.reason
    for text in (str(error), repr(error), error.reason, *map(str, error.args)):
        assert TOKEN not in text
    assert error.__cause__ is None, "the cause quoted the token: it is dropped"
    assert TOKEN not in "".join(traceback.format_exception(error))


def test_a_custom_auth_header_is_masked_in_the_repr_of_the_request_headers() -> None:
    client = make_client(LIVEPEER.package, answer(401, {"errors": ["no"]}), auth_header_name="X-Api-Key", prefix="")
    with pytest.raises(LIVEPEER.errors.AuthenticationError) as caught:
        call(LIVEPEER.operation, client)
    headers = caught.value.response.request.headers
    assert headers["X-Api-Key"] == TOKEN, "the header is sent"
    assert TOKEN not in repr(headers)
    assert "'x-api-key', '[secure]'" in repr(headers)


# -- Redirects -----------------------------------------------------------------------------------------------------


@pytest.mark.slow  # real servers on loopback
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("header", ["Authorization", "X-Api-Key"])
def test_a_redirect_to_another_origin_does_not_carry_the_token(status: int, header: str, use_async: bool) -> None:
    example = json.dumps(LIVEPEER.example()).encode()
    with (
        serve(lambda seen: Reply(200, example, {"Content-Type": "application/json"})) as elsewhere,
        serve(lambda seen: Reply(status, headers={"Location": f"{elsewhere.url}{seen.target}"})) as server,
    ):
        client = client_class(LIVEPEER)(
            f"{server.url}/api", token=TOKEN, auth_header_name=header, follow_redirects=True
        )
        result = call_and_close(LIVEPEER.operation, client, use_async=use_async)
    assert result.id == LIVEPEER.example()["id"]
    assert server.seen[0].headers[header.lower()].endswith(TOKEN), "the token went to its own origin"
    (hop,) = elsewhere.seen
    assert hop.path == "/api/session/id-id"
    assert all(TOKEN not in value for value in hop.headers.values()), hop.headers


@pytest.mark.slow  # real servers on loopback
def test_a_redirect_within_the_origin_keeps_the_token() -> None:
    example = json.dumps(LIVEPEER.example()).encode()

    def answer_(seen: Seen) -> Reply:
        if seen.path.endswith("/moved"):
            return Reply(200, example, {"Content-Type": "application/json"})
        return Reply(307, headers={"Location": f"{seen.path}/moved"})

    with serve(answer_) as server:
        client = client_class(LIVEPEER)(
            f"{server.url}/api", token=TOKEN, auth_header_name="X-Api-Key", follow_redirects=True
        )
        with client:
            call(LIVEPEER.operation, client)
    assert [s.headers.get("x-api-key") for s in server.seen] == [f"Bearer {TOKEN}", f"Bearer {TOKEN}"]


@pytest.mark.slow  # real servers on loopback
def test_by_default_a_redirect_is_not_followed() -> None:
    with serve(lambda seen: Reply(302, headers={"Location": "/elsewhere"})) as server:
        client = client_class(LIVEPEER)(f"{server.url}/api", token=TOKEN)
        with client, pytest.raises(LIVEPEER.errors.APIStatusError) as caught:
            call(LIVEPEER.operation, client)
    assert caught.value.status_code == 302
    assert [s.path for s in server.seen] == ["/api/session/id-id"]


# -- Pickles and copies --------------------------------------------------------------------------------------------


def raised_errors(case: Case) -> list[Any]:
    """One error of every kind the client raises, the token echoed wherever a server can echo it."""

    def echo(status: int) -> Any:
        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(status, json={"you_sent": dict(request.headers)})

        return handler

    handlers = [
        echo(400),
        echo(401),
        echo(404),
        echo(409),
        echo(418),
        echo(503),
        answer(200, None, content=f'{{"leak": "{TOKEN}", '.encode()),
        answer(200, {"unexpected": TOKEN}),
        in_turn(httpx.ConnectError(f"refused {TOKEN}"))[0],
        in_turn(httpx.ReadTimeout("timed out"))[0],
    ]
    errors = []
    for handler in handlers:
        for use_async in (False, True):
            with pytest.raises(case.errors.APIError) as caught:
                call(case.operation, make_client(case.package, handler, FakeClock()), use_async=use_async)
            errors.append(caught.value)
    closed = make_client(case.package, answer(200, case.example()))
    closed.get_httpx_client()
    closed.close()
    with pytest.raises(case.errors.ClientClosedError) as caught:
        call(case.operation, closed)
    errors.append(caught.value)
    return errors


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_every_error_pickles_and_copies_without_the_token(case: Case) -> None:
    errors = raised_errors(case)
    assert {type(e).__name__ for e in errors} >= {
        "BadRequestError",
        "AuthenticationError",
        "NotFoundError",
        "ConflictError",
        "APIStatusError",
        "InternalServerError",
        "DecodeError",
        "APIConnectionError",
        "APITimeoutError",
        "ClientClosedError",
    }
    for error in errors:
        pickled = pickle.dumps(error)
        assert TOKEN.encode() not in pickled, type(error).__name__
        for twin in (pickle.loads(pickled), copy.copy(error), copy.deepcopy(error)):
            assert type(twin) is type(error)
            assert str(twin) == str(error)
            assert TOKEN not in str(twin) and TOKEN not in repr(twin)
            if isinstance(error, case.errors.APIStatusError):
                assert twin.status_code == error.status_code
                assert (twin.response, twin.body, twin.headers, twin.parsed) == (None, None, None, None)
            if isinstance(error, case.errors.DecodeError):
                assert (twin.path, twin.reason) == (error.path, error.reason)


def test_the_connection_error_message_and_traceback_mask_the_token() -> None:
    handler, _ = in_turn(httpx.ConnectError(f"proxy said: Bearer {TOKEN}"))
    with pytest.raises(LIVEPEER.errors.APIConnectionError) as caught:
        asyncio.run(LIVEPEER.operation.module().asyncio(client=make_client(LIVEPEER.package, handler), id="x"))
    assert "Bearer [REDACTED]" in str(caught.value)
    assert caught.value.__cause__ is None, "the cause quoted the token: it is left out"
    assert TOKEN not in "".join(traceback.format_exception(caught.value))
