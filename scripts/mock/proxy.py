"""A validating proxy: forwards every request to a real base URL and reports what breaks the spec.

`ValidatingProxy(spec, upstream)` is an ASGI app. A client aimed at it (base URL: the proxy's origin plus the
spec's base path, as for the mock) gets the upstream's answers unchanged; each exchange is checked meanwhile:

- the request, as the mock checks it: a documented path and method, credentials present where the operation
  requires them (their value is the upstream's business), parameters (unknown query parameters included) and a
  JSON body valid against their schemas, a documented request media type;
- the response: a documented status (its code, its range or `default`), a documented media type, a JSON body
  valid against the documented schema, the documented required headers present.

Each exchange that breaks the spec becomes one JSON line (`report`), and `summary()` (printed when the server
stops) counts the exchanges and the violations per operation: Prism's `proxy --errors`, as machine-readable
lines. Nothing that authenticates is kept: headers are forwarded, never recorded; a query parameter that carries
an API key is shown as `[filtered]`; cookies the upstream sets are passed to the client, not kept by the proxy.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from http.cookiejar import Cookie, CookieJar
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ._app import MockApp, _Rejection
from ._spec import Operation

__all__ = ["FILTERED", "ValidatingProxy", "json_lines_to"]

FILTERED = "[filtered]"
_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
}
# httpx hands over the decoded body: the upstream's encoding and length no longer describe it.
_RESPONSE_DROPPED = _HOP_BY_HOP | {"content-encoding"}
_TIMEOUT = 30.0


class _NoCookies(CookieJar):
    """A cookie jar that keeps nothing: the upstream's session cookies reach the client only."""

    def set_cookie(self, cookie: Cookie) -> None:
        return None

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None


def json_lines_to(stream: Any) -> Callable[[dict[str, Any]], None]:
    """A report sink writing each exchange as one JSON line to `stream` (flushed: a reader follows live)."""

    def write(entry: dict[str, Any]) -> None:
        stream.write(json.dumps(entry, sort_keys=True) + "\n")
        stream.flush()

    return write


