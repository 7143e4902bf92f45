"""Regenerate the clients: spec + overlays -> pinned openapi-python-client -> generated/<name>/, atomically.

Every selected client is built into a staging folder first; only when all of them succeed are they swapped into
generated/. A failure names the file and location and leaves generated/ byte-for-byte as it was.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from importlib.metadata import version as installed_version
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from scripts.errors import InputError, InputErrors, print_error
from scripts.lock import update_lock
from scripts.manifest import REPO_ROOT, Client, Manifest, load_manifest
from scripts.sources import resolved_document
from scripts.yamlio import load_yaml, to_plain

__all__ = ["STRAY", "build_clients", "main", "regenerate"]

# The pinned generator, extended with property names from the spec and the package files of our own templates.
GENERATOR = Path(__file__).with_name("generator.py")
# Things the generator, its post-hooks or other tools may leave behind that are not part of a distribution.
STRAY = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})


def regenerate(names: Sequence[str] | None = None, root: Path = REPO_ROOT) -> list[Client]:
    """Regenerate the named clients (all when empty) into generated/, swapping each in only if all succeed."""
    manifest = load_manifest(root)
    clients = manifest.select(list(names or []))
    manifest.generated.mkdir(exist_ok=True)
    # Staging lives beside generated/ on the same file system, so the final swap is a pair of renames.
    with tempfile.TemporaryDirectory(prefix=".staging-", dir=manifest.generated) as tmp:
        staging = Path(tmp)
        build_clients(manifest, clients, staging / "new")
        _swap_in(manifest, clients, staging)
    update_lock(manifest, clients)  # clients.lock: what generated/ now holds was produced from these inputs
    return clients


def build_clients(manifest: Manifest, clients: Sequence[Client], dest: Path) -> None:
    """Generate each client into dest/<name>/.

    Every client is attempted, so one bad input never hides the next: a single failure raises its InputError,
    several raise InputErrors listing all of them in manifest order. The generator runs as one process per
    client, in parallel (it is single-threaded, and four sequential runs leave cores idle).
    """
    pinned = manifest.generator_version
    found = installed_version("openapi-python-client")
    if found != pinned:
        raise InputError(manifest.path, "generator.openapi-python-client", f"pinned {pinned}, installed {found}")
    dest.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="regenerate-") as tmp:
        work = Path(tmp)
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            futures = [
                pool.submit(_generate_one, manifest, client, dest / client.name, work / client.name)
                for client in clients
            ]
            errors = [error for future in futures if (error := _failure(future)) is not None]
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise InputErrors(errors)


def _failure(future: Future[None]) -> InputError | None:
    try:
        future.result()
    except InputError as error:
        return error
    return None


def _generate_one(manifest: Manifest, client: Client, output: Path, work: Path) -> None:
    document = to_plain(resolved_document(client))
    work.mkdir(parents=True)
    spec_file = work / "openapi.json"
    spec_file.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    config_file = work / "config.json"
    config_file.write_text(json.dumps(_config(manifest, client)), encoding="utf-8")
    templates = work / "templates"
    shutil.copytree(manifest.templates, templates)
    (templates / "_extensions.jinja").write_text(_extensions_template(client, document), encoding="utf-8")

    command = [
        sys.executable, str(GENERATOR), "generate",
        "--path", str(spec_file),
        "--config", str(config_file),
        "--custom-template-path", str(templates),
        "--meta", "uv",
        "--output-path", str(output),
        "--fail-on-warning",
    ]  # fmt: skip
    # The post-hooks call the pinned ruff that sits beside this interpreter.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env["PYTHONHASHSEED"] = "0"
    result = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise InputError(
            client.spec, None, "openapi-python-client failed: " + _summarize(result.stdout + result.stderr)
        )
    if (manifest.root / "LICENSE").is_file():  # every distribution carries the repository's licence
        shutil.copyfile(manifest.root / "LICENSE", output / "LICENSE")
    for stray in sorted(STRAY):
        for path in sorted(output.rglob(stray), reverse=True):
            shutil.rmtree(path, ignore_errors=True)


def _config(manifest: Manifest, client: Client) -> dict[str, Any]:
    base = to_plain(load_yaml(manifest.config)) or {}
    if not isinstance(base, dict):
        raise InputError(manifest.config, None, "expected a mapping of generator settings")
    return {
        **base,
        "project_name_override": client.distribution,
        "package_name_override": client.package,
        "package_version_override": client.version,
    }


def _extensions_template(client: Client, document: dict[str, Any]) -> str:
    """A Jinja file carrying the spec's `x-` keys, which the generator itself does not hand to templates."""
    operations: dict[str, dict[str, Any]] = {}
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                name = str(PythonIdentifier(operation["operationId"], prefix=""))
                operations[name] = {k: v for k, v in operation.items() if k.startswith("x-")}
    info = document.get("info", {})
    extensions = {k: v for k, v in {**document, **info}.items() if k.startswith("x-")}
    servers = document.get("servers") or [{}]
    facts = {
        "name": client.name,
        "distribution": client.distribution,
        "package": client.package,
        "version": client.version,
        "base_url": servers[0].get("url", ""),
    }
    lines = [
        "{#- Generated by scripts/regenerate.py for this run only: the spec's x- extensions, as Jinja literals. -#}",
        f"{{% set operations = {_literal(operations)} %}}",
        f"{{% set document = {_literal(extensions)} %}}",
        f"{{% set client = {_literal(facts)} %}}",
    ]
    return "\n".join(lines) + "\n"


def _literal(value: Any) -> str:
    # repr() of JSON-like data is a valid Jinja literal (None/True/False included); sort for stable output.
    return repr(json.loads(json.dumps(value, sort_keys=True)))


def _summarize(output: str) -> str:
    """The generator's messages on one line, without its banners."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    noise = ("Generating ", "Error(s) encountered", "Warning(s) encountered", "If you believe")
    # The generator echoes the offending schema as JSON after each message; the message is what matters.
    kept = [line for line in lines if not line.startswith(noise) and line[0] not in '{}[]"-' and not line[0].isdigit()]
    text = "; ".join(kept) or "no output"
    return text if len(text) <= 600 else text[:597] + "..."


def _swap_in(manifest: Manifest, clients: Sequence[Client], staging: Path) -> None:
    """Replace generated/<name> for every client; on an OS error put back what was there."""
    old = staging / "old"
    old.mkdir()
    moved: list[Client] = []
    try:
        for client in clients:
            target = manifest.generated / client.name
            if target.exists():
                target.rename(old / client.name)
            moved.append(client)
            (staging / "new" / client.name).rename(target)
    except OSError:
        for client in moved:
            target = manifest.generated / client.name
            if (old / client.name).exists():
                if target.exists():
                    shutil.rmtree(target)
                (old / client.name).rename(target)
        raise


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s generate --", description="Regenerate clients into generated/.")
    parser.add_argument("names", nargs="*", metavar="NAME", help="clients to regenerate (default: all)")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)")
    args = parser.parse_args(argv)
    try:
        clients = regenerate(args.names, root=args.root)
    except InputError as exc:
        print_error(exc)
        return 1
    for client in clients:
        print(f"generated/{client.name}: {client.distribution} {client.version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
