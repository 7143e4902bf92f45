"""Maps the repository's mock code into the distribution, so it lives in one place (scripts/mock).

From a clone (the folder beside this one holds scripts/mock): scripts/mock/*.py become `sessions_mock/_core/`,
scripts/errors.py `sessions_mock/errors.py` and scripts/envnames.py `sessions_mock/envnames.py` (the mock's
modules import each other, `..errors` and `..envnames` relatively, so they work under either name). The sdist
gets them under src/, so a wheel built from the sdist (`python -m build`, pip from an index) finds them there
without the clone. Modules that read the repository
(`serve.py`: specs from clients.toml; `bundle.py`) stay out: the distribution serves its bundled specs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

REPOSITORY_ONLY = {"serve.py", "bundle.py"}
# Modules of scripts/ the mock shares with the rest of the workflow, shipped beside `_core`.
SHARED = ("errors.py", "envnames.py")


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        repository = Path(self.root).resolve().parent
        core = repository / "scripts" / "mock"
        if not (repository / "clients.toml").is_file() or not core.is_dir():
            return  # building from the sdist: src/sessions_mock already holds everything
        package = "src/sessions_mock" if self.target_name == "sdist" else "sessions_mock"
        force_include = build_data["force_include"]
        for module in sorted(core.glob("*.py")):
            if module.name not in REPOSITORY_ONLY:
                force_include[str(module)] = f"{package}/_core/{module.name}"
        for shared in SHARED:
            force_include[str(repository / "scripts" / shared)] = f"{package}/{shared}"
