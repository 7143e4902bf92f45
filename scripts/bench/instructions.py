"""Rows by instruction count (valgrind): the call, parse and list goals measured where a shared machine makes
timings too noisy to compare a few per cent.

Each figure is the instructions of one steady-state operation in the benchmark's process (scripts/bench/_counted.py
runs it N times after a warm-up; the count of a run with N=0 is subtracted, so imports and set-up are left out).
The call rows count the client's process only, against the same uvicorn payload server as row "call" (its
process is not counted): what the client adds to raw httpx. Skipped when valgrind is not installed.
"""

from __future__ import annotations

import concurrent.futures
import os
import re
import shutil
import subprocess
import sys

from scripts.bench._counted import LIST_PAGE
from scripts.bench._processes import ProcessFailed
from scripts.bench._stats import Goal, Row, summarize
from scripts.bench.call import payload_server
from scripts.bench.imports import first_call
from scripts.manifest import REPO_ROOT

__all__ = ["count", "run"]

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def count(case: str, number: int, argument: str = "") -> int:
    """Instructions of a `_counted` run of `case` `number` times (after its set-up and warm-up)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise ProcessFailed("valgrind is not installed")
    command = [valgrind, "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    command += [sys.executable, "-m", "scripts.bench._counted", case, str(number), argument]
    # One hash seed: string hashing decides dict and set layouts, and with them a few per cent of some counts.
    environment = {**os.environ, "PYTHONHASHSEED": "0"}
    result = subprocess.run(command, cwd=REPO_ROOT, env=environment, capture_output=True, text=True, check=False)
    match = _REFS.search(result.stderr)
    if result.returncode != 0 or match is None:
        raise ProcessFailed(f"{case}: {result.stderr.strip()[-800:]}")
    return int(match.group(1).replace(",", ""))


def per_operation(jobs: dict[str, tuple[int, str]], workers: int = 4) -> dict[str, float]:
    """Instructions of one operation of each case (`case: (number, argument)`): the runs with N and with 0 at once,
    on several processes (a count does not depend on what else runs, only the wall time does)."""
    runs = [(case, number, argument) for case, (number, argument) in jobs.items() for number in (number, 0)]
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        counts = dict(zip(runs, pool.map(lambda run: count(*run), runs), strict=True))
    return {case: (counts[case, n, arg] - counts[case, 0, arg]) / n for case, (n, arg) in jobs.items()}


def _row(title: str, candidate: str, baseline: str, figures: tuple[float, float], goal: Goal | None, note: str) -> Row:
    return Row(
        benchmark="instructions",
        title=title,
        candidate=candidate,
        baseline=baseline,
        unit="instr",
        goal=goal,
        summary=summarize([figures[0]], [figures[1]]),
        rounds=1,
        note=note,
    )


def run(quick: bool) -> list[Row]:
    if shutil.which("valgrind") is None:
        return [
            Row(
                benchmark="instructions",
                title="instruction counts",
                candidate="",
                baseline="",
                unit="",
                state="skipped",
                reason="valgrind is not installed",
            )
        ]
    calls = 5 if quick else 20
    with payload_server() as url:
        served = per_operation({case: (calls, url) for case in ("call", "call, no extra", "httpx get().json()")})
    item = first_call("emogg", "emogg_sessions_client").body.decode()  # a session, the spec's example
    counted = per_operation(
        {
            **{case: (calls, "") for case in ("parse", "parse, no extra", "pydantic")},
            "list of 100": (3 if quick else 10, item),
            "list of 10,000": (1, item),
        }
    )
    call, call_stdlib, raw = served["call"], served["call, no extra"], served["httpx get().json()"]
    parse, parse_stdlib, pydantic = counted["parse"], counted["parse, no extra"], counted["pydantic"]
    small, large = counted["list of 100"] / 100, counted["list of 10,000"] / 10_000
    server = "against the uvicorn payload server of row `call` (its process not counted)"
    return [
        _row("instructions: sync call, 12.6 KB session", "get_current_session.sync", "httpx get().json()",
             (call, raw), Goal("<=", 1.00), f"with the `speed` extra; {server}"),
        _row("instructions: sync call, no extra", "get_current_session.sync", "httpx get().json()",
             (call_stdlib, raw), Goal("<=", 1.15), f"standard library and from_dict; {server}"),
        _row("instructions: parse 12.6 KB session", "decode_typed, speed extra", "pydantic model_validate_json",
             (parse, pydantic), Goal("<=", 0.30), "bytes in on both sides, as row `parse`"),
        _row("instructions: parse, no extra", "from_dict(decode_json)", "pydantic model_validate_json",
             (parse_stdlib, pydantic), None, "bytes in on both sides, as row `parse`"),
        _row("instructions: list of 10,000 per item", "10,000 items, per item", "100 items, per item",
             (large, small), Goal("<=", 1.00),
             f"Emogg().sessions.list walked to the end over httpx.MockTransport, {LIST_PAGE} items a page"),
    ]  # fmt: skip


if __name__ == "__main__":  # one case by hand: python -m scripts.bench.instructions CASE N [URL]
    print(per_operation({sys.argv[1]: (int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "")}))
