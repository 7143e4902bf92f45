"""The changelog's spec section: `redocly diff` verdicts (impact, rule id, sentence), or a message and pointers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from scripts.release.specdiff import REDOCLY_ENV, parse_report, rate_changes, render_verdicts

REQUIRED = "#/components/schemas/Session/required"
SESSION_SCHEMA = "#/paths/~1v1~1sessions~1{sessionId}/get/responses/200/content/application~1json/schema"


def verdict(rule: str, impact: str, message: str, pointer: str) -> dict[str, Any]:
    return {"ruleId": rule, "impact": impact, "message": message, "location": {"file": "r.json", "pointer": pointer}}


# The shape of a real `redocly diff --format json` report (@redocly/cli 2.77.0), trimmed.
REPORT = {
    "reportVersion": "1",
    "summary": {"major": 1, "minor": 1, "patch": 0},
    "bump": "major",
    "changes": [
        {"path": SESSION_SCHEMA + "/properties/region", "impact": "minor", "verdicts": [
            verdict("property-added", "minor", "Property `region` was added to `Session`.",
                    "#/components/schemas/Session/properties/region"),
        ]},
        {"path": SESSION_SCHEMA, "impact": "major", "verdicts": [
            verdict("required-properties-removed", "major",
                    "Properties of `Session` are no longer required: `duration`.", REQUIRED),
        ]},
        {"path": "#/paths/~1v1~1sessions/get/responses/200/content/application~1json/schema", "impact": "major",
         "verdicts": [verdict("required-properties-removed", "major",
                              "Properties of `Session` are no longer required: `duration`.", REQUIRED)]},
        {"path": SESSION_SCHEMA + "/description", "impact": "patch", "verdicts": []},
    ],
}  # fmt: skip


def test_verdicts_come_most_severe_first_once_each_with_rule_and_sentence() -> None:
    bump, verdicts = parse_report(REPORT)
    assert bump == "major"
    assert render_verdicts(bump, verdicts) == [
        "Rated by `redocly diff` (@redocly/cli, pinned): major.",
        "",
        f"- major `required-properties-removed`: Properties of `Session` are no longer required: `duration`. "
        f"(`{REQUIRED}`)",
        "- minor `property-added`: Property `region` was added to `Session`. "
        "(`#/components/schemas/Session/properties/region`)",
    ]


def test_without_the_pinned_redocly_the_rating_is_skipped_with_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(REDOCLY_ENV, raising=False)
    assert rate_changes({}, {}) == (
        "not rated: `redocly diff` runs inside `nox -s bump` when Node.js is installed ($REDOCLY unset)"
    )
    monkeypatch.setenv(REDOCLY_ENV, "/nonexistent/redocly")
    assert rate_changes({}, {}) == "not rated: $REDOCLY names /nonexistent/redocly, which does not exist"


def test_a_failing_redocly_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "redocly"
    fake.write_text("#!/bin/sh\necho 'boom: unsupported document' >&2\nexit 2\n")
    fake.chmod(0o755)
    monkeypatch.setenv(REDOCLY_ENV, str(fake))
    assert rate_changes({}, {}) == "not rated: `redocly diff` exited with 2 (boom: unsupported document)"


def pinned_redocly() -> str:
    """The redocly `nox -s bump` installs (.nox/redocly), if this checkout has it and Node.js is here."""
    path = os.environ.get(REDOCLY_ENV) or str(
        Path(__file__).resolve().parents[2] / ".nox/redocly/node_modules/.bin/redocly"
    )
    if shutil.which("node") is None or not Path(path).is_file():
        pytest.skip("needs Node.js and the pinned @redocly/cli (`nox -s bump` installs it into .nox/redocly)")
    return path


@pytest.mark.slow
def test_the_pinned_redocly_rates_a_removed_required_field_major(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(REDOCLY_ENV, pinned_redocly())
    schema = {"type": "object", "required": ["id", "duration"],
              "properties": {"id": {"type": "string"}, "duration": {"type": "number"}}}  # fmt: skip
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/s": {"get": {"responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}}}}}},
        "components": {"schemas": {"Session": schema}},
    }  # fmt: skip
    changed: Any = {**document, "components": {"schemas": {"Session": {
        "type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}}}}  # fmt: skip
    rated = rate_changes(document, changed)
    assert not isinstance(rated, str), rated
    bump, verdicts = rated
    assert bump == "major"
    assert any(v.impact == "major" and "duration" in v.message for v in verdicts), verdicts
