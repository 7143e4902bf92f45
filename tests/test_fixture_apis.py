"""Every fixture API (tests/fixture_apis.py: a folder of tests/fixtures with a spec, an overlay and a manifest entry)
goes generate -> mock -> client -> contract, and no test here names one: what each API offers is read from its
resolved spec (`x-python-client`, `x-python-method`, `x-pagination`, the examples).

One copy of the checkout holds them all, generated in one run (`fixture_checkout`, tests/conftest.py). Each is
served by its mock in-process; its facade walks every list to its end and sends every write, with arguments built
from the spec's examples; then `python -m scripts.contract_command NAME ...` (what `nox -s contract -- NAME` runs)
runs the contract suite on every fixture API inside the copy, whose manifest holds them.
"""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
import typing
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from scripts.contract import api_identifier, mock_rejections
from scripts.mock import DEFAULT_TOKEN, SyncASGITransport, create_app
from scripts.overlay import apply_overlay_files
from scripts.viewmodel import parameter_python_name
from scripts.yamlio import to_plain
from tests.fixture_apis import FIXTURES, FixtureAPI, FixtureCheckout, fixture_apis
from tests.support import Operation, deref, same_json

pytestmark = pytest.mark.slow  # generates clients, runs the contract suite in a child process

APIS = fixture_apis()
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
HELD = 23  # items in every list's data set
PAGE_SIZE = 10  # asked for where a list takes a size: three pages, the last one short
CONTRACT_EXAMPLES = 10  # per operation and mode: the fixtures prove the pipeline; the vendors' APIs get the full run


def api_id(api: FixtureAPI) -> str:
    return api.name


# -- Discovery ---------------------------------------------------------------------------------------------------------


def test_every_folder_of_tests_fixtures_with_a_spec_and_an_overlay_is_a_fixture_api() -> None:
    """A folder without its manifest entry would silently escape the pipeline."""
    folders = {spec.parent for spec in FIXTURES.glob("*/spec.yaml") if (spec.parent / "overlay.yaml").is_file()}
    assert {api.folder for api in APIS} == folders
    assert len(APIS) >= 2


def test_the_fixture_apis_together_use_every_shape_the_factory_must_prove(fixture_checkout: FixtureCheckout) -> None:
    specs = [fixture_checkout.spec(api) for api in APIS]
    shapes = set().union(*(shapes_of(spec) for spec in specs))
    assert shapes >= {
        "a cursor in the body",
        "page numbers ending on a page count",
        "bracketed query names",
        "a union request field",
        "a map of models",
        "example: only",
    }


def shapes_of(spec: dict[str, Any]) -> set[str]:
    """Which of the shapes a new API must be able to take `spec` (overlays applied) uses."""
    found = set()
    for operation in operations(spec):
        paging = operation.operation.get("x-pagination") or {}
        if paging.get("style") == "cursor" and paging.get("next_cursor"):
            found.add("a cursor in the body")
        if paging.get("style") == "page-number" and paging.get("total_pages"):
            found.add("page numbers ending on a page count")
        if any(p["in"] == "query" and "[" in p["name"] for p in operation.parameters()):
            found.add("bracketed query names")
        body = request_schema(operation)
        fields = [deref(spec, field) for field in (deref(spec, body).get("properties", {}).values() if body else [])]
        if any("oneOf" in field or "anyOf" in field for field in fields):
            found.add("a union request field")
    schemas = spec.get("components", {}).get("schemas", {}).values()
    if any("$ref" in (schema.get("additionalProperties") or {}) for schema in nested_schemas(list(schemas))):
        found.add("a map of models")
    text = json.dumps(spec)
    if '"example":' in text and '"examples":' not in text:
        found.add("example: only")
    return found


def nested_schemas(schemas: list[Any]) -> Iterator[dict[str, Any]]:
    for schema in schemas:
        if isinstance(schema, dict):
            yield schema
            yield from nested_schemas(list(schema.get("properties", {}).values()))


# -- The facade, over the mock -----------------------------------------------------------------------------------------


def operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation of a resolved spec (client and package left out: `Operation` only reads the spec here)."""
    return [
        Operation("", "", path, method, spec, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS and isinstance(operation, dict)
    ]


def request_schema(operation: Operation) -> Any:
    if "requestBody" not in operation.operation:
        return None
    return deref(operation.spec, operation.operation["requestBody"])["content"]["application/json"]["schema"]


@dataclass
class Exchange:
    method: str
    path: str
    sent: Any
    status: int


class Recorder(httpx.BaseTransport):
    """The mock, in-process, keeping every exchange (what was sent, which status came back)."""

    def __init__(self, app: Any) -> None:
        self.inner = SyncASGITransport(app)
        self.exchanges: list[Exchange] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        sent = json.loads(request.content) if request.content else None
        self.exchanges.append(Exchange(request.method, request.url.path, sent, response.status_code))
        return response


@dataclass
class Driven:
    """A fixture API's client facade over its mock, and what it drives."""

    api: FixtureAPI
    spec: dict[str, Any]
    client: Any
    recorder: Recorder

    def operation(self, operation: Operation) -> Operation:
        return Operation(
            self.api.name, self.api.package, operation.path, operation.method, self.spec, operation.operation
        )

    def method(self, operation: Operation) -> Any:
        """The facade's method of the operation: `client.<x-python-method>`."""
        target = self.client
        for name in operation.operation["x-python-method"].split("."):
            target = getattr(target, name)
        return target

    def arguments(self, operation: Operation) -> dict[str, Any]:
        """Path and required query parameters at their examples, and the request body's example as the facade's
        keyword arguments (decoded through the body's model, so nested models, maps and enums arrive typed)."""
        arguments = {
            parameter_python_name(p["name"]): p["example"]
            for p in operation.parameters()
            if p["in"] == "path" or (p["in"] == "query" and p.get("required"))
        }
        example = self.operation(operation).request_example()
        if example is not None:
            body = body_model(self.operation(operation)).from_dict(example)
            for name, parameter in inspect.signature(self.method(operation)).parameters.items():
                if parameter.kind is parameter.KEYWORD_ONLY and hasattr(body, name):
                    value = getattr(body, name)
                    if not is_unset(self.api, value):
                        arguments[name] = value  # None too: an explicit null in the example
        return arguments


def is_unset(api: FixtureAPI, value: Any) -> bool:
    return isinstance(value, importlib.import_module(f"{api.package}.types").Unset)


def body_model(operation: Operation) -> Any:
    """The model the operation's low-level function takes as `body` (from its signature: inline bodies too)."""
    models = importlib.import_module(f"{operation.package}.models")
    function = operation.module().sync_detailed
    namespace = {name: getattr(models, name) for name in models.__all__}
    hints = typing.get_type_hints(function, globalns={**namespace, **function.__globals__})
    unset = importlib.import_module(f"{operation.package}.types").Unset
    (model,) = [kind for kind in typing.get_args(hints["body"]) or (hints["body"],) if kind is not unset]
    return model


def resolved(api: FixtureAPI) -> dict[str, Any]:
    """Its spec with its overlay applied, read from its folder (to name the tests before anything is generated)."""
    document = apply_overlay_files(api.spec, api.overlays)
    plain: dict[str, Any] = to_plain(document)
    return plain


def label(operation: Operation) -> str:
    return f"{operation.method.upper()} {operation.path}"


OPERATIONS = [(api, operation) for api in APIS for operation in operations(resolved(api))]
LISTS = [pytest.param(a, o, id=f"{a.name} {label(o)}") for a, o in OPERATIONS if "x-pagination" in o.operation]
WRITES = [pytest.param(a, o, id=f"{a.name} {label(o)}") for a, o in OPERATIONS if o.method != "get"]
READS = [
    pytest.param(a, o, id=f"{a.name} {label(o)}")
    for a, o in OPERATIONS
    if o.method == "get" and "x-pagination" not in o.operation
]


@pytest.fixture
def drive(fixture_checkout: FixtureCheckout) -> Iterator[Callable[[FixtureAPI], Driven]]:
    """`drive(api)`: the API's facade (the class its overlay names) over its mock, in-process, holding HELD items
    per list; closed after the test."""
    opened: list[Driven] = []

    def facade_over_mock(api: FixtureAPI) -> Driven:
        spec = fixture_checkout.spec(api)
        recorder = Recorder(create_app(spec, token=DEFAULT_TOKEN, collection_size=HELD))
        facade = getattr(fixture_checkout.package(api), spec["info"]["x-python-client"])
        client = facade(token=DEFAULT_TOKEN, httpx_args={"transport": recorder}, max_retries=0)
        opened.append(Driven(api, spec, client, recorder))
        return opened[-1]

    yield facade_over_mock
    for driven in opened:
        driven.client.close()


def is_model_of(api: FixtureAPI, value: Any) -> bool:
    return type(value).__module__.startswith(f"{api.package}.models.") and hasattr(value, "to_dict")


def test_the_fixture_apis_have_lists_writes_and_reads_to_drive() -> None:
    assert LISTS and WRITES and READS


@pytest.mark.parametrize(("api", "operation"), LISTS)
def test_every_list_of_a_fixture_api_is_walked_to_its_end_through_its_facade(
    drive: Callable[[FixtureAPI], Driven], api: FixtureAPI, operation: Operation
) -> None:
    driven = drive(api)
    arguments = driven.arguments(operation)
    size = operation.operation["x-pagination"].get("size_param")
    if size:  # pages smaller than the list, whatever the API's default size
        arguments[parameter_python_name(size)] = PAGE_SIZE
    page = driven.method(operation)(**arguments)
    items = list(page)
    assert len(items) == HELD, f"{len(items)} items of the {HELD} the mock holds"
    assert all(is_model_of(api, item) for item in items)
    assert len({json.dumps(item.to_dict(), sort_keys=True, default=str) for item in items}) == HELD, "an item twice"
    assert len(list(page.iter_pages())) > 1, "read in one page, not walked"


