"""What the SDK-layer tests share: every operation's Python name, and the client classes over a fake vendor."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from openapi_python_client.strings import PythonIdentifier

from tests.runtime.harness import OPERATIONS, TOKEN, FakeClock, path_arguments
from tests.support import Operation, deref

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
        status = next(s for s in self.op.operation["responses"] if s.startswith("2"))
        return int(status), next(iter(self.op.examples(status).values()), None)

    def path_arguments(self) -> list[str]:
        return list(path_arguments(self.op).values())

    def query_arguments(self) -> dict[str, Any]:
        """The required query parameters at their examples (StreamElements' top list requires all four)."""
        return {
            str(PythonIdentifier(p["name"], prefix="field_")): p["example"]
            for p in self.op.parameters()
            if p["in"] == "query" and p.get("required")
        }

    def body_model(self) -> Any:
        """The request body's first example as its model, or None for an operation without a body."""
        if "requestBody" not in self.op.operation:
            return None
        media = deref(self.op.spec, self.op.operation["requestBody"])["content"]["application/json"]
        example = deref(self.op.spec, next(iter(media["examples"].values())))["value"]
        name = media["schema"]["$ref"].rsplit("/", 1)[1]
        return getattr(importlib.import_module(f"{self.op.package}.models"), name).from_dict(example)

    def keyword_arguments(self, target: Callable[..., Any]) -> dict[str, Any]:
        """The body for `target`: `body=` for the low-level function, its fields for a resource method."""
        model = self.body_model()
        if model is None:
            return {}
        parameters = inspect.signature(target).parameters
        if "body" in parameters:
            return {"body": model}
        fields = {name: getattr(model, name) for name in parameters if hasattr(model, name)}
        return {name: value for name, value in fields.items() if type(value).__name__ != "Unset"}

    def call(self, root: Any) -> Any:
        """Call this method under `root` (a client, or its `with_raw_response`) with example arguments: the path's,
        the required query parameters' and the body's."""
        target = resolve(root, self.dotted)
        return target(*self.path_arguments(), **self.query_arguments(), **self.keyword_arguments(target))


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
