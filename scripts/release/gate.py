"""The breaking-change gate: a client may be built only if its version bumps enough since its last release.

The generated package (generated/NAME) is compared with the baseline's (scripts/release/baseline.py):
public API with griffe, public modules and the face users call (scripts/release/api.py, face.py), the rest
file by file. The change's level and the rule
for the released version (scripts/release/versions.py, 0.x included) say which version is needed;
the manifest's version must be at least that. `nox -s bump -- NAME` proposes and writes it.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.version import Version

from scripts.errors import InputError, print_error
from scripts.lock import tree_files
from scripts.manifest import REPO_ROOT, Client, load_manifest
from scripts.release.api import ApiDiff, compare_api, load_api
from scripts.release.baseline import Baseline, open_baseline
from scripts.release.versions import Level, propose, required_level, rule, satisfies

__all__ = ["Assessment", "assess", "check_gate", "main"]


@dataclass
class Assessment:
    """What changed in one client since its baseline, and whether its version says so."""

    client: Client
    baseline: str  # label of the baseline, or "none (first release)"
    released: Version | None
    change: Level = Level.NONE
    api: ApiDiff = field(default_factory=ApiDiff)
    files: list[str] = field(default_factory=list)

    @property
    def version(self) -> Version:
        return Version(self.client.version)

    @property
    def ok(self) -> bool:
        if self.released is None:
            return True
        return satisfies(self.released, self.version, required_level(self.released, self.change))

    @property
    def proposed(self) -> Version:
        return self.version if self.released is None else propose(self.released, self.version, self.change)

    def summary(self) -> str:
        name = self.client.name
        if self.released is None:
            return f"{name}: {self.version}: first release (baseline: {self.baseline})"
        verdict = "ok" if self.ok else "refused"
        text = f"{name}: {verdict}: {self.version}, baseline {self.released} ({self.baseline}): "
        text += rule(self.released, self.change)
        if not self.ok:
            text += f"; run `nox -s bump -- {name}` (it proposes {self.proposed})"
        return text

    def details(self) -> list[str]:
        lines = [f"  breaking: {b}" for b in self.api.breaking]
        lines += [f"  added: {a}" for a in self.api.added]
        lines += [f"  changed: {c}" for c in self.api.changed]
        if self.change == Level.PATCH:
            lines += [f"  {f}" for f in self.files]
        return lines


def assess(client: Client, new_tree: Path, baseline: Baseline | None) -> Assessment:
    """Compare `new_tree` (a generated distribution folder of `client`) with the baseline's."""
    if baseline is None:
        return Assessment(client, "none (first release)", None)
    result = Assessment(client, baseline.label, baseline.version)
    old_package = _package_name(baseline.generated) or client.package
    result.api = compare_api(load_api(baseline.generated, old_package), load_api(new_tree, client.package))
    if old_package != client.package:
        result.api.breaking.insert(0, f"{old_package}: the import package was renamed to {client.package}")
    result.files = _content_changes(baseline.generated, new_tree)
    if result.api.breaking:
        result.change = Level.MAJOR
    elif result.api.added or result.api.changed:
        result.change = Level.MINOR
    elif result.files:
        result.change = Level.PATCH
    return result


def _package_name(distribution: Path) -> str | None:
    packages = _pyproject(distribution).get("tool", {}).get("hatch", {}).get("build", {}).get("targets", {})
    names = packages.get("wheel", {}).get("packages", [])
    return str(names[0]) if names else None


def _pyproject(distribution: Path) -> dict[str, Any]:
    try:
        return tomllib.loads((distribution / "pyproject.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def _content_changes(old: Path, new: Path) -> list[str]:
    """Files added, removed or changed; pyproject.toml counts only when more than its version changed."""
    before, after = tree_files(old), tree_files(new)
    label = f"generated/{new.name}"
    changes = [f"file added: {label}/{p}" for p in after.keys() - before.keys()]
    changes += [f"file removed: {label}/{p}" for p in before.keys() - after.keys()]
    for path in before.keys() & after.keys():
        if before[path] != after[path] and not (path == "pyproject.toml" and _same_but_version(old, new)):
            changes.append(f"file changed: {label}/{path}")
    return sorted(changes, key=lambda c: c.split(": ", 1)[1])


def _same_but_version(old: Path, new: Path) -> bool:
    before, after = _pyproject(old), _pyproject(new)
    for data in (before, after):
        data.get("project", {}).pop("version", None)
    return before == after


def check_gate(names: Sequence[str] | None = None, root: Path = REPO_ROOT) -> list[Assessment]:
    """Assess every selected client's generated/NAME against its baseline."""
    manifest = load_manifest(root)
    results = []
    for client in manifest.select(list(names or [])):
        with open_baseline(root, client.name, client.version) as baseline:
            results.append(assess(client, manifest.generated / client.name, baseline))
    return results


def report(results: Sequence[Assessment], *, verbose: bool = False) -> bool:
    """Print each verdict (with details when refused or verbose); True when every client passes."""
    for result in results:
        stream = sys.stdout if result.ok else sys.stderr
        print(result.summary(), file=stream)
        if verbose or not result.ok:
            for line in result.details():
                print(line, file=stream)
    return all(r.ok for r in results)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.release.gate", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the API changes of passing clients too")
    args = parser.parse_args(argv)
    try:
        results = check_gate(args.names, root=args.root)
    except InputError as exc:
        print_error(exc)
        return 1
    return 0 if report(results, verbose=args.verbose) else 1


if __name__ == "__main__":
    sys.exit(main())
