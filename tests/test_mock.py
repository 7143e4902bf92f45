"""The spec-driven mock (scripts/mock): what it accepts, what it rejects, and what it answers.

Most tests use a small inline spec and call the mock in-process; the last ones serve the emogg spec on loopback,
through the same command downstream teams run (`python -m scripts.mock.serve`, behind `nox -s mock`).
"""

from __future__ import annotations

import asyncio
import copy
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import scripts.mock.serve
import scripts.sources
from scripts.errors import InputError
from scripts.manifest import REPO_ROOT, load_manifest
from scripts.mock import (
    DEFAULT_COLLECTION_SIZE,
    DEFAULT_TOKEN,
    GenerationError,
    MockApp,
    Sampler,
    SchemaStore,
    SyncASGITransport,
    create_app,
)
from scripts.mock._app import MAX_BODY_DEPTH
from scripts.mock.serve import _example_path, serve_in_background
from scripts.mock.serve import main as serve_main
from scripts.sources import resolved_spec
from scripts.yamlio import load_yaml, to_plain

TOKEN = "secret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
THING = {"id": "abc", "name": "First", "createdAt": "2024-04-01T10:30:00Z", "tags": ["a"]}
OTHER_THING = {"id": "xyz", "name": "Second", "createdAt": "2024-04-02T10:30:00Z"}
BAD_REQUEST_EXAMPLE = {"errors": ["bad request"]}
UNAUTHORIZED_EXAMPLE = {"errors": ["unauthorized"]}

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "1"},
    "servers": [{"url": "https://api.example.com/{version}", "variables": {"version": {"default": "v2"}}}],
    "security": [{"bearer": []}],
    "paths": {
        "/things/{thingId}": {
            "parameters": [
                {"name": "thingId", "in": "path", "required": True, "schema": {"$ref": "#/components/schemas/Id"}}
            ],
            "get": {
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
                    {"name": "sort", "in": "query", "schema": {"enum": ["asc", "desc"]}},
                    {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                    {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "ratio", "in": "query", "schema": {"type": "number", "exclusiveMaximum": 1}},
                    {"name": "X-Trace", "in": "header", "schema": {"type": "string", "maxLength": 8}},
                ],
                "responses": {
                    "200": {
                        "description": "A thing.",
                        "headers": {"X-Rate-Limit": {"schema": {"type": "integer"}, "example": 99}},
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Thing"},
                                "examples": {
                                    "first": {"value": THING},
                                    "second": {"$ref": "#/components/examples/Other"},
                                },
                            }
                        },
                    },
                    "400": {"$ref": "#/components/responses/BadRequest"},
                    "401": {"$ref": "#/components/responses/Unauthorized"},
                    "404": {"description": "No such thing."},
                },
            },
        },
        "/things": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                },
                "responses": {
                    "201": {
                        "description": "Created.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                    "401": {"$ref": "#/components/responses/Unauthorized"},
                    "422": {"description": "Invalid thing."},
                },
            },
        },
        "/health": {
            "get": {
                "security": [],
                "parameters": [{"name": "verbose", "in": "query", "schema": {"type": "boolean"}}],
                "responses": {
                    "200": {
                        "description": "Up.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}},
                    }
                },
            }
        },
        "/keyed": {
            "get": {
                "security": [{"key": []}],
                "responses": {"204": {"description": "Nothing."}, "401": {"description": "No key."}},
            }
        },
    },
    "components": {
        "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer"},
            "key": {"type": "apiKey", "in": "query", "name": "api_key"},
        },
        "schemas": {
            "Id": {"type": "string", "pattern": "^[a-z]+$", "examples": ["abc"]},
            "Thing": {
                "type": "object",
                "required": ["id", "name", "createdAt"],
                "properties": {
                    "id": {"$ref": "#/components/schemas/Id"},
                    "name": {"type": "string", "minLength": 1, "maxLength": 20},
                    "createdAt": {"type": "string", "format": "date-time"},
                    "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
                    "score": {"type": ["number", "null"], "minimum": 0, "maximum": 5},
                    "kind": {"enum": ["small", "large"]},
                },
            },
            "Health": {
                "type": "object",
                "required": ["status", "checkedAt", "id"],
                "properties": {
                    "status": {"const": "up"},
                    "checkedAt": {"type": "string", "format": "date-time"},
                    "id": {"type": "string", "format": "uuid"},
                    "uptime": {"type": "integer", "exclusiveMinimum": 0},
                    "links": {"type": "object", "additionalProperties": {"type": "string", "format": "uri"}},
                    "detail": {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/Thing"}]},
                    "more": {"allOf": [{"$ref": "#/components/schemas/Thing"}, {"required": ["tags"]}]},
                },
            },
            "Errors": {
                "type": "object",
                "required": ["errors"],
                "properties": {"errors": {"type": "array", "items": {"type": "string"}}},
            },
        },
        "responses": {
            "BadRequest": {
                "description": "Invalid input.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/Errors"},
                        "example": BAD_REQUEST_EXAMPLE,
                    }
                },
            },
            "Unauthorized": {
                "description": "No valid token.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/Errors"},
                        "example": UNAUTHORIZED_EXAMPLE,
                    }
                },
            },
        },
        "examples": {"Other": {"value": OTHER_THING}},
    },
}


@pytest.fixture(scope="module")
def mock_app() -> MockApp:
    """One stateless app for the module (checking its schemas at start-up is the costly part): it keeps nothing
    between requests, as test_a_generated_answer_depends_on_the_request_not_on_what_came_before shows."""
    return create_app(SPEC, token=TOKEN)


@pytest.fixture
def mock(mock_app: MockApp) -> Iterator[httpx.Client]:
    with httpx.Client(transport=SyncASGITransport(mock_app), base_url="http://mock") as client:
        yield client


def problem(response: httpx.Response) -> str:
    """The `detail` of an RFC 9457 problem body, checking that it is one."""
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == response.status_code
    return str(body["detail"])


# Routing


def test_answers_a_documented_path_under_the_servers_base_path_with_the_first_example(mock: httpx.Client) -> None:
    response = mock.get("/v2/things/abc", headers=AUTH)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == THING


def test_a_documented_path_outside_the_base_path_is_not_found(mock: httpx.Client) -> None:
    response = mock.get("/things/abc", headers=AUTH)
    assert response.status_code == 404
    assert "base path '/v2'" in problem(response)


def test_an_undocumented_path_is_not_found(mock: httpx.Client) -> None:
    assert mock.get("/v2/nothing", headers=AUTH).status_code == 404
    assert mock.get("/v2/things/abc/extra", headers=AUTH).status_code == 404


def test_an_undocumented_method_is_405_with_the_documented_methods_in_allow(mock: httpx.Client) -> None:
    response = mock.delete("/v2/things/abc", headers=AUTH)
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"  # HEAD is served wherever GET is
    assert mock.get("/v2/things", headers=AUTH).headers["allow"] == "POST"


def test_documented_response_headers_with_an_example_are_sent(mock: httpx.Client) -> None:
    assert mock.get("/v2/things/abc", headers=AUTH).headers["x-rate-limit"] == "99"


