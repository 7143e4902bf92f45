"""Row 4: cold import of each client (the package and every operation module) vs `import httpx` alone.

Each import runs in a fresh interpreter (`python -I -c`), which times its own imports with `perf_counter`,
so interpreter start-up is left out of both sides without subtracting a noisy `python -c pass`. "Cold"
means a fresh process; the bytecode caches are warm (a first, discarded round writes them).
"""

from __future__ import annotations

import functools
import importlib.util
import pkgutil
import subprocess
import sys
from pathlib import Path

from scripts.bench._processes import ProcessFailed, tool_env
from scripts.bench._stats import Goal, Row, interleave, summarize
from scripts.manifest import REPO_ROOT, load_manifest

__all__ = ["import_statement", "operation_modules", "run"]

_TIMED = "import time; _t = time.perf_counter(); {statement}; print(time.perf_counter() - _t)"


def operation_modules(package: str) -> list[str]:
    """Every module under `package`.api, found on disk without importing them (the children import them)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ProcessFailed(f"{package} is not installed (generated clients are installed editable)")
    api = Path(next(iter(spec.submodule_search_locations))) / "api"
    return sorted(info.name for info in pkgutil.walk_packages([str(api)], prefix=f"{package}.api.") if not info.ispkg)


def import_statement(package: str) -> str:
    return "import " + ", ".join([package, *operation_modules(package)])


def _timed_import(statement: str) -> float:
    code = _TIMED.format(statement=statement)
    result = subprocess.run(
        [sys.executable, "-I", "-c", code], cwd=REPO_ROOT, env=tool_env(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise ProcessFailed(f"{statement[:60]}...: {result.stderr.strip()[-800:]}")
    return float(result.stdout.strip().splitlines()[-1])


def run(quick: bool) -> list[Row]:
    rounds = 5 if quick else 15
    packages = {client.name: client.package for client in load_manifest().clients.values()}
    statements = {"httpx": "import httpx", **{name: import_statement(pkg) for name, pkg in packages.items()}}
    results = interleave(rounds, {name: functools.partial(_timed_import, s) for name, s in statements.items()})
    return [
        Row(
            benchmark="imports",
            title=f"cold import {name}",
            candidate=f"package + {len(operation_modules(packages[name]))} op(s)",
            baseline="import httpx",
            unit="s",
            goal=Goal("<=", 1.10),
            summary=summarize(results[name], results["httpx"]),
            rounds=rounds,
        )
        for name in packages
    ]
