"""Builds: wheel and sdist per client, byte-identical from the same inputs, checked by twine."""

from __future__ import annotations

import datetime
import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from scripts.manifest import REPO_ROOT, load_manifest
from scripts.release.build import DEFAULT_EPOCH, artifact_names, build_client, source_date_epoch
from tests.release.workspace import git

CLIENTS = list(load_manifest().clients.values())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_two_builds_give_identical_wheels_and_sdists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    hashes = []
    for run, mtime in enumerate((1_000_000_000, 1_700_000_000)):
        root = tmp_path / f"checkout-{run}"  # another place, other file times: neither may reach the archives
        shutil.copytree(REPO_ROOT / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__"))
        for path in (root / "generated").rglob("*"):
            os.utime(path, (mtime, mtime))
        built = [f for c in CLIENTS for f in build_client(root, c, root / "dist", source_date_epoch(root, c))]
        hashes.append({f.name: sha256(f) for f in built})
    first, second = hashes
    assert sorted(first) == sorted(name for c in CLIENTS for name in artifact_names(c))
    assert first == second


@pytest.mark.slow
def test_archive_times_are_the_last_commit_of_the_client(released_repo: Path) -> None:
    """SOURCE_DATE_EPOCH comes from git: the time generated/NAME last changed, not the time of the build."""
    manifest = load_manifest(released_repo)
    for client in manifest.clients.values():
        committed = int(git(released_repo, "log", "-1", "--format=%ct", "--", f"generated/{client.name}"))
        assert source_date_epoch(released_repo, client) == committed != DEFAULT_EPOCH
        wheel = released_repo / "dist" / artifact_names(client)[0]
        with zipfile.ZipFile(wheel) as archive:
            stamps = {info.date_time for info in archive.infolist()}
        when = datetime.datetime.fromtimestamp(committed, tz=datetime.UTC)
        expected = (when.year, when.month, when.day, when.hour, when.minute, when.second - when.second % 2)
        assert stamps == {expected}


@pytest.mark.slow
def test_dist_holds_exactly_the_expected_files_and_twine_check_passes(released_repo: Path) -> None:
    dist = released_repo / "dist"
    expected = sorted(name for c in load_manifest(released_repo).clients.values() for name in artifact_names(c))
    assert sorted(p.name for p in dist.iterdir()) == expected
    check = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, sorted(dist.iterdir()))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count("PASSED") == len(expected)
