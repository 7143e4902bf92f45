"""Per-client changelogs (changelogs/NAME.md, outside generated/): what changed in the spec and in the API.

`nox -s bump` writes one entry per new version, newest first. The spec part compares the resolved spec (after
overlays) of the baseline with now: each change rated major/minor/patch with a rule id and a sentence by the pinned
`redocly diff` (scripts/release/specdiff.py), or, where Node.js is missing, a message and the structural diff as
JSON pointers. The API part is the gate's assessment, which alone decides the version. Re-running bump for the
same version replaces that version's entry, so it always describes the whole step since the last release. Prose
added by hand below an entry's generated lists is not preserved when the entry is rewritten: edit after the last
`bump`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scripts.errors import InputError
from scripts.release.gate import Assessment
from scripts.release.specdiff import rate_changes, render_verdicts
from scripts.release.versions import rule
from scripts.sources import resolved_spec

__all__ = ["changelog_path", "render_entry", "spec_changes", "write_entry"]

_MAX_LINES = 40


def changelog_path(root: Path, name: str) -> Path:
    return root / "changelogs" / f"{name}.md"


def spec_changes(old: Any, new: Any, pointer: str = "#") -> Iterator[str]:
    """Added, removed and changed JSON pointers between two JSON-like documents; a new subtree counts once."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*old, *(k for k in new if k not in old)]:
            child = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
            if key not in new:
                yield f"removed `{child}`"
            elif key not in old:
                yield f"added `{child}`"
            else:
                yield from spec_changes(old[key], new[key], child)
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            yield from spec_changes(a, b, f"{pointer}/{index}")
    elif isinstance(old, list) and isinstance(new, list) and all(isinstance(v, str) for v in [*old, *new]):
        # Lists of names (`required`, `enum`, `tags`): say which entries came and went.
        yield from (f"removed {v!r} from `{pointer}`" for v in old if v not in new)
        yield from (f"added {v!r} to `{pointer}`" for v in new if v not in old)
    elif old != new or type(old) is not type(new):
        yield f"changed `{pointer}`: {_short(old)} -> {_short(new)}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _spec_section(assessment: Assessment, baseline_tree: Path | None, root: Path) -> list[str]:
    if baseline_tree is None:
        return ["- first release"]
    try:
        old = resolved_spec(assessment.client.name, baseline_tree)
        new = resolved_spec(assessment.client.name, root)
    except InputError as exc:
        return [f"- not compared: the baseline's spec does not load ({exc})"]
    changes = list(spec_changes(old, new))
    if not changes:
        return ["- none"]
    rated = rate_changes(old, new)
    if isinstance(rated, str):
        lines = [f"{rated[0].upper()}{rated[1:]}; the changed JSON pointers instead:", ""]
    elif rated[1]:
        return render_verdicts(*rated)
    else:
        lines = ["`redocly diff` rates none of these changes (examples, descriptions or extensions):", ""]
    shown = [f"- {c}" for c in changes[:_MAX_LINES]]
    if len(changes) > _MAX_LINES:
        shown.append(f"- ... and {len(changes) - _MAX_LINES} more")
    return lines + shown


def render_entry(assessment: Assessment, version: str, baseline_tree: Path | None, root: Path) -> str:
    released = assessment.released
    if released is None:
        compared = f"First release (baseline: {assessment.baseline})."
    else:
        compared = f"Compared with {released} ({assessment.baseline}): {rule(released, assessment.change)}."
    api = [f"- breaking: `{b.split(': ', 1)[0]}`: {b.split(': ', 1)[1]}" for b in assessment.api.breaking]
    api += [f"- added: `{a.split(': ', 1)[0]}`" for a in assessment.api.added]
    api += [f"- changed: `{c.split(': ', 1)[0]}`: {c.split(': ', 1)[1]}" for c in assessment.api.changed]
    if not api:
        api = [
            "- none" + (" (package contents changed: " + ", ".join(assessment.files) + ")" if assessment.files else "")
        ]
    lines = [
        f"## {version}",
        "",
        compared,
        "",
        "### Spec (after overlays)",
        "",
        *_spec_section(assessment, baseline_tree, root),
        "",
        "### API",
        "",
        *api,
        "",
    ]
    return "\n".join(lines)


def write_entry(root: Path, name: str, distribution: str, version: str, entry: str) -> Path:
    """Put `entry` at the top of changelogs/NAME.md, replacing an existing entry for the same version."""
    path = changelog_path(root, name)
    text = path.read_text(encoding="utf-8") if path.exists() else _header(name, distribution)
    heading = re.compile(rf"^## {re.escape(version)}\n.*?(?=^## |\Z)", re.S | re.M)
    if heading.search(text):
        text = heading.sub(lambda _: entry + "\n", text, count=1)
    else:
        first = re.search(r"^## ", text, re.M)
        at = first.start() if first else len(text)
        text = text[:at] + entry + "\n" + text[at:]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
    return path


def _header(name: str, distribution: str) -> str:
    return (
        f"# Changelog: {distribution}\n\n"
        f"Written by `nox -s bump -- {name}` (scripts/release/changelog.py), newest first: what changed in the\n"
        "vendor spec (after overlays) and in the generated client's public API since the previous release.\n\n"
    )