# Authentication


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}, {"Authorization": TOKEN}],
    ids=["missing", "wrong token", "wrong scheme", "no scheme"],
)
def test_a_missing_or_wrong_token_is_401_with_the_documented_body(mock: httpx.Client, headers: dict[str, str]) -> None:
    response = mock.get("/v2/things/abc", headers=headers)
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED_EXAMPLE
    assert response.headers["www-authenticate"] == "Bearer"


def test_authentication_comes_before_parameter_validation(mock: httpx.Client) -> None:
    assert mock.get("/v2/things/abc?limit=0").status_code == 401


def test_an_operation_with_empty_security_needs_no_token(mock: httpx.Client) -> None:
    assert mock.get("/v2/health").status_code == 200


def test_an_api_key_in_the_query_is_checked_and_is_not_an_unknown_parameter(mock: httpx.Client) -> None:
    assert mock.get("/v2/keyed", params={"api_key": TOKEN}).status_code == 204
    assert mock.get("/v2/keyed", params={"api_key": "wrong"}).status_code == 401
    assert mock.get("/v2/keyed", headers=AUTH).status_code == 401


# Parameter and body validation


INVALID_QUERIES = ["limit=0", "limit=101", "limit=ten", "limit=1.5", "sort=sideways", "since=yesterday"]
INVALID_QUERIES += ["since=2024-04-01", "ratio=1", "limit=1&limit=2", "bogus=1"]


@pytest.mark.parametrize("query", INVALID_QUERIES)
def test_invalid_query_values_get_the_documented_400_and_its_example(mock: httpx.Client, query: str) -> None:
    response = mock.get(f"/v2/things/abc?{query}", headers=AUTH)
    assert response.status_code == 400
    assert response.json() == BAD_REQUEST_EXAMPLE


@pytest.mark.parametrize(
    ("query", "complaint"),
    [
        ("limit=0", "0 is less than the minimum of 1"),
        ("limit=101", "101 is greater than the maximum of 100"),
        ("limit=ten", "'ten' is not of type 'integer'"),
        ("limit=1.5", "'1.5' is not of type 'integer'"),
        ("sort=sideways", "'sideways' is not one of ['asc', 'desc']"),
        ("since=yesterday", "'yesterday' is not a 'date-time'"),
        ("since=2024-04-01", "'2024-04-01' is not a 'date-time'"),
        ("ratio=1", "1 is greater than or equal to the maximum of 1"),
        ("limit=1&limit=2", "'limit' is repeated"),
        ("bogus=1", "unknown query parameter(s): ['bogus']"),
    ],
)
def test_a_rejection_says_why_when_no_body_is_documented(query: str, complaint: str) -> None:
    spec = copy.deepcopy(SPEC)
    del spec["paths"]["/things/{thingId}"]["get"]["responses"]["400"]
    with httpx.Client(transport=SyncASGITransport(create_app(spec, token=TOKEN)), base_url="http://mock") as client:
        response = client.get(f"/v2/things/abc?{query}", headers=AUTH)
    assert response.status_code == 400
    assert complaint in problem(response)


@pytest.mark.parametrize(
    "query",
    [
        "limit=1",
        "limit=100",
        "sort=desc",
        "since=2024-04-01T10:30:00.5%2B02:00",
        "tags=a&tags=b",
        "ratio=0.5",
        "ratio=-1e3",
    ],
)
def test_valid_query_values_are_accepted(mock: httpx.Client, query: str) -> None:
    assert mock.get(f"/v2/things/abc?{query}", headers=AUTH).status_code == 200


def test_header_parameters_are_validated(mock: httpx.Client) -> None:
    assert mock.get("/v2/things/abc", headers={**AUTH, "X-Trace": "short"}).status_code == 200
    assert mock.get("/v2/things/abc", headers={**AUTH, "X-Trace": "far too long"}).status_code == 400


def test_an_invalid_path_value_is_not_found(mock: httpx.Client) -> None:
    response = mock.get("/v2/things/ABC", headers=AUTH)
    assert response.status_code == 404
    assert "does not match '^[a-z]+$'" in problem(response)


def test_path_values_are_percent_decoded_before_validation(mock: httpx.Client) -> None:
    assert mock.get("/v2/things/%61bc", headers=AUTH).status_code == 200
    assert mock.get("/v2/things/a%2Fb", headers=AUTH).status_code == 404


