"""The changelog says in words what changed in the spec, whatever `redocly diff` rates, and sums up a first release."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from packaging.version import Version

from scripts.manifest import load_manifest
from scripts.release import changelog
from scripts.release.api import ApiDiff
from scripts.release.gate import Assessment
from scripts.release.specdiff import REDOCLY_ENV
from scripts.release.specwords import describe_changes, summarize_spec

SESSION = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": {"type": "string"}, "status": {"type": "string", "enum": ["active", "ended"]}},
}


def operation(summary: str, status: str = "200", schema: str = "Session") -> dict[str, Any]:
    content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
    return {"summary": summary, "responses": {status: {"description": "ok", "content": content}}}


BEFORE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Sessions", "version": "1"},
    "paths": {
        "/sessions/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": operation("Get a session"),
        }
    },
    "components": {"schemas": {"Session": SESSION}},
}


def three_operations_and_a_field() -> dict[str, Any]:
    after = copy.deepcopy(BEFORE)
    after["paths"]["/sessions"] = {"get": operation("List sessions"), "post": operation("Create a session", "201")}
    after["paths"]["/sessions/{id}"]["delete"] = {"summary": "Delete a session", "responses": {"204": {}}}
    after["components"]["schemas"]["Session"]["properties"]["region"] = {"type": "string"}
    return after


def test_three_added_operations_and_an_added_field_are_four_sentences() -> None:
    assert describe_changes(BEFORE, three_operations_and_a_field()) == [
        "added operation `DELETE /sessions/{id}` (Delete a session)",
        "added operation `GET /sessions` (List sessions)",
        "added operation `POST /sessions` (Create a session)",
        "model `Session`: added optional field `region` (string)",
    ]


def test_parameters_statuses_enums_and_required_fields_are_named_with_their_operation_or_model() -> None:
    after = copy.deepcopy(BEFORE)
    get = after["paths"]["/sessions/{id}"]["get"]
    get["parameters"] = [{"name": "expand", "in": "query", "schema": {"type": "boolean"}}]
    get["responses"]["404"] = {"description": "missing"}
    del get["responses"]["200"]
    session = after["components"]["schemas"]["Session"]
    session["properties"]["status"]["enum"] = ["active", "ended", "paused"]
    session["properties"]["id"] = {"type": "integer", "description": "documentation is not a change"}
    session["required"] = []
    assert describe_changes(BEFORE, after) == [
        "added optional query parameter `expand` to `GET /sessions/{id}`",
        "removed status 200 from `GET /sessions/{id}`",
        "added status 404 to `GET /sessions/{id}` (no body)",
        "model `Session`: field `id` is now optional",
        "model `Session`: field `id` type string -> integer",
        "model `Session`: field `status` allows 'paused'",
    ]


def test_documentation_and_extensions_alone_are_no_change_in_words() -> None:
    after = copy.deepcopy(BEFORE)
    after["paths"]["/sessions/{id}"]["get"]["summary"] = "Retrieve a session"
    after["components"]["schemas"]["Session"]["properties"]["id"]["x-python-name"] = "id"
    assert describe_changes(BEFORE, after) == []


def test_a_first_release_lists_its_operations_and_models_not_every_node() -> None:
    assert summarize_spec(three_operations_and_a_field()) == [
        "4 operations:",
        "",
        "- `GET /sessions/{id}`: Get a session",
        "- `DELETE /sessions/{id}`: Delete a session",
        "- `GET /sessions`: List sessions",
        "- `POST /sessions`: Create a session",
        "",
        "1 model: Session.",
    ]


# --- in the changelog entry -------------------------------------------------------------------------------------

EMOGG = load_manifest().clients["emogg"]


@pytest.fixture
def specs(monkeypatch: pytest.MonkeyPatch) -> dict[Path, Any]:
    """The resolved spec of each tree the changelog reads, without regenerating anything; redocly not installed."""
    trees: dict[Path, Any] = {Path("/before"): BEFORE, Path("/after"): three_operations_and_a_field()}
    monkeypatch.setattr(changelog, "resolved_spec", lambda name, root: copy.deepcopy(trees[root]))
    monkeypatch.delenv(REDOCLY_ENV, raising=False)
    return trees


def entry(baseline: Path | None, api: ApiDiff | None = None) -> str:
    released = Version("0.2.0") if baseline else None
    assessment = Assessment(EMOGG, "release tag emogg-v0.2.0" if baseline else "none", released, api=api or ApiDiff())
    return changelog.render_entry(assessment, "0.3.0", baseline, Path("/after"))


def test_the_entry_lists_the_added_operations_and_field_in_words_before_the_pointers(specs: dict[Path, Any]) -> None:
    text = entry(Path("/before"))
    spec = text[text.index("### Spec") : text.index("### API")]
    for sentence in describe_changes(BEFORE, specs[Path("/after")]):
        assert f"- {sentence}\n" in spec
    assert spec.index("added operation") < spec.index("Not rated") < spec.index("- added `#/paths/~1sessions`")
    assert "examples, descriptions or extensions" not in text


def test_a_first_release_entry_is_a_summary(specs: dict[Path, Any]) -> None:
    text = entry(None)
    assert "- `POST /sessions`: Create a session" in text and "1 model: Session." in text
    assert len(text.splitlines()) < 25


def test_many_added_api_names_are_grouped_by_module(specs: dict[Path, Any]) -> None:
    package = EMOGG.package
    added = [f"{package}.models.m{i}.Model{i}: added" for i in range(30)]
    added += [f"{package}.models.m{i}.Model{i}.to_dict: added" for i in range(30)]
    added += [f"{package}.Emogg: added", f"{package}.api.sessions.list_sessions.sync: added"]
    text = entry(Path("/before"), ApiDiff(added=added))
    api = text[text.index("### API") :].splitlines()
    assert api[2:] == [
        "- added: 62 public names, by module:",
        f"  - `{package}`: `Emogg`",
        f"  - `{package}.api`: `sessions`",
        f"  - `{package}.models`: "
        + ", ".join(f"`Model{i}`" for i in sorted(range(30), key=str)[:12])
        + " and 18 more",
    ]
