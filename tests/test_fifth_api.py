"""Adding an API is a spec, an overlay and a manifest entry: the manifest-parametrized suites then run for it.

A copy of the whole checkout (scripts and tests included, so that the copy's manifest is the one they read) gets
every fixture API of tests/fixtures (tests/fixture_apis.py) the README's way: its spec in specs/, its overlay in
overlays/, its entry in clients.toml; it regenerates them, their signatures and the README operations table, and
runs the suites that follow the manifest over itself: they pass, and each new API's parameter ids are among the
tests collected.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixture_apis import fixture_apis, runnable_copy

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


APIS = fixture_apis()


def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python ARGS` inside the copy, importing the copy's scripts/ and tests/ and the new clients."""
    path = os.pathsep.join([str(repo), *(str(repo / "generated" / api.name) for api in APIS)])
    env = {**os.environ, "PYTHONPATH": path}
    return subprocess.run([sys.executable, *args], cwd=repo, capture_output=True, text=True, check=False, env=env)


def test_a_new_manifest_entry_turns_the_parametrized_suites_on_for_it(tmp_path: Path) -> None:
    repo = runnable_copy(tmp_path / "checkout")
    # The README's steps: the spec, the overlay, the manifest entry, then generate, signatures and the table.
    for api in APIS:
        (overlay,) = api.overlays
        spec, overlaid = f"specs/{api.name}.yaml", f"overlays/{api.name}.yaml"
        (repo / spec).write_bytes(api.spec.read_bytes())
        text = overlay.read_text(encoding="utf-8").replace(f"extends: {api.spec.name}", f"extends: ../{spec}")
        (repo / overlaid).write_text(text, encoding="utf-8")
        with (repo / "clients.toml").open("a", encoding="utf-8") as manifest:
            manifest.write(api.manifest_table(spec=spec, overlays=[overlaid]))
    names = [api.name for api in APIS]
    steps = (  # `nox -s generate -- NAME ...`, `nox -s signatures -- NAME ...`, the operations table
        ["-m", "scripts.regenerate", *names],
        ["-m", "scripts.release.api", "--update", *names],
        ["-m", "scripts.operations", "--write"],
    )
    for step in steps:
        done = run(repo, *step)
        assert done.returncode == 0, done.stderr

    collected = run(repo, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--collect-only", *MANIFEST_SUITES)
    assert collected.returncode == 0, collected.stdout[-2000:]
    for name in names:
        ids = [line for line in collected.stdout.splitlines() if re.search(rf"\[[^\]]*{name}", line)]
        assert {line.split("::")[0] for line in ids} == set(MANIFEST_SUITES) - {"tests/test_operations_table.py"}

    selected = ["-k", " or ".join([*(f"{n} or {n.replace('-', '_')}" for n in names), "operation"])]
    result = run(repo, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", *selected, *MANIFEST_SUITES)
    assert result.returncode == 0, result.stdout[-4000:]
