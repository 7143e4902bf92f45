"""`nox -s publish -- [--repository-url URL] [--tag NAME-vX.Y.Z | NAME ...]`: upload dist/ with twine.

- Without --repository-url it is a dry run: it lists what it would upload (file, size, sha256) and exits 0.
- Versions are immutable: before uploading anything, each client's project page on the index's simple API
  (PEP 691 JSON, else PEP 503 HTML) is read; if any client's version is there already, nothing is uploaded
  and the message says which files exist. One exception finishes a half-done upload (the wheel accepted, the
  sdist refused with a 500): files of the version that are this very build's (same name, same sha256 as the
  index shows) are skipped and the rest is uploaded. A file of the version that is not this build's, or whose
  hash the index does not show, is a refusal; so is a version whose files are all there already.
  The index defaults to PyPI's (or TestPyPI's) for their upload URLs, else URL + `simple/` (pypiserver's
  layout, run with `--disable-fallback`); `--index-url` says otherwise.
  An index that cannot be read is a refusal too: an unverifiable "not there" must not lead to an overwrite.
  So is a project page that redirects to another host (pypiserver's fallback to PyPI): only 404 means absent.
- Credentials: only from the environment (TWINE_USERNAME / TWINE_PASSWORD), keyring, or trusted publishing
  (twine mints a token from the CI's OIDC identity). An index on this machine (localhost, 127.x, ::1) needs
  none: without them in the environment twine gets placeholders that an open local index ignores. A URL with
  credentials in it is refused; twine gets `--config-file` pointing at an empty file, so no .pypirc is read.
  Every line printed (twine's output, errors) has the password and any query-string value of the URLs masked,
  and URLs are shown without query or userinfo.
- `--tag NAME-vX.Y.Z` (the tag workflow) publishes client NAME and refuses when its version is not X.Y.Z.
- An index that never answers an upload: twine has no timeout of its own, so it is stopped after
  `--upload-timeout` seconds (default 300) and the run ends with one line.
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
from urllib.parse import parse_qs, parse_qsl, urljoin, urlsplit

import httpx
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import InvalidVersion, Version

from scripts.errors import ArgumentParser, InputError, print_error
from scripts.manifest import REPO_ROOT, Client, load_manifest
from scripts.release.build import artifact_names
from scripts.release.errors import ReleaseError

__all__ = [
    "DEFAULT_UPLOAD_TIMEOUT",
    "existing_files",
    "index_files",
    "index_for",
    "main",
    "publish",
    "redact",
    "secrets_of",
    "shown",
]

_KNOWN_INDEXES = {
    "upload.pypi.org": "https://pypi.org/simple/",
    "test.pypi.org": "https://test.pypi.org/simple/",
}
_ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1"
DEFAULT_UPLOAD_TIMEOUT = 300.0  # seconds for twine's whole upload; the files are a few hundred KB


def index_for(repository_url: str) -> str:
    """The simple index that shows what `repository_url` (an upload endpoint) holds."""
    host = urlsplit(repository_url).hostname or ""
    return _KNOWN_INDEXES.get(host) or urljoin(repository_url.rstrip("/") + "/", "simple/")


class _Anchors(HTMLParser):
    """The files of a PEP 503 page: each anchor's text, and the sha256 in its URL's fragment (`#sha256=...`)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []
        self.hashes: list[str | None] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._inside = tag == "a"
        if self._inside:
            self.names.append("")
            fragment = urlsplit(dict(attrs).get("href") or "").fragment
            self.hashes.append(parse_qs(fragment).get("sha256", [None])[0])

    def handle_endtag(self, tag: str) -> None:
        self._inside = self._inside and tag != "a"

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.names[-1] += data.strip()


_SHORTEST_SECRET = 4


