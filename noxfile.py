"""Every workflow of sessions-clients is a nox session; the logic lives in the importable `scripts` package.

Default sessions (`nox` alone) are the fast checks: lint and tests.

Environments are reused: each records a digest of what it was built from (the lock, and for the sessions that
import the clients, generated/) and reinstalls only when that changed, so a repeated `nox -s mock -- emogg`
starts in about a second and several sessions can use their environments at once. `--reuse-venv=never`
(or `-N`) rebuilds from scratch.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tomllib
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"  # uv when installed (requirements/bootstrap.txt), else virtualenv
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "tests"]
nox.options.error_on_missing_interpreters = True

ROOT = Path(__file__).resolve().parent
REQUIREMENTS = "requirements/dev.txt"
STAMPS = ".sessions-clients"  # folder inside each environment holding the digests it was built from


def _digest(*paths: Path) -> str:
    """SHA-256 of every file's relative name and bytes under `paths` (caches aside)."""
    h = hashlib.sha256()
    for top in paths:
        files = sorted(p for p in top.rglob("*") if p.is_file()) if top.is_dir() else [top]
        for path in files:
            if "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            h.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _install_once(session: nox.Session, name: str, digest: str, *args: str) -> None:
    """`session.install(*args)` unless this environment was already built from inputs with this digest."""
    location = getattr(session.virtualenv, "location", None)
    stamp = Path(location) / STAMPS / name if location else None
    if stamp is not None and stamp.is_file() and stamp.read_text() == digest:
        session.log(f"{name}: up to date with its inputs, nothing to install")
        return
    session.install(*args)
    if stamp is not None:
        stamp.parent.mkdir(exist_ok=True)
        stamp.write_text(digest)


def _tools(session: nox.Session) -> None:
    """The lock, installed with its hashes (nothing unpinned or unverified enters the environment)."""
    _install_once(session, "tools", _digest(ROOT / REQUIREMENTS), "--require-hashes", "-r", REQUIREMENTS)


def _clients(session: nox.Session) -> None:
    """Install every generated client (not editable: what users get is what the tests import).

    `--no-deps`: their dependencies (httpx, attrs) come from the hashed lock, already installed.
    """
    folders = [f"generated/{name}" for name in _client_names()]
    digest = _digest(ROOT / REQUIREMENTS, *(ROOT / folder for folder in folders))
    reinstall = "--reinstall" if getattr(session.virtualenv, "venv_backend", "") == "uv" else "--force-reinstall"
    _install_once(session, "clients", digest, "--no-deps", reinstall, *folders)


def _client_names() -> list[str]:
    with (ROOT / "clients.toml").open("rb") as manifest:
        return list(tomllib.load(manifest).get("clients", {}))


