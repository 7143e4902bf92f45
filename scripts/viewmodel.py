"""The view model: everything the templates print about one API, computed once, in Python, from the generator's
parsed spec (`GeneratorData`) and the overlaid document; the templates only print it (as the global `api`).

- `ApiView`: the client's facts (name, distribution, version, base URL, client class, environment variables), its
  operations, its resource tree, its model names and the README's time fields.
- `OperationView`: one operation: its Python names (module alias, resource, method), its return type, its success
  and error responses, the models its functions import, its paging (`PagingView`), its flattened body, the
  arguments of its README example.
- `ResourceView`: one node of the resource tree (`client.sessions.emotions`): its class names, children and methods.

The `x-` declarations were checked against the spec before the generator ran (`scripts/vocabulary.py`); what can
only be checked on the parsed spec (names that collide) raises `ViewError` here, one line each.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from scripts.envnames import env_names

__all__ = [
    "ApiView",
    "OperationView",
    "PagingView",
    "ResourceView",
    "ViewError",
    "bracket_words",
    "build_view",
    "parameter_python_name",
    "wire_name",
]

# The names every resource class has already (its base class and the SDK conventions): a method may not take one.
RESERVED_MEMBERS = frozenset({"with_options", "with_raw_response", "_client", "_options", "_merge"})
PAGE_NAMES = ("AsyncPage", "AsyncPager", "RawResponse", "SyncPage")
ERROR_NAMES = (
    "APIConnectionError", "APIError", "APIStatusError", "APITimeoutError", "AuthenticationError", "BadRequestError",
    "ConflictError", "DecodeError", "InternalServerError", "NotFoundError", "NotFoundOnRetryError", "PageLimitError",
    "PermissionDeniedError", "RateLimitError", "UnprocessableEntityError",
)  # fmt: skip
# What every model has besides its fields (runtime/types.py, templates/model.py.jinja): no field may be named so.
MODEL_MEMBERS = frozenset({"to_dict", "from_dict", "additional_properties", "additional_keys"})
# A flattened body's fields that would shadow a parameter of the method itself.
_METHOD_NAMES = ("options", "self", "kwargs", "body")
# What the operation functions and resource methods take besides the parameters: no parameter may be named so.
ARGUMENT_NAMES = frozenset({*_METHOD_NAMES, "client", "max_items", "max_pages"})
_PLAIN = ("any_property.py.jinja", "int_property.py.jinja", "float_property.py.jinja", "boolean_property.py.jinja")
_TIME_SUFFIXES = ("At", "_at", "Time", "_time", "Date", "_date")
_TIME_NAMES = ("timestamp", "expires", "lastseen", "time", "date")
_BRACKETS = re.compile(r"[\[\]]+")  # `page[size]`, `filter[status]`: JSON:API's query names
# The generator's prefix for a name that is no identifier (config: field_prefix, left at its default).
FIELD_PREFIX = "field_"


def bracket_words(name: str) -> str | None:
    """A parameter name with brackets as words (`page[size]` -> `page size`, which the generator's snake case makes
    `page_size` where it would make `pagesize` of the name itself); None for a name without brackets."""
    return _BRACKETS.sub(" ", name) if _BRACKETS.search(name) else None


def parameter_python_name(name: str) -> str:
    """The Python name of the parameter `name` in the generated functions (as scripts/generator.py names it), for
    code that calls them by the spec's names (the tests, the fidelity check)."""
    return str(PythonIdentifier(bracket_words(name) or name, prefix=FIELD_PREFIX))


class ViewError(Exception):
    """A fact of the spec that the clients cannot be built from: `pointer` (JSON pointer) and a message."""

    def __init__(self, pointer: str, message: str) -> None:
        self.pointer = pointer
        self.message = message
        super().__init__(f"{pointer}: {message}")


def _code(prop: Any) -> str:
    return str(prop.get_type_string().as_unembedded_code())


def _has_body(response: Any) -> bool:
    return bool(response.source["attribute"] != "None")


def _type_of(response: Any) -> str:
    return _code(response.prop) if _has_body(response) else "None"


