"""The runtime is Python in runtime/: imported and tested here without generating anything, shipped verbatim.

What every client carries unchanged (engine, errors, types, paging, pages, typed path, SDK base) lives once, in
runtime/, where ruff and mypy --strict check it (`nox -s lint`); templates/ renders only what differs per API.
"""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path

import pytest

from scripts.manifest import REPO_ROOT, RUNTIME, RUNTIME_MODULES, load_manifest

MANIFEST = load_manifest()
# Files the pinned generator writes from its own templates, the same for every API by its design (the licence is
# the repository's): the package marker, and the one-line `__init__` of the operations package and of each tag.
GENERATOR_OWN = {".gitignore", "LICENSE", "PKG/py.typed", "PKG/api/__init__.py"}


@pytest.mark.parametrize("module", RUNTIME_MODULES)
def test_every_runtime_module_imports_from_the_repository_as_it_is(module: str) -> None:
    loaded = importlib.import_module(f"runtime.{module.removesuffix('.py')}")
    assert Path(loaded.__file__ or "") == RUNTIME / module


def test_the_runtime_reads_its_api_facts_from_the_stand_in() -> None:
    from runtime import _api, _sdk, client

    assert client.DEFAULT_BASE_URL == _api.DEFAULT_BASE_URL
    assert _sdk.TOKEN_ENV == _api.TOKEN_ENV
    assert _sdk.USER_AGENT.startswith(f"{_api.DISTRIBUTION}/{_api.VERSION} ")
    assert client.logger.name == _sdk.logger.name == "runtime"


@pytest.mark.parametrize("name", MANIFEST.clients)
@pytest.mark.parametrize("module", RUNTIME_MODULES)
def test_each_client_carries_the_runtime_byte_for_byte(name: str, module: str) -> None:
    client = MANIFEST.clients[name]
    shipped = MANIFEST.generated / name / client.package / module
    assert shipped.read_bytes() == (RUNTIME / module).read_bytes()


def _files(name: str) -> dict[str, str]:
    folder = MANIFEST.generated / name
    package = MANIFEST.clients[name].package
    return {
        path.relative_to(folder).as_posix().replace(f"{package}/", "PKG/", 1): hashlib.sha256(
            path.read_bytes()
        ).hexdigest()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_templates_render_nothing_that_is_the_same_in_every_client() -> None:
    """A file equal in every client is runtime (copied from runtime/) or the generator's own, never a template."""
    files = [_files(name) for name in MANIFEST.clients]
    same = {path for path, digest in files[0].items() if all(other.get(path) == digest for other in files[1:])}
    runtime = {f"PKG/{module}" for module in RUNTIME_MODULES}
    tags = {path for path in same if path.startswith("PKG/api/") and path.endswith("/__init__.py")}
    assert same - runtime - GENERATOR_OWN - tags == set()
    assert runtime <= same


def test_the_runtime_folder_holds_no_template() -> None:
    assert not list(RUNTIME.rglob("*.jinja"))
    assert {p.name for p in (REPO_ROOT / "templates").glob("*.py.jinja")}.isdisjoint(
        {f"{module}.jinja" for module in RUNTIME_MODULES}
    )