def _redocly(session: nox.Session) -> dict[str, str]:
    """The pinned @redocly/cli (requirements/redocly) for the changelogs' spec section, installed once with npm.

    Returns the environment naming it for scripts/release/specdiff.py; without npm, or when the install fails
    (offline), nothing: the changelog then says the rating was skipped.
    """
    if shutil.which("npm") is None:
        session.warn("Node.js/npm not found: changelogs list spec changes unrated (`redocly diff` needs Node.js)")
        return {}
    target = Path(getattr(session.virtualenv, "location", ROOT / ".nox" / "bump")).parent / "redocly"
    lock = ROOT / "requirements" / "redocly" / "package-lock.json"
    stamp = target / ".sessions-clients-digest"
    if not (stamp.is_file() and stamp.read_text() == _digest(lock)):
        target.mkdir(parents=True, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copy2(lock.parent / name, target / name)
        try:
            session.run("npm", "ci", "--prefix", str(target), "--ignore-scripts", "--no-audit", "--no-fund",
                        external=True)  # fmt: skip
        except nox.command.CommandFailed:
            session.warn("npm ci failed: changelogs list spec changes unrated")
            return {}
        stamp.write_text(_digest(lock))
    return {"REDOCLY": str(target / "node_modules" / ".bin" / "redocly")}


def _check_names(session: nox.Session, *, usage: str, required: bool = False, skip: int = 0) -> None:
    """Fail before any install when a leading argument (after `skip` subcommand words) is not a client of
    clients.toml (a typo costs no build)."""
    leading = []
    for arg in session.posargs[skip:]:
        if arg.startswith("-"):
            break
        leading.append(arg)
    if required and not leading:
        session.error(f"usage: {usage}")
    known = _client_names()
    unknown = [name for name in leading if name not in known]
    if unknown:
        session.error(f"unknown client {', '.join(map(repr, unknown))}; clients.toml has: {', '.join(known)}")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate every client into generated/, or only those named: `nox -s generate -- NAME`; then the mock
    distribution's bundled specs (mock/src/sessions_mock/specs)."""
    _check_names(session, usage="nox -s generate -- [NAME ...]")
    _tools(session)
    session.run("python", "-m", "scripts.regenerate", *session.posargs)
    session.run("python", "-m", "scripts.mock.bundle")


@nox.session
def check(session: nox.Session) -> None:
    """Lock (fast: digests), drift guard (regenerates to verify), spec validation and lint."""
    _tools(session)
    session.run("python", "-m", "scripts.lock")
    session.run("python", "-m", "scripts.drift")  # generated/ and the mock's bundled specs
    session.run("pytest", "-q", "tests/test_specs.py", "tests/specs")
    session.notify("lint")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on runtime/, scripts/ and tests/; mypy --strict on runtime/, scripts/ and every generated client."""
    _tools(session)
    session.run("ruff", "check", "runtime", "scripts", "tests", "mock", "noxfile.py")
    session.run("ruff", "format", "--check", "runtime", "scripts", "tests", "mock", "noxfile.py")
    session.run("mypy", "runtime", "scripts", "noxfile.py")
    session.run("python", "-m", "scripts.typecheck")


def _bytecode_cache(session: nox.Session) -> dict[str, str]:
    """Compiled bytecode kept inside the environment (`pycache/`), even where PYTHONDONTWRITEBYTECODE is set.

    Without it every test process, xdist worker and generator run compiles what it imports (schemathesis,
    hypothesis, openapi-python-client: thousands of modules) from source again, which costs more than the fast
    subset's tests themselves.
    """
    location = getattr(session.virtualenv, "location", None)
    if not location:
        return {}
    return {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(Path(location) / "pycache")}


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite (what `.ci/run` runs), in parallel. Extra arguments go to pytest: `-- -m "not slow"`."""
    _tools(session)
    _clients(session)
    # Two workers on two cores; tests sharing an expensive fixture carry one xdist_group and stay together.
    env = {**_bytecode_cache(session), **_redocly(session)}
    session.run("pytest", "-n", "auto", "--dist", "loadgroup", *session.posargs, env=env)


# The HTTP libraries the clients are also tested on, besides the lock's httpx (their README names them): the oldest
# and the newest httpx their range allows, and httpx2, the maintained fork, which they run on through its alias.
HTTP_STACKS = {"httpx-floor": "httpx==0.27.2", "httpx-newest": "httpx==0.29.0", "httpx2": "httpx2==2.16.2"}
_PYTEST = "import sys, pytest; sys.exit(pytest.main(sys.argv[1:]))"
# As the README tells an application on httpx2: alias first, before anything (pytest's plugins too) imports httpx.
_PYTEST_ON_HTTPX2 = "import httpx2; httpx2.alias_httpx(); " + _PYTEST
# httpx2 imports anyio, a pytest plugin, before pytest starts: it cannot rewrite its asserts, and need not.
_NOT_REWRITTEN = ("-W", "ignore:Module already imported so cannot be rewritten; anyio")


@nox.session
def http_stack(session: nox.Session) -> None:
    """The clients' fast runtime and SDK tests on another HTTP library: `nox -s http_stack -- STACK [pytest args]`.

    STACK is httpx-floor, httpx-newest or httpx2 (HTTP_STACKS); its own environment, the lock plus that pin.
    """
    usage = f"usage: nox -s http_stack -- {'|'.join(HTTP_STACKS)} [pytest arguments]"
    if not session.posargs or session.posargs[0] not in HTTP_STACKS:
        session.error(usage)
    stack, *arguments = session.posargs
    _tools(session)
    _clients(session)
    session.install(HTTP_STACKS[stack])
    runner, options = (_PYTEST_ON_HTTPX2, _NOT_REWRITTEN) if stack == "httpx2" else (_PYTEST, ())
    selected = ["tests/runtime", "tests/sdk", "-m", "not slow", *arguments]
    env = _bytecode_cache(session)
    session.run("python", "-c", runner, "-p", "no:cacheprovider", "-n", "0", *options, *selected, env=env)


@nox.session(python=False)
def fast(session: nox.Session) -> None:
    """The fast subset before a commit: `tests` in its environment, without the `slow` tests, in one process.

    Extra arguments go to pytest: `nox -s fast -- tests/test_mock.py -x`.
    """
    session.notify("tests", posargs=["-m", "not slow", "-n", "0", *session.posargs])


@nox.session
def mock(session: nox.Session) -> None:
    """Serve a client's mock: `nox -s mock -- NAME [--host H] [--port N] [--token T] [--seed S] [--stateful]`.

    Also `nox -s mock -- proxy NAME --upstream URL [--report FILE]` and `nox -s mock -- spec NAME`.
    """
    usage = "nox -s mock -- [proxy|spec] NAME [--host H] [--port N] [--token T] [--seed S] [--stateful]"
    subcommand = 1 if session.posargs[:1] in (["proxy"], ["spec"]) else 0
    _check_names(session, usage=usage, required=True, skip=subcommand)
    _tools(session)
    session.run("python", "-m", "scripts.mock.serve", *session.posargs)


@nox.session(name="build-mock")
def build_mock(session: nox.Session) -> None:
    """The mock distribution (mock/, `sessions-clients-mock`): its bundle checked, then sdist and wheel (from the
    sdist, reproducibly: SOURCE_DATE_EPOCH 1980-01-01 unless set) into dist-mock/. `pip install dist-mock/*.whl`."""
    _tools(session)
    session.run("python", "-m", "scripts.mock.bundle", "--check")
    shutil.rmtree(ROOT / "dist-mock", ignore_errors=True)
    epoch = {"SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "315532800")}
    session.run("python", "-m", "build", "--no-isolation", "--outdir", "dist-mock", "mock", env=epoch)


@nox.session
def contract(session: nox.Session) -> None:
    """Contract tests against the mocks, in-process, or aimed at a server: `--base-url URL` (one API), `--live`.

    `nox -s contract -- [NAME ...] [--live | --base-url URL] [--include-writes] [--rate-limit 10/s]
    [--max-examples N] [--report junit,har]`
    """
    usage = "nox -s contract -- [NAME ...] [--live | --base-url URL] [--include-writes] [--max-examples N] [--report …]"
    _check_names(session, usage=usage)
    _tools(session)
    _clients(session)
    # pytest's assertion rewrites of schemathesis (a pytest plugin) are cached too: seconds on every run.
    session.run("python", "-m", "scripts.contract_command", *session.posargs, env=_bytecode_cache(session))


@nox.session
def fidelity(session: nox.Session) -> None:
    """Every client operation against the vendor's own document.

    `nox -s fidelity -- [NAME ...] [--vendor-specs DIR]` (see scripts/fidelity.py).
    """
    _check_names(session, usage="nox -s fidelity -- [NAME ...] [--vendor-specs DIR]")
    _tools(session)
    _clients(session)
    session.run("python", "-m", "scripts.fidelity", *session.posargs)


@nox.session
def overlay(session: nox.Session) -> None:
    """Show what overlays do: `nox -s overlay -- SPEC OVERLAY [OVERLAY ...] [-o FILE]`."""
    if not session.posargs:
        session.error("usage: nox -s overlay -- SPEC OVERLAY [OVERLAY ...] [-o FILE] [--allow-empty-targets]")
    _tools(session)
    session.run("python", "-m", "scripts.overlay", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks as ratios against their anchors: table printed, JSON in .bench/. `-- [--only NAME] [--quick]`."""
    _tools(session)
    _clients(session)
    session.run("python", "-m", "scripts.bench", *session.posargs)


@nox.session
def bump(session: nox.Session) -> None:
    """Propose each client's next version from its change since the last release; write it and a changelog entry.

    `nox -s bump -- [NAME ...] [--dry-run]` (all clients when none is named).
    """
    _check_names(session, usage="nox -s bump -- [NAME ...] [--dry-run]")
    _tools(session)
    session.run("python", "-m", "scripts.release.bump", *session.posargs, env=_redocly(session))


@nox.session
def signatures(session: nox.Session) -> None:
    """Rewrite signatures/NAME.txt, the public face of each generated client, after a change: `-- [NAME ...]`."""
    _check_names(session, usage="nox -s signatures -- [NAME ...]")
    _tools(session)
    session.run("python", "-m", "scripts.release.api", "--update", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Lock check, breaking-change gate, then reproducible wheel + sdist per client into dist/: `-- [NAME ...]`."""
    _check_names(session, usage="nox -s build -- [NAME ...]")
    _tools(session)
    session.run("python", "-m", "scripts.release.build", *session.posargs)


@nox.session
def publish(session: nox.Session) -> None:
    """Upload dist/ with twine: `-- --repository-url URL [NAME ... | --tag NAME-vX.Y.Z]`; a dry run without a URL."""
    _check_names(session, usage="nox -s publish -- [NAME ...] [--repository-url URL] [--tag NAME-vX.Y.Z]")
    _tools(session)
    session.run("python", "-m", "scripts.release.publish", *session.posargs)
