"""The suite aimed anywhere: `nox -s contract -- NAME --base-url URL [--include-writes] [--rate-limit R]`, and the
stock schemathesis CLI against a running mock with the spec the mock serves (`sessions-mock spec NAME`).

The slow tests serve mocks on 127.0.0.1 and run the commands as a team would, in a subprocess; they are tests of
the suite itself, so `nox -s contract` leaves them to `nox -s tests` (SELF_TESTS).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import Phase, find, settings
from schemathesis import GenerationMode

import scripts.contract as contract
from scripts.contract import (
    ENV_BASE_URL,
    ENV_INCLUDE_WRITES,
    ENV_RATE_LIMIT,
    ContractSettings,
    build_command,
    contract_schema,
)
from scripts.contract_command import SELF_TESTS
from scripts.manifest import REPO_ROOT, load_manifest
from scripts.mock import DEFAULT_TOKEN, create_app
from scripts.mock.serve import serve_in_background
from scripts.sources import resolved_spec

API_NAMES = list(load_manifest().clients)


def test_a_base_url_run_reaches_the_server_side_tests_with_its_settings() -> None:
    command, env = build_command(["emogg", "--base-url", "http://127.0.0.1:4010", "--include-writes",
                                  "--rate-limit", "50/s"])  # fmt: skip
    assert command[3].endswith("test_contract_server.py")
    assert (env[ENV_BASE_URL], env[ENV_INCLUDE_WRITES], env[ENV_RATE_LIMIT]) == ("http://127.0.0.1:4010", "1", "50/s")
    _, env = build_command(["emogg"])
    assert not {ENV_BASE_URL, ENV_INCLUDE_WRITES, ENV_RATE_LIMIT} & env.keys()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--base-url", "http://x"], "--base-url needs exactly one API name"),
        (["emogg", "livepeer", "--base-url", "http://x"], "--base-url needs exactly one API name"),
        (["emogg", "--base-url", "x.example"], "--base-url 'x.example' is not an http(s) URL"),
        (["emogg", "--base-url", "http://x", "--live"], "--base-url and --live exclude each other"),
        (["emogg", "--include-writes"], "--include-writes and --rate-limit go with --base-url or --live"),
        (["emogg", "--live", "--rate-limit", "fast"], "--rate-limit 'fast': expected N/s, N/m or N/h"),
    ],
)
def test_bad_aiming_arguments_are_refused(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    with pytest.raises(SystemExit) as exited:
        build_command(argv)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_a_base_url_run_reads_only_unless_writes_are_included(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EMOGG_API_TOKEN", raising=False)
    reads = contract_schema("emogg", ContractSettings(base_url="http://127.0.0.1:9"))
    everything = contract_schema("emogg", ContractSettings(base_url="http://127.0.0.1:9", include_writes=True))
    methods = {op.ok().method.upper() for op in reads.get_all_operations()}
    assert methods == {"GET"}
    assert {op.ok().method.upper() for op in everything.get_all_operations()} >= {"POST", "PATCH", "DELETE"}
    assert reads.config.base_url == "http://127.0.0.1:9"
    assert reads.app is None


def test_a_base_url_run_sends_the_apis_token_variable_else_the_mocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMOGG_API_TOKEN", "staging-token")
    settings = ContractSettings(base_url="http://127.0.0.1:9")
    auth = contract_schema("emogg", settings).config.auth
    assert "staging-token" in repr(auth)
    monkeypatch.delenv("EMOGG_API_TOKEN")
    assert DEFAULT_TOKEN in repr(contract_schema("emogg", settings).config.auth)


def test_settings_from_the_environment_default_the_rate_limit_of_a_base_url_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENV_BASE_URL, "http://127.0.0.1:9")
    settings = ContractSettings.from_environment()
    assert (settings.remote, settings.rate_limit, settings.max_examples) == (True, "10/s", 20)


def test_a_write_refused_for_the_stored_state_is_not_valid_data_rejected() -> None:
    """Emogg's DELETE of an active session on a stateful server: its documented 400 passes every check."""
    app = create_app(resolved_spec("emogg"), stateful=True)
    delete = contract_schema("emogg", ContractSettings(), app=app)["/v1/sessions/{sessionId}"]["DELETE"]
    strategy = delete.as_strategy(generation_mode=GenerationMode.POSITIVE)
    case = find(strategy, lambda case: True, settings=settings(database=None, phases=[Phase.generate]))
    case.path_parameters = {"sessionId": "65ea1530bb50af72b6e3dc1e"}  # active in the examples
    response = case.call()
    assert (response.status_code, response.json()["message"]) == (400, "The session is active or processing.")
    contract.run_case("emogg", case, count=False)  # raises if "valid data accepted" were checked


def test_the_aimed_tests_are_left_to_nox_s_tests() -> None:
    assert "test_contract_aimed.py" in SELF_TESTS


@pytest.mark.slow  # serves on loopback, runs the contract command (pytest, schemathesis) in a subprocess
def test_the_suite_passes_against_a_running_stateful_emogg_mock_with_writes() -> None:
    """What `nox -s contract -- emogg --base-url URL --include-writes` runs (the session runs this command)."""
    app = create_app(resolved_spec("emogg"), stateful=True)
    with serve_in_background(app) as origin:
        command = [sys.executable, "-m", "scripts.contract_command", "emogg", "--base-url", origin,
                   "--include-writes", "--max-examples", "5", "--rate-limit", "1000/s"]  # fmt: skip
        env = {k: v for k, v in os.environ.items() if k != "EMOGG_API_TOKEN"}
        result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "9 passed" in result.stdout
    created = result.stdout.split("emogg POST /v1/sessions ")[1].splitlines()[1]
    assert "201 x" in created, created  # the writes reached the server and were accepted
    assert "emogg DELETE /v1/sessions/{sessionId}" in result.stdout


@pytest.mark.slow  # serves on loopback, runs the schemathesis CLI in a subprocess
@pytest.mark.parametrize("name", API_NAMES)
def test_the_stock_schemathesis_cli_passes_against_a_running_mock(name: str, tmp_path: Path) -> None:
    """A team's check of the mock: `sessions-mock spec NAME -o SPEC --schemathesis-config CFG`, then the stock
    `schemathesis --config-file CFG run SPEC --url BASE_URL`, every phase (stateful included) against a
    stateful mock. A few examples per operation keep it short."""
    spec_file, config = tmp_path / f"{name}.json", tmp_path / "schemathesis.toml"
    written = subprocess.run(
        [sys.executable, "-m", "scripts.mock.serve", "spec", name, "-o", str(spec_file), "--schemathesis-config",
         str(config)], cwd=REPO_ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert written.returncode == 0, written.stderr
    app = create_app(resolved_spec(name), stateful=True)
    token_variable = resolved_spec(name)["info"]["x-env"]["token"]
    schemathesis = Path(sys.executable).with_name("schemathesis")
    with serve_in_background(app) as origin:
        command = [str(schemathesis), "--config-file", str(config), "run", str(spec_file),
                   "--url", origin + app.model.base_paths[0], "--max-examples", "5", "--seed", "1", "--workers", "1",
                   "--no-color"]  # fmt: skip
        env = {**os.environ, token_variable: DEFAULT_TOKEN}
        result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "Stateful" in result.stdout
