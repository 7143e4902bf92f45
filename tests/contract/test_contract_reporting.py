"""What `nox -s contract` reports and how it is configured: statuses per operation, JUnit XML and HAR reports,
the live mode's environment variables, and the narrow tolerance for undocumented rejections."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import Phase, find, settings
from schemathesis import Case, GenerationMode
from schemathesis.openapi.checks import UndefinedStatusCode

import scripts.contract as contract
from scripts.contract import (
    ENV_APIS,
    ENV_HAR,
    ContractSettings,
    api_names,
    build_command,
    contract_schema,
    har_log,
    live_access,
    run_case,
    selected_api_names,
    skip_reason,
)
from scripts.manifest import REPO_ROOT
from scripts.mock import DEFAULT_TOKEN
from scripts.vocabulary import env_names

# One generated case, not the smallest: no shrinking (the slow part of `find`).
NO_DATABASE = settings(database=None, phases=[Phase.generate], max_examples=1)

# Statuses per operation


def emogg_case() -> Case[Any]:
    """A positive case of emogg's GET /v1/sessions/{sessionId}, as schemathesis generates it (credentials included)."""
    operation = contract_schema("emogg", ContractSettings())["/v1/sessions/{sessionId}"]["GET"]
    return find(operation.as_strategy(generation_mode=GenerationMode.POSITIVE), lambda case: True, settings=NO_DATABASE)


def test_the_status_line_shows_what_was_exercised_against_what_is_documented() -> None:
    line = contract._status_line(Counter({200: 12, 401: 3, 405: 7}), ["200", "401", "404", "4XX"])
    # 405 falls in 4XX: documented by the range
    assert line == "statuses 200 x12, 401 x3, 405 x7 of documented 200, 401, 404, 4XX; never: 404"
    assert contract._status_line(Counter({200: 1, 500: 2}), ["200"]) == (
        "statuses 200 x1, 500 x2 of documented 200; every documented status reached; undocumented: 500"
    )
    assert contract._status_line(Counter(), ["200"]) == "statuses none of documented 200; never: 200"


def test_a_case_sent_through_run_case_is_counted_with_its_status(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contract, "_COUNTS", contract._CaseCounts())
    contract._COUNTS.expect("emogg", "GET /v1/sessions/{sessionId}", ["200", "401", "404"])
    run_case("emogg", emogg_case())
    report = "\n".join(contract.case_count_report())
    assert "emogg GET /v1/sessions/{sessionId}  " in report
    assert "statuses 200 x1 of documented 200, 401, 404; never: 401, 404" in report


# Reports


def test_report_options_reach_pytest_and_the_har_writer(tmp_path: Path) -> None:
    command, env = build_command(["emogg", "--report", "junit,har", "--report-dir", str(tmp_path)])
    assert f"--junitxml={tmp_path / 'junit.xml'}" in command
    assert env[ENV_HAR] == str(tmp_path / "cassette.har")
    assert command[command.index("-k") + 1] == "emogg"
    command, env = build_command(["--report-junit-path", str(tmp_path / "j.xml")])
    assert f"--junitxml={tmp_path / 'j.xml'}" in command
    assert ENV_HAR not in env or env[ENV_HAR] == __import__("os").environ.get(ENV_HAR)


def test_the_named_apis_reach_the_suite_which_builds_only_their_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    _, env = build_command(["emogg", "livepeer"])
    assert env[ENV_APIS] == "emogg,livepeer"
    monkeypatch.setenv(ENV_APIS, env[ENV_APIS])
    assert selected_api_names() == ["livepeer", "emogg"]  # in the manifest's order
    _, env = build_command([])  # no names: every API, whatever the calling shell had set
    assert ENV_APIS not in env
    monkeypatch.delenv(ENV_APIS)
    assert selected_api_names() == api_names()


def test_a_contract_run_leaves_the_suites_self_tests_to_nox_s_tests() -> None:
    command, _ = build_command(["emogg"])
    assert f"--ignore={REPO_ROOT / 'tests' / 'contract' / 'test_contract_can_fail.py'}" in command


@pytest.mark.slow  # a subprocess
def test_the_contract_command_starts_without_importing_the_test_tools() -> None:
    """`nox -s contract` answers a bad argument at once: its command line does not import schemathesis or pytest."""
    tools = "{'schemathesis', 'hypothesis', 'pytest'}"
    code = f"import sys, scripts.contract_command; print(sorted({tools} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_an_unknown_report_format_is_an_argument_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        build_command(["--report", "xml"])
    assert exited.value.code == 2
    assert "unknown report format 'xml' (known: junit, har)" in capsys.readouterr().err


