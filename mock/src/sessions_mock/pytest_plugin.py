"""pytest fixtures for the bundled mocks (registered through the `pytest11` entry point on install).

Per bundled API (dashes become underscores: `cloudflare_realtimekit_mock`):

- `<api>_mock`: a real mock server on 127.0.0.1 (a free port), for anything that opens sockets (a browser, a
  subprocess, a client of another language);
- `<api>_mock_app`: the same mock in-process, without a socket: `.transport` goes to a sync httpx client (or a
  generated client's `httpx_args={"transport": ...}`).

Each yields a `RunningMock`: `.base_url` (the spec's base path included), `.token`, `.env` (the variables a
generated client reads, e.g. `{"EMOGG_API_TOKEN": ..., "EMOGG_BASE_URL": ...}`), `.app` (the ASGI app:
`.app.reset()` empties the stateful store). Both are function-scoped: every test starts from the examples.

`sessions_mock(name, *, stateful=False, seed=0, in_process=False)` is the factory behind them, for stateful mocks
or several at once; everything it started stops at the end of the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from ._bundle import api_names, load_spec
from ._core import DEFAULT_TOKEN, MockApp, SyncASGITransport, create_app
from ._core._serving import serve_in_background
from .envnames import env_names

__all__ = ["IN_PROCESS_ORIGIN", "RunningMock", "sessions_mock"]

IN_PROCESS_ORIGIN = "http://mock.invalid"  # never resolved: the transport answers in-process


@dataclass(frozen=True)
class RunningMock:
    name: str
    base_url: str
    token: str
    app: MockApp
    transport: httpx.BaseTransport | None = None  # in-process mocks only
    env: dict[str, str] = field(default_factory=dict)

    def client(self, **kwargs: Any) -> httpx.Client:
        """An httpx client aimed at the mock, with the bearer token (and the in-process transport, if any)."""
        headers = {"Authorization": f"Bearer {self.token}", **kwargs.pop("headers", {})}
        return httpx.Client(base_url=self.base_url, headers=headers, transport=self.transport, **kwargs)


def _start(stack: ExitStack, name: str, *, stateful: bool, seed: int, in_process: bool) -> RunningMock:
    spec = load_spec(name)
    app = create_app(spec, token=DEFAULT_TOKEN, seed=seed, stateful=stateful)
    origin = IN_PROCESS_ORIGIN if in_process else stack.enter_context(serve_in_background(app))
    base_url = origin + app.model.base_paths[0]
    names = env_names(name, spec)
    env = {names.token: DEFAULT_TOKEN, names.base_url: base_url}
    transport = SyncASGITransport(app) if in_process else None
    return RunningMock(name, base_url, DEFAULT_TOKEN, app, transport, env)


@pytest.fixture
def sessions_mock() -> Iterator[Callable[..., RunningMock]]:
    """`sessions_mock("emogg", stateful=True)`: start a bundled API's mock; stopped after the test."""
    with ExitStack() as stack:

        def start(name: str, *, stateful: bool = False, seed: int = 0, in_process: bool = False) -> RunningMock:
            return _start(stack, name, stateful=stateful, seed=seed, in_process=in_process)

        yield start


def _fixtures(name: str) -> None:
    identifier = name.replace("-", "_")

    def served(sessions_mock: Callable[..., RunningMock]) -> RunningMock:
        return sessions_mock(name)

    def in_process(sessions_mock: Callable[..., RunningMock]) -> RunningMock:
        return sessions_mock(name, in_process=True)

    served.__doc__ = f"The {name} mock served on 127.0.0.1: `.base_url`, `.token`, `.env`."
    in_process.__doc__ = f"The {name} mock in-process: `.transport`, `.base_url`, `.token`, `.env`."
    globals()[f"{identifier}_mock"] = pytest.fixture(name=f"{identifier}_mock")(served)
    globals()[f"{identifier}_mock_app"] = pytest.fixture(name=f"{identifier}_mock_app")(in_process)


for _name in api_names():
    _fixtures(_name)
