"""Helpers for the release tests: repository copies under git, a pypiserver on loopback, isolated environments."""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from scripts.manifest import REPO_ROOT
from scripts.regenerate import STRAY
from scripts.yamlio import dump_yaml, load_yaml

__all__ = [
    "Index",
    "copy_repo",
    "edit_yaml",
    "files_of",
    "git",
    "publish_env",
    "run_module",
    "serve_index",
]

REPO_FILES = (
    "clients.toml",
    "clients.lock",
    "LICENSE",
    "specs",
    "overlays",
    "config",
    "templates",
    "generated",
    "changelogs",
)
_START_TIMEOUT = 30.0

# A command's main() run on a repository: exit code, stdout, stderr (the `run` fixture, tests/release/conftest.py).
CommandLine = Callable[..., tuple[int, str, str]]


def copy_repo(dest: Path) -> Path:
    """The inputs and outputs of the workflow (not scripts/: the commands are imported from this checkout).

    Every test that regenerates in a copy takes it from here: a second list of inputs once left LICENSE out, and
    the copy's clients then differed from generated/.
    """
    dest.mkdir(parents=True, exist_ok=True)
    for name in REPO_FILES:
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns(*STRAY, ".staging-*"))
        elif source.exists():
            shutil.copy2(source, dest / name)
    return dest


def git(root: Path, *args: str) -> str:
    identity = ["-c", "user.name=Release Test", "-c", "user.email=release-test@example.invalid"]
    result = subprocess.run(["git", *identity, "-C", str(root), *args], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def run_module(
    module: str, *args: str, root: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m module --root ROOT ARGS` from inside ROOT, importing scripts/ from this checkout."""
    environment = {**(env if env is not None else os.environ), "PYTHONPATH": str(REPO_ROOT)}
    command = [sys.executable, "-m", module, "--root", str(root), *args]
    return subprocess.run(command, cwd=root, capture_output=True, text=True, check=False, env=environment)


def edit_yaml(path: Path, edit: Callable[[Any], None]) -> None:
    document = load_yaml(path)
    edit(document)
    path.write_text(dump_yaml(document), encoding="utf-8")


def files_of(folder: Path) -> dict[str, str]:
    """Every file's name and SHA-256: what an index's storage holds."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def publish_env(username: str | None, password: str | None) -> dict[str, str]:
    """This environment, with the given twine credentials only, and no keyring or pip configuration."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWINE_", "PIP_"))}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    if username is not None:
        env["TWINE_USERNAME"] = username
    if password is not None:
        env["TWINE_PASSWORD"] = password
    return env


@dataclass(frozen=True)
class Index:
    url: str  # upload endpoint (pypiserver takes uploads at its root)
    packages: Path

    @property
    def simple(self) -> str:
        return self.url + "simple/"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve_index(folder: Path, users: dict[str, str]) -> Iterator[Index]:
    """pypiserver on 127.0.0.1: anyone may read, uploads need one of `users` (htpasswd, SHA-1 entries); without
    users anyone may upload too (`-a . -P .`, a local index as the README sets one up)."""
    packages = folder / "packages"
    packages.mkdir(parents=True)
    htpasswd = folder / "htpasswd"
    htpasswd.write_text(
        "".join(
            f"{u}:{{SHA}}{base64.b64encode(hashlib.sha1(p.encode()).digest()).decode()}\n" for u, p in users.items()
        )
    )
    port = _free_port()
    command = [
        sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1", "--port", str(port),
        "--authenticate", "update" if users else ".", "--passwords", str(htpasswd) if users else ".",
        "--disable-fallback", "--server", "wsgiref", str(packages),
    ]  # fmt: skip
    log = (folder / "pypiserver.log").open("w")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    index = Index(f"http://127.0.0.1:{port}/", packages)
    try:
        _wait_ready(index, process, folder / "pypiserver.log")
        yield index
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _wait_ready(index: Index, process: subprocess.Popen[bytes], log: Path) -> None:
    """Poll the simple index until it answers, the server dies, or the deadline passes (bounded, no fixed sleep)."""
    deadline = time.monotonic() + _START_TIMEOUT
    while time.monotonic() < deadline:
        try:
            if httpx.get(index.simple, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        try:
            process.wait(timeout=0.05)  # returns early only if the server exited
        except subprocess.TimeoutExpired:
            continue
        raise RuntimeError(f"pypiserver exited with {process.returncode}:\n{log.read_text()}")
    raise RuntimeError(f"pypiserver did not answer within {_START_TIMEOUT} s:\n{log.read_text()}")
