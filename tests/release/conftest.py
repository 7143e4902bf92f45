"""Fixtures for the release tests: a released repository copy with its dist/, an index, dependency wheels."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scripts.manifest import load_manifest
from scripts.regenerate import regenerate
from scripts.release.build import build_dists
from scripts.release.bump import set_manifest_version
from scripts.release.changelog import changelog_path
from tests.release.workspace import CommandLine, Index, copy_repo, git, serve_index

UPLOADER = "uploader"
PASSWORD = "s3cret-upload-token-7f1e"  # the test index's password: it must never show in any output


@pytest.fixture(scope="session")
def released_repo(regenerated_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of this repository, regenerated, committed, and built into dist/ by the real build step.

    Every client has a changelog (a placeholder where the repository has none yet), so the build ships it.
    """
    root = Path(shutil.copytree(regenerated_repo, tmp_path_factory.mktemp("released") / "repo"))
    for name in load_manifest(root).clients:
        changelog = changelog_path(root, name)
        if not changelog.is_file():
            changelog.parent.mkdir(exist_ok=True)
            changelog.write_text(f"# Changelog: {name}\n\n## placeholder written by the release tests\n")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "release")
    build_dists(root=root)
    return root


@pytest.fixture(scope="session")
def emogg_release(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path, str], Path]:
    """`emogg_release(dest, version)`: a git repository (a copy of this one) whose emogg client was released
    (committed and tagged emogg-vVERSION) at `version`, copied to `dest`. Each version is regenerated once per run.
    """
    made: dict[str, Path] = {}

    def released_at(dest: Path, version: str) -> Path:
        if version not in made:
            root = copy_repo(tmp_path_factory.mktemp(f"emogg-{version}") / "repo")
            set_manifest_version(root / "clients.toml", "emogg", version)
            regenerate(["emogg"], root=root)
            git(root, "init", "-q")
            git(root, "add", "-A")
            git(root, "commit", "-q", "-m", f"emogg {version}")
            git(root, "tag", f"emogg-v{version}")
            made[version] = root
        return Path(shutil.copytree(made[version], dest))

    return released_at


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


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> CommandLine:
    """Run a command's main() on a repository; return its exit code, stdout and stderr."""

    def run_main(main: Callable[[list[str]], int], *args: str, root: Path) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--root", str(root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run_main
