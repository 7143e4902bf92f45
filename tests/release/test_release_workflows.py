"""The CI workflows cannot run here; they must at least parse, trigger on the right events and call real sessions."""

from __future__ import annotations

import ast
import re
from typing import Any

import pytest
from yamllint import linter
from yamllint.config import YamlLintConfig

from scripts.manifest import REPO_ROOT
from scripts.yamlio import load_yaml, to_plain

WORKFLOWS = REPO_ROOT / ".github" / "workflows"


def nox_sessions() -> set[str]:
    """Functions decorated with @nox.session in noxfile.py."""
    tree = ast.parse((REPO_ROOT / "noxfile.py").read_text())
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        and any("nox.session" in ast.unparse(decorator) for decorator in node.decorator_list)
    }


def workflow(name: str) -> dict[str, Any]:
    data = to_plain(load_yaml(WORKFLOWS / name))
    assert isinstance(data, dict)
    return data


def runs(data: dict[str, Any]) -> list[str]:
    return [step["run"] for job in data["jobs"].values() for step in job["steps"] if "run" in step]


@pytest.mark.parametrize("name", ["regenerate.yml", "release.yml"])
def test_workflow_is_clean_yaml_calling_existing_sessions(name: str) -> None:
    problems = list(linter.run((WORKFLOWS / name).read_text(), YamlLintConfig(file=str(REPO_ROOT / ".yamllint.yaml"))))
    assert problems == []
    called = {m for command in runs(workflow(name)) for m in re.findall(r"\bnox -s (\w+)", command)}
    assert called, "a workflow that calls no nox session duplicates logic"
    assert called <= nox_sessions(), f"unknown sessions: {called - nox_sessions()}"


def test_spec_changes_regenerate_check_and_open_a_pull_request() -> None:
    data = workflow("regenerate.yml")
    assert sorted(data["on"]["push"]["paths"]) == ["overlays/**", "specs/**"]
    commands = runs(data)
    assert commands.index("nox -s generate") < commands.index("nox -s bump") < commands.index("nox -s check")
    steps = data["jobs"]["regenerate"]["steps"]
    assert any(str(step.get("uses", "")).startswith("peter-evans/create-pull-request@") for step in steps)


def test_tags_build_and_publish_with_trusted_publishing() -> None:
    data = workflow("release.yml")
    assert data["on"]["push"]["tags"] == ["*-v*"]
    job = data["jobs"]["publish"]
    assert job["permissions"]["id-token"] == "write"
    commands = runs(data)
    build = next(i for i, c in enumerate(commands) if c.startswith("nox -s build"))
    publish = next(i for i, c in enumerate(commands) if c.startswith("nox -s publish"))
    assert build < publish
    assert "--tag" in commands[publish] and "https://upload.pypi.org/legacy/" in commands[publish]
    text = (WORKFLOWS / "release.yml").read_text()
    assert "secrets." not in text and "TWINE_PASSWORD" not in text  # no stored credential


def test_every_session_a_workflow_needs_exists() -> None:
    assert {"generate", "bump", "check", "build", "publish"} <= nox_sessions()
