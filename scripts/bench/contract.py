"""Row 5: contract cases per second, our in-process suite vs the schemathesis CLI against Prism, like for like.

- ours: the server-side contract suite (`pytest tests/contract/test_contract_server.py -k conforms_to_its_spec`,
  every API in one process, the mock in-process through ASGI), as `nox -s contract` runs it;
- theirs: `schemathesis run` once per API against Prism (`@stoplight/prism-cli`, pinned below, installed
  under .bench/ with npm and started here on 127.0.0.1 before the rounds, stopped after).

Same specs (after overlays), same `--max-examples`, seed, generation modes (positive and negative), phases
(examples, coverage, fuzzing: the suite's stateful phase is not part of this row) and default checks. The CLI
runs with `--continue-on-failure --no-shrink` because Prism fails checks our mock passes (it accepts any token,
sends 405 without `Allow`): without them it would stop each operation at its first failure and replay cases.

Counted alike: a case is one request schemathesis generated and checked; the extra requests some checks send
(`ignored_auth` replays a case without credentials) are not cases on either side. The suite counts the cases
that reach `run_case`; the CLI's are the cases of its NDJSON report that no other case spawned (its "N generated"
counts the checks' requests too: 1,784 against 800 when first measured).

Compared at equal case counts: with the same seed both sides generate nearly the same cases per operation
(Hypothesis also draws constants found in the non-installed modules a process has loaded, and the suite loads
this repository's scripts/), except where the CLI ends an operation's fuzzing early: at some checks Prism fails
(`--continue-on-failure` does not always keep it going), and at a request Prism never answers (a JSON body of
one NUL byte: the CLI waits for its request timeout, then a network error ends the scenario; those waits are
taken out of its time). So the rate of each side is taken over the operations where the two counts agree within
`_SAME_CASES`; the note gives the counts, compared and in all. An operation's seconds are, for the CLI, its
scenarios' own durations (generation, calls, checks); for the suite, its pytest item's (setup, generation, calls,
checks, teardown), and the suite is charged in full with building its tests at collection, when schemathesis
generates the coverage cases (more than the compared operations' share).

Start-up apart: everything else in a command's wall time (interpreter, imports, spec loading, schema creation,
exit) is its start-up, a row of its own. Bytecode is cached for both sides (`PYTHONPYCACHEPREFIX`), as
`nox -s contract` does, and a priming run fills that cache before the rounds.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from scripts.bench._processes import ProcessFailed, tool_env
from scripts.bench._stats import Goal, Row, interleave, summarize
from scripts.manifest import REPO_ROOT, load_manifest
from scripts.sources import resolved_spec

__all__ = ["PRISM_VERSION", "Timed", "install_prism", "read_cli_report", "run"]

PRISM_VERSION = "5.16.0"  # `npm view @stoplight/prism-cli version` when this benchmark was written
PRISM_HOME = REPO_ROOT / ".bench" / "prism"
_PRISM_START_TIMEOUT = 60.0
_STOP_TIMEOUT = 10.0
_SUITE = ["tests/contract/test_contract_server.py", "-k", "conforms_to_its_spec"]
# The lines of scripts.contract.case_count_report: one per operation, then the total.
_SUITE_OPERATION = re.compile(r"^(\S+) (\S+ \S+) +(\d+) cases in ([\d.]+) s", re.MULTILINE)
_SUITE_BUILT = re.compile(r"^tests built in ([\d.]+) s", re.MULTILINE)
_SUITE_TOTAL = re.compile(r"^total: (\d+) cases in ([\d.]+) s", re.MULTILINE)
_SAME_CASES = 0.10  # an operation is compared when the two sides' case counts differ by at most this share
_SEED = 0
# How long the CLI waits for an answer. Prism answers in milliseconds, or never (see the docstring): a wait this
# long is a request Prism dropped, and exactly this long is taken out of the CLI's time per such request.
_CLI_REQUEST_TIMEOUT = 5.0


class Skipped(Exception):
    """The row cannot be measured on this machine (no npm, Prism not installable); the message says why."""


def install_prism() -> Path:
    """The `prism` executable of the pinned version, installed under .bench/ on first use."""
    executable = PRISM_HOME / "node_modules" / ".bin" / "prism"
    manifest = PRISM_HOME / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    if executable.exists() and manifest.exists() and json.loads(manifest.read_text())["version"] == PRISM_VERSION:
        return executable
    npm = shutil.which("npm")
    if npm is None:
        raise Skipped("npm not found: install Node.js (with npm) to compare with Prism")
    command = [npm, "install", "--prefix", str(PRISM_HOME), f"@stoplight/prism-cli@{PRISM_VERSION}"]
    result = subprocess.run(
        [*command, "--no-audit", "--no-fund", "--loglevel=error"], capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not executable.exists():
        raise Skipped(f"npm could not install Prism {PRISM_VERSION}: {result.stderr.strip()[-300:]}")
    return executable


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + _PRISM_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ProcessFailed(f"Prism exited {process.returncode}: {log.read_text(errors='replace')[-500:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)  # polling a port that is not open yet; Prism gives no other readiness signal
    raise ProcessFailed(f"Prism did not listen on 127.0.0.1:{port} within {_PRISM_START_TIMEOUT:.0f} s")


@contextmanager
def _prisms(executable: Path, specs: list[Path], folder: Path) -> Iterator[dict[Path, str]]:
    """One Prism per spec, on free loopback ports, started together; yields spec -> URL; stops them after."""
    processes: list[tuple[subprocess.Popen[bytes], int, Path]] = []
    try:
        for spec in specs:
            port, log = _free_port(), folder / f"{spec.stem}.prism.log"
            with log.open("wb") as output:
                command = [str(executable), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)]
                processes.append((subprocess.Popen(command, stdout=output, stderr=output), port, log))
        for process, port, log in processes:
            _wait_for_port(port, process, log)
        yield {spec: f"http://127.0.0.1:{port}" for spec, (_, port, _) in zip(specs, processes, strict=True)}
    finally:
        for process, _, _ in processes:
            process.terminate()
        for process, _, _ in processes:
            try:
                process.wait(_STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


Operation = tuple[str, str]  # (API name, schemathesis' label: "GET /v1/sessions")


@dataclass(frozen=True)
class Timed:
    """One side's run of every API: per operation its cases and their seconds, and the rest of its wall time."""

    operations: dict[Operation, tuple[int, float]]
    startup_seconds: float  # wall time outside the cases: interpreter, imports, spec loading, exit
    dropped: int = 0  # requests Prism never answered (the CLI's fuzzing of that operation ended there)
    shared_seconds: float = 0.0  # case work not split by operation (the suite builds its tests at collection)

    @property
    def cases(self) -> int:
        return sum(cases for cases, _ in self.operations.values())

    def rate(self, operations: Iterable[Operation]) -> float:
        """Cases per second over `operations`, charged with all of `shared_seconds` (never less than their share)."""
        chosen = [self.operations[operation] for operation in operations]
        return sum(cases for cases, _ in chosen) / (sum(seconds for _, seconds in chosen) + self.shared_seconds)


