"""In a fresh virtual environment holding only a client (and what it depends on, resolved by the installer): every
model class of the client is an attrs class, and the client declares attrs among its dependencies, so that a user's
`attrs.has`, `attrs.fields`, `attrs.evolve` work without installing anything else.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from scripts.bench.imports import client_venv
from scripts.manifest import REPO_ROOT, Client, load_manifest

pytestmark = pytest.mark.slow  # builds a venv per client and installs into it

CLIENTS = sorted(load_manifest().clients.values(), key=lambda client: client.name)

# Runs in the client's venv: imports every model of the package, prints what it found as JSON.
CHILD = """
import enum, importlib, importlib.metadata, json, sys
import attrs

package = sys.argv[1]
models = importlib.import_module(package + ".models")
classes = [getattr(models, name) for name in models.__all__]
print(json.dumps({
    "models": sorted(cls.__name__ for cls in classes if not issubclass(cls, enum.Enum)),
    "not_attrs": sorted(cls.__name__ for cls in classes if not issubclass(cls, enum.Enum) and not attrs.has(cls)),
    "fields": {cls.__name__: [f.name for f in attrs.fields(cls)] for cls in classes if attrs.has(cls)},
    "installed": sorted(dist.metadata["Name"].lower() for dist in importlib.metadata.distributions()),
    "requires": importlib.metadata.requires(sys.argv[2]),
}))
"""


@pytest.fixture(scope="module")
def venvs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    home = tmp_path_factory.mktemp("client-venvs")
    return {client.name: client_venv(REPO_ROOT / "generated" / client.name, home / client.name) for client in CLIENTS}


@pytest.mark.parametrize("client", CLIENTS, ids=[client.name for client in CLIENTS])
def test_in_a_venv_with_only_the_client_every_model_class_is_an_attrs_class(
    client: Client, venvs: dict[str, Path]
) -> None:
    python = venvs[client.name]
    completed = subprocess.run(
        [str(python), "-I", "-W", "error", "-c", CHILD, client.package, client.distribution],
        cwd=python.parent,  # outside the checkout: only the installed client can be imported
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    seen = json.loads(completed.stdout)
    assert seen["models"], "the client has models"
    assert seen["not_attrs"] == []
    assert all(fields[-1] == "additional_properties" for fields in seen["fields"].values())
    # Only the client and its dependencies: the speed extra (msgspec) is not installed, attrs comes with the client.
    assert "msgspec" not in seen["installed"]
    assert {client.distribution, "attrs", "httpx"} <= set(seen["installed"])
    assert any(requirement.startswith("attrs") for requirement in seen["requires"])
