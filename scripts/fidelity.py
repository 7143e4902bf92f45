"""`nox -s fidelity`: every client operation held against the vendor's own document (../shared/vendor-specs).

For every operation of every client (usage: `python -m scripts.fidelity [--vendor-specs DIR] [NAME...]`):

- **requests**: the client is called with its defaults (required arguments only) and with generated arguments
  (every optional parameter and body property, cycling through enum values); each request it sends must be
  valid for the vendor's operation (path, query parameters, JSON body);
- **bodies**: the vendor's examples and bodies built from the vendor's success schema (every optional property
  present, every optional property absent, every nullable property null) must parse, and `to_dict()` must give
  them back without loss;
- **errors**: every error status the vendor documents must raise the client's error class for that status,
  with the raw body kept in `err.body`.

Validation is in-process (jsonschema against the vendor's document, the clients over `httpx.MockTransport`): no
Node.js, no server, the same result every run. Prism (`prism mock -d FILE`) answers random bodies that fill every
optional property, so it cannot show absence; bodies are built here instead (scripts/vendor_docs.py).

Where the specs deliberately differ from the vendor, `JUDGED` (below) changes the vendor's document as the
recorded judgement says; each operation is checked against the document as it is and as judged. An operation
clean as it is prints `clean`; one clean only as judged prints `allowed` and names the judgement; one with a
finding either way prints `FAIL`. A judgement no operation needs any more is reported too, and fails the run.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import datetime
import enum
import importlib
import inspect
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx

from scripts.errors import InputError, print_error
from scripts.manifest import REPO_ROOT, load_manifest
from scripts.sources import resolved_spec
from scripts.vendor_docs import VENDOR_FILES, Document, build, instances, load_vendor_document, server_path

__all__ = ["ARTEFACTS", "JUDGED", "Artefact", "Judged", "OperationReport", "check_client", "main"]

DEFAULT_VENDOR_SPECS = REPO_ROOT.parent / "shared" / "vendor-specs"
WHERE_NAMED = "the vendors' documents are named in VENDOR_FILES of scripts/vendor_docs.py"
TOKEN = "fidelity-token"
GENERATED_CASES = 3  # enum values and booleans cycle through these many calls with every optional argument


@dataclass(frozen=True)
class Judged:
    """A recorded judgement (`x-judgements` id in the client's spec) that lets the spec differ from the vendor.

    `changes` maps a JSON pointer of the vendor's document to keys to set there (None: delete the key; a key
    ending in `+` extends a list); `operations` (our operationIds) are those the difference shows in, and
    `only_ours` says they are operations the vendor's document lacks.
    """

    client: str
    judgement: str
    operations: tuple[str, ...]
    changes: dict[str, dict[str, Any]] = field(default_factory=dict)
    only_ours: bool = False


@dataclass(frozen=True)
class Artefact:
    """A defect of the vendor's document itself (../shared/vendor-specs/README.md "Known artefacts"), corrected
    before anything is checked: without the correction no body at all would be valid for the vendor."""

    client: str
    name: str
    changes: dict[str, dict[str, Any]]


ARTEFACTS: tuple[Artefact, ...] = (
    Artefact(
        "livepeer",
        "`session` requires a `streamId` it does not declare, under `additionalProperties: false`",
        {"/components/schemas/session": {"required": ["name"]}},
    ),
)


def _undocumented_paging(what: str) -> list[dict[str, Any]]:
    return [
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
        {"name": "cursor", "in": "query", "schema": {"type": "string"}, "description": what},
    ]


CF_RESPONSES = "/components/responses"
JUDGED: tuple[Judged, ...] = (
    Judged(
        "cloudflare-realtimekit",
        "cloudflare-list-envelopes-required",
        ("listSessions", "listSessionParticipants"),
        {
            f"{CF_RESPONSES}/realtimekit_GetSessions/content/application~1json/schema": {"required": ["data"]},
            f"{CF_RESPONSES}/realtimekit_GetSessions/content/application~1json/schema/properties/data": {
                "required": ["sessions"]
            },
            f"{CF_RESPONSES}/realtimekit_GetSessionParticipants/content/application~1json/schema": {
                "required": ["data"]
            },
            f"{CF_RESPONSES}/realtimekit_GetSessionParticipants/content/application~1json/schema/properties/data": {
                "required": ["participants"]
            },
        },
    ),
    Judged(
        "cloudflare-realtimekit",
        "cloudflare-ids-are-strings",
        ("listSessions",),
        {
            "/paths/~1accounts~1{account_id}~1realtime~1kit~1{app_id}~1sessions/get/parameters/11/schema": {
                "format": None
            }
        },
    ),
    Judged(
        "livepeer",
        "livepeer-undocumented-paging",
        ("listSessions",),
        {"/paths/~1session/get": {"parameters+": _undocumented_paging("observed on the server")}},
    ),
    Judged(
        "livepeer",
        "livepeer-clips-paging",
        ("listSessionClips",),
        {"/paths/~1session~1{id}~1clips/get": {"parameters+": _undocumented_paging("observed on the server")}},
    ),
    Judged("streamelements", "streamelements-legacy-v1-endpoint", ("getCurrentSession",), only_ours=True),
)


# --- the report ----------------------------------------------------------------------------------------------------


@dataclass
class OperationReport:
    client: str
    operation_id: str
    method: str
    path: str
    counts: dict[str, int] = field(default_factory=lambda: {"requests": 0, "bodies": 0, "errors": 0})
    raw: list[str] = field(default_factory=list)  # findings against the vendor's document as it is
    judged: list[str] = field(default_factory=list)  # findings against it as the judgements change it
    judgements: list[str] = field(default_factory=list)

    @property
    def outcome(self) -> str:
        if self.judged:
            return "FAIL"
        return "allowed" if self.raw else "clean"

    def line(self) -> str:
        counts = ", ".join(f"{n} {kind}" for kind, n in self.counts.items())
        head = f"{self.outcome:7} {self.client} {self.method.upper()} {self.path} ({self.operation_id}; {counts})"
        if self.judged:
            return head + "".join(f"\n          - {finding}" for finding in self.judged)
        if self.raw:
            return (
                head
                + f"\n          by {', '.join(self.judgements)}: {self.raw[0]}"
                + (f" (+{len(self.raw) - 1} more)" if len(self.raw) > 1 else "")
            )
        return head


# --- one client ----------------------------------------------------------------------------------------------------


def check_client(name: str, folder: Path) -> tuple[list[OperationReport], list[str]]:
    """The report of every operation of client `name`, and the problems of the judgements themselves."""
    client = load_manifest().clients[name]
    ours = Document(name, resolved_spec(name))
    as_published = load_vendor_document(folder, name)
    raw = Document(name, _changed(as_published.document, [a.changes for a in ARTEFACTS if a.client == name]))
    judged_list = [j for j in JUDGED if j.client == name]
    judged = Document(name, _changed(raw.document, [j.changes for j in judged_list]))
    recorded = set(_judgement_ids(ours.document))
    problems = [
        f"{name}: JUDGED names `{j.judgement}`, which is not an x-judgements id of the spec"
        for j in judged_list
        if j.judgement not in recorded
    ]
    vendor_ops = {_shape(method, path): (op, at) for method, path, op, at in raw.operations()}
    reports = []
    seen = set()
    for method, path, op, at in ours.operations():
        report = OperationReport(name, op["operationId"], method, path)
        reports.append(report)
        key = _shape(method, path)
        if key not in vendor_ops:
            report.raw.append("the vendor's document has no such operation")
            report.judgements = [j.judgement for j in judged_list if j.only_ours and op["operationId"] in j.operations]
            if not report.judgements:
                report.judged.append("the vendor's document has no such operation")
            continue
        seen.add(key)
        vendor_op, vendor_at = vendor_ops[key]
        caller = Caller(client.package, ours, op, at)
        report.raw = list(_findings(caller, raw, vendor_op, vendor_at, report.counts))
        report.judged = list(_findings(caller, judged, judged.at(vendor_at), vendor_at, {}))
        report.judgements = [j.judgement for j in judged_list if op["operationId"] in j.operations]
        if report.raw and not report.judged and not report.judgements:
            report.judged = ["a difference only a judgement of another operation allows: " + report.raw[0]]
    for key, (vendor_op, _) in vendor_ops.items():
        if key not in seen:
            report = OperationReport(name, vendor_op.get("operationId", "?"), key[0], key[1])
            report.raw = report.judged = ["the client has no such operation"]
            reports.append(report)
    for j in judged_list:
        needed = [r for r in reports if r.operation_id in j.operations and set(r.raw) != set(r.judged)]
        if not needed:
            problems.append(f"{name}: judgement `{j.judgement}` allows nothing any more (remove it from JUDGED)")
    return reports, problems


def _findings(
    caller: Caller, vendor: Document, vendor_op: dict[str, Any], vendor_at: str, counts: dict[str, int]
) -> Iterator[str]:
    for case, request in caller.requests():
        counts["requests"] = counts.get("requests", 0) + 1
        for problem in _request_problems(vendor, vendor_op, vendor_at, request):
            yield f"request ({case}): {problem}"
    for status, label, body in _documented_bodies(vendor, vendor_at):
        if status.startswith("2"):
            counts["bodies"] = counts.get("bodies", 0) + 1
            parsed = caller.parse(int(status), body)
            if parsed:
                yield f"{status} body ({label}): {parsed}"
        elif status[0] in "45" and status.isdigit():
            counts["errors"] = counts.get("errors", 0) + 1
            raised = caller.error(int(status), body)
            if raised:
                yield f"{status} ({label}): {raised}"


# --- the vendor's side ---------------------------------------------------------------------------------------------


def _shape(method: str, path: str) -> tuple[str, str]:
    return method, re.sub(r"\{[^}]+\}", "{}", path)


def _changed(document: dict[str, Any], changes: list[dict[str, dict[str, Any]]]) -> dict[str, Any]:
    """A copy of `document` with the changes of artefacts or judgements made."""
    changed = copy.deepcopy(document)
    for change in changes:
        for pointer, keys in change.items():
            node = Document("", changed).at(pointer)
            for key, value in keys.items():
                if value is None:
                    node.pop(key, None)
                elif key.endswith("+"):
                    node.setdefault(key[:-1], []).extend(value)
                else:
                    node[key] = value
    return changed


def _judgement_ids(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for entry in node.get("x-judgements", []):
            yield entry["id"]
        for child in node.values():
            yield from _judgement_ids(child)
    elif isinstance(node, list):
        for child in node:
            yield from _judgement_ids(child)


def _documented_bodies(vendor: Document, vendor_at: str) -> Iterator[tuple[str, str, Any]]:
    """(status, label, body) for every documented response: its examples and built bodies; None without JSON."""
    for status, entry in vendor.at(vendor_at).get("responses", {}).items():
        response, at = vendor.resolve(entry, f"{vendor_at}/responses/{status}")
        content = response.get("content", {})
        media_type = next((m for m in content if m.split(";")[0].strip().endswith("json")), None)
        if media_type is None or "schema" not in content[media_type]:
            if not status.startswith("2"):  # a success without a documented body leaves only the request to check
                yield status, "no body", None
            continue
        media = content[media_type]
        media_at = f"{at}/content/{media_type.replace('~', '~0').replace('/', '~1')}"
        schema_at = vendor.resolve(media["schema"], media_at + "/schema")[1]
        examples = [("example", media["example"])] if "example" in media else []
        for name, example in media.get("examples", {}).items():
            value, _ = vendor.resolve(example, f"{media_at}/examples/{name}")
            examples.append((f"example {name}", value["value"]))
        built = [(f"{variant} properties", body) for variant, body in instances(vendor, schema_at).items()]
        for label, body in examples + built:
            problems = vendor.errors(schema_at, body)
            if problems:  # the vendor's own example (or a body built from it) breaks its schema: not the client's
                continue
            yield status, label, body


def _request_problems(
    vendor: Document, vendor_op: dict[str, Any], vendor_at: str, request: httpx.Request
) -> Iterator[str]:
    parameters = vendor.parameters(vendor_at)
    template = vendor_at.split("/")[2].replace("~1", "/").replace("~0", "~")
    base = server_path(vendor_op.get("servers") or vendor.document.get("servers", []))
    pattern = re.escape(base + template)
    pattern = re.sub(r"\\\{([^}]+)\\\}", lambda m: f"(?P<{_group(m.group(1))}>[^/]+)", pattern)
    matched = re.fullmatch(pattern, request.url.path)
    if matched is None:
        yield f"path {request.url.path} does not match {base + template}"
        return
    for parameter, at in parameters:
        if parameter["in"] == "path":
            value = unquote(matched.group(_group(parameter["name"])))
            yield from _value_problems(vendor, f"{at}/schema", f"path parameter {parameter['name']}", [value])
    query: dict[str, list[str]] = {}
    for key, value in request.url.params.multi_items():
        query.setdefault(key, []).append(value)
    declared = {p["name"]: (p, at) for p, at in parameters if p["in"] == "query"}
    for key, values in query.items():
        if key not in declared:
            yield f"query parameter {key} is not in the vendor's document"
            continue
        yield from _value_problems(vendor, f"{declared[key][1]}/schema", f"query parameter {key}", values)
    for name, (parameter, _) in declared.items():
        if parameter.get("required") and name not in query:
            yield f"required query parameter {name} is not sent"
    yield from _body_problems(vendor, vendor_op, vendor_at, request)


def _body_problems(
    vendor: Document, vendor_op: dict[str, Any], vendor_at: str, request: httpx.Request
) -> Iterator[str]:
    if "requestBody" not in vendor_op:
        if request.content:
            yield "sends a body the vendor's operation does not take"
        return
    body, at = vendor.resolve(vendor_op["requestBody"], f"{vendor_at}/requestBody")
    if not request.content:
        if body.get("required"):
            yield "sends no body; the vendor requires one"
        return
    schema_at = vendor.resolve(body["content"]["application/json"]["schema"], f"{at}/content/application~1json/schema")[
        1
    ]
    for problem in vendor.errors(schema_at, json.loads(request.content)):
        yield f"body {problem}"


def _group(name: str) -> str:
    return "p_" + re.sub(r"\W", "_", name)


def _value_problems(vendor: Document, schema_at: str, what: str, values: list[str]) -> Iterator[str]:
    """A query or path value is text: it is valid when one reading of it (text, number, boolean) is."""
    schema = vendor.resolve(vendor.at(schema_at), schema_at)[0]
    many = schema.get("type") == "array"
    readings = [[_readings(v) for v in values]] if many else [[_readings(v)] for v in values]
    for per_value in readings:
        candidates = [[]] if many else per_value[0]
        if many:
            candidates = [[next(iter(r)) for r in per_value], [r[-1] for r in per_value]]
        if not any(not vendor.errors(schema_at, c) for c in candidates):
            yield f"{what}={values!r}: {vendor.errors(schema_at, candidates[0])[0]}"


def _readings(text: str) -> list[Any]:
    found: list[Any] = [text]
    if text in ("true", "false"):
        found.append(text == "true")
    for number in (int, float):
        with contextlib.suppress(ValueError):
            found.append(number(text))
    return found


# --- the client's side ---------------------------------------------------------------------------------------------


class Caller:
    """Calls one operation of a generated client over httpx.MockTransport."""

    def __init__(self, package: str, ours: Document, op: dict[str, Any], at: str) -> None:
        from openapi_python_client.strings import PythonIdentifier

        from scripts.viewmodel import parameter_python_name

        self.package = importlib.import_module(package)
        self.models = importlib.import_module(f"{package}.models")
        self.errors = importlib.import_module(f"{package}.errors")
        tag = str(PythonIdentifier(op["tags"][0], prefix="tag"))
        function = str(PythonIdentifier(op["operationId"], prefix=""))
        self.module = importlib.import_module(f"{package}.api.{tag}.{function}")
        self.signature = inspect.signature(self.module.sync_detailed)
        self.ours, self.op, self.at = ours, op, at
        self.names = {(p["name"], p["in"]): parameter_python_name(p["name"]) for p, _ in ours.parameters(at)}

    def requests(self) -> Iterator[tuple[str, httpx.Request]]:
        """The requests the client sends: with its defaults, then with generated arguments."""
        cases: list[tuple[str, dict[str, Any]]] = [("defaults", self.arguments(None))]
        if "requestBody" in self.op:
            cases.append(("documented body", self.arguments(None, documented=True)))
        cases += [(f"generated #{pick + 1}", self.arguments(pick)) for pick in range(GENERATED_CASES)]
        for case, arguments in cases:
            seen: list[httpx.Request] = []

            def record(request: httpx.Request, seen: list[httpx.Request] = seen) -> httpx.Response:
                seen.append(request)
                return httpx.Response(418)  # an error: only the request matters here

            with contextlib.suppress(self.errors.APIStatusError):
                self._call(arguments, record)
            yield case, seen[0]

    def parse(self, status: int, body: Any) -> str | None:
        """What goes wrong reading `body` (None: it parses and round-trips)."""
        try:
            response = self._call(self.arguments(None), lambda _: httpx.Response(status, json=body))
        except Exception as error:
            return f"{type(error).__name__}: {error}"
        parsed = response.parsed
        if parsed is None:
            return None if body is None else "parsed to None"
        lost = list(_differences(_as_json(parsed), body, ""))
        return f"to_dict() differs: {'; '.join(lost[:3])}" if lost else None

    def error(self, status: int, body: Any) -> str | None:
        """What is wrong with the error the client raises for `status` with `body` (None: right class, body kept)."""
        content = b"Bad Request" if body is None else json.dumps(body).encode()
        headers = {} if body is None else {"Content-Type": "application/json"}
        expected = self.errors._BY_STATUS.get(status, self.errors.APIStatusError)
        try:
            self._call(self.arguments(None), lambda _: httpx.Response(status, content=content, headers=headers))
        except self.errors.APIStatusError as error:
            if not isinstance(error, expected) or error.status_code != status:
                return f"raises {type(error).__name__}, not {expected.__name__}"
            return None if error.body == content else "the raw body is not kept in err.body"
        except Exception as error:
            return f"raises {type(error).__name__}: {error}"
        return f"returns instead of raising {expected.__name__}"

    def arguments(self, pick: int | None, *, documented: bool = False) -> dict[str, Any]:
        """Required arguments at their examples and a body with its required properties only; with `pick`, every
        optional argument and property too (enum value `pick`); `documented`: the spec's own request example."""
        out: dict[str, Any] = {}
        for parameter, at in self.ours.parameters(self.at):
            name = self.names[(parameter["name"], parameter["in"])]
            if name not in self.signature.parameters:
                continue
            if parameter.get("required"):
                value = parameter.get("example", build(self.ours, f"{at}/schema", "full", 0))
            elif pick is None:
                continue
            else:
                value = build(self.ours, f"{at}/schema", "full", pick)
            out[name] = self._python(self.signature.parameters[name].annotation, value)
        if "body" in self.signature.parameters:
            body, body_at = self.ours.resolve(self.op["requestBody"], f"{self.at}/requestBody")
            schema_at = f"{body_at}/content/application~1json/schema"
            value = build(self.ours, schema_at, "absent" if pick is None else "full", pick or 0)
            if documented and body.get("content", {}).get("application/json", {}).get("examples"):
                first = next(iter(body["content"]["application/json"]["examples"].values()))
                value = self.ours.resolve(first, "")[0]["value"]
            out["body"] = self._python(self.signature.parameters["body"].annotation, value)
        return out

    def _python(self, annotation: Any, value: Any) -> Any:
        """The JSON `value` as the Python type the generated signature names (models, enums, datetimes)."""
        kinds = [k.strip() for k in str(annotation).split("|") if k.strip() not in ("Unset", "None")]
        for kind in kinds:
            inner = re.fullmatch(r"list\[(.+)\]", kind)
            if inner and isinstance(value, list):
                return [self._python(inner.group(1), item) for item in value]
            if kind == "datetime.datetime" and isinstance(value, str):
                return datetime.datetime.fromisoformat(value)
            if kind == "datetime.date" and isinstance(value, str):
                return datetime.date.fromisoformat(value)
            found = getattr(self.models, kind, None)
            if isinstance(found, type) and issubclass(found, enum.Enum):
                return found(value)
            if isinstance(found, type) and hasattr(found, "from_dict") and isinstance(value, dict):
                return found.from_dict(value)
        return value

    def _call(self, arguments: dict[str, Any], answer: Callable[[httpx.Request], httpx.Response]) -> Any:
        client = self.package.AuthenticatedClient(
            token=TOKEN, max_retries=0, httpx_args={"transport": httpx.MockTransport(answer)}
        )
        with client:
            return self.module.sync_detailed(client=client, **arguments)


