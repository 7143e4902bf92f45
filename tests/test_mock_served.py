"""What the mock offers outside this repository (scripts/mock/_serving.py, _documented.py, _cli.py, bundle.py):
the banner's variables, CORS for browsers, the spec it serves with its own answers documented, and the bundle of
specs the `sessions-clients-mock` distribution ships (mock/src/sessions_mock/specs), kept equal to its inputs.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

from scripts.drift import find_drift
from scripts.manifest import REPO_ROOT, load_manifest
from scripts.mock import DEFAULT_TOKEN, SyncASGITransport, create_app
from scripts.mock._documented import PROBLEM_SCHEMA, documented_spec, schemathesis_config
from scripts.mock._schemas import SchemaStore
from scripts.mock._serving import usage_banner, with_cors
from scripts.mock._spec import follow_refs
from scripts.mock.bundle import BUNDLE, find_bundle_drift, write_bundle
from scripts.mock.serve import main as serve_main
from scripts.sources import resolved_spec
from tests.support import Operation, media_examples

API_NAMES = list(load_manifest().clients)
AUTH = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}


# The banner


def test_the_banner_prints_the_variables_a_client_reads() -> None:
    banner = usage_banner(create_app(resolved_spec("emogg")), "http://127.0.0.1:4010", "emogg")
    assert (
        "  export:   export EMOGG_API_TOKEN=sessions-clients-mock-token EMOGG_BASE_URL=http://127.0.0.1:4010"
        in banner.splitlines()
    )


@pytest.mark.parametrize("name", API_NAMES)
def test_every_api_banner_exports_its_specs_x_env_names(name: str) -> None:
    spec = resolved_spec(name)
    app = create_app(spec)
    banner = usage_banner(app, "http://127.0.0.1:4010", name)
    env = spec["info"]["x-env"]
    base_url = "http://127.0.0.1:4010" + app.model.base_paths[0]
    assert f"export {env['token']}={DEFAULT_TOKEN} {env['base_url']}={base_url}" in banner


# CORS


def test_a_browser_preflight_is_answered_for_any_origin_and_the_authorization_header() -> None:
    app = with_cors(create_app(resolved_spec("emogg")))
    preflight = {
        "Origin": "http://localhost:5173",
        "Access-Control-Request-Method": "DELETE",
        "Access-Control-Request-Headers": "authorization, content-type",
    }
    with httpx.Client(transport=SyncASGITransport(app), base_url="http://mock") as client:
        answered = client.options("/v1/sessions/65ea1530bb50af72b6e3dc1e", headers=preflight)
        actual = client.get("/v1/sessions", headers={**AUTH, "Origin": "http://localhost:5173"})
        plain_options = client.options("/v1/sessions", headers=AUTH)
    assert answered.status_code == 200
    assert answered.headers["access-control-allow-origin"] == "*"
    assert "DELETE" in answered.headers["access-control-allow-methods"]
    assert "authorization" in answered.headers["access-control-allow-headers"].lower()
    assert actual.status_code == 200
    assert actual.headers["access-control-allow-origin"] == "*"
    assert plain_options.status_code == 405  # not a preflight: the mock's answer, as before


# The served spec


def _statuses(operation: dict[str, Any]) -> set[str]:
    return {str(status).upper() for status in operation["responses"]}


@pytest.mark.parametrize("name", API_NAMES)
def test_every_answer_the_mock_gives_to_an_unknown_query_parameter_is_documented_in_the_served_spec(name: str) -> None:
    """What the stock schemathesis CLI checks: the mock's status and body are documented, with the served spec."""
    spec = resolved_spec(name)
    served = documented_spec(spec)
    app = create_app(spec)
    schemas = SchemaStore(served)
    with httpx.Client(transport=SyncASGITransport(app), base_url="http://mock") as client:
        for route in app.model.routes:
            for method, operation in route.operations.items():
                path = app.model.base_paths[0] + _example_path(operation)
                response = client.request(method, path, params={"bogus": "1"}, headers=AUTH)
                status = str(response.status_code)
                documented = served["paths"][route.template][method.lower()]["responses"]
                assert status in documented, (name, method, route.template, status, sorted(documented))
                pointer = f"/paths/{_escape(route.template)}/{method.lower()}/responses/{status}"
                answer, pointer = follow_refs(served, documented[status], pointer)
                if not answer.get("content"):  # documented without a body: any body conforms
                    continue
                media_type = response.headers["content-type"].split(";")[0]
                assert media_type in answer["content"], (name, operation.label, status)
                pointer += f"/content/{_escape(media_type)}/schema"
                assert schemas.error(pointer, response.json()) is None, (name, operation.label)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _example_path(operation: Any) -> str:
    from scripts.mock._serving import example_path

    return example_path(operation)