def _imports(props: Iterable[Any], prefix: str, models_only: bool = True) -> list[str]:
    found = []
    for prop in props:
        for line in [*prop.get_imports(prefix=prefix), *prop.get_lazy_imports(prefix=prefix)]:
            if ".models." in line or not models_only:
                found.append(line)
    return sorted(set(found))


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


@dataclass
class PagingView:
    """How an operation's pages are walked (`x-pagination`), resolved against its 2xx body."""

    style: str
    declaration: Mapping[str, Any]
    items_expr: str  # the code that reads the items from a parsed page, e.g. `page.data.sessions`
    excluded: list[str]  # query parameters the walk sets itself (the page number), left out of the signatures

    @property
    def constructor(self) -> str:
        """The `_PAGING = ...` expression of the operation module (the engine's class for the style)."""
        d = self.declaration

        def optional(*names: str) -> str:
            return "".join(f', {name}="{d[name]}"' for name in names if d.get(name) is not None)

        if self.style == "page-number":
            return (
                f'PageNumberPaging("{d["page_param"]}", {int(d.get("start", 1))}, items=_items'
                + optional("size_param", "total", "total_pages", "has_more")
                + ")"
            )
        if self.style == "link-header":
            return f'LinkHeaderPaging("{d.get("rel", "next")}", items=_items{optional("cursor_param")})'
        if self.style == "cursor":
            # The last item's key is read from the raw body, so the engine is told where the items are.
            items_path = f', items_path="{d["items"]}"' if d.get("last_item_key") else ""
            return (
                f'CursorPaging("{d["cursor_param"]}", items=_items'
                + optional("next_cursor", "last_item_key")
                + items_path
                + optional("has_more", "size_param")
                + ")"
            )
        return (
            f'OffsetPaging("{d["offset_param"]}", "{d["limit_param"]}", items=_items'
            + optional("has_more", "total", "total_pages")
            + ")"
        )

    @property
    def total(self) -> str | None:
        value = self.declaration.get("total")
        return str(value) if value else None

    @property
    def cursor_param(self) -> str | None:
        """The query parameter a page's `next_cursor` reads from the `Link` header (link-header paging only)."""
        if self.style != "link-header":
            return None
        value = self.declaration.get("cursor_param")
        return str(value) if value else None


