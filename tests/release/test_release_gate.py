"""The breaking-change gate, end to end: a vendor removes a field; the build refuses until the version says so.

Each case is a git repository (a copy of this one) whose emogg client was released (tagged) at some version.
The spec then loses `Session.duration`; the real commands run (in this process, for speed): regenerate,
build, bump, build.
"""

from __future__ import annotations

import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scripts.manifest import load_manifest
from scripts.regenerate import regenerate
from scripts.release import build, bump
from scripts.release.specdiff import REDOCLY_ENV
from tests.release.workspace import CommandLine, edit_yaml, git

Released = Callable[[Path, str], Path]


def remove_duration(spec: Any) -> None:
    session = spec["components"]["schemas"]["Session"]
    del session["properties"]["duration"]
    session["required"].remove("duration")


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.glob("*")} if folder.exists() else {}


def built(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "dist").glob("*")) if (root / "dist").exists() else []


def release_without_duration(emogg_release: Released, dest: Path, released: str) -> Path:
    """emogg released at `released`, then its spec loses `Session.duration` and the client is regenerated."""
    root = emogg_release(dest, released)
    edit_yaml(root / "specs" / "emogg.yaml", remove_duration)
    regenerate(["emogg"], root=root)
    return root


def refused_at(run: CommandLine, root: Path, version: str) -> str:
    """Set emogg's version, regenerate, build: the gate refuses, nothing is built; its message."""
    bump.set_manifest_version(root / "clients.toml", "emogg", version)
    regenerate(["emogg"], root=root)
    code, _, err = run(build.main, "emogg", root=root)
    assert code == 1
    assert f"emogg: refused: {version}" in err
    assert built(root) == []
    return err


@pytest.mark.slow
def test_removed_field_needs_a_major_bump(
    tmp_path: Path, run: CommandLine, emogg_release: Released, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The maintainer's whole loop: refused, refused again after too small a bump, bumped, built."""
    monkeypatch.delenv(REDOCLY_ENV, raising=False)  # the spec section as JSON pointers (test_release_specdiff: rated)
    root = release_without_duration(emogg_release, tmp_path / "repo", "1.4.2")

    code, _, err = run(build.main, "emogg", root=root)
    assert code == 1
    assert "emogg: refused: 1.4.2, baseline 1.4.2 (release tag emogg-v1.4.2)" in err
    assert "breaking: emogg_sessions_client.models.session.Session.duration: Public object was removed" in err
    assert "(it proposes 2.0.0)" in err
    assert built(root) == []

    refused_at(run, root, "1.5.0")  # a bump, but not the one a break needs

    code, out, err = run(bump.main, "emogg", root=root)
    assert code == 0, err
    assert "emogg: 1.5.0 -> 2.0.0" in out  # proposed from the release, not from the manifest
    assert load_manifest(root).clients["emogg"].version == "2.0.0"
    changelog = (root / "changelogs" / "emogg.md").read_text()
    assert "## 2.0.0\n" in changelog
    assert "Not rated: `redocly diff` runs inside `nox -s bump`" in changelog
    assert "- removed `#/components/schemas/Session/properties/duration`" in changelog
    assert "- removed 'duration' from `#/components/schemas/Session/required`" in changelog
    assert "- breaking: `emogg_sessions_client.models.session.Session.duration`: Public object was removed" in changelog

    code, out, err = run(build.main, "emogg", root=root)
    assert code == 0, err
    assert "emogg: ok: 2.0.0, baseline 1.4.2" in out
    assert built(root) == ["emogg_sessions_client-2.0.0-py3-none-any.whl", "emogg_sessions_client-2.0.0.tar.gz"]
    with tarfile.open(root / "dist" / "emogg_sessions_client-2.0.0.tar.gz") as sdist:
        shipped = sdist.extractfile("emogg_sessions_client-2.0.0/CHANGELOG.md")
        assert shipped is not None and shipped.read().decode() == changelog  # the changelog ships in the sdist


@pytest.mark.slow
def test_in_0x_a_removed_field_needs_the_next_minor_and_a_patch_is_refused(
    tmp_path: Path, run: CommandLine, emogg_release: Released
) -> None:
    """0.x end to end: the gate proposes 0.2.0 and refuses 0.1.1 (bump and build after it: the test above)."""
    root = release_without_duration(emogg_release, tmp_path / "repo", "0.1.0")
    code, _, err = run(build.main, "emogg", root=root)
    assert code == 1
    assert "emogg: refused: 0.1.0, baseline 0.1.0 (release tag emogg-v0.1.0)" in err
    assert "(it proposes 0.2.0)" in err
    assert "(it proposes 0.2.0)" in refused_at(run, root, "0.1.1")


@pytest.mark.slow
def test_an_added_optional_field_proposes_a_minor_bump(
    tmp_path: Path, run: CommandLine, emogg_release: Released
) -> None:
    root = emogg_release(tmp_path / "repo", "1.4.2")

    def add_field(spec: Any) -> None:
        spec["components"]["schemas"]["Session"]["properties"]["region"] = {"type": "string"}

    edit_yaml(root / "specs" / "emogg.yaml", add_field)
    changelogs = contents(root / "changelogs")
    code, out, err = run(bump.main, "--dry-run", "emogg", root=root)
    assert code == 0, err
    assert "emogg: 1.4.2 -> 1.5.0" in out
    assert "an API addition bumps the minor version" in out
    assert load_manifest(root).clients["emogg"].version == "1.4.2"  # a dry run writes nothing
    assert contents(root / "changelogs") == changelogs


@pytest.mark.slow
def test_bump_leaves_an_unchanged_client_alone(tmp_path: Path, run: CommandLine, emogg_release: Released) -> None:
    root = emogg_release(tmp_path / "repo", "1.4.2")
    code, out, err = run(bump.main, "emogg", root=root)
    assert code == 0, err
    assert "emogg: stays 1.4.2 (baseline 1.4.2 (release tag emogg-v1.4.2): no change" in out
    assert git(root, "status", "--porcelain") == ""