def test_a_boolean_query_value_must_be_true_or_false(mock: httpx.Client) -> None:
    assert mock.get("/v2/health?verbose=true").status_code == 200
    assert mock.get("/v2/health?verbose=yes").status_code == 400


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        (b"", "missing request body"),
        (b"{not json", "request body is not JSON"),
        (json.dumps({"id": "abc"}).encode(), "'name' is a required property"),
        (json.dumps({**THING, "tags": ["a", "b", "c", "d"]}).encode(), "is too long"),
    ],
)
def test_an_invalid_json_body_gets_the_documented_422(mock: httpx.Client, body: bytes, complaint: str) -> None:
    response = mock.post("/v2/things", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 422
    assert complaint in problem(response)


def test_a_valid_json_body_is_accepted(mock: httpx.Client) -> None:
    assert mock.post("/v2/things", json=THING, headers=AUTH).status_code == 201


def test_an_undocumented_request_media_type_is_415(mock: httpx.Client) -> None:
    response = mock.post("/v2/things", content=b"<thing/>", headers={**AUTH, "Content-Type": "application/xml"})
    assert response.status_code == 415


# Choosing the answer: Prefer


def test_prefer_code_answers_with_another_documented_status(mock: httpx.Client) -> None:
    response = mock.get("/v2/things/abc", headers={**AUTH, "Prefer": "code=401"})
    assert (response.status_code, response.json()) == (401, UNAUTHORIZED_EXAMPLE)
    response = mock.get("/v2/things/abc", headers={**AUTH, "Prefer": "code=404"})
    assert (response.status_code, response.content) == (404, b"")


def test_prefer_example_answers_with_a_named_example(mock: httpx.Client) -> None:
    response = mock.get("/v2/things/abc", headers={**AUTH, "Prefer": "example=second"})
    assert response.json() == OTHER_THING


def test_prefer_dynamic_answers_with_data_valid_against_the_response_schema(mock: httpx.Client) -> None:
    response = mock.get("/v2/things/abc", headers={**AUTH, "Prefer": "dynamic=true"})
    assert response.status_code == 200
    assert response.json() not in (THING, OTHER_THING)
    assert SchemaStore(SPEC).error("/components/schemas/Thing", response.json()) is None


def test_a_response_without_examples_is_generated(mock: httpx.Client) -> None:
    body = mock.get("/v2/health").json()
    assert body["status"] == "up"
    assert SchemaStore(SPEC).error("/components/schemas/Health", body) is None


def test_prefer_preferences_combine_and_unknown_preferences_are_ignored(mock: httpx.Client) -> None:
    response = mock.get("/v2/things/abc", headers={**AUTH, "Prefer": "return=minimal; code=200, example=second"})
    assert response.json() == OTHER_THING


@pytest.mark.parametrize(
    ("prefer", "complaint"),
    [
        ("code=418", "code=418 is not documented for GET /things/{thingId} (200, 400, 401, 404)"),
        ("code=teapot", "is not an HTTP status code"),
        ("example=third", "example='third' is not documented (known: first, second)"),
        ("dynamic=maybe", "must be true or false"),
    ],
)
def test_a_misused_prefer_header_is_a_400_problem_not_the_apis_400(
    mock: httpx.Client, prefer: str, complaint: str
) -> None:
    response = mock.get("/v2/things/abc", headers={**AUTH, "Prefer": prefer})
    assert response.status_code == 400
    assert complaint in problem(response)


# Determinism and generation


def dynamic_body(seed: int, path: str = "/v2/things/abc") -> Any:
    app = create_app(SPEC, token=TOKEN, seed=seed)
    with httpx.Client(transport=SyncASGITransport(app), base_url="http://mock") as client:
        return client.get(path, headers={**AUTH, "Prefer": "dynamic=true"}).json()


def test_generated_answers_are_deterministic_under_a_seed() -> None:
    assert dynamic_body(seed=7) == dynamic_body(seed=7)
    assert dynamic_body(seed=7) != dynamic_body(seed=8)


def test_a_generated_answer_depends_on_the_request_not_on_what_came_before(mock: httpx.Client) -> None:
    first = mock.get("/v2/things/abc", headers={**AUTH, "Prefer": "dynamic=true"}).json()
    mock.get("/v2/things/xyz", headers={**AUTH, "Prefer": "dynamic=true"})
    assert mock.get("/v2/things/abc", headers={**AUTH, "Prefer": "dynamic=true"}).json() == first
    assert dynamic_body(seed=0, path="/v2/things/xyz") != first


def response_schema_pointers(spec: dict[str, Any]) -> list[str]:
    pointers = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            for status, response in operation.get("responses", {}).items() if isinstance(operation, dict) else []:
                if "content" in response and "schema" in response["content"].get("application/json", {}):
                    escaped = path.replace("~", "~0").replace("/", "~1")
                    pointers.append(f"/paths/{escaped}/{method}/responses/{status}/content/application~1json/schema")
    return pointers


@pytest.mark.parametrize("name", list(load_manifest().clients))
def test_the_generator_draws_valid_bodies_for_every_response_schema_of_the_real_specs(name: str) -> None:
    spec = resolved_spec(name)
    store = SchemaStore(spec)
    pointers = response_schema_pointers(spec)
    assert pointers
    for pointer in pointers:
        for seed in range(40):
            body = Sampler(spec, random.Random(seed)).draw(pointer)
            assert store.error(pointer, body) is None, f"seed {seed}, {pointer}: {body!r}"


def test_the_generator_covers_the_schema_keywords_the_mock_documents() -> None:
    store = SchemaStore(SPEC)
    for seed in range(200):
        body = Sampler(SPEC, random.Random(seed)).draw("/components/schemas/Health")
        assert store.error("/components/schemas/Health", body) is None, f"seed {seed}: {body!r}"


def test_the_generator_refuses_a_pattern_it_has_no_example_for() -> None:
    spec = {"components": {"schemas": {"Code": {"type": "string", "pattern": "^[A-Z]{3}$"}}}}
    with pytest.raises(GenerationError, match=r"pattern '\^\[A-Z\]\{3\}\$'"):
        Sampler(spec, random.Random(0)).draw("/components/schemas/Code")


def test_a_body_the_generator_cannot_make_is_a_500_that_says_why() -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["Health"]["properties"]["status"] = {"type": "string", "pattern": "^up$"}
    with httpx.Client(transport=SyncASGITransport(create_app(spec)), base_url="http://mock") as client:
        response = client.get("/v2/health")
    assert response.status_code == 500
    assert "cannot generate a string for pattern '^up$'" in problem(response)


# Specs the mock refuses


@pytest.mark.parametrize(
    ("parameter", "complaint"),
    [
        ({"name": "f", "in": "query", "style": "deepObject", "schema": {"type": "object"}}, "style 'deepObject'"),
        ({"name": "f", "in": "query", "content": {"application/json": {}}}, "described by `content`"),
        ({"name": "f", "in": "body"}, "unknown parameter location 'body'"),
    ],
)
def test_a_parameter_the_mock_cannot_validate_faithfully_is_refused_at_start_up(
    parameter: dict[str, Any], complaint: str
) -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/health"]["get"]["parameters"] = [parameter]
    with pytest.raises(InputError, match=complaint) as caught:
        create_app(spec)
    assert str(caught.value).startswith("spec: #/paths/~1health/get/parameters/0: ")


def test_an_invalid_schema_is_refused_at_start_up_with_its_location() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/health"]["get"]["parameters"] = [{"name": "verbose", "in": "query", "schema": {"type": "bool"}}]
    with pytest.raises(InputError, match=r"^spec: #/paths/~1health/get/parameters/0/schema: invalid schema: "):
        create_app(spec)


def test_a_remote_ref_is_refused_at_start_up() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/health"]["get"]["responses"]["200"] = {"$ref": "other.yaml#/responses/Up"}
    with pytest.raises(InputError, match="only local \\$refs are supported"):
        create_app(spec)


# Loopback: the mock as downstream teams run it


@pytest.mark.slow  # served on loopback
def test_the_generated_client_reads_the_example_from_the_loopback_mock() -> None:
    from emogg_sessions_client import AuthenticatedClient
    from emogg_sessions_client.api.sessions import get_session

    spec = resolved_spec("emogg")
    example = spec["paths"]["/v1/sessions/{sessionId}"]["get"]["responses"]["200"]["content"]["application/json"]
    with serve_in_background(create_app(spec)) as origin:
        client = AuthenticatedClient(base_url=origin, token=DEFAULT_TOKEN)
        with client:
            session = get_session.sync(session_id="65ea1530bb50af72b6e3dc1e", client=client)
    assert session is not None
    expected = example["examples"]["vendorExample"]["value"]
    assert (session.to_dict()["_id"], session.to_dict()["name"]) == (expected["_id"], expected["name"])


@pytest.mark.slow
def test_nox_mock_serves_emogg_on_loopback_until_ctrl_c() -> None:
    """What `nox -s mock -- emogg` runs: the printed token gets the example, no token a 401, a bogus query a 4xx."""
    command = [sys.executable, "-m", "scripts.mock.serve", "emogg", "--port", "0"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        command, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as server:
        assert server.stdout is not None
        banner = [server.stdout.readline() for _ in range(5)]  # printed once the socket listens
        try:
            base_url = _banner_value(banner, "base URL:")
            token = _banner_value(banner, "token:")
            assert f"curl -H 'Authorization: Bearer {token}' {base_url}/v1/sessions" in "".join(banner)
            with httpx.Client(base_url=base_url, timeout=10) as client:
                authorized = client.get("/v1/sessions/x", headers={"Authorization": f"Bearer {token}"})
                anonymous = client.get("/v1/sessions/x")
                bogus = client.get("/v1/sessions/x?bogus=1", headers={"Authorization": f"Bearer {token}"})
        finally:
            server.send_signal(signal.SIGINT)
            out, err = server.communicate(timeout=15)
    assert base_url.startswith("http://127.0.0.1:")
    assert authorized.status_code == 200
    assert authorized.json()["_id"] == "65ea1530bb50af72b6e3dc1e"
    assert anonymous.status_code == 401
    assert 400 <= bogus.status_code < 500
    assert server.returncode == 0, err
    assert out.strip().endswith("mock stopped")


def _banner_value(banner: list[str], label: str) -> str:
    line = next((line for line in banner if line.strip().startswith(label)), None)
    assert line is not None, f"no {label!r} in {banner}"
    return line.split(label, 1)[1].strip()


# The fixture API (tests/fixtures/crud.yaml): writes, paging and state, as the overlays' hints drive them

CRUD: dict[str, Any] = to_plain(load_yaml(REPO_ROOT / "tests" / "fixtures" / "crud.yaml"))
CRUD_TOKEN = "crud-token"
CRUD_AUTH = {"Authorization": f"Bearer {CRUD_TOKEN}"}
EXAMPLE_ID = "65ea1530bb50af72b6e3dc1e"


def crud_client(*, stateful: bool = False, seed: int = 0, spec: dict[str, Any] | None = None) -> httpx.Client:
    app = create_app(spec or CRUD, token=CRUD_TOKEN, seed=seed, stateful=stateful)
    return httpx.Client(transport=SyncASGITransport(app), base_url="https://api.example.com", headers=CRUD_AUTH)


@pytest.fixture(scope="module")
def crud_app() -> MockApp:
    """The fixture API's stateless app, shared like `mock_app`."""
    return create_app(CRUD, token=CRUD_TOKEN)


@pytest.fixture
def crud(crud_app: MockApp) -> Iterator[httpx.Client]:
    transport = SyncASGITransport(crud_app)
    with httpx.Client(transport=transport, base_url="https://api.example.com", headers=CRUD_AUTH) as client:
        yield client


@pytest.fixture
def stateful() -> Iterator[httpx.Client]:
    with crud_client(stateful=True) as client:
        yield client


def crud_schema_error(name: str, value: Any) -> str | None:
    return SchemaStore(CRUD).error(f"/components/schemas/{name}", value)


# Writes


def test_a_create_answers_201_with_a_body_valid_against_its_schema(crud: httpx.Client) -> None:
    response = crud.post("/v1/sessions", json={"name": "Standup"})
    assert response.status_code == 201
    assert crud_schema_error("Session", response.json()) is None


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "message"),
    [
        ("POST", "/v1/sessions", {"notes": "no name"}, 400, "the request is not valid"),  # documents 400
        ("PATCH", f"/v1/sessions/{EXAMPLE_ID}", {"name": ""}, 422, "name must not be empty"),  # documents only 422
    ],
)
def test_a_bad_request_body_gets_the_documented_status_and_body(
    crud: httpx.Client, method: str, path: str, body: Any, status: int, message: str
) -> None:
    response = crud.request(method, path, json=body)
    assert response.status_code == status
    assert response.json()["message"] == message


