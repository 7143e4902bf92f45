"""Row 4: cold start of each client, as its first user meets it, vs the same first request with httpx alone,
both in a virtual environment that holds only that client and its dependencies.

The figure ("cold import of a client plus what its first call needs"): in a fresh
interpreter, from before the first import to the first decoded response, import the package's client class,
construct it over an `httpx.MockTransport` answering the operation's documented 200 example, and make one call
of `FIRST_CALL` (the same read of one session for every client), which decodes that body into its models.
The baseline does the same with what every client depends on: `import httpx, attrs`, then
`httpx.Client(transport=httpx.MockTransport(...)).get(url).json()` on the same bytes. Each client is measured twice:
installed alone, and with its `speed` extra (msgspec, whose Structs the first call builds). A row per client,
without a goal, keeps the stricter older figure: the package, every operation module and every model, against
`import httpx, attrs`.

Why a venv of its own: httpx imports its command-line extras (click, rich, pygments) when they are installed, and
the tools' environment has them, which would inflate the baseline and flatter the clients. A user's environment
with only the client installed is the honest comparison, so each client gets one (built once per run with uv,
from its cache; `python -m venv` + pip where uv is missing).

Each side runs in a fresh interpreter (`python -I -c`), which times itself with `perf_counter`, so interpreter
start-up is left out of both sides without subtracting a noisy `python -c pass`. "Cold" means a fresh process;
the bytecode caches are warm (a first, discarded round writes them).
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.bench._processes import ProcessFailed
from scripts.bench._stats import Goal, Row, interleave, summarize
from scripts.manifest import REPO_ROOT, load_manifest
from scripts.mock._spec import follow_refs
from scripts.sources import resolved_spec

__all__ = [
    "FIRST_CALL",
    "FirstCall",
    "baseline_code",
    "client_code",
    "client_venv",
    "first_call",
    "import_statement",
    "operation_modules",
    "run",
]

# The operation every client's first call makes (its overlay's `x-python-method`): a read of one session, which
# every client has, whose response decodes into the client's session model and the models nested in it.
FIRST_CALL = "sessions.get"

_TIMED = "import time; _t = time.perf_counter(); {statement}; print(time.perf_counter() - _t)"

# Both sides: the timer starts before the first import; a mock transport answers every request with the same
# JSON bytes; the decoded result's type is printed (the parent checks it: a call that decoded nothing would
# flatter the client), then the seconds from before the first import to the decoded response.
_FIRST_CALL = """\
import time
_t = time.perf_counter()
{imports}
_body = {body!r}
_transport = httpx.MockTransport(
    lambda request: httpx.Response(200, content=_body, headers={{"content-type": "application/json"}})
)
_result = {call}
_elapsed = time.perf_counter() - _t
print(type(_result).__module__)
print(_elapsed)
"""


@dataclass(frozen=True)
class FirstCall:
    """`FIRST_CALL` of one client: how to make it, what the vendor answers, and the URL httpx alone requests."""

    package: str
    client_class: str
    method: str
    arguments: tuple[str, ...]  # the path parameters, positional as the method takes them
    body: bytes
    url: str


def first_call(name: str, package: str) -> FirstCall:
    """`FIRST_CALL` of client `name` from its spec after overlays (or, for an API without one, its first read: a GET
    with a JSON 200 example and no required query parameter): the path, and the first 200 example as body."""
    spec = resolved_spec(name)
    reads = [
        (path, item, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method == "get" and isinstance(operation, dict) and _example_of(spec, operation) is not None
        and not any(p.get("required") and p.get("in") == "query" for p in operation.get("parameters") or [])
    ]  # fmt: skip
    reads.sort(key=lambda read: read[2].get("x-python-method") != FIRST_CALL)  # stable: the first read otherwise
    if not reads:
        raise ProcessFailed(f"{name}: no GET operation has a JSON 200 example to make a first call of")
    path, item, operation = reads[0]
    names = re.findall(r"{([^}]+)}", path)
    arguments = tuple(f"id-{index}" for index in range(len(names)))
    server = (operation.get("servers") or item.get("servers") or spec["servers"])[0]["url"]
    return FirstCall(
        package=package,
        client_class=spec["info"]["x-python-client"],
        method=operation["x-python-method"],
        arguments=arguments,
        body=json.dumps(_example_of(spec, operation), separators=(",", ":")).encode(),
        url=server.rstrip("/") + path.format_map(dict(zip(names, arguments, strict=True))),
    )


def _example_of(spec: dict[str, Any], operation: dict[str, Any]) -> Any:
    """The first example of the operation's JSON 200 response (`examples:` or `example:`), or None."""
    response, _ = follow_refs(spec, (operation.get("responses") or {}).get("200") or {}, "")
    media = (response.get("content") or {}).get("application/json") or {}
    if media.get("examples"):
        return follow_refs(spec, next(iter(media["examples"].values())), "")[0].get("value")
    return media.get("example")  # `example:` (singular) is as valid, and what a new API's spec may carry


def client_code(call: FirstCall) -> str:
    """The client's side: import the client class, construct it, make the first call; prints type and seconds."""
    construct = f"{call.client_class}(token='t', httpx_args={{'transport': _transport}})"
    return _FIRST_CALL.format(
        imports=f"from {call.package} import {call.client_class}\nimport httpx",
        body=call.body,
        call=f"{construct}.{call.method}(*{list(call.arguments)!r})",
    )


