"""Apply OpenAPI Overlays (1.0 `update`/`remove`, 1.1 `copy`) to a spec, keeping its comments and layout.

Usage: `python -m scripts.overlay SPEC OVERLAY [OVERLAY ...] [-o FILE] [--allow-empty-targets]`

Why hand-written: the only Python overlay tool on PyPI, `oas-patch` (0.6.0), falls short. It crashes on updates of
filter-selected array items (`$.paths.*.get.parameters[?@.name=='limit']`), removes nodes on `remove: false`,
and its PyYAML round trip drops comments and coerces YAML 1.1 scalars (`on: yes` becomes `true: true`). No other
Python package implements the Overlay specification. What this module adds is small: targets are evaluated by
`jsonpath-rfc9535` (RFC 9535 JSONPath, with node locations) and the YAML round trip is ruamel's (`scripts.yamlio`).

Semantics, following Overlay 1.1.0 (https://spec.openapis.org/overlay/v1.1.0.html):

- Actions apply in order, each to the document as the previous one left it; several overlay files apply in order.
- `update` on objects merges recursively: new keys are appended, primitives replaced, arrays concatenated,
  objects merged; any other pairing (say an object onto a string) is an error. On an array target an array value
  is concatenated and any other value appended; on a primitive target a primitive value replaces it.
- `copy` (1.1 only) is a JSONPath that must select exactly one node; its value is merged like `update`.
- `remove: true` deletes each selected node from its object or array (array items from the highest index down);
  `remove: false`, the default, does nothing.

Deliberate differences from the specification, to catch mistakes in overlays that silently do nothing:

- A target that selects no node is an error (the specification lets it succeed). Allow it for a whole run with
  `allow_empty_targets=True` / `--allow-empty-targets`, or for one action with the extension `x-allow-empty: true`.
- An action names exactly one modifier: `update`, `copy` or `remove: true` (the specification ignores the others
  when more are present). Unknown fields (other than `x-` extensions) are errors, so a typo such as `updates:`
  is reported. `extends` is accepted and ignored: the spec to patch is given explicitly.
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535
from jsonpath_rfc9535 import JSONPathError, JSONPathNode, JSONPathQuery

from scripts.errors import ArgumentParser, InputError
from scripts.yamlio import dump_yaml, load_yaml, remove_entry

__all__ = ["apply_overlay", "apply_overlay_files", "check_overlay", "main"]

_SUPPORTED_VERSION = re.compile(r"1\.[01]\.\d+")
_ROOT_FIELDS = frozenset({"overlay", "info", "extends", "actions"})
_INFO_FIELDS = frozenset({"title", "version", "description"})
_ACTION_FIELDS = frozenset({"target", "description", "update", "copy", "remove"})
_ALLOW_EMPTY_EXTENSION = "x-allow-empty"


@dataclass(frozen=True)
class _Action:
    """One validated action. `kind` is "update", "copy", "remove" or "none" (`remove: false` alone)."""

    index: int
    target_text: str
    target: JSONPathQuery
    kind: str
    update: Any = None
    copy_from: JSONPathQuery | None = None
    allow_empty: bool = False


class _Problems:
    """Collects every problem in an overlay so that one mistake does not hide the next."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.errors: list[InputError] = []

    def add(self, location: str | None, message: str) -> None:
        self.errors.append(InputError(self.source, location, message))


def _compile(text: str) -> JSONPathQuery:
    return jsonpath_rfc9535.compile(text)


def _jsonpath_message(text: str, error: JSONPathError) -> str:
    # The library appends "line 1, column N" (0-based); report a 1-based character position instead.
    reason = str(error.args[0]) if error.args else type(error).__name__
    position = f" at character {error.token.index + 1}" if error.token is not None else ""
    return f"invalid JSONPath {text!r}: {reason}{position}"


def _query(problems: _Problems, location: str, text: Any) -> JSONPathQuery | None:
    if not isinstance(text, str):
        problems.add(location, f"must be a JSONPath string, got {_describe(text)}")
        return None
    try:
        return _compile(text)
    except JSONPathError as error:
        problems.add(location, _jsonpath_message(text, error))
        return None


def _unknown_fields(problems: _Problems, location: str | None, data: Mapping[Any, Any], known: frozenset[str]) -> None:
    for key in data:
        if str(key) not in known and not str(key).startswith("x-"):
            where = f"{location}.{key}" if location else str(key)
            problems.add(where, f"unknown field (expected one of {', '.join(sorted(known))} or an x- extension)")


