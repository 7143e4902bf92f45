"""Each generated client, called through its public API against the spec's own examples.

An httpx.MockTransport plays the vendor: it checks the request's method, path (under the server's base path) and
bearer token, then answers with the documented example. The parsed model must carry the example's values.
"""

from __future__ import annotations

import importlib
import json
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier

from scripts.manifest import load_manifest
from tests.support import Operation, operations, same_json

TOKEN = "test-token"
OPERATIONS = operations()


def test_every_client_has_operations() -> None:
    assert {op.client for op in OPERATIONS} == set(load_manifest().clients)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.id)
def test_client_package_imports_and_exposes_clients(op: Operation) -> None:
    package = importlib.import_module(op.package)
    assert hasattr(package, "AuthenticatedClient")
    assert callable(op.module().sync)


def _call(op: Operation, body: Any, status: int = 200) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    path_args = {p["name"]: f"id-{p['name']}" for p in op.parameters() if p["in"] == "path"}

    def vendor(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body)

    package = importlib.import_module(op.package)
    client = package.AuthenticatedClient(
        base_url=op.base_url, token=TOKEN, httpx_args={"transport": httpx.MockTransport(vendor)}
    )
    kwargs = {str(PythonIdentifier(name, prefix="field_")): value for name, value in path_args.items()}
    kwargs.update(op.required_arguments())
    with client:
        result = op.module().sync(client=client, **kwargs)
    expected_path = op.path
    for name, value in path_args.items():
        expected_path = expected_path.replace("{" + name + "}", value)
    (request,) = seen
    assert request.method == op.method.upper()
    assert request.url.path == httpx.URL(op.base_url).path.rstrip("/") + expected_path
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    if op.request_example() is not None:
        assert json.loads(request.content) == op.request_example()
    return result, seen


EXAMPLES = [(op, name, value) for op in OPERATIONS for name, value in op.examples().items()]


def test_every_operation_with_a_success_body_documents_an_example() -> None:
    with_body = {op.id for op in OPERATIONS if op.success_status != "204"}
    assert {op.id for op, _, _ in EXAMPLES} == with_body


@pytest.mark.parametrize(("op", "name", "example"), EXAMPLES, ids=[f"{op.id}:{name}" for op, name, _ in EXAMPLES])
def test_operation_parses_the_documented_example(op: Operation, name: str, example: Any) -> None:
    result, _ = _call(op, example, int(op.success_status))
    assert result is not None, f"{op.id} returned nothing for example {name!r}"
    as_json = [item.to_dict() for item in result] if isinstance(result, list) else result.to_dict()
    assert list(same_json(as_json, example)) == []
    # The parsed result is a typed model of the client's own package, not a dict.
    for model in result if isinstance(result, list) else [result]:
        assert not isinstance(model, dict) and hasattr(type(model), "from_dict")
        assert type(model).__module__.startswith(f"{op.package}.models.")
