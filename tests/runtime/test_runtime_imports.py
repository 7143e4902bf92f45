"""Importing a client, and every one of its operation modules, loads none of its models; a first call through
the client class loads its own operation module and the models its response needs, nothing more.

Why: the import budget is httpx plus a little (scripts/bench, row "imports"). The models load on the first call
that decodes a body; they are attrs classes, so attrs loads with them then, not at import. Each check runs in a
fresh interpreter, since this test process has long imported everything.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from typing import Any

import pytest

from tests.runtime.harness import CASES, Case, path_arguments

pytestmark = pytest.mark.slow  # a fresh interpreter per check

# Runs in the child: reads {package, module, arguments, body} on stdin, prints what it saw as JSON.
CHILD = """
import importlib, json, pkgutil, sys

request = json.load(sys.stdin)
package = importlib.import_module(request["package"])
api = importlib.import_module(request["package"] + ".api")
operations = [info.name for info in pkgutil.walk_packages(api.__path__, prefix=api.__name__ + ".") if not info.ispkg]
for name in operations:
    importlib.import_module(name)


def heavy():
    models = request["package"] + ".models"
    return sorted(
        name for name in sys.modules
        if name in ("attrs", "attr", models) or name.startswith(("attrs.", "attr.", models + "."))
    )


after_import = heavy()

import httpx

transport = httpx.MockTransport(lambda _: httpx.Response(200, json=request["body"]))
client = package.AuthenticatedClient(token="t", httpx_args={"transport": transport})
result = importlib.import_module(request["module"]).sync(client=client, **request["arguments"])
print(json.dumps({
    "operations": operations,
    "after_import": after_import,
    "after_call": heavy(),
    "parsed": type(result).__module__ + "." + type(result).__qualname__,
}))
"""


@functools.cache  # one child per client serves both tests
def run_child(case: Case) -> dict[str, Any]:
    request = {
        "package": case.package,
        "module": case.operation.module().__name__,
        "arguments": path_arguments(case.operation),
        "body": case.example(),
    }
    completed = subprocess.run(
        [sys.executable, "-I", "-W", "error", "-c", CHILD],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_importing_the_package_and_every_operation_loads_no_model(case: Case) -> None:
    seen = run_child(case)
    assert case.operation.module().__name__ in seen["operations"]
    assert seen["after_import"] == []


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_a_call_still_decodes_into_the_model_importing_the_models_then(case: Case) -> None:
    seen = run_child(case)
    assert seen["parsed"].startswith(f"{case.package}.models.")
    assert seen["parsed"].rsplit(".", 1)[0] in seen["after_call"]
    # The models are attrs classes: attrs loads with them, at the first call (never at import, checked above).
    assert "attrs" in seen["after_call"]


# Runs in the child: what a user does first. Imports the package and its client class, makes one call through the
# resource layer, and prints the package's modules loaded before and after that call.
SDK_CHILD = """
import json, sys

request = json.load(sys.stdin)
package = request["package"]


def loaded():
    return sorted(name for name in sys.modules if name.startswith((package + ".api.", package + ".models")))


def flavours():
    # The resource modules a sync client needs only for other flavours of call: async, raw, pages.
    names = {package + "._async_resources", package + "._raw_resources", package + "._pages"}
    return sorted(name for name in sys.modules if name in names)


client_class = getattr(__import__(package, fromlist=[request["client_class"]]), request["client_class"])
import httpx

transport = httpx.MockTransport(lambda _: httpx.Response(200, json=request["body"]))
client = client_class(token="t", httpx_args={"transport": transport})
after_import = loaded()
flavours_after_import = flavours()
method = client
for name in request["method"].split("."):
    method = getattr(method, name)
result = method(**request["arguments"])
result = getattr(result, "body", result)  # a list returns its first page; its body is the decoded model
print(json.dumps({
    "after_import": after_import,
    "after_call": loaded(),
    "flavours_after_import": flavours_after_import,
    "flavours_after_call": flavours(),
    "parsed": type(result).__module__,
    "every_model": len(sys.modules[package + ".models"].__all__),
    # The operation modules the resource layer now names directly (the others still stand in, not imported).
    "resolved": sorted(
        value.__name__ for value in vars(sys.modules[package + "._resources"]).values()
        if isinstance(value, type(sys)) and value.__name__.startswith(package + ".api.")
    ),
}))
"""


@functools.cache
def run_sdk_child(case: Case) -> dict[str, Any]:
    operation = case.operation
    request = {
        "package": case.package,
        "client_class": operation.spec["info"]["x-python-client"],
        "method": operation.operation["x-python-method"],
        "arguments": {**path_arguments(operation), **operation.query_arguments()},
        "body": case.example(),
    }
    completed = subprocess.run(
        [sys.executable, "-I", "-W", "error", "-c", SDK_CHILD],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_importing_the_package_and_making_its_client_loads_no_operation_and_no_model(case: Case) -> None:
    assert run_sdk_child(case)["after_import"] == []


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_the_first_call_loads_its_own_operation_module_and_the_models_of_its_response(case: Case) -> None:
    seen = run_sdk_child(case)
    operations = [name for name in seen["after_call"] if name.startswith(f"{case.package}.api.")]
    operation_modules = [name for name in operations if name.count(".") == 3]  # package.api.tag.operation
    assert operation_modules == [case.operation.module().__name__]
    assert seen["parsed"].startswith(f"{case.package}.models.")
    assert seen["parsed"] in seen["after_call"]
    # Only what the response needs: not every model of the client.
    models = [name for name in seen["after_call"] if name.startswith(f"{case.package}.models.")]
    assert len(models) < seen["every_model"]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_after_the_first_call_the_resource_layer_holds_that_operation_module_itself(case: Case) -> None:
    # Later calls look the module up as a plain global: no import machinery per call.
    assert run_sdk_child(case)["resolved"] == [case.operation.module().__name__]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_a_sync_client_and_its_first_call_load_no_async_and_no_raw_response_classes(case: Case) -> None:
    # Every class a module defines is work at import: the async client and the raw-response twins load on their
    # own first use, and the page classes with the first list call.
    seen = run_sdk_child(case)
    assert seen["flavours_after_import"] == []
    assert f"{case.package}._async_resources" not in seen["flavours_after_call"]
    assert f"{case.package}._raw_resources" not in seen["flavours_after_call"]
