"""Builds: wheel and sdist per client, byte-identical from the same inputs, checked by twine."""

from __future__ import annotations

import datetime
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from scripts.manifest import load_manifest
from scripts.release.build import DEFAULT_EPOCH, SDIST_CHANGELOG, artifact_names, build_client, source_date_epoch
from scripts.release.changelog import changelog_path
from tests.release.workspace import git


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_a_build_elsewhere_gives_identical_wheels_and_sdists(
    released_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another place, other file times, no git: byte for byte what the release step built from the same inputs."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    root = tmp_path / "checkout"
    for folder in ("generated", "changelogs"):
        shutil.copytree(released_repo / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for path in root.rglob("*"):
        os.utime(path, (1_000_000_000, 1_000_000_000))
    clients = load_manifest(released_repo).clients.values()
    built = [f for c in clients for f in build_client(root, c, root / "dist", source_date_epoch(released_repo, c))]
    assert sorted(f.name for f in built) == sorted(name for c in clients for name in artifact_names(c))
    assert {f.name: sha256(f) for f in built} == {f.name: sha256(f) for f in (released_repo / "dist").iterdir()}


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


@pytest.mark.slow
def test_every_sdist_ships_its_client_changelog(released_repo: Path) -> None:
    for client in load_manifest(released_repo).clients.values():
        sdist = released_repo / "dist" / artifact_names(client)[1]
        with tarfile.open(sdist) as archive:
            member = archive.extractfile(f"{sdist.name.removesuffix('.tar.gz')}/{SDIST_CHANGELOG}")
            assert member is not None, f"{sdist.name} has no {SDIST_CHANGELOG}"
            assert member.read() == changelog_path(released_repo, client.name).read_bytes()
