"""Regenerate the clients: spec + overlays -> pinned openapi-python-client -> generated/<name>/, atomically.

Every selected client is built into a staging folder, `generated/.staging-*`, together with the next clients.lock;
only when all of them succeed are they swapped in. A failure names the file and location and leaves generated/ and
clients.lock byte-for-byte as they were.

Crash safety (kill -9, power loss): the swap is a few renames, so it cannot be one atomic step; a journal makes it
recoverable. Before the first rename the staging folder gets `journal.json` (phase `swapping`), after the last one
phase `done`. Every run starts by finishing what a killed run left: a staging folder whose journal says `swapping`
is rolled back (each client's original moves back, the old lock is restored), then every dead staging folder is
deleted. A live run holds an flock on its staging folder (inherited by its generator processes), so a recovery
never removes it. The generator's scratch files live in the staging folder too: nothing goes to /tmp.
`SESSIONS_CLIENTS_CRASH_AT=STEP` kills the process with SIGKILL at a named step, for the tests that prove this.

Concurrent runs: a run holds an flock on generated/ itself from before its recovery until its staging folder is
gone, so a second run says, in one line on stderr, that it waits for the first, then goes on (without that lock,
its recovery could remove the first run's staging folder between `mkdtemp` and the folder's own lock).

Children die with the run: each generator process is started through `scripts/tether.py`, which kills it and its
process group when the run dies, even by SIGKILL (Linux; elsewhere they are started directly).

Bounded input: a spec or overlay larger than `MAX_INPUT_BYTES` is refused with one line naming it, before it is
read, since the generator's time grows with the text it renders (a 1 MB description cost about 17 s, a 30 MB one
ran past 300 s).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from importlib.metadata import version as installed_version
from pathlib import Path
from typing import Any

from scripts.errors import ArgumentParser, InputError, InputErrors, os_error, print_error
from scripts.lock import LOCK_NAME, update_lock
from scripts.manifest import GENERATOR, REPO_ROOT, RUNTIME, RUNTIME_MODULES, Client, Manifest, load_manifest
from scripts.overlay import apply_overlay_files
from scripts.sources import resolved_document
from scripts.tether import tethered
from scripts.vocabulary import extension_problems
from scripts.yamlio import load_yaml, to_plain

__all__ = ["CRASH_AT", "MAX_INPUT_BYTES", "STRAY", "build_clients", "main", "recover", "regenerate"]

# Things the generator, its post-hooks or other tools may leave behind that are not part of a distribution.
STRAY = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})
CRASH_AT = "SESSIONS_CLIENTS_CRASH_AT"
_STAGING = ".staging-"
_JOURNAL = "journal.json"
_OWNER = ".owner"
# Ten times the largest spec (95 KB): room to grow, while the generator's time stays under half a minute.
MAX_INPUT_BYTES = 1 << 20


def regenerate(names: Sequence[str] | None = None, root: Path = REPO_ROOT) -> list[Client]:
    """Regenerate the named clients (all when empty) into generated/, swapping each in only if all succeed."""
    manifest = load_manifest(root)
    clients = manifest.select(list(names or []))
    if manifest.generated.exists() and not manifest.generated.is_dir():
        raise InputError(manifest.generated, None, "not a directory")
    lock = manifest.root / LOCK_NAME
    if lock.exists() and not lock.is_file():
        raise InputError(lock, None, "not a file")
    manifest.generated.mkdir(exist_ok=True)
    with _exclusive(manifest):
        _regenerate_locked(manifest, clients)
    return clients


def _regenerate_locked(manifest: Manifest, clients: Sequence[Client]) -> None:
    recover(manifest)
    # Staging lives beside generated/ on the same file system, so the swap is renames, not copies.
    with _staging(manifest) as (staging, owner):
        build_clients(manifest, clients, staging / "new", work=staging / "work", keep_fds=(owner,))
        # clients.lock: what generated/ will hold was produced from these inputs
        update_lock(manifest, clients, built=staging / "new", dest=staging / LOCK_NAME)
        _step("built")
        _swap_in(manifest, clients, staging)


@contextlib.contextmanager
def _exclusive(manifest: Manifest) -> Iterator[None]:
    """Hold the regeneration lock (an flock on generated/); a concurrent run waits for it, saying so once."""
    folder = os.open(manifest.generated, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(folder, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            _waiting(manifest)
            fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        os.close(folder)  # releases the lock


def _waiting(manifest: Manifest) -> None:
    print(f"{manifest.generated}: another regeneration is in progress; waiting for it to finish", file=sys.stderr)


def _step(name: str) -> None:
    """A named point of a regeneration; the crash-safety tests kill the process at one."""
    if os.environ.get(CRASH_AT) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def build_clients(
    manifest: Manifest,
    clients: Sequence[Client],
    dest: Path,
    *,
    work: Path | None = None,
    keep_fds: Sequence[int] = (),
) -> None:
    """Generate each client into dest/<name>/.

    Every client is attempted, so one bad input never hides the next: a single failure raises its InputError,
    several raise InputErrors listing all of them in manifest order. The generator runs as one process per
    client, in parallel (it is single-threaded, and four sequential runs leave cores idle). Its scratch files go
    to `work` (default: a temporary folder); `keep_fds` are inherited by the generator processes.
    """
    _check_input_sizes(clients)
    manifest.require_project()  # the metadata and READMEs name the repository and the licence
    pinned = manifest.generator_version
    found = installed_version("openapi-python-client")
    if found != pinned:
        raise InputError(manifest.path, "generator.openapi-python-client", f"pinned {pinned}, installed {found}")
    if not manifest.license.is_file():  # without it the distributions would silently differ from the committed ones
        problem = "not a file" if manifest.license.exists() else "not found"
        raise InputError(manifest.license, None, f"{problem}: every distribution ships the repository's licence")
    dest.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        if work is None:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="regenerate-")))
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            futures = [
                pool.submit(_generate_one, manifest, client, dest / client.name, work / client.name, keep_fds)
                for client in clients
            ]
            errors = [error for future in futures if (error := _failure(future)) is not None]
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise InputErrors(errors)


def _check_input_sizes(clients: Sequence[Client]) -> None:
    """Refuse every spec or overlay larger than MAX_INPUT_BYTES, before anything reads it."""
    errors = []
    for path in dict.fromkeys(path for client in clients for path in client.inputs):
        try:
            size = path.stat().st_size
        except OSError:
            continue  # missing or unreadable: the loader says so in its own words
        if size > MAX_INPUT_BYTES:
            message = (
                f"{size:,} bytes, more than the {MAX_INPUT_BYTES:,} a spec or overlay may have (generating "
                "takes longer the more text it renders); split it or shorten its descriptions"
            )
            errors.append(InputError(path, None, message))
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


def _generate_one(manifest: Manifest, client: Client, output: Path, work: Path, keep_fds: Sequence[int]) -> None:
    document = to_plain(resolved_document(client))
    problems = extension_problems(document)
    if problems:  # every x- declaration fits the vocabulary and the spec before the generator runs
        raise _spec_error(client, document, problems[0].pointer, problems[0].message)
    work.mkdir(parents=True)
    command = generator_command(manifest, client, document, work, output)
    # The post-hooks call the pinned ruff that sits beside this interpreter.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env["PYTHONHASHSEED"] = "0"
    result = subprocess.run(
        tethered(command), cwd=work, env=env, capture_output=True, text=True, check=False, pass_fds=tuple(keep_fds)
    )
    if result.returncode != 0:
        raise _generator_error(client, document, result.stderr)
    shutil.copyfile(manifest.license, output / manifest.license.name)
    for module in RUNTIME_MODULES:  # verbatim: what was linted, type-checked and tested is what ships
        shutil.copyfile(RUNTIME / module, output / client.package / module)
    for stray in sorted(STRAY):
        for path in sorted(output.rglob(stray), reverse=True):
            shutil.rmtree(path, ignore_errors=True)


def generator_command(manifest: Manifest, client: Client, document: Any, work: Path, output: Path) -> list[str]:
    """The generator run of one client (`scripts/generator.py`), its inputs written to `work`."""
    spec_file = work / "openapi.json"
    spec_file.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    config_file = work / "config.json"
    config_file.write_text(json.dumps(_config(manifest, client)), encoding="utf-8")
    facts_file = work / "facts.json"
    facts = {"name": client.name, "distribution": client.distribution, "package": client.package}
    project = {"repository": client.repository, "license": client.license, "published": client.published}
    facts_file.write_text(json.dumps({**facts, "version": client.version, **project}), encoding="utf-8")
    # -P: the script's folder (scripts/) is not put on sys.path, so none of our modules shadows an import.
    return [
        sys.executable, "-P", str(GENERATOR),
        "--path", str(spec_file),
        "--config", str(config_file),
        "--custom-template-path", str(manifest.templates),
        "--output-path", str(output),
        "--facts", str(facts_file),
    ]  # fmt: skip


def _generator_error(client: Client, document: Any, stderr: str) -> InputError:
    """The generator's first `error: ...` line, naming the file: the spec or overlay for a fact of the spec."""
    lines = [line.removeprefix("error: ") for line in stderr.splitlines() if line.startswith("error: ")]
    if not lines:  # it died before it could say why (killed, out of memory): its last line
        last = [line.strip() for line in stderr.splitlines() if line.strip()]
        return InputError(client.spec, None, "openapi-python-client failed: " + (last[-1] if last else "no output"))
    where, _, message = lines[0].partition(": ")
    if where.startswith("#"):
        return _spec_error(client, document, where, message)
    return InputError(client.spec, None, f"openapi-python-client failed: {message}")