def shown(url: str) -> str:
    """`url` as it may be printed: no userinfo, query or fragment (where tokens hide)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
    except ValueError:
        return "<unparsable URL>"
    return parts._replace(netloc=netloc, query="", fragment="").geturl()


def secrets_of(*urls: str | None) -> list[str]:
    """What must never be printed: TWINE_PASSWORD, and any password or query value inside the URLs."""
    found = [os.environ.get("TWINE_PASSWORD", "")]
    for url in filter(None, urls):
        try:
            parts = urlsplit(url)
            # Query values of 4+ characters: masking "1" or "b" everywhere would garble every line, and
            # such values are no credential.
            found += [parts.password or "", *(v for _k, v in parse_qsl(parts.query) if len(v) >= _SHORTEST_SECRET)]
        except ValueError:
            found.append(url)  # cannot tell the parts apart: mask the whole URL
    return sorted({s for s in found if s}, key=len, reverse=True)  # longest first: no partial masks


def existing_files(index_url: str, distribution: str, version: str, http: httpx.Client) -> list[str]:
    """Files of `distribution` at `version` on the index (empty: the version is not there); see `index_files`."""
    return sorted(index_files(index_url, distribution, version, http))


def index_files(index_url: str, distribution: str, version: str, http: httpx.Client) -> dict[str, str | None]:
    """Files of `distribution` at `version` on the index, each with the sha256 the index shows (None: no hash).

    Only a 404 means "not there". Anything else that is not a readable page, a redirect to another host
    included, is a refusal: the version might be there, and a published version must never be replaced.
    """
    with http.stream("GET", index_url) as root:  # only the status: PyPI's root page lists every project
        if root.status_code != 200:
            raise ReleaseError(
                f"{shown(index_url)}: cannot read the simple index (HTTP {root.status_code}); pass --index-url"
            )
    url = urljoin(index_url, canonicalize_name(distribution) + "/")
    for _ in range(3):
        page = http.get(url)
        if not page.is_redirect:
            break
        target = urljoin(url, page.headers.get("location", ""))
        if urlsplit(target).netloc != urlsplit(url).netloc or urlsplit(target).scheme != urlsplit(url).scheme:
            raise ReleaseError(
                f"{shown(url)}: redirects to another origin ({shown(target)}), so whether {version} is there "
                "cannot be read; nothing was uploaded (a pypiserver needs --disable-fallback)"
            )
        url = target
    if page.status_code == 404:
        return {}
    if page.status_code != 200:
        message = f"cannot read the project page (HTTP {page.status_code}); nothing was uploaded"
        raise ReleaseError(f"{shown(url)}: {message}")
    return {n: digest for n, digest in sorted(_files(page, url).items()) if _version_of(n) == Version(version)}


def _files(page: httpx.Response, url: str) -> dict[str, str | None]:
    if "json" not in page.headers.get("content-type", ""):
        parser = _Anchors()
        parser.feed(page.text)
        return dict(zip(parser.names, parser.hashes, strict=True))
    try:
        files = page.json().get("files", [])
        return {str(f["filename"]): _sha256(f.get("hashes")) for f in files}
    except (ValueError, AttributeError, TypeError, KeyError):
        raise ReleaseError(f"{shown(url)}: the project page is not PEP 691 JSON; nothing was uploaded") from None


def _sha256(hashes: object) -> str | None:
    value = hashes.get("sha256") if isinstance(hashes, dict) else None
    return value.lower() if isinstance(value, str) else None


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
    try:
        tagged = Version(version)
    except InvalidVersion:
        raise InputError("command line", "--tag", f"{version!r} in {tag!r} is not a PEP 440 version") from None
    if tagged != Version(client.version):
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
    transport: httpx.BaseTransport | None = None,
    upload_timeout: float = DEFAULT_UPLOAD_TIMEOUT,
) -> list[str]:
    """Upload (or, without a URL, describe) each client's two files; return the lines to print.

    `transport` replaces the network for the index look-up (tests); the upload itself is twine's.
    """
    dist = dist or root / "dist"
    if repository_url is not None:  # every argument is checked before anything is read or fetched
        _check_url(repository_url, "--repository-url")
        _check_url(index_url or index_for(repository_url), "--index-url")
    clients = _select(root, names, tag)
    files = {c.name: [dist / n for n in artifact_names(c)] for c in clients}
    missing = [p.name for paths in files.values() for p in paths if not p.is_file()]
    if missing:
        raise ReleaseError(f"{dist}: missing {', '.join(missing)}; run `nox -s build` first")
    if repository_url is None:
        lines = ["dry run (no --repository-url): would upload"]
        for path in (p for paths in files.values() for p in paths):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            lines.append(f"  {path.name}  {path.stat().st_size} bytes  sha256:{digest}")
        return lines
    index = index_url or index_for(repository_url)
    with httpx.Client(timeout=15, follow_redirects=False, headers={"Accept": _ACCEPT}, transport=transport) as http:
        taken = {c.name: index_files(index, c.distribution, c.version, http) for c in clients}
    refused, skipped, uploads = [], [], []
    for client in clients:
        ours = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in files[client.name]}
        problem = _refusal(client, shown(index), taken[client.name], ours)
        if problem:
            refused.append(problem)
            continue
        for path in files[client.name]:
            if path.name in taken[client.name]:
                skipped.append(f"skipped {path.name}: already on {shown(index)} with the same sha256")
            else:
                uploads.append(path)
    if refused:
        raise ReleaseError("\n".join([*refused, "nothing was uploaded"]))
    return [*skipped, *_upload(repository_url, uploads, upload_timeout)]


def _refusal(client: Client, index: str, taken: dict[str, str | None], ours: dict[str, str]) -> str | None:
    """Why `client`'s files must not go to an index that holds `taken` of its version, or None (see the docstring)."""
    if not taken:
        return None
    never_replaced = f"a published version is never replaced; run `nox -s bump -- {client.name}` and build again"
    head = f"{client.distribution} {client.version} is already on {index} ({', '.join(taken)})"
    if set(ours) <= set(taken) and all(taken[name] == digest for name, digest in ours.items()):
        return f"{head}: {never_replaced}"
    for name, digest in taken.items():
        if name not in ours:
            return f"{head}, and {name} is not this build's: {never_replaced}"
        if digest is None:
            return f"{head}, and the index shows no sha256 for {name}, so it cannot be this build's: {never_replaced}"
        if digest != ours[name]:
            return (
                f"{head}, and {name} there is not this build's (sha256 {digest}, here {ours[name]}): {never_replaced}"
            )
    return None  # a half-done upload of this very build: the rest goes up


