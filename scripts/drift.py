"""The drift guard: does generated/ hold exactly what specs + overlays + config + templates produce, and the mock
distribution's bundle (mock/src/sessions_mock/specs, scripts/mock/bundle.py) exactly what specs + overlays give?"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from scripts.errors import ArgumentParser, InputError, os_error, print_error
from scripts.manifest import REPO_ROOT, load_manifest
from scripts.mock.bundle import find_bundle_drift
from scripts.regenerate import STRAY, build_clients

__all__ = ["compare_trees", "find_drift", "main"]


def find_drift(names: Sequence[str] | None = None, root: Path = REPO_ROOT) -> list[str]:
    """Regenerate into a temporary folder and list every difference with generated/ (empty: no drift)."""
    manifest = load_manifest(root)
    clients = manifest.select(list(names or []))
    with tempfile.TemporaryDirectory(prefix="drift-") as tmp:
        fresh = Path(tmp)
        build_clients(manifest, clients, fresh)
        problems: list[str] = []
        for client in clients:
            problems += compare_trees(fresh / client.name, manifest.generated / client.name, f"generated/{client.name}")
    if not names:  # the bundle holds every client: checked when the whole tree is
        problems += find_bundle_drift(root)
    return problems


def compare_trees(expected: Path, actual: Path, label: str) -> list[str]:
    """File-by-file comparison, golden-record style: missing on either side, or contents differ."""
    want = _files(expected)
    have = _files(actual)
    problems = [f"missing: {label}/{p}" for p in sorted(want.keys() - have.keys())]
    problems += [f"unexpected: {label}/{p}" for p in sorted(have.keys() - want.keys())]
    problems += [
        f"differs: {label}/{p}"
        for p in sorted(want.keys() & have.keys())
        if want[p].read_bytes() != have[p].read_bytes()
    ]
    return problems


def _files(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    return {
        p.relative_to(folder).as_posix(): p
        for p in folder.rglob("*")
        if p.is_file() and not STRAY.intersection(p.relative_to(folder).parts)
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = ArgumentParser(prog="python -m scripts.drift", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)")
    args = parser.parse_args(argv)
    try:
        problems = find_drift(args.names, root=args.root)
    except InputError as exc:
        print_error(exc)
        return 1
    except OSError as exc:
        print_error(os_error(exc))
        return 1
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"drift: {len(problems)} file(s) differ; run `nox -s generate` and commit the result", file=sys.stderr)
        return 1
    print("no drift: generated/ and the mock's bundle match their inputs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
