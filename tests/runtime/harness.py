"""What the runtime tests share: each client's package and sample operation, a fake vendor, a fake clock.

The vendor is an httpx.MockTransport (the same handler serves the sync and the async API); the clock records
the waits the client asks for instead of sleeping. Bodies start from the spec's own 200 example.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx
from openapi_python_client.strings import PythonIdentifier

from tests.support import Operation, operations

__all__ = [
    "CASES",
    "OPERATIONS",
    "TOKEN",
    "Case",
    "FakeClock",
    "answer",
    "at",
    "call",
    "call_and_close",
    "dotted",
    "in_turn",
    "make_client",
    "path_arguments",
    "replaced",
    "served_client",
]

# Distinctive, so that a leak anywhere is unmistakable.
TOKEN = "sk-live-7Hq2Zr9Xw4Vb"

OPERATIONS = operations()

Handler = Callable[[httpx.Request], httpx.Response]
Path = tuple[str | int, ...]


@dataclass
class FakeClock:
    """Stands in for time.sleep/asyncio.sleep: records each wait, returns at once."""

    sleeps: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


@dataclass(frozen=True)
class Case:
    """One client's sample operation, and where in its example body each kind of field sits."""

    client: str
    operation_id: str
    open_value: Path  # an enum or open-set string (x-known-values)
    nested_model: Path  # an object inside the body
    optional: Path  # a field the schema does not require
    required: Path  # a field the schema requires
    wrong_type: tuple[Path, Any]  # a field and a value of another JSON type
    nullable: tuple[Path, ...] = ()  # fields that may be null
    documented_404: bool = False

    @property
    def id(self) -> str:
        return self.client

    @property
    def operation(self) -> Operation:
        return next(op for op in OPERATIONS if op.id == f"{self.client}:{self.operation_id}")

    @property
    def package(self) -> str:
        return self.operation.package

    @property
    def errors(self) -> ModuleType:
        return importlib.import_module(f"{self.package}.errors")

    def example(self) -> Any:
        (body,) = self.operation.examples("200").values()
        return copy.deepcopy(body)


CASES = [
    Case(
        "streamelements",
        "getSession",
        open_value=("data", "subscriber-latest", "tier"),
        nested_model=("data", "tip-latest"),
        optional=("data", "tip-recent", 0, "createdAt"),
        required=("data", "tip-latest", "name"),
        wrong_type=(("data", "tip-recent", 1, "amount"), "lots"),
        nullable=(("data", "subscriber-latest", "sender"), ("data", "subscriber-latest", "gifted")),
        documented_404=True,
    ),
    Case(
        "livepeer",
        "getSession",
        open_value=("recordingStatus",),
        nested_model=("profiles", 0),
        optional=("mp4Url",),
        required=("name",),
        wrong_type=(("profiles", 0, "width"), "wide"),
        nullable=(("isHealthy",), ("issues",)),
        documented_404=True,
    ),
    Case(
        "emogg",
        "getSession",
        open_value=("state",),
        nested_model=("meta",),
        optional=("config",),
        required=("product",),
        wrong_type=(("sources", 0, "name"), 42),
        documented_404=True,
    ),
    Case(
        "cloudflare-realtimekit",
        "listSessions",
        open_value=("data", "sessions", 0, "status"),
        nested_model=("data", "sessions", 0),
        optional=("data", "sessions", 0, "ended_at"),
        required=("data", "sessions", 0, "id"),
        wrong_type=(("data", "sessions", 0, "live_participants"), "many"),
        nullable=(("data", "sessions", 0, "meta"),),
    ),
]


def at(data: Any, path: Path) -> Any:
    for key in path:
        data = data[key]
    return data


def replaced(body: Any, path: Path, value: Any = ..., *, delete: bool = False) -> Any:
    """A copy of body with the value at path replaced (or deleted)."""
    body = copy.deepcopy(body)
    parent = at(body, path[:-1])
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return body


def dotted(path: Path) -> str:
    """A path as the client's DecodeError names it: data.sessions[3].status."""
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
    return text


def make_client(package: str, handler: Handler, clock: FakeClock | None = None, **options: Any) -> Any:
    module = importlib.import_module(package)
    clock = clock or FakeClock()
    return module.AuthenticatedClient(
        token=TOKEN,
        httpx_args={"transport": httpx.MockTransport(handler)},
        sleep=clock.sleep,
        async_sleep=clock.async_sleep,
        **options,
    )


def served_client(package: str, base_url: str, clock: FakeClock | None = None, **options: Any) -> Any:
    """A client of `package` for a real server at `base_url` (see servers.py); retries wait on a fake clock."""
    module = importlib.import_module(package)
    clock = clock or FakeClock()
    return module.AuthenticatedClient(
        base_url, token=TOKEN, sleep=clock.sleep, async_sleep=clock.async_sleep, timeout=10.0, **options
    )


def path_arguments(op: Operation) -> dict[str, str]:
    path_parameters = [p["name"] for p in op.parameters() if p["in"] == "path"]
    return {str(PythonIdentifier(name, prefix="field_")): f"id-{name}" for name in path_parameters}


def call(op: Operation, client: Any, *, use_async: bool = False, detailed: bool = False, **kwargs: Any) -> Any:
    """Call op's sync (or asyncio) function, with made-up path arguments and the required ones' examples."""
    module = op.module()
    arguments = {**path_arguments(op), **op.required_arguments(), **kwargs}
    if use_async:
        function = module.asyncio_detailed if detailed else module.asyncio
        return asyncio.run(function(client=client, **arguments))
    function = module.sync_detailed if detailed else module.sync
    return function(client=client, **arguments)


def call_and_close(op: Operation, client: Any, *, use_async: bool = False, **kwargs: Any) -> Any:
    """`call`, then close the client's connections (a real server's sockets must not outlive the test)."""
    arguments = {**path_arguments(op), **kwargs}
    if use_async:

        async def run() -> Any:
            async with client:
                return await op.module().asyncio(client=client, **arguments)

        return asyncio.run(run())
    with client:
        return op.module().sync(client=client, **arguments)


def answer(status: int = 200, body: Any = None, **kwargs: Any) -> Handler:
    """A vendor that always gives the same answer."""

    def handler(request: httpx.Request) -> httpx.Response:
        if body is None:
            return httpx.Response(status, **kwargs)
        return httpx.Response(status, json=body, **kwargs)

    return handler


def in_turn(*responses: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    """A vendor that gives these answers in order (raising the exceptions), and the requests it saw."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        outcome = responses[min(len(seen), len(responses)) - 1]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return handler, seen
