"""The hand-written OpenAPI specs in specs/ and their first overlays in overlays/.

Each spec is faithful to its vendor's document (../shared/seeds/*.txt). Where the document is silent, wrong or
self-contradictory the spec records an `x-judgements` entry (`id`, `text`); every such entry has a test here,
registered with `@covers(id)`, and `test_every_recorded_judgement_has_a_test` keeps the two lists equal.
"""

from __future__ import annotations

import importlib
import json
import pickle
import re
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonpath_rfc9535 import find
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from yamllint import linter
from yamllint.config import YamlLintConfig

from scripts.manifest import load_manifest
from tests.shared import shared_folder

REPO = Path(__file__).resolve().parent.parent
# Every API of the manifest, by its spec's file name: a new API is validated the moment it has an entry.
SPEC_NAMES = [client.spec.stem for client in load_manifest().clients.values()]
# The four vendors whose facts some tests write down (servers, operation names); another API is not held to them.
VENDORS = ["streamelements", "livepeer", "emogg", "cloudflare-realtimekit"]
SPEC_URI = "urn:sessions-clients:spec"

Spec = dict[str, Any]

# --- helpers ---------------------------------------------------------------------------------------------------


@cache
def _load_spec(name: str) -> Spec:
    # PyYAML (YAML 1.1) is the strictest common reader: unquoted status codes or dates would not load as strings.
    loaded: Spec = yaml.safe_load((REPO / "specs" / f"{name}.yaml").read_text(encoding="utf-8"))
    return loaded


@cache
def _pickled_spec(name: str) -> bytes:
    return pickle.dumps(_load_spec(name), pickle.HIGHEST_PROTOCOL)


def spec(name: str) -> Spec:
    """A fresh copy, so that a test may mutate it (unpickled: five times cheaper than a deep copy, 500 calls a run)."""
    copied: Spec = pickle.loads(_pickled_spec(name))
    return copied


def seed_text(number: str) -> str:
    (path,) = shared_folder("seeds").glob(f"{number}_*.txt")  # skips the test without ../shared
    return path.read_text(encoding="utf-8")


def seed_json_block(number: str) -> Any:
    """The JSON value of the seed's ```json fence: the one that runs up to the closing fence.

    Fences may be on one line (Cloudflare) or carry a `theme={...}` info string (Livepeer).
    """
    text = seed_text(number)
    decoder = json.JSONDecoder()
    start = text.index("```json")
    for brace in (m.start() for m in re.finditer(r"\{", text[start:])):
        try:
            value, end = decoder.raw_decode(text, start + brace)
        except json.JSONDecodeError:
            continue
        if text[end:].lstrip().startswith("```"):
            return value
    raise AssertionError(f"no JSON example in seed {number}")


def pointer(*parts: str) -> str:
    return "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in parts)


def resolve(document: Spec, json_pointer: str) -> Any:
    node: Any = document
    for raw in json_pointer.lstrip("#").split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def validator(document: Spec, schema_pointer: str) -> Draft202012Validator:
    """A Draft 2020-12 validator for the schema at `schema_pointer`, resolving `$ref`s against the whole spec."""
    resource = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{schema_pointer}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def schema_errors(document: Spec, schema_pointer: str, instance: Any) -> list[str]:
    found = validator(document, schema_pointer).iter_errors(instance)
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in found]


def component(name: str) -> str:
    return pointer("components", "schemas", name)


def examples_in(document: Spec) -> Iterator[tuple[str, str, Any]]:
    """(where, schema pointer, value) for every example of the spec.

    Media types, parameters and headers carry `example` or an `examples` map (values may `$ref` components/examples);
    schemas carry an `examples` list.
    """

    def walk(node: Any, here: tuple[str, ...]) -> Iterator[tuple[str, str, Any]]:
        if isinstance(node, dict):
            if "schema" in node and isinstance(node["schema"], dict):
                schema_at = pointer(*here, "schema")
                if "example" in node:
                    yield pointer(*here, "example"), schema_at, node["example"]
                for key, entry in node.get("examples", {}).items():
                    if "$ref" in entry:
                        entry = resolve(document, entry["$ref"])
                    yield pointer(*here, "examples", key), schema_at, entry["value"]
            elif isinstance(node.get("examples"), list):
                for index, value in enumerate(node["examples"]):
                    yield pointer(*here, "examples", str(index)), pointer(*here), value
            for key, child in node.items():
                yield from walk(child, (*here, key))
        elif isinstance(node, list):
            for index, child in enumerate(node):
                yield from walk(child, (*here, str(index)))

    yield from walk(document, ())