def _spec_error(client: Client, document: Any, pointer: str, message: str) -> InputError:
    """An error at `pointer` of the overlaid document, naming the file that put the value there."""
    return InputError(_declared_in(client, document, pointer), pointer, message)


def _declared_in(client: Client, document: Any, pointer: str) -> Path:
    """The spec, or the first overlay after which the value at `pointer` is what the overlaid document holds."""
    wanted = _at(document, pointer)
    for count in range(len(client.overlays) + 1):
        partial = to_plain(apply_overlay_files(client.spec, list(client.overlays)[:count]))
        if _at(partial, pointer) == wanted:
            return client.spec if count == 0 else client.overlays[count - 1]
    return client.overlays[-1] if client.overlays else client.spec


def _at(document: Any, pointer: str) -> Any:
    node = document
    for part in pointer.removeprefix("#").split("/")[1:]:
        key = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        elif isinstance(node, dict) and key in node:
            node = node[key]
        else:
            return _MISSING
    return node


_MISSING = object()


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


@contextlib.contextmanager
def _staging(manifest: Manifest) -> Iterator[tuple[Path, int]]:
    """A fresh staging folder, locked while this run lives; afterwards rolled back if need be, and removed."""
    staging = Path(tempfile.mkdtemp(prefix=_STAGING, dir=manifest.generated))
    owner = os.open(staging / _OWNER, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(owner, fcntl.LOCK_EX)
        yield staging, owner
    finally:
        _finish(manifest, staging)
        os.close(owner)


def recover(manifest: Manifest) -> None:
    """Finish what killed runs left in generated/: roll back a half-done swap, delete their staging folders.

    `regenerate` calls it holding the regeneration lock, so no other run is between `mkdtemp` and its lock."""
    for staging in sorted(manifest.generated.glob(_STAGING + "*")):
        if not staging.is_dir() or staging.is_symlink():
            staging.unlink()
            continue
        try:
            owner = os.open(staging / _OWNER, os.O_RDONLY)
        except FileNotFoundError:  # killed before it was locked: never swapped anything
            shutil.rmtree(staging)
            continue
        try:
            fcntl.flock(owner, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(owner)
            continue  # a live regeneration (or its generator processes) holds it
        try:
            _finish(manifest, staging)
        finally:
            os.close(owner)


def _finish(manifest: Manifest, staging: Path) -> None:
    journal = _read_journal(staging)
    if journal is not None and journal["phase"] == "swapping":
        _roll_back(manifest, staging, journal)
    # The journal goes first: a staging folder without one is only debris, whatever a kill leaves of it.
    (staging / _JOURNAL).unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)


def _swap_in(manifest: Manifest, clients: Sequence[Client], staging: Path) -> None:
    """Replace generated/<name> for every client and then clients.lock, journaled (see the module's docstring)."""
    old = staging / "old"
    old.mkdir()
    lock = manifest.root / LOCK_NAME
    had_lock = lock.is_file()
    if had_lock:
        shutil.copy2(lock, old / LOCK_NAME)
    journal = {"phase": "swapping", "clients": [client.name for client in clients], "had_lock": had_lock}
    _write_journal(staging, journal)
    _step("journal")
    for client in clients:
        target = manifest.generated / client.name
        if target.exists() or target.is_symlink():
            target.rename(old / client.name)
        _step(f"swap:{client.name}:old")
        (staging / "new" / client.name).rename(target)
        _step(f"swap:{client.name}:new")
    os.replace(staging / LOCK_NAME, lock)
    _step("lock")
    _write_journal(staging, {**journal, "phase": "done"})
    _step("done")


def _roll_back(manifest: Manifest, staging: Path, journal: dict[str, Any]) -> None:
    """Undo a swap at whatever rename it stopped; every step is a rename, so a kill in here is recovered too."""
    new, old = staging / "new", staging / "old"
    for name in reversed(journal["clients"]):
        target = manifest.generated / name
        swapped_in = not (new / name).exists()
        if swapped_in and (target.exists() or target.is_symlink()):
            target.rename(new / name)  # the fresh output leaves; it is deleted with the staging folder
        if (old / name).exists() or (old / name).is_symlink():
            (old / name).rename(target)
    if (old / LOCK_NAME).exists():
        os.replace(old / LOCK_NAME, manifest.root / LOCK_NAME)
    elif not journal["had_lock"] and (manifest.root / LOCK_NAME).is_file():
        (manifest.root / LOCK_NAME).unlink()


def _write_journal(staging: Path, journal: dict[str, Any]) -> None:
    scratch = staging / (_JOURNAL + ".tmp")
    with open(scratch, "w", encoding="utf-8") as handle:
        json.dump(journal, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(scratch, staging / _JOURNAL)


def _read_journal(staging: Path) -> dict[str, Any] | None:
    path = staging / _JOURNAL
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise InputError(path, None, f"unreadable swap journal ({error}); restore generated/ and clients.lock "
                         "from git, then delete this folder") from None  # fmt: skip
    if not (isinstance(journal, dict) and journal.get("phase") in ("swapping", "done")
            and isinstance(journal.get("clients"), list) and isinstance(journal.get("had_lock"), bool)):  # fmt: skip
        raise InputError(path, None, "malformed swap journal; restore generated/ and clients.lock from git, "
                         "then delete this folder")  # fmt: skip
    return journal


def main(argv: Sequence[str] | None = None) -> int:
    parser = ArgumentParser(prog="nox -s generate --", description="Regenerate clients into generated/.")
    parser.add_argument("names", nargs="*", metavar="NAME", help="clients to regenerate (default: all)")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)")
    args = parser.parse_args(argv)
    try:
        clients = regenerate(args.names, root=args.root)
    except InputError as exc:
        print_error(exc)
        return 1
    except OSError as exc:  # generated/ not writable, a file where a folder belongs, a full disk
        print_error(os_error(exc))
        return 1
    for client in clients:
        print(f"generated/{client.name}: {client.distribution} {client.version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
