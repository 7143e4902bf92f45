"""A clone without `../shared` passes with named skips; under CI those skips fail the run."""

from __future__ import annotations

import pytest

from tests.shared import RequireSharedUnderCI

SUITE = """
from tests.shared import shared_folder, shared_subfolders
import pytest

@pytest.mark.parametrize("name", shared_subfolders("no-such-folder"))
def test_each_set(name):
    assert name

def test_seeds():
    shared_folder("no-such-folder")

def test_plain():
    assert True
"""


def run_suite(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, ci: str | None) -> pytest.RunResult:
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    pytester.makepyfile(test_suite=SUITE)
    return pytester.runpytest_inprocess("-p", "no:cacheprovider", "-rs", plugins=[RequireSharedUnderCI()])


def test_without_shared_the_tests_that_need_it_skip_naming_the_folder(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run_suite(pytester, monkeypatch, ci=None)
    result.assert_outcomes(passed=1, skipped=2)
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["SKIPPED * missing ../shared/no-such-folder (*shared/no-such-folder): *"])


def test_under_ci_a_skip_for_missing_shared_fails_the_run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run_suite(pytester, monkeypatch, ci="true")
    result.assert_outcomes(passed=1, skipped=2)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*CI runs need ../shared*", "*test_suite.py::test_seeds: *missing ../shared/*"])