def _check_header(problems: _Problems, overlay: Mapping[Any, Any]) -> str:
    version = overlay.get("overlay")
    if version is None:
        problems.add("overlay", "missing: the Overlay version, such as '1.0.0' or '1.1.0'")
    elif not isinstance(version, str) or not _SUPPORTED_VERSION.fullmatch(version):
        problems.add("overlay", f"unsupported Overlay version {version!r} (supported: 1.0.x and 1.1.x, as a string)")
    info = overlay.get("info")
    if not isinstance(info, Mapping):
        problems.add("info", "missing or not an object: it needs a `title` and a `version`")
    else:
        for field in ("title", "version"):
            if not isinstance(info.get(field), str):
                problems.add(f"info.{field}", f"must be a string, got {_describe(info.get(field))}")
        _unknown_fields(problems, "info", info, _INFO_FIELDS)
    _unknown_fields(problems, None, overlay, _ROOT_FIELDS)
    return version if isinstance(version, str) else ""


def _check_action(problems: _Problems, index: int, action: Any, version: str) -> _Action | None:
    where = f"actions[{index}]"
    if not isinstance(action, Mapping):
        problems.add(where, f"must be an object with a `target`, got {_describe(action)}")
        return None
    errors_before = len(problems.errors)
    _unknown_fields(problems, where, action, _ACTION_FIELDS)
    target_text = action.get("target")
    if target_text is None:
        problems.add(f"{where}.target", "missing: a JSONPath selecting the nodes to change")
    target = _query(problems, f"{where}.target", target_text) if target_text is not None else None
    remove = action.get("remove", False)
    if not isinstance(remove, bool):
        problems.add(f"{where}.remove", f"must be true or false, got {_describe(remove)}")
    modifiers = [name for name in ("update", "copy") if name in action] + (["remove"] if remove is True else [])
    if len(modifiers) > 1:
        problems.add(where, f"has {' and '.join(modifiers)}: give exactly one of update, copy or remove: true")
    copy_from = None
    if "copy" in action:
        if version.startswith("1.0."):
            problems.add(f"{where}.copy", "`copy` needs Overlay 1.1.x (this overlay declares 1.0)")
        copy_from = _query(problems, f"{where}.copy", action["copy"])
    allow_empty = action.get(_ALLOW_EMPTY_EXTENSION, False)
    if not isinstance(allow_empty, bool):
        problems.add(f"{where}.{_ALLOW_EMPTY_EXTENSION}", f"must be true or false, got {_describe(allow_empty)}")
    if len(problems.errors) > errors_before or target is None:
        return None
    kind = modifiers[0] if modifiers else "none"
    return _Action(
        index=index,
        target_text=str(target_text),
        target=target,
        kind=kind,
        update=action.get("update"),
        copy_from=copy_from,
        allow_empty=allow_empty is True,
    )


def _parse(overlay: Any, source: str) -> tuple[list[_Action], list[InputError]]:
    problems = _Problems(source)
    if not isinstance(overlay, Mapping):
        problems.add(None, f"an Overlay document must be an object, got {_describe(overlay)}")
        return [], problems.errors
    version = _check_header(problems, overlay)
    raw_actions = overlay.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        problems.add("actions", "must be a non-empty list of actions")
        return [], problems.errors
    actions = [_check_action(problems, index, raw, version) for index, raw in enumerate(raw_actions)]
    return [action for action in actions if action is not None], problems.errors


def check_overlay(overlay: Any, *, source: str = "<overlay>") -> list[InputError]:
    """Every problem in an Overlay document (version, info, actions, JSONPath syntax); empty when it is valid."""
    return _parse(overlay, source)[1]


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, str):
        return f"the string {value!r}"
    return f"the {type(value).__name__} {value!r}"


def _kind(value: Any) -> str:
    if isinstance(value, Mapping):
        return "object"
    return "array" if isinstance(value, list) else "primitive"


class _Incompatible(Exception):
    def __init__(self, path: str, target: Any, value: Any) -> None:
        super().__init__(f"cannot merge {_describe(value)} into {_describe(target)} at {path}")


def _merge_property(target: Any, value: Any, path: str) -> Any:
    """The merged value of one property present in both: objects merge, arrays concatenate, primitives replace."""
    if isinstance(target, MutableMapping) and isinstance(value, Mapping):
        for key, new in value.items():
            if key in target:
                merged = _merge_property(target[key], new, f"{path}[{str(key)!r}]")
                if merged is not target[key]:
                    target[key] = merged
            else:
                target[key] = copy.deepcopy(new)
        return target
    if isinstance(target, list) and isinstance(value, list):
        target.extend(copy.deepcopy(value))
        return target
    if _kind(target) == _kind(value) == "primitive":
        return copy.deepcopy(value)
    raise _Incompatible(path, target, value)


def _merge_into_node(node: JSONPathNode, value: Any) -> Any:
    """Merge `value` into a selected node; returns the node's new value (changed in place where possible)."""
    current = node.value
    if isinstance(current, list) and not isinstance(value, list):
        current.append(copy.deepcopy(value))  # a non-array value on an array target is appended as one item
        return current
    merged = _merge_property(current, value, node.path())
    if merged is not current:
        node.value = merged
    return merged


