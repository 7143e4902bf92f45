"""Seeded generation of JSON values for a schema: the mock's `dynamic=true` responses.

Why not hypothesis-jsonschema: a Hypothesis strategy draws inside a test run, not on demand. Its only
on-demand draw, `.example()`, is unseeded and warns outside interactive use, and `find()` shrinks to the
smallest value. The mock needs one value per request, reproducible from a seed, so this module walks the
subset of JSON Schema 2020-12 the specs use with a `random.Random`: `$ref`, `allOf`/`anyOf`/`oneOf`, `enum`,
`const`, `type` (also lists), object properties and `required`, `additionalProperties`, array `items` and
length bounds, string lengths and the formats date-time, date, time, uuid, uri, email, ipv4 and hostname,
and numeric bounds. A `pattern` is honoured only through the schema's own `examples`.

The draw is not trusted blindly: the mock validates every generated body with jsonschema and redraws.
"""

from __future__ import annotations

import datetime
import math
import random
import string
import uuid
from collections.abc import Mapping
from typing import Any

from ._spec import follow_refs, resolve_pointer

__all__ = ["GenerationError", "Sampler"]

_MAX_DEPTH = 6  # below this, only required properties and minimal arrays: keeps recursive schemas finite
_WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet")
_ANY_TYPES = ("string", "integer", "boolean", "null", "object")
_EXCLUSIVE_STEP = 0.01  # numbers are drawn with two decimals, so this keeps clear of an exclusive bound


class GenerationError(Exception):
    """The schema uses something the sampler cannot satisfy (e.g. a `pattern` without examples)."""