def comparable(ours: Timed, theirs: Timed) -> list[Operation]:
    """The operations both sides ran the same cases of (counts within `_SAME_CASES`): not those whose fuzzing the
    CLI ended early, at a request Prism never answered or at a check Prism failed."""
    found = []
    for operation in sorted(ours.operations.keys() & theirs.operations.keys()):
        a, b = ours.operations[operation][0], theirs.operations[operation][0]
        if a and b and abs(a - b) <= _SAME_CASES * max(a, b):
            found.append(operation)
    return found


def _run(command: list[str], env: dict[str, str]) -> tuple[str, float]:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False)
    return result.stdout, time.perf_counter() - started


def _suite(max_examples: int, env: dict[str, str]) -> Timed:
    # Imported here, not at the top: a suite that does not import yet fails this row only.
    from scripts.contract_command import ENV_APIS, ENV_MAX_EXAMPLES, ENV_SEED

    env = {key: value for key, value in env.items() if key != ENV_APIS}  # every API
    env |= {ENV_MAX_EXAMPLES: str(max_examples), ENV_SEED: str(_SEED)}
    stdout, seconds = _run([sys.executable, "-m", "pytest", *_SUITE, "-q", "-p", "no:cacheprovider"], env)
    return read_suite_report(stdout, seconds)