def _as_json(parsed: Any) -> Any:
    """A parsed body back as JSON through the models' `to_dict()` (a list body is a list of models)."""
    if isinstance(parsed, list):
        return [_as_json(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


def _differences(actual: Any, expected: Any, at: str) -> Iterator[str]:
    """Where the round-tripped body differs from the body read: a lost or added key, a changed value."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected.keys() | actual.keys():
            here = f"{at}.{key}" if at else key
            if key not in actual:
                yield f"{here} lost"
            elif key not in expected:
                yield f"{here} added"
            else:
                yield from _differences(actual[key], expected[key], here)
    elif isinstance(expected, list) and isinstance(actual, list) and len(actual) == len(expected):
        for index, (a, e) in enumerate(zip(actual, expected, strict=True)):
            yield from _differences(a, e, f"{at}[{index}]")
    elif actual != expected or type(actual) is bool is not type(expected):
        if isinstance(actual, str) and isinstance(expected, str) and _same_instant(actual, expected):
            return
        yield f"{at or '(body)'}: {expected!r} -> {actual!r}"


def _same_instant(a: str, b: str) -> bool:
    try:
        return datetime.datetime.fromisoformat(a) == datetime.datetime.fromisoformat(b)
    except ValueError:
        return False


# --- the command ---------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s fidelity --", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="clients of clients.toml (default: every one)")
    parser.add_argument("--vendor-specs", type=Path, default=DEFAULT_VENDOR_SPECS, help="the vendors' documents")
    arguments = parser.parse_args(argv)
    try:
        names = [c.name for c in load_manifest().select(arguments.names or None)]
        # A client whose vendor publishes no document of its own (a new API) has nothing to be held against:
        # skipped with a note when every client is checked, one line when named.
        undocumented = [name for name in names if name not in VENDOR_FILES]
        if undocumented and arguments.names:
            raise InputError("command line", None, f"no vendor document for {undocumented[0]!r} ({WHERE_NAMED})")
        names = [name for name in names if name in VENDOR_FILES]
        if not arguments.vendor_specs.is_dir():
            raise InputError(arguments.vendor_specs, None, "no such folder (the workplace's shared/vendor-specs)")
        results = [check_client(name, arguments.vendor_specs) for name in names]
    except InputError as error:
        print_error(error)
        return 1
    for name in undocumented:
        print(f"note    {name}: not checked, no vendor document ({WHERE_NAMED})")
    reports = [report for found, _ in results for report in found]
    problems = [problem for _, found in results for problem in found]
    for report in reports:
        print(report.line())
    for artefact in ARTEFACTS:
        if artefact.client in names:
            print(f"note    {artefact.client}: corrected in the vendor's document before checking: {artefact.name}")
    for problem in problems:
        print(f"JUDGED  {problem}")
    tally = {outcome: sum(r.outcome == outcome for r in reports) for outcome in ("clean", "allowed", "FAIL")}
    print(
        f"{len(reports)} operations: {tally['clean']} clean, {tally['allowed']} allowed by named judgements, "
        f"{tally['FAIL']} failing" + (f"; {len(problems)} judgement problems" if problems else "")
    )
    return 1 if tally["FAIL"] or problems else 0


if __name__ == "__main__":
    sys.exit(main())
