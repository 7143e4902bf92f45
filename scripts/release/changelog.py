"""Per-client changelogs (changelogs/NAME.md, outside generated/): what changed in the spec and in the API.

`nox -s bump` writes one entry per new version, newest first. The spec part compares the resolved spec (after
overlays) of the baseline with now: first every added, removed and changed operation, parameter, status, model and
field in words (scripts/release/specwords.py), then each change rated major/minor/patch with a rule id and a
sentence by the pinned `redocly diff` (scripts/release/specdiff.py), or, where Node.js is missing or redocly rates
nothing, the structural diff as JSON pointers. A first release lists its operations and models. The API part is
the gate's assessment, which alone decides the version (many added names are grouped by module). Re-running bump
for the same version replaces that version's entry, so it always describes the whole step since the last release. Prose
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
from scripts.release.specwords import describe_changes, summarize_spec
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
        try:
            return [
                "First release: every operation and model of the spec.",
                "",
                *summarize_spec(resolved_spec(assessment.client.name, root)),
            ]
        except InputError as exc:
            return [f"- first release (the spec does not load: {exc})"]
    try:
        old = resolved_spec(assessment.client.name, baseline_tree)
        new = resolved_spec(assessment.client.name, root)
    except InputError as exc:
        return [f"- not compared: the baseline's spec does not load ({exc})"]
    changes = list(spec_changes(old, new))
    if not changes:
        return ["- none"]
    # In words first, whatever `redocly diff` rates: its rules cover only part of a release.
    words = [f"- {w}" for w in describe_changes(old, new)] or [
        "- no operation, parameter, request body, status, model or field changed (documentation, examples or "
        "`x-` extensions only; the JSON pointers below)"
    ]
    rated = rate_changes(old, new)
    if isinstance(rated, str):
        rating = [f"{rated[0].upper()}{rated[1:]}; the changed JSON pointers instead:", ""]
    elif rated[1]:
        return [*words, "", *render_verdicts(*rated)]
    else:
        rating = ["`redocly diff` rates none of these changes (its rules find no bump in them); the JSON pointers:", ""]
    shown = [f"- {c}" for c in changes[:_MAX_LINES]]
    if len(changes) > _MAX_LINES:
        shown.append(f"- ... and {len(changes) - _MAX_LINES} more")
    return [*words, "", *rating, *shown]


def _api_section(assessment: Assessment) -> list[str]:
    """The gate's API differences: breaking and changed names one by one, added names grouped past a screenful."""
    api = [f"- breaking: `{b.split(': ', 1)[0]}`: {b.split(': ', 1)[1]}" for b in assessment.api.breaking]
    added = assessment.api.added
    if len(added) <= _MAX_LINES:
        api += [f"- added: `{a.split(': ', 1)[0]}`" for a in added]
    else:
        api += _grouped_additions(assessment.client.package, [a.split(": ", 1)[0] for a in added])
    api += [f"- changed: `{c.split(': ', 1)[0]}`: {c.split(': ', 1)[1]}" for c in assessment.api.changed]
    if not api:
        api = [
            "- none" + (" (package contents changed: " + ", ".join(assessment.files) + ")" if assessment.files else "")
        ]
    return api


def _grouped_additions(package: str, names: list[str]) -> list[str]:
    """Many added names (a first SDK layer, a new API) as one line per top-level module, naming what it gained:
    the classes (a model with its members counts once) or else the modules beneath it."""
    groups: dict[str, set[str]] = {}
    for name in names:
        parts = name.removeprefix(f"{package}.").split(".")
        if len(parts) == 1 or parts[0][:1].isupper():
            groups.setdefault("", set()).add(parts[0])
            continue
        classes = [p for p in parts[1:] if p[:1].isupper()]
        groups.setdefault(parts[0], set()).add(classes[0] if classes else parts[1])
    lines = [f"- added: {len(names)} public names, by module:"]
    for module, items in sorted(groups.items()):
        top = sorted(items)
        listed = ", ".join(f"`{m}`" for m in top[:12]) + (f" and {len(top) - 12} more" if len(top) > 12 else "")
        lines.append(f"  - `{package}{'.' + module if module else ''}`: {listed}")
    return lines


def render_entry(assessment: Assessment, version: str, baseline_tree: Path | None, root: Path) -> str:
    released = assessment.released
    if released is None:
        compared = f"First release (baseline: {assessment.baseline})."
    else:
        compared = f"Compared with {released} ({assessment.baseline}): {rule(released, assessment.change)}."
    api = _api_section(assessment)
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
