"""noxfile.py: environments reinstall only when their inputs change, and bad client names fail before any install."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import noxfile
from scripts.manifest import REPO_ROOT


class FakeSession:
    """What `_install_once` uses of a nox session: its environment's location, install and log."""

    def __init__(self, location: Path) -> None:
        self.virtualenv = SimpleNamespace(location=str(location))
        self.installs: list[tuple[str, ...]] = []

    def install(self, *args: str) -> None:
        self.installs.append(args)

    def log(self, *args: Any) -> None:
        pass


def test_an_environment_reinstalls_only_when_the_digest_of_its_inputs_changes(tmp_path: Path) -> None:
    session = FakeSession(tmp_path / "env")
    (tmp_path / "env").mkdir()
    for digest in ("aaa", "aaa", "bbb", "bbb"):
        noxfile._install_once(session, "tools", digest, "-r", "lock.txt")  # type: ignore[arg-type]
    assert session.installs == [("-r", "lock.txt"), ("-r", "lock.txt")]


def test_the_digest_covers_file_names_and_bytes(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(noxfile, "ROOT", tmp_path)
    lock = tmp_path / "dev.txt"
    lock.write_text("a==1\n")
    first = noxfile._digest(lock)
    lock.write_text("a==2\n")
    assert noxfile._digest(lock) != first
    (tmp_path / "generated" / "x" / "__pycache__").mkdir(parents=True)
    tree = noxfile._digest(tmp_path / "generated")
    (tmp_path / "generated" / "x" / "__pycache__" / "m.pyc").write_bytes(b"cache")
    assert noxfile._digest(tmp_path / "generated") == tree  # caches do not count
    (tmp_path / "generated" / "x" / "m.py").write_text("")
    assert noxfile._digest(tmp_path / "generated") != tree


@pytest.mark.slow  # a subprocess
def test_an_unknown_client_fails_before_any_environment_is_built() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "nox", "-f", str(REPO_ROOT / "noxfile.py"), "--no-venv", "-s", "mock", "--", "nosuch"],
        capture_output=True, text=True, check=False, cwd=REPO_ROOT,
    )  # fmt: skip
    assert result.returncode == 1
    assert "unknown client 'nosuch'; clients.toml has: streamelements, livepeer, emogg" in result.stderr
    assert "install" not in result.stderr
