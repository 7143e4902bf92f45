"""The parts of an OpenAPI 3.1 document the mock serves: base paths, routes, operations, parameters, responses.

Schemas are not copied here: each is kept as a JSON pointer into the document, so validation and generation
resolve `$ref`s against the whole spec (see `_schemas`). Other OpenAPI objects (parameters, responses,
examples, headers, request bodies) may be local `$ref`s too; `follow_refs` resolves them.

What the mock cannot honour faithfully is refused here, at start-up, as an `InputError` naming the spec
location: a mock that silently skipped a parameter style would accept requests the real API rejects.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..errors import InputError

__all__ = [
    "HTTP_METHODS",
    "ApiModel",
    "HeaderSpec",
    "Operation",
    "Parameter",
    "RequestBodySpec",
    "ResponseSpec",
    "Route",
    "escape_pointer_token",
    "follow_refs",
    "parse_spec",
    "resolve_pointer",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SPEC = "spec"  # the `path` of InputErrors: the mock gets a dict, not a file
# Parameter styles whose wire format the mock parses; others are refused rather than guessed.
_SUPPORTED_STYLES = {"path": {"simple"}, "query": {"form"}, "header": {"simple"}, "cookie": {"form"}}
_DEFAULT_STYLES = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The node at JSON pointer `pointer` ("/a/b", without the leading "#") in `document`."""
    node = document
    for raw in pointer.split("/")[1:] if pointer else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise InputError(_SPEC, "#" + pointer, "no such location in the spec")
    return node


def follow_refs(document: Any, node: Any, pointer: str) -> tuple[Any, str]:
    """Follow a chain of local `$ref`s from `node` (found at `pointer`); return the target and its pointer."""
    seen = {pointer}
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#"):
            raise InputError(_SPEC, "#" + pointer, f"only local $refs are supported, not {ref!r}")
        pointer = ref[1:]
        if pointer in seen:
            raise InputError(_SPEC, "#" + pointer, "circular $ref")
        seen.add(pointer)
        node = resolve_pointer(document, pointer)
    return node, pointer


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header or cookie
    required: bool
    schema_pointer: str | None
    explode: bool
    examples: tuple[Any, ...]  # the parameter's `example`/`examples`, then its schema's


@dataclass(frozen=True)
class HeaderSpec:
    name: str
    required: bool
    schema_pointer: str | None
    examples: tuple[Any, ...]


@dataclass(frozen=True)
class ResponseSpec:
    status: str  # as written in the spec: "200", "4XX" or "default"
    media_type: str | None  # the first documented media type; None when the response has no body
    schema_pointer: str | None
    examples: dict[str, Any]  # named examples in document order (a lone `example` is named "example")
    headers: tuple[HeaderSpec, ...]

    @property
    def has_json_body(self) -> bool:
        return self.media_type is not None and _is_json(self.media_type)


@dataclass(frozen=True)
class RequestBodySpec:
    required: bool
    schemas: dict[str, str | None]  # media type -> schema pointer


@dataclass(frozen=True)
class Operation:
    method: str  # upper case
    template: str
    parameters: tuple[Parameter, ...]
    security: tuple[Mapping[str, Any], ...]  # alternatives (OR) of requirements (AND); empty: no auth
    responses: dict[str, ResponseSpec]
    request_body: RequestBodySpec | None
    pointer: str = ""  # JSON pointer of the operation object, for errors about its hints
    hints: Mapping[str, Any] = field(default_factory=dict)  # the overlays' `x-state` and `x-pagination`

    @property
    def label(self) -> str:
        return f"{self.method} {self.template}"

    def parameter(self, name: str, location: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name and p.location == location), None)

    def success_status(self) -> int:
        """The lowest documented 2XX status (a "2XX" range answers 200); 200 when none is documented."""
        codes = sorted(int(key) for key in self.responses if key.isdigit() and key.startswith("2"))
        return codes[0] if codes else 200

    def response_for(self, status: int, *, or_default: bool = True) -> ResponseSpec | None:
        """The documented response for `status`: its exact code first, then its range ("4XX"), then "default"."""
        by_key = {key.upper(): response for key, response in self.responses.items()}
        keys = [str(status), f"{str(status)[0]}XX"] + (["DEFAULT"] if or_default else [])
        return next((by_key[key] for key in keys if key in by_key), None)

    def documents(self, status: int) -> bool:
        """Whether `status` is documented by its code or its range (a "default" response does not count)."""
        return self.response_for(status, or_default=False) is not None


