"""The fixture APIs: APIs the factory has never seen, each a folder of tests/fixtures holding `spec.yaml`,
`overlay.yaml` and `client.toml` (its manifest entry, the spec and overlays named relative to the folder).

Nothing outside its folder names a fixture API: `fixture_apis()` finds them by their `client.toml`, and
`build_fixture_checkout` copies the checkout (scripts and tests too, so that the commands and suites run inside
the copy read the copy's manifest), adds every fixture API to the copy's manifest and generates them all in one
run. They are never committed as clients. The `fixture_checkout` fixture (tests/conftest.py) builds it once per
run for every test that needs it; tests/test_fixture_apis.py drives each API through its facade and runs the
contract suite on it.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from scripts.manifest import MANIFEST_NAME, REPO_ROOT
from scripts.regenerate import STRAY
from tests.release.workspace import copy_repo

__all__ = [
    "ENTRY_NAME",
    "FIXTURES",
    "FixtureAPI",
    "FixtureCheckout",
    "build_fixture_checkout",
    "fixture_apis",
    "fixture_in",
    "runnable_copy",
]

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ENTRY_NAME = "client.toml"  # a folder holding one is a fixture API
# Besides the workflow's inputs and outputs (copy_repo): what running the commands and test suites inside the copy
# takes.
_RUNNABLE = ("scripts", "tests", "runtime", "signatures")
_RUNNABLE_FILES = ("pyproject.toml", "README.md", ".yamllint.yaml")


@dataclass(frozen=True)
class FixtureAPI:
    folder: Path
    name: str
    entry: dict[str, Any]  # the manifest table of its client.toml, spec and overlays relative to the folder

    @property
    def package(self) -> str:
        return str(self.entry["package"])

    @property
    def relative_folder(self) -> Path:
        """Where the folder is in a checkout (the copy keeps it there)."""
        return self.folder.relative_to(REPO_ROOT)

    @property
    def spec(self) -> Path:
        return self.folder / self.entry["spec"]

    @property
    def overlays(self) -> list[Path]:
        return [self.folder / overlay for overlay in self.entry.get("overlays", [])]

    def manifest_table(self, spec: str | None = None, overlays: list[str] | None = None) -> str:
        """Its `[clients.NAME]` table for clients.toml, the spec and overlays named from the checkout's root (where
        the folder is, unless given)."""
        here = self.relative_folder
        values = {
            **self.entry,
            "spec": spec or (here / self.entry["spec"]).as_posix(),
            "overlays": overlays or [(here / overlay).as_posix() for overlay in self.entry.get("overlays", [])],
        }
        # JSON strings and lists of them are TOML too (the standard library reads TOML but does not write it).
        return "".join([f"\n[clients.{self.name}]\n", *(f"{key} = {json.dumps(v)}\n" for key, v in values.items())])


def fixture_apis(fixtures: Path = FIXTURES) -> list[FixtureAPI]:
    """Every fixture API: the folders of `fixtures` with a client.toml, in name order."""
    found = []
    for entry in sorted(fixtures.glob(f"*/{ENTRY_NAME}")):
        with entry.open("rb") as file:
            tables = tomllib.load(file).get("clients", {})
        found += [FixtureAPI(entry.parent, name, dict(table)) for name, table in tables.items()]
    return found


def fixture_in(folder: str | Path) -> FixtureAPI:
    """The fixture API of one folder (for the tests of what one fixture API is for, e.g. its unions)."""
    found = [api for api in fixture_apis() if api.folder.name == Path(folder).name]
    if len(found) != 1:
        raise LookupError(f"{FIXTURES / Path(folder).name}: expected one fixture API (a {ENTRY_NAME}), found {found}")
    return found[0]


@dataclass(frozen=True)
class FixtureCheckout:
    """A copy of the checkout with every fixture API in its manifest and generated under its generated/."""

    root: Path
    apis: tuple[FixtureAPI, ...]

    def client_folder(self, api: FixtureAPI) -> Path:
        return self.root / "generated" / api.name

    def package(self, api: FixtureAPI) -> ModuleType:
        return importlib.import_module(api.package)

    def spec(self, api: FixtureAPI) -> dict[str, Any]:
        """Its resolved spec (overlays applied), as the mock and the contract suite read it."""
        from scripts.sources import resolved_spec

        return resolved_spec(api.name, self.root)

    def environment(self) -> dict[str, str]:
        """This process's environment, importing the copy's scripts and tests and every fixture client."""
        path = [str(self.root), *(str(self.client_folder(api)) for api in self.apis)]
        return {**os.environ, "PYTHONPATH": os.pathsep.join(path)}

    @contextmanager
    def importable(self) -> Iterator[None]:
        """The fixture clients importable in this process until the generator ends (then forgotten again)."""
        folders = [str(self.client_folder(api)) for api in self.apis]
        sys.path[:0] = folders
        try:
            yield
        finally:
            for folder in folders:
                sys.path.remove(folder)
            packages = tuple(api.package for api in self.apis)
            for module in [m for m in sys.modules if m.split(".")[0] in packages]:
                del sys.modules[module]


def runnable_copy(dest: Path) -> Path:
    """A copy of the checkout at `dest` in which the commands and the test suites run (scripts/ and tests/ too)."""
    root = copy_repo(dest)
    for folder in _RUNNABLE:  # tests/ brings the fixture folders along, at the paths their entries name
        shutil.copytree(REPO_ROOT / folder, root / folder, ignore=shutil.ignore_patterns(*STRAY, "__pycache__"))
    for name in _RUNNABLE_FILES:
        shutil.copy2(REPO_ROOT / name, root / name)
    return root


def build_fixture_checkout(dest: Path, apis: list[FixtureAPI] | None = None) -> FixtureCheckout:
    """A copy of the checkout at `dest` with `apis` (every fixture API by default) added and generated, in one run."""
    from scripts.regenerate import main as regenerate  # the generator's imports only when used

    apis = fixture_apis() if apis is None else apis
    root = runnable_copy(dest)
    with (root / MANIFEST_NAME).open("a", encoding="utf-8") as manifest:
        manifest.writelines(api.manifest_table() for api in apis)
    names = [api.name for api in apis]
    if names:
        assert regenerate(["--root", str(root), *names]) == 0, f"the fixture APIs {names} did not generate"
    return FixtureCheckout(root, tuple(apis))