def test_a_bad_body_where_no_rejection_is_documented_is_a_400_problem() -> None:
    spec = copy.deepcopy(CRUD)
    del spec["paths"]["/sessions/{sessionId}"]["patch"]["responses"]["422"]
    with crud_client(spec=spec) as client:
        response = client.patch(f"/v1/sessions/{EXAMPLE_ID}", json={"name": 5})
    assert response.status_code == 400
    assert "is not of type 'string'" in problem(response)


def test_a_204_has_no_body_and_no_content_type(crud: httpx.Client) -> None:
    response = crud.delete(f"/v1/sessions/{EXAMPLE_ID}")
    assert response.status_code == 204
    assert response.content == b""
    assert "content-type" not in response.headers


def test_a_204_documented_with_content_still_has_no_body() -> None:
    spec = copy.deepcopy(CRUD)
    deleted = spec["paths"]["/sessions/{sessionId}"]["delete"]["responses"]["204"]
    deleted["content"] = {"application/json": {"schema": {"type": "object"}, "example": {"deleted": True}}}
    with crud_client(spec=spec) as client:
        assert client.delete(f"/v1/sessions/{EXAMPLE_ID}").content == b""


def test_prefer_works_for_writes_as_for_reads(crud: httpx.Client) -> None:
    not_found = crud.delete(f"/v1/sessions/{EXAMPLE_ID}", headers={"Prefer": "code=404"})
    assert (not_found.status_code, not_found.json()["error"]) == (404, "not_found")
    created = crud.post("/v1/sessions", json={"name": "x"}, headers={"Prefer": "dynamic=true"})
    assert created.status_code == 201
    assert crud_schema_error("Session", created.json()) is None
    assert created.json() != crud.post("/v1/sessions", json={"name": "x"}).json()
    named = crud.post("/v1/sessions", json={"name": "x"}, headers={"Prefer": "example=example"})
    assert named.json()["state"] == "active"


def test_prefer_does_not_skip_body_validation(crud: httpx.Client) -> None:
    response = crud.post("/v1/sessions", json={}, headers={"Prefer": "code=201"})
    assert response.status_code == 400


# Paging for real (stateless: over the example data set)


def pages(client: httpx.Client, path: str, params: dict[str, Any], advance: Any, limit: int = 50) -> list[Any]:
    """Every response of a paged list, following `advance(response, params)` until it returns None."""
    responses = []
    while params is not None and len(responses) < limit:
        response = client.get(path, params=params)
        assert response.status_code == 200, response.text
        responses.append(response)
        params = advance(response, params)
    assert len(responses) < limit, "the list never ended"
    return responses


def test_offset_paging_slices_the_data_set_and_says_whether_more_remain(crud: httpx.Client) -> None:
    def advance(response: httpx.Response, params: dict[str, Any]) -> dict[str, Any] | None:
        body = response.json()
        return {**params, "offset": params["offset"] + params["limit"]} if body["hasMore"] else None

    responses = pages(crud, "/v1/sessions", {"offset": 0, "limit": 7}, advance)
    bodies = [response.json() for response in responses]
    sizes = [len(body["data"]) for body in bodies]
    assert sizes == [7, 7, 7, 4]  # 25 items: the last page is short
    assert [body["offset"] for body in bodies] == [0, 7, 14, 21]
    assert all(body["limit"] == 7 for body in bodies)
    assert bodies[0]["data"][0]["id"] == EXAMPLE_ID  # the example's items come first
    assert crud.get("/v1/sessions", params={"offset": 25}).json() == {
        "hasMore": False,
        "offset": 25,
        "limit": 10,  # the limit parameter's schema default
        "data": [],
    }


def test_page_number_paging_selects_pages_and_reports_a_consistent_total(crud: httpx.Client) -> None:
    def advance(response: httpx.Response, params: dict[str, Any]) -> dict[str, Any] | None:
        return {**params, "page_no": params["page_no"] + 1} if response.json()["data"]["events"] else None

    responses = pages(crud, "/v1/events", {"page_no": 1, "per_page": 10}, advance)
    bodies = [response.json() for response in responses]
    assert [len(body["data"]["events"]) for body in bodies] == [10, 10, 5, 0]
    assert {body["paging"]["total_count"] for body in bodies} == {25}
    events = [event for body in bodies for event in body["data"]["events"]]
    assert events[:2] == [{"id": 1, "kind": "joined"}, {"id": 2, "kind": "left"}]
    assert all(crud_schema_error("Event", event) is None for event in events)


