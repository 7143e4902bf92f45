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
import time
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


# Neighbours: the generator processes of a killed run, and a second run started while one is going

# Installed as sitecustomize.py on the PYTHONPATH: a generator process records its pid, then waits for the file
# named by GENERATOR_RELEASE (for ever when there is none) before it generates.
HOLD_THE_GENERATOR = """
import os, sys, time
if sys.argv and sys.argv[0].endswith("generator.py") and "GENERATOR_PIDS" in os.environ:
    with open(os.environ["GENERATOR_PIDS"], "a") as pids:
        pids.write(f"{os.getpid()}\\n")
    while not os.path.exists(os.environ.get("GENERATOR_RELEASE", "/nonexistent")):
        time.sleep(0.05)
"""


def held_generators_env(tmp_path: Path, pids: Path, release: Path | None = None) -> dict[str, str]:
    hook = tmp_path / "hook"
    hook.mkdir(exist_ok=True)
    (hook / "sitecustomize.py").write_text(HOLD_THE_GENERATOR)
    env = {**os.environ, "PYTHONPATH": f"{hook}{os.pathsep}{REPO_ROOT}", "GENERATOR_PIDS": str(pids)}
    env.pop(CRASH_AT, None)
    if release is not None:
        env["GENERATOR_RELEASE"] = str(release)
    return env


def regenerate_command(root: Path) -> list[str]:
    return [sys.executable, "-m", "scripts.regenerate", "--root", str(root), *NAMES]


def eventually(condition: Any, limit: float = 120.0) -> bool:
    """Whether `condition()` becomes true within `limit` seconds (a bound on waiting, not a speed assertion)."""
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def recorded_pids(path: Path) -> list[int]:
    return [int(line) for line in path.read_text().split()] if path.exists() else []


def alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie, dead and not yet reaped by its new parent, does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_killed_regeneration_leaves_no_generator_running(tmp_path: Path) -> None:
    root = copy_inputs(tmp_path / "repo")
    pids = tmp_path / "pids"
    env = held_generators_env(tmp_path, pids)
    generators: list[int] = []
    try:
        with subprocess.Popen(regenerate_command(root), env=env, stdout=subprocess.DEVNULL) as run:
            assert eventually(lambda: len(recorded_pids(pids)) == len(NAMES)), "the generators never started"
            generators = recorded_pids(pids)
            run.kill()  # SIGKILL: nothing in the run itself can react
        assert eventually(lambda: not any(map(alive, generators))), "a generator outlived its regeneration"
    finally:
        for pid in filter(alive, generators):  # leave nothing behind when the test fails
            os.kill(pid, signal.SIGKILL)


def test_a_second_regeneration_waits_for_the_running_one_then_both_succeed(
    tmp_path: Path, outcomes: dict[str, str]
) -> None:
    """Once, the second run's recovery removed the first's staging folder between `mkdtemp` and its lock."""
    root = copy_inputs(tmp_path / "repo")
    pids, release = tmp_path / "pids", tmp_path / "release"
    held = held_generators_env(tmp_path, pids, release)
    plain = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    plain.pop(CRASH_AT, None)
    try:
        with subprocess.Popen(
            regenerate_command(root), env=held, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        ) as first:
            assert eventually(lambda: len(recorded_pids(pids)) == len(NAMES)), "the first run never started"
            with subprocess.Popen(
                regenerate_command(root), env=plain, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            ) as second:
                assert second.stderr is not None
                said = second.stderr.readline()  # blocks until it says it waits (or, unlocked, until it ends)
                release.touch()
                _, second_err = second.communicate(timeout=600)
            _, first_err = first.communicate(timeout=600)
    finally:
        release.touch()
    assert said == f"{root / 'generated'}: another regeneration is in progress; waiting for it to finish\n"
    assert (first.returncode, first_err) == (0, b"")
    assert (second.returncode, second_err) == (0, "")
    assert state(root) == outcomes["after"]
    assert staging_folders(root) == []
