"""The lock (`clients.lock`): what each generated client was produced from, as digests.

Per client it records the SHA-256 of its spec and overlays (in order), of the generator config, the templates
folder, the generator wrapper (scripts/generator.py) and the LICENSE every distribution ships, the generator
version, the version the client was generated as, and a digest of generated/NAME itself. `nox -s generate`
writes it; `python -m scripts.lock` compares it with the working tree in well under a second (no generator run),
so a forgotten regeneration or a hand edit in generated/ fails fast and by name.
`nox -s check` then regenerates to verify (scripts/drift.py): the lock is a fast, readable index, not a proof.

The file is TOML written by this module (a flat, sorted shape), read back with tomllib.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from scripts.errors import ArgumentParser, InputError, os_error, print_error
from scripts.manifest import GENERATOR, GENERATOR_MODULES, REPO_ROOT, RUNTIME, Client, Manifest, load_manifest

__all__ = [
    "LOCK_NAME",
    "LockEntry",
    "check_lock",
    "expected_entry",
    "main",
    "read_lock",
    "tree_digest",
    "tree_files",
    "update_lock",
]

LOCK_NAME = "clients.lock"
_FORMAT = 1
# Tool caches that may appear in generated/ (type checks, test runs) and are never part of a distribution.
_CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
_HEADER = (
    "# Written by `nox -s generate` (scripts/lock.py); checked by `nox -s check`. Do not edit by hand.\n"
    "# Per client: the digests of what generated/NAME was produced from, the generator and the version it produced.\n"
)


@dataclass(frozen=True)
class LockEntry:
    """One client's record. `inputs` maps repository-relative paths to digests, in generation order."""

    version: str
    generator: str
    inputs: tuple[tuple[str, str], ...]
    output: str


