"""The server-side contract suite, aimed at deliberately faulty mocks: EVERY test here must fail.

Not collected by default (the name does not start with `test_`); test_contract_can_fail.py runs it in a
subprocess and checks that each test fails with the expected schemathesis complaint. The faults are a response
that violates its schema, and Prism's three measured faults plus its ignored base path: any bearer token
accepted, unknown query parameters accepted, 405 without `Allow`.
"""

from __future__ import annotations

import copy
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.types import Message, Receive, Scope, Send

from scripts.contract import server_side_test
from scripts.mock import DEFAULT_TOKEN, create_app
from scripts.sources import resolved_spec


def _example_with_wrong_type() -> Any:
    spec = copy.deepcopy(resolved_spec("emogg"))
    response = spec["paths"]["/v1/sessions/{sessionId}"]["get"]["responses"]["200"]
    response["content"]["application/json"]["examples"]["vendorExample"]["value"]["duration"] = "two minutes"
    return create_app(spec)


def _any_bearer_token(app: Any) -> Any:
    """Like Prism: any bearer token is as good as the right one."""

    async def wrapper(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = [(k, v) for k, v in scope["headers"] if k != b"authorization"]
            if any(k == b"authorization" and v.lower().startswith(b"bearer ") for k, v in scope["headers"]):
                headers.append((b"authorization", f"Bearer {DEFAULT_TOKEN}".encode()))
            scope = {**scope, "headers": headers}
        await app(scope, receive, send)

    return wrapper


def _unknown_query_parameters_ignored(app: Any, known: set[str]) -> Any:
    """Like Prism: query parameters the spec does not declare pass unnoticed."""

    async def wrapper(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            pairs = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            scope = {**scope, "query_string": urlencode([(k, v) for k, v in pairs if k in known]).encode()}
        await app(scope, receive, send)

    return wrapper


def _no_allow_header(app: Any) -> Any:
    """Like Prism: 405 without `Allow`."""

    async def wrapper(scope: Scope, receive: Receive, send: Send) -> None:
        async def send_without_allow(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [(k, v) for k, v in message["headers"] if k.lower() != b"allow"]}
            await send(message)

        await app(scope, receive, send_without_allow)

    return wrapper


def _base_path_ignored() -> Any:
    """Like Prism: the paths are served at the root, not under the server URL's path (`/kappa/v2`)."""
    spec = copy.deepcopy(resolved_spec("streamelements"))
    spec["servers"] = [{"url": "https://api.streamelements.com"}]
    return create_app(spec)


test_emogg_response_violates_its_schema = server_side_test("emogg", app=_example_with_wrong_type())
test_emogg_accepts_any_bearer_token = server_side_test(
    "emogg", app=_any_bearer_token(create_app(resolved_spec("emogg")))
)
test_livepeer_ignores_unknown_query_parameters = server_side_test(
    "livepeer",
    app=_unknown_query_parameters_ignored(create_app(resolved_spec("livepeer")), {"limit", "cursor", "record"}),
)
test_emogg_sends_405_without_allow = server_side_test("emogg", app=_no_allow_header(create_app(resolved_spec("emogg"))))
test_streamelements_ignores_the_base_path = server_side_test("streamelements", app=_base_path_ignored())
