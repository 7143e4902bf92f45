"""The spec section of a changelog entry: `redocly diff` rates every change of the resolved spec by the SemVer bump
it needs, with a rule id and a sentence (`major required-properties-removed: Properties of Session are no longer
required: duration.`).

Pinned and offline: @redocly/cli comes from requirements/redocly/package-lock.json (integrity-checked by `npm ci`,
which `nox -s bump` runs once into .nox/redocly and names in the REDOCLY environment variable); the two documents
are written to a temporary folder and compared there, with telemetry and update checks off. Its verdict informs
the reader only: griffe's comparison of the generated packages stays the gate that decides the version. Without
Node.js (or outside `nox -s bump`) the rating is skipped with a message, and the structural list of changed JSON
pointers stands in for it.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["REDOCLY_ENV", "SpecVerdict", "parse_report", "rate_changes", "render_verdicts"]

REDOCLY_ENV = "REDOCLY"  # path of the pinned `redocly` executable
_QUIET = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_UPDATE_NOTIFIER": "1"}
_TIMEOUT = 120


@dataclass(frozen=True)
class SpecVerdict:
    impact: str  # major | minor | patch
    rule: str
    message: str
    pointer: str


def parse_report(report: dict[str, Any]) -> tuple[str, list[SpecVerdict]]:
    """The overall bump and every verdict of a `redocly diff --format json` report (reportVersion 1)."""
    verdicts = {  # a component reached through several operations is reported once per path: keep one
        SpecVerdict(v["impact"], v["ruleId"], v["message"], (v.get("location") or {}).get("pointer", change["path"]))
        for change in report.get("changes", [])
        for v in change.get("verdicts", [])
    }
    order = {"major": 0, "minor": 1, "patch": 2}
    return str(report.get("bump", "none")), sorted(verdicts, key=lambda v: (order.get(v.impact, 3), v.pointer, v.rule))


def rate_changes(old: Any, new: Any) -> tuple[str, list[SpecVerdict]] | str:
    """`redocly diff` of two resolved specs: (bump, verdicts), or why it did not run (a sentence)."""
    redocly = os.environ.get(REDOCLY_ENV)
    if not redocly:
        return f"not rated: `redocly diff` runs inside `nox -s bump` when Node.js is installed (${REDOCLY_ENV} unset)"
    if not Path(redocly).is_file():
        return f"not rated: ${REDOCLY_ENV} names {redocly}, which does not exist"
    with tempfile.TemporaryDirectory(prefix="specdiff-") as tmp:
        folder = Path(tmp)  # no redocly.yaml here: the built-in rules, no project config
        for name, document in (("base.json", old), ("revision.json", new)):
            (folder / name).write_text(json.dumps(document), encoding="utf-8")
        command = [redocly, "diff", "base.json", "revision.json", "--format", "json", "--fail-on", "none"]
        command += ["--lint-config", "off", "--output", "report.json"]
        try:
            result = subprocess.run(
                command, cwd=folder, capture_output=True, text=True, timeout=_TIMEOUT, env={**os.environ, **_QUIET}
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"not rated: `redocly diff` did not run ({exc})"
        report = folder / "report.json"
        if result.returncode != 0 or not report.is_file():
            detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
            return f"not rated: `redocly diff` exited with {result.returncode} ({detail[0]})"
        return parse_report(json.loads(report.read_text(encoding="utf-8")))


def render_verdicts(bump: str, verdicts: list[SpecVerdict]) -> list[str]:
    lines = [f"Rated by `redocly diff` (@redocly/cli, pinned): {bump}.", ""]
    lines += [f"- {v.impact} `{v.rule}`: {v.message} (`{v.pointer}`)" for v in verdicts]
    return lines
