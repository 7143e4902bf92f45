"""Suite-wide fixtures and rules.

- `regenerated_repo`: one regeneration of every client per run, shared by the tests that need a fresh one.
  Tests that use it (or `released_repo`, built on it, or another fixture of SHARED_FIXTURE_GROUPS) run on one
  xdist worker (`xdist_group`), so the run regenerates and builds once, not once per worker; like every user of
  such a fixture they are `slow`.
- `fixture_checkout`: the fixture APIs of tests/fixtures (tests/fixture_apis.py) added to a copy of the checkout
  and generated, once per run, for the tests that drive them (one xdist group too).
- Under CI, a test skipped because `../shared` is missing fails the run (tests/shared.py).
- A module marked slow as a whole (`pytestmark = pytest.mark.slow`) is not even imported by a run that
  deselects slow tests (`-m "not slow"`, `nox -s fast`): schemathesis and hypothesis build their tests at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.shared import RequireSharedUnderCI

if TYPE_CHECKING:
    from tests.fixture_apis import FixtureCheckout

pytest_plugins = ["pytester"]  # tests/test_shared_folder.py runs small suites in-process

# Fixtures (session or module scope) too expensive to build on every worker: each name is an xdist group of its
# users, which then run on one worker and build it once per run.
SHARED_FIXTURE_GROUPS = {
    "regenerated_repo": "regenerated",  # every client regenerated (tests/conftest.py)
    "released_repo": "regenerated",  # ... and built into dist/ (tests/release/conftest.py)
    "emogg_release": "emogg",  # emogg released at a version (tests/release/conftest.py)
    "outcomes": "crash",  # two clients regenerated in a subprocess (tests/test_regenerate_crash.py)
    "dist": "sdk-dist",  # every client built (tests/sdk/test_sdk_packaging.py)
    "faulty_run": "faulty-mocks",  # the contract suite against faulty mocks, in a child pytest (tests/contract)
    "fixture_checkout": "fixture-apis",  # every fixture API generated in a copy (tests/fixture_apis.py)
}


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


@pytest.hookimpl(tryfirst=True)  # the marks first: `-m` and xdist read them
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        groups = {SHARED_FIXTURE_GROUPS[f] for f in getattr(item, "fixturenames", ()) if f in SHARED_FIXTURE_GROUPS}
        if groups:
            item.add_marker(pytest.mark.xdist_group(min(groups)))
            item.add_marker(pytest.mark.slow)


@pytest.hookimpl(tryfirst=True)  # before xdist sends the collected ids to its scheduler
def pytest_collection_finish(session: pytest.Session) -> None:
    """Give each grouped test its group the way `--dist loadgroup` reads it: `@GROUP` at the end of its id.

    pytest-xdist 3.8 appends it to `item._nodeid`, which pytest 9.2's structured ids no longer read, so every
    group was spread over the workers and each worker built the shared fixture again (pytest-dev/pytest-xdist#1386).
    """
    if not getattr(session.config.option, "loadgroup", False):  # only in an xdist worker under loadgroup
        return
    from _pytest.nodeid import NodeId

    for item in session.items:
        names = {
            str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")
        }
        suffix = "@" + "_".join(sorted(names))
        if names and not item.nodeid.endswith(suffix) and hasattr(item, "_id"):
            item._id = NodeId.parse(item.nodeid + suffix)


@pytest.fixture(scope="session")
def regenerated_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository's inputs with every client regenerated from them, once per run. Read only:
    a test that changes files works on its own copy (`shutil.copytree`)."""
    from scripts.regenerate import regenerate  # the generator's imports only where a run regenerates
    from tests.release.workspace import copy_repo

    root = copy_repo(tmp_path_factory.mktemp("regenerated") / "repo")
    regenerate(root=root)
    return root


@pytest.fixture(scope="session")
def fixture_checkout(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FixtureCheckout]:
    """A copy of the checkout with every fixture API of tests/fixtures in its manifest and generated there, in one
    run per test run, their packages importable meanwhile. Read only, as `regenerated_repo`."""
    from tests.fixture_apis import build_fixture_checkout

    checkout = build_fixture_checkout(tmp_path_factory.mktemp("fixture-apis") / "repo")
    with checkout.importable():
        yield checkout
