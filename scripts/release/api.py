"""Compare the public API of two versions of a generated package, statically (griffe; nothing is imported).

Two views are compared:
- the public modules, object by object: griffe's `find_breaking_changes` (removed objects, removed/moved/
  now-required parameters, changed defaults and kinds, removed base classes), plus a changed annotation of a
  public attribute, parameter or return value (griffe's annotation checks are TODO; conservatively: a field that
  becomes `str | Unset` breaks readers, one that narrows breaks writers; an annotation added or dropped is not);
- the public face (scripts/release/face.py): what users call, `Emogg().sessions.get(...)`, pages, errors,
  models, keyed by the path they write, wherever it is defined. Its members defined in private modules (the
  facades and resources in `_resources.py`, the pages in `_pages.py`), which the first view cannot see, and the
  constructors that attrs makes from a model's fields are compared with the same rules: a removed member, a
  removed or now-required parameter, a new required parameter, a changed default, kind or annotation, a
  changed return annotation (narrowed or widened), a removed public base class is breaking.
Additions are public objects that are new; any other difference in a public signature (a new optional
parameter) is a compatible change, which, as an addition, asks for a minor version.
Public means what griffe says: not underscored, and listed in `__all__` where a module has one.

`python -m scripts.release.api --update [NAME ...]` (`nox -s signatures`) writes each client's face to
signatures/NAME.txt (the signature snapshot, kept in step with generated/ by
tests/release/test_release_api_snapshot.py; `nox -s bump` rewrites it with the version); without `--update` it
says which snapshots are out of date.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import griffe

from scripts.errors import InputError, print_error
from scripts.manifest import REPO_ROOT, Client, load_manifest
from scripts.release.face import Member, Param, made_by_decorator, public_face, render_face

__all__ = ["ApiDiff", "compare_api", "load_api", "main", "snapshot", "snapshot_path", "write_snapshot"]

SNAPSHOTS = "signatures"


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
    breaking = [
        f"{b.obj.path}: {b.kind.value}{_values(b)}"
        for b in griffe.find_breaking_changes(old, new)
        if not _made_now(b, old, new)
    ]
    before, after = _surface(old, new.path), _surface(new, new.path)
    for path in sorted(after.keys() - before.keys()):
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
    _compare_faces(public_face(old), public_face(new), breaking, diff)
    diff.breaking = sorted(dict.fromkeys(breaking))
    return diff


def _compare_faces(before: dict[str, Member], after: dict[str, Member], breaking: list[str], diff: ApiDiff) -> None:
    """The face's members that the module comparison cannot see (see the module docstring)."""

    def unseen(*members: Member | None) -> bool:
        return any(m is not None and m.unseen for m in members)

    for path in sorted(before.keys() | after.keys()):
        old, new = before.get(path), after.get(path)
        if old == new or not unseen(old, new):
            continue
        if new is None:
            assert old is not None
            breaking.append(f"{path}: {_WHAT.get(old.kind, old.kind)} was removed")
        elif old is None:
            diff.added.append(f"{path}: {new.signature()}")
        else:
            problems = _member_breaks(old, new)
            breaking.extend(f"{path}: {p}" for p in problems)
            if not problems and old.signature() != new.signature():
                diff.changed.append(f"{path}: {old.signature()} -> {new.signature()}")


_MADE = ("__init__", "__match_args__", "__slots__")


def _made_now(breakage: griffe.Breakage, old: griffe.Object, new: griffe.Object) -> bool:
    """A written-out `__init__`, `__match_args__` or `__slots__` that a class decorator (attrs) now makes: still
    there, and the face compares the constructor it makes with the one that was written."""
    owner, _, name = breakage.obj.path.rpartition(".")
    if breakage.kind is not griffe.BreakageKind.OBJECT_REMOVED or name not in _MADE:
        return False
    try:
        now = new[owner.removeprefix(old.path + ".")]
    except KeyError:
        return False
    return isinstance(now, griffe.Class) and made_by_decorator(now)


_WHAT = {"function": "method", "resource": "resource", "raw responses": "raw-response view"}


def _member_breaks(old: Member, new: Member) -> list[str]:
    if old.kind != new.kind:
        return [f"was a {_WHAT.get(old.kind, old.kind)}, is now a {_WHAT.get(new.kind, new.kind)}"]
    if old.kind == "class":
        removed = set(_names(old.annotation)) - set(_names(new.annotation))
        return [f"base class {b} was removed" for b in sorted(removed)]
    if old.kind == "attribute":
        changed = old.annotation and new.annotation and old.annotation != new.annotation
        return [f"annotation changed: {old.annotation} -> {new.annotation}"] if changed else []
    if old.kind != "function":
        return []
    problems = _parameter_breaks(old.params, new.params)
    if old.is_async != new.is_async:
        problems.append("is now async" if new.is_async else "is no longer async")
    if old.returns and new.returns and old.returns != new.returns:
        problems.append(f"return annotation changed: {old.returns} -> {new.returns}")
    return problems


def _names(bases: str) -> list[str]:
    return [b.strip() for b in bases.split(",") if b.strip()] if "[" not in bases else [bases]


_POSITIONAL = ("positional-only", "positional or keyword")


