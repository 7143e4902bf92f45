"""The vendors' own documents (../shared/vendor-specs): loaded, read as JSON Schema, and made to yield bodies.

`nox -s fidelity` (scripts/fidelity.py) holds every client against them. A document is OpenAPI 3.0 or 3.1; the
3.0 ones say `nullable: true` and boolean `exclusiveMinimum`, which JSON Schema 2020-12 (jsonschema's validator)
spells otherwise, so `as_json_schema` rewrites them first. `instances` builds, for a schema, the bodies the
vendor's document allows that a client must read: every optional property present, every optional property
absent, and every nullable property null. Bodies are built, not drawn at random (hypothesis-jsonschema does not
follow `$ref`s across a whole OpenAPI document), so a run is the same every time.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from scripts.errors import InputError
from scripts.yamlio import load_yaml, to_plain

__all__ = ["Document", "as_json_schema", "build", "instances", "load_vendor_document", "server_path"]

# The vendor document of each client, under ../shared/vendor-specs (its README says how faithful each one is).
VENDOR_FILES = {
    "streamelements": "streamelements.yaml",
    "livepeer": "livepeer.yaml",
    "emogg": "emogg.yaml",
    "cloudflare-realtimekit": "cloudflare-realtimekit.json",
}
URI = "urn:sessions-clients:vendor"
METHODS = ("get", "put", "post", "delete", "patch")
MAX_DEPTH = 8  # recursive schemas (Cloudflare's breakout rooms) stop here: deeper arrays are empty


def as_json_schema(node: Any) -> Any:
    """An OpenAPI 3.0 document's schemas in JSON Schema 2020-12 terms (a 3.1 document passes through unchanged)."""
    if isinstance(node, list):
        return [as_json_schema(child) for child in node]
    if not isinstance(node, dict):
        return node
    out = {key: as_json_schema(value) for key, value in node.items()}
    for bound in ("Minimum", "Maximum"):
        if out.get(f"exclusive{bound}") is True:
            out[f"exclusive{bound}"] = out.pop(bound.lower())
        elif out.get(f"exclusive{bound}") is False:
            del out[f"exclusive{bound}"]
    if out.pop("nullable", False) is True:
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
        else:
            return {"anyOf": [out, {"type": "null"}]}
    return out


class Document:
    """One vendor's document, its schemas addressable by JSON pointer and checkable with jsonschema."""

    def __init__(self, name: str, document: dict[str, Any]) -> None:
        self.name = name
        self.document = document
        self._inline_referenced_properties(document)
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}

    def resolve(self, node: Any, at: str) -> tuple[Any, str]:
        """`node` (found at pointer `at`) with its `$ref`s followed, and the pointer where it really is."""
        while isinstance(node, dict) and "$ref" in node:
            at = node["$ref"].removeprefix("#")
            node = self.at(at)
        return node, at

    def _inline_referenced_properties(self, node: Any) -> None:
        """Livepeer's `storage.ipfs` says `properties: {$ref: .../ipfs-file-info/properties}`, which is no JSON
        Schema (a `properties` value must be a schema per key): the referenced properties are put in its place."""
        if isinstance(node, dict):
            found = node.get("properties")
            if isinstance(found, dict) and isinstance(found.get("$ref"), str):
                node["properties"] = copy.deepcopy(self.at(found["$ref"].removeprefix("#")))
            for child in node.values():
                self._inline_referenced_properties(child)
        elif isinstance(node, list):
            for child in node:
                self._inline_referenced_properties(child)

    def at(self, pointer: str) -> Any:
        node: Any = self.document
        for raw in pointer.split("/")[1:]:
            part = raw.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def errors(self, pointer: str, instance: Any) -> list[str]:
        """What is wrong with `instance` for the schema at `pointer` (empty: valid)."""
        if pointer not in self._validators:
            self._validators[pointer] = Draft202012Validator(
                {"$ref": f"{URI}#{pointer}"},
                registry=self._registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
        found = self._validators[pointer].iter_errors(instance)
        return sorted(f"{'/'.join(map(str, e.absolute_path)) or '(body)'}: {e.message}" for e in found)

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any], str]]:
        """(method, full path from the host, operation, pointer) for every operation of the document."""
        for path, item in self.document["paths"].items():
            for method in METHODS:
                if method in item:
                    operation = item[method]
                    servers = operation.get("servers") or item.get("servers") or self.document.get("servers", [])
                    yield method, server_path(servers) + path, operation, "/paths/" + _escape(path) + "/" + method

    def parameters(self, operation_at: str) -> list[tuple[dict[str, Any], str]]:
        """The operation's parameters and its path item's (the operation's own win), resolved, with pointers."""
        item_at = operation_at.rsplit("/", 1)[0]
        found: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for owner in (item_at, operation_at):
            for index, entry in enumerate(self.at(owner).get("parameters", [])):
                parameter, at = self.resolve(entry, f"{owner}/parameters/{index}")
                found[(parameter["name"], parameter["in"])] = (parameter, at)
        return list(found.values())


