"""Child processes measured from outside: wall time and peak resident memory (RSS) of a command and its children."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Measured", "ProcessFailed", "measure", "tool_env"]


class ProcessFailed(RuntimeError):
    """A benchmarked command exited non-zero; the message ends with the tail of its output."""


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_rss_mb: float  # the largest RSS of the command or of any process it waited for


def tool_env() -> dict[str, str]:
    """The environment the pipeline gives the generator: this interpreter's tools (ruff) first on PATH."""
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return {**os.environ, "PATH": path, "PYTHONHASHSEED": "0"}


def measure(command: Sequence[str], *, cwd: Path, env: Mapping[str, str] | None = None) -> Measured:
    """Run `command` to completion; its time, and its peak RSS from wait4 (children it reaped included)."""
    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        process = subprocess.Popen(list(command), cwd=cwd, env=dict(env or tool_env()), stdout=output, stderr=output)
        # wait4, not Popen.wait: it hands back the resource usage of the process and of the children it reaped.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            output.seek(0)
            tail = output.read().decode(errors="replace").strip()[-800:]
            raise ProcessFailed(f"{' '.join(command[:5])} ... exited {process.returncode}: {tail}")
    return Measured(seconds=seconds, peak_rss_mb=usage.ru_maxrss / 1024)  # Linux reports kilobytes
