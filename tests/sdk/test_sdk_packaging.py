"""Every distribution carries the licence (PEP 639: `License-Expression`, `License-File`, the file in the wheel
and the sdist), classifiers (typed, the Python versions), project URLs with the changelog, and passes
`twine check --strict`. The wheels and sdists are built from generated/ as `nox -s build` builds them.
"""

from __future__ import annotations

import email.parser
import subprocess
import sys
import tarfile
import zipfile
from email.message import Message
from pathlib import Path

import pytest

from scripts.manifest import REPO_ROOT, Client, load_manifest
from scripts.release.build import DEFAULT_EPOCH, build_client

pytestmark = pytest.mark.slow

MANIFEST = load_manifest()
CLIENTS = sorted(MANIFEST.clients.values(), key=lambda c: c.name)


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    out = tmp_path_factory.mktemp("dist")
    built: dict[str, tuple[Path, Path]] = {}
    for client in CLIENTS:
        wheel, sdist = build_client(REPO_ROOT, client, out, DEFAULT_EPOCH)
        built[client.name] = (wheel, sdist)
    return built


def wheel_metadata(wheel: Path) -> tuple[Message, list[str]]:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (metadata,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        return email.parser.Parser().parsestr(archive.read(metadata).decode()), names


def test_twine_check_strict_passes(dist: dict[str, tuple[Path, Path]]) -> None:
    files = [str(path) for pair in dist.values() for path in pair]
    check = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *files], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count("PASSED") == len(files)


@pytest.mark.parametrize("client", CLIENTS, ids=[c.name for c in CLIENTS])
def test_metadata_names_the_licence_classifiers_and_urls(client: Client, dist: dict[str, tuple[Path, Path]]) -> None:
    wheel, sdist = dist[client.name]
    metadata, names = wheel_metadata(wheel)
    assert metadata["Metadata-Version"] in ("2.4", "2.5")
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]
    licence = (REPO_ROOT / "LICENSE").read_text(encoding="utf-8")
    with zipfile.ZipFile(wheel) as archive:
        (in_wheel,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        assert archive.read(in_wheel).decode() == licence
    with tarfile.open(sdist) as archive:
        member = archive.extractfile(f"{sdist.name.removesuffix('.tar.gz')}/LICENSE")
        assert member is not None and member.read().decode() == licence
    classifiers = metadata.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    assert {"Programming Language :: Python :: 3.11", "Programming Language :: Python :: 3.12"} <= set(classifiers)
    assert not [c for c in classifiers if c.startswith("License ::")]  # PEP 639: the expression says it
    assert metadata["Requires-Python"] == ">=3.11"
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL") or [])
    assert urls["Changelog"].endswith(f"/changelogs/{client.name}.md")
    assert {"Homepage", "Documentation", "Source", "Issues"} <= set(urls)
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert f"pip install generated/{client.name}" in metadata.get_payload()
    assert f"{client.package}/py.typed" in names
