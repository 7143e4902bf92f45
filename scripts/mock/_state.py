"""Stateful mode: resources kept between requests, driven only by the overlays' `x-state` hints.

```yaml
x-state:
  resource: session        # the stored collection (any name; operations sharing it share the objects)
  role: create|read|list|update|replace|delete|action|view
  key: sessionId           # the path parameter naming the object (every role but create and list)
  id_field: _id            # the object's field holding its key (dotted); declared once per resource suffices
  set: {state: finished}   # action: fields the action sets (dotted names allowed)
  at: data                 # optional: where the object sits in the response body (dotted; default `$`)
  requires: {state: [finished]}  # optional (update, replace, delete, action): allowed values of stored fields
```

What each role does (objects are JSON values; keys are compared as strings):

- create: a new object = the success response's example at `at` (else one generated from its schema), then
  each writable top-level field of the request body (see below) that keeps the object valid against the response
  schema; a new key,
  shaped like the example's (same length and character classes, so patterns hold), drawn from the seed, is
  written to `id_field`. Stored, answered with the success status.
- read: the stored object at `at` of the success example; unknown key: 404.
- view: a read of something the mock cannot compute from the stored object
  (Emogg's emotions of a session): unknown key: 404, else the documented example; nothing changes. A deleted
  object's views are gone with it, as schemathesis' use-after-free check expects.
- list: every object of the resource in creation order, at `x-pagination.items` (else `at`), paged for real
  when the operation has `x-pagination`.
- update: the request body's writable fields merged into the stored object (as for create); unknown key: 404.
- replace: as update, but a missing object is created from the example (PUT creates).
- delete: removes the object; the answer is the documented success response; unknown key: 404.
- action with `set`: sets those fields on the stored object (unknown key: 404) and answers with the object when
  the response schema takes it, else with the documented example.
- action without `set`: answers its documented example and stores the object at `at` under the key (so
  "reset" or "create a summary" is what a later read returns); `id_field`, when the object has it, is the key.

Writable fields (what a create, update or replace may change): when the request body's schema declares
`properties`, only those; a field is never writable when the response schema marks it `readOnly`, when an
`x-state` hint of the resource names it in `set` or `requires` (the server manages it: Emogg's `state`), or when
it is the `id_field`. Other fields of the body are ignored, as Emogg ignores them ("all the other fields are
handled by our internal systems and are readonly"), and the key never changes: a PATCH cannot rename an object
or finish a session behind the DELETE guard.

`requires`: when a stored object's field (dotted) holds none of the listed values
(a single value counts as a list of one), the request is refused with the first status the operation documents
among 409, 400 and 422 (else 409), and nothing changes: Emogg's "400 while active or processing" on DELETE is
`requires: {state: [finished]}`.

At start the store holds what the examples show: every item of each list's data set (the same data the stateless
mock pages over), keyed by `id_field`, and each read's example under its key parameter's example value.
The store is bounded: each resource keeps at most `max_objects` objects (`DEFAULT_MAX_OBJECTS`); adding one
more drops the oldest, so a long contract run cannot exhaust memory (a refusal would be a status no vendor
documents). A request carrying a mock preference (`Prefer: code=…, example=…, dynamic=true`) and an operation without
`x-state` are answered statelessly (nothing changes). Requests the mock rejects (auth, parameters, body) change
nothing either.
"""

from __future__ import annotations

import copy
import random
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ._paging import get_path, set_path
from ._spec import Operation

__all__ = ["DEFAULT_MAX_OBJECTS", "KEYED_ROLES", "ROLES", "StateHint", "Store", "same_shape"]

ROLES = ("create", "read", "list", "update", "replace", "delete", "action", "view")
KEYED_ROLES = ("read", "update", "replace", "delete", "action", "view")
WRITE_ROLES = ("update", "replace", "delete", "action")
DEFAULT_MAX_OBJECTS = 10_000  # per resource: far above any test's needs, far below a memory problem