def load_vendor_document(folder: Path, name: str) -> Document:
    path = folder / VENDOR_FILES[name]
    if path.suffix != ".json":
        loaded = to_plain(load_yaml(path))  # the project's YAML reader: one clear line for a broken file
    else:
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise InputError(path, None, f"cannot read the vendor document: {error}") from None
    if not isinstance(loaded, dict) or "paths" not in loaded:
        raise InputError(path, None, "not an OpenAPI document (no `paths`)")
    return Document(name, as_json_schema(loaded))


def instances(vendor: Document, pointer: str) -> dict[str, Any]:
    """Bodies the schema at `pointer` allows: `full` (every property), `absent` (required ones only) and `null`
    (every nullable property null); the last two only where they differ from `full`."""
    built = {variant: build(vendor, pointer, variant) for variant in ("full", "absent", "null")}
    out = {"full": built["full"]}
    for variant in ("absent", "null"):
        if built[variant] != built["full"]:
            out[variant] = built[variant]
    return out


def build(document: Document, pointer: str, variant: str = "full", pick: int = 0) -> Any:
    """One value the schema at `pointer` allows; `pick` chooses among enum values and booleans (cycling)."""
    return _build(document, document.at(pointer), pointer, variant, 0, pick)


def _build(vendor: Document, schema: Any, at: str, variant: str, depth: int, pick: int = 0) -> Any:
    schema, at = vendor.resolve(schema, at)
    if not isinstance(schema, dict):
        return "value"
    if variant == "null" and _nullable(schema):
        return None
    if not _structured(schema):
        # The vendor's own example where it fits its schema (Livepeer's `gop: 2` under `type: string` does not).
        found = [schema["example"]] if "example" in schema else []
        found += schema["examples"] if isinstance(schema.get("examples"), list) else []
        for value in found:
            if not vendor.errors(at, value):
                return copy.deepcopy(value)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = schema[key]
            if variant == "null" and any(o == {"type": "null"} for o in options):
                return None
            first = next(i for i, o in enumerate(options) if o != {"type": "null"})
            return _build(vendor, options[first], f"{at}/{key}/{first}", variant, depth, pick)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for index, part in enumerate(schema["allOf"]):
            value = _build(vendor, part, f"{at}/allOf/{index}", variant, depth, pick)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kinds = schema.get("type", "object" if "properties" in schema else None)
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if variant == "null" and "null" in kinds:
        return None
    if "enum" in schema:
        values = [value for value in schema["enum"] if value is not None]
        return values[pick % len(values)]
    if "const" in schema:
        return schema["const"]
    kind = next((k for k in kinds if k != "null"), None)
    return _scalar_or_container(vendor, schema, at, variant, depth, kind, pick)


def _scalar_or_container(
    vendor: Document, schema: dict[str, Any], at: str, variant: str, depth: int, kind: Any, pick: int
) -> Any:
    if kind == "object":
        properties = schema.get("properties", {})
        wanted = [name for name in properties if variant != "absent" or name in schema.get("required", [])]
        if depth >= MAX_DEPTH:
            wanted = [name for name in wanted if name in schema.get("required", [])]
        return {
            name: _build(vendor, properties[name], f"{at}/properties/{_escape(name)}", variant, depth + 1, pick)
            for name in wanted
        }
    if kind == "array":
        if depth >= MAX_DEPTH or "items" not in schema:
            return []
        return [_build(vendor, schema["items"], f"{at}/items", variant, depth + 1, pick)]
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1) if schema.get("maximum", 2) >= 1 else schema["maximum"]
    if kind == "number":
        # A fraction where the range allows one: a client that reads the vendor's `number` as an integer fails.
        low, high = schema.get("minimum", 0), schema.get("maximum", 10**6)
        return low + 0.5 if low + 0.5 <= high else low
    if kind == "boolean":
        return pick % 2 == 0
    if kind == "string":
        if schema.get("format") == "date-time":
            return "2025-01-15T10:00:05.000Z"
        if schema.get("format") == "uuid":
            return "6c1e0c8d-3b6a-4f0e-8a6d-9a3c2b1d0e4f"
        return "x" * max(int(schema.get("minLength", 6)), 1)
    return "value"  # untyped: any value is allowed; a string is the likeliest


def _nullable(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    options = schema.get("anyOf", schema.get("oneOf", []))
    return (isinstance(kinds, list) and "null" in kinds) or {"type": "null"} in options


def _structured(schema: dict[str, Any]) -> bool:
    """Objects and arrays are built property by property (their example may omit what a variant needs)."""
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return bool({"object", "array"} & set(kinds)) or "properties" in schema


def server_path(servers: list[dict[str, Any]]) -> str:
    """The path part of the first server's URL, without a trailing slash ("" for a bare host)."""
    url = str(servers[0]["url"]) if servers else ""
    path = url.split("://", 1)[-1].partition("/")[2] if "://" in url else url
    return "/" + path.strip("/") if path.strip("/") else ""


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")
