"""The environment variables an API's client reads, named in one place for everything that names them: the
generated client (`_api.py`, through the view model), its README, the contract suite's live mode and the mock's
banner, `nox -s mock` as much as the installed `sessions-mock` (mock/hatch_build.py maps this module into the
distribution as `sessions_mock/envnames.py`, as it maps scripts/errors.py; the mock imports it relatively).

Plain Python without imports of the repository: the generator, the workflow and the mock all load it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["EnvNames", "env_names"]


@dataclass(frozen=True)
class EnvNames:
    """The environment variables an API's client reads: its token, its base URL, its log switch."""

    token: str
    base_url: str
    log: str


def env_names(name: str, document: Mapping[str, Any]) -> EnvNames:
    """The variables of client `name` (its manifest name): the overlaid spec's `info.x-env`, each missing one
    `<NAME>_TOKEN`, `<NAME>_BASE_URL`, `<prefix of the base URL's>_LOG`."""
    # Like every document-level hint, read from `info` or else from the document's top level.
    declared = (document.get("info") or {}).get("x-env") or document.get("x-env") or {}
    prefix = name.upper().replace("-", "_")
    base_url = str(declared.get("base_url") or prefix + "_BASE_URL")
    return EnvNames(
        token=str(declared.get("token") or prefix + "_TOKEN"),
        base_url=base_url,
        log=str(declared.get("log") or base_url.removesuffix("_BASE_URL") + "_LOG"),
    )