@dataclass
class OperationView:
    endpoint: Any  # the generator's Endpoint: its parameters print themselves (endpoint_macros.py.jinja)
    tag: str
    name: str
    resource: str  # "sessions.emotions"
    method: str  # "timeline"
    success: list[Any]  # the responses a call returns (2xx, else `default`)
    failure: list[Any]  # every other documented response (an error's body)
    failure_ends_in_default: bool
    returns: str  # the Python return type: the union of the success bodies
    url_template: str
    paging: PagingView | None
    single_page: bool  # a `list` without x-pagination that answers with an array: one page
    item_prop: Any  # the list property whose items a page yields (paged operations only)
    flat_body: Any  # the request body's model when its fields become keyword arguments, else None
    readme_arguments: str | None
    readme_setup: list[Mapping[str, str]]  # x-readme-setup: the calls an example makes first
    pointer: str
    error_groups: list[tuple[list[int], Any]] = field(default_factory=list)
    error_rest: list[Any] = field(default_factory=list)
    call_args: str = ""  # the arguments of the README's example call

    @property
    def alias(self) -> str:
        return f"_{self.tag}__{self.name}"

    @property
    def module(self) -> str:
        return f".api.{self.tag}"

    @property
    def paged(self) -> bool:
        return self.paging is not None or self.single_page

    @property
    def pagination(self) -> Mapping[str, Any] | None:
        return self.paging.declaration if self.paging else None

    @property
    def excluded(self) -> list[str]:
        return self.paging.excluded if self.paging else []

    @property
    def path_parameters(self) -> list[Any]:
        return list(self.endpoint.path_parameters)

    @property
    def item(self) -> str | None:
        return _code(self.item_prop.inner_property) if self.item_prop is not None else None

    @property
    def flat_fields(self) -> list[Any]:
        if self.flat_body is None:
            return []
        return [*self.flat_body.required_properties, *self.flat_body.optional_properties]

    @property
    def body_hint(self) -> str | None:
        """The declared type of the `body=` argument, as code (`Kick`, `NewRoom | Unset`): what `_checked_body`
        holds a whole body against before anything is sent. None without a body."""
        bodies = self.endpoint.bodies
        if not bodies:
            return None
        if len(bodies) == 1:
            return _code(bodies[0].prop)
        # As the low-level signature spells it (endpoint_macros.py.jinja `arguments`): the bodies, then Unset.
        types = [str(body.prop.get_type_string(no_optional=True).as_unembedded_code()) for body in bodies]
        return " | ".join([*types, "Unset"])

    @property
    def page_arguments(self) -> str:
        """What a list method hands its page (runtime/_pages.py) besides the pages: how the items are read, the
        body path of the total, and where the next cursor is: a query parameter of the `Link` header's next URL,
        or (a cursor in the body) the walk's own paging, so that `page.next_cursor` reads it as the walk does."""
        if self.paging is None:
            return "_pages.every_item, None, None"
        total = f'"{self.paging.total}"' if self.paging.total else "None"
        cursor = f'"{self.paging.cursor_param}"' if self.paging.cursor_param else "None"
        walk = f", {self.alias}._PAGING" if self.paging.style == "cursor" else ""
        return f"{self.alias}._items, {total}, {cursor}{walk}"

    def returns_of(self, is_async: bool, raw: bool) -> str:
        """What a resource method returns: a page for a list, a RawResponse for a raw twin, else the body."""
        if raw:
            return f"RawResponse[{self.returns}]"
        if self.paged:
            return f"{'AsyncPager' if is_async else 'SyncPage'}[{self.item}, {self.returns}]"
        return self.returns

    # Imports, computed once: the module's annotations, and what each function imports on its first call.
    @property
    def annotation_imports(self) -> list[str]:
        """The models the operation module names in annotations (imported for the type checker only)."""
        lines = _imports([self.item_prop.inner_property], "...", models_only=False) if self.paging else []
        props = [r.prop for r in self.success if _has_body(r)] + [b.prop for b in self.endpoint.bodies]
        return sorted(set(lines + _imports(props + list(self.endpoint.list_all_parameters()), "...")))

    @property
    def parse_imports(self) -> list[str]:
        return _imports([r.prop for r in self.success if _has_body(r)], "...")

    @property
    def body_imports(self) -> list[str]:
        return _imports([b.prop for b in self.endpoint.bodies], "...")

    @property
    def parse_error_imports(self) -> list[str]:
        return _imports([r.prop for r in self.failure if _has_body(r)], "...")

    @property
    def signature_imports(self) -> list[str]:
        """The models a resource method names in its signature (relative to the package)."""
        found = [line for line in self.endpoint.relative_imports if ".models." in line]
        if self.item_prop is not None:
            found += _imports([self.item_prop.inner_property], ".", models_only=False)
        found += _imports(self.flat_fields, "...")
        return [line.replace("from ...models", "from .models") for line in found if ".models." in line]


@dataclass
class ResourceView:
    path: str  # "" for the client itself, else "sessions.emotions"
    client_class: str
    children: list[ResourceView] = field(default_factory=list)
    operations: list[OperationView] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.rsplit(".", 1)[-1]

    def class_name(self, is_async: bool, raw: bool) -> str:
        base = "".join(part.capitalize() for seg in self.path.split(".") for part in seg.split("_"))
        core = f"{base}Resource" if self.path else self.client_class
        return ("Async" if is_async else "") + core + ("WithRawResponse" if raw else "")

    @property
    def summary(self) -> str:
        """The property's docstring: `Emotions: `get`, `timeline`.`"""
        names = [f"`{op.method}`" for op in self.operations] + [f"`{child.name}`" for child in self.children]
        return f"{self.name.replace('_', ' ').capitalize()}: {', '.join(names)}."


