"""The spec changes of a release in words: every added, removed and changed operation, parameter, field and status.

`redocly diff` (specdiff.py) rates changes by the version bump they need, but it lists only what a rule of its own
rates: Emogg growing from one path to six got no line for the five new ones, and an added property of a response
rates nothing. The changelog's reader needs the whole list first, whatever the rating, so this module walks the
two resolved specs itself (the Python OpenAPI diff packages on PyPI are young one-person projects; the well-kept
tools, oasdiff and @pb33f/openapi-changes, need Go or Node.js, which `nox -s bump` does not require):

- operations by method and path (`GET /v1/sessions`), with their parameters (by location and name, the path
  item's included), request body and response statuses;
- models (`components/schemas`) with their fields, nested inline objects as dotted names (`Session.stats.count`),
  array items as `[]`, and what changed in a field: type, format, enum values, bounds, required, nullable.

Documentation (descriptions, summaries, examples) and `x-` extensions are not changes here: the JSON pointer list
in the changelog still shows them. A first release is summarised instead: its operations and its models.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

__all__ = ["describe_changes", "summarize_spec"]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# What a reader of the API does not call a change of a field or parameter (the pointer list shows them anyway).
_DOCUMENTATION = frozenset({"description", "summary", "title", "example", "examples", "externalDocs", "$comment"})
# Keys described by their own sentences (the rest of a schema's keys are compared one by one, `key: old -> new`).
_STRUCTURE = frozenset({"properties", "required", "items", "enum", "type", "$ref", "oneOf", "anyOf", "allOf"})
_COMBINATIONS = ("oneOf", "anyOf", "allOf")


def describe_changes(old: Any, new: Any) -> list[str]:
    """One sentence per added, removed or changed operation, parameter, request body, status, model and field."""
    return [*_operation_changes(old, new), *_model_changes(old, new)]


def summarize_spec(document: Any) -> list[str]:
    """A first release in a few lines: each operation (with its summary) and the models, by name."""
    operations = _operations(document)
    lines = [f"{len(operations)} operation{'s' if len(operations) != 1 else ''}:", ""]
    for key, (operation, _) in operations.items():
        summary = str(operation.get("summary") or operation.get("operationId") or "").strip()
        lines.append(f"- `{key}`" + (f": {summary}" if summary else ""))
    models = sorted(_schemas(document))
    if models:
        lines += ["", f"{len(models)} model{'s' if len(models) != 1 else ''}: {', '.join(models)}."]
    return lines


# --- operations -------------------------------------------------------------------------------------------------


def _operations(document: Any) -> dict[str, tuple[dict[str, Any], list[Any]]]:
    """`METHOD /path` -> (the operation, the path item's parameters), in document order."""
    found: dict[str, tuple[dict[str, Any], list[Any]]] = {}
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters") or []
        for method in _METHODS:
            if isinstance(item.get(method), dict):
                found[f"{method.upper()} {path}"] = (item[method], shared)
    return found


def _operation_changes(old: Any, new: Any) -> Iterator[str]:
    before, after = _operations(old), _operations(new)
    for key in before:
        if key not in after:
            yield f"removed operation `{key}`"
    for key, (operation, _) in after.items():
        if key not in before:
            summary = str(operation.get("summary") or "").strip()
            yield f"added operation `{key}`" + (f" ({summary})" if summary else "")
    for key in (k for k in after if k in before):
        yield from _parameter_changes(key, _parameters(old, *before[key]), _parameters(new, *after[key]))
        yield from _body_changes(key, old, before[key][0].get("requestBody"), new, after[key][0].get("requestBody"))
        yield from _status_changes(key, old, before[key][0].get("responses"), new, after[key][0].get("responses"))


def _parameters(document: Any, operation: dict[str, Any], shared: list[Any]) -> dict[str, dict[str, Any]]:
    """`in` and name -> the parameter (the operation's own win over the path item's, as OpenAPI says)."""
    found: dict[str, dict[str, Any]] = {}
    for parameter in [*shared, *(operation.get("parameters") or [])]:
        resolved = _deref(document, parameter)
        if isinstance(resolved, dict) and "name" in resolved:
            found[f"{resolved.get('in', '?')} parameter `{resolved['name']}`"] = resolved
    return found


def _parameter_changes(key: str, before: dict[str, Any], after: dict[str, Any]) -> Iterator[str]:
    for name in before:
        if name not in after:
            yield f"removed {name} from `{key}`"
    for name, parameter in after.items():
        if name not in before:
            required = "required " if parameter.get("required") else "optional "
            yield f"added {required}{name} to `{key}`"
        else:
            was = before[name]
            if bool(was.get("required")) != bool(parameter.get("required")):
                now = "required" if parameter.get("required") else "optional"
                yield f"{name} of `{key}` is now {now}"
            for change in _schema_changes(was.get("schema"), parameter.get("schema")):
                yield f"{name} of `{key}`: {change}"


def _body_changes(key: str, old: Any, was: Any, new: Any, now: Any) -> Iterator[str]:
    was, now = _deref(old, was), _deref(new, now)
    if was is None and now is not None:
        yield f"added a request body to `{key}` ({_media_summary(now)})"
    elif was is not None and now is None:
        yield f"removed the request body of `{key}`"
    elif isinstance(was, dict) and isinstance(now, dict):
        if bool(was.get("required")) != bool(now.get("required")):
            yield f"the request body of `{key}` is now {'required' if now.get('required') else 'optional'}"
        yield from (f"the request body of `{key}`: {c}" for c in _content_changes(was, now))


def _status_changes(key: str, old: Any, was: Any, new: Any, now: Any) -> Iterator[str]:
    was, now = was if isinstance(was, dict) else {}, now if isinstance(now, dict) else {}
    for status in was:
        if status not in now:
            yield f"removed status {status} from `{key}`"
    for status, response in now.items():
        if status not in was:
            yield f"added status {status} to `{key}` ({_media_summary(_deref(new, response))})"
        else:
            before, after = _deref(old, was[status]), _deref(new, response)
            if isinstance(before, dict) and isinstance(after, dict):
                yield from (f"status {status} of `{key}`: {c}" for c in _content_changes(before, after))


def _content_changes(was: dict[str, Any], now: dict[str, Any]) -> Iterator[str]:
    before, after = was.get("content") or {}, now.get("content") or {}
    for media in before:
        if media not in after:
            yield f"no longer sends {media}"
    for media, content in after.items():
        if media not in before:
            yield f"now also {media} ({_schema_name(content.get('schema'))})"
        else:
            yield from _schema_changes((before[media] or {}).get("schema"), (content or {}).get("schema"))


def _media_summary(response: Any) -> str:
    content = (response or {}).get("content") or {} if isinstance(response, dict) else {}
    if not content:
        return "no body"
    return ", ".join(f"{media}: {_schema_name((body or {}).get('schema'))}" for media, body in content.items())


# --- models and fields ------------------------------------------------------------------------------------------


def _schemas(document: Any) -> dict[str, Any]:
    schemas = (document.get("components") or {}).get("schemas") or {}
    return schemas if isinstance(schemas, dict) else {}


def _model_changes(old: Any, new: Any) -> Iterator[str]:
    before, after = _schemas(old), _schemas(new)
    for name in before:
        if name not in after:
            yield f"removed model `{name}`"
    for name, schema in after.items():
        if name not in before:
            fields = sorted((schema or {}).get("properties") or {}) if isinstance(schema, dict) else []
            yield f"added model `{name}`" + (f" (fields: {', '.join(fields)})" if fields else "")
        else:
            yield from (f"model `{name}`: {c}" for c in _schema_changes(before[name], schema))


def _schema_changes(was: Any, now: Any, field: str = "") -> Iterator[str]:
    """What changed between two schemas, as sentences naming the field (dotted) they are about."""
    where = f"field `{field}` " if field else ""
    if not isinstance(was, dict) or not isinstance(now, dict):
        if was != now:
            yield f"{where}schema {_schema_name(was)} -> {_schema_name(now)}".strip()
        return
    if _kind(was) != _kind(now):
        yield f"{where}type {_schema_name(was)} -> {_schema_name(now)}"
    old_enum, new_enum = was.get("enum") or [], now.get("enum") or []
    added = [v for v in new_enum if v not in old_enum]
    removed = [v for v in old_enum if v not in new_enum]
    if added:
        yield f"{where}allows {', '.join(repr(v) for v in added)}"
    if removed:
        yield f"{where}no longer allows {', '.join(repr(v) for v in removed)}"
    for key in sorted((set(was) | set(now)) - _DOCUMENTATION - _STRUCTURE):
        if key.startswith("x-") or _plain(was.get(key)) == _plain(now.get(key)):
            continue
        if key in ("additionalProperties", "not"):
            yield f"{where}{key} changed"
        else:
            yield f"{where}{key} {_value(was.get(key))} -> {_value(now.get(key))}"
    yield from _field_changes(was, now, field)


def _field_changes(was: dict[str, Any], now: dict[str, Any], field: str) -> Iterator[str]:
    prefix = f"{field}." if field else ""
    before, after = was.get("properties") or {}, now.get("properties") or {}
    required_before, required_after = set(was.get("required") or []), set(now.get("required") or [])
    for name in before:
        if name not in after:
            yield f"removed field `{prefix}{name}`"
    for name, schema in after.items():
        if name not in before:
            required = "required" if name in required_after else "optional"
            yield f"added {required} field `{prefix}{name}` ({_schema_name(schema)})"
        else:
            if (name in required_before) != (name in required_after):
                yield f"field `{prefix}{name}` is now {'required' if name in required_after else 'optional'}"
            yield from _schema_changes(before[name], schema, f"{prefix}{name}")
    if isinstance(was.get("items"), dict) or isinstance(now.get("items"), dict):
        yield from _schema_changes(was.get("items"), now.get("items"), f"{field}[]" if field else "[]")


def _kind(schema: dict[str, Any]) -> Any:
    """What a schema is, for the `type A -> B` sentence: its reference, types and combinations."""
    return (schema.get("$ref"), _types(schema), *(_plain(schema.get(k)) for k in _COMBINATIONS))


def _types(schema: dict[str, Any]) -> tuple[str, ...]:
    kind = schema.get("type")
    return tuple(sorted(kind)) if isinstance(kind, list) else (str(kind),) if kind else ()


def _schema_name(schema: Any) -> str:
    """A schema in a word: its model's name, its type (`string`, `array of Session`) or `any`."""
    if not isinstance(schema, dict):
        return "none" if schema is None else repr(schema)
    if "$ref" in schema:
        return f"`{str(schema['$ref']).rsplit('/', 1)[-1]}`"
    for combination, joiner in (("oneOf", " or "), ("anyOf", " or "), ("allOf", " and ")):
        if isinstance(schema.get(combination), list):
            return joiner.join(_schema_name(s) for s in schema[combination])
    kinds = [k for k in _types(schema) if k != "null"]
    if kinds == ["array"]:
        return f"array of {_schema_name(schema.get('items'))}"
    text = " or ".join(kinds) if kinds else "any"
    if schema.get("format"):
        text += f" ({schema['format']})"
    if "null" in _types(schema):
        text += ", nullable"
    return text


def _deref(document: Any, node: Any) -> Any:
    """Follow local `$ref`s (`#/components/...`); a dangling one stays as it is."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        ref = node["$ref"]
        if ref in seen:
            break
        seen.add(ref)
        target: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                return node
            target = target[part]
        node = target
    return node


def _plain(value: Any) -> Any:
    """A value without its documentation, to compare (`{"type": "string", "description": ...}` is a string)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k not in _DOCUMENTATION and not str(k).startswith("x-")}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _value(value: Any) -> str:
    if value is None:
        return "unset"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