def test_the_served_spec_adds_only_what_an_operation_leaves_undocumented() -> None:
    spec = resolved_spec("emogg")
    before = json.dumps(spec)
    served = documented_spec(spec)
    assert json.dumps(spec) == before, "the input is not changed"
    create = served["paths"]["/v1/sessions"]["post"]["responses"]
    assert create["400"] == spec["paths"]["/v1/sessions"]["post"]["responses"]["400"]  # Emogg documents its own
    assert create["415"]["x-mock"] is True
    assert create["415"]["content"] == {"application/problem+json": {"schema": PROBLEM_SCHEMA}}
    assert {"413", "408"} <= create.keys()
    assert "413" not in served["paths"]["/v1/sessions"]["get"]["responses"], "no body, no body limit"
    for item in served["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "responses" in operation:
                assert _statuses(operation) & {"400", "422", "4XX", "DEFAULT"}
                assert _statuses(operation) & {"401", "4XX", "DEFAULT"}


def test_a_default_response_covers_every_rejection() -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "security": [{"b": []}],
        "paths": {"/x": {"get": {"responses": {"200": {"description": "ok"}, "default": {"description": "err"}}}}},
    }
    assert documented_spec(spec)["paths"] == spec["paths"]


def test_the_schemathesis_config_names_the_writes_a_state_refuses_and_never_the_token() -> None:
    config = schemathesis_config(resolved_spec("emogg"), token_variable="EMOGG_API_TOKEN")
    assert 'headers = { Authorization = "Bearer ${EMOGG_API_TOKEN}" }' in config
    assert 'include-method = "DELETE"\ninclude-path = "/v1/sessions/{sessionId}"\n' in config
    assert '"400"' in config.split("[[operations]]")[1]
    assert DEFAULT_TOKEN not in config
    assert "[[operations]]" not in schemathesis_config(resolved_spec("livepeer"))


def test_the_spec_command_writes_the_served_spec_and_the_schemathesis_config(tmp_path: Path) -> None:
    out, config = tmp_path / "emogg.json", tmp_path / "st.toml"
    assert serve_main(["spec", "emogg", "-o", str(out), "--schemathesis-config", str(config)]) == 0
    assert json.loads(out.read_text()) == documented_spec(resolved_spec("emogg"))
    assert "${EMOGG_API_TOKEN}" in config.read_text()


def test_the_spec_command_prints_the_overlaid_spec_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    assert serve_main(["spec", "livepeer", "--overlaid"]) == 0
    assert json.loads(capsys.readouterr().out) == resolved_spec("livepeer")


# The bundle


def test_the_committed_bundle_is_what_the_specs_and_overlays_give() -> None:
    assert find_bundle_drift() == []
    bundled = json.loads((REPO_ROOT / BUNDLE / "emogg.json").read_text(encoding="utf-8"))
    assert bundled == resolved_spec("emogg")
    assert (REPO_ROOT / "mock" / "LICENSE").read_bytes() == (REPO_ROOT / "LICENSE").read_bytes()