def file_digest(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def tree_files(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` by relative path, with the SHA-256 of its contents (tool caches excluded)."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).digest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not _CACHES.intersection(path.relative_to(folder).parts) and path.suffix != ".pyc"
    }


def tree_digest(folder: Path) -> str:
    """One digest over every file's relative path and contents (tool caches excluded)."""
    h = hashlib.sha256()
    for name, digest in tree_files(folder).items():
        h.update(name.encode() + b"\0" + digest)
    return "sha256:" + h.hexdigest()


_MISSING = "missing"


def _digest(path: Path) -> str:
    if path.is_dir():
        return tree_digest(path)
    return file_digest(path) if path.exists() else _MISSING  # regeneration refuses it; the check names it


def _relative(manifest: Manifest, path: Path) -> str:
    # The generator wrapper and the runtime are this checkout's, also for a repository given with --root.
    base = REPO_ROOT if path in (GENERATOR, *GENERATOR_MODULES, RUNTIME) else manifest.root
    return path.relative_to(base).as_posix()


def expected_entry(manifest: Manifest, client: Client, output: Path | None = None) -> LockEntry:
    """What the lock should say for `client` given the working tree as it is now (or its output in `output`)."""
    sources = [*client.inputs, *manifest.shared_inputs]
    return LockEntry(
        version=client.version,
        generator=manifest.generator_version,
        inputs=tuple((_relative(manifest, p), _digest(p)) for p in sources),
        output=tree_digest(output or manifest.generated / client.name),
    )


def read_lock(root: Path = REPO_ROOT) -> dict[str, LockEntry]:
    path = root / LOCK_NAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(path, None, f"cannot read: {detail}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, None, f"invalid TOML: {exc}") from None
    if data.get("format") != _FORMAT:
        raise InputError(path, "format", f"expected lock format {_FORMAT}; regenerate with `nox -s generate`")
    entries: dict[str, LockEntry] = {}
    for name, raw in data.get("clients", {}).items():
        try:
            entries[name] = LockEntry(
                version=str(raw["version"]),
                generator=str(raw["generator"]),
                inputs=tuple((str(k), str(v)) for k, v in raw["inputs"].items()),
                output=str(raw["output"]),
            )
        except (KeyError, TypeError, AttributeError):
            raise InputError(path, f"clients.{name}", "malformed entry; regenerate with `nox -s generate`") from None
    return entries


def update_lock(
    manifest: Manifest, clients: Iterable[Client], *, built: Path | None = None, dest: Path | None = None
) -> None:
    """Record `clients` as just generated; other entries stay. Written atomically (temp file + rename).

    `built` is where their output is (default generated/), `dest` where the lock goes (default clients.lock):
    regeneration writes the next lock beside its staged output and swaps both in together.
    """
    try:
        previous = read_lock(manifest.root)
    except InputError:  # a damaged lock is rewritten: regeneration is what produces it
        previous = {}
    entries = {n: e for n, e in previous.items() if n in manifest.clients}
    for client in clients:
        entries[client.name] = expected_entry(manifest, client, built / client.name if built else None)
    ordered = [name for name in manifest.clients if name in entries]
    _write(dest or manifest.root / LOCK_NAME, {name: entries[name] for name in ordered})


def _write(path: Path, entries: dict[str, LockEntry]) -> None:
    q = json.dumps  # a JSON string literal is a valid TOML basic string
    lines = [_HEADER, f"format = {_FORMAT}\n"]
    for name, entry in entries.items():
        lines.append(f"\n[clients.{name}]\n")
        lines.append(f"version = {q(entry.version)}\n")
        lines.append(f"generator = {q(entry.generator)}\n")
        lines.append(f"output = {q(entry.output)}\n")
        lines.append(f"\n[clients.{name}.inputs]\n")
        lines += [f"{q(key)} = {q(value)}\n" for key, value in entry.inputs]
    fd, tmp = tempfile.mkstemp(prefix=".clients.lock-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("".join(lines))
    os.chmod(tmp, 0o644)  # mkstemp makes it private; the lock is an ordinary committed file
    os.replace(tmp, path)


def check_lock(names: Sequence[str] | None = None, root: Path = REPO_ROOT) -> list[str]:
    """Every way the lock disagrees with the working tree (empty: up to date), one line per problem."""
    manifest = load_manifest(root)
    recorded = read_lock(root)
    problems: list[str] = []
    if not names:
        problems += [f"{LOCK_NAME}: {n}: not in {manifest.path.name}" for n in recorded if n not in manifest.clients]
    for client in manifest.select(list(names or [])):
        problems += _compare(client.name, recorded.get(client.name), expected_entry(manifest, client))
    return problems


def _compare(name: str, locked: LockEntry | None, now: LockEntry) -> list[str]:
    where = f"{LOCK_NAME}: {name}"
    if locked is None:
        return [f"{where}: no entry (generated/{name} was never generated by `nox -s generate`)"]
    problems = []
    if locked.version != now.version:
        problems.append(f"{where}: generated as {locked.version}, the manifest says {now.version}")
    if locked.generator != now.generator:
        problems.append(f"{where}: generated with openapi-python-client {locked.generator}, pinned {now.generator}")
    before, after = dict(locked.inputs), dict(now.inputs)
    if list(before) != list(after):
        problems.append(f"{where}: inputs were {', '.join(before)}; now {', '.join(after)}")
    problems += [
        f"{where}: {path} {'is missing' if after[path] == _MISSING else 'changed since generation'}"
        for path in after
        if path in before and before[path] != after[path]
    ]
    if locked.output != now.output:
        problems.append(f"{where}: generated/{name} differs from what was generated (edited by hand?)")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = ArgumentParser(prog="python -m scripts.lock", description="Compare clients.lock with the tree.")
    parser.add_argument("names", nargs="*", metavar="NAME")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)")
    args = parser.parse_args(argv)
    try:
        problems = check_lock(args.names, root=args.root)
    except InputError as exc:
        print_error(exc)
        return 1
    except OSError as exc:
        print_error(os_error(exc))
        return 1
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print("lock: out of date; run `nox -s generate` (or `nox -s bump`) and commit the result", file=sys.stderr)
        return 1
    print("lock: every client's digests match clients.lock")
    return 0


if __name__ == "__main__":
    sys.exit(main())
