"""The mock as an ASGI application: route, authenticate, validate, then answer from the spec."""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, unquote

from jsonschema.exceptions import SchemaError
from referencing.exceptions import Unresolvable
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from scripts.errors import InputError
from scripts.mock._generate import GenerationError, Sampler
from scripts.mock._schemas import SchemaStore, decode_parameter
from scripts.mock._spec import ApiModel, Operation, Parameter, ResponseSpec, Route, parse_spec

__all__ = ["DEFAULT_TOKEN", "MockApp", "Preferences", "create_app", "parse_prefer"]

DEFAULT_TOKEN = "sessions-clients-mock-token"
_PROBLEM_JSON = "application/problem+json"
_GENERATION_ATTEMPTS = 20


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
    if code is not None and not (code.isdigit() and 100 <= int(code) <= 599):
        raise _Rejection(400, f"Prefer: code={code!r} is not an HTTP status code", mock_usage=True)
    dynamic = found.get("dynamic", "false").lower()
    if dynamic not in ("true", "false"):
        raise _Rejection(400, f"Prefer: dynamic={dynamic!r} must be true or false", mock_usage=True)
    return Preferences(int(code) if code else None, found.get("example") or None, dynamic == "true")


def create_app(spec: Mapping[str, Any], *, token: str = DEFAULT_TOKEN, seed: int = 0) -> MockApp:
    """An ASGI app serving `spec` (a plain JSON-like OpenAPI 3.1 document); see the package docstring."""
    return MockApp(spec, token=token, seed=seed)


class MockApp:
    def __init__(self, spec: Mapping[str, Any], *, token: str, seed: int) -> None:
        self.spec = spec
        self.token = token
        self.seed = seed
        self.model: ApiModel = parse_spec(spec)
        self._schemas = SchemaStore(spec)
        self._check_schemas()
        # API keys sent in the query are credentials, not unknown parameters.
        self._query_credentials = {
            str(scheme.get("name"))
            for scheme in self.model.security_schemes.values()
            if scheme.get("type") == "apiKey" and scheme.get("in") == "query"
        }

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
        try:
            route, variables = self._route(raw_path)
            operation = route.operations.get(request.method)
            if operation is None:
                raise _Rejection(405, f"{request.method} is not documented here", {"Allow": route.allowed_methods})
            self._authenticate(operation, request)
            self._validate_parameters(operation, request, variables)
            await self._validate_body(operation, request)
            preferences = parse_prefer(request.headers.getlist("prefer"))
            return self._answer(operation, preferences, rng)
        except _Rejection as rejection:
            return self._rejection_response(operation, rejection, rng)
        except GenerationError as exc:
            return _problem(500, f"the mock cannot generate this response: {exc}", {})

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
        bearer = any(s.get("type") in ("http", "oauth2", "openIdConnect") for s in schemes)
        raise _Rejection(401, "missing or invalid credentials", {"WWW-Authenticate": "Bearer"} if bearer else None)

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

    def _validate_parameters(self, operation: Operation, request: Request, variables: dict[str, str]) -> None:
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
        for parameter in operation.parameters:
            key = parameter.name.lower() if parameter.location == "header" else parameter.name
            raw = sources[parameter.location].get(key)
            if raw is None:
                if parameter.required:
                    where = f"{parameter.location} parameter {parameter.name!r}"
                    raise _Rejection(self._rejection_status(operation, parameter.location), f"missing {where}")
                continue
            self._validate_parameter(operation, parameter, raw)

    def _validate_parameter(self, operation: Operation, parameter: Parameter, raw: list[str]) -> None:
        where = f"{parameter.location} parameter {parameter.name!r}"
        status = self._rejection_status(operation, parameter.location)
        if parameter.schema_pointer is None:
            return
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

    async def _validate_body(self, operation: Operation, request: Request) -> None:
        body = await request.body()
        declared = operation.request_body
        status = self._rejection_status(operation, "body")
        if declared is None or not body:
            if declared is not None and declared.required:
                raise _Rejection(status, "missing request body")
            return
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type not in declared.schemas:
            raise _Rejection(415, f"undocumented request media type {media_type!r}")
        pointer = declared.schemas[media_type]
        if pointer is None or not (media_type == "application/json" or media_type.endswith("+json")):
            return
        try:
            value = json.loads(body)
        except ValueError as exc:
            raise _Rejection(status, f"request body is not JSON: {exc}") from None
        error = self._schemas.error(pointer, value)
        if error is not None:
            raise _Rejection(status, f"request body: {error}")

    @staticmethod
    def _rejection_status(operation: Operation, location: str) -> int:
        """The documented status for invalid input: 404 first for path values, then 400, then 422; else 400."""
        preferred = (404, 400, 422) if location == "path" else (400, 422)
        return next((status for status in preferred if operation.documents(status)), 400)

    def _answer(self, operation: Operation, preferences: Preferences, rng: random.Random) -> Response:
        status = preferences.code or _success_status(operation)
        response = operation.response_for(status)
        if response is None:
            documented = ", ".join(operation.responses)
            detail = f"Prefer: code={status} is not documented for {operation.label} ({documented})"
            raise _Rejection(400, detail, mock_usage=True)
        if preferences.example is not None and preferences.example not in response.examples:
            known = ", ".join(response.examples) or "none"
            detail = f"Prefer: example={preferences.example!r} is not documented (known: {known})"
            raise _Rejection(400, detail, mock_usage=True)
        return self._documented_response(status, response, preferences, rng)

    def _documented_response(
        self, status: int, response: ResponseSpec, preferences: Preferences, rng: random.Random
    ) -> Response:
        headers = self._response_headers(response, rng)
        if response.media_type is None:
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


def _success_status(operation: Operation) -> int:
    """The lowest documented 2XX status (a "2XX" range answers 200); 200 when none is documented."""
    codes = sorted(int(key) for key in operation.responses if key.isdigit() and key.startswith("2"))
    return codes[0] if codes else 200


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
