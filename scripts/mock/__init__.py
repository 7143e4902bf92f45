"""A mock server built from any OpenAPI 3.1 spec: an ASGI app for tests, served on loopback for other teams.

`create_app(spec, token=..., seed=...)` takes a plain JSON-like spec (`scripts.sources.resolved_spec(name)`,
i.e. after overlays) and answers every request in this order:

1. Route. The request path must start with the path of a server URL (`https://api.example.com/kappa/v1`
   serves `/kappa/v1/...`; variables take their defaults) and match a documented path, literal segments
   before templated ones. No match: **404**. A documented path without the method: **405** with an
   `Allow` header listing the documented methods.
2. Authenticate. The operation's `security` (or the spec's) must be met: a bearer scheme (`http` bearer,
   `oauth2`, `openIdConnect`) wants `Authorization: Bearer <token>`, an `apiKey` scheme the token in its
   header, query parameter or cookie. Missing or wrong: **401** with `WWW-Authenticate: Bearer`.
3. Validate, with jsonschema (Draft 2020-12, `$ref`s resolved against the whole spec, formats asserted):
   path, query, header and cookie parameters after decoding their strings by the schema's types (form
   style for query arrays, exploded or comma-separated), required parameters, query parameters the
   operation does not declare, and JSON request bodies. Invalid: the first status the operation documents
   among 404, 400, 422 for a path value (among 400, 422 otherwise); when it documents none of them, **400**.
4. Answer with the lowest documented 2XX response and its first example (204 and 304 never carry a body;
   HEAD gets the GET answer without its body). A `Prefer` header (Prism's syntax) chooses otherwise:
   `code=404` another documented status, `example=NAME` a named example, `dynamic=true` a body generated
   valid against the response schema. Response headers are sent when they have an example (or are
   required: then generated). Every 401 carries `WWW-Authenticate`.
5. Lists with an `x-pagination` hint answer real pages of a data set (see `_paging`); with `stateful=True`,
   operations with an `x-state` hint read and change a store instead of answering examples (see `_state`).
   Both hints are checked at start-up in every mode.

Error bodies: a rejection whose status the operation documents with a body gets that body (its first
example, else a generated one). A rejection documented without a body, or not documented, gets a small
RFC 9457 problem body (`application/problem+json`: type, title, status, detail), so a human sees why.
A misused `Prefer` (undocumented code, unknown example) is a 400 problem too.

Deterministic: generated values come from a `random.Random` seeded with the app's seed and the request's
method, path and query, so a given request gets the same answer whatever came before it.

For in-process use with a sync httpx client (e.g. a generated client), `SyncASGITransport(app)` is the
transport; `scripts.mock.serve` serves the app on loopback.

The same modules are the `sessions-clients-mock` distribution (mock/; its build maps them into
`sessions_mock._core`), so they import each other and `..errors` relatively and never the repository by name
(tests/test_mock_served.py keeps it so); `serve.py` and `bundle.py`, which read clients.toml, stay out. Serving
(socket, uvicorn, CORS, banner) is `_serving`, the shared command line `_cli`, the spec the mock serves (its own
answers documented) `_documented`, the validating proxy `proxy`.

Unlike Prism (npm, the reference mock), this mock checks the bearer token's value, rejects unknown query
parameters, honours the server URL's base path and sends `Allow` with 405.
"""

from __future__ import annotations

from ._app import DEFAULT_COLLECTION_SIZE, DEFAULT_TOKEN, MockApp, Preferences, create_app, parse_prefer
from ._generate import GenerationError, Sampler
from ._schemas import FORMAT_CHECKER, SchemaStore
from ._transport import SyncASGITransport

__all__ = [
    "DEFAULT_COLLECTION_SIZE",
    "DEFAULT_TOKEN",
    "FORMAT_CHECKER",
    "GenerationError",
    "MockApp",
    "Preferences",
    "Sampler",
    "SchemaStore",
    "SyncASGITransport",
    "create_app",
    "parse_prefer",
]
