"""What the SDK-layer tests share: every operation's Python name, and the client classes over a fake vendor."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from tests.runtime.harness import OPERATIONS, TOKEN, FakeClock, path_arguments
from tests.support import Operation

__all__ = ["METHODS", "TOKEN", "Method", "client_class", "resolve", "sdk_client"]


@dataclass(frozen=True)
class Method:
    """One resource method: the operation, its dotted Python name (`sessions.emotions.timeline`) and client."""

    op: Operation

    @property
    def dotted(self) -> str:
        return str(self.op.operation["x-python-method"])

    @property
    def id(self) -> str:
        return f"{self.op.client}:{self.dotted}"

    @property
    def paginated(self) -> bool:
        """Returns a page: a paginated operation, or a `list` that answers with an array (one page)."""
        if "x-pagination" in self.op.operation:
            return True
        (body,) = self.op.examples("200").values()
        return self.dotted.endswith(".list") and isinstance(body, list)

    def path_arguments(self) -> list[str]:
        return list(path_arguments(self.op).values())


METHODS = [Method(op) for op in OPERATIONS]


def client_class(client: str, *, use_async: bool = False) -> Any:
    """The client's class (`Emogg`, `AsyncEmogg`), as named by `info.x-python-client`."""
    op = next(op for op in OPERATIONS if op.client == client)
    name = op.spec["info"]["x-python-client"]
    return getattr(importlib.import_module(op.package), ("Async" if use_async else "") + name)


def sdk_client(
    client: str, handler: Callable[[httpx.Request], httpx.Response], *, use_async: bool = False, **options: Any
) -> Any:
    clock = FakeClock()
    options.setdefault("token", TOKEN)
    return client_class(client, use_async=use_async)(
        httpx_args={"transport": httpx.MockTransport(handler)},
        sleep=clock.sleep,
        async_sleep=clock.async_sleep,
        **options,
    )


def resolve(root: Any, dotted: str) -> Any:
    for name in dotted.split("."):
        root = getattr(root, name)
    return root
