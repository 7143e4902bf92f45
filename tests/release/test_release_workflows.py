"""The CI workflows cannot run here; they are parsed and held to their rules, and each rule is shown to fail."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path
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
    "a job without a timeout": (
        lambda t: t.replace("    timeout-minutes: 20\n", "", 1),
        "build: no `timeout-minutes`",
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
    assert {"push", "pull_request", "workflow_call", "schedule"} <= set(data["on"])
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


# --- CI: scheduled, cached, pre-releases apart, the HTTP stacks ---------------------------------------------------


def test_ci_also_runs_on_a_schedule() -> None:
    (schedule,) = workflow("ci.yml")["on"]["schedule"]
    _minute, _hour, day, month, weekday = schedule["cron"].split()
    assert (day, month) == ("*", "*") and weekday != "*", "weekly: often enough to meet new releases, not noisy"


@pytest.mark.parametrize("job", ["check", "tests", "http-stack"])
def test_every_ci_job_caches_its_downloads_keyed_by_the_locks(job: str) -> None:
    data = workflow("ci.yml")
    (cache,) = [s for n, s in steps(data) if n == job and str(s.get("uses", "")).startswith("actions/cache@")]
    assert {"~/.cache/pip", "~/.cache/uv"} <= set(cache["with"]["path"].split())
    assert "hashFiles('sessions-clients/requirements/*.txt')" in cache["with"]["key"]


def test_a_cpython_pre_release_cell_never_fails_the_run_or_blocks_a_release() -> None:
    tests = workflow("ci.yml")["jobs"]["tests"]
    matrix = tests["strategy"]["matrix"]
    assert matrix["prerelease"] == [False]
    pre = [cell for cell in matrix["include"] if cell.get("prerelease") is True]
    assert [cell["python"] for cell in pre] == [f"3.{int(declared_pythons()[-1].split('.')[1]) + 1}"]
    assert tests["continue-on-error"] == "${{ matrix.prerelease }}"
    (setup,) = [s for n, s in steps(workflow("ci.yml")) if n == "tests" and "setup-python" in str(s.get("uses"))]
    assert setup["with"]["allow-prereleases"] == "${{ matrix.prerelease }}"
    assert workflow("release.yml")["jobs"]["build"]["needs"] == "ci"  # ci's result: pre-release cell excluded


def test_the_clients_declare_a_classifier_for_every_python_the_ci_tests_and_no_other() -> None:
    text = (REPO_ROOT / "templates" / "pyproject.toml.jinja").read_text()
    assert re.findall(r'"Programming Language :: Python :: (3\.\d+)"', text) == declared_pythons()


def test_the_http_stack_cells_are_the_noxfile_stacks() -> None:
    cells = workflow("ci.yml")["jobs"]["http-stack"]["strategy"]["matrix"]["stack"]
    tree = ast.parse((REPO_ROOT / "noxfile.py").read_text())
    (stacks,) = [n.value for n in tree.body if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "HTTP_STACKS"]
    pins = ast.literal_eval(stacks)
    assert cells == list(pins)
    text = (REPO_ROOT / "templates" / "pyproject.toml.jinja").read_text()
    (low, high) = re.findall(r'"httpx>=(\d+\.\d+),<(\d+\.\d+)"', text)[0]
    assert pins["httpx-floor"].startswith(f"httpx=={low}.")
    newest = pins["httpx-newest"].removeprefix("httpx==")
    assert newest.startswith(f"0.{int(high.split('.')[1]) - 1}."), "the newest cell tests the newest allowed minor"
    assert pins["httpx2"].startswith("httpx2==")
    assert any("nox -s http_stack" in c for c in runs(workflow("ci.yml"), "http-stack"))


# --- dependency updates ------------------------------------------------------------------------------------------


def test_dependabot_updates_the_python_locks_the_npm_lock_and_the_actions() -> None:
    data = to_plain(load_yaml(REPO_ROOT / ".github" / "dependabot.yml"))
    assert data["version"] == 2
    updates = {(u["package-ecosystem"], u["directory"]) for u in data["updates"]}
    assert updates == {("pip", "/requirements"), ("npm", "/requirements/redocly"), ("github-actions", "/")}
    assert (REPO_ROOT / "requirements" / "redocly" / "package-lock.json").is_file()


# Where the repository uses each tool of requirements/dev.in: an import, a command or a plugin option.
DEV_TOOL_USES = {
    "openapi-python-client": "from openapi_python_client",
    "ruff": '"ruff", "check"',
    "mypy": '"mypy", "runtime"',
    "ruamel.yaml": "from ruamel.yaml",
    "jsonpath-rfc9535": "import jsonpath_rfc9535",
    "openapi-spec-validator": "from openapi_spec_validator",
    "jsonschema": "from jsonschema",
    "types-jsonschema": "from jsonschema",  # its stubs, for mypy --strict
    "yamllint": "from yamllint",
    "httpx": "import httpx",
    "attrs": "(httpx, attrs)",  # the clients' dependencies, from the lock: noxfile.py installs them --no-deps
    "pytest": "import pytest",
    "hypothesis": "from hypothesis",
    "schemathesis": "import schemathesis",
    "starlette": "from starlette",
    "uvicorn": "import uvicorn",
    "griffe": "import griffe",
    "build": '"-m", "build"',
    "twine": '"-m", "twine"',
    "pypiserver": '"-m", "pypiserver"',
    "hatchling": "hatchling==",
    "libpass": '"--passwords"',  # pypiserver reads the htpasswd file with it
    "pydantic": "from pydantic",
    "packaging": "from packaging",
    "msgspec": "import msgspec",
    "nox": "import nox",
    "pytest-xdist": '"-n", "auto"',
}


def test_every_dev_dependency_is_used_somewhere() -> None:
    lines = (REPO_ROOT / "requirements" / "dev.in").read_text().splitlines()
    names = [re.split(r"[=<>~!\[ ]", line, maxsplit=1)[0] for line in lines if line and not line.startswith("#")]
    assert sorted(names) == sorted(DEV_TOOL_USES), "list each tool of dev.in here, with where it is used"
    sources = [REPO_ROOT / "noxfile.py", *(REPO_ROOT / "scripts").rglob("*.py"), *(REPO_ROOT / "tests").rglob("*.py")]
    sources += [*(REPO_ROOT / "runtime").rglob("*.py"), *(REPO_ROOT / "generated").rglob("pyproject.toml")]
    text = "\n".join(p.read_text(encoding="utf-8") for p in sources if p != Path(__file__))
    unused = [name for name, use in DEV_TOOL_USES.items() if use not in text]
    assert unused == []
