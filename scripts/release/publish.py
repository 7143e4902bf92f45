"""`nox -s publish -- [--repository-url URL] [--tag NAME-vX.Y.Z | NAME ...]`: upload dist/ with twine.

- Without --repository-url it is a dry run: it lists what it would upload (file, size, sha256) and exits 0.
- Versions are immutable: before uploading anything, each client's project page on the index's simple API
  (PEP 691 JSON, else PEP 503 HTML) is read; if any client's version is there already, nothing is uploaded
  and the message says which files exist. The index defaults to PyPI's (or TestPyPI's) for their upload
  URLs, else URL + `simple/` (pypiserver's layout); `--index-url` says otherwise. An index that cannot be
  read is a refusal too: an unverifiable "not there" must not lead to an overwrite.
- Credentials: only from the environment (TWINE_USERNAME / TWINE_PASSWORD), keyring, or trusted publishing
  (twine mints a token from the CI's OIDC identity). A URL with credentials in it is refused; twine gets
  `--config-file` pointing at an empty file, so no .pypirc is read; twine's output is printed with the
  password masked, and nothing else prints a credential.
- `--tag NAME-vX.Y.Z` (the tag workflow) publishes client NAME and refuses when its version is not X.Y.Z.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import Version

from scripts.errors import InputError
from scripts.manifest import REPO_ROOT, Client, load_manifest
from scripts.release.build import artifact_names
from scripts.release.errors import ReleaseError

__all__ = ["existing_files", "index_for", "main", "publish", "redact"]

_KNOWN_INDEXES = {
    "upload.pypi.org": "https://pypi.org/simple/",
    "test.pypi.org": "https://test.pypi.org/simple/",
}
_ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1"


def index_for(repository_url: str) -> str:
    """The simple index that shows what `repository_url` (an upload endpoint) holds."""
    host = urlsplit(repository_url).hostname or ""
    return _KNOWN_INDEXES.get(host) or urljoin(repository_url.rstrip("/") + "/", "simple/")


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._inside = tag == "a"
        if self._inside:
            self.names.append("")

    def handle_endtag(self, tag: str) -> None:
        self._inside = self._inside and tag != "a"

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.names[-1] += data.strip()


def existing_files(index_url: str, distribution: str, version: str, http: httpx.Client) -> list[str]:
    """Files of `distribution` at `version` on the index (empty: the version is not there)."""
    with http.stream("GET", index_url) as root:  # only the status: PyPI's root page lists every project
        if root.status_code != 200:
            raise ReleaseError(f"cannot read the simple index {index_url} (HTTP {root.status_code}); pass --index-url")
    url = urljoin(index_url, canonicalize_name(distribution) + "/")
    for _ in range(3):
        page = http.get(url)
        location = page.headers.get("location", "")
        if page.is_redirect and urlsplit(urljoin(url, location)).netloc == urlsplit(url).netloc:
            url = urljoin(url, location)
            continue
        break
    if page.status_code == 404 or page.is_redirect:  # a redirect elsewhere is pypiserver's "not here, try PyPI"
        return []
    if page.status_code != 200:
        raise ReleaseError(f"cannot read {url} (HTTP {page.status_code}); nothing was uploaded")
    if "json" in page.headers.get("content-type", ""):
        names = [str(f["filename"]) for f in page.json().get("files", [])]
    else:
        parser = _Anchors()
        parser.feed(page.text)
        names = parser.names
    return sorted(n for n in names if _version_of(n) == Version(version))


def _version_of(filename: str) -> Version | None:
    try:
        if filename.endswith(".whl"):
            return parse_wheel_filename(filename)[1]
        return parse_sdist_filename(filename)[1]
    except (InvalidWheelFilename, InvalidSdistFilename):
        return None


def redact(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "********")
    return text


def _select(root: Path, names: Sequence[str], tag: str | None) -> list[Client]:
    manifest = load_manifest(root)
    if tag is None:
        return manifest.select(list(names))
    name, sep, version = tag.rpartition("-v")
    if not sep or names:
        raise InputError("command line", "--tag", f"expected NAME-vX.Y.Z and no client names, got {tag!r}")
    (client,) = manifest.select([name])
    if Version(version) != Version(client.version):
        raise ReleaseError(f"tag {tag} does not match clients.toml: {name} is at {client.version}")
    return [client]


def publish(
    names: Sequence[str] = (),
    *,
    root: Path = REPO_ROOT,
    dist: Path | None = None,
    repository_url: str | None = None,
    index_url: str | None = None,
    tag: str | None = None,
) -> list[str]:
    """Upload (or, without a URL, describe) each client's two files; return the lines to print."""
    dist = dist or root / "dist"
    clients = _select(root, names, tag)
    files = {c.name: [dist / n for n in artifact_names(c)] for c in clients}
    missing = [p.name for paths in files.values() for p in paths if not p.is_file()]
    if missing:
        raise ReleaseError(f"not in {dist}: {', '.join(missing)}; run `nox -s build` first")
    if repository_url is None:
        lines = ["dry run (no --repository-url): would upload"]
        for path in (p for paths in files.values() for p in paths):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            lines.append(f"  {path.name}  {path.stat().st_size} bytes  sha256:{digest}")
        return lines
    index = index_url or index_for(repository_url)
    for url in (repository_url, index):
        parts = urlsplit(url)
        if parts.username or parts.password:
            shown = parts._replace(netloc=f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname or "")
            raise ReleaseError(f"credentials in a URL ({shown.geturl()}) are refused: use the environment or keyring")
    with httpx.Client(timeout=15, follow_redirects=False, headers={"Accept": _ACCEPT}) as http:
        taken = {c.name: existing_files(index, c.distribution, c.version, http) for c in clients}
    refused = [
        f"{c.distribution} {c.version} is already on {index} ({', '.join(taken[c.name])}): a published version "
        f"is never replaced; run `nox -s bump -- {c.name}` and build again"
        for c in clients
        if taken[c.name]
    ]
    if refused:
        raise ReleaseError("\n".join([*refused, "nothing was uploaded"]))
    return _upload(repository_url, [p for paths in files.values() for p in paths])


