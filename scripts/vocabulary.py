"""The `x-` vocabulary of specs and overlays: every extension key this project reads, written down once, and the
one check of every declaration against it and against the spec.

| key | where | value | read by |
| --- | --- | --- | --- |
| `x-python-client` | document | a class name | the templates (the client classes) |
| `x-client-name` | document | a title | the templates (docstrings, README) |
| `x-env` | document | {token, base_url, log}: environment variable names | `envnames.py`: client, contract, mock |
| `x-python-method` | operation | RESOURCE[.RESOURCE...].METHOD | the view model (resource tree) |
| `x-pagination` | operation | `style` and its keys (below) | the view model, the mock |
| `x-relative-url` | operation | a URL relative to the base URL | the view model (operation module) |
| `x-readme-arguments` | operation | Python call arguments | the view model (README examples) |
| `x-readme-setup` | operation | calls made first: [{call, arguments, assign, comment}] | the README examples |
| `x-state` | operation | a mapping | the mock (`scripts/mock/_state.py` checks it) |
| `x-python-name` | schema | a Python identifier | the generator (`set_python_name`) |
| `x-python-datetime` | schema | `epoch-ms` | the model template (`<name>_datetime`), the README |
| `x-tolerate-unknown-fields` | schema | true or false | the spec tests |
| `x-known-values` | schema | a list of strings | the spec tests |
| `x-judgements` | anywhere | any: the reasons | people, the spec tests |
| `x-undocumented` | anywhere | true or false | people, the spec tests |

`x-pagination` styles and their keys:

- `page-number`: items, page_param; optional has_more, size_param, start, total, total_pages
- `link-header`: items; optional cursor_param, rel
- `offset`: items, limit_param, offset_param; optional has_more, total, total_pages
- `cursor`: cursor_param, items; optional has_more, last_item_key, next_cursor, size_param

`items` is `$` (the body is the list) or the dotted path to a required array field of the 2xx body.
`total` (items in the whole list), `total_pages`, `has_more` (a boolean) and `next_cursor` are dotted paths of
fields of the 2xx body; `cursor` takes exactly one of `next_cursor` and `last_item_key` (a field of the items: the
last item's key is the next cursor).

A key that starts with `x-` and is not in this table, a value of another shape, or a declaration that does not fit
the spec (an `x-pagination` whose `items` is not a required array field of the 2xx body, a paging parameter the
operation does not have) is one problem naming its JSON pointer; `scripts/regenerate.py` names the file that
declared it (the spec or the overlay) and stops before the generator runs. `python -m scripts.vocabulary` prints
the table above (a test keeps this docstring equal to it).
"""

from __future__ import annotations

import difflib
import keyword
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from scripts.envnames import EnvNames, env_names

__all__ = ["VOCABULARY", "EnvNames", "Hint", "Problem", "env_names", "extension_problems", "table"]

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_ENV_NAME = re.compile(r"[A-Z_][A-Z0-9_]*\Z")
_DOTTED = re.compile(r"[^.\s]+(\.[^.\s]+)*\Z")
_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
_ENDINGS = frozenset({"total", "total_pages", "has_more"})
PAGING_STYLES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # style: (required keys besides `style`, optional keys)
    "page-number": (frozenset({"items", "page_param"}), frozenset({"start", "size_param"}) | _ENDINGS),
    "link-header": (frozenset({"items"}), frozenset({"rel", "cursor_param"})),
    "offset": (frozenset({"items", "offset_param", "limit_param"}), _ENDINGS),
    "cursor": (
        frozenset({"items", "cursor_param"}),
        frozenset({"next_cursor", "last_item_key", "has_more", "size_param"}),
    ),
}
# The keys of an x-pagination that name a query parameter of the operation.
PAGING_PARAMETERS = ("page_param", "size_param", "offset_param", "limit_param", "cursor_param")
# The keys of an x-pagination that are dotted paths into the 2xx body (besides `items`).
PAGING_BODY_PATHS = ("total", "total_pages", "has_more", "next_cursor")
# A cursor style takes its next cursor from exactly one place: the body, or the last item.
_CURSOR_SOURCES = ("next_cursor", "last_item_key")


@dataclass(frozen=True)
class Problem:
    """A declaration that does not fit: where it is (a JSON pointer into the overlaid document) and why."""

    pointer: str
    message: str


Check = Callable[[Any], str | None]  # None when the value fits, else what is wrong with it


@dataclass(frozen=True)
class Hint:
    where: frozenset[str]  # "document" (the root or info), "operation", "schema", "parameter", "anywhere"
    value: str  # the value's shape, for people
    readers: str  # who reads it
    check: Check


