"""Row 5: contract cases per second, our in-process suite vs the schemathesis CLI against Prism.

- ours: the server-side contract suite (`pytest tests/contract/test_contract_server.py`, every API, the mock
  in-process through ASGI), cases counted by the suite's own report;
- theirs: `schemathesis run` once per API against Prism (`@stoplight/prism-cli`, pinned below, installed
  under .bench/ with npm and started here on 127.0.0.1 before the rounds, stopped after), cases as the CLI
  reports them ("N generated").

Same specs (after overlays), same `--max-examples`, seed, generation modes (positive and negative) and
phases (examples, coverage, fuzzing: the suite has no stateful phase). The CLI runs with
`--continue-on-failure --no-shrink` because Prism fails checks our mock passes (it accepts any token, sends
405 without `Allow`): without them it would stop early and replay cases, measuring something else.
A rate is cases over the wall time of the commands, start-up included on both sides.
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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scripts.bench._processes import ProcessFailed, tool_env
from scripts.bench._stats import Goal, Row, interleave, summarize
from scripts.manifest import REPO_ROOT, load_manifest
from scripts.sources import resolved_spec

__all__ = ["PRISM_VERSION", "install_prism", "run"]

PRISM_VERSION = "5.16.0"  # `npm view @stoplight/prism-cli version` when this benchmark was written
PRISM_HOME = REPO_ROOT / ".bench" / "prism"
_PRISM_START_TIMEOUT = 60.0
_STOP_TIMEOUT = 10.0
_SUITE = "tests/contract/test_contract_server.py"
_SUITE_TOTAL = re.compile(r"^total: (\d+) cases", re.MULTILINE)
_CLI_TOTAL = re.compile(r"(\d+) generated")
_SEED = 0


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


def _timed(command: list[str], pattern: re.Pattern[str], env: dict[str, str]) -> tuple[int, float]:
    """(cases, seconds) of one command, the cases read from its output with `pattern`."""
    started = time.perf_counter()
    result = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    found = pattern.search(result.stdout)
    if found is None:
        raise ProcessFailed(f"{' '.join(command[:4])} ... printed no case count: {result.stdout[-600:]}")
    return int(found.group(1)), seconds


def _suite_rate(max_examples: int) -> float:
    # Imported here, not at the top: a suite that does not import yet fails this row only.
    from scripts.contract import ENV_MAX_EXAMPLES, ENV_SEED

    env = {**tool_env(), ENV_MAX_EXAMPLES: str(max_examples), ENV_SEED: str(_SEED)}
    command = [sys.executable, "-m", "pytest", _SUITE, "-q", "-p", "no:cacheprovider"]
    cases, seconds = _timed(command, _SUITE_TOTAL, env)
    return cases / seconds


def _cli_rate(targets: dict[Path, str], max_examples: int) -> float:
    cli = str(Path(sys.executable).parent / "schemathesis")
    total_cases, total_seconds = 0, 0.0
    for spec, url in targets.items():
        command = [
            cli, "run", str(spec), "--url", url,
            "--max-examples", str(max_examples), "--seed", str(_SEED), "--mode", "all",
            "--phases", "examples,coverage,fuzzing", "--generation-database", "none",
            "--continue-on-failure", "--no-shrink",
            "-H", "Authorization: Bearer bench-token",
        ]  # fmt: skip
        cases, seconds = _timed(command, _CLI_TOTAL, tool_env())
        total_cases += cases
        total_seconds += seconds
    return total_cases / total_seconds


def run(quick: bool) -> list[Row]:
    row = Row(
        benchmark="contract",
        title="contract cases per second",
        candidate="in-process suite",
        baseline="schemathesis CLI + Prism",
        unit="cases/s",
        goal=Goal(">=", 1.5),
    )
    try:
        prism = install_prism()
    except Skipped as exc:
        row.state, row.reason = "skipped", str(exc)
        return [row]
    from scripts.contract import MOCK_MAX_EXAMPLES  # lazily, like _suite_rate: the suite's own default

    max_examples = 5 if quick else MOCK_MAX_EXAMPLES
    rounds = 1 if quick else 2
    names = list(load_manifest().clients)
    with tempfile.TemporaryDirectory(prefix="bench-contract-") as tmp:
        folder = Path(tmp)
        specs = [folder / f"{name}.json" for name in names]
        for name, spec in zip(names, specs, strict=True):
            spec.write_text(json.dumps(resolved_spec(name)), encoding="utf-8")
        with _prisms(prism, specs, folder) as targets:
            results = interleave(
                rounds,
                {"suite": lambda: _suite_rate(max_examples), "cli": lambda: _cli_rate(targets, max_examples)},
                warmup=0,
            )
    row.summary = summarize(results["suite"], results["cli"])
    row.rounds = rounds
    row.note = (
        f"{len(names)} APIs, --max-examples {max_examples}, seed {_SEED}; Prism {PRISM_VERSION} started once "
        "per API before the rounds; rates include each command's start-up"
    )
    return [row]