class Sampler:
    """Draws values for schemas of one spec; the same `rng` state gives the same values."""

    def __init__(self, spec: Mapping[str, Any], rng: random.Random) -> None:
        self._spec = spec
        self._rng = rng

    def draw(self, pointer: str) -> Any:
        return self._draw(resolve_pointer(self._spec, pointer), 0)

    def _draw(self, schema: Any, depth: int) -> Any:
        if schema is True:
            schema = {}
        if not isinstance(schema, Mapping):
            raise GenerationError(f"cannot generate a value for the schema {schema!r}")
        schema = self._flatten(schema)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return self._rng.choice(schema["enum"])
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                rest = {key: value for key, value in schema.items() if key != keyword}
                branch = self._flatten(self._rng.choice(schema[keyword]))
                return self._draw(_merge(rest, branch), depth)
        kind = self._kind(schema)
        if kind == "object":
            return self._object(schema, depth)
        if kind == "array":
            return self._array(schema, depth)
        if kind == "string":
            return self._string(schema)
        if kind in ("integer", "number"):
            return self._number(schema, kind)
        if kind == "boolean":
            return self._rng.random() < 0.5
        return None

    def _flatten(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Inline a `$ref` (keeping sibling keywords) and merge `allOf` branches into one schema."""
        while "$ref" in schema:
            target, _ = follow_refs(self._spec, {"$ref": schema["$ref"]}, "")
            schema = _merge({key: value for key, value in schema.items() if key != "$ref"}, target)
        if "allOf" in schema:
            merged: Mapping[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
            for branch in schema["allOf"]:
                merged = _merge(merged, self._flatten(branch))
            schema = merged
        return schema

    def _kind(self, schema: Mapping[str, Any]) -> str:
        declared = schema.get("type")
        if isinstance(declared, list):
            non_null = [kind for kind in declared if kind != "null"]
            # null stays possible, but rarer than a value, so nested shapes get exercised.
            return str(self._rng.choice(non_null if non_null and self._rng.random() < 0.8 else declared))
        if isinstance(declared, str):
            return declared
        if {"properties", "required", "additionalProperties"} & schema.keys():
            return "object"
        if "items" in schema:
            return "array"
        return self._rng.choice(_ANY_TYPES)

    def _object(self, schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
        properties = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        value = {}
        for name, subschema in properties.items():
            if name in required or (depth < _MAX_DEPTH and self._rng.random() < 0.5):
                value[name] = self._draw(subschema, depth + 1)
        extra = schema.get("additionalProperties")
        if not properties and isinstance(extra, Mapping) and depth < _MAX_DEPTH:
            for _ in range(self._rng.randint(0, 2)):
                value[self._word()] = self._draw(extra, depth + 1)
        for name in required - value.keys():  # required but not described: any value will do
            value[name] = self._draw(extra if isinstance(extra, Mapping) else {}, depth + 1)
        return value

    def _array(self, schema: Mapping[str, Any], depth: int) -> list[Any]:
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", low + 3))
        length = low if depth >= _MAX_DEPTH else self._rng.randint(low, max(low, high))
        items = [self._draw(schema.get("items", {}), depth + 1) for _ in range(length)]
        if schema.get("uniqueItems"):
            unique: dict[str, Any] = {repr(item): item for item in items}
            items = list(unique.values())
        return items

    def _string(self, schema: Mapping[str, Any]) -> str:
        if "pattern" in schema:
            examples = [e for e in schema.get("examples", []) if isinstance(e, str)]
            if not examples:
                raise GenerationError(f"cannot generate a string for pattern {schema['pattern']!r} without examples")
            return str(self._rng.choice(examples))
        text = self._formatted(schema.get("format"))
        if text is not None:
            return text
        low = int(schema.get("minLength", 0))
        high = int(schema.get("maxLength", max(low, 16)))
        length = self._rng.randint(low, min(max(low, high), low + 24))
        alphabet = string.ascii_letters + string.digits + " _-"
        return "".join(self._rng.choice(alphabet) for _ in range(length))

    def _formatted(self, fmt: object) -> str | None:
        rng = self._rng
        if fmt in ("date-time", "date", "time"):
            moment = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(
                milliseconds=rng.randrange(30 * 365 * 24 * 3600 * 1000)
            )
            stamp = moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
            return {"date-time": stamp, "date": stamp[:10], "time": stamp[11:]}[str(fmt)]
        if fmt == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if fmt in ("uri", "url"):
            return f"https://{self._word()}.example.com/{self._word()}"
        if fmt == "email":
            return f"{self._word()}@example.com"
        if fmt == "ipv4":
            return ".".join(str(rng.randint(0, 255)) for _ in range(4))
        if fmt == "hostname":
            return f"{self._word()}.example.com"
        return None

    def _number(self, schema: Mapping[str, Any], kind: str) -> int | float:
        low, high = _bounds(schema)
        step = schema.get("multipleOf")
        if step is not None:
            return step * self._rng.randint(math.ceil(low / step), math.floor(high / step))  # type: ignore[no-any-return]
        if kind == "integer" or self._rng.random() < 0.5:
            return self._rng.randint(math.ceil(low), math.floor(high))
        return min(max(round(self._rng.uniform(low, high), 2), low), high)

    def _word(self) -> str:
        return f"{self._rng.choice(_WORDS)}{self._rng.randint(0, 99)}"


def _bounds(schema: Mapping[str, Any]) -> tuple[float, float]:
    """Inclusive numeric bounds; an exclusive bound is moved inwards by a small step. Unbounded: 0 to 10,000."""
    low: float | None = schema.get("minimum")
    high: float | None = schema.get("maximum")
    if "exclusiveMinimum" in schema:
        low = schema["exclusiveMinimum"] + _EXCLUSIVE_STEP
    if "exclusiveMaximum" in schema:
        high = schema["exclusiveMaximum"] - _EXCLUSIVE_STEP
    if low is None:
        low = 0.0 if high is None or high >= 0 else high - 10_000
    if high is None:
        high = low + 10_000
    return float(low), float(high)


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Combine two schemas for generation: properties and `required` add up, other keywords of `base` win."""
    merged = {**extra, **base}
    if "properties" in base or "properties" in extra:
        merged["properties"] = {**(extra.get("properties") or {}), **(base.get("properties") or {})}
    if "required" in base or "required" in extra:
        merged["required"] = list(dict.fromkeys([*(extra.get("required") or []), *(base.get("required") or [])]))
    return merged
