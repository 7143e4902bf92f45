"""What the SDK-layer tests share: every operation's Python name, and the client classes over a fake vendor."""

from __future__ import annotations

import importlib
import inspect
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
    def number(self) -> int:
        """This method's place in METHODS: a name for it in generated code."""
        return METHODS.index(self)

    @property
    def paginated(self) -> bool:
        """Returns a page: a paginated operation, or a `list` that answers with an array (one page)."""
        if "x-pagination" in self.op.operation:
            return True
        return self.dotted.endswith(".list") and isinstance(self.success()[1], list)

    def success(self) -> tuple[int, Any]:
        """The first documented 2xx status and its first example body (None when it has none)."""
        return int(self.op.success_status), next(iter(self.op.examples().values()), None)

    def path_arguments(self) -> list[str]:
        return list(path_arguments(self.op).values())

    def keyword_arguments(self, target: Callable[..., Any]) -> dict[str, Any]:
        """The body for `target`: `body=` for the low-level function, its fields for a resource method."""
        model = self.op.request_body()
        if model is None:
            return {}
        parameters = inspect.signature(target).parameters
        if "body" in parameters:
            return {"body": model}
        fields = {name: getattr(model, name) for name in parameters if hasattr(model, name)}
        # A field the example leaves out is left out, except where the method's default is a value (a documented
        # `default:`): there it is passed as UNSET, else the method would send the default the example omits.
        return {
            name: value
            for name, value in fields.items()
            if type(value).__name__ != "Unset" or type(parameters[name].default).__name__ != "Unset"
        }

    def call(self, root: Any) -> Any:
        """Call this method under `root` (a client, or its `with_raw_response`) with example arguments: the path's,
        the required query parameters' and the body's."""
        target = resolve(root, self.dotted)
        return target(*self.path_arguments(), **self.op.query_arguments(), **self.keyword_arguments(target))


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
