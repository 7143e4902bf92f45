"""Each failure raises its documented, typed exception, sync and async alike; retries wait on a fake clock.

The tree (errors.py): APIError > APIConnectionError > APITimeoutError; APIError > DecodeError;
APIError > APIStatusError > one subclass per status.
"""

from __future__ import annotations

import httpx
import pytest

from tests.runtime.harness import CASES, Case, FakeClock, answer, call, in_turn, make_client

MODES = [False, True]
MODE_IDS = ["sync", "async"]


def cases_and_modes(cases: list[Case] = CASES) -> list[tuple[Case, bool]]:
    return [(case, mode) for case in cases for mode in MODES]


def ids(value: object) -> str:
    return value.id if isinstance(value, Case) else MODE_IDS[bool(value)]


@pytest.mark.parametrize(("case", "use_async"), cases_and_modes(), ids=ids)
def test_401_raises_authentication_error_with_the_parsed_body(case: Case, use_async: bool) -> None:
    body = b'{"errors":["Unauthorized"]}'  # as sent: not re-encoded by httpx (0.27 writes `json=` with spaces)
    handler, seen = in_turn(httpx.Response(401, content=body, headers={"content-type": "application/json"}))
    with pytest.raises(case.errors.AuthenticationError) as caught:
        call(case.operation, make_client(case.package, handler), use_async=use_async)
    error = caught.value
    assert isinstance(error, case.errors.APIStatusError)
    assert error.status_code == 401
    assert error.headers["content-type"] == "application/json"
    assert error.body == b'{"errors":["Unauthorized"]}'
    assert len(seen) == 1, "a 401 is not retried"
    if case.client == "livepeer":  # Livepeer documents its 401 body: ErrorBody
        assert error.parsed.errors == ["Unauthorized"]
    elif case.client in ("streamelements", "emogg"):  # no body documented / not Emogg's {error, status, message}
        assert error.parsed is None


@pytest.mark.parametrize(("case", "use_async"), cases_and_modes(), ids=ids)
def test_404_raises_not_found_error(case: Case, use_async: bool) -> None:
    client = make_client(case.package, answer(404, {"errors": ["not found"]}))
    with pytest.raises(case.errors.NotFoundError) as caught:
        call(case.operation, client, use_async=use_async)
    assert caught.value.status_code == 404
    assert "404 Not Found from GET" in str(caught.value)


def test_emoggs_documented_404_carries_status_headers_and_body() -> None:
    case = next(c for c in CASES if c.client == "emogg")
    client = make_client(case.package, answer(404, None, content=b"no such session", headers={"x-request-id": "r1"}))
    with pytest.raises(case.errors.NotFoundError) as caught:
        call(case.operation, client)
    assert (caught.value.status_code, caught.value.headers["x-request-id"], caught.value.body) == (
        404,
        "r1",
        b"no such session",
    )
    assert caught.value.parsed is None  # not JSON, so not the documented {error, status, message}
    assert caught.value.response.request.url.path == "/v1/sessions/id-sessionId"


@pytest.mark.parametrize(("case", "use_async"), cases_and_modes(), ids=ids)
def test_429_with_retry_after_is_retried_after_the_asked_wait(case: Case, use_async: bool) -> None:
    clock = FakeClock()
    handler, seen = in_turn(
        httpx.Response(429, headers={"Retry-After": "7"}, json={}), httpx.Response(200, json=case.example())
    )
    result = call(case.operation, make_client(case.package, handler, clock), use_async=use_async)
    assert result is not None
    assert len(seen) == 2
    assert clock.sleeps == [7.0]


@pytest.mark.parametrize(("case", "use_async"), cases_and_modes(), ids=ids)
def test_503_three_times_exhausts_the_retries(case: Case, use_async: bool) -> None:
    clock = FakeClock()
    handler, seen = in_turn(httpx.Response(503, text="unavailable"))
    with pytest.raises(case.errors.InternalServerError) as caught:
        call(case.operation, make_client(case.package, handler, clock), use_async=use_async)
    assert caught.value.status_code == 503
    assert len(seen) == 3, "one call and the default two retries"
    first, second = clock.sleeps
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0, "exponential backoff with up to 25 % jitter"


