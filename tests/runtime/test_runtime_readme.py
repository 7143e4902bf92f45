"""Every Python example in every generated README runs as written, against the project's mock, stateless and
stateful (`nox -s mock -- NAME --stateful`, which each README's testing section suggests).

Each client's mock (`scripts.mock`, the app `nox -s mock` serves) runs on 127.0.0.1; the test sets the client's
token and base-URL variables (`info.x-env` of its overlay) as a user would, and executes each example. The
stateless mock answers every call with the spec's example, so a paginated list sees the same page again: the
examples must still end. The stateful one keeps what a call changes, so an example must leave the API in a state
where it works (Emogg refuses to delete an active session: the delete example stops the session first); each
example meets a fresh stateful mock, as a reader trying one would. A request budget turns an example that does not
end into a failure instead of a hang.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scripts.manifest import load_manifest
from scripts.mock import DEFAULT_TOKEN, create_app
from scripts.mock.serve import serve_in_background
from scripts.sources import resolved_spec

MANIFEST = load_manifest()
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
# Far more than any example needs; an iteration that does not end reaches it within a second.
REQUEST_BUDGET = 40


def readme(name: str) -> str:
    return (MANIFEST.generated / name / "README.md").read_text(encoding="utf-8")


def readme_blocks() -> list[tuple[str, int, str]]:
    return [(name, index, code) for name in MANIFEST.clients for index, code in enumerate(BLOCK.findall(readme(name)))]


BLOCKS = readme_blocks()


class Recorder:
    """ASGI middleware: records each request's path and Authorization, and refuses past the budget."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.seen: list[tuple[str, str]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = dict(scope["headers"])
            self.seen.append((scope["path"], headers.get(b"authorization", b"").decode()))
            if len(self.seen) > REQUEST_BUDGET:
                raise RuntimeError(f"more than {REQUEST_BUDGET} requests: an iteration that does not end")
        await self.app(scope, receive, send)


@pytest.fixture(scope="module")
def mocks() -> Iterator[dict[str, tuple[Recorder, str]]]:
    """Every client's mock on loopback: the recorder and the base URL (origin + the spec's base path).

    The recorder's app is the stateless mock; a stateful test puts a fresh stateful one in its place.
    """
    served: dict[str, tuple[Recorder, str]] = {}
    stack: list[Any] = []
    try:
        for name in MANIFEST.clients:
            spec = resolved_spec(name)
            recorder = Recorder(create_app(spec))
            server = serve_in_background(recorder)
            origin = server.__enter__()
            stack.append(server)
            base_path = httpx.URL(spec["servers"][0]["url"]).path.rstrip("/")
            served[name] = (recorder, origin + base_path)
        yield served
    finally:
        for server in reversed(stack):
            server.__exit__(None, None, None)


def env_names(name: str) -> dict[str, str]:
    return dict(resolved_spec(name)["info"]["x-env"])


def test_every_readme_has_each_topic_and_an_example_per_resource_method() -> None:
    for name in MANIFEST.clients:
        text = readme(name)
        for heading in ("## Install", "## Authenticate and call", "## Resources", "## Raw responses and options",
                        "## Errors", "## Retries", "## Timeouts", "## Names and time fields", "## Debug logging",
                        "## Testing"):  # fmt: skip
            assert heading in text, f"{name}: {heading}"
        spec = resolved_spec(name)
        methods = [
            op["x-python-method"] for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)
        ]
        for method in methods:
            (section,) = re.findall(rf"### `client\.{re.escape(method)}`\n(.*?)(?=\n##|\Z)", text, re.DOTALL)
            assert f"client.{method}(" in section, method
            assert "await client." in section or "async for" in section, method
        paginated = any("x-pagination" in op for item in spec["paths"].values() for op in item.values()
                        if isinstance(op, dict))  # fmt: skip
        assert ("## Pagination" in text) == paginated, name
        assert f"pip install generated/{name}" in text and "PyPI" in text, name
        variables = env_names(name)
        assert variables["token"] in text and variables["base_url"] in text, name


@pytest.mark.parametrize("name", list(MANIFEST.clients))
def test_the_install_section_offers_pypi_only_once_a_version_is_published(name: str) -> None:
    client = MANIFEST.clients[name]
    text = readme(name)
    install = text[text.index("## Install") : text.index("## Authenticate and call")]
    assert (f"pip install {client.distribution}\n" in install) == client.published, name
    assert ("No version is on PyPI yet" in install) == (not client.published), name
    assert f"git+{client.repository}#subdirectory=generated/{name}" in install
    assert f"Licence: {client.license} " in install


@pytest.mark.parametrize("name", list(MANIFEST.clients))
def test_the_project_urls_and_licence_come_from_the_manifest(name: str) -> None:
    client = MANIFEST.clients[name]
    project = tomllib.loads((MANIFEST.generated / name / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == client.license
    assert project["urls"] and all(url.startswith(client.repository) for url in project["urls"].values())


@pytest.mark.slow  # every mock served on loopback
@pytest.mark.parametrize("stateful", [False, True], ids=["stateless", "stateful"])
@pytest.mark.parametrize(("client", "index", "code"), BLOCKS, ids=[f"{c}-{i}" for c, i, _ in BLOCKS])
def test_readme_example_runs_against_the_mock(
    client: str,
    index: int,
    code: str,
    stateful: bool,
    mocks: dict[str, tuple[Recorder, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recorder, base_url = mocks[client]
    variables = env_names(client)
    monkeypatch.setenv(variables["token"], DEFAULT_TOKEN)
    monkeypatch.setenv(variables["base_url"], base_url)
    if stateful:
        monkeypatch.setattr(recorder, "app", create_app(resolved_spec(client), stateful=True))
    recorder.seen.clear()
    exec(compile(code, f"generated/{client}/README.md[{index}]", "exec"), {"__name__": "__readme__"})
    if "MockTransport" not in code and re.search(r"\bclient\.", code):
        assert recorder.seen, "the example made no request"
        assert all(auth == f"Bearer {DEFAULT_TOKEN}" for _, auth in recorder.seen)