@pytest.mark.parametrize(
    "params", [{"page_no": 0}, {"page_no": 1.5}, {"page_no": 1, "per_page": -3}, {"page_no": 1e300}]
)
def test_a_page_no_server_would_serve_is_empty(crud: httpx.Client, params: dict[str, Any]) -> None:
    response = crud.get("/v1/events", params=params)
    assert response.status_code == 200
    assert response.json()["data"]["events"] == []


def test_link_header_paging_follows_cursors_until_no_next_link(crud: httpx.Client) -> None:
    def advance(response: httpx.Response, params: dict[str, Any]) -> dict[str, Any] | None:
        link = response.links.get("next")
        return dict(httpx.URL(link["url"]).params) if link else None

    responses = pages(crud, "/v1/clips", {"limit": "10"}, advance)
    assert [len(response.json()) for response in responses] == [10, 10, 5]
    assert responses[0].links["next"]["url"].startswith("https://api.example.com/v1/clips?limit=10&cursor=")
    assert "link" not in responses[-1].headers
    clips = [clip for response in responses for clip in response.json()]
    assert len({json.dumps(clip, sort_keys=True) for clip in clips}) == 25  # no item twice


def test_an_unknown_cursor_is_an_empty_last_page(crud: httpx.Client) -> None:
    response = crud.get("/v1/clips", params={"cursor": "not-ours"})
    assert (response.status_code, response.json(), response.headers.get("link")) == (200, [], None)


def test_the_data_set_is_deterministic_under_the_seed() -> None:
    def clips(seed: int) -> Any:
        with crud_client(seed=seed) as client:
            return client.get("/v1/clips", params={"limit": 25}).json()

    assert clips(1) == clips(1)
    assert clips(1) != clips(2)
    assert clips(1)[0] == clips(2)[0] == {"id": "clip-1", "seconds": 30}  # the example, then generated items


def test_prefer_example_answers_the_example_unpaged(crud: httpx.Client) -> None:
    response = crud.get("/v1/events", params={"page_no": 3}, headers={"Prefer": "example=example"})
    assert response.json()["paging"] == {"total_count": 2}


@pytest.mark.parametrize(
    ("hint", "complaint"),
    [
        (
            {"style": "keyset", "items": "data"},
            "x-pagination needs a style among page-number, offset, link-header, cursor",
        ),
        ({"style": "offset", "items": "data", "offset_param": "offset"}, "style offset needs `limit_param`"),
        (
            {"style": "page-number", "items": "data", "page_param": "page"},
            "x-pagination names 'page', not a query parameter of the operation",
        ),
    ],
)
def test_a_bad_pagination_hint_is_refused_at_start_up_with_its_location(hint: dict[str, Any], complaint: str) -> None:
    spec = copy.deepcopy(CRUD)
    spec["paths"]["/sessions"]["get"]["x-pagination"] = hint
    with pytest.raises(InputError, match=re.escape(complaint)) as raised:
        create_app(spec)
    assert raised.value.location == "#/paths/~1sessions/get/x-pagination"


# Stateful mode (x-state)


def lifecycle(client: httpx.Client) -> list[tuple[int, Any]]:
    created = client.post("/v1/sessions", json={"name": "Standup", "notes": "not a Session field"})
    key = created.json()["id"]
    steps = [
        created,
        client.get(f"/v1/sessions/{key}"),
        client.patch(f"/v1/sessions/{key}", json={"name": "Retro"}),
        client.post(f"/v1/sessions/{key}/stop"),
        client.get("/v1/sessions", params={"limit": 100}),
        client.delete(f"/v1/sessions/{key}"),
        client.get(f"/v1/sessions/{key}"),
    ]
    return [(step.status_code, step.json() if step.content else None) for step in steps]


def check_lifecycle(steps: list[tuple[int, Any]]) -> None:
    (created, new), (read, got), (renamed, changed), (stopped, finished), (listed, page), deleted, gone = steps
    assert (created, read, renamed, stopped, listed) == (201, 200, 200, 200, 200)
    assert new["name"] == "Standup" and new["state"] == "active" and new["id"] != EXAMPLE_ID
    assert "notes" not in new  # a body field the resource schema does not take is not stored
    assert got == new
    assert changed == {**new, "name": "Retro"}
    assert finished == {**new, "name": "Retro", "state": "finished"}
    assert finished in page["data"]
    assert deleted == (204, None)
    assert gone == (404, {"error": "not_found", "status": 404, "message": "not found"})


def test_create_get_rename_stop_delete_get_through_the_stateful_mock_sync(stateful: httpx.Client) -> None:
    check_lifecycle(lifecycle(stateful))


def test_create_get_rename_stop_delete_get_through_the_stateful_mock_async() -> None:
    check_lifecycle(asyncio.run(async_lifecycle()))


async def async_lifecycle() -> list[tuple[int, Any]]:
    app = create_app(CRUD, token=CRUD_TOKEN, stateful=True)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://api.example.com", headers=CRUD_AUTH) as client:
        created = await client.post("/v1/sessions", json={"name": "Standup", "notes": "not a Session field"})
        key = created.json()["id"]
        responses = [
            created,
            await client.get(f"/v1/sessions/{key}"),
            await client.patch(f"/v1/sessions/{key}", json={"name": "Retro"}),
            await client.post(f"/v1/sessions/{key}/stop"),
            await client.get("/v1/sessions", params={"limit": 100}),
            await client.delete(f"/v1/sessions/{key}"),
            await client.get(f"/v1/sessions/{key}"),
        ]
    return [(r.status_code, r.json() if r.content else None) for r in responses]


def test_the_stateless_mock_forgets_what_a_write_did(crud: httpx.Client) -> None:
    steps = lifecycle(crud)
    assert steps[-1][0] == 200  # still the example after a delete: why stateful mode exists


def test_the_store_starts_with_what_the_examples_show(stateful: httpx.Client) -> None:
    assert stateful.get(f"/v1/sessions/{EXAMPLE_ID}").json()["name"] == "Example"
    listed = stateful.get("/v1/sessions", params={"limit": 100}).json()
    assert len(listed["data"]) == 25 and not listed["hasMore"]
    assert len({item["id"] for item in listed["data"]}) == 25  # every stored item has its own key
    assert stateful.get("/v1/channels/kappa/settings").json() == {
        "success": True,
        "data": {"channel": "kappa", "volume": 5},
    }


def test_a_list_pages_over_the_store(stateful: httpx.Client) -> None:
    for index in range(6):
        stateful.post("/v1/sessions", json={"name": f"s{index}"})
    last = stateful.get("/v1/sessions", params={"offset": 28, "limit": 10}).json()
    assert [item["name"] for item in last["data"]] == ["s3", "s4", "s5"]
    assert last["hasMore"] is False


def test_an_unknown_key_is_404_for_read_update_delete_and_set_actions(stateful: httpx.Client) -> None:
    unknown = "0" * 24
    assert stateful.get(f"/v1/sessions/{unknown}").status_code == 404
    assert stateful.patch(f"/v1/sessions/{unknown}", json={"name": "x"}).status_code == 404
    assert stateful.post(f"/v1/sessions/{unknown}/stop").status_code == 404
    assert stateful.delete(f"/v1/sessions/{unknown}").status_code == 404


