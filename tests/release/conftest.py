"""Fixtures for the release tests: a released repository copy with its dist/, an index, dependency wheels."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.regenerate import regenerate
from scripts.release.build import build_dists
from tests.release.workspace import Index, copy_repo, git, serve_index

UPLOADER = "uploader"
PASSWORD = "s3cret-upload-token-7f1e"  # the test index's password: it must never show in any output


@pytest.fixture(scope="session")
def released_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of this repository, regenerated, committed, and built into dist/ by the real build step."""
    root = copy_repo(tmp_path_factory.mktemp("released") / "repo")
    regenerate(root=root)  # generated/ and clients.lock as the current templates make them
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "release")
    build_dists(root=root)
    return root


@pytest.fixture
def index(tmp_path: Path) -> Iterator[Index]:
    with serve_index(tmp_path / "index", {UPLOADER: PASSWORD}) as served:
        yield served


@pytest.fixture(scope="session")
def dependency_wheels(pytestconfig: pytest.Config) -> Path:
    """Wheels of the clients' dependencies (the versions tested here), kept in pytest's cache between runs.

    The first run downloads them with pip (PyPI or pip's cache); later runs find them all locally.
    """
    assert pytestconfig.cache is not None
    folder = pytestconfig.cache.mkdir("release-dependency-wheels")
    wanted = [f"{name}=={importlib.metadata.version(name)}" for name in ("httpx", "attrs")]
    base = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "--quiet", "--only-binary=:all:"]
    base += ["--dest", str(folder)]
    offline = subprocess.run([*base, "--no-index", "--find-links", str(folder), *wanted], capture_output=True)
    if offline.returncode != 0:
        subprocess.run([*base, *wanted], capture_output=True, check=True)
    return folder