@dataclass(frozen=True)
class Route:
    template: str
    regex: re.Pattern[str]  # matches the raw (still percent-encoded) path below the base path
    variables: dict[str, str]  # regex group -> path parameter name
    operations: dict[str, Operation] = field(default_factory=dict)

    @property
    def allowed_methods(self) -> str:
        return ", ".join(self.operations)


@dataclass(frozen=True)
class ApiModel:
    base_paths: tuple[str, ...]  # longest first
    routes: tuple[Route, ...]  # most specific first: literal segments win over templated ones
    security_schemes: Mapping[str, Any]


def parse_spec(spec: Mapping[str, Any]) -> ApiModel:
    """Read the mock's view of `spec`, refusing what the mock could not serve faithfully."""
    routes = []
    for template, raw_item in (spec.get("paths") or {}).items():
        item_pointer = "/paths/" + escape_pointer_token(template)
        item, item_pointer = follow_refs(spec, raw_item, item_pointer)
        route = _template_route(template)
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method in item:
                route.operations[method.upper()] = _operation(
                    spec, method, template, item[method], f"{item_pointer}/{method}", shared, item_pointer
                )
        if route.operations:
            routes.append(route)
    routes.sort(key=lambda route: (route.template.count("{"), -len(route.template)))
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    return ApiModel(_base_paths(spec), tuple(routes), schemes)


