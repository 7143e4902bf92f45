"""Round-trip YAML for specs and overlays: comments, key order and quoting survive a load and dump.

Built on ruamel.yaml's round-trip mode (YAML 1.2, so `on: yes` stays two strings) with two OpenAPI fixes:

- Mapping keys are always strings. OpenAPI status codes (`200:`) and other plain keys that YAML would type as
  int, float, bool or null load as `str`, yet dump unquoted as they were written.
- Timestamps stay strings (`example: 2024-01-01`): JSON has no dates, and JSON Schema tools expect strings.

Both are loaded as `ImplicitStr`, a `str` whose representer writes it back as the same plain scalar.
JSON input works too (YAML 1.2 is a superset); a document written in flow style (JSON) is dumped in block style.
Syntax errors become `InputError(path, "line L, column C", message)` with 1-based positions.

Aliases (`*name`) are refused: no spec or overlay here needs them, and nested aliases ("billion laughs") expand
exponentially when a loaded document is walked or dumped. Nesting deeper than `_MAX_DEPTH` is refused too.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer, ComposerError, MaxDepthExceededError
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import CommentMark, MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.nodes import Node, ScalarNode
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarbool import ScalarBoolean
from ruamel.yaml.scalarfloat import ScalarFloat
from ruamel.yaml.scalarint import ScalarInt
from ruamel.yaml.tokens import CommentToken

from scripts.errors import InputError

__all__ = ["ImplicitStr", "dump_yaml", "load_yaml", "loads_yaml", "remove_entry", "to_plain"]

_TAG = "tag:yaml.org,2002:"
_STR_TAG = _TAG + "str"
_TIMESTAMP_TAG = _TAG + "timestamp"
# Plain scalar tags that a mapping key must not keep: JSON (and OpenAPI) keys are strings.
_NON_STRING_KEY_TAGS = frozenset(_TAG + name for name in ("int", "float", "bool", "null", "timestamp"))
_IMPLICIT_STR_TAG = "tag:sessions-clients,2025:implicit-str"
# Wide enough that ruamel never re-wraps a long description line.
_LINE_WIDTH = 4096
# Far deeper than any OpenAPI document; a bound keeps a hostile nesting from exhausting the stack.
_MAX_DEPTH = 200


class _Composer(Composer):
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.parser.check_event(AliasEvent):
            event = self.parser.peek_event()
            raise ComposerError(
                None, None, f"YAML aliases are not allowed (*{event.anchor}): write the value out", event.start_mark
            )
        return super().compose_node(parent, index)


class ImplicitStr(str):
    """A plain scalar loaded as a string although YAML would type it (`200`, `true`, `2024-01-01`).

    It dumps as the same plain scalar, unquoted, so a round trip does not rewrite `200:` as `'200':`.
    """

    __slots__ = ()


class _Constructor(RoundTripConstructor):
    # ruamel itself overrides this with an extra `maptyp` parameter, hence the ignore.
    def construct_mapping(self, node: Any, maptyp: Any, deep: bool = False) -> Any:  # type: ignore[override]
        for key_node, _value in node.value:
            if isinstance(key_node, ScalarNode) and key_node.tag in _NON_STRING_KEY_TAGS:
                key_node.tag = _IMPLICIT_STR_TAG
        return super().construct_mapping(node, maptyp, deep=deep)

    def construct_implicit_str(self, node: ScalarNode) -> ImplicitStr:
        return ImplicitStr(node.value)


_Constructor.add_constructor(_IMPLICIT_STR_TAG, _Constructor.construct_implicit_str)
_Constructor.add_constructor(_TIMESTAMP_TAG, _Constructor.construct_implicit_str)


class _Representer(RoundTripRepresenter):
    def represent_implicit_str(self, data: ImplicitStr) -> Node:
        # Tagging the node with the type a plain scalar resolves to lets the emitter write it unquoted.
        tag = self.dumper.resolver.resolve(ScalarNode, str(data), (True, False))
        return self.represent_scalar(tag, str(data))


_Representer.add_representer(ImplicitStr, _Representer.represent_implicit_str)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Composer = _Composer
    yaml.Constructor = _Constructor
    yaml.max_depth = _MAX_DEPTH
    yaml.Representer = _Representer
    yaml.preserve_quotes = True
    yaml.width = _LINE_WIDTH
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.default_flow_style = False
    return yaml


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _syntax_error(source: str, error: YAMLError) -> InputError:
    if isinstance(error, MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        location = f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else None
        if isinstance(error, MaxDepthExceededError):
            return InputError(source, location, f"nested deeper than {_MAX_DEPTH} levels")
        parts = [part for part in (error.context, error.problem) if part]
        return InputError(source, location, _one_line(": ".join(parts)) or "invalid YAML")
    return InputError(source, None, _one_line(str(error)) or "invalid YAML")


def _use_block_style(data: Any) -> None:
    if isinstance(data, CommentedMap):
        data.fa.set_block_style()
        for value in data.values():
            _use_block_style(value)
    elif isinstance(data, CommentedSeq):
        data.fa.set_block_style()
        for item in data:
            _use_block_style(item)


def loads_yaml(text: str, *, source: str) -> Any:
    """Load YAML (or JSON) text for round-tripping; `source` names it in errors."""
    try:
        data = _yaml().load(text)
    except YAMLError as error:
        raise _syntax_error(source, error) from None
    if isinstance(data, CommentedMap | CommentedSeq) and data.fa.flow_style():
        _use_block_style(data)  # a JSON document: dump it as readable block YAML
    return data


def load_yaml(path: Path) -> Any:
    """Load a YAML (or JSON) file for round-tripping; any problem is an `InputError` naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, None, "file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(path, None, f"cannot read: {_one_line(str(error))}") from None
    return loads_yaml(text, source=str(path))


