"""clients.lock: written by regeneration, checked by hashing alone, naming whatever went out of date."""

from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path

import pytest

import scripts.lock
from scripts.lock import LOCK_NAME, check_lock, file_digest, read_lock
from scripts.manifest import GENERATOR, REPO_ROOT, load_manifest
from scripts.regenerate import regenerate
from scripts.release.bump import set_manifest_version
from tests.release.workspace import copy_repo


@pytest.fixture
def locked_repo(regenerated_repo: Path) -> Path:
    """The run's regeneration of every client: clients.lock as regeneration writes it (read only)."""
    return regenerated_repo


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of this checkout's workflow files: its committed clients.lock is up to date (the first test)."""
    return copy_repo(tmp_path / "repo")


def test_the_committed_lock_matches_the_working_tree() -> None:
    assert check_lock(root=REPO_ROOT) == []


def test_regeneration_records_digests_generator_and_version(locked_repo: Path) -> None:
    data = tomllib.loads((locked_repo / LOCK_NAME).read_text())
    entry = data["clients"]["emogg"]
    manifest = load_manifest(locked_repo)
    assert entry["version"] == manifest.clients["emogg"].version
    assert entry["generator"] == manifest.generator_version == "0.29.1"
    assert list(entry["inputs"]) == [
        "specs/emogg.yaml",
        "overlays/emogg.yaml",
        "config/openapi-python-client.yaml",
        "templates",
        "scripts/generator.py",
        "scripts/viewmodel.py",
        "scripts/vocabulary.py",
        "scripts/envnames.py",
        "runtime",
        "LICENSE",
    ]
    assert all(value.startswith("sha256:") and len(value) == 71 for value in entry["inputs"].values())
    assert entry["inputs"]["scripts/generator.py"] == file_digest(GENERATOR)
    assert check_lock(["emogg"], root=locked_repo) == []


def test_check_passes_when_nothing_changed_and_starts_no_process(
    locked_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The check only hashes files: no generator runs (its speed is a benchmark, `nox -s bench`)."""

    def no_process(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"the lock check started a process: {args[0]!r}")

    monkeypatch.setattr(subprocess, "Popen", no_process)
    assert scripts.lock.main(["--root", str(locked_repo), "emogg"]) == 0, capsys.readouterr().err


def test_a_changed_spec_is_named(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = repo / "specs" / "emogg.yaml"
    spec.write_text(spec.read_text() + "\n# a vendor edit\n")
    assert scripts.lock.main(["--root", str(repo), "emogg"]) == 1
    err = capsys.readouterr().err
    assert "clients.lock: emogg: specs/emogg.yaml changed since generation" in err
    assert "run `nox -s generate`" in err


def test_a_changed_template_is_named(repo: Path) -> None:
    template = next((repo / "templates").glob("*.jinja"))
    template.write_text(template.read_text() + "{# edit #}\n")
    assert check_lock(["emogg"], root=repo) == ["clients.lock: emogg: templates changed since generation"]


def test_a_changed_licence_is_named(repo: Path) -> None:
    """Every distribution ships LICENSE: a new licence text needs a regeneration like a new spec."""
    (repo / "LICENSE").write_text((repo / "LICENSE").read_text() + "\nAn added clause.\n")
    assert check_lock(["emogg"], root=repo) == ["clients.lock: emogg: LICENSE changed since generation"]
    (repo / "LICENSE").unlink()
    assert check_lock(["emogg"], root=repo) == ["clients.lock: emogg: LICENSE is missing"]


def test_output_of_another_generator_wrapper_is_named(repo: Path) -> None:
    """scripts/generator.py shapes the output (names, README examples, the SDK files): a lock written with another
    version of it is out of date. This checkout's wrapper cannot change under a test, so the lock's record does."""
    lock = repo / LOCK_NAME
    recorded = f'"scripts/generator.py" = "{file_digest(GENERATOR)}"'
    assert recorded in lock.read_text()
    lock.write_text(lock.read_text().replace(recorded, f'"scripts/generator.py" = "sha256:{"0" * 64}"'))
    problems = check_lock(root=repo)
    assert problems == [
        f"clients.lock: {name}: scripts/generator.py changed since generation" for name in read_lock(repo)
    ]


def test_a_hand_edit_in_generated_is_named(repo: Path) -> None:
    model = repo / "generated" / "emogg" / "emogg_sessions_client" / "models" / "session.py"
    model.write_text(model.read_text() + "# hand edit\n")
    assert check_lock(["emogg"], root=repo) == [
        "clients.lock: emogg: generated/emogg differs from what was generated (edited by hand?)"
    ]


def test_a_version_bumped_without_regenerating_is_named(repo: Path) -> None:
    old = load_manifest(repo).clients["emogg"].version
    set_manifest_version(repo / "clients.toml", "emogg", "9.9.9")
    assert check_lock(["emogg"], root=repo) == [f"clients.lock: emogg: generated as {old}, the manifest says 9.9.9"]


@pytest.mark.slow  # regenerates emogg
def test_regenerating_one_client_keeps_the_others(repo: Path) -> None:
    spec = repo / "specs" / "emogg.yaml"
    spec.write_text(spec.read_text() + "\n# a vendor edit\n")
    before = read_lock(repo)
    regenerate(["emogg"], root=repo)
    after = read_lock(repo)
    assert list(after) == list(load_manifest(repo).clients)
    assert after["emogg"] != before["emogg"]
    assert {n: e for n, e in after.items() if n != "emogg"} == {n: e for n, e in before.items() if n != "emogg"}