def read_suite_report(stdout: str, wall_seconds: float) -> Timed:
    """The cases and seconds of the suite's report (`scripts.contract.case_count_report`) in its output: per
    operation its pytest item's, the building of the tests at collection, and the total (the rest is start-up)."""
    total = _SUITE_TOTAL.search(stdout)
    built = _SUITE_BUILT.search(stdout)
    operations = {
        (found.group(1), found.group(2)): (int(found.group(3)), float(found.group(4)))
        for found in _SUITE_OPERATION.finditer(stdout)
    }
    if total is None or not operations:
        raise ProcessFailed(f"the contract suite printed no case count: {stdout[-600:]}")
    shared = float(built.group(1)) if built else 0.0
    return Timed(operations, wall_seconds - float(total.group(2)), shared_seconds=shared)


def _cli(
    targets: dict[Path, str],
    max_examples: int,
    env: dict[str, str],
    folder: Path,
    phases: str = "examples,coverage,fuzzing",
) -> Timed:
    cli = str(Path(sys.executable).parent / "schemathesis")
    operations: dict[Operation, tuple[int, float]] = {}
    startup, dropped = 0.0, 0
    for spec, url in targets.items():
        report = folder / f"{spec.stem}.ndjson"
        command = [
            cli, "run", str(spec), "--url", url,
            "--max-examples", str(max_examples), "--seed", str(_SEED), "--mode", "all",
            "--phases", phases, "--generation-database", "none",
            "--continue-on-failure", "--no-shrink", "--request-timeout", str(_CLI_REQUEST_TIMEOUT),
            "-H", "Authorization: Bearer bench-token",
            "--report", "ndjson", "--report-ndjson-path", str(report),
        ]  # fmt: skip
        _, seconds = _run(command, env)
        counted, busy, lost = read_cli_report(report, spec.stem)
        operations |= counted
        startup += seconds - busy
        dropped += lost
    return Timed(operations, startup, dropped)


def read_cli_report(path: Path, api: str) -> tuple[dict[Operation, tuple[int, float]], float, int]:
    """What one `schemathesis run --report ndjson` did, read from its events: per operation its cases and their
    seconds, the seconds of all its scenarios (waits included) and the requests that timed out.

    A case is a recorded case without a `parent_id` (a case a check derived from another has one). An operation's
    seconds are those of its scenarios (one per phase), less the waits for requests that timed out.
    """
    cases: Counter[Operation] = Counter()
    seconds: dict[Operation, float] = {}
    dropped: Counter[Operation] = Counter()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ProcessFailed(f"schemathesis wrote no report {path.name}: {exc}") from None
    for line in lines:
        event = json.loads(line)
        kind, data = next(iter(event.items()))
        if kind == "ScenarioFinished":
            recorder = data.get("recorder") or {}
            operation = (api, str(recorder.get("label")))
            cases[operation] += sum(1 for case in (recorder.get("cases") or {}).values() if not case.get("parent_id"))
            seconds[operation] = seconds.get(operation, 0.0) + data["elapsed_time"]
        elif kind == "NonFatalError" and data.get("value", {}).get("type") in ("ReadTimeout", "Timeout"):
            dropped[(api, str(data.get("label")))] += 1
    if not cases.total():
        raise ProcessFailed(f"schemathesis ran no case ({path.name})")
    operations = {
        operation: (cases[operation], seconds[operation] - dropped[operation] * _CLI_REQUEST_TIMEOUT)
        for operation in cases
    }
    return operations, sum(seconds.values()), dropped.total()


