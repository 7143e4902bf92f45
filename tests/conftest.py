"""Suite-wide rules: under CI, a test skipped because `../shared` is missing fails the run (tests/shared.py)."""

from __future__ import annotations

import pytest

from tests.shared import RequireSharedUnderCI

pytest_plugins = ["pytester"]  # tests/test_shared_folder.py runs small suites in-process


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(RequireSharedUnderCI(), "require-shared-under-ci")
