"""`nox -s build -- [NAME ...]`: wheel and sdist of every client into dist/, reproducibly, after the guards.

Order: the lock must match the tree (generated/ is what the inputs produce, at the manifest's version), the
breaking-change gate must pass for every client, then dist/ is emptied and each client is built with the
PEP 517 front end `python -m build` (sdist, then the wheel from the sdist) from a copy of generated/NAME,
so nothing is written into generated/. The copy gets the client's changelog (changelogs/NAME.md, written by
`nox -s bump`) as CHANGELOG.md, so every sdist carries the history of its versions. Only the expected file
names are accepted; `twine check --strict` closes.

Reproducible: hatchling writes sorted archives with normalized metadata, and every timestamp comes from
SOURCE_DATE_EPOCH: the environment's if set (CI may pin it), else the time of the last commit that touched
generated/NAME (stable until that client changes), else 1980-01-01 (zip's epoch). `--no-isolation` uses the
hatchling pinned in requirements/dev.txt instead of fetching it per build: no network, no version drift, and
`build` still checks the client's `requires = ["hatchling==…"]` against it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from packaging.utils import canonicalize_name
from packaging.version import Version

from scripts.errors import InputError, print_error
from scripts.lock import check_lock
from scripts.manifest import REPO_ROOT, Client, load_manifest
from scripts.release.changelog import changelog_path
from scripts.release.errors import ReleaseError
from scripts.release.gate import check_gate, report

__all__ = [
    "DEFAULT_EPOCH",
    "SDIST_CHANGELOG",
    "artifact_names",
    "build_client",
    "build_dists",
    "main",
    "source_date_epoch",
]

SDIST_CHANGELOG = "CHANGELOG.md"  # changelogs/NAME.md, at the root of each sdist
DEFAULT_EPOCH = 315532800  # 1980-01-01T00:00:00Z, the earliest time a zip archive can record


def artifact_names(client: Client) -> tuple[str, str]:
    """The wheel and sdist file names `client` must produce (PEP 427 / PEP 625 normalized)."""
    stem = f"{canonicalize_name(client.distribution).replace('-', '_')}-{Version(client.version)}"
    return f"{stem}-py3-none-any.whl", f"{stem}.tar.gz"


def source_date_epoch(root: Path, client: Client) -> int:
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    result = subprocess.run(
        ["git", "-C", str(root), "log", "-1", "--format=%ct", "--", f"generated/{client.name}"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    stamp = result.stdout.strip()
    return int(stamp) if result.returncode == 0 and stamp.isdigit() else DEFAULT_EPOCH


def build_client(root: Path, client: Client, outdir: Path, epoch: int) -> list[Path]:
    """Build one client's sdist and wheel into `outdir`; refuse anything but the expected two files."""
    with tempfile.TemporaryDirectory(prefix=f"build-{client.name}-") as tmp:
        source, out = Path(tmp) / client.distribution, Path(tmp) / "out"
        shutil.copytree(root / "generated" / client.name, source, ignore=shutil.ignore_patterns("__pycache__"))
        changelog = changelog_path(root, client.name)
        if changelog.is_file():
            shutil.copyfile(changelog, source / SDIST_CHANGELOG)
        env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": "0"}
        command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)]
        result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
        if result.returncode != 0:
            raise ReleaseError(f"{client.name}: `python -m build` failed:\n{result.stdout}{result.stderr}")
        produced = sorted(p.name for p in out.iterdir())
        expected = sorted(artifact_names(client))
        if produced != expected:
            raise ReleaseError(f"{client.name}: built {produced}, expected {expected}")
        outdir.mkdir(parents=True, exist_ok=True)
        return [Path(shutil.move(out / name, outdir / name)) for name in expected]


def build_dists(names: Sequence[str] | None = None, root: Path = REPO_ROOT, outdir: Path | None = None) -> list[Path]:
    """Guards, then every selected client into `outdir` (default dist/, emptied first), then twine check."""
    manifest = load_manifest(root)
    clients = manifest.select(list(names or []))
    stale = check_lock([c.name for c in clients], root)
    if stale:
        raise ReleaseError("\n".join([*stale, "refusing to build: run `nox -s generate` (or `nox -s bump`) first"]))
    if not report(check_gate([c.name for c in clients], root)):
        raise ReleaseError("refusing to build: the breaking-change gate failed (see above)")
    outdir = outdir or root / "dist"
    if outdir.exists():
        shutil.rmtree(outdir)
    built: list[Path] = []
    for client in clients:
        built += build_client(root, client, outdir, source_date_epoch(root, client))
    check = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, built)],
        capture_output=True,
        text=True,
        check=False,
    )
    if check.returncode != 0:
        raise ReleaseError(f"twine check --strict failed:\n{check.stdout}{check.stderr}")
    return built


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s build --", description="Build wheels and sdists into dist/.")
    parser.add_argument("names", nargs="*", metavar="NAME", help="clients to build (default: all)")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)")
    parser.add_argument("--outdir", type=Path, default=None, help="output folder (default: ROOT/dist, emptied first)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        built = build_dists(args.names, root=args.root, outdir=args.outdir)
    except (InputError, ReleaseError) as exc:
        print_error(exc)
        return 1
    for path in built:
        print(f"{sha256(path)}  {path.parent.name}/{path.name}")
    print(f"built {len(built)} files in {time.perf_counter() - started:.1f} s; twine check --strict passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
