"""The rules every workflow under .github/workflows keeps, as functions returning the broken ones as sentences.

Kept apart from the tests so that the tests can show each rule failing on a workflow that breaks it.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["PINNED", "UNVERIFIED", "rule_problems", "steps"]

PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
UNVERIFIED = "SHA not verified"  # a comment above a tag-pinned `uses:` that says why it is not a SHA
_EXPRESSION = re.compile(r"\$\{\{")


def steps(data: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(name, step) for name, job in data["jobs"].items() for step in job.get("steps", [])]


def _uses_lines(text: str) -> list[tuple[str, str]]:
    """Each `uses:` value with the comment lines right above it."""
    found, comments = [], []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            comments.append(stripped)
            continue
        match = re.match(r"^(?:- )?uses:\s*([^\s#]+)", stripped)
        if match:
            found.append((match.group(1), "\n".join(comments)))
        comments = []
    return found


def rule_problems(data: dict[str, Any], text: str) -> list[str]:
    """Every rule this workflow breaks: pins, credentials, expressions in shell, permissions."""
    problems = []
    for uses, above in _uses_lines(text):
        if uses.startswith("./"):
            continue  # a workflow of this repository
        if not PINNED.match(uses) and UNVERIFIED not in above:
            problems.append(f"{uses}: not pinned by a full commit SHA (nor marked '{UNVERIFIED}' with the reason)")
    for job, step in steps(data):
        checkout = str(step.get("uses", "")).startswith("actions/checkout@")
        if checkout and (step.get("with") or {}).get("persist-credentials") is not False:
            problems.append(f"{job}: a checkout without `persist-credentials: false`")
        if "run" in step and _EXPRESSION.search(str(step["run"])):
            problems.append(f"{job}: `${{{{ }}}}` inside `run:` (pass it through `env:`): {step['run']!r}")
    permissions = data.get("permissions")
    if not isinstance(permissions, dict) or any(v not in ("read", "none") for v in permissions.values()):
        problems.append(f"workflow permissions must be read-only at the top (jobs widen them): {permissions!r}")
    if "secrets." in text:
        problems.append("a stored secret is used: releases use trusted publishing")
    return problems
