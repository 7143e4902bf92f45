"""Every workflow of sessions-clients is a nox session; the logic lives in the importable `scripts` package.

Default sessions (`nox` alone) are the fast checks: lint and tests.
"""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "uv"
nox.options.sessions = ["lint", "tests"]
nox.options.error_on_missing_interpreters = True

REQUIREMENTS = "requirements/dev.txt"


def _tools(session: nox.Session) -> None:
    session.install("-r", REQUIREMENTS)


def _clients(session: nox.Session) -> None:
    """Install every generated client (not editable: what users get is what the tests import)."""
    session.install(*session.run("python", "-m", "scripts.manifest", silent=True).split())  # type: ignore[union-attr]


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate every client into generated/, or only those named: `nox -s generate -- NAME`."""
    _tools(session)
    session.run("python", "-m", "scripts.regenerate", *session.posargs)


@nox.session
def check(session: nox.Session) -> None:
    """Lock (fast: digests), drift guard (regenerates to verify), spec validation and lint."""
    _tools(session)
    session.run("python", "-m", "scripts.lock")
    session.run("python", "-m", "scripts.drift")
    session.run("pytest", "-q", "tests/test_specs.py", "tests/specs")
    session.notify("lint")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on scripts/ and tests/; mypy --strict on scripts/ and on every generated client."""
    _tools(session)
    session.run("ruff", "check", "scripts", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "scripts", "tests", "noxfile.py")
    session.run("mypy", "scripts", "noxfile.py")
    session.run("python", "-m", "scripts.typecheck")


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite (what `.ci/run` runs). Extra arguments go to pytest."""
    _tools(session)
    _clients(session)
    session.run("pytest", *session.posargs)


@nox.session
def mock(session: nox.Session) -> None:
    """Serve a client's mock on 127.0.0.1: `nox -s mock -- NAME [--port N] [--token T] [--seed S]`."""
    if not session.posargs:
        session.error("usage: nox -s mock -- NAME [--port N] [--token T] [--seed S]")
    _tools(session)
    session.run("python", "-m", "scripts.mock.serve", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Contract tests against the mocks, in-process: `nox -s contract -- [NAME ...] [--live] [--max-examples N]`."""
    _tools(session)
    _clients(session)
    session.run("python", "-m", "scripts.contract", *session.posargs)


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
    _tools(session)
    session.run("python", "-m", "scripts.release.bump", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Lock check, breaking-change gate, then reproducible wheel + sdist per client into dist/: `-- [NAME ...]`."""
    _tools(session)
    session.run("python", "-m", "scripts.release.build", *session.posargs)


@nox.session
def publish(session: nox.Session) -> None:
    """Upload dist/ with twine: `-- --repository-url URL [NAME ... | --tag NAME-vX.Y.Z]`; a dry run without a URL."""
    _tools(session)
    session.run("python", "-m", "scripts.release.publish", *session.posargs)
