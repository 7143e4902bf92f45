"""Helpers shared by the tests: the manifest's operations and their documented examples."""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from scripts.manifest import load_manifest
from scripts.sources import resolved_spec
from scripts.viewmodel import parameter_python_name

__all__ = ["Operation", "deref", "media_examples", "operations", "same_json", "schema_example"]


@dataclass(frozen=True)
class Operation:
    client: str
    package: str
    path: str
    method: str
    spec: dict[str, Any]
    operation: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.client}:{self.operation['operationId']}"

    @property
    def function_name(self) -> str:
        return str(PythonIdentifier(self.operation["operationId"], prefix=""))

    @property
    def base_url(self) -> str:
        """The operation's own server (OpenAPI lets an operation or a path override the document's)."""
        item = self.spec["paths"][self.path]
        servers = self.operation.get("servers") or item.get("servers") or self.spec["servers"]
        return str(servers[0]["url"])

    def module(self) -> ModuleType:
        # The generator files an operation without tags under `default`, as the fixture APIs show.
        tag = str(PythonIdentifier((self.operation.get("tags") or ["default"])[0], prefix="tag"))
        return importlib.import_module(f"{self.package}.api.{tag}.{self.function_name}")

    def parameters(self) -> list[dict[str, Any]]:
        """The operation's parameters and those of its path item (the operation's own win), resolved."""
        shared = [deref(self.spec, p) for p in self.spec["paths"][self.path].get("parameters", [])]
        own = [deref(self.spec, p) for p in self.operation.get("parameters", [])]
        names = {(p["name"], p["in"]) for p in own}
        return [p for p in shared if (p["name"], p["in"]) not in names] + own

    def required_arguments(self) -> dict[str, Any]:
        """Required query parameters at their examples, and the request body's first example as its typed model."""
        return {**self.query_arguments(), **self.body_arguments()}

    def query_arguments(self) -> dict[str, Any]:
        """The required query parameters at their examples, by Python name (StreamElements' top list needs four)."""
        return {
            parameter_python_name(p["name"]): p["example"]
            for p in self.parameters()
            if p["in"] == "query" and p.get("required")
        }

    def request_example(self) -> Any:
        """The first documented example of the JSON request body (the media type's `examples`, else its lone
        `example`, else the schema's own `examples` or `example`), or None when the operation takes no body."""
        if "requestBody" not in self.operation:
            return None
        media = deref(self.spec, self.operation["requestBody"])["content"]["application/json"]
        shown = media_examples(self.spec, media)
        if shown:
            return next(iter(shown.values()))
        return schema_example(self.spec, media.get("schema", {}))

    def request_body(self) -> Any:
        """The request example as the client's body model (from the schema's `$ref`), or None without a body."""
        if "requestBody" not in self.operation:
            return None
        media = deref(self.spec, self.operation["requestBody"])["content"]["application/json"]
        model = getattr(importlib.import_module(f"{self.package}.models"), media["schema"]["$ref"].rsplit("/", 1)[1])
        return model.from_dict(self.request_example())

    @property
    def success_status(self) -> str:
        """The documented 2xx status (200, 201 or 204)."""
        return next(status for status in self.operation["responses"] if status.startswith("2"))

    def examples(self, status: str | None = None) -> dict[str, Any]:
        """The named examples of a documented response (the success one by default), values resolved."""
        response = deref(self.spec, self.operation["responses"][status or self.success_status])
        return media_examples(self.spec, response.get("content", {}).get("application/json", {}))

    def body_arguments(self) -> dict[str, Any]:
        """`{"body": model}` built from the request body's first example, for an operation that takes one."""
        return {} if "requestBody" not in self.operation else {"body": self.request_body()}


def operations(names: Collection[str] | None = None) -> list[Operation]:
    """Every operation of the manifest's clients, or of the clients `names` only (the others' specs unread)."""
    found = []
    for name, client in load_manifest().clients.items():
        if names is not None and name not in names:
            continue
        spec = resolved_spec(name)
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    found.append(Operation(name, client.package, path, method, spec, operation))
    return found


def media_examples(spec: dict[str, Any], media: dict[str, Any]) -> dict[str, Any]:
    """A media type's named examples, values resolved; a lone `example` (OpenAPI allows either) is named "example",
    as the mock names it. `externalValue` examples (nothing to read here) are left out."""
    found = {name: deref(spec, ex) for name, ex in (media.get("examples") or {}).items()}
    values = {name: example["value"] for name, example in found.items() if "value" in example}
    if "example" in media:
        values.setdefault("example", media["example"])
    return values


def schema_example(spec: dict[str, Any], schema: Any) -> Any:
    """A schema's first example (JSON Schema's `examples` list, else OpenAPI's `example`), `$ref`s followed; None
    when it shows none."""
    schema = deref(spec, schema)
    if not isinstance(schema, dict):
        return None
    if schema.get("examples"):
        return schema["examples"][0]
    return schema.get("example")


def deref(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for token in node["$ref"].lstrip("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def same_json(actual: Any, expected: Any) -> Iterator[str]:
    """Yield every difference; ISO 8601 date-times compare as instants (the client re-serializes them)."""
    yield from _diff(actual, expected, "$")


def _diff(actual: Any, expected: Any, path: str) -> Iterator[str]:
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected.keys() | actual.keys():
            if key not in actual or key not in expected:
                yield f"{path}.{key}: only in {'expected' if key in expected else 'actual'}"
            else:
                yield from _diff(actual[key], expected[key], f"{path}.{key}")
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(actual) != len(expected):
            yield f"{path}: {len(actual)} items, expected {len(expected)}"
        for index, (a, e) in enumerate(zip(actual, expected, strict=False)):
            yield from _diff(a, e, f"{path}[{index}]")
    elif _differ(actual, expected):
        yield f"{path}: {actual!r} != {expected!r}"


def _differ(actual: Any, expected: Any) -> bool:
    if isinstance(actual, str) and isinstance(expected, str):
        return actual != expected and not _same_instant(actual, expected)
    if _numbers(actual, expected):
        return actual != expected
    return type(actual) is not type(expected) or actual != expected


def _numbers(a: Any, b: Any) -> bool:
    return all(isinstance(x, int | float) and not isinstance(x, bool) for x in (a, b))


def _same_instant(a: str, b: str) -> bool:
    try:
        return datetime.datetime.fromisoformat(a) == datetime.datetime.fromisoformat(b)
    except ValueError:
        return False