@dataclass
class ApiView:
    name: str
    distribution: str
    package: str
    version: str
    repository: str  # clients.toml [project]: the project URLs and the from-source install point into it
    license: str  # an SPDX expression
    published: bool  # on PyPI: the README installs from there, else from the repository
    base_url: str
    client_class: str
    title: str | None  # x-client-name
    token_env: str
    base_url_env: str
    log_env: str
    operations: list[OperationView]
    root: ResourceView
    resources: list[ResourceView]  # every node but the root, in the order the classes are written
    model_names: list[str]
    time_fields: list[tuple[str, str, str, str]]  # model, Python name, JSON name, what the README says

    page_names = PAGE_NAMES
    error_names = ERROR_NAMES

    def operation(self, name: str) -> OperationView:
        return self._by_name[name]

    def __post_init__(self) -> None:
        self._by_name = {op.name: op for op in self.operations}

    @property
    def paged(self) -> list[OperationView]:
        return [op for op in self.operations if op.paging]

    @property
    def model_imports(self) -> list[str]:
        return sorted({line for op in self.operations for line in op.signature_imports})

    @property
    def public_names(self) -> list[str]:
        first = [self.client_class, "Async" + self.client_class, "AuthenticatedClient", "Client"]
        return [*first, *sorted([*PAGE_NAMES, "MissingTokenError"]), *ERROR_NAMES, *self.model_names]


def build_view(openapi: Any, document: Mapping[str, Any], facts: Mapping[str, Any]) -> ApiView:
    """The view of one API: `openapi` is the generator's GeneratorData, `document` the overlaid spec (plain JSON),
    `facts` the manifest's name, distribution, package and version."""
    info = {**document, **(document.get("info") or {})}
    _check_fields(openapi.models, document)
    extensions = _operation_extensions(document)
    models = {model.class_info.name: model for model in openapi.models}
    operations = []
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            pointer, x = extensions.get(str(endpoint.name), ("#/paths", {}))
            operations.append(_operation(tag, endpoint, x, pointer, models))
    client_class = info.get("x-python-client") or "".join(part.capitalize() for part in facts["name"].split("-"))
    _check_parameters(operations, document)
    root, resources = _tree(operations, client_class)
    request_examples, parameter_examples = _request_examples(document), _parameter_examples(document)
    for op in operations:
        op.call_args = _call_args(op, request_examples.get(op.name), parameter_examples.get(op.name, {}))
    env = env_names(facts["name"], document)
    servers = document.get("servers") or [{}]
    return ApiView(
        name=facts["name"],
        distribution=facts["distribution"],
        package=facts["package"],
        version=facts["version"],
        repository=str(facts["repository"]),
        license=str(facts["license"]),
        published=bool(facts["published"]),
        base_url=servers[0].get("url", ""),
        client_class=client_class,
        title=info.get("x-client-name"),
        token_env=env.token,
        base_url_env=env.base_url,
        log_env=env.log,
        operations=operations,
        root=root,
        resources=resources,
        # Jinja's order, which the packages have always had: case-insensitive
        model_names=sorted({m.class_info.name for m in [*openapi.models, *openapi.enums]}, key=str.lower),
        time_fields=_time_fields(openapi.models),
    )


