"""Crash safety of regeneration: a kill -9 at any step leaves nothing that the next run does not repair.

Each test regenerates two clients whose specs changed (so old and new output differ) and kills the real process
with SIGKILL at a named step (`SESSIONS_CLIENTS_CRASH_AT`, see scripts/regenerate.py), including between the
renames of the swap. Then the next run's recovery must give back exactly the old state (or, once the swap is
committed, the new one), with no staging folder in generated/ and nothing in the temporary directory.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts.manifest import REPO_ROOT, load_manifest
from scripts.regenerate import CRASH_AT, STRAY, recover, regenerate
from tests.release.workspace import copy_repo

pytestmark = pytest.mark.slow

NAMES = ("livepeer", "emogg")  # manifest order: livepeer is swapped first


def copy_inputs(dest: Path) -> Path:
    copy_repo(dest)
    for name in NAMES:  # a changed title changes README, pyproject and the package docstring
        spec = dest / "specs" / f"{name}.yaml"
        text = spec.read_text()
        title = next(line for line in text.splitlines() if line.startswith("  title: "))
        spec.write_text(text.replace(title, title + " (changed)", 1))
    return dest


def state(root: Path) -> str:
    """generated/ (its staging folders aside) and clients.lock, every name and byte."""
    h = hashlib.sha256((root / "clients.lock").read_bytes())
    for path in sorted((root / "generated").rglob("*")):
        parts = path.relative_to(root / "generated").parts
        if not STRAY.intersection(parts) and not parts[0].startswith(".staging-"):
            h.update(path.relative_to(root).as_posix().encode())
            h.update(path.read_bytes() if path.is_file() else b"/")
    return h.hexdigest()


def staging_folders(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "generated").glob(".staging-*"))


def run_regenerate(root: Path, tmp: Path, crash_at: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "TMPDIR": str(tmp)}
    env.pop(CRASH_AT, None)
    if crash_at:
        env[CRASH_AT] = crash_at
    command = [sys.executable, "-m", "scripts.regenerate", "--root", str(root), *NAMES]
    return subprocess.run(command, capture_output=True, text=True, check=False, env=env)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The state before regeneration and after a complete one."""
    root = copy_inputs(tmp_path_factory.mktemp("reference") / "repo")
    before = state(root)
    tmp = tmp_path_factory.mktemp("tmp")
    result = run_regenerate(root, tmp)
    assert result.returncode == 0, result.stderr
    assert state(root) != before, "the changed specs must change the output"
    return {"before": before, "after": state(root)}


# step -> (what the kill leaves, what recovery gives back)
STEPS = {
    "built": ("before", "before"),  # everything staged, nothing swapped
    "journal": ("before", "before"),
    "swap:livepeer:old": ("livepeer missing", "before"),
    "swap:livepeer:new": ("mixed", "before"),  # livepeer new, emogg old
    "swap:emogg:old": ("emogg missing", "before"),  # and livepeer new
    "lock": ("after", "before"),  # every client and the lock swapped, not yet committed
    "done": ("after", "after"),  # committed: only the staging folder is left
}


@pytest.mark.parametrize(("step", "outcome"), STEPS.items(), ids=STEPS.keys())
def test_a_kill_at_each_step_is_repaired_by_the_next_run(
    tmp_path: Path, outcomes: dict[str, str], step: str, outcome: tuple[str, str]
) -> None:
    left, recovered = outcome
    root = copy_inputs(tmp_path / "repo")
    tmp = tmp_path / "tmp"
    tmp.mkdir()

    killed = run_regenerate(root, tmp, crash_at=step)

    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert len(staging_folders(root)) == 1
    assert list(tmp.iterdir()) == [], "nothing goes to the system's temporary directory"
    if left in ("before", "after"):
        assert state(root) == outcomes[left]
    elif left.endswith("missing"):
        assert not (root / "generated" / left.split()[0]).exists()
    else:
        assert state(root) not in (outcomes["before"], outcomes["after"])

    recover(load_manifest(root))  # what the next run does first
    assert state(root) == outcomes[recovered]
    assert staging_folders(root) == []

    result = run_regenerate(root, tmp)
    assert result.returncode == 0, result.stderr
    assert state(root) == outcomes["after"]
    assert staging_folders(root) == []
    assert list(tmp.iterdir()) == []


def test_recovery_leaves_a_live_runs_staging_folder_alone(tmp_path: Path) -> None:
    root = copy_inputs(tmp_path / "repo")
    live = root / "generated" / ".staging-live"
    live.mkdir()
    (live / "new").mkdir()
    with open(live / ".owner", "w") as owner:
        fcntl.flock(owner, fcntl.LOCK_EX)  # as the running regeneration (and its generator processes) hold it
        recover(load_manifest(root))
        assert (live / "new").is_dir()
    recover(load_manifest(root))  # its owner is gone: debris
    assert staging_folders(root) == []


def test_debris_without_owner_or_journal_is_removed(tmp_path: Path) -> None:
    root = copy_inputs(tmp_path / "repo")
    before = state(root)
    (root / "generated" / ".staging-old" / "new" / "emogg").mkdir(parents=True)
    (root / "generated" / ".staging-old" / "new" / "emogg" / "x.py").write_text("x")
    (root / "generated" / ".staging-file").write_text("x")
    recover(load_manifest(root))
    assert staging_folders(root) == []
    assert state(root) == before


def test_an_os_error_inside_the_swap_puts_everything_back(
    tmp_path: Path, outcomes: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_inputs(tmp_path / "repo")
    replace = os.replace
    failures: list[Any] = []

    def failing_replace(source: Any, target: Any) -> None:
        if Path(target) == root.resolve() / "clients.lock" and not failures:  # the swap's last rename, once
            failures.append(target)
            raise OSError(28, "No space left on device", str(target))
        replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="No space left"):
        regenerate(list(NAMES), root=root)
    assert failures
    assert state(root) == outcomes["before"]
    assert staging_folders(root) == []
