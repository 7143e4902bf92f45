"""The spec the mock serves: the API's spec (overlays applied) plus what the mock itself answers.

The vendors' specs are faithful to the vendors, so they do not document the mock's own rejections: a 400 for an
unknown query parameter or an invalid value where an operation documents neither 400 nor 422, a 401 where it
documents no 401, a 415 for an undocumented request media type (a 413 for a body over its limit, a 408 for one
too slow), a 404 (stateful mode) for an unknown key, a 409
when a stored object's state refuses a write. Tools that read a spec to judge a server (the stock
`schemathesis run`, Prism's proxy, a browser team's generated client) then call those answers undocumented.

`documented_spec(spec)` is that spec with each such answer added where the operation documents neither the status
nor its range: a response with the mock's RFC 9457 problem body (`application/problem+json`), marked
`x-mock: true`. It is a pure function of the spec (an overlay the workflow applies last, in code: its targets
depend on what each operation already documents). The mock is still built from the spec itself, so what it
answers does not change; `sessions-mock spec NAME` prints the served document, which the bundle's tests run the
stock schemathesis CLI against.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any

from ._spec import HTTP_METHODS, follow_refs
from ._state import KEYED_ROLES

__all__ = ["PROBLEM_SCHEMA", "documented_spec", "schemathesis_config"]

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "RFC 9457 problem details: the mock's own answer to a request it refuses.",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
    },
}
_WHY = {
    "400": "The mock refuses the request: an unknown query parameter, a missing or invalid parameter or body.",
    "401": "The mock refuses the request: missing or invalid credentials.",
    "404": "The stateful mock holds no object under this key.",
    "409": "The stateful mock refuses the write: the stored object's state does not allow it.",
    "415": "The mock refuses the request body's media type.",
    "408": "The mock stopped waiting for the request body (its body timeout).",
    "413": "The mock refuses a request body larger than its limit.",
}


def documented_spec(spec: Mapping[str, Any]) -> dict[str, Any]:
    """`spec` (not changed) with every answer of the mock that an operation leaves undocumented added to it."""
    served = copy.deepcopy(dict(spec))
    for item in (served.get("paths") or {}).values():
        item, _ = follow_refs(served, item, "")
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, dict):
                _document(served, operation)
    info = served.setdefault("info", {})
    info["x-mock"] = "sessions-clients-mock: the mock's own answers are documented (responses with x-mock: true)"
    return served


def _document(spec: Mapping[str, Any], operation: dict[str, Any]) -> None:
    responses = operation.setdefault("responses", {})
    documented = {str(key).upper() for key in responses}
    if "DEFAULT" in documented:  # the mock answers any rejection with the `default` response: documented
        return

    def covered(*statuses: str) -> bool:
        return any(status in documented or f"{status[0]}XX" in documented for status in statuses)

    hint = operation.get("x-state") or {}
    added = []
    if not covered("400", "422"):  # every operation: an unknown query parameter is refused
        added.append("400")
    if operation.get("security", spec.get("security")) and not covered("401"):
        added.append("401")
    if "requestBody" in operation:  # a body of another media type, too large, or too slow
        added += [status for status in ("415", "413", "408") if not covered(status)]
    if hint.get("role") in KEYED_ROLES and not covered("404"):
        added.append("404")
    if hint.get("requires") and not covered("409", "400", "422"):
        added.append("409")
    for status in added:
        responses[status] = {
            "description": _WHY[status],
            "x-mock": True,
            "content": {"application/problem+json": {"schema": copy.deepcopy(PROBLEM_SCHEMA)}},
        }


# schemathesis' "valid data accepted" check (ST202) wants 2XX, 401, 403, 404, 409 or 429 for a valid request.
_ACCEPTANCE = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]


def schemathesis_config(spec: Mapping[str, Any], *, token_variable: str | None = None) -> str:
    """A `schemathesis.toml` for the stock CLI against the mock (or any server) of `spec`.

    Two facts the spec cannot tell schemathesis: the bearer token (read from `token_variable` when given,
    schemathesis' own `${NAME}` placeholder, so it is never written down), and writes that a stored object's state
    refuses (`x-state.requires`, Emogg's "400 while a session is active"): a valid request the vendor documents a
    rejection for, so for those operations the refusal statuses they document count as accepted, as
    tests/contract's stateful phase does.
    """
    lines = ["# For `schemathesis --config-file THIS run SPEC --url BASE_URL`; written by sessions-mock.\n"]
    if token_variable:
        lines.append(f'headers = {{ Authorization = "Bearer ${{{token_variable}}}" }}\n')
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if not isinstance(operation, Mapping) or not (operation.get("x-state") or {}).get("requires"):
                continue
            documented = {str(key) for key in operation.get("responses") or {}}
            refusals = [status for status in ("400", "409", "422") if status in documented]
            statuses = sorted(set(_ACCEPTANCE) | set(refusals))
            lines.append("\n[[operations]]\n")
            lines.append(f"include-method = {json.dumps(method.upper())}\n")
            lines.append(f"include-path = {json.dumps(path)}\n")
            lines.append(f"checks.positive_data_acceptance.expected-statuses = {json.dumps(statuses)}\n")
    return "".join(lines)
