"""The benchmark harness: its statistics, table and JSON on made-up timings, and its command line.

No real benchmarking here: `nox -s bench` measures; these tests check that what it reports is computed right.
"""

from __future__ import annotations

import copy
import functools
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.bench import __main__ as bench_main
from scripts.bench import _counted, contract, imports, instructions
from scripts.bench._processes import ProcessFailed
from scripts.bench._stats import (
    Goal,
    Row,
    interleave,
    render_markdown,
    render_table,
    row_from_json,
    summarize,
    write_results,
)
from scripts.bench.payload import RECENT_ITEMS, payload_bytes, session_payload
from scripts.manifest import REPO_ROOT, load_manifest
from tests.shared import shared_folder


def test_a_summary_is_the_median_of_per_round_ratios_with_their_interquartile_range() -> None:
    summary = summarize(candidate=[1.1, 2.4, 3.3, 4.4, 5.0], baseline=[1.0, 2.0, 3.0, 4.0, 5.0])
    assert summary.ratios == pytest.approx((1.1, 1.2, 1.1, 1.1, 1.0))
    assert summary.ratio == pytest.approx(1.1)
    assert (summary.low, summary.high) == pytest.approx((1.1, 1.1))
    assert summary.candidate == pytest.approx(3.3)
    assert summary.baseline == pytest.approx(3.0)


def test_one_slow_round_moves_the_spread_not_the_median() -> None:
    summary = summarize(candidate=[1.0, 1.0, 9.0, 1.0], baseline=[1.0, 1.0, 1.0, 1.0])
    assert summary.ratio == pytest.approx(1.0)
    assert summary.high > summary.low


@pytest.mark.parametrize(
    ("candidate", "baseline"), [([1.0], []), ([], []), ([1.0, 0.0], [1.0, 1.0])], ids=["unpaired", "empty", "zero"]
)
def test_a_summary_refuses_unpaired_or_non_positive_timings(candidate: list[float], baseline: list[float]) -> None:
    with pytest.raises(ValueError):
        summarize(candidate, baseline)


def test_rounds_interleave_the_contenders_and_reverse_their_order_every_other_round() -> None:
    calls: list[str] = []
    ticks = iter(range(1, 100))

    def contender(name: str) -> float:
        calls.append(name)
        return float(next(ticks))

    results = interleave(3, {"a": lambda: contender("a"), "b": lambda: contender("b")}, warmup=1)
    assert calls == ["a", "b", "b", "a", "a", "b", "b", "a"]
    assert results == {"a": [4.0, 5.0, 8.0], "b": [3.0, 6.0, 7.0]}  # the warm-up round (1, 2) is dropped


@pytest.mark.parametrize(
    ("goal", "ratio", "met"),
    [(Goal("<=", 1.2), 1.2, True), (Goal("<=", 1.2), 1.21, False), (Goal(">=", 1.5), 1.49, False),
     (Goal(">=", 1.5), 2.0, True)],
)  # fmt: skip
def test_a_goal_is_met_on_its_side_of_the_target(goal: Goal, ratio: float, met: bool) -> None:
    assert goal.met(ratio) is met


def _rows() -> list[Row]:
    measured = Row(
        benchmark="parse",
        title="parse session",
        candidate="from_dict",
        baseline="pydantic",
        unit="µs",
        goal=Goal("<=", 1.0),
        summary=summarize([150e-6, 160e-6, 170e-6], [100e-6, 100e-6, 100e-6]),
        rounds=3,
        note="includes json.loads",
    )
    skipped = Row(
        benchmark="contract",
        title="contract cases per second",
        candidate="suite",
        baseline="CLI",
        unit="cases/s",
        goal=Goal(">=", 1.5),
        state="skipped",
        reason="npm not found:\ninstall Node.js",
    )
    return [measured, skipped]


def test_the_table_shows_each_ratio_its_spread_goal_and_status_and_says_why_a_row_has_no_figure() -> None:
    table = render_table(_rows())
    parse_line = next(line for line in table.splitlines() if line.startswith("parse session"))
    for expected in ("from_dict 160.0 µs", "pydantic 100.0 µs", "1.60x", "1.55-1.65", "<= 1.00x", "missed"):
        assert expected in parse_line
    assert "skipped: npm not found: install Node.js" in table
    assert "- parse session: includes json.loads" in table