def _string(value: Any) -> str | None:
    return None if isinstance(value, str) and value.strip() else "expected a non-empty string"


def _boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else "expected true or false"


def _anything(value: Any) -> str | None:
    return None


def _mapping(value: Any) -> str | None:
    return None if isinstance(value, Mapping) else "expected a mapping"


def _setup_steps(value: Any) -> str | None:
    keys = {"call", "arguments", "assign", "comment"}
    ok = isinstance(value, list) and all(
        isinstance(step, Mapping) and isinstance(step.get("call"), str) and set(step) <= keys
        and all(isinstance(v, str) for v in step.values())
        for step in value
    )  # fmt: skip
    return None if ok else "expected a list of {call, arguments, assign, comment} mappings of strings"


def _strings(value: Any) -> str | None:
    ok = isinstance(value, list) and all(isinstance(item, str) for item in value)
    return None if ok else "expected a list of strings"


def _class_name(value: Any) -> str | None:
    if not isinstance(value, str) or not _IDENTIFIER.match(value) or keyword.iskeyword(value):
        return "expected a Python class name"
    return None


def _python_name(value: Any) -> str | None:
    if not isinstance(value, str) or not _IDENTIFIER.match(value) or keyword.iskeyword(value):
        return "expected a Python identifier (not a keyword)"
    return None


def _python_method(value: Any) -> str | None:
    if not isinstance(value, str):
        return "expected RESOURCE[.RESOURCE...].METHOD, a string"
    parts = value.split(".")
    if len(parts) < 2:
        return f"{value!r} needs a resource and a method (RESOURCE.METHOD)"
    bad = [part for part in parts if not _IDENTIFIER.match(part) or keyword.iskeyword(part)]
    if bad:
        return f"{bad[0]!r} is not a Python identifier"
    return None


def _env(value: Any) -> str | None:
    if not isinstance(value, Mapping):
        return "expected a mapping of token, base_url, log to environment variable names"
    for key, name in value.items():
        if key not in ("token", "base_url", "log"):
            return f"unknown key {key!r} (expected one of: token, base_url, log)"
        if not isinstance(name, str) or not _ENV_NAME.match(name):
            return f"{key}: {name!r} is not an environment variable name (A-Z, 0-9, _)"
    return None


def _epoch(value: Any) -> str | None:
    return None if value == "epoch-ms" else f"{value!r} is not a known time format (expected: epoch-ms)"


def _pagination(value: Any) -> str | None:
    if not isinstance(value, Mapping):
        return "expected a mapping with a `style`"
    style = value.get("style")
    if style not in PAGING_STYLES:
        return f"style: {style!r} is not a paging style (expected one of: {', '.join(PAGING_STYLES)})"
    required, optional = PAGING_STYLES[style]
    missing = sorted(required - set(value))
    if missing:
        return f"style {style} needs {', '.join(missing)}"
    unknown = sorted(set(value) - required - optional - {"style"})
    if unknown:
        return f"{unknown[0]}: unknown key for style {style} (expected: {', '.join(sorted(required | optional))})"
    for key in sorted(set(value) - {"style", "start"}):
        if not isinstance(value[key], str) or not _DOTTED.match(value[key]):
            return f"{key}: expected a name or a dotted path, got {value[key]!r}"
    if style == "cursor" and sum(key in value for key in _CURSOR_SOURCES) != 1:
        return (
            "style cursor needs exactly one of next_cursor (a dotted path of the body), "
            "last_item_key (a field of the items)"
        )
    start = value.get("start", 1)
    if not isinstance(start, int) or isinstance(start, bool) or start < 0:
        return f"start: expected a whole number of at least 0, got {start!r}"
    return None