@pytest.mark.parametrize(("case", "use_async"), cases_and_modes(), ids=ids)
def test_html_502_raises_internal_server_error_with_a_bounded_excerpt(case: Case, use_async: bool) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>" + "<p>upstream down</p>" * 500 + "</body></html>"
    client = make_client(case.package, answer(502, None, text=page, headers={"content-type": "text/html"}))
    with pytest.raises(case.errors.InternalServerError) as caught:
        call(case.operation, client, use_async=use_async)
    message = str(caught.value)
    assert message.startswith("502 Bad Gateway from GET ")
    assert "<title>502 Bad Gateway</title>" in message
    assert len(message) < 400 < len(page)
    assert caught.value.parsed is None
    assert caught.value.body == page.encode()


@pytest.mark.parametrize(("case", "use_async"), cases_and_modes(), ids=ids)
def test_malformed_json_raises_decode_error(case: Case, use_async: bool) -> None:
    client = make_client(case.package, answer(200, None, content=b'{"id": "abc", "name": '))
    with pytest.raises(case.errors.DecodeError) as caught:
        call(case.operation, client, use_async=use_async)
    assert caught.value.path == ""
    assert caught.value.reason.startswith("malformed JSON")
    assert caught.value.body == b'{"id": "abc", "name": '


@pytest.mark.parametrize(("case", "use_async"), cases_and_modes(), ids=ids)
def test_a_connection_error_is_retried_then_raised_as_ours(case: Case, use_async: bool) -> None:
    clock = FakeClock()
    handler, seen = in_turn(httpx.ConnectError("connection refused"))
    with pytest.raises(case.errors.APIConnectionError) as caught:
        call(case.operation, make_client(case.package, handler, clock), use_async=use_async)
    assert not isinstance(caught.value, case.errors.APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert "failed after 3 attempts: ConnectError: connection refused" in str(caught.value)
    assert len(seen) == 3 and len(clock.sleeps) == 2


@pytest.mark.parametrize(("case", "use_async"), cases_and_modes(), ids=ids)
def test_a_timeout_raises_api_timeout_error(case: Case, use_async: bool) -> None:
    handler, seen = in_turn(httpx.ReadTimeout("timed out"))
    with pytest.raises(case.errors.APITimeoutError) as caught:
        call(case.operation, make_client(case.package, handler), use_async=use_async)
    assert isinstance(caught.value, case.errors.APIConnectionError)
    assert caught.value.request.method == "GET"
    assert len(seen) == 3


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_the_raw_response_stays_reachable_on_success(case: Case) -> None:
    client = make_client(case.package, answer(200, case.example(), headers={"x-request-id": "r2"}))
    response = call(case.operation, client, detailed=True)
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "r2"
    assert response.content.startswith(b"{") or response.content.startswith(b"[")
    assert response.parsed is not None


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_every_error_is_an_api_error(case: Case) -> None:
    errors = case.errors
    for name in errors.__all__:
        value = getattr(errors, name)
        if isinstance(value, type):
            assert issubclass(value, errors.APIError), name


STATUS_CLASSES = [
    (400, "BadRequestError"),
    (401, "AuthenticationError"),
    (403, "PermissionDeniedError"),
    (404, "NotFoundError"),
    (409, "ConflictError"),
    (418, "APIStatusError"),
    (422, "UnprocessableEntityError"),
    (429, "RateLimitError"),
    (500, "InternalServerError"),
    (503, "InternalServerError"),
    (599, "InternalServerError"),
]


@pytest.mark.parametrize("use_async", MODES, ids=MODE_IDS)
@pytest.mark.parametrize(("status", "name"), STATUS_CLASSES, ids=[str(s) for s, _ in STATUS_CLASSES])
@pytest.mark.parametrize("case", CASES, ids=ids)
def test_each_status_raises_its_own_class(case: Case, status: int, name: str, use_async: bool) -> None:
    client = make_client(case.package, answer(status, {"errors": ["no"]}), max_retries=0)
    with pytest.raises(case.errors.APIStatusError) as caught:
        call(case.operation, client, use_async=use_async)
    assert type(caught.value) is getattr(case.errors, name)
    assert caught.value.status_code == status


def test_livepeers_documented_404_body_is_parsed_into_its_model() -> None:
    case = next(c for c in CASES if c.client == "livepeer")
    assert case.documented_404
    client = make_client(case.package, answer(404, {"errors": ["session not found"]}))
    with pytest.raises(case.errors.NotFoundError) as caught:
        call(case.operation, client)
    parsed = caught.value.parsed
    assert type(parsed).__name__ == "ErrorBody"
    assert parsed.errors == ["session not found"]
