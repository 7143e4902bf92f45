"""`mypy --strict` on a user's script that calls every resource method of every client (sync, async, raw) passes,
with no `Any` in sight; the same calls with a misspelled keyword fail, one error per call.

The scripts are written from the specs' operations, so a new operation is covered without touching this file.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.sdk.sdk_support import METHODS, Method, resolve, sdk_client

pytestmark = pytest.mark.slow


def call(method: Method, root: str, keyword: str) -> str:
    """The call's source: path arguments, the required query parameters at their examples, the body (`body=` or
    its fields, read from a model built from the request example, so that every value has its declared type) and
    `keyword`."""
    with sdk_client(method.op.client, lambda request: httpx.Response(200)) as client:
        names = method.keyword_arguments(resolve(client, method.dotted))
    body = [f"{name}=body{method.number}" + ("" if name == "body" else f".{name}") for name in names]
    query = [f"{name}={value!r}" for name, value in method.op.query_arguments().items()]
    arguments = [*(repr(a) for a in method.path_arguments()), *query, *body, keyword]
    return f"{root}.{method.dotted}({', '.join(arguments)})"


def shown(method: Method, expression: str) -> str:
    """A statement printing the expression, or only evaluating it when the method returns None."""
    with sdk_client(method.op.client, lambda request: httpx.Response(200)) as client:
        returns_none = inspect.signature(resolve(client, method.dotted)).return_annotation == "None"
    return f"        {expression}" if returns_none else f"        print({expression})"


def user_script(keyword: str) -> str:
    """A script using every method of every client, sync, async and raw, each call given `keyword` too."""
    lines = ["from __future__ import annotations", ""]
    for client in sorted({m.op.client for m in METHODS}):
        group = [m for m in METHODS if m.op.client == client]
        package, name = group[0].op.package, group[0].op.spec["info"]["x-python-client"]
        lines += [f"from {package} import Async{name}, {name}"]
        for method in group:
            if method.op.request_body() is not None:
                lines.append(f"from bodies import body{method.number}")
        lines += ["", f"def use_{package}() -> None:", f"    with {name}(token='t') as client:"]
        for method in group:
            if method.paginated:
                page = f"page{method.number}"
                lines += [
                    f"        {page} = {call(method, 'client', keyword)}",
                    f"        print({page}.items, {page}.total)",
                ]
                lines += [f"        for item{method.number} in {page}:", f"            print(item{method.number})"]
            else:
                lines += [shown(method, call(method, "client", keyword))]
            lines += [shown(method, call(method, "client.with_raw_response", keyword) + ".parse()")]
        lines += ["", f"async def use_{package}_async() -> None:", f"    async with Async{name}(token='t') as client:"]
        for method in group:
            if method.paginated:
                item, page = f"item{method.number}", f"page{method.number}"
                lines += [
                    f"        async for {item} in {call(method, 'client', keyword)}:",
                    f"            print({item})",
                ]
                lines += [f"        {page} = await {call(method, 'client', keyword)}", f"        print({page}.items)"]
            else:
                lines += [shown(method, f"await {call(method, 'client', keyword)}")]
            lines += [shown(method, f"(await {call(method, 'client.with_raw_response', keyword)}).parse()")]
        lines.append("")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for both checks: the second run re-reads the clients from it."""
    return tmp_path_factory.mktemp("mypy-cache")


def bodies_module() -> str:
    """The request bodies, as models built from the examples, in a module of their own: JSON is `Any`."""
    lines = ["# mypy: allow-any-expr"]
    for method in METHODS:
        model = method.op.request_body()
        if model is not None:
            lines.append(f"from {method.op.package}.models import {type(model).__name__} as Body{method.number}")
            lines.append(f"body{method.number} = Body{method.number}.from_dict({model.to_dict()!r})")
    return "\n".join(lines) + "\n"


def mypy(script: str, folder: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    path = folder / "user.py"
    path.write_text(script, encoding="utf-8")
    (folder / "bodies.py").write_text(bodies_module(), encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--disallow-any-expr", "--cache-dir", str(cache)]
    return subprocess.run([*command, str(path)], capture_output=True, text=True, check=False, cwd=folder)


def test_a_script_using_every_resource_method_type_checks_strictly(tmp_path: Path, cache: Path) -> None:
    script = user_script("timeout=5.0")
    result = mypy(script, tmp_path, cache)
    assert result.returncode == 0, result.stdout + script


def test_a_misspelled_keyword_fails_the_type_check_at_every_call(tmp_path: Path, cache: Path) -> None:
    script = user_script("timeot=5.0")
    calls = script.count("timeot=")
    assert calls >= 4 * len(METHODS)
    result = mypy(script, tmp_path, cache)
    assert result.returncode == 1
    errors = [line for line in result.stdout.splitlines() if 'Unexpected keyword argument "timeot"' in line]
    assert len(errors) == calls, result.stdout
