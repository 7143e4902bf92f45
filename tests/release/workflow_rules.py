"""The rules every workflow under .github/workflows keeps, as functions returning the broken ones as sentences.

Kept apart from the tests so that the tests can show each rule failing on a workflow that breaks it.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["PINNED", "rule_problems", "steps"]

PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
_EXPRESSION = re.compile(r"\$\{\{")


def steps(data: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(name, step) for name, job in data["jobs"].items() for step in job.get("steps", [])]


def _uses_lines(text: str) -> list[tuple[str, str]]:
    """Each `uses:` value with the comment after it on the same line (the tag a SHA stands for)."""
    found = []
    for line in text.splitlines():
        match = re.match(r"^(?:- )?uses:\s*([^\s#]+)\s*(?:#\s*(.*))?$", line.strip())
        if match:
            found.append((match.group(1), match.group(2) or ""))
    return found


def rule_problems(data: dict[str, Any], text: str) -> list[str]:
    """Every rule this workflow breaks: pins, credentials, expressions in shell, timeouts, permissions."""
    problems = []
    for uses, tag in _uses_lines(text):
        if uses.startswith("./"):
            continue  # a workflow of this repository
        if not PINNED.match(uses):
            problems.append(f"{uses}: not pinned by a full commit SHA")
        elif not re.fullmatch(r"v\d+(\.\d+)*", tag):
            problems.append(f"{uses}: a SHA pin needs the tag it stands for in a comment (`# vX.Y.Z`)")
    for job, step in steps(data):
        checkout = str(step.get("uses", "")).startswith("actions/checkout@")
        if checkout and (step.get("with") or {}).get("persist-credentials") is not False:
            problems.append(f"{job}: a checkout without `persist-credentials: false`")
        if "run" in step and _EXPRESSION.search(str(step["run"])):
            problems.append(f"{job}: `${{{{ }}}}` inside `run:` (pass it through `env:`): {step['run']!r}")
    for name, job in data["jobs"].items():
        if "runs-on" in job and not isinstance(job.get("timeout-minutes"), int):
            problems.append(f"{name}: no `timeout-minutes` (a hung step would hold a runner for 6 hours)")
    permissions = data.get("permissions")
    if not isinstance(permissions, dict) or any(v not in ("read", "none") for v in permissions.values()):
        problems.append(f"workflow permissions must be read-only at the top (jobs widen them): {permissions!r}")
    if "secrets." in text:
        problems.append("a stored secret is used: releases use trusted publishing")
    return problems