def run(quick: bool) -> list[Row]:
    rate = Row(
        benchmark="contract",
        title="contract cases per second",
        candidate="in-process suite",
        baseline="schemathesis CLI + Prism",
        unit="cases/s",
        goal=Goal(">=", 1.5),
    )
    startup = Row(
        benchmark="contract",
        title="contract run start-up",
        candidate="pytest suite, 1 process",
        baseline="schemathesis CLI, 1 process per API",
        unit="s",
    )
    try:
        prism = install_prism()
    except Skipped as exc:
        for row in (rate, startup):
            row.state, row.reason = "skipped", str(exc)
        return [rate, startup]
    from scripts.contract import MOCK_MAX_EXAMPLES  # lazily, like _suite: the suite's own default

    max_examples = 5 if quick else MOCK_MAX_EXAMPLES
    rounds = 1 if quick else 2
    names = list(load_manifest().clients)
    suite_runs: list[Timed] = []
    cli_runs: list[Timed] = []
    with tempfile.TemporaryDirectory(prefix="bench-contract-") as tmp:
        folder = Path(tmp)
        # Bytecode cached for both sides, also under PYTHONDONTWRITEBYTECODE=1 (as `nox -s contract` does).
        env = {**tool_env(), "PYTHONPYCACHEPREFIX": str(folder / "pycache"), "PYTHONDONTWRITEBYTECODE": ""}
        specs = [folder / f"{name}.json" for name in names]
        for name, spec in zip(names, specs, strict=True):
            spec.write_text(json.dumps(resolved_spec(name)), encoding="utf-8")
        with _prisms(prism, specs, folder) as targets:
            # Priming, not measured: one quick run of each side fills the bytecode cache.
            _suite(1, env)
            _cli(targets, 1, env, folder, phases="examples")

            def suite() -> float:
                suite_runs.append(_suite(max_examples, env))
                return suite_runs[-1].startup_seconds

            def cli() -> float:
                cli_runs.append(_cli(targets, max_examples, env, folder))
                return cli_runs[-1].startup_seconds

            interleave(rounds, {"suite": suite, "cli": cli}, warmup=0)
    # Each round's rates over the operations both sides ran the same cases of in that round.
    pairs = [(ours, theirs, comparable(ours, theirs)) for ours, theirs in zip(suite_runs, cli_runs, strict=True)]
    rate.summary = summarize([o.rate(ops) for o, _, ops in pairs], [t.rate(ops) for _, t, ops in pairs])
    startup.summary = summarize([r.startup_seconds for r in suite_runs], [r.startup_seconds for r in cli_runs])
    rate.rounds = startup.rounds = rounds
    ours, theirs, compared = pairs[-1]
    rate.extra = {"compared_operations": [f"{api} {label}" for api, label in compared]}
    rate.note = (
        f"{len(names)} APIs, --max-examples {max_examples}, seed {_SEED}; cases counted alike (each generated case, "
        "not the checks' extra requests) and compared at equal counts: over the "
        f"{len(compared)} of {len(ours.operations)} operations where both sides ran the same cases (within "
        f"{_SAME_CASES:.0%}): suite {sum(ours.operations[o][0] for o in compared)} cases, CLI "
        f"{sum(theirs.operations[o][0] for o in compared)} (in all: {ours.cases} and {theirs.cases}). The CLI ends an "
        f"operation's fuzzing early at some failed checks and at each of the {theirs.dropped} requests Prism "
        f"{PRISM_VERSION} never answered (a JSON body of one NUL byte; its {_CLI_REQUEST_TIMEOUT:.0f} s waits are not "
        "counted). Seconds per operation: the CLI's scenarios; the suite's pytest items, plus all of its test "
        "building at collection (coverage cases). Start-up apart (next row)"
    )
    startup.note = (
        "wall time outside the cases (interpreter, imports, spec loading, schema creation, exit), bytecode cached on "
        f"both sides; the suite runs all {len(names)} APIs in one pytest process, the CLI takes one spec per "
        "process; Prism's own start-up (once, before the rounds) is not counted"
    )
    return [rate, startup]
