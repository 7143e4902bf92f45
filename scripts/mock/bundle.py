"""What the mock distribution bundles: `mock/src/sessions_mock/specs/NAME.json` per client of clients.toml, and
`mock/LICENSE`.

Each file is the client's spec with its overlays applied (`resolved_spec`), as JSON: what the installed
`sessions-mock` serves without a clone. They are output like generated/: written by `nox -s generate`
(`python -m scripts.mock.bundle`), never edited by hand, and checked by `nox -s check` and the drift guard
(`python -m scripts.mock.bundle --check`, `find_bundle_drift`): a spec or overlay change that is not bundled
fails by file name. Writing the same inputs twice gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from scripts.errors import ArgumentParser, InputError, os_error, print_error
from scripts.manifest import LICENSE_NAME, REPO_ROOT, load_manifest
from scripts.sources import resolved_spec

__all__ = ["BUNDLE", "MOCK", "bundle_folder", "bundled_files", "find_bundle_drift", "main", "write_bundle"]

MOCK = Path("mock")  # the distribution's folder
BUNDLE = MOCK / "src" / "sessions_mock" / "specs"


def bundle_folder(root: Path = REPO_ROOT) -> Path:
    return root / BUNDLE


def bundled_files(root: Path = REPO_ROOT) -> dict[str, bytes]:
    """What the bundle should hold, by repository-relative path: every client's resolved spec as JSON, and the
    repository's LICENSE (the distribution ships it, as every client does)."""
    files = {(MOCK / LICENSE_NAME).as_posix(): (root / LICENSE_NAME).read_bytes()}
    for name in load_manifest(root).clients:
        text = json.dumps(resolved_spec(name, root), indent=1, ensure_ascii=False) + "\n"
        files[(BUNDLE / f"{name}.json").as_posix()] = text.encode()
    return files


def _present(root: Path) -> dict[str, bytes]:
    """What the bundle holds now: the LICENSE and every JSON file of the specs folder."""
    paths = [root / MOCK / LICENSE_NAME, *sorted(bundle_folder(root).glob("*.json"))]
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in paths if path.is_file()}


def write_bundle(root: Path = REPO_ROOT) -> list[str]:
    """Write the bundle (a file is rewritten only when its bytes change; stale ones go); return what changed."""
    bundle_folder(root).mkdir(parents=True, exist_ok=True)
    wanted, present = bundled_files(root), _present(root)
    changed = []
    for name, data in wanted.items():
        if present.get(name) != data:
            (root / name).write_bytes(data)
            changed.append(name)
    for name in sorted(present.keys() - wanted.keys()):
        (root / name).unlink()
        changed.append(name)
    return changed


def find_bundle_drift(root: Path = REPO_ROOT) -> list[str]:
    """Every difference between the committed bundle and what the specs and overlays produce (empty: none)."""
    wanted, have = bundled_files(root), _present(root)
    problems = [f"missing: {name}" for name in sorted(wanted.keys() - have.keys())]
    problems += [f"unexpected: {name}" for name in sorted(have.keys() - wanted.keys())]
    problems += [f"differs: {name}" for name in sorted(wanted.keys() & have.keys()) if wanted[name] != have[name]]
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = ArgumentParser(prog="python -m scripts.mock.bundle", description="Write (or --check) the mock's specs.")
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 on any difference")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)")
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = find_bundle_drift(args.root)
            for problem in problems:
                print(problem, file=sys.stderr)
            if problems:
                print("mock bundle: out of date; run `nox -s generate` and commit the result", file=sys.stderr)
                return 1
            print("mock bundle: every bundled spec matches its spec and overlays")
            return 0
        for path in write_bundle(args.root):
            print(f"wrote {path}")
    except InputError as exc:
        print_error(exc)
        return 1
    except OSError as exc:
        print_error(os_error(exc))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
