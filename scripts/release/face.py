"""The public face of a generated client: what its users call, read statically with griffe (nothing is imported).

A user writes `Emogg().sessions.get(...)`, `SyncPage`, `NotFoundError`, `Session(...)`: names exported by the
package (`__all__`), and the resources reachable from them by attribute, however the modules behind them are
named or loaded (the resource classes live in private, lazily loaded modules). The face is every such member,
keyed by the path a user writes, from the package:

- every exported name: classes (with their bases), functions, constants;
- every public member of an exported class (its own and inherited), and `__init__` and the protocol dunders
  users rely on (`__iter__`, `__aiter__`, `__enter__`, ...);
- a property that returns a class of the package that is not exported is a resource: it is walked in turn
  (`Emogg.sessions`, `Emogg.sessions.emotions`, ...), for the sync and the async facade alike;
- `with_raw_response` is recorded as present but not walked: it mirrors the resource's own methods one to one,
  and how it does so (rendered twins or thin wrappers) is the runtime's business, not the user's;
- a class that writes no `__init__` but is made by a class decorator (attrs, dataclasses) gets the constructor
  the decorator makes from its annotated fields (attrs rules: `field(init=False)` is no argument, `default=` or
  `factory=` make it optional, `alias=` renames it), so required-ness is compared for attrs models as it is for
  the written-out ones;
- the low-level layer: every public function of the modules under `api/` (`api.sessions.get_session.sync`);
- `**options: Unpack[RequestOptions]` is written out as the TypedDict's keys, keyword-only parameters (PEP 692):
  a removed per-call option is a removed parameter, a new one (`max_pages` of a list) an optional one.

`render_face` prints it one member a line: the signature snapshot that `python -m scripts.release.api --update`
writes to signatures/NAME.txt, so that every change of the face shows in review.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import griffe

__all__ = ["Member", "Param", "made_by_decorator", "public_face", "render_face"]

# Dunders that are part of what users do with an object (construct it, iterate it, use it as a context manager).
_PROTOCOL = frozenset(
    {
        "__init__", "__call__", "__iter__", "__aiter__", "__next__", "__anext__", "__enter__", "__exit__",
        "__aenter__", "__aexit__", "__len__", "__getitem__", "__contains__", "__bool__",
    }
)  # fmt: skip
# Properties that return a view of the same methods (raw responses); recorded, never walked (see the docstring).
_WRAPPERS = frozenset({"with_raw_response", "with_streaming_response"})
_CLASS_MAKERS = frozenset({"attrs", "attr", "dataclasses"})
_FIELD_FACTORIES = ("field", "ib", "attrib")  # attrs.field, attr.ib/attr.attrib, dataclasses.field


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # griffe's ParameterKind value: "positional-only", "keyword-only", "variadic keyword", ...
    annotation: str = ""
    default: str | None = None  # None: no default (required unless variadic)

    @property
    def variadic(self) -> bool:
        return self.kind.startswith("variadic")

    @property
    def required(self) -> bool:
        return self.default is None and not self.variadic

    def __str__(self) -> str:
        star = "*" if self.kind == "variadic positional" else "**" if self.kind == "variadic keyword" else ""
        text = star + self.name + (f": {self.annotation}" if self.annotation else "")
        return text + (f" = {self.default}" if self.default is not None else "")


@dataclass(frozen=True)
class Member:
    """One member of the face. `origin` is where it is defined (a griffe path); `listed` says whether the comparison
    of public modules sees it there (public all the way up: not in `_resources.py`, and in its module's `__all__`);
    `made` marks a constructor that a class decorator makes, which no module comparison sees."""

    path: str  # as a user writes it, from the package: "Emogg.sessions.get"
    kind: str  # "class", "function", "attribute", "resource", "raw responses"
    origin: str
    annotation: str = ""  # an attribute's or property's type, or a class's bases
    params: tuple[Param, ...] = ()
    returns: str = ""
    is_async: bool = False
    listed: bool = True
    made: bool = False

    @property
    def unseen(self) -> bool:
        """Whether only the face sees this member (the module comparison does not)."""
        return self.made or not self.listed

    def signature(self) -> str:
        if self.kind == "function":
            return f"{'async ' if self.is_async else ''}({_params(self.params)})" + (
                f" -> {self.returns}" if self.returns else ""
            )
        if self.kind == "class":
            return f"class({self.annotation})" if self.annotation else "class"
        if self.kind == "attribute":
            return f": {self.annotation}" if self.annotation else ": (no annotation)"
        return f": {self.kind}"

    def __str__(self) -> str:
        text = self.signature()
        if self.kind == "function":
            return ("async " if self.is_async else "") + self.path + text.removeprefix("async ")
        if self.kind == "class":
            return "class " + self.path + (f"({self.annotation})" if self.annotation else "")
        return self.path + text


def render_face(face: dict[str, Member], title: str) -> str:
    """The snapshot text: a title line, then one member a line in path order."""
    return "".join([f"# {title}\n", *(f"{face[path]}\n" for path in sorted(face))])


def public_face(package: griffe.Object) -> dict[str, Member]:
    """Every member of the face of `package` (loaded by scripts.release.api.load_api), by path."""
    face: dict[str, Member] = {}
    walked: set[str] = set()
    for module in sorted(_modules(package), key=lambda m: (m.path.count("."), m.path)):
        relative = module.path.removeprefix(package.path).lstrip(".")
        if any(part.startswith("_") for part in relative.split(".") if part):
            continue
        if relative == "api" or relative.startswith("api."):
            # The low-level layer: one module per operation, its functions are what users call.
            for member in module.members.values():
                if isinstance(member, griffe.Function) and member.is_public:
                    face[f"{relative}.{member.name}"] = _function(f"{relative}.{member.name}", member)
            continue
        # The names a module exports; the package's own first, so that `Session` is not also `models.Session`.
        for name in _exports(module):
            target = _export(module, name)
            path = f"{relative}.{name}" if relative else name
            if isinstance(target, griffe.Class) and target.path not in walked:
                walked.add(target.path)
                _walk_class(package, target, path, face, (target.path,))
            elif isinstance(target, griffe.Function) and target.path not in walked:
                walked.add(target.path)
                face[path] = _function(path, target)
            elif isinstance(target, griffe.Attribute) and module is package:
                face[path] = Member(
                    path, "attribute", target.path, _annotation(target.annotation), listed=_listed(target)
                )
    return face


def _exports(package: griffe.Object) -> list[str]:
    exports = package.exports if isinstance(package, griffe.Module) else None
    return [name for name in exports or () if isinstance(name, str) and name != "__version__"]


def _export(package: griffe.Object, name: str) -> griffe.Object | None:
    """The object an exported name stands for: the import in `__init__` (often under TYPE_CHECKING), or else the
    one top-level definition of that name in the package's modules (a name only loaded on first use)."""
    member = package.members.get(name)
    if member is not None:
        return _resolved(member)
    found = [m.members[name] for m in _modules(package) if name in m.members and not m.members[name].is_alias]
    return _resolved(found[0]) if len(found) == 1 else None


def _modules(root: griffe.Object) -> Iterator[griffe.Module]:
    stack = [root]
    while stack:
        module = stack.pop()
        if isinstance(module, griffe.Module):
            yield module
            stack.extend(m for m in module.members.values() if isinstance(m, griffe.Module))


def _resolved(member: griffe.Object | griffe.Alias) -> griffe.Object | None:
    if isinstance(member, griffe.Alias):
        try:
            return member.final_target
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            return None
    return member


def _walk_class(
    package: griffe.Object, cls: griffe.Class, path: str, face: dict[str, Member], stack: tuple[str, ...]
) -> None:
    # Private bases (`_ModelBase`, `_EmoggBase`) are how the runtime is built; what they give shows as members.
    bases = ", ".join(text for text in map(_text, cls.bases) if not text.startswith("_"))
    face[path] = Member(path, "class", cls.path, bases, listed=_listed(cls))
    made = "__init__" not in cls.members and made_by_decorator(cls)
    if made:
        face[f"{path}.__init__"] = _made_constructor(cls, f"{path}.__init__")
    for name, member in cls.all_members.items():
        if name.startswith("_") and name not in _PROTOCOL:
            continue
        if name == "__init__" and (made or len(stack) > 1):  # a resource is made by its parent, never by users
            continue
        target = _resolved(member)
        here = f"{path}.{name}"
        if isinstance(target, griffe.Function):
            face[here] = _function(here, target)
        elif isinstance(target, griffe.Attribute):
            if "property" in target.labels and name in _WRAPPERS:
                face[here] = Member(here, "raw responses", target.path, listed=_listed(target))
                continue
            resource = _resource(package, target) if "property" in target.labels else None
            if resource is not None and resource.path not in stack:
                _walk_class(package, resource, here, face, (*stack, resource.path))
                # In place of the resource class's own line (its class name is no user's business).
                face[here] = Member(here, "resource", target.path, listed=_listed(target))
            else:
                annotation = _annotation(target.annotation)
                face[here] = Member(here, "attribute", target.path, annotation, listed=_listed(target))


def _resource(package: griffe.Object, prop: griffe.Attribute) -> griffe.Class | None:
    """The class a property returns, when it is one of the package's own and not exported: a resource."""
    path = getattr(prop.annotation, "canonical_path", None)
    if not isinstance(path, str) or not path.startswith(package.path + "."):
        return None
    if path.rsplit(".", 1)[-1] in _exports(package):
        return None
    try:
        found = _resolved(package.modules_collection[path])
    except KeyError:
        return None
    return found if isinstance(found, griffe.Class) else None


def _function(path: str, function: griffe.Function) -> Member:
    params = [
        Param(p.name, p.kind.value, _annotation(p.annotation), None if p.default is None else str(p.default))
        for p in function.parameters
    ]
    # griffe gives `*args` and `**kwargs` the defaults `()` and `{}`; Python writes none.
    params = [Param(p.name, p.kind, p.annotation) if p.variadic else p for p in params]
    # `**options: Unpack[RequestOptions]` means the TypedDict's keys as keyword-only parameters (PEP 692): compared
    # as such, a removed option breaks and a new one (`max_pages` of a list) is an addition.
    for parameter in function.parameters:
        fields = _unpacked(function, parameter.annotation) if parameter.kind.value == "variadic keyword" else None
        if fields is not None:
            params = [p for p in params if p.name != parameter.name] + fields
    if params and params[0].name in ("self", "cls") and not params[0].annotation:
        params = params[1:]
    return Member(
        path,
        "function",
        function.path,
        params=tuple(params),
        returns=_annotation(function.returns),
        is_async="async" in function.labels,
        listed=_listed(function),
    )


def _unpacked(function: griffe.Function, annotation: str | griffe.Expr | None) -> list[Param] | None:
    """The fields of the TypedDict `X` in `Unpack[X]`, as keyword-only parameters; None when it cannot be read."""
    if not isinstance(annotation, griffe.ExprSubscript) or _text(annotation.left).rsplit(".", 1)[-1] != "Unpack":
        return None
    path = getattr(annotation.slice, "canonical_path", None)
    try:
        typed = _resolved(function.package.modules_collection[str(path)])
    except KeyError:
        return None
    value = typed.value if isinstance(typed, griffe.Attribute) else None
    if not isinstance(value, griffe.ExprCall) or len(value.arguments) < 2:  # TypedDict("Name", {...}, total=...)
        return None
    fields = value.arguments[1]
    if not isinstance(fields, griffe.ExprDict):
        return None
    keywords = {a.name: str(a.value) for a in value.arguments if isinstance(a, griffe.ExprKeyword)}
    default = "..." if keywords.get("total") == "False" else None
    return [
        Param(str(key).strip("'\""), "keyword-only", _text(field), default)
        for key, field in zip(fields.keys, fields.values, strict=True)
        if key is not None
    ]


def _listed(obj: griffe.Object) -> bool:
    """Public in griffe's sense, and every parent up to the package too: what the module comparison walks."""
    while obj.parent is not None:
        if not obj.is_public:
            return False
        obj = obj.parent
    return True


def made_by_decorator(cls: griffe.Class) -> bool:
    """Whether a class decorator writes the class's `__init__` from its fields (attrs or dataclasses)."""
    for decorator in cls.decorators:
        path = str(decorator.callable_path)
        if path.split(".", 1)[0] in _CLASS_MAKERS or path.rsplit(".", 1)[-1] in ("define", "frozen", "dataclass"):
            return True
    return False


def _decorator_keywords(cls: griffe.Class) -> dict[str, str]:
    """The keyword arguments of the class's decorator calls, e.g. `kw_only=True` of `@define(kw_only=True)`."""
    found: dict[str, str] = {}
    for decorator in cls.decorators:
        if isinstance(decorator.value, griffe.ExprCall):
            found.update((a.name, str(a.value)) for a in decorator.value.arguments if isinstance(a, griffe.ExprKeyword))
    return found


def _made_constructor(cls: griffe.Class, path: str) -> Member:
    """The `__init__` a class decorator (attrs, dataclasses) makes from the class's annotated fields."""
    params = []
    every = "keyword-only" if _decorator_keywords(cls).get("kw_only") == "True" else "positional or keyword"
    for name, member in cls.members.items():
        if not isinstance(member, griffe.Attribute) or member.annotation is None:
            continue
        kind = every
        annotation = _annotation(member.annotation)
        if annotation.startswith(("ClassVar", "typing.ClassVar")) or "property" in member.labels:
            continue
        default: str | None = None if member.value is None else str(member.value)
        value = member.value
        maker = getattr(value, "function", None)
        maker_path = str(getattr(maker, "canonical_path", maker))
        if isinstance(value, griffe.ExprCall) and maker_path.rsplit(".", 1)[-1] in _FIELD_FACTORIES:
            keywords = {a.name: str(a.value) for a in value.arguments if isinstance(a, griffe.ExprKeyword)}
            if keywords.get("init") == "False":
                continue
            name = keywords.get("alias", "").strip("'\"") or name
            default = keywords.get("default") or (f"{keywords['factory']}()" if "factory" in keywords else None)
            kind = "keyword-only" if keywords.get("kw_only") == "True" else kind
        params.append(Param(name.lstrip("_"), kind, annotation, default))
    params.sort(key=lambda p: p.kind == "keyword-only")  # attrs puts keyword-only fields after the others
    return Member(path, "function", cls.path + ".__init__", params=tuple(params), returns="None", made=True)


def _params(params: tuple[Param, ...]) -> str:
    """As Python writes a signature: `/` after positional-only parameters, `*` before keyword-only ones."""
    parts: list[str] = []
    for i, param in enumerate(params):
        before = params[i - 1].kind if i else ""
        if before == "positional-only" and param.kind != "positional-only":
            parts.append("/")
        if param.kind == "keyword-only" and before not in ("keyword-only", "variadic positional"):
            parts.append("*")
        parts.append(str(param))
    if params and params[-1].kind == "positional-only":
        parts.append("/")
    return ", ".join(parts)


def _annotation(annotation: str | griffe.Expr | None) -> str:
    return "" if annotation is None else _text(annotation)


def _text(expression: str | griffe.Expr) -> str:
    # `builtins.list` is how a module that defines a method named `list` writes the type: the same type.
    return re.sub(r"\bbuiltins\.", "", str(expression))
