"""Figures of a benchmark run: interleaved rounds, per-round ratios, their median and spread, a table and JSON.

Every figure is a ratio against a baseline measured in the same run. Rounds interleave the contenders and
alternate their order (A B, B A, A B, ...) so that a slow drift of the machine (thermal, another process)
weighs on both sides alike; each round yields one ratio, and a row reports the median of those ratios with
their interquartile range as the spread.
"""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

__all__ = [
    "Goal",
    "Row",
    "Summary",
    "interleave",
    "per_call",
    "render_markdown",
    "render_table",
    "row_from_json",
    "summarize",
    "write_results",
]


@dataclass(frozen=True)
class Goal:
    """The target of a ratio: `<= 1.2` (at most 1.2 times the baseline) or `>= 1.5`."""

    op: Literal["<=", ">="]
    target: float

    def met(self, ratio: float) -> bool:
        return ratio <= self.target if self.op == "<=" else ratio >= self.target

    def __str__(self) -> str:
        return f"{self.op} {self.target:.2f}x"


@dataclass(frozen=True)
class Summary:
    """Per-round ratios reduced to a median and an interquartile range, with the medians of both sides."""

    ratio: float
    low: float
    high: float
    candidate: float
    baseline: float
    ratios: tuple[float, ...]


def summarize(candidate: Sequence[float], baseline: Sequence[float]) -> Summary:
    """Pair round i of `candidate` with round i of `baseline`: ratio = candidate / baseline, per round.

    Values are costs (seconds, megabytes; goal `<=`) or rates (cases per second; goal `>=`).
    """
    if len(candidate) != len(baseline) or not candidate:
        raise ValueError(f"need as many candidate as baseline rounds, at least one ({len(candidate)}/{len(baseline)})")
    if any(value <= 0 for value in (*candidate, *baseline)):
        raise ValueError("measurements must be positive")
    ratios = tuple(c / b for c, b in zip(candidate, baseline, strict=True))
    low, high = _quartiles(ratios)
    return Summary(
        ratio=statistics.median(ratios),
        low=low,
        high=high,
        candidate=statistics.median(candidate),
        baseline=statistics.median(baseline),
        ratios=ratios,
    )


def _quartiles(values: Sequence[float]) -> tuple[float, float]:
    if len(values) < 2:
        return values[0], values[0]
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q3


def interleave(
    rounds: int, contenders: Mapping[str, Callable[[], float]], *, warmup: int = 1
) -> dict[str, list[float]]:
    """Run every contender once per round, reversing the order every other round; `warmup` rounds are dropped.

    Each contender measures itself and returns its figure, so that its set-up stays out of the timing.
    """
    names = list(contenders)
    results: dict[str, list[float]] = {name: [] for name in names}
    for index in range(warmup + rounds):
        order = names if index % 2 == 0 else names[::-1]
        figures = {name: contenders[name]() for name in order}
        if index >= warmup:
            for name, value in figures.items():
                results[name].append(value)
    return results


def per_call(function: Callable[[], object], *, budget: float) -> Callable[[], float]:
    """A contender for `interleave`: a batch of calls to `function` lasting about `budget` seconds, timed.

    The batch size is fixed once, from a first timing, so that every round runs the same number of calls.
    """
    started = time.perf_counter()
    function()
    once = max(time.perf_counter() - started, 1e-7)
    number = max(1, round(budget / once))

    def batch() -> float:
        # Start every batch with an empty garbage collector, so that no side pays for the other's garbage.
        gc.collect()
        started = time.perf_counter()
        for _ in range(number):
            function()
        return (time.perf_counter() - started) / number

    return batch


Status = Literal["met", "missed", "no goal", "skipped", "pending", "error"]


@dataclass
class Row:
    """One line of the table: a candidate against its baseline, or why there is no figure."""

    benchmark: str
    title: str
    candidate: str
    baseline: str
    unit: str
    goal: Goal | None = None
    summary: Summary | None = None
    rounds: int = 0
    note: str = ""
    reason: str = ""  # why a row has no figure (skipped, pending, error)
    state: Literal["measured", "skipped", "pending", "error"] = "measured"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def status(self) -> Status:
        if self.state != "measured":
            return self.state
        if self.summary is None or self.goal is None:
            return "no goal"
        return "met" if self.goal.met(self.summary.ratio) else "missed"

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["goal"] = str(self.goal) if self.goal else None
        data["status"] = self.status
        if self.summary is not None:
            data["summary"]["ratios"] = [round(r, 4) for r in self.summary.ratios]
        return data


