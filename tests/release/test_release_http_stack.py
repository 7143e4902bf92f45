"""The HTTP stack an application brings: a client installs next to any httpx it allows without replacing it, and
runs on httpx2 (the maintained fork) through `httpx2.alias_httpx()`, as its README says.

Each case is a fresh virtual environment that pip fills from PyPI (pip's cache helps a second run): first the
application's HTTP library at a fixed version, then the client's wheel, built here as `nox -s build` builds it.
A script run there (isolated: nothing of this checkout on its path) calls the Emogg mock served on loopback.
"""

from __future__ import annotations

import json
import os
import subprocess
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.manifest import REPO_ROOT, load_manifest
from scripts.mock import DEFAULT_TOKEN, create_app
from scripts.mock.serve import serve_in_background
from scripts.release.build import DEFAULT_EPOCH, build_client
from scripts.sources import resolved_spec

pytestmark = pytest.mark.slow

CLIENT = load_manifest().clients["emogg"]
SESSION_ID = "65ea1530bb50af72b6e3dc1e"  # the spec's example
# The floor and the newest httpx the clients allow (templates/pyproject.toml.jinja), and the httpx2 the README names.
HTTPX_FLOOR, HTTPX_NEWEST, HTTPX2 = "0.27.2", "0.29.0", "2.16.2"

CALLER = """
import json, sys
if sys.argv[1] == "alias":
    import httpx2
    httpx2.alias_httpx()
import httpx
from emogg_sessions_client import Emogg
from emogg_sessions_client.errors import NotFoundError
with Emogg(token=sys.argv[2], base_url=sys.argv[3]) as client:
    session = client.sessions.get(sys.argv[4])
    try:
        client.sessions.get("000000000000000000000000", extra_headers={"Prefer": "code=404"})
        missing = "no error"
    except NotFoundError as error:
        missing = type(error).__name__
print(json.dumps({"httpx": httpx.__name__, "version": httpx.__version__, "model": type(session).__name__,
                  "missing": missing, "file": sys.modules["emogg_sessions_client"].__file__}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = build_client(REPO_ROOT, CLIENT, tmp_path_factory.mktemp("dist"), DEFAULT_EPOCH)
    (found,) = [path for path in built if path.suffix == ".whl"]
    return found


@pytest.fixture(scope="module")
def emogg_mock() -> Iterator[str]:
    spec = resolved_spec(CLIENT.name)
    with serve_in_background(create_app(spec, token=DEFAULT_TOKEN)) as origin:
        yield origin


def clean_env() -> dict[str, str]:
    """No pip configuration, no PYTHONPATH: the environment sees PyPI and what it installed, nothing else."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV"))}
    return {**env, "PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


def environment_with(folder: Path, *requirements: str) -> Path:
    """A fresh virtual environment with `requirements` installed (in that order, one pip run each); its python."""
    venv.create(folder, with_pip=True, clear=True)
    python = folder / "bin" / "python"
    for requirement in requirements:
        install = subprocess.run(
            [python, "-m", "pip", "install", "--quiet", requirement],
            env=clean_env(), capture_output=True, text=True, check=False, timeout=600,
        )  # fmt: skip
        assert install.returncode == 0, install.stdout + install.stderr
    return python


def installed_version(python: Path, distribution: str) -> str:
    code = f"import importlib.metadata as m; print(m.version({distribution!r}))"
    return subprocess.run([python, "-I", "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def call_mock(python: Path, origin: str, *, alias: bool = False) -> dict[str, str]:
    run = subprocess.run(
        [python, "-I", "-c", CALLER, "alias" if alias else "plain", DEFAULT_TOKEN, origin, SESSION_ID],
        env=clean_env(), capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    result: dict[str, str] = json.loads(run.stdout)
    assert Path(result.pop("file")).is_relative_to(python.parent.parent)  # the installed client, not this checkout
    return result


@pytest.mark.parametrize("httpx_version", [HTTPX_NEWEST, HTTPX_FLOOR], ids=["newest", "floor"])
def test_a_client_installed_next_to_an_allowed_httpx_keeps_it_and_works(
    httpx_version: str, wheel: Path, emogg_mock: str, tmp_path: Path
) -> None:
    python = environment_with(tmp_path / "venv", f"httpx=={httpx_version}", str(wheel))
    assert installed_version(python, "httpx") == httpx_version
    result = call_mock(python, emogg_mock)
    assert result == {"httpx": "httpx", "version": httpx_version, "model": "Session", "missing": "NotFoundError"}


def test_with_httpx2_aliased_the_client_runs_on_httpx2(wheel: Path, emogg_mock: str, tmp_path: Path) -> None:
    python = environment_with(tmp_path / "venv", f"httpx2=={HTTPX2}", str(wheel))
    result = call_mock(python, emogg_mock, alias=True)
    assert result == {"httpx": "httpx2", "version": HTTPX2, "model": "Session", "missing": "NotFoundError"}
