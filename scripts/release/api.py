"""Compare the public API of two versions of a generated package, statically (griffe; nothing is imported).

Breaking changes are griffe's `find_breaking_changes` (removed objects, removed/moved/now-required
parameters, changed defaults and kinds, removed base classes), plus what griffe leaves open (its annotation
checks are TODO) and a generated client needs:
- a changed annotation of a public attribute, parameter or return value is breaking (conservatively: a field
  that becomes `str | Unset` breaks readers, one that narrows breaks writers); an annotation added or dropped
  is not;
- a new attrs field without a default is breaking (the model's `__init__` gains a required argument), and so
  is a field that loses its default. The generated models are plain classes with a written-out `__init__`,
  where griffe itself sees the new required parameter; the attrs rule covers attrs-shaped packages.
Additions are public objects that are new; any other difference in a public signature counts as an addition.
Public means what griffe says: not underscored, and listed in `__all__` where a module has one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import griffe

__all__ = ["ApiDiff", "compare_api", "load_api"]


@dataclass
class ApiDiff:
    breaking: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # compatible signature changes, e.g. a new optional argument

    @property
    def empty(self) -> bool:
        return not (self.breaking or self.added or self.changed)


def load_api(folder: Path, package: str) -> griffe.Object:
    """The package found in `folder` (a distribution's source folder), read from source only."""
    loaded = griffe.load(package, search_paths=[folder], allow_inspection=False, resolve_aliases=False)
    assert isinstance(loaded, griffe.Object)
    return loaded


def compare_api(old: griffe.Object, new: griffe.Object) -> ApiDiff:
    diff = ApiDiff()
    breaking = [f"{b.obj.path}: {b.kind.value}{_values(b)}" for b in griffe.find_breaking_changes(old, new)]
    before, after = _surface(old), _surface(new)
    for path in sorted(after.keys() - before.keys()):
        if after[path].required_field:
            breaking.append(f"{path}: required field was added (the model's __init__ needs it)")
        else:
            diff.added.append(f"{path}: {after[path].signature}")
    for path in sorted(before.keys() & after.keys()):
        old_item, new_item = before[path], after[path]
        if old_item == new_item:
            continue
        problem = _incompatibility(old_item, new_item)
        if problem:
            breaking.append(f"{path}: {problem}")
        elif old_item.signature != new_item.signature:
            diff.changed.append(f"{path}: {old_item.signature} -> {new_item.signature}")
    diff.breaking = sorted(dict.fromkeys(breaking))
    return diff


@dataclass(frozen=True)
class _Item:
    kind: str
    signature: str
    annotations: tuple[tuple[str, str], ...] = ()  # (name, annotation): an attribute's own, or parameters + return
    required_field: bool = False


def _surface(root: griffe.Object) -> dict[str, _Item]:
    """Every public object below `root`, by path."""
    found: dict[str, _Item] = {}
    stack: list[griffe.Object] = [root]
    while stack:
        obj = stack.pop()
        for member in obj.members.values():
            if not member.is_public:
                continue
            if isinstance(member, griffe.Alias):
                found[member.path] = _Item("alias", f"alias of {member.target_path}")
            elif isinstance(member, griffe.Function):
                found[member.path] = _function(member)
            elif isinstance(member, griffe.Attribute):
                found[member.path] = _attribute(member, obj)
            elif isinstance(member, griffe.Class | griffe.Module):
                found[member.path] = _Item(member.kind.value, member.kind.value)
                stack.append(member)
    return found


def _function(function: griffe.Function) -> _Item:
    params = []
    for p in function.parameters:
        text = "*" if p.kind.value == "variadic positional" else "**" if p.kind.value == "variadic keyword" else ""
        text += p.name + (f": {p.annotation}" if p.annotation is not None else "")
        params.append(text + (f" = {p.default}" if p.default is not None else ""))
    returns = str(function.returns) if function.returns is not None else ""
    annotations = (*((p.name, str(p.annotation or "")) for p in function.parameters), ("return", returns))
    signature = f"({', '.join(params)})" + (f" -> {returns}" if returns else "")
    return _Item("function", signature, annotations)


def _attribute(attribute: griffe.Attribute, owner: griffe.Object) -> _Item:
    annotation = str(attribute.annotation) if attribute.annotation is not None else ""
    value = f" = {attribute.value}" if attribute.value is not None else ""
    model_field = _is_attrs_class(owner) and bool(annotation) and "ClassVar" not in annotation
    return _Item(
        "attribute",
        f"{annotation}{value}" or "attribute",
        (("annotation", annotation),),
        required_field=model_field and attribute.value is None,
    )


def _is_attrs_class(obj: griffe.Object) -> bool:
    return isinstance(obj, griffe.Class) and any(
        str(d.callable_path).startswith(("attrs.", "attr.")) for d in obj.decorators
    )


def _incompatibility(old: _Item, new: _Item) -> str | None:
    """Why `new` breaks users of `old`, for what griffe does not check; None when compatible."""
    if old.kind != new.kind:
        return None  # griffe reports kind changes itself
    if new.required_field and not old.required_field:
        return "field lost its default (the model's __init__ now needs it)"
    before = dict(old.annotations)
    for name, annotation in new.annotations:
        # Both must be known: adding or dropping an annotation changes what a type checker knows, not behaviour.
        if before.get(name) and annotation and before[name] != annotation:
            what = {"annotation": "annotation", "return": "return annotation"}.get(
                name, f"parameter {name!r} annotation"
            )
            return f"{what} changed: {before[name]} -> {annotation}"
    return None


def _values(breakage: griffe.Breakage) -> str:
    old, new = breakage.old_value, breakage.new_value
    if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED or (old is None and new is None):
        return ""

    def show(value: object) -> str:
        return "-" if value is None else str(getattr(value, "name", None) or value)

    return f" ({show(old)} -> {show(new)})"
