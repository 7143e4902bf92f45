"""The last release of a client, to compare a new one with: its version and the repository as it was.

Releases are git tags `NAME-vX.Y.Z` (the tag workflow publishes exactly the tagged commit). The baseline of
client NAME at manifest version V is, in order:
1. the tag of V itself when V was released: anything changed since then needs a new version (and at the
   release commit itself there is nothing to find);
2. else the highest release below V: the release V will follow (on a backport branch, 0.1.5 follows 0.1.4
   even when 0.2.0 exists);
3. else, when every release is above V, the highest one (which V cannot pass: the manifest is behind);
4. else, with no release yet, the commit HEAD, its version read from HEAD's clients.toml: before the first
   release, the last reviewed state is what a change is measured against;
5. else none (no git, or a client new in this change): a first release, which nothing can break.
The repository at that ref is extracted with `git archive` into a temporary folder, so the comparison sees
the released spec, overlays and generated package, never the working tree.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from packaging.version import InvalidVersion, Version

__all__ = ["Baseline", "open_baseline", "release_tags"]


@dataclass(frozen=True)
class Baseline:
    label: str  # e.g. "release tag emogg-v0.1.0", for messages and changelogs
    version: Version
    tree: Path  # the repository at that ref
    name: str

    @property
    def generated(self) -> Path:
        return self.tree / "generated" / self.name


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)


def release_tags(root: Path, name: str) -> dict[Version, str]:
    """The release tags of client `name` by version (tags that do not parse are not releases)."""
    listed = _git(root, "tag", "--list", f"{name}-v*")
    tags: dict[Version, str] = {}
    for tag in listed.stdout.decode().split() if listed.returncode == 0 else []:
        try:
            tags[Version(tag.removeprefix(f"{name}-v"))] = tag
        except InvalidVersion:
            continue
    return tags


@contextmanager
def open_baseline(root: Path, name: str, current: str) -> Iterator[Baseline | None]:
    """Yield the baseline of client `name` at manifest version `current` (see above); None for a first release."""
    toplevel = _git(root, "rev-parse", "--show-toplevel")
    if toplevel.returncode != 0 or Path(toplevel.stdout.decode().strip()).resolve() != root.resolve():
        yield None  # not a repository of its own (git would answer for an enclosing one)
        return
    tags = release_tags(root, name)
    if tags:
        older = [v for v in tags if v < Version(current)]
        version = Version(current) if Version(current) in tags else max(older or tags)
        ref, label = tags[version], f"release tag {tags[version]}"
    elif _git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").returncode == 0:
        ref, label, version = "HEAD", f"HEAD; no release tag {name}-v* yet", Version("0")
    else:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix=f"baseline-{name}-") as tmp:
        tree = Path(tmp)
        archive = _git(root, "archive", "--format=tar", ref)
        if archive.returncode != 0:
            yield None
            return
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(tree, filter="data")
        if ref == "HEAD":
            found = _manifest_version(tree, name)
            if found is None:
                yield None  # the client is not in HEAD yet: a first release
                return
            version = found
        if not (tree / "generated" / name).is_dir():
            yield None
            return
        yield Baseline(label=label, version=version, tree=tree, name=name)


def _manifest_version(tree: Path, name: str) -> Version | None:
    try:
        data = tomllib.loads((tree / "clients.toml").read_text(encoding="utf-8"))
        return Version(data["clients"][name]["version"])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, InvalidVersion):
        return None
