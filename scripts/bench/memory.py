"""Row 6: peak resident memory (RSS) of a full regeneration, with the bare generator's peak as the baseline.

The same commands as row 1 (see regen.py), in fresh processes; the peak is `ru_maxrss` from `wait4`, which
covers the command and every process it waited for (the generator runs, ruff). It is the largest single
process, not a sum: the pipeline runs its children one at a time.
"""

from __future__ import annotations

from scripts.bench._stats import Row, interleave, summarize
from scripts.bench.regen import regen_workload

__all__ = ["run"]


def run(quick: bool) -> list[Row]:
    rounds = 1 if quick else 2  # peak RSS varies by about 1% between runs: few rounds suffice
    with regen_workload(warm=False) as workload:
        results = interleave(
            rounds,
            {"pipeline": lambda: workload.pipeline().peak_rss_mb, "bare": lambda: workload.bare().peak_rss_mb},
            warmup=0,
        )
    return [
        Row(
            benchmark="memory",
            title="peak RSS of a full regeneration",
            candidate="scripts.regenerate",
            baseline="bare generator",
            unit="MB",
            summary=summarize(results["pipeline"], results["bare"]),
            rounds=rounds,
            note="largest single process (the pipeline or a child it waited for), not a sum",
        )
    ]
