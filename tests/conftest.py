"""Suite-wide fixtures and rules.

- `regenerated_repo`: one regeneration of every client per run, shared by the tests that need a fresh one.
  Tests that use it (or `released_repo`, built on it) run on one xdist worker (`xdist_group`), so the run
  regenerates once, not once per worker; like every user of such a fixture they are `slow`.
- Under CI, a test skipped because `../shared` is missing fails the run (tests/shared.py).
- A module marked slow as a whole (`pytestmark = pytest.mark.slow`) is not even imported by a run that
  deselects slow tests (`-m "not slow"`, `nox -s fast`): schemathesis and hypothesis build their tests at import.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.shared import RequireSharedUnderCI

pytest_plugins = ["pytester"]  # tests/test_shared_folder.py runs small suites in-process

# Session fixtures too expensive to build on every worker: each name is an xdist group of its users.
SHARED_FIXTURE_GROUPS = {"regenerated_repo": "regenerated", "released_repo": "regenerated", "emogg_release": "emogg"}


# A module's own line saying every test in it is slow.
SLOW_MODULE = re.compile(r"^pytestmark = pytest\.mark\.slow\b", re.MULTILINE)


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(RequireSharedUnderCI(), "require-shared-under-ci")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Under `-m "not slow"`, skip importing the modules whose every test that expression would deselect."""
    if " ".join(str(config.getoption("markexpr")).split()) != "not slow":
        return None
    if collection_path.suffix == ".py" and collection_path.name.startswith("test_"):
        return bool(SLOW_MODULE.search(collection_path.read_text(encoding="utf-8"))) or None
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        groups = {SHARED_FIXTURE_GROUPS[f] for f in getattr(item, "fixturenames", ()) if f in SHARED_FIXTURE_GROUPS}
        if groups:
            item.add_marker(pytest.mark.xdist_group(min(groups)))
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def regenerated_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository's inputs with every client regenerated from them, once per run. Read only:
    a test that changes files works on its own copy (`shutil.copytree`)."""
    from scripts.regenerate import regenerate  # the generator's imports only where a run regenerates
    from tests.release.workspace import copy_repo

    root = copy_repo(tmp_path_factory.mktemp("regenerated") / "repo")
    regenerate(root=root)
    return root
