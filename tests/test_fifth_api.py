"""Adding an API is a spec, an overlay and a manifest entry: the manifest-parametrized suites then run for it.

A copy of the whole checkout (scripts and tests included, so that the copy's manifest is the one they read) gets
the made-up API of tests/fixtures/paging-api, regenerates it and its README operations table, and runs the suites
that follow the manifest over itself: they pass, and the new API's parameter ids are among the tests collected.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.manifest import REPO_ROOT
from scripts.regenerate import STRAY
from tests.release.workspace import copy_repo
from tests.test_fixture_paging_api import ENTRY, FIXTURE, NAME

pytestmark = pytest.mark.slow  # regenerates and runs pytest over a copy in subprocesses

# The suites meant to run for every client of the manifest.
MANIFEST_SUITES = (
    "tests/test_specs.py",
    "tests/test_mock.py",
    "tests/test_mock_served.py",
    "tests/test_generated_clients.py",
    "tests/test_operations_table.py",
    "tests/release/test_release_api_snapshot.py",
)


def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python ARGS` inside the copy, importing the copy's scripts/ and tests/ and its new client."""
    path = os.pathsep.join([str(repo), str(repo / "generated" / NAME)])
    env = {**os.environ, "PYTHONPATH": path}
    return subprocess.run([sys.executable, *args], cwd=repo, capture_output=True, text=True, check=False, env=env)


def test_a_new_manifest_entry_turns_the_parametrized_suites_on_for_it(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "checkout")
    for folder in ("scripts", "tests", "runtime", "signatures"):
        shutil.copytree(REPO_ROOT / folder, repo / folder, ignore=shutil.ignore_patterns(*STRAY, "__pycache__"))
    for name in ("pyproject.toml", "README.md", ".yamllint.yaml"):
        shutil.copy2(REPO_ROOT / name, repo / name)
    # The README's steps: the spec, the overlay, the manifest entry, then generate, signatures and the table.
    shutil.copy(FIXTURE / "spec.yaml", repo / "specs" / f"{NAME}.yaml")
    overlay = (FIXTURE / "overlay.yaml").read_text().replace("extends: spec.yaml", f"extends: ../specs/{NAME}.yaml")
    (repo / "overlays" / f"{NAME}.yaml").write_text(overlay)
    with (repo / "clients.toml").open("a") as manifest:
        manifest.write(ENTRY)
    steps = (  # `nox -s generate -- NAME`, `nox -s signatures -- NAME`, the operations table
        ["-m", "scripts.regenerate", NAME],
        ["-m", "scripts.release.api", "--update", NAME],
        ["-m", "scripts.operations", "--write"],
    )
    for step in steps:
        done = run(repo, *step)
        assert done.returncode == 0, done.stderr

    selected = ["-k", f"{NAME} or {NAME.replace('-', '_')} or operation"]
    collected = run(repo, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--collect-only", *MANIFEST_SUITES)
    assert collected.returncode == 0, collected.stdout[-2000:]
    ids = [line for line in collected.stdout.splitlines() if re.search(rf"\[[^\]]*{NAME}", line)]
    assert {line.split("::")[0] for line in ids} == set(MANIFEST_SUITES) - {"tests/test_operations_table.py"}

    result = run(repo, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", *selected, *MANIFEST_SUITES)
    assert result.returncode == 0, result.stdout[-4000:]