def _base_paths(spec: Mapping[str, Any]) -> tuple[str, ...]:
    """The path part of every server URL, the document's and any a path or an operation declares (variables at
    their defaults); "" when no server is declared."""
    paths = []
    # A path item or an operation may declare its own servers (StreamElements' legacy v1 path under a v2 API).
    own = [
        server
        for item in (spec.get("paths") or {}).values()
        if isinstance(item, Mapping)
        for node in (item, *(item.get(method) for method in HTTP_METHODS))
        if isinstance(node, Mapping)
        for server in node.get("servers") or []
    ]
    for server in [*(spec.get("servers") or [{"url": "/"}]), *own]:
        url = server.get("url", "/")
        for name, variable in (server.get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        paths.append(urlsplit(url).path.rstrip("/"))
    # Longest first, so `/v2/things` is routed under a `/v2` server before a server at the root claims it.
    return tuple(sorted(dict.fromkeys(paths), key=len, reverse=True))


def _template_route(template: str) -> Route:
    """A route whose template variables each span one non-empty path segment."""
    parts = re.split(r"(\{[^}/]+\})", template)
    variables = {f"p{index}": part[1:-1] for index, part in enumerate(parts) if part.startswith("{")}
    pattern = "".join(
        f"(?P<p{index}>[^/]+)" if f"p{index}" in variables else re.escape(part) for index, part in enumerate(parts)
    )
    return Route(template, re.compile(pattern), variables)


def _operation(
    spec: Mapping[str, Any],
    method: str,
    template: str,
    raw: Mapping[str, Any],
    pointer: str,
    shared: list[Any],
    item_pointer: str,
) -> Operation:
    parameters: dict[tuple[str, str], Parameter] = {}
    # Path-item parameters first; the operation's own override them by (name, in).
    for base, declared in (
        (item_pointer + "/parameters", shared),
        (pointer + "/parameters", raw.get("parameters", [])),
    ):
        for index, raw_parameter in enumerate(declared):
            parameter = _parameter(spec, raw_parameter, f"{base}/{index}")
            parameters[(parameter.name, parameter.location)] = parameter
    security = raw.get("security", spec.get("security", []))
    responses = {
        str(status): _response(spec, str(status), body, f"{pointer}/responses/{escape_pointer_token(str(status))}")
        for status, body in (raw.get("responses") or {}).items()
    }
    request_body = None
    if "requestBody" in raw:
        body, body_pointer = follow_refs(spec, raw["requestBody"], pointer + "/requestBody")
        request_body = RequestBodySpec(
            required=bool(body.get("required", False)),
            schemas={
                media_type: (
                    f"{body_pointer}/content/{escape_pointer_token(media_type)}/schema" if "schema" in media else None
                )
                for media_type, media in (body.get("content") or {}).items()
            },
        )
    return Operation(
        method=method.upper(),
        template=template,
        parameters=tuple(parameters.values()),
        security=tuple(security),
        responses=responses,
        request_body=request_body,
        pointer=pointer,
        hints={key: raw[key] for key in ("x-state", "x-pagination") if key in raw},
    )


def _parameter(spec: Mapping[str, Any], raw: Any, pointer: str) -> Parameter:
    parameter, pointer = follow_refs(spec, raw, pointer)
    location = parameter.get("in", "")
    if location not in _SUPPORTED_STYLES:
        raise InputError(_SPEC, "#" + pointer, f"unknown parameter location {location!r}")
    style = parameter.get("style", _DEFAULT_STYLES[location])
    if style not in _SUPPORTED_STYLES[location]:
        raise InputError(_SPEC, "#" + pointer, f"the mock does not support style {style!r} for {location} parameters")
    if "content" in parameter:
        raise InputError(_SPEC, "#" + pointer, "the mock does not support parameters described by `content`")
    examples = _examples(spec, parameter, pointer)
    if "schema" in parameter:
        schema, _ = follow_refs(spec, parameter["schema"], pointer + "/schema")
        examples += [*schema.get("examples", []), *([schema["example"]] if "example" in schema else [])]
    return Parameter(
        name=parameter["name"],
        location=location,
        required=bool(parameter.get("required", location == "path")),
        schema_pointer=pointer + "/schema" if "schema" in parameter else None,
        explode=bool(parameter.get("explode", style == "form")),
        examples=tuple(examples),
    )


def _response(spec: Mapping[str, Any], status: str, raw: Any, pointer: str) -> ResponseSpec:
    response, pointer = follow_refs(spec, raw, pointer)
    content = response.get("content") or {}
    media_type = next(iter(content), None)
    schema_pointer = None
    examples: dict[str, Any] = {}
    if media_type is not None:
        media_pointer = f"{pointer}/content/{escape_pointer_token(media_type)}"
        media = content[media_type]
        if "schema" in media:
            schema_pointer = media_pointer + "/schema"
        for name, raw_example in (media.get("examples") or {}).items():
            example, _ = follow_refs(spec, raw_example, f"{media_pointer}/examples/{escape_pointer_token(name)}")
            if "value" in example:  # `externalValue` examples are not fetched
                examples[str(name)] = example["value"]
        if "example" in media:
            examples.setdefault("example", media["example"])
    headers = tuple(
        _header(spec, name, raw_header, f"{pointer}/headers/{escape_pointer_token(name)}")
        for name, raw_header in (response.get("headers") or {}).items()
        if name.lower() != "content-type"  # OpenAPI: a Content-Type response header is ignored
    )
    return ResponseSpec(status, media_type, schema_pointer, examples, headers)


def _header(spec: Mapping[str, Any], name: str, raw: Any, pointer: str) -> HeaderSpec:
    header, pointer = follow_refs(spec, raw, pointer)
    return HeaderSpec(
        name=name,
        required=bool(header.get("required", False)),
        schema_pointer=pointer + "/schema" if "schema" in header else None,
        examples=tuple(_examples(spec, header, pointer)),
    )


def _examples(spec: Mapping[str, Any], node: Mapping[str, Any], pointer: str) -> list[Any]:
    """The values of a parameter's or header's `examples` (in order), then its `example`."""
    values = []
    for name, raw_example in (node.get("examples") or {}).items():
        example, _ = follow_refs(spec, raw_example, f"{pointer}/examples/{escape_pointer_token(name)}")
        if "value" in example:
            values.append(example["value"])
    if "example" in node:
        values.append(node["example"])
    return values


def _is_json(media_type: str) -> bool:
    essence = media_type.split(";")[0].strip().lower()
    return essence == "application/json" or essence.endswith("+json")
