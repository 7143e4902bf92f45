"""The mock as an ASGI application: route, authenticate, validate, then answer from the spec.

What one request may cost is bounded, so a hostile or broken client cannot wedge the mock: a request body must
arrive within `body_timeout` seconds (else **408**) and hold at most `max_body_bytes` (else **413**), both with
`Connection: close`; a JSON body nesting deeper than `MAX_BODY_DEPTH` levels, or holding a lone surrogate (which
no response could encode), is refused like any invalid body before anything is stored. The stateful store keeps at
most `max_objects` objects per resource (see `_state`).
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import json
import random
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, unquote

from jsonschema.exceptions import SchemaError
from referencing.exceptions import Unresolvable
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ..errors import InputError
from ._generate import GenerationError, Sampler
from ._paging import DEFAULT_PAGE_SIZE, OMIT, Paging, get_path, set_path
from ._schemas import SchemaStore, decode_parameter
from ._spec import ApiModel, Operation, Parameter, ResponseSpec, Route, parse_spec
from ._state import DEFAULT_MAX_OBJECTS, StateHint, Store, key_of, merge_fields, same_shape, write_key

__all__ = [
    "DEFAULT_BODY_TIMEOUT",
    "DEFAULT_COLLECTION_SIZE",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_MAX_OBJECTS",
    "DEFAULT_TOKEN",
    "MAX_BODY_DEPTH",
    "MockApp",
    "Preferences",
    "create_app",
    "parse_prefer",
]

DEFAULT_TOKEN = "sessions-clients-mock-token"
DEFAULT_COLLECTION_SIZE = 25  # items in a paged list's data set: more than two default pages
_PROBLEM_JSON = "application/problem+json"
_GENERATION_ATTEMPTS = 20
_STATUS_CODE = re.compile(r"^[1-5][0-9][0-9]$")
_NO_BODY_STATUSES = (204, 304)
_NEW_KEY_ATTEMPTS = 100
# Bounds on what one request may cost. A body that stops arriving would otherwise hold its connection for ever
# (uvicorn has no body timeout); nesting deeper than Python's recursion limit breaks validation and copies.
DEFAULT_BODY_TIMEOUT = 30.0  # seconds for the whole request body to arrive
DEFAULT_MAX_BODY_BYTES = 1 << 20  # no documented request body comes near 1 MiB
MAX_BODY_DEPTH = 100  # nesting levels of a JSON body; the specs' bodies have fewer than 10
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class _Rejection(Exception):
    """A request the mock refuses; `status` and `detail` become the response."""

    def __init__(
        self, status: int, detail: str, headers: Mapping[str, str] | None = None, *, mock_usage: bool = False
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = dict(headers or {})
        self.mock_usage = mock_usage  # a misused mock feature (Prefer), not an API error: never the API's body


@dataclass(frozen=True)
class Preferences:
    """What a `Prefer` header asks of the mock (Prism's syntax: `code=404, example=notFound, dynamic=true`)."""

    code: int | None = None
    example: str | None = None
    dynamic: bool = False


def parse_prefer(values: list[str]) -> Preferences:
    """Read the mock's preferences from `Prefer` header values; other preferences (RFC 7240) are ignored."""
    found: dict[str, str] = {}
    for value in values:
        for item in value.replace(";", ",").split(","):
            key, _, raw = item.partition("=")
            found[key.strip().lower()] = raw.strip().strip('"')
    code = found.get("code")
    if code is not None and not _STATUS_CODE.match(code):
        raise _Rejection(400, f"Prefer: code={code!r} is not an HTTP status code", mock_usage=True)
    dynamic = found.get("dynamic", "false").lower()
    if dynamic not in ("true", "false"):
        raise _Rejection(400, f"Prefer: dynamic={dynamic!r} must be true or false", mock_usage=True)
    return Preferences(int(code) if code else None, found.get("example") or None, dynamic == "true")


@dataclass
class _Call:
    """One validated request, as the answering steps need it."""

    operation: Operation
    preferences: Preferences
    rng: random.Random
    url: str
    variables: dict[str, str]  # path parameters, percent-decoded
    query: dict[str, Any] = field(default_factory=dict)  # query parameters, decoded by their schemas
    body: Any = None  # the JSON request body, parsed


def create_app(
    spec: Mapping[str, Any],
    *,
    token: str = DEFAULT_TOKEN,
    seed: int = 0,
    stateful: bool = False,
    collection_size: int = DEFAULT_COLLECTION_SIZE,
    max_objects: int = DEFAULT_MAX_OBJECTS,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> MockApp:
    """An ASGI app serving `spec` (a plain JSON-like OpenAPI 3.1 document); see the package docstring."""
    return MockApp(
        spec,
        token=token,
        seed=seed,
        stateful=stateful,
        collection_size=collection_size,
        max_objects=max_objects,
        body_timeout=body_timeout,
        max_body_bytes=max_body_bytes,
    )


class MockApp:
    def __init__(
        self,
        spec: Mapping[str, Any],
        *,
        token: str,
        seed: int,
        stateful: bool = False,
        collection_size: int = DEFAULT_COLLECTION_SIZE,
        max_objects: int = DEFAULT_MAX_OBJECTS,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        self.spec = spec
        self.token = token
        self.seed = seed
        self.stateful = stateful
        self.collection_size = collection_size
        self.max_objects = max_objects
        self.body_timeout = body_timeout
        self.max_body_bytes = max_body_bytes
        self.model: ApiModel = parse_spec(spec)
        self._schemas = SchemaStore(spec)
        self._check_schemas()
        operations = [operation for route in self.model.routes for operation in route.operations.values()]
        # Hints are checked whatever the mode: a bad hint is bad input, found at start-up.
        self._paging = {
            op.label: self._with_cursor_end(op, paging) for op in operations if (paging := Paging.of(op)) is not None
        }
        self._hints = {op.label: hint for op in operations if (hint := StateHint.of(op)) is not None}
        self._id_fields: dict[str, str] = {}
        self._managed: dict[str, frozenset[str]] = {}  # per resource: fields no request body may change
        for hint in self._hints.values():
            if hint.id_field:
                self._id_fields.setdefault(hint.resource, hint.id_field)
            self._managed[hint.resource] = self._managed.get(hint.resource, frozenset()) | hint.managed_fields
        self._data_sets: dict[tuple[str, str], list[Any]] = {}
        self._operations = operations
        self.store = Store(max_objects=max_objects)
        self.reset()
        # API keys sent in the query are credentials, not unknown parameters.
        self._query_credentials = {
            str(scheme.get("name"))
            for scheme in self.model.security_schemes.values()
            if scheme.get("type") == "apiKey" and scheme.get("in") == "query"
        }

    def reset(self) -> None:
        """Back to the state at start (stateful mode): what the examples show, and the same keys drawn next."""
        self.store = Store(max_objects=self.max_objects)
        if self.stateful:
            self._fill_store(self._operations)

    def _with_cursor_end(self, operation: Operation, paging: Paging) -> Paging:
        """`paging` with what its last page sends as the next cursor: null where the response schema allows it (or
        says nothing), else no field where the field is optional, else "" (each ends a client's walk)."""
        if paging.next_cursor is None:
            return paging
        response = operation.response_for(operation.success_status(), or_default=False)
        body = response.schema_pointer if response is not None else None
        *parents, name = paging.next_cursor.split(".")
        cursor = self._schemas.pointer_at(body, paging.next_cursor)
        types = self._schemas.types(cursor) if cursor is not None else ()
        if not types or "null" in types:
            return paging
        parent = self._schemas.pointer_at(body, ".".join(parents))
        required = self._schemas.required_properties(parent) if parent is not None else frozenset()
        return dataclasses.replace(paging, cursor_end="" if name in required else OMIT)

    def _check_schemas(self) -> None:
        """Build every validator now: a broken schema or `$ref` fails at start-up, not on some request."""
        for route in self.model.routes:
            for operation in route.operations.values():
                pointers = [p.schema_pointer for p in operation.parameters]
                pointers += [r.schema_pointer for r in operation.responses.values()]
                pointers += list(operation.request_body.schemas.values()) if operation.request_body else []
                for pointer in filter(None, pointers):
                    try:
                        validator = self._schemas.validator(pointer)
                        validator.check_schema(self._schemas.resolve(pointer))
                        validator.is_valid(None)  # resolves the schema's own `$ref`
                    except (SchemaError, Unresolvable) as exc:
                        message = exc.message if isinstance(exc, SchemaError) else str(exc)
                        raise InputError("spec", "#" + pointer, f"invalid schema: {message}") from None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        response = await self.respond(request)
        await response(scope, receive, send)

    async def respond(self, request: Request) -> Response:
        raw_path = (request.scope.get("raw_path") or request.scope["path"].encode()).decode("latin-1")
        rng = random.Random(f"{self.seed}|{request.method}|{raw_path}|{request.url.query}")
        operation: Operation | None = None
        head = request.method == "HEAD"
        try:
            route, variables = self._route(raw_path)
            operation = route.operations.get(request.method)
            if operation is None and head:  # RFC 9110: HEAD is GET without the body
                operation = route.operations.get("GET")
            if operation is None:
                implicit_head = "GET" in route.operations and "HEAD" not in route.operations
                allowed = route.allowed_methods + (", HEAD" if implicit_head else "")
                raise _Rejection(405, f"{request.method} is not documented here", {"Allow": allowed})
            self._authenticate(operation, request)
            query = self._validate_parameters(operation, request, variables)
            body = await self._validate_body(operation, request)
            preferences = parse_prefer(request.headers.getlist("prefer"))
            # The URL as sent (path still percent-encoded), so a Link header built from it stays ASCII.
            url = str(request.url.replace(path=raw_path))
            call = _Call(operation, preferences, rng, url, variables, query, body)
            response = self._answer(call)
        except _Rejection as rejection:
            response = self._rejection_response(operation, rejection, rng)
        except GenerationError as exc:
            response = _problem(500, f"the mock cannot generate this response: {exc}", {})
        return _without_body(response) if head else response

    def _route(self, raw_path: str) -> tuple[Route, dict[str, str]]:
        for base in self.model.base_paths:
            if raw_path != base and not raw_path.startswith(base + "/"):
                continue
            rest = raw_path[len(base) :]
            for route in self.model.routes:
                match = route.regex.fullmatch(rest)
                if match:
                    return route, {route.variables[g]: unquote(v) for g, v in match.groupdict().items()}
        bases = ", ".join(repr(base or "/") for base in self.model.base_paths)
        raise _Rejection(404, f"no documented path matches {raw_path!r} (base path {bases})")

    def _authenticate(self, operation: Operation, request: Request) -> None:
        if not operation.security or any(self._satisfies(r, request) for r in operation.security):
            return
        schemes = [self.model.security_schemes.get(name, {}) for req in operation.security for name in req]
        raise _Rejection(401, "missing or invalid credentials", {"WWW-Authenticate": self._challenge(schemes)})

    def _challenge(self, schemes: list[Mapping[str, Any]]) -> str:
        """A `WWW-Authenticate` value (RFC 9110 requires one on every 401) for the operation's schemes."""
        if not schemes or any(s.get("type") in ("http", "oauth2", "openIdConnect") for s in schemes):
            return "Bearer"
        return ", ".join(f'ApiKey realm="mock", name="{s.get("name")}", in="{s.get("in")}"' for s in schemes)

    def _operation_challenge(self, operation: Operation) -> str:
        security = operation.security
        return self._challenge([self.model.security_schemes.get(name, {}) for req in security for name in req])

    def _satisfies(self, requirement: Mapping[str, Any], request: Request) -> bool:
        """Every scheme of one security requirement carries the mock's token (an empty requirement: anonymous)."""
        return all(self._carries_token(self.model.security_schemes.get(name, {}), request) for name in requirement)

    def _carries_token(self, scheme: Mapping[str, Any], request: Request) -> bool:
        kind = scheme.get("type")
        if kind == "apiKey":
            where = {"header": request.headers, "query": request.query_params, "cookie": request.cookies}
            return where.get(scheme.get("in", ""), {}).get(scheme.get("name", "")) == self.token
        if kind == "http" and str(scheme.get("scheme", "")).lower() != "bearer":
            return False  # basic or digest credentials: the mock has no user to check them against
        auth_type, _, credentials = request.headers.get("authorization", "").partition(" ")
        return auth_type.lower() == "bearer" and credentials.strip() == self.token

    def _validate_parameters(self, operation: Operation, request: Request, variables: dict[str, str]) -> dict[str, Any]:
        """Check every parameter; return the query parameters' values, decoded by their schemas."""
        query = parse_qsl(request.url.query, keep_blank_values=True)
        known = {p.name for p in operation.parameters if p.location == "query"} | self._query_credentials
        unknown = sorted({name for name, _ in query if name not in known})
        if unknown:
            raise _Rejection(self._rejection_status(operation, "query"), f"unknown query parameter(s): {unknown}")
        sources: dict[str, Mapping[str, list[str]]] = {
            "path": {name: [value] for name, value in variables.items()},
            "query": _multi(query),
            "header": _multi([(k.lower(), v) for k, v in request.headers.items()]),
            "cookie": {name: [value] for name, value in request.cookies.items()},
        }
        values = {}
        for parameter in operation.parameters:
            key = parameter.name.lower() if parameter.location == "header" else parameter.name
            raw = sources[parameter.location].get(key)
            if raw is None:
                if parameter.required:
                    where = f"{parameter.location} parameter {parameter.name!r}"
                    raise _Rejection(self._rejection_status(operation, parameter.location), f"missing {where}")
                continue
            value = self._validate_parameter(operation, parameter, raw)
            if parameter.location == "query":
                values[parameter.name] = value
        return values

    def _validate_parameter(self, operation: Operation, parameter: Parameter, raw: list[str]) -> Any:
        where = f"{parameter.location} parameter {parameter.name!r}"
        status = self._rejection_status(operation, parameter.location)
        if parameter.schema_pointer is None:
            return raw[0] if len(raw) == 1 else raw
        types = self._schemas.types(parameter.schema_pointer)
        if "array" in types:
            items = raw if parameter.explode else [item for value in raw for item in value.split(",")]
            item_types = self._schemas.item_types(parameter.schema_pointer)
            value: Any = [decode_parameter(item, item_types) for item in items]
        elif len(raw) > 1:
            raise _Rejection(status, f"{where} is repeated but takes one value")
        else:
            value = decode_parameter(raw[0], types)
        error = self._schemas.error(parameter.schema_pointer, value)
        if error is not None:
            raise _Rejection(status, f"{where}: {error}")
        return value

    async def _validate_body(self, operation: Operation, request: Request) -> Any:
        """Check the request body against its documented schema; return it parsed (JSON), else None."""
        body = await self._read_body(request)
        declared = operation.request_body
        status = self._rejection_status(operation, "body")
        if declared is None or not body:
            if declared is not None and declared.required:
                raise _Rejection(status, "missing request body")
            return None
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type not in declared.schemas:
            raise _Rejection(415, f"undocumented request media type {media_type!r}")
        pointer = declared.schemas[media_type]
        if pointer is None or not (media_type == "application/json" or media_type.endswith("+json")):
            return None
        try:
            value = json.loads(body)
        except RecursionError:
            raise _Rejection(status, f"request body nests deeper than {MAX_BODY_DEPTH} levels") from None
        except ValueError as exc:
            raise _Rejection(status, f"request body is not JSON: {exc}") from None
        unfit = _unfit_json(value)  # before validation, which recurses, and before anything is stored
        if unfit is not None:
            raise _Rejection(status, f"request body {unfit}")
        error = self._schemas.error(pointer, value)
        if error is not None:
            raise _Rejection(status, f"request body: {error}")
        return value

    async def _read_body(self, request: Request) -> bytes:
        """The request body, refused when larger than `max_body_bytes` (413) or slower than `body_timeout` (408):
        both answers close the connection, since the rest of the body would otherwise be read as a new request."""
        close = {"Connection": "close"}
        too_large = f"request body larger than {self.max_body_bytes} bytes (the mock's limit)"
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            raise _Rejection(413, too_large, close, mock_usage=True)
        chunks: list[bytes] = []
        size = 0

        async def read() -> None:
            nonlocal size
            async for chunk in request.stream():
                size += len(chunk)
                if size > self.max_body_bytes:
                    raise _Rejection(413, too_large, close, mock_usage=True)
                chunks.append(chunk)

        try:
            await asyncio.wait_for(read(), self.body_timeout)
        except TimeoutError:
            detail = f"the request body did not arrive within {self.body_timeout:g} s"
            raise _Rejection(408, detail, close, mock_usage=True) from None
        return b"".join(chunks)

    @staticmethod
    def _rejection_status(operation: Operation, location: str) -> int:
        """The documented status for invalid input: 404 first for path values, then 400, then 422; else 400."""
        preferred = (404, 400, 422) if location == "path" else (400, 422)
        return next((status for status in preferred if operation.documents(status)), 400)

    def _answer(self, call: _Call) -> Response:
        operation, preferences, rng = call.operation, call.preferences, call.rng
        hint = self._hints.get(operation.label)
        if self.stateful and hint is not None and preferences == Preferences():
            return self._stateful_answer(call, hint)
        status = preferences.code or operation.success_status()
        response = operation.response_for(status)
        if response is None:
            documented = ", ".join(operation.responses)
            detail = f"Prefer: code={status} is not documented for {operation.label} ({documented})"
            raise _Rejection(400, detail, mock_usage=True)
        if preferences.example is not None and preferences.example not in response.examples:
            known = ", ".join(response.examples) or "none"
            detail = f"Prefer: example={preferences.example!r} is not documented (known: {known})"
            raise _Rejection(400, detail, mock_usage=True)
        paging = self._paging.get(operation.label)
        plain = preferences.example is None and not preferences.dynamic and status == operation.success_status()
        if paging is not None and plain and response.has_json_body:
            return self._page(call, paging, response, self._data_set(operation, paging.items))
        answer = self._documented_response(status, response, preferences, rng)
        if status == 401:
            answer.headers.setdefault("WWW-Authenticate", self._operation_challenge(operation))
        return answer

    def _documented_response(
        self, status: int, response: ResponseSpec, preferences: Preferences, rng: random.Random
    ) -> Response:
        headers = self._response_headers(response, rng)
        if response.media_type is None or status in _NO_BODY_STATUSES:
            return Response(status_code=status, headers=headers)
        if preferences.example is not None:
            body = response.examples[preferences.example]
        elif response.examples and not preferences.dynamic:
            body = next(iter(response.examples.values()))
        else:
            body = self._generate(response.schema_pointer, rng)
        if response.has_json_body or not isinstance(body, str):
            content = json.dumps(body, ensure_ascii=False).encode()
        else:
            content = body.encode()
        return Response(content, status_code=status, headers=headers, media_type=response.media_type)

    def _json_response(self, status: int, response: ResponseSpec, body: Any, rng: random.Random) -> Response:
        headers = self._response_headers(response, rng)
        if response.media_type is None or status in _NO_BODY_STATUSES:
            return Response(status_code=status, headers=headers)
        content = json.dumps(body, ensure_ascii=False).encode()
        return Response(content, status_code=status, headers=headers, media_type=response.media_type)

    def _template(self, response: ResponseSpec, rng: random.Random) -> Any:
        """A copy of the response's first example, else a body generated from its schema."""
        if response.examples:
            return copy.deepcopy(next(iter(response.examples.values())))
        return self._generate(response.schema_pointer, rng)

    # Paging

    def _page(self, call: _Call, paging: Paging, response: ResponseSpec, items: list[Any]) -> Response:
        operation = call.operation
        default_size = DEFAULT_PAGE_SIZE
        size_parameter = operation.parameter(paging.size_param or "", "query")
        if size_parameter is not None and size_parameter.schema_pointer is not None:
            declared = self._schemas.resolve(size_parameter.schema_pointer).get("default")
            default_size = declared if isinstance(declared, int) and not isinstance(declared, bool) else default_size
        template = self._template(response, call.rng)
        page = paging.page(items, template, call.query, call.url, default_size)
        answer = self._json_response(operation.success_status(), response, page.body, call.rng)
        if paging.style == "link-header" and "link" in answer.headers:
            del answer.headers["link"]  # the documented example's Link names no real page
        answer.headers.update(page.headers)
        return answer

    def _data_set(self, operation: Operation, items_path: str) -> list[Any]:
        """The items a list pages over: its example's items, then distinct items generated from the item schema up
        to `collection_size`, all drawn from the seed (without a usable item schema: the example's items only)."""
        cache_key = (operation.label, items_path)
        if cache_key not in self._data_sets:
            response = operation.response_for(operation.success_status())
            items: list[Any] = []
            if response is not None and response.has_json_body:
                rng = random.Random(f"{self.seed}|data set|{operation.label}")
                shown = get_path(next(iter(response.examples.values()), None), items_path)
                items = [copy.deepcopy(item) for item in shown] if isinstance(shown, list) else []
                pointer = self._schemas.items_pointer(self._schemas.pointer_at(response.schema_pointer, items_path))
                # Distinct items only (a schema that requires nothing gives `{}` again and again), in bounded draws.
                draws = 3 * self.collection_size
                try:
                    while pointer is not None and len(items) < self.collection_size and draws > 0:
                        draws -= 1
                        item = self._generate(pointer, rng)
                        if item not in items:
                            items.append(item)
                except GenerationError:
                    pass  # e.g. a pattern without examples: page over what the examples show
            self._data_sets[cache_key] = items
        return self._data_sets[cache_key]

    # Stateful mode (see _state)

    def _fill_store(self, operations: list[Operation]) -> None:
        """What the examples show, stored: each list's data set and each read's example under its key."""
        for operation in operations:
            hint = self._hints.get(operation.label)
            if hint is None or hint.role not in ("list", "read"):
                continue
            collection = self.store.of(hint.resource)
            id_field = self._id_fields.get(hint.resource)
            if hint.role == "list":
                paging = self._paging.get(operation.label)
                for index, shown_item in enumerate(self._data_set(operation, paging.items if paging else hint.at)):
                    item = copy.deepcopy(shown_item)  # the data set stays as generated: a reset starts over
                    key = key_of(item, id_field)
                    if id_field is None:
                        key = f"item-{index}"
                    elif key is None or key in collection or not _is_path_segment(key):
                        # A generated item may repeat an example's id, or have one no URL can carry ("", "..",
                        # "a/b"): give it its own, so a client can read back every item a list shows.
                        shown = get_path(item, id_field)
                        key = self._new_key(hint.resource, key if key and _is_path_segment(key) else None)
                        write_key(item, id_field, _typed_key(shown, key))
                    self.store.add(hint.resource, key, item)
                continue
            response = operation.response_for(operation.success_status())
            parameter = operation.parameter(hint.key or "", "path")
            if response is None or not response.examples or parameter is None or not parameter.examples:
                continue
            shown = get_path(next(iter(response.examples.values())), hint.at)
            if shown is not None and str(parameter.examples[0]) not in collection:
                self.store.add(hint.resource, str(parameter.examples[0]), copy.deepcopy(shown))

    def _stateful_answer(self, call: _Call, hint: StateHint) -> Response:
        operation, rng = call.operation, call.rng
        status = operation.success_status()
        response = operation.response_for(status)
        if response is None:
            raise _Rejection(500, f"{operation.label} documents no success response", mock_usage=True)
        collection = self.store.of(hint.resource)
        id_field = self._id_fields.get(hint.resource)
        key = call.variables.get(hint.key or "", "")  # keyed roles only: their key is a (validated) path parameter
        keyed_reads_and_writes = ("read", "view", "update", "delete")
        must_exist = hint.role in keyed_reads_and_writes or (hint.role == "action" and hint.set is not None)
        if must_exist and key not in collection:
            raise _Rejection(404, f"no {hint.resource} {key!r} (stateful mock)")
        unmet = hint.unmet(collection[key]) if key in collection and hint.requires else None
        if unmet is not None:
            status_code = next((code for code in (409, 400, 422) if operation.documents(code)), 409)
            raise _Rejection(status_code, f"{unmet} (stateful mock)")
        object_pointer = self._schemas.pointer_at(response.schema_pointer, hint.at)

        def fits(candidate: Any) -> bool:
            return object_pointer is None or self._schemas.error(object_pointer, candidate) is None

        writable = self._writable(operation, hint.resource, object_pointer)

        if hint.role == "list":
            paging = self._paging.get(operation.label)
            items = list(collection.values())
            if paging is not None and response.has_json_body:
                return self._page(call, paging, response, items)
            return self._object_response(status, response, hint.at, items, rng)
        if hint.role == "read":
            return self._object_response(status, response, hint.at, collection[key], rng)
        if hint.role == "view":
            return self._documented_response(status, response, Preferences(), rng)
        if hint.role == "delete":
            del collection[key]
            return self._documented_response(status, response, Preferences(), rng)
        if hint.role == "create":
            template = get_path(self._template(response, rng), hint.at)
            # The new key is shaped like the example's, never like a key the request body sent (it may be "").
            shown_key = get_path(template, id_field) if id_field else None
            key = self._new_key(hint.resource, key_of(template, id_field))
            obj = merge_fields(template, call.body, fits, writable)
            self.store.add(hint.resource, key, write_key(obj, id_field, _typed_key(shown_key, key)))
            return self._object_response(status, response, hint.at, obj, rng)
        if hint.role in ("update", "replace"):
            base = collection.get(key)
            if base is None:  # replace (PUT) creates
                base = write_key(get_path(self._template(response, rng), hint.at), id_field, key)
            obj = merge_fields(copy.deepcopy(base), call.body, fits, writable)
            if id_field and get_path(base, id_field) is not None:  # the key never changes, whatever the body says
                write_key(obj, id_field, copy.deepcopy(get_path(base, id_field)))
            self.store.add(hint.resource, key, obj)
            return self._object_response(status, response, hint.at, obj, rng)
        if hint.set is not None:  # an action
            obj = collection[key]
            for name, value in hint.set.items():
                set_path(obj, name, copy.deepcopy(value))
            if fits(obj) and response.has_json_body:
                return self._object_response(status, response, hint.at, obj, rng)
            return self._documented_response(status, response, Preferences(), rng)
        body = self._template(response, rng)
        shown = get_path(body, hint.at)
        if id_field and key_of(shown, id_field) is not None:
            write_key(shown, id_field, _typed_key(get_path(shown, id_field), key))
        self.store.add(hint.resource, key, copy.deepcopy(shown))
        return self._json_response(status, response, body, rng)

    def _writable(self, operation: Operation, resource: str, object_pointer: str | None) -> Callable[[str], bool]:
        """Which top-level fields of the request body may change the stored object (see `_state`)."""
        body = operation.request_body
        pointers = body.schemas.items() if body is not None else []
        body_pointer = next(
            (p for media, p in pointers if media == "application/json" or media.endswith("+json")), None
        )
        declared = self._schemas.declared_properties(body_pointer) if body_pointer else None
        managed = self._managed.get(resource, frozenset())

        def writable(name: str) -> bool:
            if name in managed or (declared is not None and name not in declared):
                return False
            return not self._schemas.is_read_only(object_pointer, name)

        return writable

    def _object_response(self, status: int, response: ResponseSpec, at: str, obj: Any, rng: random.Random) -> Response:
        body = set_path(self._template(response, rng) if at not in ("$", "") else None, at, copy.deepcopy(obj))
        return self._json_response(status, response, body, rng)

    def _new_key(self, resource: str, shown: str | None) -> str:
        """A key not in use, shaped like the example's (`shown`), drawn from the seed and the creation count."""
        self.store.created += 1
        rng = random.Random(f"{self.seed}|create|{resource}|{self.store.created}")
        collection = self.store.of(resource)
        for _ in range(_NEW_KEY_ATTEMPTS):
            key = str(same_shape(shown, rng)) if shown else str(uuid.UUID(int=rng.getrandbits(128), version=4))
            if key not in collection:
                return key
        raise GenerationError(f"no unused key for a new {resource} in {_NEW_KEY_ATTEMPTS} draws")

    def _response_headers(self, response: ResponseSpec, rng: random.Random) -> dict[str, str]:
        headers = {}
        for header in response.headers:
            if header.examples:
                value = header.examples[0]
            elif header.required:
                value = self._generate(header.schema_pointer, rng)
            else:
                continue
            headers[header.name] = value if isinstance(value, str) else json.dumps(value)
        return headers

    def _generate(self, pointer: str | None, rng: random.Random) -> Any:
        """A value valid against the schema at `pointer`, drawn from `rng` and checked by the validator."""
        if pointer is None:
            return None
        sampler = Sampler(self.spec, rng)
        errors = []
        for _ in range(_GENERATION_ATTEMPTS):
            value = sampler.draw(pointer)
            error = self._schemas.error(pointer, value)
            if error is None:
                return value
            errors.append(error)
        raise GenerationError(f"no valid value for #{pointer} in {_GENERATION_ATTEMPTS} draws; last: {errors[-1]}")

    def _rejection_response(self, operation: Operation | None, rejection: _Rejection, rng: random.Random) -> Response:
        """The documented error response when the spec has one (its example or a generated body), else a problem."""
        documented = None
        if operation is not None and not rejection.mock_usage:
            documented = operation.response_for(rejection.status)
        if documented is not None and documented.media_type is not None:
            try:
                response = self._documented_response(rejection.status, documented, Preferences(), rng)
            except GenerationError:
                pass
            else:
                response.headers.update(rejection.headers)
                return response
        return _problem(rejection.status, rejection.detail, rejection.headers)


def _unfit_json(value: Any) -> str | None:
    """Why a parsed JSON body cannot be handled (nested deeper than `MAX_BODY_DEPTH`, or a string holding a lone
    surrogate, which no response could encode as UTF-8), or None. Iterative: deep input must not recurse."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list) and depth > MAX_BODY_DEPTH:
            return f"nests deeper than {MAX_BODY_DEPTH} levels"
        if isinstance(item, dict):
            stack.extend((part, depth + 1) for pair in item.items() for part in pair)
        elif isinstance(item, list):
            stack.extend((part, depth + 1) for part in item)
        elif isinstance(item, str) and (match := _LONE_SURROGATE.search(item)):
            return f"holds a lone surrogate ({match.group()!a}), which is not Unicode text"
    return None


def _is_path_segment(key: str) -> bool:
    """Whether `key` can name the object in a URL path (clients normalise "." and ".." away)."""
    return key not in ("", ".", "..") and "/" not in key


def _typed_key(shown: Any, key: str) -> Any:
    """The key as the id field holds it: an integer when the example's id is one."""
    numeric = isinstance(shown, int) and not isinstance(shown, bool)
    return int(key) if numeric and re.fullmatch(r"-?[0-9]{1,18}", key) else key


def _without_body(response: Response) -> Response:
    """The answer to HEAD: the GET answer's status and headers (Content-Length included), no body."""
    headers = dict(response.headers)
    return Response(status_code=response.status_code, headers=headers)


def _multi(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for name, value in pairs:
        grouped.setdefault(name, []).append(value)
    return grouped


def _problem(status: int, detail: str, headers: Mapping[str, str]) -> Response:
    """An RFC 9457 problem body, for rejections the spec documents without a body (or does not document)."""
    body = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status, "detail": detail}
    return Response(json.dumps(body), status_code=status, headers=dict(headers), media_type=_PROBLEM_JSON)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