VOCABULARY: dict[str, Hint] = {
    "x-python-client": Hint(frozenset({"document"}), "a class name", "the templates (the client classes)", _class_name),
    "x-client-name": Hint(frozenset({"document"}), "a title", "the templates (docstrings, README)", _string),
    "x-env": Hint(
        frozenset({"document"}),
        "{token, base_url, log}: environment variable names",
        "`envnames.py`: client, contract, mock",
        _env,
    ),
    "x-python-method": Hint(
        frozenset({"operation"}),
        "RESOURCE[.RESOURCE...].METHOD",
        "the view model (resource tree)",
        _python_method,
    ),
    "x-pagination": Hint(
        frozenset({"operation"}),
        "`style` and its keys (below)",
        "the view model, the mock",
        _pagination,
    ),
    "x-relative-url": Hint(
        frozenset({"operation"}), "a URL relative to the base URL", "the view model (operation module)", _string
    ),
    "x-readme-arguments": Hint(
        frozenset({"operation"}), "Python call arguments", "the view model (README examples)", _string
    ),
    "x-readme-setup": Hint(
        frozenset({"operation"}),
        "calls made first: [{call, arguments, assign, comment}]",
        "the README examples",
        _setup_steps,
    ),
    "x-state": Hint(frozenset({"operation"}), "a mapping", "the mock (`scripts/mock/_state.py` checks it)", _mapping),
    "x-python-name": Hint(
        frozenset({"schema"}), "a Python identifier", "the generator (`set_python_name`)", _python_name
    ),
    "x-python-datetime": Hint(
        frozenset({"schema"}), "`epoch-ms`", "the model template (`<name>_datetime`), the README", _epoch
    ),
    "x-tolerate-unknown-fields": Hint(frozenset({"schema"}), "true or false", "the spec tests", _boolean),
    "x-known-values": Hint(frozenset({"schema"}), "a list of strings", "the spec tests", _strings),
    "x-judgements": Hint(frozenset({"anywhere"}), "any: the reasons", "people, the spec tests", _anything),
    "x-undocumented": Hint(frozenset({"anywhere"}), "true or false", "people, the spec tests", _boolean),
}


_PATHS = """\
`items` is `$` (the body is the list) or the dotted path to a required array field of the 2xx body.
`total` (items in the whole list), `total_pages`, `has_more` (a boolean) and `next_cursor` are dotted paths of
fields of the 2xx body; `cursor` takes exactly one of `next_cursor` and `last_item_key` (a field of the items: the
last item's key is the next cursor)."""


def table() -> str:
    """The vocabulary as a Markdown table, then the keys of each paging style (this module's docstring shows it)."""
    rows = [
        f"| `{key}` | {', '.join(sorted(hint.where))} | {hint.value} | {hint.readers} |"
        for key, hint in VOCABULARY.items()
    ]
    styles = [
        f"- `{style}`: {', '.join(sorted(required))}"
        + (f"; optional {', '.join(sorted(optional))}" if optional else "")
        for style, (required, optional) in PAGING_STYLES.items()
    ]
    return "\n".join([*rows, "", "`x-pagination` styles and their keys:", "", *styles, "", _PATHS])