class ValidatingProxy:
    def __init__(
        self,
        spec: Mapping[str, Any],
        upstream: str,
        *,
        report: Callable[[dict[str, Any]], None] | None = None,
        report_all: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
        on_shutdown: Callable[[str], None] | None = None,
    ) -> None:
        # The mock's router and validators, never its answers (and never its token: `_credentials_present`).
        self._spec = MockApp(spec, token="", seed=0)
        self.upstream = upstream.rstrip("/")
        self._report = report or json_lines_to(sys.stdout)
        self._report_all = report_all
        self._transport = transport
        self._on_shutdown = on_shutdown
        self._client: httpx.AsyncClient | None = None
        self.exchanges = 0
        self.broken: Counter[str] = Counter()  # operation label (or the path) -> exchanges that broke the spec
        self.violations: Counter[str] = Counter()  # "request" / "response" -> violations
        self._query_credentials = {
            str(scheme.get("name"))
            for scheme in self._spec.model.security_schemes.values()
            if scheme.get("type") == "apiKey" and scheme.get("in") == "query"
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        response = await self.exchange(Request(scope, receive))
        await response(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.aclose()
                if self._on_shutdown is not None:
                    self._on_shutdown(self.summary())
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                transport=self._transport, timeout=_TIMEOUT, cookies=_NoCookies(), follow_redirects=False
            )
        return self._client

    async def exchange(self, request: Request) -> Response:
        """Forward `request`, check both sides, report, and answer with what the upstream answered."""
        raw_path = (request.scope.get("raw_path") or request.scope["path"].encode()).decode("latin-1")
        body = await request.body()
        operation, rest, problems = await self._check_request(request, raw_path)
        violations = [{"in": "request", "message": message} for message in problems]
        url = self.upstream + rest + (f"?{request.url.query}" if request.url.query else "")
        headers = [(k, v) for k, v in request.headers.items() if k.lower() not in _HOP_BY_HOP]
        try:
            upstream = await self._http().request(request.method, url, headers=headers, content=body)
        except httpx.HTTPError as exc:
            violations.append({"in": "upstream", "message": f"{type(exc).__name__}: {exc}"})
            self._record(request, raw_path, operation, None, violations)
            detail = json.dumps({"title": "Bad Gateway", "status": 502, "detail": f"upstream unreachable: {exc}"})
            return Response(detail, status_code=502, media_type="application/problem+json")
        if operation is not None:
            violations += [{"in": "response", "message": m} for m in self._check_response(operation, upstream)]
        self._record(request, raw_path, operation, upstream.status_code, violations)
        kept = [(k, v) for k, v in upstream.headers.multi_items() if k.lower() not in _RESPONSE_DROPPED]
        answer = Response(upstream.content, status_code=upstream.status_code)
        answer.raw_headers = [*answer.raw_headers, *((k.encode("latin-1"), v.encode("latin-1")) for k, v in kept)]
        return answer

    async def _check_request(self, request: Request, raw_path: str) -> tuple[Operation | None, str, list[str]]:
        """The operation, the path below the spec's base path (what follows the upstream URL), the problems."""
        rest = _below_base(raw_path, self._spec.model.base_paths)
        mock = self._spec
        try:
            route, variables = mock._route(raw_path)
        except _Rejection as rejection:
            return None, rest, [rejection.detail]
        operation = route.operations.get(request.method)
        if operation is None:
            documented = route.allowed_methods
            return None, rest, [f"{request.method} {route.template} is not documented (documented: {documented})"]
        problems = []
        if operation.security and not any(self._credentials_present(r, request) for r in operation.security):
            problems.append("no credentials where the operation requires them")
        try:
            mock._validate_parameters(operation, request, variables)
        except _Rejection as rejection:
            problems.append(rejection.detail)
        try:
            await mock._validate_body(operation, request)
        except _Rejection as rejection:
            problems.append(rejection.detail)
        return operation, rest, problems

    def _credentials_present(self, requirement: Mapping[str, Any], request: Request) -> bool:
        schemes = self._spec.model.security_schemes
        return all(_carries_credentials(schemes.get(name, {}), request) for name in requirement)

    def _check_response(self, operation: Operation, upstream: httpx.Response) -> list[str]:
        status = upstream.status_code
        documented = operation.response_for(status)
        if documented is None:
            return [f"status {status} is not documented for {operation.label} ({', '.join(operation.responses)})"]
        problems = []
        present = {name.lower() for name in upstream.headers}
        problems += [
            f"required header {header.name!r} is missing"
            for header in documented.headers
            if header.required and header.name.lower() not in present
        ]
        if documented.media_type is None or not upstream.content:
            return problems
        media_type = upstream.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != documented.media_type.split(";")[0].strip().lower():
            problems.append(f"media type {media_type or 'none'!r}, documented {documented.media_type!r}")
        elif documented.has_json_body and documented.schema_pointer is not None:
            try:
                value = json.loads(upstream.content)
            except ValueError as exc:
                return [*problems, f"body is not JSON: {exc}"]
            error = self._spec._schemas.error(documented.schema_pointer, value)
            if error is not None:
                problems.append(f"body: {error}")
        return problems

    def _record(
        self,
        request: Request,
        raw_path: str,
        operation: Operation | None,
        status: int | None,
        violations: list[dict[str, str]],
    ) -> None:
        self.exchanges += 1
        label = operation.label if operation is not None else f"{request.method} {raw_path}"
        if violations:
            self.broken[label] += 1
            self.violations.update(v["in"] for v in violations)
        if not violations and not self._report_all:
            return
        entry: dict[str, Any] = {
            "exchange": self.exchanges,
            "method": request.method,
            "path": raw_path,
            "operation": operation.label if operation is not None else None,
            "status": status,
            "violations": violations,
        }
        if request.url.query:
            entry["query"] = self._shown_query(request.url.query)
        self._report(entry)

    def _shown_query(self, query: str) -> str:
        pairs = parse_qsl(query, keep_blank_values=True)
        return urlencode([(k, FILTERED if k in self._query_credentials else v) for k, v in pairs])

    def summary(self) -> str:
        """`proxy: 12 exchanges, 2 broke the spec (1 request and 1 response violation)` and one line per operation."""
        broken = sum(self.broken.values())
        counts = ", ".join(f"{count} {side}" for side, count in sorted(self.violations.items())) or "none"
        lines = [f"proxy: {self.exchanges} exchanges, {broken} broke the spec (violations: {counts})"]
        lines += [f"  {label}: {count} exchange(s) broke the spec" for label, count in sorted(self.broken.items())]
        return "\n".join(lines)


def _below_base(raw_path: str, base_paths: tuple[str, ...]) -> str:
    for base in base_paths:
        if raw_path == base or raw_path.startswith(base + "/"):
            return raw_path[len(base) :]
    return raw_path


def _carries_credentials(scheme: Mapping[str, Any], request: Request) -> bool:
    if scheme.get("type") == "apiKey":
        where = {"header": request.headers, "query": request.query_params, "cookie": request.cookies}
        return bool(where.get(scheme.get("in", ""), {}).get(scheme.get("name", "")))
    return bool(request.headers.get("authorization"))