def dump_yaml(data: Any) -> str:
    """Dump loaded (and possibly edited) data as block YAML, keeping comments, key order and quoting."""
    stream = io.StringIO()
    _yaml().dump(data, stream)
    return stream.getvalue()


# ruamel stores a comment line that precedes an entry as the tail of the previous entry's end-of-line comment
# (on the deepest last item inside it). Removing an entry would drop the comments of the entry after it, so
# `remove_entry` moves that tail to the entry before. Slot index of that comment: 2 in a mapping, 0 in a sequence.
def _comment_slot(container: Any, key: Any) -> tuple[list[Any], int]:
    position = 2 if isinstance(container, CommentedMap) else 0
    slots = container.ca.items.setdefault(key, [None, None, None, None])
    return slots, position


def _trailing_comment(container: Any, key: Any) -> tuple[list[Any], int]:
    """The slot holding the comment that ends entry `key`: on its value's last item, recursively."""
    value = container[key]
    if isinstance(value, CommentedMap | CommentedSeq) and len(value) and not value.fa.flow_style():
        last = next(reversed(value)) if isinstance(value, CommentedMap) else len(value) - 1
        return _trailing_comment(value, last)
    return _comment_slot(container, key)


def remove_entry(container: Any, key: Any) -> None:
    """Delete `container[key]` (a mapping key or a sequence index) without losing the next entry's comments."""
    if not isinstance(container, CommentedMap | CommentedSeq):
        del container[key]
        return
    keys = list(container) if isinstance(container, CommentedMap) else list(range(len(container)))
    at = keys.index(key)
    slots, position = _trailing_comment(container, key)
    token = slots[position]
    _eol, newline, tail = token.value.partition("\n") if isinstance(token, CommentToken) else ("", "", "")
    del container[key]  # ruamel renumbers a sequence's comments itself
    if not (newline and tail.strip()):
        return
    if at == 0:
        # No entry before: keep the lines as a comment before the new first entry.
        if len(container):
            lines = [line.lstrip()[1:].lstrip() if line.strip() else "" for line in tail.splitlines()]
            first = next(iter(container)) if isinstance(container, CommentedMap) else 0
            container.yaml_set_comment_before_after_key(first, before="\n".join(lines), indent=container.lc.col or 0)
        return
    previous = keys[at - 1]
    prev_slots, prev_position = _trailing_comment(container, previous)
    prev_token = prev_slots[prev_position]
    if isinstance(prev_token, CommentToken):
        prev_token.value = prev_token.value + tail
    else:
        prev_slots[prev_position] = CommentToken("\n" + tail, CommentMark(0), None)


def to_plain(data: Any) -> Any:
    """Convert round-trip data to plain JSON-compatible Python: dict (str keys), list, str, int, float, bool, None."""
    if isinstance(data, Mapping):
        return {str(key): to_plain(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [to_plain(item) for item in data]
    if isinstance(data, str):
        return str(data)
    if isinstance(data, bool | ScalarBoolean):
        return bool(data)
    if isinstance(data, ScalarInt):
        return int(data)
    if isinstance(data, ScalarFloat):
        return float(data)
    if isinstance(data, datetime.date):
        return data.isoformat()
    return data
