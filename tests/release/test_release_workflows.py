"""The CI workflows cannot run here; they are parsed and held to their rules, and each rule is shown to fail."""

from __future__ import annotations

import ast
import re
import tomllib
from typing import Any

import pytest
from yamllint import linter
from yamllint.config import YamlLintConfig

from scripts.manifest import REPO_ROOT
from scripts.yamlio import load_yaml, loads_yaml, to_plain
from tests.release.workflow_rules import rule_problems, steps

WORKFLOWS = REPO_ROOT / ".github" / "workflows"
NAMES = sorted(path.name for path in WORKFLOWS.glob("*.yml"))
PUBLISH_ACTION = "pypa/gh-action-pypi-publish@"
PUBLISH_SHA = "ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e"  # v1.13.0


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


def runs(data: dict[str, Any], job: str | None = None) -> list[str]:
    return [step["run"] for name, step in steps(data) if "run" in step and job in (None, name)]


def uses(data: dict[str, Any], job: str) -> list[str]:
    return [str(step["uses"]) for name, step in steps(data) if "uses" in step and name == job]


def declared_pythons() -> list[str]:
    """Every minor version from the clients' requires-python floor up to the newest the CI matrix lists."""
    text = (REPO_ROOT / "templates" / "pyproject.toml.jinja").read_text()
    (floor,) = re.findall(r'requires-python = ">=3\.(\d+)"', text)
    matrix = workflow("ci.yml")["jobs"]["tests"]["strategy"]["matrix"]["python"]
    newest = max(int(v.split(".")[1]) for v in matrix)
    return [f"3.{minor}" for minor in range(int(floor), newest + 1)]


# --- every workflow ---------------------------------------------------------------------------------------------


def test_the_workflows_are_the_expected_three() -> None:
    assert NAMES == ["ci.yml", "regenerate.yml", "release.yml"]


@pytest.mark.parametrize("name", NAMES)
def test_workflow_is_clean_yaml_calling_existing_sessions(name: str) -> None:
    problems = list(linter.run((WORKFLOWS / name).read_text(), YamlLintConfig(file=str(REPO_ROOT / ".yamllint.yaml"))))
    assert problems == []
    called = {m for command in runs(workflow(name)) for m in re.findall(r"\bnox -s (\w+)", command)}
    assert called <= nox_sessions(), f"unknown sessions: {called - nox_sessions()}"


@pytest.mark.parametrize("name", NAMES)
def test_workflow_keeps_the_rules(name: str) -> None:
    assert rule_problems(workflow(name), (WORKFLOWS / name).read_text()) == []


@pytest.mark.parametrize("name", NAMES)
def test_bootstrap_installs_with_hashes(name: str) -> None:
    installs = [c for c in runs(workflow(name)) if "pip install" in c]
    assert all("--require-hashes -r requirements/bootstrap.txt" in c for c in installs), installs
    assert "--hash=sha256:" in (REPO_ROOT / "requirements" / "bootstrap.txt").read_text()
    assert "--hash=sha256:" in (REPO_ROOT / "requirements" / "dev.txt").read_text()
    assert '"--require-hashes", "-r", REQUIREMENTS' in (REPO_ROOT / "noxfile.py").read_text()


# --- each rule fails on a workflow that breaks it ---------------------------------------------------------------

BROKEN = {
    "unpinned action": (
        lambda t: t.replace("actions/setup-python@5fda3b95a4ea91299a34e894583c3862153e4b97", "actions/setup-python@v7"),
        "actions/setup-python@v7: not pinned by a full commit SHA",
    ),
    "the publish action on its tag": (
        lambda t: t.replace(f"{PUBLISH_ACTION}{PUBLISH_SHA}", f"{PUBLISH_ACTION}v1.13.0"),
        "pypa/gh-action-pypi-publish@v1.13.0: not pinned by a full commit SHA",
    ),
    "a SHA pin without its tag": (
        lambda t: t.replace(f"{PUBLISH_SHA} # v1.13.0", PUBLISH_SHA),
        "needs the tag it stands for",
    ),
    "persisted credentials": (
        lambda t: t.replace("persist-credentials: false\n", "persist-credentials: true\n", 1),
        "a checkout without `persist-credentials: false`",
    ),
    "expression in a shell step": (
        lambda t: t.replace('nox -s build -- "${GITHUB_REF_NAME%-v*}"', "nox -s build -- ${{ github.ref_name }}"),
        "`${{ }}` inside `run:`",
    ),
    "write permissions for every job": (
        lambda t: t.replace("permissions:\n  contents: read", "permissions:\n  contents: write", 1),
        "workflow permissions must be read-only at the top",
    ),
    "a stored credential": (
        lambda t: t.replace("attestations: true", "attestations: true\n          password: ${{ secrets.PYPI_TOKEN }}"),
        "a stored secret is used",
    ),
}


