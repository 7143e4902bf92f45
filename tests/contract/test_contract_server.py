"""Server side: schemathesis generates requests from each spec and checks every answer against the spec.

By default the answers come from the spec-driven mock, in-process; `nox -s contract -- NAME --live` aims the
same tests at the real API (see scripts/contract.py). Positive and negative generation, all default checks:
status codes, content types, response schemas and headers, auth enforcement, negative data rejection,
405 for undocumented methods. One test per API, one pytest item per operation.
"""

from __future__ import annotations

import socket

import pytest
from schemathesis.config import HttpBearerAuthConfig
from schemathesis.core.result import Ok
from schemathesis.schemas import BaseSchema

from scripts.contract import (
    LIVE_MAX_EXAMPLES,
    ContractSettings,
    api_identifier,
    contract_schema,
    mock_rejections,
    selected_api_names,
    server_side_test,
    skip_reason,
)
from scripts.mock import DEFAULT_TOKEN
from scripts.sources import resolved_spec

for _name in selected_api_names():  # only the APIs a contract run names (all by default)
    globals()[f"test_{api_identifier(_name)}_conforms_to_its_spec"] = server_side_test(_name)


pytestmark = pytest.mark.slow  # schemathesis generation against every API's mock


def test_the_mocks_own_400_is_tolerated_only_where_the_spec_documents_no_rejection() -> None:
    """No list per API: the operations whose 400 is the mock's own answer follow from the spec, as the spec the mock
    serves documents them (`x-mock: true`); documenting 400, 422, a 4XX range or a default takes the tolerance away."""
    answer = {"description": "Done.", "content": {"application/json": {"schema": {"type": "object"}}}}
    operation = {"parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}]}
    paths = {
        f"/{name}": {"get": {**operation, "responses": {"200": answer, **extra}}}
        for name, extra in {
            "silent": {},
            "bad-request": {"400": answer},
            "unprocessable": {"422": answer},
            "range": {"4XX": answer},
            "default": {"default": answer},
        }.items()
    }
    spec = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}
    assert mock_rejections(spec) == {"GET /silent"}
    assert {"GET /session", "GET /session/{id}/clips"} <= mock_rejections(resolved_spec("livepeer"))


def test_live_mode_without_its_variables_skips_and_names_them(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID", "CLOUDFLARE_REALTIMEKIT_APP_ID"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "token")
    reason = skip_reason("cloudflare-realtimekit", ContractSettings(live=True))
    assert reason == (
        "live contract test of cloudflare-realtimekit skipped: "
        "set CLOUDFLARE_ACCOUNT_ID, CLOUDFLARE_REALTIMEKIT_APP_ID to run it"
    )
    assert skip_reason("cloudflare-realtimekit", ContractSettings(live=False)) is None


def test_live_mode_aims_at_the_real_api_with_get_only_a_polite_rate_and_few_examples(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable, value in {
        "CLOUDFLARE_API_TOKEN": "live-token",
        "CLOUDFLARE_ACCOUNT_ID": "account",
        "CLOUDFLARE_REALTIMEKIT_APP_ID": "app",
    }.items():
        monkeypatch.setenv(variable, value)
    schema = contract_schema("cloudflare-realtimekit", ContractSettings(live=True, max_examples=LIVE_MAX_EXAMPLES))
    assert schema.app is None
    assert schema.config.base_url == "https://api.cloudflare.com/client/v4"
    assert schema.config.rate_limit is not None
    assert schema.config.generation.max_examples == LIVE_MAX_EXAMPLES
    assert not schema.config.phases.coverage.enabled
    assert schema.config.parameters == {"path.account_id": "account", "path.app_id": "app"}
    assert bearer_token(schema) == "live-token"
    operations = list(schema.get_all_operations())
    assert all(isinstance(result, Ok) for result in operations)
    assert {result.ok().method.upper() for result in operations if isinstance(result, Ok)} == {"GET"}


def test_the_default_run_aims_at_the_mock_in_process() -> None:
    schema = contract_schema("emogg", ContractSettings())
    assert schema.app is not None
    assert schema.config.base_url is None
    assert bearer_token(schema) == DEFAULT_TOKEN


def bearer_token(schema: BaseSchema) -> str:
    credentials = schema.config.auth.openapi.schemes["bearerAuth"]
    assert isinstance(credentials, HttpBearerAuthConfig)
    return credentials.bearer


def test_the_default_run_cannot_reach_the_network() -> None:
    with pytest.raises(ConnectionRefusedError, match=r"must not reach 192\.0\.2\.1"):
        socket.create_connection(("192.0.2.1", 443), timeout=1)