def _figure(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.2f} s" if value >= 1 else f"{value * 1e3:.1f} ms"
    if unit == "µs":
        return f"{value * 1e6:.1f} µs"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "cases/s":
        return f"{value:.0f} cases/s"
    return f"{value:g} {unit}"


_COLUMNS = ("benchmark", "candidate", "baseline", "ratio", "spread (IQR)", "goal", "status")


def _cells(row: Row) -> tuple[str, ...]:
    """The row's cells under `_COLUMNS`; a row without a figure says why in its status."""
    goal = str(row.goal) if row.goal else "—"
    if row.summary is None:
        reason = " ".join(row.reason.split())  # a process's output can span lines; a table row cannot
        reason = reason if len(reason) <= 300 else reason[:297] + "..."
        return (row.title, row.candidate, row.baseline, "—", "—", goal, f"{row.status}: {reason}")
    s = row.summary
    return (
        row.title,
        f"{row.candidate} {_figure(s.candidate, row.unit)}",
        f"{row.baseline} {_figure(s.baseline, row.unit)}",
        f"{s.ratio:.2f}x",
        f"{s.low:.2f}-{s.high:.2f}",
        goal,
        row.status,
    )


def render_table(rows: Sequence[Row]) -> str:
    """A plain-text table, one line per row, then the rows' notes."""
    lines = [_COLUMNS, *(_cells(row) for row in rows)]
    # The last column (status, or why there is no figure) is not padded.
    widths = [max(len(line[i]) for line in lines) for i in range(len(_COLUMNS) - 1)] + [len(_COLUMNS[-1])]
    rendered = []
    for number, line in enumerate(lines):
        cells = [cell.ljust(width) for cell, width in zip(line[:-1], widths, strict=False)] + [line[-1]]
        rendered.append("  ".join(cells).rstrip())
        if number == 0:
            rendered.append("  ".join("-" * width for width in widths))
    notes = [f"- {row.title}: {row.note}" for row in rows if row.note]
    return "\n".join(rendered + (["", *notes] if notes else []))


def render_markdown(document: Mapping[str, Any]) -> str:
    """The README's performance section body, from a results document (`.bench/latest.json`)."""
    rows = [row_from_json(data) for data in document["rows"]]
    machine = document.get("machine", {})
    lines = [
        f"Measured {document.get('date', '?')} on {machine.get('cpu', '?')} ({machine.get('cores', '?')} cores), "
        f"Python {machine.get('python', '?')}{' (--quick)' if document.get('quick') else ''}. "
        "Each ratio is the median of interleaved rounds against a baseline measured in the same run.",
        "",
        "| " + " | ".join(_COLUMNS) + " |",
        "|" + "---|" * len(_COLUMNS),
    ]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in _cells(row)) + " |" for row in rows]
    notes = [f"- {row.title}: {row.note}" for row in rows if row.note]
    return "\n".join(lines + (["", *notes] if notes else []))


def row_from_json(data: Mapping[str, Any]) -> Row:
    """The inverse of `Row.as_json`."""
    goal = None
    if data.get("goal"):
        op, target = str(data["goal"]).split()
        goal = Goal("<=" if op == "<=" else ">=", float(target.rstrip("x")))
    summary = None
    if data.get("summary"):
        summary = Summary(**{**data["summary"], "ratios": tuple(data["summary"]["ratios"])})
    fields = {key: data[key] for key in ("benchmark", "title", "candidate", "baseline", "unit")}
    extras = {key: data[key] for key in ("rounds", "note", "reason", "state", "extra") if key in data}
    return Row(**fields, goal=goal, summary=summary, **extras)


def write_results(rows: Sequence[Row], folder: Path, meta: Mapping[str, Any], stamp: str) -> tuple[Path, Path]:
    """Write `results-<stamp>.json` and `latest.json` (same content) into `folder`; return both paths."""
    folder.mkdir(parents=True, exist_ok=True)
    document = {**meta, "rows": [row.as_json() for row in rows]}
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    dated = folder / f"results-{stamp}.json"
    latest = folder / "latest.json"
    dated.write_text(text, encoding="utf-8")
    latest.write_text(text, encoding="utf-8")
    return dated, latest
