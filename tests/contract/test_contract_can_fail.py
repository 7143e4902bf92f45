"""The contract suite can fail: aimed at faulty mocks, or given a lossy client model, it reports the fault.

Server side: faulty_suite.py builds the server-side tests exactly as test_contract_server.py does, but against
broken mocks; it runs in a subprocess (a pytest run inside this one would share its state) and every one of
its tests must fail, with the complaint that names the fault. Client side: see test_contract_client.py's
`test_a_client_model_that_drops_a_field_fails_the_round_trip`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts.contract import ENV_MAX_EXAMPLES
from scripts.manifest import REPO_ROOT

pytestmark = pytest.mark.slow  # runs pytest in a subprocess

# Test of faulty_suite.py -> what its failure report must say.
EXPECTED_COMPLAINTS = {
    "test_emogg_response_violates_its_schema": "Response violates schema",
    "test_emogg_accepts_any_bearer_token": "API accepts invalid authentication",
    "test_livepeer_ignores_unknown_query_parameters": "Unknown query parameter(s) ['x-schemathesis-unknown-property']",
    "test_emogg_sends_405_without_allow": "returned 405 without required `Allow` header",
    "test_streamelements_ignores_the_base_path": "no documented path matches '/kappa/v2/sessions/",
}


@pytest.fixture(scope="module")
def faulty_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Each test of faulty_suite.py -> the failure messages of its items (one per operation)."""
    report = tmp_path_factory.mktemp("faulty") / "report.xml"
    command = [sys.executable, "-m", "pytest", "tests/contract/faulty_suite.py", "-q", "-p", "no:cacheprovider"]
    env = {**os.environ, ENV_MAX_EXAMPLES: "10"}
    subprocess.run([*command, f"--junitxml={report}"], cwd=REPO_ROOT, env=env, capture_output=True, check=False)
    return _failures(report)


def _failures(report: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for case in ET.parse(report).iter("testcase"):
        failure = case.find("failure")
        messages = found.setdefault(case.get("name", ""), [])
        if failure is not None:
            messages.append(f"{failure.get('message', '')}\n{failure.text or ''}")
    return found


@pytest.mark.parametrize(("test", "complaint"), EXPECTED_COMPLAINTS.items(), ids=list(EXPECTED_COMPLAINTS))
def test_the_server_side_suite_fails_against_a_faulty_mock(
    faulty_run: dict[str, list[str]], test: str, complaint: str
) -> None:
    assert test in faulty_run, f"{test} did not run: {sorted(faulty_run)}"
    assert faulty_run[test], f"{test} passed against a faulty mock"
    assert any(complaint in message for message in faulty_run[test]), faulty_run[test]


def test_every_test_of_the_faulty_suite_has_an_expected_complaint(faulty_run: dict[str, list[str]]) -> None:
    assert set(faulty_run) == set(EXPECTED_COMPLAINTS)
