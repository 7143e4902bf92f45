"""Real pages for operations with an `x-pagination` hint: the request selects a slice.

The four styles, all over one ordered list of items (the example data set, or the stateful store):

- `page-number`: `page_param` (first page `start`, default 1) and the page size select the slice.
- `offset`: `offset_param` and `limit_param` select the slice. A top-level `offset`/`limit` field named like the
  parameters echoes them.
- `link-header`: `cursor_param` (default `cursor`, an opaque token the mock hands out) selects the slice;
  `Link: <same URL with the next cursor>; rel="next"` (the hint's `rel`) is sent while items remain.
- `cursor`: `cursor_param` selects the slice: with `next_cursor`, an opaque token the mock hands out at that
  dotted path of the body while items remain (null on the last page); with `last_item_key`, the key of the item
  the page starts after (an unknown key gives an empty page).

Whatever the style, the body's dotted paths say what the hint declares: `total` the number of items in the whole
list, `total_pages` the number of pages of this size, `has_more` whether items remain after the slice.

The page size comes from the hint's `size_param` (or `limit_param`), else from a declared query parameter with a
usual name (`per_page`, `page_size`, `pageSize`, `perPage`, `limit`, `size`); absent from the request, its schema
`default`, else DEFAULT_PAGE_SIZE. Values a real server would not page by (a page before the first, a negative or
zero size, a fraction, an unknown cursor) give an empty page: the last page is always short or empty, so every
client loop ends.
"""

from __future__ import annotations

import base64
import binascii
import copy
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

from ..errors import InputError
from ._spec import Operation

__all__ = ["DEFAULT_PAGE_SIZE", "STYLES", "Page", "Paging", "get_path", "set_path"]

DEFAULT_PAGE_SIZE = 10
STYLES = ("page-number", "offset", "link-header", "cursor")
_SIZE_NAMES = ("per_page", "page_size", "pageSize", "perPage", "limit", "size")
_CURSOR_PREFIX = "mock-offset:"


def get_path(body: Any, dotted: str) -> Any:
    """The value at a dotted path (`data.sessions`; `$` is the body itself), or None when absent."""
    node = body
    for part in _parts(dotted):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def set_path(body: Any, dotted: str, value: Any) -> Any:
    """`body` with `value` at the dotted path (missing objects on the way are created); `$` replaces the body."""
    parts = _parts(dotted)
    if not parts:
        return value
    node = body
    for part in parts[:-1]:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    node[parts[-1]] = value
    return body


def remove_path(body: Any, dotted: str) -> None:
    """`body` without the value at the dotted path (nothing happens when it is not there)."""
    *parents, last = _parts(dotted) or [""]
    parent = get_path(body, ".".join(parents))
    if isinstance(parent, dict):
        parent.pop(last, None)


OMIT: Any = object()  # a `cursor_end`: the last page leaves the next-cursor field out


def _parts(dotted: str) -> list[str]:
    return [] if dotted in ("$", "") else dotted.removeprefix("$.").split(".")


@dataclass(frozen=True)
class Page:
    body: Any
    headers: dict[str, str]


