"""What a call sends, checked before and as it is sent: header overrides whatever their case, cookies kept on
their origin, empty path parameters refused, options checked by name, per-call options of every resource method
(sync, async, raw) applied, a retried DELETE's 404 told apart, and the token kept out of tracebacks and of
the words of a message. The vendor is an httpx.MockTransport.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import math
import traceback
from typing import Any

import httpx
import pytest

from tests.runtime.harness import TOKEN
from tests.sdk.sdk_support import METHODS, Method, client_class, resolve, sdk_client

EMOGG_ERRORS = importlib.import_module("emogg_sessions_client.errors")


def recorder(seen: list[httpx.Request], status: int = 200, body: Any = None) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body if body is not None else {})

    return handler


def example_vendor(method: Method, seen: list[httpx.Request], status: int | None = None) -> Any:
    documented, body = method.success()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if status is not None:
            return httpx.Response(status, json={})
        return httpx.Response(documented) if body is None else httpx.Response(documented, json=body)

    return handler


def run(root: Any, method: Method, flavour: str, **options: Any) -> Any:
    """Call `method` under `root` with example arguments and `options`, as the flavour does (async: awaited)."""
    base = root.with_raw_response if flavour == "raw" else root
    target = resolve(base, method.dotted)
    result = target(
        *method.path_arguments(), **method.op.query_arguments(), **method.keyword_arguments(target), **options
    )
    if flavour == "async":

        async def settle() -> Any:
            return await result  # a coroutine, or the AsyncPager of a list: its first page

        return asyncio.run(settle())
    return result


# -- Headers: an override replaces, whatever the case of its name -------------------------------------------------


@pytest.mark.parametrize("client", ["emogg", "livepeer"])
def test_a_lower_case_authorization_or_user_agent_header_replaces_rather_than_duplicates(client: str) -> None:
    seen: list[httpx.Request] = []
    method = next(m for m in METHODS if m.op.client == client and m.op.method == "get")
    api = sdk_client(client, example_vendor(method, seen), headers={"user-agent": "mine/1", "authorization": "x"})
    method.call(api)
    method.call(api.with_headers({"USER-AGENT": "mine/2"}))
    target = resolve(api, method.dotted)
    target(*method.path_arguments(), **method.op.query_arguments(), extra_headers={"authorization": "Bearer other"})
    first, second, third = seen
    for request in seen:
        assert len(request.headers.get_list("authorization")) == 1
        assert len(request.headers.get_list("user-agent")) == 1
    assert first.headers["user-agent"] == "mine/1" and second.headers["user-agent"] == "mine/2"
    assert first.headers["authorization"] == f"Bearer {TOKEN}"  # the client's token, as for `Authorization`
    assert third.headers["authorization"] == "Bearer other"  # a per-call override wins


# -- Cookies stay on their origin ----------------------------------------------------------------------------------


def test_cookies_given_to_the_client_do_not_follow_a_redirect_to_another_origin() -> None:
    seen: list[httpx.Request] = []
    method = next(m for m in METHODS if m.op.client == "emogg" and m.dotted == "sessions.get")
    status, body = method.success()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "elsewhere.example":
            return httpx.Response(status, json=body)
        if request.url.path.endswith("/same-origin"):
            return httpx.Response(307, headers={"Location": "https://elsewhere.example/landing"})
        return httpx.Response(307, headers={"Location": f"{request.url.path}/same-origin"})

    api = sdk_client("emogg", handler, cookies={"session": "c00kie"}, follow_redirects=True)
    method.call(api.with_cookies({"other": "s3cond"}))
    same, again, other = seen
    assert "c00kie" in same.headers["cookie"] and "s3cond" in again.headers["cookie"]
    assert "cookie" not in other.headers and "authorization" not in other.headers


# -- Path parameters ------------------------------------------------------------------------------------------------

PATHED = [m for m in METHODS if m.path_arguments()]


@pytest.mark.parametrize("value", ["", None], ids=["empty", "None"])
@pytest.mark.parametrize("method", PATHED, ids=[m.id for m in PATHED])
def test_an_empty_or_none_path_parameter_is_a_value_error_before_anything_is_sent(method: Method, value: Any) -> None:
    seen: list[httpx.Request] = []
    api = sdk_client(method.op.client, recorder(seen))
    target = resolve(api, method.dotted)
    arguments = [value, *method.path_arguments()[1:]]
    with pytest.raises(ValueError, match="must not be"):
        target(*arguments, **method.op.query_arguments(), **method.keyword_arguments(target))
    assert seen == []


# -- Options, checked by name ---------------------------------------------------------------------------------------

BAD_OPTIONS = [
    ("timeout", math.inf, ValueError),
    ("timeout", math.nan, ValueError),
    ("timeout", -1, ValueError),
    ("timeout", "5", TypeError),
    ("timeout", httpx.Timeout(5.0, read=math.inf), ValueError),
    ("max_retries", "3", TypeError),
    ("max_retries", 2.5, TypeError),
    ("max_retries", True, TypeError),
    ("deadline", True, TypeError),
    ("deadline", math.inf, ValueError),
    ("deadline", "5", TypeError),
]


@pytest.mark.parametrize(("name", "value", "error"), BAD_OPTIONS, ids=[f"{n}={v!r}" for n, v, _ in BAD_OPTIONS])
def test_a_bad_option_is_refused_naming_it_at_construction_and_at_the_call(name: str, value: Any, error: type) -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(error, match=name):
        sdk_client("emogg", recorder(seen), **{name: value})
    method = next(m for m in METHODS if m.op.client == "emogg" and m.dotted == "sessions.get")
    api = sdk_client("emogg", recorder(seen))
    target = resolve(api, method.dotted)
    with pytest.raises(error, match=name):
        target(*method.path_arguments(), **{name: value})
    with pytest.raises(error, match=name):
        resolve(api.with_raw_response, method.dotted)(*method.path_arguments(), **{name: value})
    assert seen == []


# -- Per-call options of every resource method -----------------------------------------------------------------------

FLAVOURS = ["sync", "async", "raw"]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("method", METHODS, ids=[m.id for m in METHODS])
def test_per_call_options_of_every_resource_method_are_applied(method: Method, flavour: str) -> None:
    seen: list[httpx.Request] = []
    errors = importlib.import_module(f"{method.op.package}.errors")
    api = sdk_client(method.op.client, example_vendor(method, seen, status=503), use_async=flavour == "async")
    with pytest.raises(errors.InternalServerError):
        run(api, method, flavour, timeout=7.0, max_retries=1, extra_headers={"X-Probe": "yes"})
    # max_retries=1: one retry, not the client's two (a POST is never retried).
    assert len(seen) == (2 if method.op.method.upper() in ("GET", "PUT", "DELETE") else 1)
    for request in seen:
        assert request.headers["x-probe"] == "yes"
        assert request.extensions["timeout"] == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("method", METHODS, ids=[m.id for m in METHODS])
def test_a_per_call_deadline_of_every_resource_method_cuts_its_timeouts(method: Method, flavour: str) -> None:
    seen: list[httpx.Request] = []
    api = sdk_client(method.op.client, example_vendor(method, seen), use_async=flavour == "async")
    run(api, method, flavour, deadline=0.75)
    assert seen
    for request in seen:
        assert all(0 < limit <= 0.75 for limit in request.extensions["timeout"].values())


# -- A DELETE retried after a lost answer ---------------------------------------------------------------------------


def test_a_404_to_a_delete_retried_after_a_timeout_says_the_first_attempt_may_have_deleted_it() -> None:
    outcomes: list[Any] = [httpx.ReadTimeout("lost"), httpx.Response(404, json={"error": "not found"})]

    def handler(request: httpx.Request) -> httpx.Response:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    api = sdk_client("emogg", handler)
    with pytest.raises(EMOGG_ERRORS.NotFoundOnRetryError, match="may have deleted it") as caught:
        api.sessions.delete("s1")
    assert isinstance(caught.value, EMOGG_ERRORS.NotFoundError) and caught.value.status_code == 404


def test_a_404_to_a_delete_on_its_first_attempt_is_a_plain_not_found() -> None:
    api = sdk_client("emogg", lambda request: httpx.Response(404, json={"error": "not found"}))
    with pytest.raises(EMOGG_ERRORS.NotFoundError) as caught:
        api.sessions.delete("s1")
    assert type(caught.value) is EMOGG_ERRORS.NotFoundError


def test_a_404_to_a_delete_retried_after_a_rate_limit_is_a_plain_not_found() -> None:
    outcomes = [httpx.Response(429, json={}), httpx.Response(404, json={"error": "not found"})]
    api = sdk_client("emogg", lambda request: outcomes.pop(0))
    with pytest.raises(EMOGG_ERRORS.NotFoundError) as caught:
        api.sessions.delete("s1")
    assert type(caught.value) is EMOGG_ERRORS.NotFoundError  # the 429 deleted nothing


# -- The token: not in a traceback's locals, not masked inside words ------------------------------------------------


def test_a_refused_per_call_header_leaves_no_token_in_the_tracebacks_locals() -> None:
    api = sdk_client("emogg", recorder([]))
    with pytest.raises(ValueError, match="extra_headers") as caught:
        api.sessions.get("s1", extra_headers={"X-Bad": "line\nbreak"})
    for frame, _ in traceback.walk_tb(caught.value.__traceback__):
        for name, value in frame.f_locals.items():
            assert TOKEN not in repr(value), f"{frame.f_code.co_name}: {name}"


def test_a_short_token_is_masked_where_it_stands_whole_not_inside_every_word(caplog: pytest.LogCaptureFixture) -> None:
    body = {"error": "the token t is not valid", "detail": "tokens must be longer"}
    api = sdk_client("emogg", lambda request: httpx.Response(401, json=body), token="t")
    with pytest.raises(EMOGG_ERRORS.AuthenticationError) as caught:
        api.sessions.get("s1")
    message = str(caught.value)
    assert "the token [REDACTED] is not valid" in message
    assert "tokens must be longer" in message


def test_a_client_class_refuses_nothing_it_used_to_take() -> None:
    # Short tokens are still accepted (a test token "t", the README's "test"): only their masking changed.
    assert client_class("emogg")(token="t", httpx_args={"transport": httpx.MockTransport(recorder([]))})
    logging.getLogger(__name__).debug("ok")
