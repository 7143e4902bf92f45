"""The tests that share an expensive fixture (tests/conftest.py, SHARED_FIXTURE_GROUPS) run on one xdist worker,
so a run builds that fixture once, and the fast subset does not import the modules that are slow as a whole.

Each case runs a small suite in a child pytest with this suite's collection hooks, as `nox -s tests` runs them.
"""

from __future__ import annotations

import os

import pytest

from scripts.manifest import REPO_ROOT

CONFTEST = """
import os
import pytest
from tests.conftest import pytest_collection_finish, pytest_collection_modifyitems, pytest_ignore_collect

@pytest.fixture(scope="session")
def dist(tmp_path_factory):  # a fixture of SHARED_FIXTURE_GROUPS: its users make one group
    with open(os.environ["BUILT"], "a") as built:
        built.write(os.environ.get("PYTEST_XDIST_WORKER", "main") + "\\n")
"""

SHARED = """
import pytest

@pytest.mark.parametrize("n", range(6))
def test_uses_the_build(dist, n):
    pass

@pytest.mark.parametrize("n", range(6))
def test_alone(n):
    pass
"""


@pytest.fixture
def child(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("BUILT", str(pytester.path / "built.txt"))
    pytester.makeconftest(CONFTEST)
    return pytester


@pytest.mark.slow  # a child pytest with two workers
def test_the_users_of_a_shared_fixture_run_on_one_worker_that_builds_it_once(child: pytest.Pytester) -> None:
    child.makepyfile(test_shared=SHARED)
    result = child.runpytest_subprocess("-p", "no:cacheprovider", "-n", "2", "--dist", "loadgroup", "-v")
    result.assert_outcomes(passed=12)
    assert (child.path / "built.txt").read_text().count("\n") == 1, "the shared fixture was built on each worker"
    workers = {line.split()[0] for line in result.outlines if "test_uses_the_build" in line and "PASSED" in line}
    assert len(workers) == 1, workers


def test_the_fast_subset_does_not_import_a_module_slow_as_a_whole(child: pytest.Pytester) -> None:
    child.makepyfile(
        test_slow="import pytest\npytestmark = pytest.mark.slow\nraise ImportError('imported')\n",
        test_quick="def test_quick():\n    pass\n",
    )
    result = child.runpytest_inprocess("-p", "no:cacheprovider", "-m", "not slow")
    result.assert_outcomes(passed=1)
    assert child.runpytest_inprocess("-p", "no:cacheprovider").ret == pytest.ExitCode.INTERRUPTED  # imported then