def _upload(repository_url: str, paths: list[Path]) -> list[str]:
    command = [
        sys.executable, "-m", "twine", "--no-color", "upload", "--non-interactive", "--disable-progress-bar",
        "--config-file", os.devnull, "--repository-url", repository_url, *map(str, paths),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=dict(os.environ))
    output = redact(result.stdout + result.stderr, [os.environ.get("TWINE_PASSWORD", "")])
    if result.returncode != 0:
        raise ReleaseError(f"twine upload failed:\n{output.strip()}")
    return [line for line in output.splitlines() if line.strip()] + [f"uploaded {len(paths)} files to {repository_url}"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="nox -s publish --", description="Upload dist/ with twine (dry run without a URL)."
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="clients to publish (default: all)")
    parser.add_argument("--repository-url", help="upload endpoint, e.g. https://upload.pypi.org/legacy/")
    parser.add_argument("--index-url", help="the simple index of that repository (default: derived from the URL)")
    parser.add_argument("--tag", help="a release tag NAME-vX.Y.Z: publish that client, which must be at that version")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)")
    parser.add_argument("--dist", type=Path, default=None, help="folder of built files (default: ROOT/dist)")
    args = parser.parse_args(argv)
    try:
        lines = publish(
            args.names, root=args.root, dist=args.dist, repository_url=args.repository_url,
            index_url=args.index_url, tag=args.tag,
        )  # fmt: skip
    except (InputError, ReleaseError, httpx.HTTPError) as exc:
        message = f"cannot reach the index: {exc}" if isinstance(exc, httpx.HTTPError) else str(exc)
        print(f"error: {redact(message, [os.environ.get('TWINE_PASSWORD', '')])}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
