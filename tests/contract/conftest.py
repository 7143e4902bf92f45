"""Contract tests: no network outside live mode; the cases, seconds and statuses per operation printed at the end
of the run, and the HAR cassette written when `nox -s contract -- --report har` asked for it."""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import time
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

from scripts.contract import ENV_HAR, ContractSettings, case_count_report, har_log, record_build_time, record_run_time


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Outside live and base-URL mode a connection to anything but loopback fails, so the default run cannot reach
    a vendor."""
    if ContractSettings.from_environment().remote:
        yield
        return
    connect = socket.socket.connect

    def loopback_connect(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
            raise ConnectionRefusedError(f"the default contract run must not reach {address[0]}")
        connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", loopback_connect)
    yield


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


# Where a server-side test's time goes: building its items (schemathesis generates the coverage cases then) and
# running each operation's item. The report prints both; the contract benchmark reads them.


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(
    collector: pytest.Collector,
) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
    started = time.perf_counter()
    report = yield
    if not isinstance(collector, pytest.Module):  # a module's `obj` would import it again after a failed import
        record_build_time(getattr(collector, "obj", None), time.perf_counter() - started)
    return report


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, object, object]:
    started = time.perf_counter()
    result = yield
    seconds = time.perf_counter() - started
    record_run_time(getattr(item, "test_function", None), getattr(item, "operation_label", None), seconds)
    return result


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = case_count_report()
    if lines:
        terminalreporter.section("contract cases per operation")
        for line in lines:
            terminalreporter.write_line(line)


def pytest_sessionfinish(session: pytest.Session) -> None:
    target = os.environ.get(ENV_HAR)
    if target:
        path = Path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(har_log(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