def test_results_are_written_dated_and_as_latest(tmp_path: Path) -> None:
    dated, latest = write_results(_rows(), tmp_path / ".bench", {"date": "2026-01-02T03:04:05+00:00"}, "STAMP")
    assert dated.name == "results-STAMP.json"
    assert dated.read_text() == latest.read_text()
    document = json.loads(latest.read_text())
    assert document["date"] == "2026-01-02T03:04:05+00:00"
    parse, contract = document["rows"]
    assert parse["status"] == "missed"
    assert parse["goal"] == "<= 1.00x"
    assert parse["summary"]["ratio"] == pytest.approx(1.6)
    assert parse["summary"]["ratios"] == [1.5, 1.6, 1.7]
    assert contract["status"] == "skipped"
    assert contract["summary"] is None


def test_rows_read_back_from_json_render_the_same() -> None:
    for row in _rows():
        assert render_table([row_from_json(row.as_json())]) == render_table([row])


def test_the_readme_table_is_rendered_from_the_results_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meta = {"date": "2026-01-02T03:04:05+00:00", "machine": {"cpu": "AMD EPYC", "cores": 2, "python": "3.11.7"}}
    write_results(_rows(), tmp_path, meta, "STAMP")
    assert bench_main.main(["--markdown", "--output", str(tmp_path)]) == 0
    markdown = capsys.readouterr().out
    assert "Measured 2026-01-02T03:04:05+00:00 on AMD EPYC (2 cores), Python 3.11.7" in markdown
    assert (
        "| parse session | from_dict 160.0 µs | pydantic 100.0 µs | 1.60x | 1.55-1.65 | <= 1.00x | missed |" in markdown
    )
    assert "| contract cases per second |" in markdown
    assert markdown == render_markdown(json.loads((tmp_path / "latest.json").read_text())) + "\n"