def test_replace_creates_or_changes_the_object_inside_the_envelope(stateful: httpx.Client) -> None:
    assert stateful.get("/v1/channels/new/settings").status_code == 404
    put = stateful.put("/v1/channels/new/settings", json={"volume": 9})
    assert put.json() == {"success": True, "data": {"channel": "new", "volume": 9}}
    assert stateful.get("/v1/channels/new/settings").json() == put.json()


def test_an_action_without_set_answers_its_example_and_stores_it(stateful: httpx.Client) -> None:
    stateful.put("/v1/channels/kappa/settings", json={"volume": 9})
    reset = stateful.put("/v1/channels/kappa/settings/reset")
    assert reset.json() == {"success": True, "data": {"channel": "kappa", "volume": 1}}
    assert stateful.get("/v1/channels/kappa/settings").json() == reset.json()
    stateful.put("/v1/channels/other/settings/reset")
    assert stateful.get("/v1/channels/other/settings").json()["data"] == {"channel": "other", "volume": 1}


def test_a_write_whose_requirement_is_unmet_gets_the_documented_rejection_and_changes_nothing(
    stateful: httpx.Client,
) -> None:
    key = stateful.post("/v1/sessions", json={"name": "live"}).json()["id"]
    refused = stateful.delete(f"/v1/sessions/{key}")  # active: `requires: {state: [finished]}`
    assert (refused.status_code, refused.json()["message"]) == (400, "session is active")
    assert stateful.get(f"/v1/sessions/{key}").status_code == 200
    stateful.post(f"/v1/sessions/{key}/stop")
    assert stateful.delete(f"/v1/sessions/{key}").status_code == 204


def test_a_request_with_prefer_is_answered_statelessly_and_changes_nothing(stateful: httpx.Client) -> None:
    response = stateful.delete(f"/v1/sessions/{EXAMPLE_ID}", headers={"Prefer": "code=204"})
    assert response.status_code == 204
    assert stateful.get(f"/v1/sessions/{EXAMPLE_ID}").status_code == 200


def test_a_rejected_write_changes_nothing(stateful: httpx.Client) -> None:
    assert stateful.patch(f"/v1/sessions/{EXAMPLE_ID}", json={"name": ""}).status_code == 422
    assert stateful.get(f"/v1/sessions/{EXAMPLE_ID}").json()["name"] == "Example"


def test_new_keys_are_deterministic_under_the_seed_and_keep_the_ids_shape() -> None:
    def keys(seed: int) -> list[str]:
        with crud_client(stateful=True, seed=seed) as client:
            return [client.post("/v1/sessions", json={"name": "n"}).json()["id"] for _ in range(3)]

    assert keys(5) == keys(5)
    assert keys(5) != keys(6)
    assert all(re.fullmatch("[0-9a-f]{24}", key) for key in keys(5))  # the schema's pattern holds
    assert len(set(keys(5))) == 3


@pytest.mark.parametrize(
    ("hint", "complaint"),
    [
        ({"role": "read", "key": "sessionId"}, "x-state needs a `resource` name"),
        ({"resource": "session", "role": "fetch", "key": "sessionId"}, "role 'fetch' is not one of create, read,"),
        ({"resource": "session", "role": "read"}, "role read needs `key`: a path parameter of the operation"),
        ({"resource": "session", "role": "read", "key": "id"}, "role read needs `key`"),
        ({"resource": "session", "role": "read", "key": "sessionId", "set": {"a": 1}}, "for the action role only"),
        ({"resource": "session", "role": "read", "key": "sessionId", "kee": 1}, "unknown x-state key(s) ['kee']"),
        ({"resource": "session", "role": "read", "key": "sessionId", "requires": {"a": 1}}, "for keyed writes only"),
    ],
)
def test_a_bad_state_hint_is_refused_at_start_up_with_its_location(hint: dict[str, Any], complaint: str) -> None:
    spec = copy.deepcopy(CRUD)
    spec["paths"]["/sessions/{sessionId}"]["get"]["x-state"] = hint
    with pytest.raises(InputError, match=re.escape(complaint)) as raised:
        create_app(spec, stateful=False)  # checked in every mode: a stateful run later must not be the first to fail
    assert raised.value.location == "#/paths/~1sessions~1{sessionId}/get/x-state"


def walk_pages(
    client: httpx.Client, path: str, hint: dict[str, Any], required: dict[str, Any], limit: int = 20
) -> list[list[Any]]:
    """The items of every page of a paged list, following its `x-pagination` hint as a client would, with the
    `required` query parameters on every request."""
    params: dict[str, Any] | None = {hint["page_param"]: hint.get("start", 1)} if "page_param" in hint else {}
    size = hint.get("size_param") or hint.get("limit_param")
    if size:  # pages smaller than the mock's list, whatever the API's default page size
        params[size] = DEFAULT_COLLECTION_SIZE // 2
    params = {**required, **params}  # e.g. StreamElements' top list needs `interval` and `type`
    url, found = path, []
    while params is not None and len(found) < limit:
        response = client.get(url, params=params or None)  # httpx: `params={}` would drop the link's query
        assert response.status_code == 200, response.text
        items = response.json()
        for part in [] if hint["items"] == "$" else hint["items"].split("."):
            items = items[part]
        found.append(items)
        if hint["style"] == "link-header":
            link = response.links.get(hint.get("rel", "next"))
            url, params = (link["url"], {}) if link else (url, None)
        elif hint["style"] == "cursor":  # the next cursor from the body, or the last item's key
            if "next_cursor" in hint:  # null, left out or "" on the last page, as the response schema allows
                cursor: Any = response.json()
                for part in hint["next_cursor"].split("."):
                    cursor = cursor.get(part) if isinstance(cursor, dict) else None
            else:
                more = response.json()[hint["has_more"]] if "has_more" in hint else bool(items)
                cursor = items[-1][hint["last_item_key"]] if items and more else None
            params = {**params, hint["cursor_param"]: cursor} if cursor else None
        elif hint["style"] == "offset":
            params = (
                {**params, hint["offset_param"]: params.get(hint["offset_param"], 0) + len(items)} if items else None
            )
        else:
            params = {**params, hint["page_param"]: params[hint["page_param"]] + 1} if items else None
    assert len(found) < limit, f"{path} never ended"
    return found


@pytest.mark.parametrize("stateful", [False, True], ids=["stateless", "stateful"])
@pytest.mark.parametrize("name", list(load_manifest().clients))
def test_every_paged_list_of_the_real_specs_ends_with_each_item_once(name: str, stateful: bool) -> None:
    app = create_app(resolved_spec(name), token=DEFAULT_TOKEN, stateful=stateful)
    base = app.model.base_paths[0]
    auth = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
    with httpx.Client(transport=SyncASGITransport(app), base_url="https://mock", headers=auth) as client:
        for route in app.model.routes:
            for operation in route.operations.values():
                hint = operation.hints.get("x-pagination")
                if operation.method != "GET" or hint is None:
                    continue
                required = {p.name: p.examples[0] for p in operation.parameters if p.location == "query" and p.required}
                pages = walk_pages(client, base + _example_path(operation), hint, required)
                items = [json.dumps(item, sort_keys=True) for page in pages for item in page]
                assert len(items) == len(set(items)), f"{operation.label}: an item came twice"
                assert len(pages[-1]) < max(len(page) for page in pages) or not pages[-1], operation.label