@dataclass(frozen=True)
class StateHint:
    resource: str
    role: str
    key: str | None
    id_field: str | None
    set: Mapping[str, Any] | None
    at: str
    requires: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, operation: Operation) -> StateHint | None:
        hint = operation.hints.get("x-state")
        if hint is None:
            return None
        where = "#" + operation.pointer + "/x-state"
        if not isinstance(hint, Mapping) or not isinstance(hint.get("resource"), str):
            raise InputError("spec", where, "x-state needs a `resource` name")
        unknown = sorted(set(hint) - {"resource", "role", "key", "id_field", "set", "at", "requires"})
        if unknown:
            raise InputError("spec", where, f"unknown x-state key(s) {unknown}")
        role = hint.get("role")
        if role not in ROLES:
            raise InputError("spec", where, f"x-state role {role!r} is not one of {', '.join(ROLES)}")
        key = hint.get("key")
        if role in KEYED_ROLES and operation.parameter(str(key), "path") is None:
            raise InputError("spec", where, f"x-state role {role} needs `key`: a path parameter of the operation")
        if "set" in hint and (role != "action" or not isinstance(hint["set"], Mapping)):
            raise InputError("spec", where, "x-state `set` is a mapping of fields, for the action role only")
        requires = hint.get("requires", {})
        if not isinstance(requires, Mapping) or (requires and role not in WRITE_ROLES):
            raise InputError("spec", where, "x-state `requires` maps fields to allowed values, for keyed writes only")
        return cls(
            resource=hint["resource"],
            role=str(role),
            key=str(key) if key is not None else None,
            id_field=hint.get("id_field"),
            set=hint.get("set"),
            at=str(hint.get("at", "$")),
            requires={
                str(name): tuple(allowed) if isinstance(allowed, list) else (allowed,)
                for name, allowed in requires.items()
            },
        )

    @property
    def managed_fields(self) -> frozenset[str]:
        """The top-level fields this hint says the server manages (`set`, `requires`, `id_field`)."""
        names = [*(self.set or {}), *self.requires, *([self.id_field] if self.id_field else [])]
        return frozenset(name.removeprefix("$.").split(".")[0] for name in names)

    def unmet(self, obj: Any) -> str | None:
        """Why the stored object does not meet `requires`, or None."""
        for name, allowed in self.requires.items():
            value = get_path(obj, name)
            if value not in allowed:
                return f"{self.resource} {name} is {value!r}, this needs one of {list(allowed)}"
        return None


@dataclass
class Store:
    """The objects of every resource, by key, in creation order; at most `max_objects` per resource."""

    collections: dict[str, dict[str, Any]] = field(default_factory=dict)
    created: int = 0  # creations so far: the seed of the next key
    max_objects: int = DEFAULT_MAX_OBJECTS

    def of(self, resource: str) -> dict[str, Any]:
        return self.collections.setdefault(resource, {})

    def add(self, resource: str, key: str, value: Any) -> None:
        """Store `value` under `key` (a known key keeps its place); beyond the bound, the oldest object goes."""
        collection = self.of(resource)
        collection[key] = value
        while len(collection) > max(self.max_objects, 1):
            del collection[next(iter(collection))]


_CLASSES = (string.digits, "abcdef", "ghijklmnopqrstuvwxyz", "ABCDEF", "GHIJKLMNOPQRSTUVWXYZ")


def same_shape(value: Any, rng: random.Random) -> Any:
    """A new value shaped like `value`: each digit, letter (hex letters stay hex) replaced within its class."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value + rng.randint(1, 1_000_000)
    if isinstance(value, str):
        return "".join(next((rng.choice(c) for c in _CLASSES if char in c), char) for char in value)
    return value


def merge_fields(target: Any, body: Any, is_valid: Any, writable: Any = None) -> Any:
    """`target` with each top-level field of `body` that is `writable(name)` and keeps it valid
    (`is_valid(candidate)`)."""
    if not isinstance(target, dict) or not isinstance(body, Mapping):
        return target
    for name, value in body.items():
        if writable is not None and not writable(name):
            continue
        candidate = {**target, name: copy.deepcopy(value)}
        if is_valid(candidate):
            target = candidate
    return target


def write_key(obj: Any, id_field: str | None, key: Any) -> Any:
    if id_field and isinstance(obj, dict):
        set_path(obj, id_field, key)
    return obj


def key_of(obj: Any, id_field: str | None) -> str | None:
    value = get_path(obj, id_field) if id_field else None
    return None if value is None or isinstance(value, dict | list) else str(value)
