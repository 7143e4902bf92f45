"""Publishing to a local index, as the README describes it: a pypiserver on this machine that takes uploads from
anyone, and `nox -s publish -- --repository-url http://127.0.0.1:PORT/` with no credentials anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.manifest import REPO_ROOT, load_manifest
from scripts.release import publish as publishing
from scripts.release.build import DEFAULT_EPOCH, build_client
from tests.release.workspace import serve_index

CLIENT = load_manifest().clients["emogg"]


@pytest.mark.parametrize(
    ("url", "environment", "expected"),
    [
        ("http://127.0.0.1:8080/", {}, publishing._PLACEHOLDER_CREDENTIALS),
        ("http://localhost:8080/", {}, publishing._PLACEHOLDER_CREDENTIALS),
        ("http://[::1]:8080/", {}, publishing._PLACEHOLDER_CREDENTIALS),
        ("http://127.0.0.1:8080/", {"TWINE_USERNAME": "me"}, {}),
        ("http://127.0.0.1:8080/", {"TWINE_PASSWORD": "secret"}, {}),
        ("https://upload.pypi.org/legacy/", {}, {}),
        ("https://index.example/", {}, {}),
    ],
    ids=["loopback", "localhost", "ipv6 loopback", "own username", "own password", "pypi", "remote index"],
)
def test_only_a_local_index_without_credentials_in_the_environment_gets_placeholders(
    url: str, environment: dict[str, str], expected: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("TWINE_USERNAME", "TWINE_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert publishing._local_index_credentials(url) == expected


@pytest.mark.slow  # builds, serves an index on loopback, runs twine
def test_publishing_to_an_open_local_index_needs_no_credentials(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build_client(REPO_ROOT, CLIENT, dist, DEFAULT_EPOCH)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWINE_", "PYTHON"))}
    with serve_index(tmp_path / "index", {}) as index:
        result = subprocess.run(
            [sys.executable, "-m", "scripts.release.publish", CLIENT.name, "--dist", str(dist),
             "--repository-url", index.url],
            cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False,
            timeout=300,
        )  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr
        assert f"uploaded 2 files to {index.url}" in result.stdout
        assert sorted(p.name for p in index.packages.iterdir()) == sorted(p.name for p in dist.iterdir())
