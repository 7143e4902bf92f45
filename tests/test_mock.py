"""The spec-driven mock (scripts/mock): what it accepts, what it rejects, and what it answers.

Most tests use a small inline spec and call the mock in-process; the last ones serve the emogg spec on loopback,
through the same command downstream teams run (`python -m scripts.mock.serve`, behind `nox -s mock`).
"""

from __future__ import annotations

import copy
import json
import os
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scripts.errors import InputError
from scripts.manifest import REPO_ROOT
from scripts.mock import DEFAULT_TOKEN, GenerationError, Sampler, SchemaStore, SyncASGITransport, create_app
from scripts.mock.serve import serve_in_background
from scripts.sources import resolved_spec

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


@pytest.fixture
def mock() -> Iterator[httpx.Client]:
    with httpx.Client(transport=SyncASGITransport(create_app(SPEC, token=TOKEN)), base_url="http://mock") as client:
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
    assert response.headers["allow"] == "GET"
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


@pytest.mark.parametrize("name", ["streamelements", "livepeer", "emogg", "cloudflare-realtimekit"])
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
