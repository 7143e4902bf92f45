"""Row 4: cold import of each client (the package, every operation module and the models a first call needs) vs
`import httpx` alone, both in a virtual environment that holds only that client and its dependencies.

Why a venv of its own: httpx imports its command-line extras (click, rich, pygments) when they are installed, and
the tools' environment has them, which would inflate the baseline and flatter the clients. A user's environment
with only the client installed is the honest comparison, so each client gets one (built once per run with uv,
from its cache; `python -m venv` + pip where uv is missing).

Each import runs in a fresh interpreter (`python -I -c`), which times its own imports with `perf_counter`, so
interpreter start-up is left out of both sides without subtracting a noisy `python -c pass`. "Cold" means a
fresh process; the bytecode caches are warm (a first, discarded round writes them).
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts.bench._processes import ProcessFailed
from scripts.bench._stats import Goal, Row, interleave, summarize
from scripts.manifest import REPO_ROOT, load_manifest

__all__ = ["client_venv", "import_statement", "operation_modules", "run"]

_TIMED = "import time; _t = time.perf_counter(); {statement}; print(time.perf_counter() - _t)"


def operation_modules(package_dir: Path, package: str) -> list[str]:
    """Every operation module of the generated package at `package_dir`, found on disk without importing it."""
    api = package_dir / "api"
    return sorted(
        f"{package}.{'.'.join(path.relative_to(package_dir).with_suffix('').parts)}"
        for path in api.rglob("*.py")
        if path.name != "__init__.py"
    )


def import_statement(package_dir: Path, package: str) -> str:
    """The package, every operation module and the models: what a first call of each operation has imported."""
    return "import " + ", ".join([package, *operation_modules(package_dir, package), f"{package}.models"])


def client_venv(distribution_dir: Path, home: Path) -> Path:
    """The interpreter of a new venv under `home` holding only the client at `distribution_dir` and its dependencies."""
    uv = shutil.which("uv")
    python = home / "bin" / "python"
    if uv:
        commands = [
            [uv, "venv", "--quiet", "--python", sys.executable, str(home)],
            [uv, "pip", "install", "--quiet", "--python", str(python), str(distribution_dir)],
        ]
    else:
        commands = [
            [sys.executable, "-m", "venv", str(home)],
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(distribution_dir)],
        ]
    for command in commands:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise ProcessFailed(f"{' '.join(command[:3])} ...: {result.stderr.strip()[-800:]}")
    return python


def _timed_import(python: Path, statement: str) -> float:
    code = _TIMED.format(statement=statement)
    # cwd outside the repository: nothing of the checkout (scripts/, generated/) can shadow the installed client.
    result = subprocess.run(
        [str(python), "-I", "-c", code], cwd=python.parent, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise ProcessFailed(f"{statement[:60]}...: {result.stderr.strip()[-800:]}")
    return float(result.stdout.strip().splitlines()[-1])


def run(quick: bool) -> list[Row]:
    rounds = 5 if quick else 15
    manifest = load_manifest()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-imports-") as tmp:
        for client in manifest.clients.values():
            source = REPO_ROOT / "generated" / client.name
            python = client_venv(source, Path(tmp) / client.name)
            statement = import_statement(source / client.package, client.package)
            contenders = {
                "client": functools.partial(_timed_import, python, statement),
                "httpx": functools.partial(_timed_import, python, "import httpx"),
            }
            for contender in contenders.values():  # writes the bytecode caches: not a measured round
                contender()
            results = interleave(rounds, contenders)
            operations = len(operation_modules(source / client.package, client.package))
            rows.append(
                Row(
                    benchmark="imports",
                    title=f"cold import {client.name}",
                    candidate=f"package + {operations} op(s) + models",
                    baseline="import httpx",
                    unit="s",
                    goal=Goal("<=", 1.10),
                    summary=summarize(results["client"], results["httpx"]),
                    rounds=rounds,
                    note="both in a venv holding only the client and its dependencies (no click/rich/pygments)",
                )
            )
    return rows
