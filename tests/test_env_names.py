"""One name per purpose for the environment variables: the variables a generated client reads (its `_api.py`), the
ones the contract suite's live mode asks for and the ones the mock's banner tells to export are the same, for every
client in the manifest and for an API whose overlay declares no `x-env` (then `<NAME>_TOKEN`, `<NAME>_BASE_URL`).
One module names them all (scripts/envnames.py, shipped in the mock's distribution).
"""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from scripts.contract import live_access
from scripts.manifest import REPO_ROOT, load_manifest
from scripts.mock import create_app
from scripts.mock._serving import usage_banner
from scripts.sources import resolved_spec
from tests.test_generator_names import document, project, query

MANIFEST = load_manifest()
ORIGIN = "http://127.0.0.1:4010"


def exported(banner: str) -> list[str]:
    """The variables the banner's `export` line names, in order."""
    (line,) = [line for line in banner.splitlines() if line.startswith("  export:")]
    return [word.split("=", 1)[0] for word in line.split()[2:]]


@pytest.mark.parametrize("name", list(MANIFEST.clients))
def test_the_client_the_live_contract_run_and_the_mock_banner_name_the_same_variables(name: str) -> None:
    spec = resolved_spec(name)
    client = runpy.run_path(str(REPO_ROOT / "generated" / name / MANIFEST.clients[name].package / "_api.py"))
    live = live_access(name, spec)
    banner = usage_banner(create_app(spec), ORIGIN, name)
    assert exported(banner) == [client["TOKEN_ENV"], client["BASE_URL_ENV"]] == [live.token, live.base_url]


def test_without_x_env_the_client_the_live_run_and_the_banner_all_read_the_names_defaults(tmp_path: Path) -> None:
    spec = document(query("limit"))
    view = project(spec, tmp_path).view  # what the client's `_api.py` prints (FACTS: the API `names`)
    live = live_access("names", spec)
    banner = usage_banner(create_app(spec), ORIGIN, "names")
    expected = ["NAMES_TOKEN", "NAMES_BASE_URL"]
    assert exported(banner) == [view.token_env, view.base_url_env] == [live.token, live.base_url] == expected