def test_the_har_cassette_records_each_exchange_without_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_HAR, "unused-here.har")
    monkeypatch.setattr(contract, "_HAR_ENTRIES", [])
    monkeypatch.setattr(contract, "_COUNTS", contract._CaseCounts())
    case = emogg_case()
    run_case("emogg", case)
    log = har_log()["log"]
    assert log["version"] == "1.2"
    (entry,) = log["entries"]
    assert entry["request"]["method"] == "GET"
    assert "/v1/sessions/" in entry["request"]["url"]
    assert entry["response"]["status"] == 200
    assert json.loads(entry["response"]["content"]["text"])["_id"] == "65ea1530bb50af72b6e3dc1e"
    assert DEFAULT_TOKEN not in json.dumps(log)
    assert {"name": "authorization", "value": "[Filtered]"} in [
        {**header, "name": header["name"].lower()} for header in entry["request"]["headers"]
    ]


# Live mode's variables (each overlay's `info.x-env`)


def test_live_mode_reads_the_variable_names_the_overlay_declares() -> None:
    spec = {"info": {"x-env": {"token": "MY_TOKEN", "base_url": "MY_BASE_URL"}}, "servers": [{"url": "https://x"}]}
    access = live_access("emogg", spec)
    assert (access.token, access.base_url) == ("MY_TOKEN", "MY_BASE_URL")


def test_without_x_env_live_mode_reads_the_variables_the_client_reads() -> None:
    """A spec without `info.x-env`: the contract suite asks for the names the generated client reads
    (`<NAME>_TOKEN`, `<NAME>_BASE_URL`, as the view model gives `_api.py`), not names of its own."""
    spec = {"openapi": "3.1.0", "info": {"title": "Throw-away", "version": "1"}, "paths": {}}
    access = live_access("throw-away", spec)
    client = env_names("throw-away", spec)
    assert (access.token, access.base_url) == (client.token, client.base_url)
    assert (access.token, access.base_url) == ("THROW_AWAY_TOKEN", "THROW_AWAY_BASE_URL")


def test_live_mode_skips_naming_the_missing_token_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EMOGG_API_TOKEN", raising=False)
    reason = skip_reason("emogg", ContractSettings(live=True))
    assert reason == "live contract test of emogg skipped: set EMOGG_API_TOKEN to run it"


def test_live_mode_aims_at_the_base_url_variable_when_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMOGG_API_TOKEN", "live-token")
    monkeypatch.setenv("EMOGG_BASE_URL", "https://staging.emogg.example/api")
    assert contract_schema("emogg", ContractSettings(live=True)).config.base_url == "https://staging.emogg.example/api"
    monkeypatch.delenv("EMOGG_BASE_URL")
    assert contract_schema("emogg", ContractSettings(live=True)).config.base_url == live_server("emogg")


def live_server(name: str) -> str:
    from scripts.sources import resolved_spec

    return str(resolved_spec(name)["servers"][0]["url"])


# The tolerance of undocumented rejections is narrow: a 400, to a negative case, nowhere else


@cache
def drawn_case(mode: GenerationMode) -> Case[Any]:
    operation = contract_schema("livepeer", ContractSettings())["/session"]["GET"]
    return find(operation.as_strategy(generation_mode=mode), lambda case: True, settings=NO_DATABASE)


@pytest.mark.parametrize(
    ("mode", "status", "tolerated"),
    [
        (GenerationMode.NEGATIVE, 400, True),
        (GenerationMode.NEGATIVE, 404, False),
        (GenerationMode.NEGATIVE, 422, False),
        (GenerationMode.NEGATIVE, 500, False),
        (GenerationMode.POSITIVE, 400, False),
        (GenerationMode.POSITIVE, 500, False),
    ],
)
def test_only_a_400_to_a_negative_case_is_tolerated(
    monkeypatch: pytest.MonkeyPatch, mode: GenerationMode, status: int, tolerated: bool
) -> None:
    monkeypatch.setattr(contract, "_COUNTS", contract._CaseCounts())
    check = contract._status_code_conformance_but_400("livepeer")
    case = drawn_case(mode)
    assert contract._mode(case) == mode
    response = SimpleNamespace(status_code=status)
    if tolerated:
        assert check(None, response, case) is None
    else:
        with pytest.raises(UndefinedStatusCode):
            check(None, response, case)
