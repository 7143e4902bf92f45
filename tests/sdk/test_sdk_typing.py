"""`mypy --strict` on a user's script that calls every resource method of every client (sync, async, raw) passes,
with no `Any` in sight; the same calls with a misspelled keyword fail, one error per call.

The scripts are written from the specs' operations, so a new operation is covered without touching this file.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from tests.sdk.sdk_support import METHODS, Method

pytestmark = pytest.mark.slow


def call(method: Method, root: str, keyword: str) -> str:
    arguments = [*(repr(a) for a in method.path_arguments()), keyword]
    return f"{root}.{method.dotted}({', '.join(arguments)})"


def user_script(methods: Iterable[Method], keyword: str) -> str:
    """A script using every method of every client: sync, async and raw."""
    lines = ["from __future__ import annotations", ""]
    by_client: dict[str, list[Method]] = {}
    for method in methods:
        by_client.setdefault(method.op.client, []).append(method)
    for number, group in enumerate(by_client[name] for name in sorted(by_client)):
        package = group[0].op.package
        name = group[0].op.spec["info"]["x-python-client"]
        lines += [f"from {package} import Async{name}, {name}", ""]
        lines += [f"def use_{number}() -> None:", f"    with {name}(token='t') as client:"]
        for method in group:
            if method.paginated:
                lines += [f"        page = {call(method, 'client', keyword)}", "        print(page.items, page.total)"]
                lines += ["        for item in page:", "            print(item)"]
            else:
                lines += [f"        print({call(method, 'client', keyword)})"]
            lines += [f"        print({call(method, 'client.with_raw_response', keyword)}.parse())"]
        lines += ["", f"async def use_async_{number}() -> None:", f"    async with Async{name}(token='t') as client:"]
        for method in group:
            if method.paginated:
                lines += [f"        async for item in {call(method, 'client', keyword)}:", "            print(item)"]
                lines += [f"        page = await {call(method, 'client', keyword)}", "        print(page.items)"]
            else:
                lines += [f"        print(await {call(method, 'client', keyword)})"]
            lines += [f"        print((await {call(method, 'client.with_raw_response', keyword)}).parse())"]
        lines.append("")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for both checks: the second run re-reads the clients from it."""
    return tmp_path_factory.mktemp("mypy-cache")


def mypy(script: str, folder: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    path = folder / "user.py"
    path.write_text(script, encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--disallow-any-expr", "--cache-dir", str(cache)]
    return subprocess.run([*command, str(path)], capture_output=True, text=True, check=False, cwd=folder)


def test_a_script_using_every_resource_method_type_checks_strictly(tmp_path: Path, cache: Path) -> None:
    script = user_script(METHODS, "timeout=5.0")
    result = mypy(script, tmp_path, cache)
    assert result.returncode == 0, result.stdout + script


def test_a_misspelled_keyword_fails_the_type_check_at_every_call(tmp_path: Path, cache: Path) -> None:
    script = user_script(METHODS, "timeot=5.0")
    calls = script.count("timeot=")
    assert calls >= 4 * len(METHODS)
    result = mypy(script, tmp_path, cache)
    assert result.returncode == 1
    errors = [line for line in result.stdout.splitlines() if 'Unexpected keyword argument "timeot"' in line]
    assert len(errors) == calls, result.stdout