@dataclass(frozen=True)
class Paging:
    """An operation's `x-pagination` hint, checked at start-up."""

    style: str
    items: str
    page_param: str | None
    start: int
    size_param: str | None
    total: str | None
    offset_param: str | None
    has_more: str | None
    cursor_param: str
    rel: str
    total_pages: str | None = None
    next_cursor: str | None = None
    last_item_key: str | None = None
    # What the last page carries at `next_cursor`, as the response schema allows: null, nothing (OMIT) or "".
    cursor_end: Any = None

    @classmethod
    def of(cls, operation: Operation) -> Paging | None:
        hint = operation.hints.get("x-pagination")
        if hint is None:
            return None
        where = "#" + operation.pointer + "/x-pagination"
        if not isinstance(hint, Mapping) or hint.get("style") not in STYLES:
            raise InputError("spec", where, f"x-pagination needs a style among {', '.join(STYLES)}")
        style = str(hint["style"])
        required = {
            "page-number": ("page_param",),
            "offset": ("offset_param", "limit_param"),
            "link-header": (),
            "cursor": ("cursor_param",),
        }
        for key in ("items", *required[style]):
            if not isinstance(hint.get(key), str):
                raise InputError("spec", where, f"x-pagination style {style} needs `{key}`")
        size = hint.get("size_param") or hint.get("limit_param") or _usual_size_parameter(operation)
        paging = cls(
            style=style,
            items=str(hint["items"]),
            page_param=hint.get("page_param"),
            start=int(hint.get("start", 1)),
            size_param=size,
            total=hint.get("total"),
            offset_param=hint.get("offset_param"),
            has_more=hint.get("has_more"),
            cursor_param=str(hint.get("cursor_param", "cursor")),
            rel=str(hint.get("rel", "next")),
            total_pages=hint.get("total_pages"),
            next_cursor=hint.get("next_cursor"),
            last_item_key=hint.get("last_item_key"),
        )
        if style == "cursor" and (paging.next_cursor is None) == (paging.last_item_key is None):
            raise InputError("spec", where, "x-pagination style cursor needs one of `next_cursor`, `last_item_key`")
        cursor = paging.cursor_param if style == "cursor" else None
        for name in filter(None, (paging.page_param, paging.offset_param, paging.size_param, cursor)):
            if operation.parameter(name, "query") is None:
                raise InputError("spec", where, f"x-pagination names {name!r}, not a query parameter of the operation")
        return paging

    def page(self, items: Sequence[Any], template: Any, query: Mapping[str, Any], url: str, default_size: int) -> Page:
        """The page the request selects, in the body `template` (an example response, copied)."""
        size = _count(query.get(self.size_param) if self.size_param else None, default_size)
        first: int | None
        if self.style == "page-number":
            number = _count(query.get(self.page_param or ""), self.start)
            first = None if number is None or size is None or number < self.start else (number - self.start) * size
        elif self.style == "offset":
            first = _count(query.get(self.offset_param or ""), 0)
        elif self.last_item_key is not None:
            first = _after_key(items, self.last_item_key, query.get(self.cursor_param))
        else:
            first = _decode_cursor(query.get(self.cursor_param))
        pages = math.ceil(len(items) / size) if size and size > 0 else 0  # of the size asked for
        if first is None or size is None or size <= 0 or first < 0:
            first, size = len(items), 0
        selected = [copy.deepcopy(item) for item in items[first : first + size]]
        more = first + size < len(items)
        body = set_path(copy.deepcopy(template), self.items, selected)
        if self.total:
            set_path(body, self.total, len(items))
        if self.total_pages:
            set_path(body, self.total_pages, pages)
        if self.has_more:
            set_path(body, self.has_more, more)
        if self.next_cursor and more:
            set_path(body, self.next_cursor, _encode_cursor(first + size))
        elif self.next_cursor and self.cursor_end is OMIT:
            remove_path(body, self.next_cursor)
        elif self.next_cursor:
            set_path(body, self.next_cursor, self.cursor_end)
        if self.style == "offset" and isinstance(body, dict):
            for name, value in ((self.offset_param, first), (self.size_param, size)):
                if name in body and isinstance(body[name], int):
                    body[name] = value
        headers = {}
        if self.style == "link-header" and more:
            headers["Link"] = f'<{_with_query(url, self.cursor_param, _encode_cursor(first + size))}>; rel="{self.rel}"'
        return Page(body, headers)


def _usual_size_parameter(operation: Operation) -> str | None:
    return next((name for name in _SIZE_NAMES if operation.parameter(name, "query") is not None), None)


def _count(value: Any, default: int | None) -> int | None:
    """A page number, offset or size from a decoded query value; None when no server would page by it."""
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
        return None
    return int(value)


def _after_key(items: Sequence[Any], key: str, cursor: Any) -> int | None:
    """Where the page after the item whose `key` is `cursor` starts (0 without a cursor; None for an unknown one)."""
    if cursor is None:
        return 0
    found = (i for i, item in enumerate(items) if isinstance(item, Mapping) and str(item.get(key)) == str(cursor))
    index = next(found, None)
    return None if index is None else index + 1


def _encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"{_CURSOR_PREFIX}{offset}".encode()).decode().rstrip("=")


def _decode_cursor(value: Any) -> int | None:
    if value is None:
        return 0
    try:
        text = base64.urlsafe_b64decode(str(value) + "=" * (-len(str(value)) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    number = text.removeprefix(_CURSOR_PREFIX)
    return (
        int(number)
        if text.startswith(_CURSOR_PREFIX) and number.isascii() and number.isdigit() and len(number) < 10
        else None
    )


def _with_query(url: str, name: str, value: str) -> str:
    base, _, query = url.partition("?")
    pairs = [(key, item) for key, item in parse_qsl(query, keep_blank_values=True) if key != name]
    return f"{base}?{urlencode([*pairs, (name, value)])}"