def test_a_failing_benchmark_is_reported_and_does_not_hide_the_others(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(quick: bool) -> list[Row]:
        raise RuntimeError("the server did not start")

    monkeypatch.setattr(bench_main, "BENCHMARKS", {"broken": broken, "fine": lambda quick: _rows()[:1]})
    code = bench_main.main(["--output", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "error: RuntimeError: the server did not start" in out
    assert "1.60x" in out
    assert "goals met: 0 of 1 measured" in out
    statuses = [row["status"] for row in json.loads((tmp_path / "latest.json").read_text())["rows"]]
    assert statuses == ["error", "missed"]


def test_without_npm_the_contract_rows_are_skipped_and_say_why(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(contract, "PRISM_HOME", tmp_path / "prism")  # Prism not installed there
    monkeypatch.setattr(shutil, "which", lambda name: None)
    rate, startup = contract.run(quick=True)
    assert (rate.title, startup.title) == ("contract cases per second", "contract run start-up")
    for row in (rate, startup):
        assert row.status == "skipped"
        assert row.summary is None
        assert "npm not found" in row.reason


def _event(kind: str, **data: object) -> str:
    return json.dumps({kind: data})


def test_the_cli_s_cases_are_those_no_check_derived_timed_per_operation_without_its_waits(tmp_path: Path) -> None:
    """Counted as the suite counts: a case a check sent on another's behalf (`parent_id`) is not a case."""
    get = {"a": {"value": {}}, "b": {"value": {}, "parent_id": "a"}, "c": {"value": {}}}
    report = tmp_path / "run.ndjson"
    lines = [
        _event("LoadingStarted", timestamp=100.0),
        _event("ScenarioStarted", timestamp=101.0, phase="examples"),
        _event("ScenarioFinished", timestamp=102.0, elapsed_time=1.0, recorder={"label": "GET /a", "cases": get}),
        _event("ScenarioStarted", timestamp=102.0, phase="fuzzing"),
        _event("NonFatalError", timestamp=108.0, label="POST /a", value={"type": "ReadTimeout", "message": "..."}),
        _event(
            "ScenarioFinished", timestamp=109.0, elapsed_time=7.0, recorder={"label": "POST /a", "cases": {"d": {}}}
        ),
        _event("EngineFinished", timestamp=109.5),
    ]
    report.write_text("\n".join(lines) + "\n")
    operations, busy, dropped = contract.read_cli_report(report, "emogg")
    assert operations == {
        ("emogg", "GET /a"): (2, 1.0),
        ("emogg", "POST /a"): (1, pytest.approx(7.0 - contract._CLI_REQUEST_TIMEOUT)),  # the wait is no case's
    }
    assert (busy, dropped) == (8.0, 1)


def test_the_bench_reads_each_operation_and_the_total_of_the_suite_s_report(monkeypatch: pytest.MonkeyPatch) -> None:
    from scripts import contract as suite

    def test_emogg() -> None:
        """Stands for the server-side test of emogg, as `server_side_test` registers it."""

    monkeypatch.setattr(suite, "_COUNTS", suite._CaseCounts())
    monkeypatch.setitem(suite._TESTS, test_emogg, "emogg")
    suite.record_build_time(test_emogg, 0.75)  # as the conftest's hooks do
    for label, cases, seconds in [("GET /v1/sessions", 12, 0.5), ("POST /v1/sessions", 3, 1.25)]:
        suite._COUNTS.expect("emogg", label, ["200"])
        suite._COUNTS.by_operation[("emogg", label)]["positive"] = cases
        suite.record_run_time(test_emogg, label, seconds)
    report = "\n".join(suite.case_count_report())
    assert "tests built in 0.750 s" in report
    timed = contract.read_suite_report(report, wall_seconds=5.0)
    assert timed.operations == {("emogg", "GET /v1/sessions"): (12, 0.5), ("emogg", "POST /v1/sessions"): (3, 1.25)}
    assert timed.shared_seconds == 0.75
    assert timed.startup_seconds == pytest.approx(5.0 - 0.75 - 0.5 - 1.25)


def test_the_rates_are_compared_over_the_operations_both_sides_ran_the_same_cases_of() -> None:
    ours = contract.Timed(
        {("a", "GET /x"): (100, 1.0), ("a", "POST /x"): (120, 2.0), ("a", "PUT /x"): (50, 1.0)}, 3.0, shared_seconds=0.5
    )
    theirs = contract.Timed({("a", "GET /x"): (95, 4.0), ("a", "POST /x"): (36, 1.0), ("a", "PUT /x"): (50, 2.0)}, 1.0)
    compared = contract.comparable(ours, theirs)
    assert compared == [("a", "GET /x"), ("a", "PUT /x")]  # POST: the CLI ended its fuzzing early
    assert ours.rate(compared) == pytest.approx(150 / (2.0 + 0.5))  # the suite's test building charged in full
    assert theirs.rate(compared) == pytest.approx(145 / 6.0)


@pytest.mark.slow  # a subprocess
def test_the_command_line_lists_the_benchmarks() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scripts.bench", "--help"], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert "--only NAME" in result.stdout
    for name in ("regen", "call", "parse", "imports", "contract", "memory", "retained"):
        assert name in result.stdout


def test_the_benchmark_payload_is_the_seed_session_with_full_recent_lists_and_about_12_kb() -> None:
    seeds = shared_folder("seeds")  # skips the test without ../shared
    data = session_payload(seeds)["data"]
    recent = {key: items for key, items in data.items() if key.endswith("-recent")}
    assert set(recent) == {"cheer-recent", "host-recent", "tip-recent", "subscriber-recent", "follower-recent"}
    assert all(len(items) == RECENT_ITEMS == 25 for items in recent.values())
    assert set(recent["follower-recent"][0]) == {"createdAt", "name"}
    assert set(recent["tip-recent"][0]) == {"_id", "amount", "name"}
    assert data["tip-latest"]["message"] == "User1 Tip Message Supplied Here"  # the rest is the seed's
    assert 11_000 <= len(payload_bytes(seeds)) <= 13_500


CLIENTS = load_manifest().clients


@functools.cache  # resolving a spec with its overlays takes a while
def first_call(name: str) -> imports.FirstCall:
    return imports.first_call(name, CLIENTS[name].package)


@pytest.mark.parametrize("name", list(CLIENTS))
def test_the_first_call_of_every_client_reads_one_session_from_its_documented_example(name: str) -> None:
    call = first_call(name)
    assert call.method == imports.FIRST_CALL == "sessions.get"
    assert isinstance(json.loads(call.body), dict)  # the 200 example, as the vendor would send it
    assert call.url.startswith("https://")
    assert "{" not in call.url  # every path parameter filled, as the client's positional arguments
    assert all(argument in call.url for argument in call.arguments)


def test_an_api_without_sessions_get_is_measured_on_its_first_read_with_a_documented_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A new API's maintainer need not name any operation `sessions.get` for the cold-start rows to run."""
    spec = copy.deepcopy(imports.resolved_spec("emogg"))
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("x-python-method") == "sessions.get":
                operation["x-python-method"] = "sessions.fetch"
    monkeypatch.setattr(imports, "resolved_spec", lambda name: spec)
    call = imports.first_call("emogg", CLIENTS["emogg"].package)
    reads = [op["x-python-method"] for item in spec["paths"].values() for method, op in item.items() if method == "get"]
    assert call.method in reads and call.method != "sessions.get"
    assert json.loads(call.body)  # its documented 200 example
    assert "{" not in call.url


@pytest.mark.slow  # a fresh interpreter per side
@pytest.mark.parametrize("name", list(CLIENTS))
def test_both_sides_of_the_first_call_decode_the_same_body_in_a_fresh_interpreter(name: str) -> None:
    call = first_call(name)
    python = Path(sys.executable)  # the test environment has every client installed
    assert imports.timed_call(python, imports.client_code(call), f"{call.package}.models.") > 0
    assert imports.timed_call(python, imports.baseline_code(call), "builtins") > 0


@pytest.mark.slow  # a fresh interpreter
def test_a_first_call_that_decodes_into_no_model_is_refused_not_timed() -> None:
    call = first_call("emogg")
    with pytest.raises(ProcessFailed, match="returned a builtins object"):
        imports.timed_call(Path(sys.executable), imports.baseline_code(call), f"{call.package}.models.")


def test_the_cold_start_baseline_imports_what_every_client_depends_on() -> None:
    # The clients depend on httpx and attrs: the baseline pays for both imports, as a client's first call does.
    assert "import httpx, attrs\n" in imports.baseline_code(first_call("emogg"))


@pytest.mark.parametrize("items", [0, 1, _counted.LIST_PAGE, 3 * _counted.LIST_PAGE + 7])
def test_the_counted_list_walk_yields_every_item_of_every_page_once(items: int) -> None:
    walk = _counted.list_walk(items, json.loads(first_call("emogg").body))
    assert walk() == items
    assert walk() == items  # a second walk starts over


def test_the_instruction_rows_are_skipped_with_a_reason_without_valgrind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(instructions.shutil, "which", lambda name: None)
    (row,) = instructions.run(quick=True)
    assert row.status == "skipped" and "valgrind" in row.reason
    with pytest.raises(ProcessFailed, match="valgrind"):
        instructions.count("parse", 1)


def test_an_instruction_figure_is_the_count_of_n_operations_less_the_set_up_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counts = {("parse", 10, ""): 5_000, ("parse", 0, ""): 1_000}
    monkeypatch.setattr(instructions, "count", lambda case, number, argument="": counts[case, number, argument])
    assert instructions.per_operation({"parse": (10, "")}) == {"parse": 400.0}


@pytest.mark.slow  # copies the repository's inputs and resolves every spec
def test_the_regeneration_benchmarks_copy_holds_what_the_drift_guard_compares(tmp_path: Path) -> None:
    from scripts.bench.regen import RegenWorkload
    from scripts.mock.bundle import find_bundle_drift

    workload = RegenWorkload(tmp_path)
    assert find_bundle_drift(workload.root) == []