def _parameter_breaks(old: tuple[Param, ...], new: tuple[Param, ...]) -> list[str]:
    """Why a call that worked with `old` parameters may fail with `new` ones (griffe's rules, on face members)."""
    problems = []
    by_name = {p.name: p for p in new}
    old_positions = [p.name for p in old if p.kind in _POSITIONAL]
    new_positions = [p.name for p in new if p.kind in _POSITIONAL]
    for param in old:
        now = by_name.get(param.name)
        if now is None:
            # Even with `**options` left to take it: a name the method no longer declares fails type checks and
            # reaches code that no longer reads it.
            if not param.variadic or not any(p.kind == param.kind for p in new):
                problems.append(f"parameter {param.name!r} was removed")
            continue
        if now.kind != param.kind and not _widened(param.kind, now.kind):
            problems.append(f"parameter {param.name!r} kind changed: {param.kind} -> {now.kind}")
        positional = param.kind in _POSITIONAL and now.kind in _POSITIONAL
        if positional and old_positions.index(param.name) != new_positions.index(param.name):
            problems.append(f"parameter {param.name!r} moved")
        if now.required and not param.required:
            problems.append(f"parameter {param.name!r} is now required")
        elif param.default is not None and now.default is not None and param.default != now.default:
            problems.append(f"parameter {param.name!r} default changed: {param.default} -> {now.default}")
        if param.annotation and now.annotation and param.annotation != now.annotation:
            problems.append(f"parameter {param.name!r} annotation changed: {param.annotation} -> {now.annotation}")
    known = {p.name for p in old}
    problems += [f"new required parameter {p.name!r}" for p in new if p.name not in known and p.required]
    return problems


def _widened(old: str, new: str) -> bool:
    """A parameter that accepts every call it did before: positional-only or keyword-only became either."""
    return new == "positional or keyword" and old in ("positional-only", "keyword-only")


@dataclass(frozen=True)
class _Item:
    kind: str
    signature: str
    annotations: tuple[tuple[str, str], ...] = ()  # (name, annotation): an attribute's own, or parameters + return


def _surface(root: griffe.Object, name: str) -> dict[str, _Item]:
    """Every public object below `root`, by path, the package named `name` (the new one's: a renamed package is
    one breaking change, not every object removed and added again)."""

    def named(path: str) -> str:
        return name + path.removeprefix(root.path) if path == root.path or path.startswith(root.path + ".") else path

    found: dict[str, _Item] = {}
    stack: list[griffe.Object] = [root]
    while stack:
        obj = stack.pop()
        for member in obj.members.values():
            if not member.is_public:
                continue
            path = named(member.path)
            if isinstance(member, griffe.Alias):
                found[path] = _Item("alias", f"alias of {named(member.target_path)}")
            elif isinstance(member, griffe.Function):
                found[path] = _function(member)
            elif isinstance(member, griffe.Attribute):
                found[path] = _attribute(member)
            elif isinstance(member, griffe.Class | griffe.Module):
                found[path] = _Item(member.kind.value, member.kind.value)
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


def _attribute(attribute: griffe.Attribute) -> _Item:
    # A class attribute's value is a field's default or what `__init__` assigns (`= name`): the constructor's
    # business (the written `__init__`, or the one attrs makes, which the face compares). A module's is kept.
    annotation = str(attribute.annotation) if attribute.annotation is not None else ""
    shown = attribute.value is not None and not isinstance(attribute.parent, griffe.Class)
    value = f" = {attribute.value}" if shown else ""
    return _Item("attribute", f"{annotation}{value}" or "attribute", (("annotation", annotation),))


def _incompatibility(old: _Item, new: _Item) -> str | None:
    """Why `new` breaks users of `old`, for what griffe does not check; None when compatible."""
    if old.kind != new.kind:
        return None  # griffe reports kind changes itself
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


def snapshot_path(root: Path, name: str) -> Path:
    return root / SNAPSHOTS / f"{name}.txt"


def snapshot(client: Client, generated: Path) -> str:
    """The signature snapshot of `client`, read from its generated distribution folder."""
    face = public_face(load_api(generated, client.package))
    refresh = "python -m scripts.release.api --update"
    return render_face(face, f"{client.package}: the public face, one member a line (refresh: `{refresh}`)")


def write_snapshot(root: Path, client: Client, generated: Path) -> bool:
    """Write signatures/NAME.txt of `client` from its generated folder; True when its text changed."""
    path = snapshot_path(root, client.name)
    text = snapshot(client, generated)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.release.api", description="Check or write the signature snapshots (signatures/)."
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="clients (default: all)")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)")
    parser.add_argument("--update", action="store_true", help="write the snapshots of generated/ (else only check)")
    args = parser.parse_args(argv)
    try:
        manifest = load_manifest(args.root)
        clients = manifest.select(list(args.names))
    except InputError as exc:
        print_error(exc)
        return 1
    stale = []
    for client in clients:
        path = snapshot_path(args.root, client.name)
        generated = manifest.generated / client.name
        if args.update:
            if write_snapshot(args.root, client, generated):
                print(f"wrote {SNAPSHOTS}/{path.name}")
        elif not path.is_file() or path.read_text(encoding="utf-8") != snapshot(client, generated):
            stale.append(client.name)
            print(f"{SNAPSHOTS}/{path.name}: out of date with generated/{client.name}", file=sys.stderr)
    if stale:
        print("run `python -m scripts.release.api --update` and review the diff", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
