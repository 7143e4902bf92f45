"""Every Python example in every generated README runs, against a fake vendor instead of the real API.

The examples call the real base URL with a token from the environment: the test sets the variable and replaces
httpx's network transports with one that answers each documented operation with its 200 example.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from scripts.manifest import load_manifest
from tests.runtime.harness import OPERATIONS, replaced
from tests.support import Operation

MANIFEST = load_manifest()
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def readme_blocks() -> list[tuple[str, int, str]]:
    found = []
    for name in MANIFEST.clients:
        text = (MANIFEST.generated / name / "README.md").read_text(encoding="utf-8")
        found += [(name, index, code) for index, code in enumerate(BLOCK.findall(text))]
    return found


BLOCKS = readme_blocks()


def route(op: Operation, request: httpx.Request) -> bool:
    base = httpx.URL(op.base_url).path.rstrip("/")
    pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(base + op.path))
    return request.method == op.method.upper() and re.fullmatch(pattern, request.url.path) is not None


def vendor_answer(op: Operation, request: httpx.Request) -> httpx.Response:
    (body,) = op.examples("200").values()
    paging: dict[str, Any] = op.operation.get("x-pagination") or {}
    if paging.get("style") == "page-number":
        page = int(request.url.params.get(paging["page_param"], paging.get("start", 1)))
        if page > paging.get("start", 1):  # one page of the example, then an empty one
            body = replaced(body, tuple(paging["items"].split(".")), [])
    return httpx.Response(200, json=body, request=request)


def test_every_readme_has_examples_for_each_topic() -> None:
    for name in MANIFEST.clients:
        text = (MANIFEST.generated / name / "README.md").read_text(encoding="utf-8")
        for heading in ("## Authenticate and call", "## Errors", "## Retries", "## Timeouts", "## Testing"):
            assert heading in text, f"{name}: {heading}"
        paginated = any(op.client == name and "x-pagination" in op.operation for op in OPERATIONS)
        assert ("## Pagination" in text) == paginated, name


@pytest.mark.parametrize(("client", "index", "code"), BLOCKS, ids=[f"{c}-{i}" for c, i, _ in BLOCKS])
def test_readme_example_runs(client: str, index: int, code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        op = next(op for op in OPERATIONS if op.client == client and route(op, request))
        return vendor_answer(op, request)

    async def answer_async(request: httpx.Request) -> httpx.Response:
        return answer(request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", lambda self, request: answer(request))
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", lambda self, request: answer_async(request))
    monkeypatch.setenv(client.upper().replace("-", "_") + "_TOKEN", "readme-token")
    exec(compile(code, f"generated/{client}/README.md[{index}]", "exec"), {"__name__": "__readme__"})
    if "MockTransport" not in code:
        assert seen, "the example made no request"
        assert all(r.headers["Authorization"] == "Bearer readme-token" for r in seen)


PAGED_BLOCKS = [block for block in BLOCKS if "asyncio_iter(" in block[2] or "sync_iter(" in block[2]]


@pytest.mark.parametrize(("client", "index", "code"), PAGED_BLOCKS, ids=[f"{c}-{i}" for c, i, _ in PAGED_BLOCKS])
def test_readme_pagination_example_ends_against_a_vendor_that_ignores_the_page(
    client: str, index: int, code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The project's first mock, and cloudflare-python#2584: every page is the documented example, none is empty.
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        op = next(op for op in OPERATIONS if op.client == client and route(op, request))
        (body,) = op.examples("200").values()
        return httpx.Response(200, json=body, request=request)

    async def answer_async(request: httpx.Request) -> httpx.Response:
        return answer(request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", lambda self, request: answer(request))
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", lambda self, request: answer_async(request))
    monkeypatch.setenv(client.upper().replace("-", "_") + "_TOKEN", "readme-token")
    exec(compile(code, f"generated/{client}/README.md[{index}]", "exec"), {"__name__": "__readme__"})
    assert 0 < len(seen) <= 4, "each walk stops at the repeated page"