def _check_url(url: str, option: str) -> None:
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises for a port out of range
    except ValueError as error:
        raise InputError("command line", option, f"not a URL ({error})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError("command line", option, f"expected an http(s) URL, got {shown(url)!r}")
    if parts.username or parts.password:
        message = f"credentials in a URL ({shown(url)}) are refused: use the environment or keyring"
        raise InputError("command line", option, message)


def _upload(repository_url: str, paths: list[Path], timeout: float) -> list[str]:
    command = [
        sys.executable, "-m", "twine", "--no-color", "upload", "--non-interactive", "--disable-progress-bar",
        "--config-file", os.devnull, "--repository-url", repository_url, *map(str, paths),
    ]  # fmt: skip
    env = {**os.environ, **_local_index_credentials(repository_url)}
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:  # twine has no timeout option; subprocess.run kills it
        raise ReleaseError(
            f"{shown(repository_url)}: no answer to the upload within {timeout:g} s; publish again once the index "
            "answers (files it took meanwhile are skipped when they are this build's)"
        ) from None
    output = redact(result.stdout + result.stderr, secrets_of(repository_url))
    if result.returncode != 0:
        hint = "publish again to finish: files the index took are skipped when they are this build's"
        raise ReleaseError(f"twine upload failed ({hint}):\n{output.strip()}")
    lines = [line for line in output.splitlines() if line.strip()]
    return [*lines, f"uploaded {len(paths)} files to {shown(repository_url)}"]


# twine sends credentials to every index and stops without them (--non-interactive), even to one that takes
# uploads from anyone, as a local pypiserver run with `-a . -P .` does: for an index on this machine with no
# credentials in the environment, it gets these placeholders, which such an index ignores (one that checks them
# answers 403, and twine says so).
_LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
_PLACEHOLDER_CREDENTIALS = {"TWINE_USERNAME": "local", "TWINE_PASSWORD": "no-password"}


def _local_index_credentials(repository_url: str) -> dict[str, str]:
    host = urlsplit(repository_url).hostname or ""
    local = host in _LOCAL_HOSTS or host.startswith("127.")
    if not local or os.environ.get("TWINE_USERNAME") or os.environ.get("TWINE_PASSWORD"):
        return {}
    return _PLACEHOLDER_CREDENTIALS


def main(argv: Sequence[str] | None = None) -> int:
    parser = ArgumentParser(prog="nox -s publish --", description="Upload dist/ with twine (dry run without a URL).")
    parser.add_argument("names", nargs="*", metavar="NAME", help="clients to publish (default: all)")
    parser.add_argument("--repository-url", help="upload endpoint, e.g. https://upload.pypi.org/legacy/")
    parser.add_argument("--index-url", help="the simple index of that repository (default: derived from the URL)")
    parser.add_argument("--tag", help="a release tag NAME-vX.Y.Z: publish that client, which must be at that version")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)")
    parser.add_argument("--dist", type=Path, default=None, help="folder of built files (default: ROOT/dist)")
    parser.add_argument(
        "--upload-timeout", type=_seconds, default=DEFAULT_UPLOAD_TIMEOUT, metavar="SECONDS",
        help=f"stop an upload the index does not answer after SECONDS (default {DEFAULT_UPLOAD_TIMEOUT:g})",
    )  # fmt: skip
    args = parser.parse_args(argv)
    try:
        lines = publish(
            args.names, root=args.root, dist=args.dist, repository_url=args.repository_url,
            index_url=args.index_url, tag=args.tag, upload_timeout=args.upload_timeout,
        )  # fmt: skip
    except (InputError, ReleaseError, httpx.HTTPError, OSError) as exc:
        print_error(Exception(redact(_message(exc), secrets_of(args.repository_url, args.index_url))))
        return 1
    print(redact("\n".join(lines), secrets_of(args.repository_url, args.index_url)))
    return 0


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of seconds")
    return value


def _message(error: Exception) -> str:
    if isinstance(error, httpx.HTTPError):
        where = shown(str(error.request.url)) if _has_request(error) else "index"
        return f"{where}: cannot reach the index: {error}"
    if isinstance(error, OSError):
        return f"{error.filename or 'file system'}: {error.strerror or error}"
    return str(error)


def _has_request(error: httpx.HTTPError) -> bool:
    try:
        error.request  # noqa: B018  (raises when the error has no request)
    except RuntimeError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