def _operation_extensions(document: Mapping[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Each operation's Python name -> its JSON pointer and `x-` keys; two operationIds of one Python name fail."""

    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for path, path_item in (document.get("paths") or {}).items():
        for method, operation in path_item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            pointer = f"#/paths/{_escape(path)}/{method}"
            name = str(PythonIdentifier(operation["operationId"], prefix=""))
            if name in found:
                raise ViewError(
                    f"{pointer}/operationId",
                    f"{operation['operationId']!r} has the Python name {name!r}, as the operation at "
                    f"{found[name][0]} has: rename one",
                )
            found[name] = (pointer, {k: v for k, v in operation.items() if k.startswith("x-")})
    return found


def _operation(tag: str, endpoint: Any, x: Mapping[str, Any], pointer: str, models: Mapping[str, Any]) -> OperationView:
    parts = str(x.get("x-python-method") or f"{tag}.{endpoint.name}").split(".")
    success = [
        r for r in endpoint.responses.patterns if r.status_code.range[0] >= 200 and r.status_code.range[1] <= 299
    ]
    failure = [r for r in endpoint.responses.patterns if r not in success]
    default = endpoint.responses.default
    ends_in_default = False
    if default and not success:
        success = [default]
    elif default:
        failure.append(default)
        ends_in_default = _has_body(default)
    types = [_type_of(r) for r in success]
    returns = " | ".join(sorted(set(types))) if success else "None"
    declaration = x.get("x-pagination") if success else None
    paging = None
    item_prop = None
    if declaration:
        expr, item_prop = _walk(success[0].prop, declaration.get("items", "$"), models, pointer)
        excluded = [declaration["page_param"]] if declaration["style"] == "page-number" else []
        paging = PagingView(str(declaration["style"]), declaration, expr, excluded)
    single_page = not declaration and parts[-1] == "list" and len(types) == 1 and types[0].startswith("list[")
    if single_page:
        item_prop = success[0].prop
    op = OperationView(
        endpoint=endpoint,
        tag=tag,
        name=str(endpoint.name),
        resource=".".join(parts[:-1]),
        method=parts[-1],
        success=success,
        failure=failure,
        failure_ends_in_default=ends_in_default,
        returns=returns,
        url_template=x.get("x-relative-url", endpoint.path),
        paging=paging,
        single_page=single_page,
        item_prop=item_prop,
        flat_body=_flat_body(endpoint, models),
        readme_arguments=x.get("x-readme-arguments"),
        readme_setup=list(x.get("x-readme-setup") or []),
        pointer=pointer,
    )
    op.error_groups, op.error_rest = _error_branches(failure)
    return op


def _walk(prop: Any, items: str, models: Mapping[str, Any], pointer: str) -> tuple[str, Any]:
    """`items` (dotted JSON names, or "$") as code reading a parsed page, and the list property it ends on."""
    expr = "page"
    if items != "$":
        for segment in items.split("."):
            # A model nested in another may be an unprocessed copy: take its properties from the processed one.
            model = models.get(str(getattr(getattr(prop, "class_info", None), "name", "")), prop)
            found = [p for p in [*model.required_properties, *model.optional_properties] if p.name == segment]
            if not found or not found[0].required:  # the vocabulary check refuses this before the generator runs
                raise ViewError(f"{pointer}/x-pagination/items", f"{items}: {segment!r} is not a required field")
            prop = found[0]
            expr += f".{prop.python_name}"
    if not hasattr(prop, "inner_property"):
        raise ViewError(f"{pointer}/x-pagination/items", f"{items}: the items must be an array in the 2xx body")
    return expr, prop


def _flat_body(endpoint: Any, models: Mapping[str, Any]) -> Any:
    """A required JSON object body becomes keyword arguments (`create(name=..., stream_uri=...)`), unless one of
    its fields has the name of a parameter; then the method takes `body=` as the low-level function does."""
    if len(endpoint.bodies) != 1:
        return None
    body = endpoint.bodies[0]
    if body.body_type != "json" or not body.prop.required or not hasattr(body.prop, "class_info"):
        return None
    model = models.get(body.prop.class_info.name)
    if model is None:
        return None
    fields = [*(model.required_properties or []), *(model.optional_properties or [])]
    parameters = [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]
    taken = {str(p.python_name) for p in [*parameters, *endpoint.cookie_parameters]} | set(_METHOD_NAMES)
    if not fields or any(str(f.python_name) in taken for f in fields):
        return None
    return model


def _check_parameters(operations: Iterable[OperationView], document: Mapping[str, Any]) -> None:
    """Two parameters of one operation with one Python name (after bracketed names became words: `page[size]` and
    `page_size`), or a parameter named like an argument the functions take themselves (`body`, `max_items`)."""
    pointers = _parameter_pointers(document)
    for op in operations:
        seen: dict[str, str] = {}
        endpoint = op.endpoint
        parameters = [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]
        for parameter in [*parameters, *endpoint.cookie_parameters]:
            python = str(parameter.python_name)
            wire = wire_name(parameter.name)
            where = pointers.get((op.name, wire), f"{op.pointer}/parameters ({wire})")
            if python in ARGUMENT_NAMES:
                raise ViewError(where, f"the Python name {python!r} is an argument of the generated functions")
            if python in seen:
                raise ViewError(where, f"the Python name {python!r} is also the Python name of {seen[python]}")
            seen[python] = where


def _parameter_pointers(document: Mapping[str, Any]) -> dict[tuple[str, str], str]:
    """(operation's Python name, parameter name) -> the JSON pointer of the parameter (the operation's own, else
    its path item's, as OpenAPI lets the operation's override the path item's)."""
    found: dict[tuple[str, str], str] = {}
    for path, path_item in (document.get("paths") or {}).items():
        for method, operation in path_item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            name = str(PythonIdentifier(operation["operationId"], prefix=""))
            for base, parameters in (
                (f"#/paths/{_escape(path)}/parameters", path_item.get("parameters") or []),
                (f"#/paths/{_escape(path)}/{method}/parameters", operation.get("parameters") or []),
            ):
                for index, parameter in enumerate(parameters):
                    wire = _resolve(document, parameter).get("name")
                    if isinstance(wire, str):
                        found[(name, wire)] = f"{base}/{index}"
    return found


def _error_branches(failure: Sequence[Any]) -> tuple[list[tuple[list[int], Any]], list[Any]]:
    """Error statuses that share a body type (Emogg's `Error` for 400, 401, 404 and 429) share one branch; exact
    codes come before ranges ("4XX"), and "default" last, as OpenAPI ranks them."""
    groups: dict[str, tuple[list[int], Any]] = {}
    rest = []
    for response in failure:
        if not _has_body(response):
            continue
        code_range = response.status_code.range
        if code_range and code_range[0] == code_range[1]:
            groups.setdefault(_code(response.prop), ([], response))[0].append(code_range[0])
        else:
            rest.append(response)
    return list(groups.values()), rest


def _tree(operations: Sequence[OperationView], client_class: str) -> tuple[ResourceView, list[ResourceView]]:
    """The resource tree: one node per prefix of the operations' Python names, in the order they first appear."""
    root = ResourceView("", client_class)
    nodes: dict[str, ResourceView] = {"": root}
    for op in operations:
        parts = op.resource.split(".")
        for depth in range(1, len(parts) + 1):
            path = ".".join(parts[:depth])
            if path not in nodes:
                nodes[path] = ResourceView(path, client_class)
                nodes[".".join(parts[: depth - 1])].children.append(nodes[path])
        nodes[op.resource].operations.append(op)
    _check_names(nodes)
    # Classes are written children first (reverse order of their dotted paths), so each names defined ones.
    return root, [nodes[path] for path in sorted(nodes, reverse=True) if path]


def _check_names(nodes: Mapping[str, ResourceView]) -> None:
    """Two methods of one name, a method named like a resource member, a method that is also a resource."""
    for node in nodes.values():
        seen: dict[str, OperationView] = {}
        for op in node.operations:
            where = f"{op.pointer}/x-python-method"
            if op.method in RESERVED_MEMBERS or op.method.startswith("__"):
                raise ViewError(where, f"{op.method!r} is a member every resource has: choose another method name")
            if op.method in seen:
                raise ViewError(
                    where,
                    f"{node.path}.{op.method} is also the x-python-method of {seen[op.method].pointer}: rename one",
                )
            for child in node.children:
                if child.name == op.method:
                    nested = _first_operation(child)
                    raise ViewError(
                        where,
                        f"{node.path}.{op.method} is both a method and a resource: the x-python-method of "
                        f"{nested.pointer} is {nested.resource}.{nested.method}",
                    )
            seen[op.method] = op


def _first_operation(node: ResourceView) -> OperationView:
    """An operation under a resource (each resource exists because some operation's Python name passes it)."""
    return node.operations[0] if node.operations else _first_operation(node.children[0])


def _check_fields(models: Iterable[Any], document: Mapping[str, Any]) -> None:
    """Two fields of one model with one Python name (after `x-python-name` and NFKC normalisation, as Python reads
    identifiers), or a field named like a member every model has."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    keys = {str(ClassName(key, "")): key for key in schemas}
    for model in models:
        name = model.class_info.name
        base = f"#/components/schemas/{_escape(keys[name])}" if name in keys else f"#/components/schemas ({name})"
        seen: dict[str, str] = {}
        for prop in [*model.required_properties, *model.optional_properties]:
            python = unicodedata.normalize("NFKC", str(prop.python_name))
            where = f"{base}/properties/{_escape(wire_name(prop.name))}"
            if python in MODEL_MEMBERS:
                raise ViewError(where, f"the Python name {python!r} is a member every model has: set x-python-name")
            if python in seen:
                raise ViewError(where, f"the Python name {python!r} is also the Python name of {seen[python]}")
            seen[python] = where


def _time_fields(models: Iterable[Any]) -> list[tuple[str, str, str, str]]:
    """The README's table of time fields: model, Python name, JSON name, what it reads as."""
    rows = []
    for model in sorted(models, key=lambda m: m.class_info.name):
        schemas = model.data.properties or {}
        for prop in [*model.required_properties, *model.optional_properties]:
            schema = schemas.get(prop.name)
            marked = (getattr(schema, "model_extra", None) or {}).get("x-python-datetime") if schema else None
            wire = wire_name(prop.name)
            named_like_time = wire.endswith(_TIME_SUFFIXES) or wire.lower() in _TIME_NAMES
            template = prop.template
            plain = str(prop.get_base_type_string()) in ("str", "int", "float")
            if not (
                template in ("datetime_property.py.jinja", "date_property.py.jinja")
                or marked
                or (named_like_time and plain)
            ):
                continue
            if template == "datetime_property.py.jinja":
                reads = "`datetime.datetime`: an ISO 8601 instant, parsed"
            elif template == "date_property.py.jinja":
                reads = "`datetime.date`, parsed"
            elif marked == "epoch-ms":
                reads = (f"a number of milliseconds since 1970 (UTC); `.{prop.python_name}_datetime` gives a "
                         "`datetime.datetime`")  # fmt: skip
            else:
                shown = _code(prop).replace("|", "\\|")
                reads = (
                    f"`{shown}` as the vendor sends it: the vendor does not document its format, so it is not converted"
                )
            rows.append((model.class_info.name, str(prop.python_name), wire, reads))
    return rows


def wire_name(name: Any) -> str:
    """A property's or parameter's name in the JSON or on the wire (the generator keeps some as UntrustedString)."""
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def _operations(document: Mapping[str, Any]) -> Iterable[tuple[str, Mapping[str, Any], list[Any]]]:
    """Each operation's Python name, the operation, and its parameters (the path item's first)."""

    for path_item in (document.get("paths") or {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                parameters = path_item.get("parameters", []) + operation.get("parameters", [])
                yield str(PythonIdentifier(operation["operationId"], prefix="")), operation, parameters


def _request_examples(document: Mapping[str, Any]) -> dict[str, Any]:
    """The first JSON request-body example of each operation (the generator hands templates none)."""
    found: dict[str, Any] = {}
    for name, operation, _ in _operations(document):
        media = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
        examples = [_resolve(document, e).get("value") for e in media.get("examples", {}).values()]
        example = media.get("example", examples[0] if examples else None)
        if example is not None:
            found[name] = example
    return found


def _parameter_examples(document: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The example of each parameter: its own `example`/`examples`, else its schema's (the generator keeps only
    the schema's)."""
    found: dict[str, dict[str, Any]] = {}
    for name, _, parameters in _operations(document):
        for parameter in (_resolve(document, p) for p in parameters):
            examples = [_resolve(document, e).get("value") for e in parameter.get("examples", {}).values()]
            schema = _resolve(document, parameter.get("schema", {}))
            example = parameter.get("example", examples[0] if examples else schema.get("example"))
            if example is not None and "name" in parameter:
                found.setdefault(name, {})[parameter["name"]] = example
    return found


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node = target
    return node if isinstance(node, dict) else {}


def _call_args(op: OperationView, request_example: Any, given: Mapping[str, Any]) -> str:
    """The arguments of the README's example call: the overlay's `x-readme-arguments`, else each path parameter's
    example and each required query parameter's (a mock checks both), and a flattened body's plain fields from the
    spec's request example."""

    if op.readme_arguments:
        return op.readme_arguments
    args = [json.dumps(str(given.get(p.name) or p.example or str(p.python_name).upper())) for p in op.path_parameters]
    for p in op.endpoint.query_parameters:
        if p.required and p.name not in op.excluded and p.name in given:
            args.append(f"{p.python_name}={given[p.name]!r}")
    if op.flat_body is not None and isinstance(request_example, Mapping):
        for prop in op.flat_fields:
            key = wire_name(prop.name)
            plain = prop.template in _PLAIN or (
                prop.template == "list_property.py.jinja" and prop.inner_property.template in _PLAIN
            )
            if key in request_example and plain:
                args.append(f"{prop.python_name}={request_example[key]!r}")
    return ", ".join(args)
