"""The validating proxy (scripts/mock/proxy.py, `sessions-mock proxy NAME --upstream URL`): it forwards every
exchange unchanged and reports, as JSON lines, each request and response that breaks the spec.

Everything runs in-process: the client calls the proxy through `SyncASGITransport`, the proxy calls its upstream
(the emogg mock, or a Starlette app answering what the spec forbids) through `httpx.ASGITransport`.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from scripts.mock import DEFAULT_TOKEN, SyncASGITransport, create_app
from scripts.mock.proxy import FILTERED, ValidatingProxy
from scripts.sources import resolved_spec
from tests.support import operations

SECRET = "upstream-secret-token-1234"
SESSION_ID = "65ea1530bb50af72b6e3dc1e"


def proxied(upstream_app: Any, spec: dict[str, Any] | None = None) -> tuple[ValidatingProxy, list[dict[str, Any]]]:
    reports: list[dict[str, Any]] = []
    proxy = ValidatingProxy(
        spec or resolved_spec("emogg"),
        "http://upstream.test",
        report=reports.append,
        transport=httpx.ASGITransport(app=upstream_app),
    )
    return proxy, reports


def call(
    proxy: ValidatingProxy, method: str, path: str, *, token: str = DEFAULT_TOKEN, **kwargs: Any
) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}", **kwargs.pop("headers", {})}
    with httpx.Client(transport=SyncASGITransport(proxy), base_url="http://proxy.test") as client:
        return client.request(method, path, headers=headers, **kwargs)


def breaking_upstream(answer: Callable[[Request], Response]) -> Starlette:
    async def endpoint(request: Request) -> Response:
        return answer(request)

    return Starlette(routes=[Route("/{path:path}", endpoint, methods=["GET", "POST", "PATCH", "DELETE"])])


def test_an_upstream_that_follows_the_spec_gets_nothing_reported() -> None:
    proxy, reports = proxied(create_app(resolved_spec("emogg")))
    listed = call(proxy, "GET", "/v1/sessions", params={"limit": 2})
    read = call(proxy, "GET", f"/v1/sessions/{SESSION_ID}")
    create = next(op for op in operations(["emogg"]) if (op.method, op.path) == ("post", "/v1/sessions"))
    created = call(proxy, "POST", "/v1/sessions", json=create.request_example())
    assert (listed.status_code, read.status_code, created.status_code) == (200, 200, 201)
    assert read.json()["_id"] == SESSION_ID  # forwarded unchanged
    assert reports == []
    assert proxy.exchanges == 3
    assert proxy.summary().splitlines() == ["proxy: 3 exchanges, 0 broke the spec (violations: none)"]


def test_a_response_body_that_breaks_the_spec_is_reported_and_still_forwarded() -> None:
    upstream = breaking_upstream(lambda request: JSONResponse({"_id": 42, "state": "dreaming"}))
    proxy, reports = proxied(upstream)
    response = call(proxy, "GET", f"/v1/sessions/{SESSION_ID}")
    assert response.json() == {"_id": 42, "state": "dreaming"}  # the client sees what the upstream sent
    (entry,) = reports
    assert entry["operation"] == "GET /v1/sessions/{sessionId}"
    assert entry["status"] == 200
    assert [v["in"] for v in entry["violations"]] == ["response"]
    assert entry["violations"][0]["message"].startswith("body: ")
    assert "GET /v1/sessions/{sessionId}: 1 exchange(s) broke the spec" in proxy.summary()


def test_an_undocumented_status_and_media_type_are_reported() -> None:
    proxy, reports = proxied(breaking_upstream(lambda request: Response("teapot", 418, media_type="text/plain")))
    call(proxy, "GET", "/v1/sessions")
    proxy2, reports2 = proxied(breaking_upstream(lambda request: Response("<sessions/>", media_type="text/xml")))
    call(proxy2, "GET", "/v1/sessions")
    assert reports[0]["violations"] == [
        {"in": "response", "message": "status 418 is not documented for GET /v1/sessions (200, 400, 401, 429)"}
    ]
    assert reports2[0]["violations"][0]["message"] == "media type 'text/xml', documented 'application/json'"


def test_a_request_that_breaks_the_spec_is_reported_and_still_forwarded() -> None:
    seen: list[str] = []

    def record(request: Request) -> Response:
        seen.append(str(request.url))
        return JSONResponse({"data": []})

    proxy, reports = proxied(breaking_upstream(record))
    call(proxy, "GET", "/v1/sessions", params={"bogus": "1"})
    call(proxy, "GET", "/v1/nowhere")
    assert seen == ["http://upstream.test/v1/sessions?bogus=1", "http://upstream.test/v1/nowhere"]
    assert reports[0]["violations"][0] == {"in": "request", "message": "unknown query parameter(s): ['bogus']"}
    assert reports[1]["operation"] is None
    assert reports[1]["violations"][0]["message"].startswith("no documented path matches '/v1/nowhere'")


def test_a_request_without_credentials_is_reported_whatever_the_upstream_accepts() -> None:
    proxy, reports = proxied(create_app(resolved_spec("emogg")))
    with httpx.Client(transport=SyncASGITransport(proxy), base_url="http://proxy.test") as client:
        assert client.get("/v1/sessions").status_code == 401  # the upstream's answer, documented
    assert reports[0]["violations"] == [
        {"in": "request", "message": "no credentials where the operation requires them"}
    ]


def test_the_upstream_base_path_replaces_the_specs() -> None:
    """The client's base URL is the proxy's origin plus the spec's base path; the upstream's is the real one."""
    seen: list[str] = []

    def record(request: Request) -> Response:
        seen.append(str(request.url))
        return JSONResponse({})

    reports: list[dict[str, Any]] = []
    proxy = ValidatingProxy(
        resolved_spec("livepeer"),
        "http://staging.test/livepeer-api/",
        report=reports.append,
        transport=httpx.ASGITransport(app=breaking_upstream(record)),
    )
    call(proxy, "GET", "/api/session/abc")
    assert seen == ["http://staging.test/livepeer-api/session/abc"]


def test_the_token_is_forwarded_but_never_reported_or_kept() -> None:
    received: list[str] = []

    def record(request: Request) -> Response:
        received.append(request.headers.get("authorization", ""))
        return Response("not json", media_type="application/json", headers={"Set-Cookie": f"session={SECRET}"})

    proxy, reports = proxied(breaking_upstream(record))
    call(proxy, "GET", "/v1/sessions", token=SECRET, params={"bogus": "1"})
    call(proxy, "GET", "/v1/sessions", token=SECRET)
    assert received == [f"Bearer {SECRET}", f"Bearer {SECRET}"]
    assert reports, "the broken body must be reported"
    assert SECRET not in json.dumps(reports) + proxy.summary()
    assert proxy._client is not None
    assert not list(proxy._client.cookies.jar), "the upstream's cookie must not be kept by the proxy"


def test_an_api_key_in_the_query_is_filtered_from_the_report() -> None:
    spec = resolved_spec("emogg")
    spec["components"]["securitySchemes"] = {"key": {"type": "apiKey", "in": "query", "name": "api_key"}}
    spec["security"] = [{"key": []}]
    proxy, reports = proxied(breaking_upstream(lambda request: JSONResponse({"nope": True}, 500)), spec)
    call(proxy, "GET", "/v1/sessions", params={"api_key": SECRET, "limit": "2"})
    assert reports[0]["query"] == f"api_key={FILTERED.replace('[', '%5B').replace(']', '%5D')}&limit=2"
    assert SECRET not in json.dumps(reports)


def test_an_unreachable_upstream_is_a_502_and_a_report() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    reports: list[dict[str, Any]] = []
    proxy = ValidatingProxy(
        resolved_spec("emogg"), "http://down.test", report=reports.append, transport=httpx.MockTransport(refuse)
    )
    response = call(proxy, "GET", "/v1/sessions")
    assert response.status_code == 502
    assert reports[0]["violations"] == [{"in": "upstream", "message": "ConnectError: connection refused"}]


def test_the_summary_is_handed_over_when_the_server_stops() -> None:
    summaries: list[str] = []
    proxy = ValidatingProxy(resolved_spec("emogg"), "http://up.test", report=lambda entry: None,
                            on_shutdown=summaries.append)  # fmt: skip
    messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return next(messages)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(proxy({"type": "lifespan"}, receive, send))
    assert summaries == ["proxy: 0 exchanges, 0 broke the spec (violations: none)"]
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["proxy", "emogg"], "error: command line: the following arguments are required: --upstream (see --help)"),
        (
            ["proxy", "emogg", "--upstream", "ftp://x"],
            "error: command line: --upstream: 'ftp://x' is not an http(s) URL",
        ),
    ],
)
def test_bad_proxy_arguments_give_one_line(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    from scripts.mock.serve import main

    assert main(argv) == 2
    assert capsys.readouterr().err.strip() == message