@pytest.mark.parametrize(("api", "operation"), WRITES)
def test_every_write_of_a_fixture_api_sends_its_example_and_decodes_the_answer(
    drive: Callable[[FixtureAPI], Driven], api: FixtureAPI, operation: Operation
) -> None:
    driven = drive(api)
    result = driven.method(operation)(**driven.arguments(operation))
    (exchange,) = driven.recorder.exchanges  # one request, no retry
    assert 200 <= exchange.status < 300, exchange
    example = driven.operation(operation).request_example()
    if example is not None:
        differences = list(same_json(exchange.sent, example))
        assert not differences, f"sent another body than its example: {differences}"
    no_body = driven.operation(operation).success_status == "204"
    assert result is None if no_body else is_model_of(api, result), f"answered {result!r}"


@pytest.mark.parametrize(("api", "operation"), READS)
def test_every_read_of_a_fixture_api_decodes_its_answer_into_its_model(
    drive: Callable[[FixtureAPI], Driven], api: FixtureAPI, operation: Operation
) -> None:
    driven = drive(api)
    assert is_model_of(api, driven.method(operation)(**driven.arguments(operation)))


# -- The contract suite ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContractRun:
    returncode: int
    output: str
    outcomes: dict[str, str]  # "test_module.py::name[id]" -> passed, failed, skipped

    def of(self, api: FixtureAPI) -> dict[str, str]:
        identifier = api_identifier(api.name)
        return {test: outcome for test, outcome in self.outcomes.items() if identifier in test}


@pytest.fixture(scope="module")
def contract_run(fixture_checkout: FixtureCheckout, tmp_path_factory: pytest.TempPathFactory) -> ContractRun:
    """`nox -s contract -- NAME ...` for every fixture API at once, inside the copy (its manifest holds them)."""
    report = tmp_path_factory.mktemp("contract") / "junit.xml"
    names = [api.name for api in fixture_checkout.apis]
    command = [sys.executable, "-m", "scripts.contract_command", *names, "--max-examples", str(CONTRACT_EXAMPLES)]
    done = subprocess.run(
        [*command, "--report-junit-path", str(report)],
        cwd=fixture_checkout.root,
        env=fixture_checkout.environment(),
        capture_output=True,
        text=True,
        check=False,
    )
    return ContractRun(done.returncode, done.stdout + done.stderr, outcomes(report) if report.exists() else {})


def outcomes(report: Path) -> dict[str, str]:
    found = {}
    for case in ET.parse(report).iter("testcase"):
        test = f"{case.get('classname', '').rsplit('.', 1)[-1]}::{case.get('name', '')}"
        failed = case.find("failure") is not None or case.find("error") is not None
        found[test] = "failed" if failed else "skipped" if case.find("skipped") is not None else "passed"
    return found


@pytest.mark.parametrize("api", APIS, ids=api_id)
def test_the_contract_suite_passes_on_every_fixture_api(contract_run: ContractRun, api: FixtureAPI) -> None:
    ran = contract_run.of(api)
    failed = sorted(test for test, outcome in ran.items() if outcome != "passed")
    assert not failed, f"{failed} (exit {contract_run.returncode})\n{contract_run.output[-6000:]}"
    suites = {test.split("::")[0] for test in ran}
    # The server side (schemathesis against the mock) and the client side (the client against generated data).
    assert suites >= {"test_contract_server", "test_contract_client"}, f"{api.name}: only {sorted(ran)} ran"


def test_the_mocks_own_400_is_met_and_accepted_on_the_fixture_apis_without_a_list(
    contract_run: ContractRun, fixture_checkout: FixtureCheckout
) -> None:
    """Operations that document no rejection still get the mock's 400 for an unknown query parameter: the contract
    run accepts it because the spec the mock serves documents it, with nothing to edit for a new API."""
    expected = set()
    for api in fixture_checkout.apis:
        spec = fixture_checkout.spec(api)
        with_query = {
            f"{op.method.upper()} {op.path}"
            for op in operations(spec)
            if any(p["in"] == "query" for p in op.parameters())
        }
        expected |= {f"{api.name} {label}" for label in mock_rejections(spec) & with_query}
    assert expected, "no fixture operation leaves the mock's 400 undocumented: nothing proven"
    tolerated = {
        line.split(": ", 1)[1]
        for line in contract_run.output.splitlines()
        if line.startswith("tolerated the mock's own 400")
    }
    assert tolerated == expected