def _copy_repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    for name in ("specs", "overlays", "config", "templates", "runtime"):
        shutil.copytree(REPO_ROOT / name, root / name)
    for name in ("clients.toml", "LICENSE"):
        shutil.copy2(REPO_ROOT / name, root / name)
    shutil.copytree(REPO_ROOT / "mock", root / "mock", ignore=shutil.ignore_patterns("__pycache__"))
    return root


@pytest.mark.slow  # resolves every spec of a copied repository
def test_a_spec_change_not_bundled_is_drift_named_by_file(tmp_path: Path) -> None:
    root = _copy_repo(tmp_path)
    spec = root / "specs" / "emogg.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("Emogg API", "Emogg  API", 1), encoding="utf-8")
    (root / BUNDLE / "stale.json").write_text("{}", encoding="utf-8")
    assert find_bundle_drift(root) == [
        f"unexpected: {BUNDLE.as_posix()}/stale.json",
        f"differs: {BUNDLE.as_posix()}/emogg.json",
    ]
    assert write_bundle(root) == [f"{BUNDLE.as_posix()}/emogg.json", f"{BUNDLE.as_posix()}/stale.json"]
    assert find_bundle_drift(root) == []
    assert write_bundle(root) == [], "the same inputs give the same bytes"


@pytest.mark.slow  # resolves every spec of a copied repository
def test_the_drift_guard_reports_a_stale_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`nox -s check` runs the drift guard: a bundle out of date fails it, by name (generation itself skipped)."""
    root = _copy_repo(tmp_path)
    (root / BUNDLE / "livepeer.json").write_text("{}\n", encoding="utf-8")
    monkeypatch.setattr("scripts.drift.build_clients", lambda manifest, clients, fresh: None)
    monkeypatch.setattr("scripts.drift.compare_trees", lambda expected, actual, label: [])
    assert find_drift(root=root) == [f"differs: {BUNDLE.as_posix()}/livepeer.json"]


# tests/support.py


def test_a_lone_example_is_read_like_a_named_one() -> None:
    """OpenAPI allows `example:` (singular) beside `examples:`; the helpers name it "example", as the mock does."""
    media = {"schema": {"type": "object"}, "example": {"name": "Pitch"}}
    spec: dict[str, Any] = {
        "paths": {
            "/v1/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {"content": {"application/json": media}},
                    "responses": {"201": {"description": "ok", "content": {"application/json": media}}},
                }
            }
        }
    }
    operation = Operation("x", "x", "/v1/things", "post", spec, spec["paths"]["/v1/things"]["post"])
    assert operation.request_example() == {"name": "Pitch"}
    assert operation.examples() == {"example": {"name": "Pitch"}}
    assert media_examples(spec, {"examples": {"a": {"value": 1}, "b": {"externalValue": "x"}}, "example": 2}) == {
        "a": 1,
        "example": 2,
    }


# The distribution's code is scripts/mock itself


def test_the_mock_modules_the_distribution_ships_import_nothing_of_the_repository_by_name() -> None:
    """mock/hatch_build.py maps scripts/mock into `sessions_mock._core`: an absolute `scripts.` import there would
    need a clone. The modules that read the repository (REPOSITORY_ONLY) stay out of the distribution."""
    import ast
    import importlib.util

    spec = importlib.util.spec_from_file_location("hatch_build", REPO_ROOT / "mock" / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    hatch_build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hatch_build)
    shipped = [
        p for p in sorted((REPO_ROOT / "scripts" / "mock").glob("*.py")) if p.name not in hatch_build.REPOSITORY_ONLY
    ]
    assert {p.name for p in shipped} >= {"_app.py", "_state.py", "_cli.py", "proxy.py", "__init__.py"}
    offenders = []
    for path in [*shipped, *(REPO_ROOT / "scripts" / shared for shared in hatch_build.SHARED)]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {name}" for name in names if name == "scripts" or name.startswith("scripts.")]
    assert offenders == []
