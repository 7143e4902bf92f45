"""Regeneration against its neighbours, in-process and without the generator: a concurrent run waits for the lock on
generated/, a live run's staging folder is locked against any recovery, and an oversized input is one line.

The generator's runs are replaced by `fake_build`, which records what it saw and stops the run with an InputError
(so nothing is swapped in): what is under test is what happens around the build.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from shutil import ignore_patterns
from typing import Any

import pytest

import scripts.regenerate
from scripts.errors import InputError
from scripts.manifest import REPO_ROOT, Client, Manifest, load_manifest
from scripts.regenerate import MAX_INPUT_BYTES, STRAY, recover, regenerate

STOP = InputError("fake build", None, "stopped before the swap")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The inputs a regeneration reads before its build, and a generated/ holding one client (copy_repo's full
    copy costs a second per test)."""
    for name in ("clients.toml", "LICENSE", "specs", "overlays", "config", "templates"):
        source = REPO_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, tmp_path / name)
    shutil.copytree(REPO_ROOT / "generated" / "emogg", tmp_path / "generated" / "emogg", ignore=ignore_patterns(*STRAY))
    return tmp_path


def fake_build(monkeypatch: pytest.MonkeyPatch, during: Callable[[Manifest, Path], None]) -> list[Path]:
    """Replace the generator's runs by `during(manifest, staging)`; return the staging folders builds ran in."""
    seen: list[Path] = []

    def build(manifest: Manifest, clients: Sequence[Client], dest: Path, **kwargs: Any) -> None:
        staging = dest.parent
        seen.append(staging)
        during(manifest, staging)
        raise STOP

    monkeypatch.setattr(scripts.regenerate, "build_clients", build)
    return seen


def hold_the_regeneration_lock(root: Path) -> int:
    """What a running regeneration holds: an flock on generated/ (the caller closes the descriptor to release it)."""
    folder = os.open(root / "generated", os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(folder, fcntl.LOCK_EX)
    return folder


def test_a_regeneration_waits_for_a_running_one_and_says_so(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds = fake_build(monkeypatch, lambda manifest, staging: None)
    waiting = threading.Event()
    monkeypatch.setattr(scripts.regenerate, "_waiting", lambda manifest: waiting.set())
    outcome: list[BaseException] = []

    def second_run() -> None:
        try:
            regenerate(["emogg"], root=repo)
        except InputError as error:
            outcome.append(error)

    running = hold_the_regeneration_lock(repo)
    thread = threading.Thread(target=second_run)
    try:
        thread.start()
        assert waiting.wait(60), "the second run never said it waits"
        assert builds == []  # it waits before its recovery, before it creates a staging folder
    finally:
        os.close(running)  # the first run ends
    thread.join(60)
    assert outcome == [STOP] and len(builds) == 1  # then it runs


def test_the_waiting_line_names_generated(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scripts.regenerate._waiting(load_manifest(repo))
    assert capsys.readouterr().err == (
        f"{repo / 'generated'}: another regeneration is in progress; waiting for it to finish\n"
    )


def test_a_regeneration_locks_its_staging_folder_while_it_builds(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """So that a recovery (another run's, or one that does not take the lock on generated/) never removes it."""
    found: list[str] = []

    def during(manifest: Manifest, staging: Path) -> None:
        with open(staging / ".owner") as owner:
            try:
                fcntl.flock(owner, fcntl.LOCK_EX | fcntl.LOCK_NB)
                found.append("unlocked")
            except BlockingIOError:
                found.append("locked")
        recover(manifest)
        found.append("kept" if staging.is_dir() else "removed")

    builds = fake_build(monkeypatch, during)
    with pytest.raises(InputError):
        regenerate(["emogg"], root=repo)
    assert found == ["locked", "kept"]
    assert not builds[0].exists()  # and removed once the run is over


@pytest.mark.parametrize("file", ["specs/emogg.yaml", "overlays/emogg.yaml"])
def test_an_input_larger_than_the_bound_is_one_line_naming_it_before_it_is_read(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], file: str
) -> None:
    path = repo / file
    with open(path, "a") as handle:
        handle.write("#" * MAX_INPUT_BYTES + "\n")  # a YAML comment: valid, only too big
    size = path.stat().st_size

    def read(*args: Any) -> None:
        raise AssertionError("an oversized input was read")

    monkeypatch.setattr(scripts.regenerate, "resolved_document", read)
    monkeypatch.chdir(repo)
    before = sorted(p.name for p in (repo / "generated").iterdir())
    assert scripts.regenerate.main(["--root", str(repo), "emogg"]) == 1
    assert capsys.readouterr().err == (
        f"error: {file}: {size:,} bytes, more than the {MAX_INPUT_BYTES:,} a spec or overlay may have (generating "
        "takes longer the more text it renders); split it or shorten its descriptions\n"
    )
    assert sorted(p.name for p in (repo / "generated").iterdir()) == before


def test_an_input_at_the_bound_is_read(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = repo / "specs" / "emogg.yaml"
    with open(path, "a") as handle:
        handle.write("#" * (MAX_INPUT_BYTES - path.stat().st_size - 1) + "\n")
    assert path.stat().st_size == MAX_INPUT_BYTES

    def read(*args: Any) -> None:
        raise STOP  # it got as far as reading: the bound let it through

    monkeypatch.setattr(scripts.regenerate, "resolved_document", read)
    with pytest.raises(InputError) as raised:
        regenerate(["emogg"], root=repo)
    assert raised.value is STOP
