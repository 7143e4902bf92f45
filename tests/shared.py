"""The workplace's `shared/` folder beside the repository (`../shared`): vendor seeds and the Overlay compliant sets.

A clone on its own does not have it. Tests that read it skip with a reason that names the missing folder and where
it comes from; everything else runs. Under CI (`CI` set) such a skip fails the run (tests/conftest.py), so CI
never passes without them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from scripts.manifest import REPO_ROOT

__all__ = ["MISSING", "SHARED", "RequireSharedUnderCI", "shared_folder", "shared_subfolders"]

SHARED = REPO_ROOT.parent / "shared"
MISSING = "missing ../shared/"  # every such skip reason starts with this


def _reason(name: str) -> str:
    return (
        f"{MISSING}{name} ({SHARED / name}): the workplace's shared folder (vendor seeds, the OpenAPI Initiative's "
        "Overlay compliant sets) is not in the repository; put it beside the clone to run this test"
    )


def shared_folder(name: str) -> Path:
    """`../shared/NAME`, or skip the calling test saying what is missing."""
    folder = SHARED / name
    if not folder.is_dir():
        pytest.skip(_reason(name))
    return folder


def shared_subfolders(name: str) -> list[Any]:
    """Parameters for each subfolder of `../shared/NAME`; one skipped parameter when the folder is missing."""
    folder = SHARED / name
    if not folder.is_dir():
        return [pytest.param(None, id=f"missing-{name}", marks=pytest.mark.skip(reason=_reason(name)))]
    return sorted(path.name for path in folder.iterdir() if path.is_dir())


class RequireSharedUnderCI:
    """A pytest plugin: when `CI` is set, any test skipped for a missing `../shared` fails the run, listed."""

    def __init__(self) -> None:
        self.skipped: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if (
            report.skipped
            and isinstance(report.longrepr, tuple)
            and str(report.longrepr[2]).startswith(("Skipped: " + MISSING, MISSING))
        ):
            self.skipped.append(f"{report.nodeid}: {report.longrepr[2]}")

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if os.environ.get("CI") and self.skipped:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if os.environ.get("CI") and self.skipped:
            terminalreporter.section("CI runs need ../shared", red=True)
            terminalreporter.write_line(f"CI is set, so these {len(self.skipped)} skip(s) fail the run:")
            for line in self.skipped:
                terminalreporter.write_line(f"  {line}")
