"""`nox -s bump -- [NAME ...]`: propose each client's next version from what changed, and record it.

For every named client (all when none): generate it afresh from the current inputs into a temporary folder,
assess that against the client's baseline (the gate's comparison), and propose the smallest version that
passes the gate. Unless `--dry-run`, write that version into clients.toml, regenerate generated/NAME (and
clients.lock), rewrite its signature snapshot (signatures/NAME.txt) and write the changelog entry
(changelogs/NAME.md). A client with no change is left alone.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scripts.errors import InputError, print_error
from scripts.manifest import REPO_ROOT, load_manifest
from scripts.regenerate import build_clients, regenerate
from scripts.release.api import write_snapshot
from scripts.release.baseline import open_baseline
from scripts.release.changelog import render_entry, write_entry
from scripts.release.gate import Assessment, assess
from scripts.release.versions import Level, rule

__all__ = ["Proposal", "bump", "main", "set_manifest_version"]


@dataclass(frozen=True)
class Proposal:
    name: str
    current: str
    proposed: str
    reason: str
    changelog: Path | None  # None: nothing written (no change, or a dry run)


def bump(names: Sequence[str] | None = None, root: Path = REPO_ROOT, *, dry_run: bool = False) -> list[Proposal]:
    manifest = load_manifest(root)
    proposals = []
    for client in manifest.select(list(names or [])):
        with tempfile.TemporaryDirectory(prefix=f"bump-{client.name}-") as tmp:
            build_clients(manifest, [client], Path(tmp))
            with open_baseline(root, client.name, client.version) as baseline:
                assessment = assess(client, Path(tmp) / client.name, baseline)
                proposed = str(assessment.proposed)
                reason = _reason(assessment)
                if dry_run or (assessment.change == Level.NONE and proposed == client.version):
                    proposals.append(Proposal(client.name, client.version, proposed, reason, None))
                    continue
                if proposed != client.version:
                    set_manifest_version(manifest.path, client.name, proposed)
                regenerate([client.name], root)
                # The face changed with the version (or the version would not change): it shows in the same diff.
                write_snapshot(root, client, manifest.generated / client.name)
                entry = render_entry(assessment, proposed, baseline.tree if baseline else None, root)
                path = write_entry(root, client.name, client.distribution, proposed, entry)
        proposals.append(Proposal(client.name, client.version, proposed, reason, path))
    return proposals


def _reason(assessment: Assessment) -> str:
    if assessment.released is None:
        return f"first release (baseline: {assessment.baseline})"
    return f"baseline {assessment.released} ({assessment.baseline}): {rule(assessment.released, assessment.change)}"


def set_manifest_version(manifest_path: Path, name: str, version: str) -> None:
    """Rewrite `version = "..."` in the [clients.NAME] table only, keeping every comment and the layout."""
    text = manifest_path.read_text(encoding="utf-8")
    header = re.search(rf"^\[clients\.{re.escape(name)}\][ \t]*$", text, re.M)
    if header is None:
        raise InputError(manifest_path, f"clients.{name}", "table not found")
    following = re.search(r"^\[", text[header.end() :], re.M)
    end = header.end() + following.start() if following else len(text)
    table, count = re.subn(
        r'^(version\s*=\s*)"[^"\n]*"', rf'\g<1>"{version}"', text[header.end() : end], count=1, flags=re.M
    )
    if count != 1:
        raise InputError(manifest_path, f"clients.{name}.version", 'expected a line `version = "X.Y.Z"`')
    manifest_path.write_text(text[: header.end()] + table + text[end:], encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s bump --", description="Propose and record clients' next versions.")
    parser.add_argument("names", nargs="*", metavar="NAME", help="clients to bump (default: all)")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)")
    parser.add_argument("--dry-run", action="store_true", help="only print the proposals; write nothing")
    args = parser.parse_args(argv)
    try:
        proposals = bump(args.names, root=args.root, dry_run=args.dry_run)
    except InputError as exc:
        print_error(exc)
        return 1
    for p in proposals:
        step = f"{p.current} -> {p.proposed}" if p.proposed != p.current else f"stays {p.current}"
        written = f"; wrote changelogs/{p.changelog.name}" if p.changelog else ""
        print(f"{p.name}: {step} ({p.reason}){written}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
