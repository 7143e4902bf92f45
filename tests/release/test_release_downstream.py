"""Downstream import: publish every client to a real index, install it in a fresh virtualenv from that index
alone, import it and call the spec-driven mock through it. What a user of the clients gets, end to end.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import venv
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.strings import PythonIdentifier

from scripts.manifest import load_manifest
from scripts.mock import DEFAULT_TOKEN, create_app
from scripts.mock.serve import serve_in_background
from scripts.sources import resolved_spec
from tests.release.conftest import PASSWORD, UPLOADER
from tests.release.workspace import Index, publish_env, run_module
from tests.support import deref

# Runs inside the fresh virtualenv: only what pip installed there can be imported (-I: no PYTHONPATH, no cwd).
CALLER = """
import importlib, json, sys
results = []
for call in json.loads(sys.argv[1]):
    package = importlib.import_module(call["package"])
    endpoint = importlib.import_module(call["module"])
    client = package.AuthenticatedClient(base_url=call["base_url"], token=call["token"])
    with client:
        response = endpoint.sync_detailed(client=client, **call["kwargs"])
    results.append({
        "package": call["package"],
        "file": package.__file__,
        "status": int(response.status_code),
        "parsed": type(response.parsed).__name__,
    })
print(json.dumps(results))
"""


def first_get(spec: dict[str, Any], package: str) -> tuple[str, dict[str, str], str]:
    """The module of the spec's first GET operation, its path arguments (documented examples) and its path."""
    for path, item in spec["paths"].items():
        operation = item.get("get")
        if operation is None:
            continue
        tag = PythonIdentifier(operation["tags"][0], prefix="tag")
        module = f"{package}.api.{tag}.{PythonIdentifier(operation['operationId'], prefix='')}"
        kwargs = {}
        for parameter in (deref(spec, p) for p in item.get("parameters", []) + operation.get("parameters", [])):
            if parameter.get("in") == "path":  # a shared one is a `$ref` (StreamElements' `channel`)
                example = parameter.get("example", (parameter.get("examples") or ["x"])[0])
                kwargs[str(PythonIdentifier(parameter["name"], prefix="field_"))] = str(example)
        return module, kwargs, path
    raise AssertionError("no GET operation")


def clean_env() -> dict[str, str]:
    """No pip configuration, no PYTHONPATH: the virtualenv sees the index and nothing else."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV"))}
    return {**env, "PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


@pytest.mark.slow
def test_clients_install_from_the_index_alone_and_call_the_mock(
    released_repo: Path, index: Index, dependency_wheels: Path, tmp_path: Path
) -> None:
    # The index holds the four clients (uploaded by the publish step) and their dependencies, nothing more.
    published = run_module(
        "scripts.release.publish",
        "--repository-url",
        index.url,
        root=released_repo,
        env=publish_env(UPLOADER, PASSWORD),
    )
    assert published.returncode == 0, published.stdout + published.stderr
    for wheel in dependency_wheels.glob("*.whl"):
        shutil.copy2(wheel, index.packages / wheel.name)

    manifest = load_manifest(released_repo)
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True, clear=True)
    python = str(environment / "bin" / "python")
    install = subprocess.run(
        [python, "-m", "pip", "install", "--no-cache-dir", "--index-url", index.simple,
         *(c.distribution for c in manifest.clients.values())],
        cwd=tmp_path, env=clean_env(), capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert install.returncode == 0, install.stdout + install.stderr
    assert f"Looking in indexes: {index.simple}" in install.stdout
    installed = next(line for line in install.stdout.splitlines() if line.startswith("Successfully installed"))
    for client in manifest.clients.values():
        assert f"{client.distribution}-{client.version}" in installed.split()

    calls, expected_paths = [], {}
    with ExitStack() as servers:
        for client in manifest.clients.values():
            spec = resolved_spec(client.name, released_repo)
            app = create_app(spec, token=DEFAULT_TOKEN)
            origin = servers.enter_context(serve_in_background(app))
            module, kwargs, path = first_get(spec, client.package)
            base_url = origin + app.model.base_paths[0]
            calls.append(
                {
                    "package": client.package,
                    "module": module,
                    "base_url": base_url,
                    "token": DEFAULT_TOKEN,
                    "kwargs": kwargs,
                }
            )
            expected_paths[client.package] = path
        run = subprocess.run(
            [python, "-I", "-c", CALLER, json.dumps(calls)],
            cwd=tmp_path, env=clean_env(), capture_output=True, text=True, check=False, timeout=120,
        )  # fmt: skip
    assert run.returncode == 0, run.stderr
    results = {r["package"]: r for r in json.loads(run.stdout)}
    assert sorted(results) == sorted(c.package for c in manifest.clients.values())
    for package, result in results.items():
        assert Path(result["file"]).is_relative_to(environment), f"{package} imported from {result['file']}"
        assert result["status"] == 200, (package, expected_paths[package], result)
        assert result["parsed"][0].isupper() and result["parsed"] not in ("NoneType", "Unset"), result  # a model