def baseline_code(call: FirstCall) -> str:
    """httpx and attrs (what every client depends on), one `get(url).json()` over the same mock vendor; prints
    type and seconds."""
    return _FIRST_CALL.format(
        imports="import httpx, attrs",
        body=call.body,
        call=f"httpx.Client(transport=_transport).get({call.url!r}).json()",
    )


def operation_modules(package_dir: Path, package: str) -> list[str]:
    """Every operation module of the generated package at `package_dir`, found on disk without importing it."""
    api = package_dir / "api"
    return sorted(
        f"{package}.{'.'.join(path.relative_to(package_dir).with_suffix('').parts)}"
        for path in api.rglob("*.py")
        if path.name != "__init__.py"
    )


def import_statement(package_dir: Path, package: str) -> str:
    """The stricter figure: the package, every operation module and every model (the models load lazily, so
    each is named)."""
    models = sorted(
        f"{package}.models.{path.stem}" for path in (package_dir / "models").glob("*.py") if path.stem != "__init__"
    )
    return "import " + ", ".join([package, *operation_modules(package_dir, package), *models])


def client_venv(distribution_dir: Path, home: Path, *, extra: str = "") -> Path:
    """The interpreter of a new venv under `home` holding only the client at `distribution_dir` and its dependencies
    (and those of its `extra`, e.g. "speed")."""
    uv = shutil.which("uv")
    python = home / "bin" / "python"
    requirement = f"{distribution_dir}[{extra}]" if extra else str(distribution_dir)
    if uv:
        commands = [
            [uv, "venv", "--quiet", "--python", sys.executable, str(home)],
            [uv, "pip", "install", "--quiet", "--python", str(python), requirement],
        ]
    else:
        commands = [
            [sys.executable, "-m", "venv", str(home)],
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", requirement],
        ]
    for command in commands:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise ProcessFailed(f"{' '.join(command[:3])} ...: {result.stderr.strip()[-800:]}")
    return python


def _run_child(python: Path, code: str) -> list[str]:
    # cwd outside the repository: nothing of the checkout (scripts/, generated/) can shadow the installed client.
    result = subprocess.run(
        [str(python), "-I", "-c", code], cwd=python.parent, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise ProcessFailed(f"{code.splitlines()[2][:60]}...: {result.stderr.strip()[-800:]}")
    return result.stdout.strip().splitlines()


def timed_call(python: Path, code: str, decoded_into: str) -> float:
    """Seconds of one first call (`client_code` or `baseline_code`), checking the result's type came from
    the module `decoded_into` (the client's models, or `builtins` for httpx's `json()`)."""
    *_, module, seconds = _run_child(python, code)
    if not module.startswith(decoded_into):
        raise ProcessFailed(f"the first call returned a {module} object, not one of {decoded_into}")
    return float(seconds)


def _timed_import(python: Path, statement: str) -> float:
    return float(_run_child(python, _TIMED.format(statement=statement))[-1])


# StreamElements' first call builds a 62-field model and eleven others (and, with the extra, their Structs).
_GOALS = {"streamelements": Goal("<=", 1.15)}
_VENV_NOTE = "in a venv holding only the client and its dependencies (no click/rich/pygments)"


def run(quick: bool) -> list[Row]:
    rounds = 5 if quick else 15
    manifest = load_manifest()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-imports-") as tmp:
        for client in manifest.clients.values():
            source = REPO_ROOT / "generated" / client.name
            call = first_call(client.name, client.package)
            for extra in ("", "speed"):
                python = client_venv(source, Path(tmp) / f"{client.name}-{extra or 'plain'}", extra=extra)
                rows += _cold_start(client.name, client.package, source, python, call, extra, rounds)
    return rows


def _cold_start(
    name: str, package: str, source: Path, python: Path, call: FirstCall, extra: str, rounds: int
) -> list[Row]:
    contenders = {
        "client": functools.partial(timed_call, python, client_code(call), f"{package}.models."),
        "httpx": functools.partial(timed_call, python, baseline_code(call), "builtins"),
    }
    if not extra:
        contenders["every module"] = functools.partial(
            _timed_import, python, import_statement(source / package, package)
        )
        contenders["import httpx"] = functools.partial(_timed_import, python, "import httpx, attrs")
    for contender in contenders.values():  # writes the bytecode caches: not a measured round
        contender()
    results = interleave(rounds, contenders)
    with_extra = f", `{extra}` extra" if extra else ""
    rows = [
        Row(
            benchmark="imports",
            title=f"cold start {name}, first call{with_extra}",
            candidate=f"import + {call.client_class}().{call.method}()",
            baseline="import httpx, attrs + get().json()",
            unit="s",
            goal=_GOALS.get(name, Goal("<=", 1.10)),
            summary=summarize(results["client"], results["httpx"]),
            rounds=rounds,
            note=f"from before the first import to the decoded response ({len(call.body):,} B, the spec's 200 "
            f"example, over httpx.MockTransport on both sides); both {_VENV_NOTE}"
            + (f", with the `{extra}` extra installed" if extra else ""),
        )
    ]
    if not extra:
        operations = len(operation_modules(source / package, package))
        rows.append(
            Row(
                benchmark="imports",
                title=f"cold import {name}, everything",
                candidate=f"package + {operations} op(s) + every model",
                baseline="import httpx, attrs",
                unit="s",
                summary=summarize(results["every module"], results["import httpx"]),
                rounds=rounds,
                note=f"stricter than a first call: every operation module and every model imported; both {_VENV_NOTE}",
            )
        )
    return rows