def example_errors(document: Spec) -> list[str]:
    return [
        f"{where}: {message}"
        for where, schema_at, value in examples_in(document)
        for message in schema_errors(document, schema_at, value)
    ]


def operations(document: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in {"get", "put", "post", "delete", "patch", "head", "options", "trace"}:
                yield path, method, operation


def judgements(document: Spec) -> Iterator[dict[str, Any]]:
    def walk(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, dict):
            yield from node.get("x-judgements", [])
            for child in node.values():
                yield from walk(child)
        elif isinstance(node, list):
            for child in node:
                yield from walk(child)

    yield from walk(document)


def schema_nodes(document: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every node of the spec that is a schema, or looks like one (has `type`, `enum` or `properties`)."""

    def walk(node: Any, here: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if isinstance(node, dict):
            if {"type", "enum", "properties"} & node.keys() and not here.endswith("/securitySchemes/bearerAuth"):
                yield here, node
            for key, child in node.items():
                yield from walk(child, here + pointer(key))
        elif isinstance(node, list):
            for index, child in enumerate(node):
                yield from walk(child, f"{here}/{index}")

    yield from walk(document, "")


def parameter(operation: dict[str, Any], name: str) -> dict[str, Any]:
    (found,) = [p for p in operation["parameters"] if p["name"] == name]
    return found


def camel_to_snake(name: str) -> str:
    """`AssociatedID` -> `associated_id`, `PageNo` -> `page_no` (Go SDK field names to Cloudflare wire names)."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def covers(*ids: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Mark a test as the one that pins the recorded judgements `ids` (tests/specs/test_spec_*.py use it too)."""

    def register(test: Callable[..., None]) -> Callable[..., None]:
        test.covers_judgements = ids  # type: ignore[attr-defined]  # found by judgement_tests()
        return test

    return register


def judgement_tests() -> set[str]:
    """The judgement ids pinned by a test here or in tests/specs/ (imported by name: pytest may hold other copies)."""
    modules = [sys.modules[__name__]] + [
        importlib.import_module(f"tests.specs.{path.stem}")
        for path in sorted((REPO / "tests" / "specs").glob("test_spec_*.py"))
    ]
    return {
        judgement
        for module in modules
        for test in vars(module).values()
        for judgement in getattr(test, "covers_judgements", ())
    }


by_spec = pytest.mark.parametrize("name", SPEC_NAMES)

# --- every spec ------------------------------------------------------------------------------------------------


@by_spec
def test_spec_is_valid_openapi_3_1(name: str) -> None:
    document = spec(name)
    assert document["openapi"] == "3.1.0"
    validate(document)


@by_spec
@pytest.mark.parametrize("folder", ["specs", "overlays"])
def test_yaml_passes_yamllint(name: str, folder: str) -> None:
    config = YamlLintConfig(file=str(REPO / ".yamllint.yaml"))
    path = REPO / folder / f"{name}.yaml"
    problems = list(linter.run(path.read_text(encoding="utf-8"), config, str(path)))
    assert [f"{p.line}:{p.column} {p.rule}: {p.desc}" for p in problems] == []


@by_spec
def test_spec_loads_as_plain_json(name: str) -> None:
    """Status codes are quoted and dates are strings, so every YAML reader yields the same JSON document."""
    document = spec(name)
    assert json.loads(json.dumps(document)) == document
    for _path, _method, operation in operations(document):
        assert all(isinstance(code, str) for code in operation["responses"])


@by_spec
def test_spec_declares_https_servers(name: str) -> None:
    servers = spec(name)["servers"]
    assert servers
    assert all(server["url"].startswith("https://") for server in servers)


@by_spec
def test_spec_requires_bearer_auth_everywhere(name: str) -> None:
    document = spec(name)
    scheme = document["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    assert document["security"] == [{"bearerAuth": []}]
    for _path, _method, operation in operations(document):
        assert operation.get("security", document["security"]) == [{"bearerAuth": []}]


def test_bearer_formats_are_stated_where_known() -> None:
    assert spec("streamelements")["components"]["securitySchemes"]["bearerAuth"]["bearerFormat"] == "JWT"
    assert spec("livepeer")["components"]["securitySchemes"]["bearerAuth"]["bearerFormat"] == "API key"
    assert spec("cloudflare-realtimekit")["components"]["securitySchemes"]["bearerAuth"]["bearerFormat"] == "API token"


@by_spec
def test_every_operation_documents_401(name: str) -> None:
    document = spec(name)
    for path, method, operation in operations(document):
        response = operation["responses"].get("401")
        assert response, f"{method.upper()} {path} has no 401"
        if "$ref" in response:
            response = resolve(document, response["$ref"])
        assert response["description"].strip()


def test_operation_ids_and_tags_make_good_python_names() -> None:
    found = {
        name: {(method, path): (op["operationId"], op["tags"]) for path, method, op in operations(spec(name))}
        for name in VENDORS
    }
    assert found == {
        "streamelements": {
            ("get", "/sessions/{channel}"): ("getSession", ["sessions"]),
            ("put", "/sessions/{channel}"): ("replaceSession", ["sessions"]),
            ("get", "/sessions/{channel}/settings"): ("getSessionSettings", ["sessions"]),
            ("put", "/sessions/{channel}/settings"): ("replaceSessionSettings", ["sessions"]),
            ("put", "/sessions/{channel}/reset"): ("resetSession", ["sessions"]),
            ("get", "/sessions/{channel}/top"): ("listTopEvents", ["sessions"]),
            ("get", "/sessions"): ("getCurrentSession", ["sessions"]),
        },
        "livepeer": {
            ("get", "/session/{id}"): ("getSession", ["sessions"]),
            ("get", "/session"): ("listSessions", ["sessions"]),
            ("get", "/stream/{parentId}/sessions"): ("listStreamSessions", ["sessions"]),
            ("get", "/session/{id}/clips"): ("listSessionClips", ["sessions"]),
        },
        "emogg": {
            ("get", "/v1/sessions"): ("listSessions", ["sessions"]),
            ("post", "/v1/sessions"): ("createSession", ["sessions"]),
            ("get", "/v1/sessions/{sessionId}"): ("getSession", ["sessions"]),
            ("patch", "/v1/sessions/{sessionId}"): ("updateSession", ["sessions"]),
            ("delete", "/v1/sessions/{sessionId}"): ("deleteSession", ["sessions"]),
            ("post", "/v1/sessions/{sessionId}/stop"): ("stopSession", ["sessions"]),
            ("get", "/v1/sessions/{sessionId}/emotions"): ("getSessionEmotions", ["sessions"]),
            ("get", "/v1/sessions/{sessionId}/emotions/timeline"): ("getSessionEmotionsTimeline", ["sessions"]),
            ("get", "/v1/sessions/{sessionId}/audio/transcription-sentiment"): (
                "getSessionTranscriptionSentiment",
                ["sessions"],
            ),
        },
        "cloudflare-realtimekit": {
            (method, "/accounts/{account_id}/realtime/kit/{app_id}" + path): (operation_id, [tag])
            for method, path, operation_id, tag in [
                ("get", "/sessions", "listSessions", "sessions"),
                ("get", "/sessions/{session_id}", "getSession", "sessions"),
                ("get", "/sessions/{session_id}/participants", "listSessionParticipants", "sessions"),
                ("get", "/sessions/{session_id}/participants/{participant_id}", "getSessionParticipant", "sessions"),
                ("get", "/sessions/{session_id}/chat", "getSessionChat", "sessions"),
                ("get", "/sessions/{session_id}/transcript", "getSessionTranscript", "sessions"),
                ("get", "/sessions/{session_id}/summary", "getSessionSummary", "sessions"),
                ("post", "/sessions/{session_id}/summary", "createSessionSummary", "sessions"),
                ("get", "/sessions/peer-report/{peer_id}", "getPeerReport", "sessions"),
                ("get", "/meetings/{meeting_id}/active-session", "getActiveSession", "active_session"),
                ("post", "/meetings/{meeting_id}/active-session/kick", "kickParticipants", "active_session"),
                ("post", "/meetings/{meeting_id}/active-session/kick-all", "kickAllParticipants", "active_session"),
                ("post", "/meetings/{meeting_id}/active-session/mute", "muteParticipants", "active_session"),
                ("post", "/meetings/{meeting_id}/active-session/mute-all", "muteAllParticipants", "active_session"),
                ("post", "/meetings/{meeting_id}/active-session/poll", "createPoll", "active_session"),
            ]
        },
    }


def test_servers_are_the_vendors() -> None:
    assert {name: [s["url"] for s in spec(name)["servers"]] for name in VENDORS} == {
        "streamelements": ["https://api.streamelements.com/kappa/v2"],
        "livepeer": ["https://livepeer.studio/api"],
        "emogg": ["https://api.emogg.com"],
        "cloudflare-realtimekit": ["https://api.cloudflare.com/client/v4"],
    }


@by_spec
def test_component_schema_names_are_pascal_case(name: str) -> None:
    """The generator turns component keys into Python class names."""
    names = spec(name)["components"]["schemas"]
    assert [n for n in names if not re.fullmatch(r"(?:[A-Z][a-z0-9]+)+", n)] == []


@by_spec
def test_responses_allow_additional_properties(name: str) -> None:
    closed = [where for where, node in schema_nodes(spec(name)) if node.get("additionalProperties") is False]
    assert closed == []


@by_spec
def test_open_sets_are_not_closed_enums(name: str) -> None:
    """A value list the vendor does not document in full is `x-known-values` on a plain string, never an enum."""
    open_sets = [(where, node) for where, node in schema_nodes(spec(name)) if "x-known-values" in node]
    for where, node in open_sets:
        assert "enum" not in node, where
        assert node["type"] == "string", where
        assert all(value in node["description"] for value in node["x-known-values"] if value), where


@by_spec
def test_every_example_validates_against_its_schema(name: str) -> None:
    document = spec(name)
    assert any(True for _ in examples_in(document)), "the spec carries no example"
    assert example_errors(document) == []


@by_spec
def test_every_response_with_a_body_carries_an_example(name: str) -> None:
    document = spec(name)
    for path, method, operation in operations(document):
        for status, response in operation["responses"].items():
            if "$ref" in response:
                response = resolve(document, response["$ref"])
            for media_type, content in response.get("content", {}).items():
                # `examples` (named) or `example` (singular): both are OpenAPI, and tests/support.py reads both.
                documented = content.get("examples") or "example" in content
                assert documented, f"{method.upper()} {path} {status} {media_type}"


def test_a_broken_example_is_rejected() -> None:
    """The example check is real: a wrong type deep inside a `$ref`ed schema is reported with its location."""
    document = spec("emogg")
    example = document["paths"]["/v1/sessions/{sessionId}"]["get"]["responses"]["200"]["content"]["application/json"]
    example["examples"]["vendorExample"]["value"]["meta"]["healthCheck"] = 20240501
    example["examples"]["vendorExample"]["value"]["duration"] = "120"
    errors = example_errors(document)
    assert len(errors) == 2
    assert any("vendorExample: duration: '120' is not of type 'number'" in error for error in errors)
    assert any("meta/healthCheck: 20240501 is not of type 'string'" in error for error in errors)


def test_a_broken_schema_level_and_parameter_example_is_rejected() -> None:
    document = spec("livepeer")
    document["paths"]["/session"]["get"]["parameters"][0]["example"] = 5000  # limit above its maximum
    document["components"]["schemas"]["Session"]["properties"]["name"]["examples"] = [42]
    errors = example_errors(document)
    assert len(errors) == 2
    assert any("5000 is greater than the maximum of 1000" in error for error in errors)
    assert any("42 is not of type 'string'" in error for error in errors)


@by_spec
def test_every_judgement_has_an_id_and_a_reason(name: str) -> None:
    for judgement in judgements(spec(name)):
        assert set(judgement) == {"id", "text"}
        assert judgement["id"].startswith(name.split("-")[0] + "-")
        assert len(judgement["text"]) > 40


def test_every_recorded_judgement_has_a_test() -> None:
    recorded = [j["id"] for name in SPEC_NAMES for j in judgements(spec(name))]
    assert len(recorded) == len(set(recorded)), "judgement ids must be unique"
    assert set(recorded) == judgement_tests()


# --- overlays --------------------------------------------------------------------------------------------------


@by_spec
def test_overlay_extends_its_spec_and_every_target_matches(name: str) -> None:
    overlay = yaml.safe_load((REPO / "overlays" / f"{name}.yaml").read_text(encoding="utf-8"))
    assert overlay["overlay"] == "1.0.0"
    assert overlay["info"]["title"] and overlay["info"]["version"]
    assert overlay["extends"] == f"../specs/{name}.yaml"
    document = spec(name)
    for action in overlay["actions"]:
        assert action["description"].strip()
        assert ("update" in action) != bool(action.get("remove")), action["target"]
        assert find(action["target"], document), f"{action['target']} matches nothing"


@by_spec
def test_overlay_names_the_client_and_tolerates_unknown_fields(name: str) -> None:
    overlay = yaml.safe_load((REPO / "overlays" / f"{name}.yaml").read_text(encoding="utf-8"))
    updates = {action["target"]: action.get("update") for action in overlay["actions"]}
    assert "x-client-name" in updates["$.info"]
    tolerant = [a for a in overlay["actions"] if a.get("update", {}).get("x-tolerate-unknown-fields") is True]
    document = spec(name)
    matched = {id(node.value) for action in tolerant for node in find(action["target"], document)}
    objects = [s for s in document["components"]["schemas"].values() if s.get("type") == "object"]
    assert matched == {id(s) for s in objects}


# --- StreamElements --------------------------------------------------------------------------------------------

SE_SESSION = ("/sessions", "get", "200")


def se_example() -> Any:
    media = spec("streamelements")["paths"]["/sessions"]["get"]["responses"]["200"]["content"]["application/json"]
    return media["examples"]["vendorExample"]["value"]


def test_streamelements_example_is_the_vendors_verbatim() -> None:
    assert se_example() == seed_json_block("000")


def test_streamelements_data_has_every_key_of_the_seed_example() -> None:
    seed_keys = set(seed_json_block("000")["data"])
    properties = spec("streamelements")["components"]["schemas"]["LegacySessionData"]["properties"]
    assert set(properties) == seed_keys
    assert len(seed_keys) == 48


def test_streamelements_shared_shapes_are_referenced_not_copied() -> None:
    properties = spec("streamelements")["components"]["schemas"]["LegacySessionData"]["properties"]
    for key, schema in properties.items():
        target = schema["items"] if schema.get("type") == "array" else schema
        assert set(target) == {"$ref"}, key
    refs = {key: (s.get("items") or s)["$ref"].rsplit("/", 1)[1] for key, s in properties.items()}
    assert {refs[k] for k in refs if k.endswith(("-top-donator", "-top-donation"))} == {"TopDonation"}
    assert {refs[k] for k in ("tip-count", "subscriber-total", "follower-week")} == {"CountValue"}
    assert {refs[k] for k in ("tip-total", "cheer-goal", "follower-goal")} == {"AmountValue"}
    assert (refs["tip-latest"], refs["cheer-latest"]) == ("LatestDonation", "LatestDonation")


@covers("streamelements-401-no-body")
def test_streamelements_401_has_a_description_and_no_assumed_body() -> None:
    response = spec("streamelements")["paths"]["/sessions"]["get"]["responses"]["401"]
    assert "content" not in response
    assert "does not document an error body" in response["description"]


@covers("streamelements-required-fields")
def test_streamelements_requires_the_session_identity_but_no_data_key() -> None:
    schemas = spec("streamelements")["components"]["schemas"]
    assert set(schemas["LegacySession"]["required"]) == {"_id", "_user", "createdAt", "updatedAt", "lastReset", "data"}
    assert "required" not in schemas["LegacySessionData"]
    document = spec("streamelements")
    assert schema_errors(document, component("LegacySessionData"), {}) == []
    assert schema_errors(document, component("LatestSubscriber"), {"name": "User1"}) == []
    assert schema_errors(document, component("TopDonation"), {"name": "User1"}) == [": 'amount' is a required property"]


@covers("streamelements-timestamps-date-time")
def test_streamelements_timestamps_are_date_times() -> None:
    document = spec("streamelements")
    session = document["components"]["schemas"]["LegacySession"]["properties"]
    follower = document["components"]["schemas"]["RecentFollower"]["properties"]
    for schema in (session["createdAt"], session["updatedAt"], session["lastReset"], follower["createdAt"]):
        assert (schema["type"], schema["format"]) == ("string", "date-time")
    bad = dict(se_example(), lastReset="last week")
    assert schema_errors(document, component("LegacySession"), bad) == ["lastReset: 'last week' is not a 'date-time'"]


@covers("streamelements-recent-items")
def test_streamelements_unseen_recent_lists_admit_what_the_other_recent_lists_show() -> None:
    document = spec("streamelements")
    seed = seed_json_block("000")["data"]
    assert seed["cheer-recent"] == seed["host-recent"] == seed["subscriber-recent"] == []
    shown = [*seed["tip-recent"], *seed["follower-recent"], {"name": "x", "amount": 3, "tier": "1000", "extra": {}}]
    for item in shown:
        assert schema_errors(document, component("RecentEvent"), item) == []
    assert schema_errors(document, component("RecentEvent"), {"amount": "3"}) == ["amount: '3' is not of type 'number'"]


@covers("streamelements-amounts-are-numbers")
def test_streamelements_money_amounts_accept_cents_and_counts_stay_whole() -> None:
    document = spec("streamelements")
    legacy, v2 = (
        ("AmountValue", "TopDonation", "LatestDonation", "RecentTip"),
        ("Amount", "TopUserAmount", "AmountRecent"),
    )
    for name in (*legacy, *v2):
        assert schema_errors(document, component(name), {"amount": 4.99, "name": "User1"}) == [], name
    assert schema_errors(document, component("CountValue"), {"count": 1.5}) == ["count: 1.5 is not of type 'integer'"]


@covers("streamelements-tier-open-set")
def test_streamelements_subscriber_tier_is_an_open_set() -> None:
    document = spec("streamelements")
    tier = document["components"]["schemas"]["LatestSubscriber"]["properties"]["tier"]
    assert "enum" not in tier
    assert {"", "1000", "prime"} <= set(tier["x-known-values"])
    assert schema_errors(document, component("LatestSubscriber"), {"name": "U", "tier": "4000"}) == []


# --- Livepeer --------------------------------------------------------------------------------------------------


def livepeer_seed_example() -> Any:
    return seed_json_block("001")


def livepeer_example() -> Any:
    return spec("livepeer")["components"]["examples"]["VendorSession"]["value"]


def test_livepeer_example_is_the_vendors_but_for_record() -> None:
    assert livepeer_example() == dict(livepeer_seed_example(), record=True)


def test_livepeer_fields_are_the_vendors_table() -> None:
    table = re.findall(r'<ResponseField name="(\w+)" type="(\w+)">', seed_text("001"))
    properties = spec("livepeer")["components"]["schemas"]["Session"]["properties"]
    assert list(properties) == [field for field, _type in table]
    json_types = {"string": "string", "number": "number", "boolean": "boolean", "array": "array"}
    for field, vendor_type in table:
        if vendor_type in json_types:
            assert properties[field]["type"] == json_types[vendor_type], field


def test_livepeer_missing_session_is_a_404_with_the_error_body() -> None:
    document = spec("livepeer")
    response = document["paths"]["/session/{id}"]["get"]["responses"]["404"]
    assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorBody"}
    assert schema_errors(document, component("ErrorBody"), {"errors": ["not found"]}) == []
    assert schema_errors(document, component("ErrorBody"), {"error": "x"}) == [": 'errors' is a required property"]


def test_livepeer_401_carries_the_error_body() -> None:
    unauthorized = spec("livepeer")["components"]["responses"]["Unauthorized"]
    assert unauthorized["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorBody"}


def test_livepeer_stream_sessions_filter_on_record() -> None:
    record = parameter(spec("livepeer")["paths"]["/stream/{parentId}/sessions"]["get"], "record")
    assert (record["in"], record["schema"]) == ("query", {"type": "boolean"})


@covers("livepeer-undocumented-paging")
def test_livepeer_list_sessions_pages_with_limit_cursor_and_link() -> None:
    operation = spec("livepeer")["paths"]["/session"]["get"]
    limit, cursor = parameter(operation, "limit"), parameter(operation, "cursor")
    assert limit["schema"] == {"type": "integer", "minimum": 1, "maximum": 1000, "default": 20}
    assert cursor["schema"] == {"type": "string"}
    link = operation["responses"]["200"]["headers"]["Link"]
    assert 'rel="next"' in link["example"]
    for documented in (limit, cursor, link):
        assert documented["x-undocumented"] is True
        assert "Undocumented by the vendor; observed on the server" in documented["description"]


@covers("livepeer-record-example-boolean")
def test_livepeer_record_example_is_a_boolean_and_the_seed_value_is_rejected() -> None:
    document = spec("livepeer")
    assert livepeer_seed_example()["record"] == "boolean"
    assert livepeer_example()["record"] is True
    errors = schema_errors(document, component("Session"), livepeer_seed_example())
    assert errors == ["record: 'boolean' is not of type 'boolean'"]


@covers("livepeer-health-fields")
def test_livepeer_health_fields_follow_the_example_and_may_be_null() -> None:
    document = spec("livepeer")
    seed = livepeer_seed_example()
    for health in ({}, {"isHealthy": None, "issues": None}, {"isHealthy": False, "issues": []}):
        assert schema_errors(document, component("Session"), dict(seed, record=True, **health)) == []
    wrong = dict(seed, record=True, isHealthy={"healthy": True}, issues="none")
    assert len(schema_errors(document, component("Session"), wrong)) == 2


@covers("livepeer-required-fields")
def test_livepeer_requires_only_the_name_and_a_session_without_id_is_valid() -> None:
    document = spec("livepeer")
    assert document["components"]["schemas"]["Session"]["required"] == ["name"]
    assert schema_errors(document, component("Session"), {"name": "n"}) == []
    assert schema_errors(document, component("Session"), {"id": "s"}) == [": 'name' is a required property"]


@covers("livepeer-numbers-stay-numbers")
def test_livepeer_number_fields_accept_fractions() -> None:
    document = spec("livepeer")
    session = {"id": "s", "name": "n", "sourceSegmentsDuration": 1.92, "ingestRate": 1234.5, "lastSeen": 1.5e12}
    assert schema_errors(document, component("Session"), session) == []


@covers("livepeer-recording-status-open-set")
def test_livepeer_recording_status_is_an_open_set() -> None:
    document = spec("livepeer")
    status = document["components"]["schemas"]["Session"]["properties"]["recordingStatus"]
    assert "enum" not in status
    assert "waiting" in status["x-known-values"]
    assert schema_errors(document, component("Session"), {"id": "s", "name": "n", "recordingStatus": "paused"}) == []


@covers("livepeer-profile-shape")
def test_livepeer_profiles_follow_the_example_and_stay_open() -> None:
    document = spec("livepeer")
    profile = document["components"]["schemas"]["TranscodeProfile"]
    assert set(profile["properties"]) == set(livepeer_seed_example()["profiles"][0])
    assert "required" not in profile
    assert schema_errors(document, component("TranscodeProfile"), {"name": "360p", "gop": "2.0"}) == []
    assert schema_errors(document, component("TranscodeProfile"), {"width": 12.5}) == [
        "width: 12.5 is not of type 'integer'"
    ]


# --- Cloudflare RealtimeKit ------------------------------------------------------------------------------------

CF_PATH = "/accounts/{account_id}/realtime/kit/{app_id}/sessions"


def cloudflare_operation() -> dict[str, Any]:
    operation: dict[str, Any] = spec("cloudflare-realtimekit")["paths"][CF_PATH]["get"]
    return operation


def cloudflare_seed_example() -> Any:
    return seed_json_block("003")


def test_cloudflare_example_is_the_vendors_verbatim() -> None:
    media = cloudflare_operation()["responses"]["200"]["content"]["application/json"]
    assert media["examples"]["vendorExample"]["value"] == cloudflare_seed_example()


@covers("cloudflare-query-parameters")
def test_cloudflare_query_parameters_are_every_seed_param_with_its_type() -> None:
    document = spec("cloudflare-realtimekit")
    seed = seed_text("003")
    seed_params = dict(re.findall(r"`(\w+) param\.Field\[(\w+)\]` Query param", seed))
    enum_values: dict[str, list[str]] = {}
    for go_type, value in re.findall(r'const \w+ (SessionGetSessionsParams\w+) = "(\w+)"', seed):
        enum_values.setdefault(go_type, []).append(value)
    query = {p["name"]: p["schema"] for p in cloudflare_operation()["parameters"] if p["in"] == "query"}
    assert set(query) == {camel_to_snake(name) for name in seed_params}
    for go_name, go_type in seed_params.items():
        schema = query[camel_to_snake(go_name)]
        if "$ref" in schema:
            schema = resolve(document, schema["$ref"])
        expected: dict[str, Any] = {
            "string": {"type": "string"},
            "Time": {"type": "string", "format": "date-time"},
            "float64": {"type": "number"},
        }.get(go_type, {"type": "string", "enum": enum_values.get(go_type)})
        assert {k: schema[k] for k in expected if k in schema} == expected, go_name
    assert {"sort_by", "sort_order", "status", "start_time", "end_time"} <= set(query)


def test_cloudflare_path_parameters_are_account_and_app() -> None:
    path_params = [p["name"] for p in cloudflare_operation()["parameters"] if p["in"] == "path"]
    assert path_params == ["account_id", "app_id"]


@covers("cloudflare-401-envelope")
def test_cloudflare_401_is_the_standard_v4_envelope() -> None:
    document = spec("cloudflare-realtimekit")
    response = cloudflare_operation()["responses"]["401"]
    assert "Cloudflare-wide" in response["description"]
    envelope = {"success": False, "errors": [{"code": 10000, "message": "Authentication error"}], "messages": []}
    assert schema_errors(document, component("ErrorEnvelope"), envelope) == []
    assert schema_errors(document, component("ErrorEnvelope"), {"success": False, "errors": ["denied"]}) == [
        ": 'messages' is a required property",
        "errors/0: 'denied' is not of type 'object'",
    ]


@covers("cloudflare-required-fields")
def test_cloudflare_session_fields_before_breakout_rooms_are_required() -> None:
    seed = seed_text("003")
    struct = seed.split("Sessions []SessionGetSessionsResponseDataSession`", 1)[1].split("- `Success bool`", 1)[0]
    fields = [camel_to_snake(name) for name in re.findall(r"- `(\w+) [\[\]\w]+`", struct)]
    cut = fields.index("breakout_rooms")
    schema = spec("cloudflare-realtimekit")["components"]["schemas"]["Session"]
    assert list(schema["properties"]) == fields
    assert schema["required"] == fields[:cut]
    assert set(fields[cut:]) == {"breakout_rooms", "ended_at", "meta"}
    response = spec("cloudflare-realtimekit")["components"]["schemas"]["ListSessionsResponse"]
    assert response["required"] == ["data"]  # `success` is optional, as the vendor's document has it


@covers("cloudflare-timestamps-stay-strings")
def test_cloudflare_timestamps_are_plain_strings_as_the_vendor_says() -> None:
    document = spec("cloudflare-realtimekit")
    properties = document["components"]["schemas"]["Session"]["properties"]
    for field in ("created_at", "started_at", "updated_at", "ended_at"):
        assert properties[field] == {"type": "string", "description": properties[field]["description"]}
    assert cloudflare_seed_example()["data"]["sessions"][0]["created_at"] == "created_at"


@covers("cloudflare-float64-is-number")
def test_cloudflare_float64_fields_accept_fractions_and_enums_are_closed() -> None:
    document = spec("cloudflare-realtimekit")
    session = dict(cloudflare_seed_example()["data"]["sessions"][0], minutes_consumed=12.75, live_participants=3.0)
    assert schema_errors(document, component("Session"), session) == []
    closed = dict(session, status="PAUSED")
    assert schema_errors(document, component("Session"), closed) == ["status: 'PAUSED' is not one of ['LIVE', 'ENDED']"]