# Odd input never gives a 500


def test_a_prefer_code_that_is_not_ascii_digits_is_a_400_problem(crud: httpx.Client) -> None:
    response = crud.get("/v1/sessions", headers={"Prefer": b"code=\xb2\xb2\xb2"})  # '²²²': str.isdigit() says yes
    assert response.status_code == 400
    assert "is not an HTTP status code" in problem(response)


def test_a_number_with_thousands_of_digits_is_a_400_not_a_500(crud: httpx.Client) -> None:
    response = crud.get("/v1/sessions", params={"limit": "9" * 5000})
    assert response.status_code == 400
    assert crud.get("/v1/events", params={"page_no": "9" * 5000}).status_code == 400


def test_head_answers_where_get_is_documented_with_the_headers_and_no_body(crud: httpx.Client) -> None:
    get = crud.get("/v1/clips")
    head = crud.head("/v1/clips")
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-length"] == get.headers["content-length"]
    assert head.headers["link"] == get.headers["link"]
    assert crud.head("/v1/sessions/x/stop").status_code == 405


def test_a_prefer_code_401_answer_carries_www_authenticate(crud: httpx.Client) -> None:
    response = crud.get("/v1/sessions", headers={"Prefer": "code=401"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    keyed = create_app(SPEC, token=TOKEN)
    with httpx.Client(transport=SyncASGITransport(keyed), base_url="http://mock") as client:
        anonymous = client.get("/v2/keyed")
    assert anonymous.headers["www-authenticate"] == 'ApiKey realm="mock", name="api_key", in="query"'


# The command line


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["x", "--port", "99999"], "error: command line: --port: 99999 is not a TCP port (0-65535; 0: any free port)"),
        (["x", "--port", "0"], "error: command line: unknown client 'x'"),
    ],
)
def test_bad_mock_arguments_give_one_line_and_no_traceback(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert serve_main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert len(err.strip().splitlines()) == 1


def test_the_mock_loads_specs_through_the_regeneration_loader() -> None:
    """One path for specs (overlays applied, `$ref`s checked, nothing outside the repository read)."""
    assert scripts.mock.serve.resolved_spec is scripts.sources.resolved_spec


def _serve(*arguments: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "scripts.mock.serve", "emogg", "--port", "0", *arguments]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


@pytest.mark.slow
def test_sigterm_stops_the_mock_gracefully() -> None:
    with _serve("--stateful") as server:
        assert server.stdout is not None
        banner = [server.stdout.readline() for _ in range(6)]
        assert any("stateful" in line for line in banner), banner
        server.send_signal(signal.SIGTERM)
        out, err = server.communicate(timeout=15)
    assert server.returncode == 0, err
    assert out.strip().endswith("mock stopped")


@pytest.mark.slow
def test_the_mock_stops_when_its_parent_dies() -> None:
    """What happens when nox (which does not forward SIGTERM) is killed: its child server must not live on."""
    parent_code = (
        "import subprocess, sys;"
        "child = subprocess.Popen([sys.executable, '-m', 'scripts.mock.serve', 'emogg', '--port', '0']);"
        "print(child.pid, flush=True); child.wait()"
    )
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        [sys.executable, "-c", parent_code], cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True, env=env
    ) as parent:
        assert parent.stdout is not None
        assert int(parent.stdout.readline()) > 0  # the child's pid
        assert "Mock of" in parent.stdout.readline()  # the child serves
        parent.kill()
        parent.wait()
        # The child shares the pipe: it reaches end-of-file only once the child has exited too.
        rest = parent.stdout.read()
    assert rest.strip().endswith("mock stopped")  # a graceful shutdown, not a kill


# Hardening: hostile bodies, server-managed fields, bounds, views of deleted objects


@pytest.fixture(scope="module")
def emogg_spec() -> dict[str, Any]:
    return resolved_spec("emogg")


@pytest.fixture
def emogg(emogg_spec: dict[str, Any]) -> Iterator[httpx.Client]:
    """The stateful mock of the real Emogg spec, as `nox -s mock -- emogg --stateful` serves it."""
    app = create_app(emogg_spec, token=DEFAULT_TOKEN, stateful=True)
    auth = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
    base_url = "https://mock" + app.model.base_paths[0]
    with httpx.Client(transport=SyncASGITransport(app), base_url=base_url, headers=auth) as client:
        yield client


NEW_EMOGG_SESSION = {"name": "Pitch", "streamUri": "rtmp://stream.example.com/live/pitch"}
EMOGG_VIEWS = ("emotions", "emotions/timeline", "audio/transcription-sentiment")


def post_json(client: httpx.Client, path: str, text: str, headers: dict[str, str] | None = None) -> httpx.Response:
    """A POST of `text` as it is, so a body can hold what `json=` would refuse to send (a lone surrogate)."""
    return client.post(path, content=text.encode(), headers={**(headers or {}), "Content-Type": "application/json"})


def nested(depth: int) -> str:
    """A JSON array nested `depth` levels deep."""
    return "[" * depth + "]" * depth


def test_a_body_holding_a_lone_surrogate_is_refused_before_it_is_stored(emogg: httpx.Client) -> None:
    refused = post_json(emogg, "/v1/sessions", '{"name": "\\ud800", "streamUri": "rtmp://x/live"}')
    assert refused.status_code == 400
    listed = emogg.get("/v1/sessions", params={"limit": 100})  # stored, it would make every page a 500
    assert listed.status_code == 200
    assert all(session["name"] != "\ud800" for session in listed.json()["data"])


def test_a_lone_surrogate_anywhere_in_a_body_is_refused_with_a_problem_that_says_why(mock: httpx.Client) -> None:
    response = post_json(mock, "/v2/things", '{"id": "abc", "name": "x", "tags": ["\\udfff"]}', AUTH)
    assert response.status_code == 422  # documented without a body: a problem says why
    assert problem(response) == "request body holds a lone surrogate ('\\udfff'), which is not Unicode text"


@pytest.mark.parametrize("depth", [MAX_BODY_DEPTH, 500, 5_000, 100_000])
def test_a_body_nested_deeper_than_the_limit_is_a_400_not_a_500(crud: httpx.Client, depth: int) -> None:
    response = post_json(crud, "/v1/sessions", f'{{"name": "x", "extra": {nested(depth)}}}')
    assert response.status_code == 400
    assert response.json()["message"] == "the request is not valid"  # the documented 400


def test_a_body_nested_as_deep_as_the_limit_is_accepted(crud: httpx.Client) -> None:
    response = post_json(crud, "/v1/sessions", f'{{"name": "x", "extra": {nested(MAX_BODY_DEPTH - 1)}}}')
    assert response.status_code == 201


