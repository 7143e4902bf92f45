"""Threads sharing a client make their first calls at once, with the `speed` extra: no crash.

msgspec 0.22 can kill the interpreter (SIGSEGV) when one thread builds a Struct type or decoder while another does
(8 of 135 fresh interpreters crashed so); each model's decoder is built on its first body, so a client's first
calls from many threads did exactly that. The runtime builds decoders one thread at a time (`types.py`). This
runs many fresh interpreters, each with 32 threads whose first calls start together (first_calls_child.py), and
the speed extra pins msgspec to the versions this test has run on.
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
INTERPRETERS = 24  # main's code crashed in about 1 of 8 (with the child's short switch interval)
AT_ONCE = 2


def first_calls(client: str) -> int:
    """The exit status of one fresh interpreter's first calls (negative: killed by that signal)."""
    child = [sys.executable, "-m", "tests.runtime.first_calls_child", client, "1"]
    return subprocess.run(child, cwd=ROOT, capture_output=True, timeout=300, check=False).returncode


@pytest.mark.slow  # runs many interpreters
def test_32_threads_making_a_clients_first_calls_at_once_never_crash_with_the_speed_extra() -> None:
    importlib.metadata.version("msgspec")  # the extra is installed: else this proves nothing
    with ThreadPoolExecutor(AT_ONCE) as pool:
        statuses = list(pool.map(first_calls, ["livepeer"] * INTERPRETERS))
    assert statuses == [0] * INTERPRETERS, f"exit statuses (-11 is SIGSEGV): {statuses}"


def test_the_speed_extra_allows_only_msgspec_versions_this_test_has_run_on() -> None:
    installed = importlib.metadata.version("msgspec")
    for pyproject in sorted((ROOT / "generated").glob("*/pyproject.toml")):
        (speed,) = tomllib.loads(pyproject.read_text())["project"]["optional-dependencies"]["speed"]
        requirement = Requirement(speed)
        assert requirement.name == "msgspec" and installed in requirement.specifier, pyproject
        assert not requirement.specifier.contains("0.23.0"), f"{pyproject}: a later msgspec is untested"
