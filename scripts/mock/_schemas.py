"""JSON Schema validation against the whole spec, and the decoding of parameter strings into JSON values.

OpenAPI 3.1 schemas are JSON Schema 2020-12. Each schema is validated through a `$ref` to its JSON pointer
inside the spec, registered as one resource, so `#/components/...` references resolve as they do for every
other tool. Formats are asserted (not just annotated) with jsonschema's checkers plus `uri`, which
jsonschema checks only when the optional `rfc3987` package is installed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import best_match
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from ._spec import escape_pointer_token, follow_refs, resolve_pointer

__all__ = ["FORMAT_CHECKER", "SPEC_URI", "SchemaStore", "decode_parameter"]

SPEC_URI = "urn:sessions-clients:mock:spec"

FORMAT_CHECKER = FormatChecker()
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")


@FORMAT_CHECKER.checks("uri")
def _is_uri(value: object) -> bool:
    """An absolute URI: a scheme, a colon, no whitespace (RFC 3986's outline, without its fine grammar)."""
    return not isinstance(value, str) or bool(_URI.match(value))


@FORMAT_CHECKER.checks("int32")
def _is_int32(value: object) -> bool:
    """OpenAPI's `int32`: a signed 32-bit integer (schemathesis generates the values beyond it as invalid)."""
    return not isinstance(value, int) or isinstance(value, bool) or -(2**31) <= value < 2**31


@FORMAT_CHECKER.checks("int64")
def _is_int64(value: object) -> bool:
    """OpenAPI's `int64`: a signed 64-bit integer."""
    return not isinstance(value, int) or isinstance(value, bool) or -(2**63) <= value < 2**63


class SchemaStore:
    """Validators and resolved schemas for the schemas of one spec, addressed by JSON pointer."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        resource = DRAFT202012.create_resource(spec)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}

    def validator(self, pointer: str) -> Draft202012Validator:
        if pointer not in self._validators:
            self._validators[pointer] = Draft202012Validator(
                {"$ref": f"{SPEC_URI}#{pointer}"}, registry=self._registry, format_checker=FORMAT_CHECKER
            )
        return self._validators[pointer]

    def error(self, pointer: str, instance: Any) -> str | None:
        """The most relevant validation error of `instance` against the schema at `pointer`, or None."""
        error = best_match(self.validator(pointer).iter_errors(instance))
        if error is None:
            return None
        where = "".join(f"[{part!r}]" for part in error.absolute_path)
        return f"{where}: {error.message}" if where else error.message

    def resolve(self, pointer: str) -> Any:
        """The schema at `pointer`, with a top-level `$ref` chain followed."""
        schema, _ = follow_refs(self.spec, resolve_pointer(self.spec, pointer), pointer)
        return schema

    def types(self, pointer: str) -> tuple[str, ...]:
        """The JSON types a parameter's schema admits, looking through `$ref`, `anyOf`, `oneOf` and `allOf`."""
        return _types(self.spec, pointer)

    def pointer_at(self, pointer: str | None, dotted: str) -> str | None:
        """The pointer of the schema describing the value at a dotted path (`data.sessions`; `$`: the whole
        value) of values valid against the schema at `pointer`; None when the schema does not say."""
        parts = [] if dotted in ("$", "") else dotted.removeprefix("$.").split(".")
        for part in parts:
            if pointer is None:
                return None
            pointer = _property_pointer(self.spec, pointer, part)
        return pointer

    def items_pointer(self, pointer: str | None) -> str | None:
        """The pointer of the `items` schema of the array schema at `pointer`, or None."""
        if pointer is None:
            return None
        schema, resolved = follow_refs(self.spec, resolve_pointer(self.spec, pointer), pointer)
        return resolved + "/items" if isinstance(schema, Mapping) and isinstance(schema.get("items"), Mapping) else None

    def declared_properties(self, pointer: str) -> frozenset[str] | None:
        """The property names the object schema at `pointer` declares (through `$ref` and `allOf`), or None when
        it declares none (a free-form object)."""
        names = _declared_properties(self.spec, pointer)
        return frozenset(names) if names else None

    def required_properties(self, pointer: str) -> frozenset[str]:
        """The property names the object schema at `pointer` requires (through `$ref` and `allOf`)."""
        schema, resolved = follow_refs(self.spec, resolve_pointer(self.spec, pointer), pointer)
        if not isinstance(schema, Mapping):
            return frozenset()
        names = {name for name in schema.get("required") or () if isinstance(name, str)}
        for index in range(len(schema.get("allOf") or ())):
            names |= self.required_properties(f"{resolved}/allOf/{index}")
        return frozenset(names)

    def is_read_only(self, pointer: str | None, name: str) -> bool:
        """Whether the object schema at `pointer` marks its property `name` `readOnly`."""
        found = _property_pointer(self.spec, pointer, name) if pointer is not None else None
        if found is None:
            return False
        schema, _ = follow_refs(self.spec, resolve_pointer(self.spec, found), found)
        return isinstance(schema, Mapping) and schema.get("readOnly") is True

    def item_types(self, pointer: str) -> tuple[str, ...]:
        """The types of an array parameter's items (empty when its schema has no `items`)."""
        schema, resolved = follow_refs(self.spec, resolve_pointer(self.spec, pointer), pointer)
        return _types(self.spec, resolved + "/items") if isinstance(schema, Mapping) and "items" in schema else ()


def _types(spec: Mapping[str, Any], pointer: str) -> tuple[str, ...]:
    schema, pointer = follow_refs(spec, resolve_pointer(spec, pointer), pointer)
    if not isinstance(schema, Mapping):
        return ()
    declared = schema.get("type")
    found: list[str] = [declared] if isinstance(declared, str) else list(declared or [])
    if not found and "enum" in schema:
        found.extend(_json_type(value) for value in schema["enum"])
    if not found and "const" in schema:
        found.append(_json_type(schema["const"]))
    for keyword in ("anyOf", "oneOf", "allOf"):
        for index in range(len(schema.get(keyword, []))):
            found.extend(_types(spec, f"{pointer}/{keyword}/{index}"))
    return tuple(dict.fromkeys(found))


def _property_pointer(spec: Mapping[str, Any], pointer: str, name: str) -> str | None:
    """The pointer of property `name` in the object schema at `pointer`, looking through `$ref` and `allOf`."""
    schema, pointer = follow_refs(spec, resolve_pointer(spec, pointer), pointer)
    if not isinstance(schema, Mapping):
        return None
    if name in (schema.get("properties") or {}):
        return f"{pointer}/properties/{escape_pointer_token(name)}"
    for keyword in ("allOf", "anyOf", "oneOf"):
        for index in range(len(schema.get(keyword, []))):
            found = _property_pointer(spec, f"{pointer}/{keyword}/{index}", name)
            if found is not None:
                return found
    return None


def _declared_properties(spec: Mapping[str, Any], pointer: str) -> list[str]:
    schema, pointer = follow_refs(spec, resolve_pointer(spec, pointer), pointer)
    if not isinstance(schema, Mapping):
        return []
    names = [str(name) for name in schema.get("properties") or {}]
    for index in range(len(schema.get("allOf", []))):
        names += _declared_properties(spec, f"{pointer}/allOf/{index}")
    return names


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    return "object" if isinstance(value, Mapping) else "array"


_MAX_DIGITS = 1000
_INTEGER = re.compile(r"^-?(0|[1-9][0-9]*)$")
_NUMBER = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")


def decode_parameter(raw: str, types: tuple[str, ...]) -> Any:
    """The JSON value a parameter string stands for, tried in the order of the schema's types.

    A string that fits none stays a string, so the validator reports the schema's own complaint.
    """
    for kind in types:
        if kind in ("integer", "number") and len(raw) > _MAX_DIGITS:
            continue  # Python refuses int() beyond 4,300 digits; no schema bound needs that many
        if kind == "integer" and _INTEGER.match(raw):
            return int(raw)
        if kind == "number" and _NUMBER.match(raw):
            number = float(raw)
            return int(number) if number.is_integer() and "." not in raw and "e" not in raw.lower() else number
        if kind == "boolean" and raw in ("true", "false"):
            return raw == "true"
        if kind == "null" and raw == "null":
            return None
        if kind == "string":
            return raw
    return raw