# Maps whose keys are names chosen by the spec's author (a property called `x-id` is not an extension), and
# values that are data (examples, defaults), never looked into.
_NAME_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "headers", "schemas", "responses", "parameters",
     "examples", "requestBodies", "securitySchemes", "links", "callbacks", "pathItems", "content", "encoding",
     "variables", "mapping", "webhooks", "dependentSchemas"}
)  # fmt: skip
_DATA = frozenset({"example", "examples", "default", "enum", "const", "value"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_ONE = frozenset({"items", "additionalProperties", "not", "schema", "contains", "propertyNames"})


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _nodes(node: Any, pointer: str, kind: str) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """Every mapping of the document where extensions may stand, with its pointer and kind."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _nodes(item, f"{pointer}/{index}", kind)
        return
    if not isinstance(node, Mapping):
        return
    yield pointer, kind, node
    for key, value in node.items():
        key = str(key)
        if kind != "names" and (key.startswith("x-") or key in _DATA):
            continue
        child = f"{pointer}/{_escape(key)}"
        if kind == "names":  # the values of a name map: a schema under properties/schemas, else an object
            yield from _nodes(value, child, "schema" if pointer.endswith(("/properties", "/schemas", "/$defs")) else "")
        elif key in _NAME_MAPS and isinstance(value, Mapping):
            yield from _nodes(value, child, "names")
        elif key == "paths":
            for path, item in value.items() if isinstance(value, Mapping) else ():
                yield from _path_item(item, f"{child}/{_escape(str(path))}")
        elif key in _SCHEMA_LISTS or key in _SCHEMA_ONE:
            yield from _nodes(value, child, "schema")
        elif key == "info":
            yield from _nodes(value, child, "document")
        else:
            yield from _nodes(value, child, "")


def _path_item(item: Any, pointer: str) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    if not isinstance(item, Mapping):
        return
    yield pointer, "", item
    for key, value in item.items():
        child = f"{pointer}/{_escape(str(key))}"
        if key in _HTTP_METHODS:
            yield from _nodes(value, child, "operation")
        elif key == "parameters" or not str(key).startswith("x-"):
            yield from _nodes(value, child, "")


def _placed(hint: Hint, kind: str, parent_key: str) -> bool:
    if "anywhere" in hint.where:
        return True
    return kind in hint.where or ("parameter" in hint.where and parent_key == "parameters")


def extension_problems(document: Mapping[str, Any]) -> list[Problem]:
    """Every `x-` declaration of `document` (the spec after its overlays) that is unknown, misplaced, of the wrong
    shape, or does not fit the spec; in document order."""
    problems: list[Problem] = []
    for pointer, kind, node in _nodes(document, "#", "document"):
        if kind == "names":  # its keys are names the spec chose (a header `x-request-id`), not extensions
            continue
        for key, value in node.items():
            if not isinstance(key, str) or not key.startswith("x-"):
                continue
            where = f"{pointer}/{_escape(key)}"
            hint = VOCABULARY.get(key)
            if hint is None:
                close = difflib.get_close_matches(key, VOCABULARY, n=1, cutoff=0.85)
                hint_text = f"did you mean {close[0]}? " if close else ""
                problems.append(
                    Problem(where, f"unknown extension {key} ({hint_text}the vocabulary: scripts/vocabulary.py)")
                )
                continue
            if not _placed(hint, kind or "other", pointer.rsplit("/", 2)[-2] if pointer.count("/") > 1 else ""):
                places = ", ".join(sorted(hint.where))
                problems.append(Problem(where, f"{key} belongs on a {places} object, not here"))
                continue
            wrong = hint.check(value)
            if wrong is not None:
                problems.append(Problem(where, wrong))
            elif key == "x-pagination":
                problems.extend(_paging_fits(document, node, where, value))
    return problems


def _paging_fits(document: Mapping[str, Any], operation: Mapping[str, Any], where: str, paging: Any) -> list[Problem]:
    """An x-pagination that has the right shape, against the operation it is on."""
    problems = []
    names = {p.get("name") for p in _parameters(document, operation) if p.get("in") == "query"}
    for key in PAGING_PARAMETERS:
        if key in paging and paging[key] not in names:
            problems.append(Problem(f"{where}/{key}", f"{paging[key]!r} is not a query parameter of the operation"))
    body = _success_schema(document, operation)
    if body is None:
        return [*problems, Problem(where, "the operation has no JSON 2xx body to page")]
    for key in PAGING_BODY_PATHS:
        if key in paging and paging[key] != "$":
            _, wrong = _field(document, body, paging[key], required=False)
            if wrong:
                problems.append(Problem(f"{where}/{key}", wrong))
    path = paging["items"]
    schema, wrong = _field(document, body, path, required=True) if path != "$" else (body, None)
    if wrong:
        return [*problems, Problem(f"{where}/items", wrong)]
    if _resolve(document, schema).get("type") != "array":
        return [*problems, Problem(f"{where}/items", f"{path}: the items must be an array in the 2xx body")]
    key = paging.get("last_item_key")
    item = _resolve(document, _resolve(document, schema).get("items"))
    if key is not None and key not in (item.get("properties") or {}):
        problems.append(Problem(f"{where}/last_item_key", f"{key!r} is not a field of the items of {path}"))
    return problems


def _field(document: Mapping[str, Any], schema: Any, path: str, *, required: bool) -> tuple[Any, str | None]:
    """The schema at a dotted path of the 2xx body, or what is wrong with the path: a segment that is no field
    (or, with `required`, not a required one)."""
    for segment in path.split("."):
        schema = _resolve(document, schema)
        if segment not in (schema.get("properties") or {}):
            return None, f"{path}: {segment!r} is not a field of the 2xx body"
        if required and segment not in (schema.get("required") or []):
            return None, (
                f"{path}: {segment!r} is not a required field of the 2xx body "
                "(a page must carry its items: add it to `required`)"
            )
        schema = schema["properties"][segment]
    return schema, None


def _parameters(document: Mapping[str, Any], operation: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    found = [_resolve(document, p) for p in operation.get("parameters") or []]
    for path_item in (document.get("paths") or {}).values():
        if isinstance(path_item, Mapping) and any(path_item.get(m) is operation for m in _HTTP_METHODS):
            found += [_resolve(document, p) for p in path_item.get("parameters") or []]
    return found


def _success_schema(document: Mapping[str, Any], operation: Mapping[str, Any]) -> Any:
    for status, response in sorted((operation.get("responses") or {}).items()):
        if str(status).startswith("2"):
            media = (_resolve(document, response).get("content") or {}).get("application/json")
            if isinstance(media, Mapping) and "schema" in media:
                return media["schema"]
    return None


def _resolve(document: Mapping[str, Any], node: Any) -> Mapping[str, Any]:
    seen = 0
    while (
        isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/") and seen < 50
    ):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        node, seen = target, seen + 1
    return node if isinstance(node, Mapping) else {}


if __name__ == "__main__":
    print(table())
    sys.exit(0)