@pytest.mark.parametrize("breaking", sorted(BROKEN))
def test_a_workflow_that_breaks_a_rule_is_caught(breaking: str) -> None:
    edit, expected = BROKEN[breaking]
    text = edit((WORKFLOWS / "release.yml").read_text())
    assert text != (WORKFLOWS / "release.yml").read_text(), "the edit must apply"
    data = to_plain(loads_yaml(text, source="release.yml"))
    assert any(expected in problem for problem in rule_problems(data, text)), rule_problems(data, text)


# --- what each workflow does ------------------------------------------------------------------------------------


def test_every_push_and_pull_request_is_linted_checked_and_tested_on_every_declared_python() -> None:
    data = workflow("ci.yml")
    assert {"push", "pull_request", "workflow_call"} <= set(data["on"])
    assert data["on"]["push"] is None and data["on"]["pull_request"] is None  # every branch, every PR
    assert runs(data, "check")[-1].startswith("python -m nox -s check")  # lock, drift, spec tests, lint
    (check,) = [n for n in ast.parse((REPO_ROOT / "noxfile.py").read_text()).body if getattr(n, "name", "") == "check"]
    assert "session.notify('lint')" in ast.unparse(check)
    matrix = data["jobs"]["tests"]["strategy"]["matrix"]["python"]
    assert matrix == declared_pythons()
    assert runs(data, "tests")[-1].split()[0] == "sessions-clients/.ci/run"  # the README's test command


def test_spec_changes_regenerate_check_open_a_pull_request_and_test_it() -> None:
    data = workflow("regenerate.yml")
    assert sorted(data["on"]["push"]["paths"]) == ["overlays/**", "specs/**"]
    commands = runs(data)
    order = [next(i for i, c in enumerate(commands) if f"nox -s {s}" in c) for s in ("generate", "bump", "check")]
    assert order == sorted(order)
    assert any(u.startswith("peter-evans/create-pull-request@") for u in uses(data, "regenerate"))
    test = data["jobs"]["test"]
    assert test["uses"] == "./.github/workflows/ci.yml" and test["needs"] == "regenerate"
    assert test["with"]["ref"] == "${{ needs.regenerate.outputs.sha }}"


def test_tags_build_in_one_job_and_publish_in_another_after_the_tests() -> None:
    data = workflow("release.yml")
    assert data["on"]["push"]["tags"] == ["*-v*"]
    jobs = data["jobs"]
    assert jobs["ci"]["uses"] == "./.github/workflows/ci.yml"
    assert jobs["build"]["needs"] == "ci" and jobs["publish"]["needs"] == "build"
    assert any(c.startswith("python -m nox -s build") for c in runs(data, "build"))
    assert "id-token" not in jobs["build"].get("permissions", {})  # the job running project code mints no token

    publish = jobs["publish"]
    assert publish["permissions"] == {"id-token": "write"} and publish["environment"] == "pypi"
    assert runs(data, "publish") == []  # no project code where the token can be minted
    (action,) = [s for _, s in steps(data) if str(s.get("uses", "")).startswith(PUBLISH_ACTION)]
    assert action["with"].get("attestations") is True
    assert "password" not in action["with"] and "repository-url" not in action["with"]  # PyPI, trusted publishing


@pytest.mark.parametrize("name", NAMES)
def test_jobs_running_the_spec_tests_have_shared_beside_the_clone(name: str) -> None:
    """Under CI a skip for a missing ../shared fails the run, so every job running those tests checks it out."""
    data = workflow(name)
    for job in data["jobs"]:
        if any("nox -s check" in c or ".ci/run" in c for c in runs(data, job)):
            paths = {(s.get("with") or {}).get("path") for n, s in steps(data) if n == job and "uses" in s}
            assert {"sessions-clients", "shared"} <= paths, (job, paths)


def test_every_session_a_workflow_needs_exists() -> None:
    assert {"generate", "bump", "check", "build", "publish"} <= nox_sessions()


def test_the_lock_is_compiled_for_the_oldest_declared_python() -> None:
    header = (REPO_ROOT / "requirements" / "dev.txt").read_text().splitlines()[1]
    assert f"--python-version {declared_pythons()[0]}" in header and "--universal" in header
    assert tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]["requires-python"] == ">=3.11"
