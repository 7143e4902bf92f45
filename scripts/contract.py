"""Contract tests: schemathesis checks each spec against the mock (default) or the live API (`--live`).

`nox -s contract -- [NAME ...] [--live] [--max-examples N] [--seed S] [--report junit,har] [--report-dir DIR]
[--report-junit-path FILE] [--report-har-path FILE]` runs scripts/contract_command.py, which runs pytest on
`tests/contract` in a child process; this module is what the tests use. The test modules build one
schemathesis test per API with `server_side_test(name)` and send every generated case through `run_case`,
which counts it and the status it got; `case_count_report()` (printed by the tests' conftest at the end of any
pytest run) lists, per operation, the cases (positive/negative) and the statuses exercised against those the
spec documents, then the cases per second. Reports: JUnit XML (pytest's
`--junitxml`) and a HAR 1.2 cassette of every exchange (credentials filtered), written by the conftest.
Settings reach the test modules through environment variables, because pytest imports them (and so builds
their schemas) before any fixture runs. The APIs named on the command line reach them too
(`SESSIONS_CLIENTS_CONTRACT_APIS`, see `selected_api_names`): only their specs are resolved and only their
schemas and mocks built; the others' tests do not exist in that run, rather than being built and deselected.

Stateful phase: `run_stateful_phase` runs schemathesis' state machine (OpenAPI `links`) against the stateful mock;
tests/contract/test_contract_stateful.py runs it for the fixture API and for every API whose overlays add links.

Mock mode (default): the mock of `scripts.mock` runs in-process (ASGI, no socket); positive and negative
generation, every phase (examples, coverage, fuzzing) and every default check. No Hypothesis example
database: the run is reproducible from its seed, and the database costs about 3x in speed.

Base-URL mode (`NAME --base-url URL`): the same tests against any server of that API (a staging deployment, a
team's own implementation, a running mock); GET and HEAD only unless `--include-writes`, every phase, at most
`--rate-limit` requests (default 10/s), `BASE_URL_MAX_EXAMPLES` per operation; the token from the API's token
variable, else the mock's. The mock-only check (unknown query parameters rejected) is left out.

Live mode: the base URL from the API's base-URL variable (else the spec's first server URL), the token from its
token variable: the names the client reads (`info.x-env` of the overlaid spec, else `<NAME>_TOKEN` and
`<NAME>_BASE_URL`). GET operations only, no coverage phase (its size does not follow
`--max-examples`), a few examples per operation and at most one request per second (`--rate-limit`); writes with
`--include-writes` only. Without the token (or a
path-parameter variable) the API's test is skipped, naming the variable to set.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import hypothesis
import pytest
import schemathesis
from hypothesis.strategies import SearchStrategy
from schemathesis import Case, GenerationMode
from schemathesis.config import SchemathesisConfig
from schemathesis.core.result import Ok
from schemathesis.openapi.checks import UndefinedStatusCode
from schemathesis.schemas import BaseSchema
from schemathesis.specs.openapi.checks import positive_data_acceptance, status_code_conformance

from scripts.contract_command import (
    DEFAULT_RATE_LIMIT,
    ENV_APIS,
    ENV_BASE_URL,
    ENV_HAR,
    ENV_INCLUDE_WRITES,
    ENV_LIVE,
    ENV_MAX_EXAMPLES,
    ENV_RATE_LIMIT,
    ENV_SEED,
    api_identifier,
    api_names,
    build_command,
    main,
)
from scripts.mock import DEFAULT_TOKEN, create_app
from scripts.mock._documented import documented_spec
from scripts.sources import resolved_spec
from scripts.vocabulary import env_names

__all__ = [
    "BASE_URL_MAX_EXAMPLES",
    "ENV_APIS",
    "ENV_BASE_URL",
    "ENV_HAR",
    "ENV_INCLUDE_WRITES",
    "ENV_LIVE",
    "ENV_MAX_EXAMPLES",
    "ENV_RATE_LIMIT",
    "ENV_SEED",
    "LIVE_MAX_EXAMPLES",
    "LIVE_PATH_PARAMETERS",
    "ContractSettings",
    "LiveAccess",
    "api_identifier",
    "api_names",
    "apis_with_links",
    "build_command",
    "case_count_report",
    "contract_schema",
    "har_log",
    "json_values",
    "live_access",
    "main",
    "mock_rejections",
    "run_case",
    "run_stateful_phase",
    "selected_api_names",
    "server_side_test",
    "skip_reason",
    "unknown_query_parameters_rejected",
]

MOCK_MAX_EXAMPLES = 100  # schemathesis' default; all four specs take about 5 s in-process
LIVE_MAX_EXAMPLES = 5
BASE_URL_MAX_EXAMPLES = 20  # a server over the network, at DEFAULT_RATE_LIMIT: about a minute per operation at most
READ_METHODS = ["GET", "HEAD"]
LIVE_RATE_LIMIT = "1/s"
LIVE_TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class LiveAccess:
    """The environment variables of a live run: the token, the base URL, values for path parameters."""

    token: str
    base_url: str | None = None
    path_parameters: Mapping[str, str] = field(default_factory=dict)  # parameter name -> variable name

    @property
    def variables(self) -> list[str]:
        """The variables a live run cannot do without (the base URL has the spec's server as its default)."""
        return [self.token, *self.path_parameters.values()]


# The variables that give a live run the values of path parameters the API's examples cannot supply.
LIVE_PATH_PARAMETERS: dict[str, dict[str, str]] = {
    "cloudflare-realtimekit": {"account_id": "CLOUDFLARE_ACCOUNT_ID", "app_id": "CLOUDFLARE_REALTIMEKIT_APP_ID"},
}


def live_access(name: str, spec: Mapping[str, Any] | None = None) -> LiveAccess:
    """The variables of API `name`: the token and base URL its client reads (`info.x-env`, else the client's
    defaults: one function, `scripts.vocabulary.env_names`, names them for both)."""
    spec = spec if spec is not None else resolved_spec(name)
    names = env_names(name, spec)
    return LiveAccess(token=names.token, base_url=names.base_url, path_parameters=LIVE_PATH_PARAMETERS.get(name, {}))


def mock_rejections(spec: Mapping[str, Any]) -> frozenset[str]:
    """The operations of `spec` whose 400 is the mock's own answer (`METHOD /path`), documented by the workflow.

    The vendors' specs stay faithful, so many document no status for rejecting a request (no 400, 422, 4XX or
    default): the mock then answers an unknown query parameter or an invalid value with 400 and a problem body,
    which `status_code_conformance` would call undocumented. The spec the mock serves documents that answer
    (`scripts.mock._documented.documented_spec`, a response marked `x-mock: true`), so for those operations, and
    only there, a 400 to a negative case is accepted: no list per API to keep by hand, and a new API (a fixture,
    a fifth vendor) needs no edit here. A spec that documents its own rejection gets no tolerance.
    """
    served = documented_spec(spec)
    return frozenset(
        f"{method.upper()} {path}"
        for path, item in (served.get("paths") or {}).items()
        for method, operation in (item.items() if isinstance(item, Mapping) else [])
        if isinstance(operation, Mapping)
        and ((operation.get("responses") or {}).get("400") or {}).get("x-mock") is True
    )


_MOCK_REJECTIONS: dict[tuple[str, int], tuple[Mapping[str, Any], frozenset[str]]] = {}


def _mock_rejections_of(name: str, spec: Mapping[str, Any]) -> frozenset[str]:
    """`mock_rejections(spec)`, worked out once per API and loaded spec (not for every case)."""
    key = (name, id(spec))
    if key not in _MOCK_REJECTIONS:  # the spec is kept with its answer: its id cannot be reused meanwhile
        _MOCK_REJECTIONS[key] = (spec, mock_rejections(spec))
    return _MOCK_REJECTIONS[key][1]


@dataclass(frozen=True)
class ContractSettings:
    live: bool = False
    max_examples: int = MOCK_MAX_EXAMPLES
    seed: int = 0
    base_url: str | None = None  # `--base-url`: any server of the API, instead of the in-process mock
    include_writes: bool = False  # remote runs (live, base URL): also PUT, POST, PATCH, DELETE
    rate_limit: str | None = None  # remote runs: schemathesis' "N/s"

    @property
    def remote(self) -> bool:
        """Requests go over the network (live or a base URL), not to the in-process mock."""
        return self.live or self.base_url is not None

    @classmethod
    def from_environment(cls) -> ContractSettings:
        live = os.environ.get(ENV_LIVE, "") == "1"
        base_url = os.environ.get(ENV_BASE_URL) or None
        default_examples = LIVE_MAX_EXAMPLES if live else BASE_URL_MAX_EXAMPLES if base_url else MOCK_MAX_EXAMPLES
        default_rate = LIVE_RATE_LIMIT if live else DEFAULT_RATE_LIMIT if base_url else None
        return cls(
            live=live,
            max_examples=int(os.environ.get(ENV_MAX_EXAMPLES, default_examples)),
            seed=int(os.environ.get(ENV_SEED, 0)),
            base_url=base_url,
            include_writes=os.environ.get(ENV_INCLUDE_WRITES, "") == "1",
            rate_limit=os.environ.get(ENV_RATE_LIMIT) or default_rate,
        )


def selected_api_names() -> list[str]:
    """The APIs this run tests: those `nox -s contract -- NAME ...` named (`SESSIONS_CLIENTS_CONTRACT_APIS`), else
    every API. Only these get a server-side test, so a run for one API resolves and builds nothing for the others."""
    selected = [name.strip() for name in os.environ.get(ENV_APIS, "").split(",") if name.strip()]
    return [name for name in api_names() if name in selected] if selected else api_names()


def skip_reason(name: str, settings: ContractSettings | None = None) -> str | None:
    """Why the API's contract test cannot run (a live run without its variables), or None."""
    settings = settings or ContractSettings.from_environment()
    if not settings.live:
        return None
    missing = [variable for variable in live_access(name).variables if not os.environ.get(variable)]
    if missing:
        return f"live contract test of {name} skipped: set {', '.join(missing)} to run it"
    return None


def contract_schema(
    name: str, settings: ContractSettings | None = None, *, app: Any = None, spec: Mapping[str, Any] | None = None
) -> BaseSchema:
    """The schemathesis schema of API `name` (its resolved spec, or `spec`), aimed at the mock (or at `app`), or
    at the live API."""
    settings = settings or ContractSettings.from_environment()
    spec = dict(spec) if spec is not None else resolved_spec(name)
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    access = live_access(name, spec)
    if settings.live:
        token = os.environ.get(access.token, "")
    elif settings.base_url:  # a staging server's token, else the mock's (a running mock works as it is)
        token = os.environ.get(access.token) or DEFAULT_TOKEN
    else:
        token = DEFAULT_TOKEN
    config: dict[str, Any] = {
        "seed": settings.seed,
        "generation": {"mode": "all", "max-examples": settings.max_examples, "database": "none"},
        "auth": {"openapi": {scheme: _credentials(definition, token) for scheme, definition in schemes.items()}},
    }
    if settings.live:
        base_url = os.environ.get(access.base_url or "") or spec["servers"][0]["url"]
        config |= {
            "base-url": base_url,
            "rate-limit": settings.rate_limit or LIVE_RATE_LIMIT,
            "request-timeout": LIVE_TIMEOUT_SECONDS,
            "phases": {"coverage": {"enabled": False}},
            "parameters": {f"path.{p}": os.environ.get(v, "") for p, v in access.path_parameters.items()},
        }
    elif settings.base_url:
        config |= {
            "base-url": settings.base_url,
            "rate-limit": settings.rate_limit or DEFAULT_RATE_LIMIT,
            "request-timeout": LIVE_TIMEOUT_SECONDS,
        }
    schema = schemathesis.openapi.from_dict(spec, config=SchemathesisConfig.from_dict(config))
    if settings.remote:
        return schema if settings.include_writes else schema.include(method=READ_METHODS)
    schema.app = app if app is not None else create_app(spec, token=DEFAULT_TOKEN, seed=settings.seed)
    return schema


def json_values(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> SearchStrategy[Any]:
    """JSON values valid against `schema` (whose `$ref`s point into `spec`'s components), by schemathesis.

    Drawn by schemathesis' own generator through its public API: the schema becomes the JSON request body of a
    one-operation spec, whose positive cases carry the values. (hypothesis-jsonschema 0.23.1 fails on objects
    with the pinned Hypothesis: its `from_object_schema` calls a Hypothesis internal that no longer exists.)
    """
    operation = {
        "requestBody": {"required": True, "content": {"application/json": {"schema": dict(schema)}}},
        "responses": {"200": {"description": "Accepted."}},
    }
    carrier = {
        "openapi": "3.1.0",
        "info": {"title": "JSON values", "version": "1"},
        "paths": {"/values": {"post": operation}},
        "components": spec.get("components", {}),
    }
    loaded = schemathesis.openapi.from_dict(
        carrier, config=SchemathesisConfig.from_dict({"generation": {"database": "none"}})
    )
    strategy: SearchStrategy[Case[Any]] = loaded["/values"]["POST"].as_strategy(generation_mode=GenerationMode.POSITIVE)
    return strategy.map(lambda case: case.body)


def _credentials(scheme: Mapping[str, Any], token: str) -> dict[str, str]:
    if scheme.get("type") == "apiKey":
        return {"api_key": token}
    return {"bearer": token}


def server_side_test(
    name: str, *, app: Any = None, spec: Mapping[str, Any] | None = None, max_examples: int | None = None
) -> Callable[..., None]:
    """A pytest test (one item per operation) sending every generated case of API `name` through `run_case`.

    `app` replaces the mock (tests/contract/faulty_suite.py passes broken mocks to prove the suite can fail);
    `spec` replaces the API's resolved spec (tests/contract/test_contract_stateful.py: the fixture API), and
    `max_examples` caps the cases per operation and mode.
    """
    settings = ContractSettings.from_environment()
    if max_examples is not None:
        settings = dataclasses.replace(settings, max_examples=min(settings.max_examples, max_examples))
    schema = contract_schema(name, settings, app=app, spec=spec)
    for result in schema.get_all_operations():
        if isinstance(result, Ok):  # a broken operation is reported by schemathesis as a failing test
            operation = result.ok()
            _COUNTS.expect(name, operation.label, [str(key) for key in operation.definition.raw.get("responses", {})])

    def test(case: Case[Any]) -> None:
        run_case(name, case)

    test.__doc__ = f"Every case schemathesis generates from the {name} spec gets an answer that conforms to it."
    parametrized: Callable[..., None] = schema.parametrize()(test)
    _TESTS[test] = _TESTS[parametrized] = name  # pytest collects the one, its items run the other
    reason = skip_reason(name)
    return pytest.mark.skip(reason=reason)(parametrized) if reason else parametrized


def run_case(name: str, case: Case[Any], *, count: bool = True) -> None:
    """Send `case` and run every default check; a failing check raises (and so fails the test).

    Against the mock, one more check: unknown query parameters are rejected. schemathesis deliberately lets an
    API accept them (many real APIs ignore them), but the mock must not, unlike Prism.
    """
    excluded: list[Callable[..., Any]] = []
    additional: list[Callable[..., Any]] = []
    if case.operation.schema.app is not None:
        additional.append(unknown_query_parameters_rejected)
    if case.operation.label in _mock_rejections_of(name, case.operation.schema.raw_schema):
        excluded.append(status_code_conformance)
        additional.append(_status_code_conformance_but_400(name))
    if (case.operation.definition.raw.get("x-state") or {}).get("requires"):
        # A write the stored object's state refuses (Emogg's "400 while active", on a stateful server) is a valid
        # request the spec documents a rejection for: "valid data accepted" does not apply (as in the stateful phase).
        excluded.append(positive_data_acceptance)
    started = time.perf_counter()
    response = case.call()
    if count:
        _COUNTS.record(name, case, response.status_code)
        if os.environ.get(ENV_HAR):
            _HAR_ENTRIES.append(_har_entry(response))
    try:
        case.validate_response(response, excluded_checks=excluded, additional_checks=additional)
    finally:
        if count:
            _COUNTS.timed((name, case.operation.label), started, time.perf_counter())


def unknown_query_parameters_rejected(ctx: Any, response: Any, case: Case[Any]) -> bool | None:
    """A request with a query parameter the operation does not declare gets a 4XX."""
    declared = {parameter.name for parameter in case.operation.query}
    schemes = (case.operation.schema.raw_schema.get("components") or {}).get("securitySchemes") or {}
    declared |= {s.get("name") for s in schemes.values() if s.get("type") == "apiKey" and s.get("in") == "query"}
    # What was sent, not what was generated: a parameter generated as None is left out of the URL.
    sent = {name for name, _ in parse_qsl(urlsplit(str(response.request.url)).query, keep_blank_values=True)}
    unknown = sorted(sent - declared)
    if unknown and not 400 <= response.status_code < 500:
        raise AssertionError(f"Unknown query parameter(s) {unknown} accepted: {response.status_code}, expected 4XX")
    return None


def _status_code_conformance_but_400(name: str) -> Callable[[Any, Any, Case[Any]], bool | None]:
    """`status_code_conformance`, except for the documented gap: a 400 answering a negative case."""

    def status_code_conformance_but_400(ctx: Any, response: Any, case: Case[Any]) -> bool | None:
        try:
            return status_code_conformance(ctx, response, case)
        except UndefinedStatusCode:
            if response.status_code == 400 and _mode(case) == GenerationMode.NEGATIVE:
                _COUNTS.tolerated.add(f"{name} {case.operation.label}")
                return None
            raise

    return status_code_conformance_but_400


def _mode(case: Case[Any]) -> GenerationMode | None:
    return case.meta.generation.mode if case.meta is not None else None


@dataclass
class _CaseCounts:
    by_operation: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    statuses: dict[tuple[str, str], Counter[int]] = field(default_factory=dict)
    documented: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    tolerated: set[str] = field(default_factory=set)
    spans: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)  # first case sent, last checked
    # Where a server-side test's time goes (measured by the conftest's hooks): building it at collection (the
    # coverage cases are generated then), per API, and running each operation's pytest item.
    built: dict[str, float] = field(default_factory=dict)
    ran: dict[tuple[str, str], float] = field(default_factory=dict)

    def expect(self, name: str, label: str, documented: list[str]) -> None:
        self.by_operation.setdefault((name, label), Counter())
        self.statuses.setdefault((name, label), Counter())
        self.documented[(name, label)] = documented

    def record(self, name: str, case: Case[Any], status: int) -> None:
        mode = _mode(case)
        key = (name, case.operation.label)
        self.by_operation.setdefault(key, Counter())[mode.value if mode else "explicit"] += 1
        self.statuses.setdefault(key, Counter())[status] += 1

    def timed(self, key: tuple[str, str], started: float, ended: float) -> None:
        first, last = self.spans.get(key, (started, ended))
        self.spans[key] = (min(first, started), max(last, ended))

    def seconds(self, key: tuple[str, str]) -> float:
        """The operation's pytest item (setup, generation, calls, checks, teardown); without one, from its first
        case sent to its last one checked."""
        if key in self.ran:
            return self.ran[key]
        first, last = self.spans.get(key, (0.0, 0.0))
        return last - first


# Server-side test functions (`server_side_test`) -> their API, for the conftest's timing hooks.
_TESTS: dict[Callable[..., None], str] = {}


def record_build_time(collected: object, seconds: float) -> None:
    """The conftest's hook: collecting `collected` took `seconds`; for a server-side test, that is its building."""
    name = _TESTS.get(collected) if callable(collected) else None
    if name is not None:
        _COUNTS.built[name] = _COUNTS.built.get(name, 0.0) + seconds


def record_run_time(test_function: object, label: str | None, seconds: float) -> None:
    """The conftest's hook: the pytest item of operation `label` of a server-side test took `seconds`."""
    name = _TESTS.get(test_function) if callable(test_function) else None
    if name is not None and label is not None:
        _COUNTS.ran[(name, label)] = _COUNTS.ran.get((name, label), 0.0) + seconds


_COUNTS = _CaseCounts()
_HAR_ENTRIES: list[dict[str, Any]] = []


def case_count_report() -> list[str]:
    """Lines for the end of a pytest run: per operation its cases (positive/negative) and their seconds, and the
    statuses it got against those its spec documents (`never:` what the run did not reach); then the seconds spent
    building the tests, and the total with its cases per second (the run's start-up aside). scripts/bench/contract.py
    reads the cases and seconds."""
    ran = {name for (name, _), counts in _COUNTS.by_operation.items() if counts.total()}
    rows = {key: counts for key, counts in _COUNTS.by_operation.items() if key[0] in ran}  # APIs that ran at all
    if not rows:
        return []
    lines = []
    width = max(len(f"{name} {label}") for name, label in rows)
    for (name, label), counts in sorted(rows.items()):
        detail = ", ".join(f"{counts[mode]} {mode}" for mode in sorted(counts))
        operation = f"{name} {label}"
        cases = f"{counts.total():>5} cases in {_COUNTS.seconds((name, label)):.3f} s"
        lines.append(f"{operation:<{width}}  {cases}" + (f" ({detail})" if detail else ""))
        seen, documented = _COUNTS.statuses.get((name, label), Counter()), _COUNTS.documented.get((name, label), [])
        lines.append(f"{'':<{width}}  {_status_line(seen, documented)}")
    total = sum(counts.total() for counts in rows.values())
    built = sum(_COUNTS.built.get(name, 0.0) for name in ran)
    if built:
        lines.append(f"tests built in {built:.3f} s (schemathesis generates the coverage cases then)")
    elapsed = built + sum(_COUNTS.seconds(key) for key in rows)
    rate = f", {total / elapsed:.0f} cases/s" if elapsed > 0 else ""
    lines.append(f"total: {total} cases in {elapsed:.3f} s{rate}")
    for operation in sorted(_COUNTS.tolerated):
        lines.append(f"tolerated the mock's own 400, which the spec leaves undocumented: {operation}")
    return lines


def _status_line(seen: Counter[int], documented: list[str]) -> str:
    """`statuses 200 x12, 401 x3 of documented 200, 401, 404; never: 404; undocumented: 400`."""
    got = ", ".join(f"{status} x{seen[status]}" for status in sorted(seen)) or "none"
    reached = {key for key in documented if any(_covers(key, status) for status in seen)}
    never = [key for key in documented if key not in reached]
    undocumented = sorted(status for status in seen if not any(_covers(key, status) for key in documented))
    line = f"statuses {got} of documented {', '.join(documented) or 'none'}"
    line += f"; never: {', '.join(never)}" if never else "; every documented status reached"
    return line + (f"; undocumented: {', '.join(map(str, undocumented))}" if undocumented else "")


def _covers(key: str, status: int) -> bool:
    key = key.upper()
    return key == str(status) or key == f"{str(status)[0]}XX" or key == "DEFAULT"


# HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/): what was sent and received, credentials filtered.
_FILTERED_HEADERS = {"authorization", "cookie", "set-cookie", "proxy-authorization", "x-api-key"}


def _har_headers(headers: Mapping[str, Any]) -> list[dict[str, str]]:
    found = []
    for name, value in headers.items():
        for item in value if isinstance(value, list) else [value]:
            shown = "[Filtered]" if name.lower() in _FILTERED_HEADERS else str(item)
            found.append({"name": str(name), "value": shown})
    return found


def _har_entry(response: Any) -> dict[str, Any]:
    request = response.request
    body = request.body
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else (body or "")
    url = str(request.url)
    entry: dict[str, Any] = {
        "startedDateTime": datetime.datetime.now(datetime.UTC).isoformat(),
        "time": round(response.elapsed * 1000, 3),
        "request": {
            "method": request.method,
            "url": url,
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": _har_headers(request.headers),
            "queryString": [],
            "headersSize": -1,
            "bodySize": len(text.encode()),
        },
        "response": {
            "status": response.status_code,
            "statusText": response.message,
            "httpVersion": f"HTTP/{response.http_version}",
            "cookies": [],
            "headers": _har_headers(response.headers),
            "content": {
                "size": len(response.content),
                "mimeType": (response.headers.get("content-type") or [""])[0],
                "text": response.content.decode("utf-8", "replace"),
            },
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": len(response.content),
        },
        "cache": {},
        "timings": {"send": 0, "wait": round(response.elapsed * 1000, 3), "receive": 0},
    }
    if text:
        mime = request.headers.get("content-type", "")
        entry["request"]["postData"] = {"mimeType": mime, "text": text}
    return entry


def har_log() -> dict[str, Any]:
    """The HAR document of every exchange recorded so far (with `SESSIONS_CLIENTS_CONTRACT_HAR` set)."""
    return {
        "log": {
            "version": "1.2",
            "creator": {"name": "sessions-clients contract", "version": "1"},
            "entries": list(_HAR_ENTRIES),
        }
    }


# Stateful phase


def apis_with_links() -> list[str]:
    """The selected APIs whose resolved spec (overlays applied) has OpenAPI `links`: their stateful phase can run."""
    return [name for name in selected_api_names() if _has_links(resolved_spec(name))]


def _has_links(spec: Mapping[str, Any]) -> bool:
    for item in (spec.get("paths") or {}).values():
        for operation in item.values() if isinstance(item, Mapping) else []:
            responses = operation.get("responses") if isinstance(operation, Mapping) else None
            if any(isinstance(r, Mapping) and r.get("links") for r in (responses or {}).values()):
                return True
    return False


def run_stateful_phase(
    spec: Mapping[str, Any],
    *,
    app: Any,
    token: str = DEFAULT_TOKEN,
    seed: int = 0,
    max_examples: int = 30,
    step_count: int = 6,
) -> Counter[tuple[str, int]]:
    """Run schemathesis' state machine (sequences of calls along the spec's `links`) against `app` in-process,
    with every default check (including "a deleted resource is 404" and "a created resource is available").
    Returns how often each operation got each status; a failing check raises schemathesis' FailureGroup."""
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    config = SchemathesisConfig.from_dict(
        {
            "seed": seed,
            "generation": {"mode": "positive", "database": "none", "max-examples": max_examples},
            "auth": {"openapi": {scheme: _credentials(definition, token) for scheme, definition in schemes.items()}},
            # Only the links the specs and overlays declare: schemathesis' own inferred links feed response values
            # into fields of another type (a RealtimeKit id into the array `participant_ids`), invalid requests
            # that no API accepts.
            "phases": {"stateful": {"inference": {"algorithms": []}}},
        }
    )
    schema = schemathesis.openapi.from_dict(dict(spec), config=config)
    schema.app = app
    calls: Counter[tuple[str, int]] = Counter()

    # A write refused for the stored object's state (`x-state.requires`: Emogg's "400 while active") is a valid
    # request the spec documents a rejection for: schemathesis' "valid data accepted" check does not apply to it.
    state_dependent = {
        f"{method.upper()} {path}"
        for path, item in (spec.get("paths") or {}).items()
        for method, operation in (item.items() if isinstance(item, Mapping) else [])
        if isinstance(operation, Mapping) and (operation.get("x-state") or {}).get("requires")
    }

    class Scenarios(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            # Each scenario starts from the same state: hypothesis replays scenarios and requires the same answers.
            reset = getattr(app, "reset", None)
            if callable(reset):
                reset()
            super().setup()

        def after_call(self, response: Any, case: Case[Any]) -> None:
            super().after_call(response, case)
            calls[(case.operation.label, response.status_code)] += 1

        def validate_response(
            self, response: Any, case: Case[Any], additional_checks: Any = None, **kwargs: Any
        ) -> None:
            excluded: list[Any] = [positive_data_acceptance] if case.operation.label in state_dependent else []
            case.validate_response(
                response,
                additional_checks=additional_checks,
                excluded_checks=excluded,
                transport_kwargs=kwargs or None,
                recorder=self.recorder,
            )

    settings = hypothesis.settings(
        max_examples=max_examples, stateful_step_count=step_count, database=None, deadline=None, derandomize=True
    )
    Scenarios.run(settings=settings)
    return calls


if __name__ == "__main__":  # `python -m scripts.contract` still works; nox runs the lighter scripts.contract_command
    sys.exit(main())
