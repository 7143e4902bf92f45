"""Which release a client is compared with: its tags, HEAD before the first release, or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.release.baseline import open_baseline
from tests.release.workspace import git


def tiny_repo(root: Path, version: str = "0.1.0") -> Path:
    (root / "generated" / "emogg").mkdir(parents=True)
    (root / "generated" / "emogg" / "pyproject.toml").write_text(f'version = "{version}"\n')
    (root / "clients.toml").write_text(f'[clients.emogg]\nversion = "{version}"\n')
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first")
    return root


def label(root: Path, current: str) -> str | None:
    with open_baseline(root, "emogg", current) as baseline:
        if baseline is None:
            return None
        assert (baseline.generated / "pyproject.toml").is_file()  # the tree at that ref, extracted
        return f"{baseline.label} @ {baseline.version}"


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        ("0.2.0", "release tag emogg-v0.2.0 @ 0.2.0"),  # the version itself was released
        ("0.3.0", "release tag emogg-v0.2.0 @ 0.2.0"),  # the next release follows the highest one below
        ("0.1.5", "release tag emogg-v0.1.4 @ 0.1.4"),  # a backport follows its own line
        ("0.0.9", "release tag emogg-v0.2.0 @ 0.2.0"),  # behind every release: compared with the newest
    ],
)
def test_release_tags_are_the_baseline(tmp_path: Path, current: str, expected: str) -> None:
    root = tiny_repo(tmp_path)
    for tag in ("emogg-v0.1.0", "emogg-v0.1.4", "emogg-v0.2.0", "emogg-vnot-a-version", "livepeer-v9.0.0"):
        git(root, "tag", tag)
    assert label(root, current) == expected


def test_before_the_first_release_head_is_the_baseline(tmp_path: Path) -> None:
    root = tiny_repo(tmp_path, version="0.3.0")
    (root / "clients.toml").write_text('[clients.emogg]\nversion = "0.4.0"\n')  # uncommitted: not the baseline
    assert label(root, "0.4.0") == "HEAD; no release tag emogg-v* yet @ 0.3.0"


def test_a_client_new_in_this_change_has_no_baseline(tmp_path: Path) -> None:
    root = tiny_repo(tmp_path)
    with open_baseline(root, "livepeer", "0.1.0") as baseline:
        assert baseline is None


def test_without_git_there_is_no_baseline(tmp_path: Path) -> None:
    assert label(tmp_path, "0.1.0") is None