def _remove(nodes: list[JSONPathNode]) -> None:
    # Array items go from the highest index down so that earlier removals do not shift later ones.
    ordered = sorted(nodes, key=lambda node: node.location[-1] if isinstance(node.location[-1], int) else 0)
    done: set[tuple[int, object]] = set()
    for node in reversed(ordered):
        assert node.parent is not None  # the root is rejected before
        container, key = node.parent.value, node.location[-1]
        if (id(container), key) not in done:  # RFC 9535 node lists may repeat a node
            done.add((id(container), key))
            remove_entry(container, key)


def _apply_action(document: Any, action: _Action, source: str, allow_empty_targets: bool) -> Any:
    where = f"actions[{action.index}]"
    nodes = list(action.target.find(document))
    if not nodes:
        if allow_empty_targets or action.allow_empty:
            return document
        raise InputError(
            source,
            f"{where}.target",
            # Only the action's own switch: `nox -s generate` has no flag for it (the overlay tool's --help has).
            f"{action.target_text} selects no node in the document (to allow that, set `{_ALLOW_EMPTY_EXTENSION}: "
            "true` on the action)",
        )
    if action.kind == "none":
        return document
    if action.kind == "remove":
        if any(node.parent is None for node in nodes):
            raise InputError(source, f"{where}.target", "cannot remove the document root")
        _remove(nodes)
        return document
    value = action.update
    if action.kind == "copy":
        assert action.copy_from is not None
        sources = list(action.copy_from.find(document))
        if len(sources) != 1:
            raise InputError(source, f"{where}.copy", f"must select exactly one node, selects {len(sources)}")
        value = copy.deepcopy(sources[0].value)
    kinds = sorted({_kind(node.value) for node in nodes})
    if len(kinds) > 1:
        raise InputError(source, f"{where}.target", f"selects a mix of {' and '.join(kinds)} nodes; use one kind")
    try:
        for node in nodes:
            merged = _merge_into_node(node, value)
            if node.parent is None:
                document = merged
    except _Incompatible as error:
        raise InputError(source, f"{where}.{action.kind}", str(error)) from None
    return document


def apply_overlay(document: Any, overlay: Any, *, source: str = "<overlay>", allow_empty_targets: bool = False) -> Any:
    """Apply one loaded Overlay document to a loaded spec and return the spec (changed in place where possible).

    Raises `InputError` (naming `source` and `actions[i]...`) for an invalid overlay, a target that selects nothing
    (unless allowed) and values that cannot be merged.
    """
    actions, problems = _parse(overlay, source)
    if problems:
        raise problems[0]
    for action in actions:
        document = _apply_action(document, action, source, allow_empty_targets)
    return document


def apply_overlay_files(
    spec_path: Path | str, overlay_paths: Iterable[Path | str], *, allow_empty_targets: bool = False
) -> Any:
    """Load a spec, apply each overlay file in order and return the round-trip document (see `scripts.yamlio`)."""
    document = load_yaml(Path(spec_path))
    if not isinstance(document, Mapping):  # an overlay would only report that its targets select nothing
        got = "an empty file" if document is None else f"a{'n' if isinstance(document, list) else ''} {_kind(document)}"
        raise InputError(spec_path, None, f"an OpenAPI document must be a mapping, got {got}")
    for overlay_path in overlay_paths:
        overlay = load_yaml(Path(overlay_path))
        document = apply_overlay(document, overlay, source=str(overlay_path), allow_empty_targets=allow_empty_targets)
    return document


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = ArgumentParser(
        prog="python -m scripts.overlay",
        description="Apply OpenAPI Overlay files, in order, to a spec and print the resulting YAML.",
    )
    parser.add_argument("spec", type=Path, help="the OpenAPI document (YAML or JSON)")
    parser.add_argument("overlays", type=Path, nargs="+", metavar="overlay", help="Overlay documents, applied in order")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the result to FILE instead of stdout")
    parser.add_argument(
        "--allow-empty-targets", action="store_true", help="let actions whose target selects nothing pass"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; returns the exit status (1 for bad input, 2 for bad arguments)."""
    arguments = _arguments(argv)
    try:
        for overlay_path in arguments.overlays:
            problems = check_overlay(load_yaml(overlay_path), source=str(overlay_path))
            if problems:
                for problem in problems:
                    print(f"error: {problem}", file=sys.stderr)
                return 1
        document = apply_overlay_files(
            arguments.spec, arguments.overlays, allow_empty_targets=arguments.allow_empty_targets
        )
        text = dump_yaml(document)
        if arguments.output is None:
            sys.stdout.write(text)
        else:
            try:
                arguments.output.write_text(text, encoding="utf-8")
            except OSError as error:
                raise InputError(arguments.output, None, f"cannot write: {error.strerror or error}") from None
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