def test_a_too_deep_body_gets_a_problem_naming_the_limit(mock: httpx.Client) -> None:
    response = post_json(mock, "/v2/things", nested(500), AUTH)
    assert response.status_code == 422
    assert problem(response) == f"request body nests deeper than {MAX_BODY_DEPTH} levels"


def test_a_patch_changes_neither_the_key_nor_the_fields_the_server_manages(emogg: httpx.Client) -> None:
    created = emogg.post("/v1/sessions", json=NEW_EMOGG_SESSION).json()
    key = created["_id"]
    patch = {"_id": "0" * 24, "state": "finished", "version": 99, "user": "someone", "name": "Renamed"}
    patched = emogg.patch(f"/v1/sessions/{key}", json=patch)
    assert patched.status_code == 200
    assert patched.json() == {**created, "name": "Renamed"}  # Emogg: only the name can be edited
    assert emogg.get(f"/v1/sessions/{key}").json() == patched.json()
    assert emogg.get(f"/v1/sessions/{'0' * 24}").status_code == 404
    assert emogg.delete(f"/v1/sessions/{key}").status_code == 400  # still active: the DELETE guard holds
    assert emogg.post(f"/v1/sessions/{key}/stop").json()["state"] == "finished"
    assert emogg.delete(f"/v1/sessions/{key}").status_code == 204


def test_a_create_cannot_set_the_fields_the_server_manages(emogg: httpx.Client) -> None:
    body = {**NEW_EMOGG_SESSION, "_id": "0" * 24, "state": "finished", "version": 99}
    created = emogg.post("/v1/sessions", json=body).json()
    assert (created["state"], created["version"]) == ("active", 3)  # the example's, not the body's
    assert created["_id"] != "0" * 24
    assert emogg.delete(f"/v1/sessions/{created['_id']}").status_code == 400


def test_read_only_fields_and_the_key_are_ignored_in_a_free_form_body() -> None:
    spec = copy.deepcopy(CRUD)
    spec["components"]["schemas"]["SessionUpdate"] = {"type": "object"}  # declares no fields: any may come
    spec["components"]["schemas"]["Session"]["properties"]["createdAt"]["readOnly"] = True
    with crud_client(stateful=True, spec=spec) as client:
        before = client.get(f"/v1/sessions/{EXAMPLE_ID}").json()
        body = {"id": "f" * 24, "createdAt": "2030-01-01T00:00:00Z", "state": "active", "name": "Renamed"}
        after = client.patch(f"/v1/sessions/{EXAMPLE_ID}", json=body).json()
        assert after == {**before, "name": "Renamed"}
        assert client.get(f"/v1/sessions/{EXAMPLE_ID}").json() == after


def test_a_replace_keeps_the_key_of_the_url() -> None:
    with crud_client(stateful=True) as client:
        put = client.put("/v1/channels/kappa/settings", json={"channel": "other", "volume": 2})
        assert put.json()["data"] == {"channel": "kappa", "volume": 2}


def test_the_views_of_a_deleted_session_are_404(emogg: httpx.Client) -> None:
    key = emogg.post("/v1/sessions", json=NEW_EMOGG_SESSION).json()["_id"]
    assert [emogg.get(f"/v1/sessions/{key}/{view}").status_code for view in EMOGG_VIEWS] == [200, 200, 200]
    emogg.post(f"/v1/sessions/{key}/stop")
    assert emogg.delete(f"/v1/sessions/{key}").status_code == 204
    gone = [emogg.get(f"/v1/sessions/{key}/{view}") for view in EMOGG_VIEWS]
    assert [response.status_code for response in gone] == [404, 404, 404]
    assert all(response.json()["status"] == 404 for response in gone)  # the documented NotFound body


def test_the_store_keeps_at_most_max_objects_per_resource_dropping_the_oldest() -> None:
    app = create_app(CRUD, token=CRUD_TOKEN, stateful=True, max_objects=27)
    with httpx.Client(transport=SyncASGITransport(app), base_url="https://api.example.com", headers=CRUD_AUTH) as c:
        first = c.get(f"/v1/sessions/{EXAMPLE_ID}")
        keys = [c.post("/v1/sessions", json={"name": f"s{index}"}).json()["id"] for index in range(5)]
        listed = c.get("/v1/sessions", params={"limit": 100}).json()["data"]
        assert len(listed) == 27
        assert [item["id"] for item in listed[-5:]] == keys
        assert first.status_code == 200 and c.get(f"/v1/sessions/{EXAMPLE_ID}").status_code == 404  # the oldest


def test_a_body_larger_than_the_limit_is_a_413_problem_that_closes_the_connection() -> None:
    app = create_app(CRUD, token=CRUD_TOKEN, stateful=True, max_body_bytes=64)
    with httpx.Client(transport=SyncASGITransport(app), base_url="https://api.example.com", headers=CRUD_AUTH) as c:
        response = c.post("/v1/sessions", json={"name": "x", "notes": "n" * 100})
        assert response.status_code == 413
        assert response.headers["connection"] == "close"
        assert problem(response) == "request body larger than 64 bytes (the mock's limit)"
        assert c.post("/v1/sessions", json={"name": "x"}).status_code == 201


def test_a_request_body_that_stops_arriving_is_a_408_that_closes_the_connection() -> None:
    """The ASGI server delivers part of the body, then nothing more: the mock answers once `body_timeout` passes."""
    app = create_app(CRUD, token=CRUD_TOKEN, stateful=True, body_timeout=0.01)
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/v1/sessions",
        "raw_path": b"/v1/sessions",
        "query_string": b"",
        "headers": [
            (b"host", b"api.example.com"),
            (b"authorization", CRUD_AUTH["Authorization"].encode()),
            (b"content-type", b"application/json"),
            (b"content-length", b"100"),
        ],
        "scheme": "https",
        "server": ("api.example.com", 443),
        "http_version": "1.1",
    }
    parts = [{"type": "http.request", "body": b'{"name":', "more_body": True}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if parts:
            return parts.pop()
        await asyncio.Event().wait()  # the rest never comes
        raise AssertionError("unreachable")

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    start = sent[0]
    assert start["status"] == 408
    assert (b"connection", b"close") in start["headers"]
    assert json.loads(sent[1]["body"])["detail"] == "the request body did not arrive within 0.01 s"
    assert app.store.of("session") == create_app(CRUD, token=CRUD_TOKEN, stateful=True).store.of("session")


@pytest.mark.slow  # served on loopback
def test_a_stalled_body_on_a_real_connection_is_answered_408_and_the_connection_closed() -> None:
    app = create_app(CRUD, token=CRUD_TOKEN, body_timeout=0.2)
    with serve_in_background(app) as origin:
        host, port = origin.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=60) as sock:
            head = (
                "POST /v1/sessions HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\n"
                f"Authorization: {CRUD_AUTH['Authorization']}\r\nContent-Length: 100\r\n\r\n"
            )
            sock.sendall(head.encode() + b'{"name":')  # 8 of the 100 bytes promised
            received = b""
            while chunk := sock.recv(65536):  # until the server closes the connection
                received += chunk
    assert received.startswith(b"HTTP/1.1 408 ")
    assert b"the request body did not arrive within 0.2 s" in received
