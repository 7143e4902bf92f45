"""Publishing's decisions, in-process: what the index says (read through httpx.MockTransport), what is printed.

- Only the version being published counts: publish N, then N+1 goes through although N's files are there.
- An index that cannot be read, or whose project page redirects to another origin, is a refusal.
- Nothing printed carries TWINE_PASSWORD or a secret in the URL's query.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from scripts.manifest import REPO_ROOT, load_manifest
from scripts.release import publish as publishing
from scripts.release.build import artifact_names
from scripts.release.errors import ReleaseError

INDEX = "https://index.test/simple/"
PROJECT = INDEX + "emogg-sessions-client/"
PASSWORD = "pw-3b9e-never-printed"
TOKEN = "query-token-51c0"


def json_page(*files: str, hashes: dict[str, str] | None = None) -> httpx.Response:
    entries = [{"filename": f, "hashes": {"sha256": (hashes or {})[f]} if f in (hashes or {}) else {}} for f in files]
    body = {"meta": {"api-version": "1.0"}, "name": "emogg-sessions-client", "files": entries}
    return httpx.Response(200, json=body, headers={"content-type": "application/vnd.pypi.simple.v1+json"})


def index(project: Callable[[httpx.Request], httpx.Response]) -> httpx.Client:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html></html>") if str(request.url) == INDEX else project(request)

    return httpx.Client(transport=httpx.MockTransport(handle), follow_redirects=False)


def files(version: str) -> list[str]:
    return [f"emogg_sessions_client-{version}-py3-none-any.whl", f"emogg_sessions_client-{version}.tar.gz"]


def test_only_files_of_the_version_being_published_count() -> None:
    with index(lambda request: json_page(*files("0.1.0"), *files("0.1.10"))) as http:
        assert publishing.existing_files(INDEX, "emogg-sessions-client", "0.1.0", http) == files("0.1.0")
        assert publishing.existing_files(INDEX, "emogg-sessions-client", "0.1.1", http) == []


def test_a_missing_project_is_an_empty_list() -> None:
    with index(lambda request: httpx.Response(404)) as http:
        assert publishing.existing_files(INDEX, "emogg-sessions-client", "0.1.0", http) == []


def test_a_redirect_on_the_same_origin_is_followed() -> None:
    def project(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/emogg-sessions-client/"):
            return httpx.Response(301, headers={"location": "/simple/emogg_sessions_client/"})
        return json_page(*files("0.1.0"))

    with index(project) as http:
        assert publishing.existing_files(INDEX, "emogg-sessions-client", "0.1.0", http) == files("0.1.0")


@pytest.mark.parametrize(
    "location",
    ["https://pypi.org/simple/emogg-sessions-client/", "http://index.test/simple/x/", "https://index.test:8443/x/"],
    ids=["another host", "another scheme", "another port"],
)
def test_a_redirect_to_another_origin_is_unreadable_and_refused(location: str) -> None:
    redirect = index(lambda request: httpx.Response(303, headers={"location": location}))
    with redirect as http, pytest.raises(ReleaseError) as caught:
        publishing.existing_files(INDEX, "emogg-sessions-client", "0.1.0", http)
    assert str(caught.value) == (
        f"{PROJECT}: redirects to another origin ({location}), so whether 0.1.0 is there cannot be read; "
        "nothing was uploaded (a pypiserver needs --disable-fallback)"
    )


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (httpx.Response(500), f"{PROJECT}: cannot read the project page (HTTP 500); nothing was uploaded"),
        (
            httpx.Response(200, text="not json", headers={"content-type": "application/vnd.pypi.simple.v1+json"}),
            f"{PROJECT}: the project page is not PEP 691 JSON; nothing was uploaded",
        ),
        (
            httpx.Response(200, json=["a list"], headers={"content-type": "application/json"}),
            f"{PROJECT}: the project page is not PEP 691 JSON; nothing was uploaded",
        ),
        (
            httpx.Response(200, json={"files": [{"name": "x"}]}, headers={"content-type": "application/json"}),
            f"{PROJECT}: the project page is not PEP 691 JSON; nothing was uploaded",
        ),
    ],
    ids=["server error", "not json", "json list", "files without filename"],
)
def test_an_unreadable_project_page_is_a_refusal(response: httpx.Response, expected: str) -> None:
    with index(lambda request: response) as http, pytest.raises(ReleaseError) as caught:
        publishing.existing_files(INDEX, "emogg-sessions-client", "0.1.0", http)
    assert str(caught.value) == expected


def test_redaction_masks_every_secret_and_only_them() -> None:
    text = f"user pw={PASSWORD} url=https://x.test/?token={TOKEN} version 0.1.0"
    assert (
        publishing.redact(text, [PASSWORD, TOKEN])
        == "user pw=******** url=https://x.test/?token=******** version 0.1.0"
    )


def test_urls_are_shown_without_userinfo_query_or_fragment() -> None:
    assert (
        publishing.shown(f"https://u:{PASSWORD}@up.test:8443/legacy/?token={TOKEN}#f") == "https://up.test:8443/legacy/"
    )


# publish() end to end, with an in-memory index and twine replaced ---------------------------------------------


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    for name in ("clients.toml", "specs", "overlays", "config", "templates"):
        source = REPO_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, tmp_path / name)
    return tmp_path


class FakeIndex:
    """A simple index that holds what the fake twine uploaded, with each file's sha256 (PEP 691 `hashes`).

    `failing` names a file the index answers with a 500 (twine stops there, as it does); `silent` makes every
    upload hang until twine is stopped (`subprocess.run`'s timeout)."""

    def __init__(self) -> None:
        self.files: list[str] = []
        self.hashes: dict[str, str] = {}
        self.uploads: list[list[str]] = []  # the files of each twine run
        self.failing: str | None = None
        self.silent = False

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/simple/":
            return httpx.Response(200, text="<html></html>")
        if request.url.path == "/simple/emogg-sessions-client/" and self.files:
            return json_page(*self.files, hashes=self.hashes)
        return httpx.Response(404)

    def twine(self, command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        if self.silent:
            raise subprocess.TimeoutExpired(command, kwargs["timeout"])
        paths = [Path(arg) for arg in command if arg.endswith((".whl", ".tar.gz"))]
        self.uploads.append([path.name for path in paths])
        for path in paths:
            if path.name == self.failing:
                error = f"HTTPError: 500 Internal Server Error from {command[command.index('--repository-url') + 1]}"
                return subprocess.CompletedProcess(command, 1, stdout=f"Uploading {path.name}\n", stderr=error)
            self.files.append(path.name)
            self.hashes[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
        # A tool that echoes what it was given: the password and the URL's query must not reach the output.
        echo = f"Uploading with password {PASSWORD} to {command[command.index('--repository-url') + 1]}\n"
        return subprocess.CompletedProcess(command, 0, stdout=echo, stderr="")


def set_version(repo: Path, version: str) -> None:
    manifest = repo / "clients.toml"
    text = manifest.read_text()
    start = text.index("[clients.emogg]")
    line = text.index('version = "', start)
    end = text.index("\n", line)
    manifest.write_text(text[:line] + f'version = "{version}"' + text[end:])


def build(repo: Path) -> None:
    for name in artifact_names(load_manifest(repo).clients["emogg"]):
        (repo / "dist").mkdir(exist_ok=True)
        (repo / "dist" / name).write_bytes(b"built")


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeIndex:
    fake = FakeIndex()
    monkeypatch.setenv("TWINE_PASSWORD", PASSWORD)
    monkeypatch.setattr(publishing.subprocess, "run", fake.twine)
    client = httpx.Client
    monkeypatch.setattr(
        publishing.httpx, "Client", lambda **kwargs: client(**{**kwargs, "transport": httpx.MockTransport(fake.handle)})
    )
    return fake


UPLOAD = f"https://index.test/?token={TOKEN}"


def test_publish_n_then_n_plus_1(repo: Path, fake: FakeIndex) -> None:
    set_version(repo, "0.3.0")
    build(repo)
    publishing.publish(["emogg"], root=repo, repository_url=UPLOAD)
    assert fake.files == files("0.3.0")

    with pytest.raises(ReleaseError, match=r"emogg-sessions-client 0\.3\.0 is already on https://index\.test/simple/"):
        publishing.publish(["emogg"], root=repo, repository_url=UPLOAD)

    set_version(repo, "0.3.1")
    build(repo)
    publishing.publish(["emogg"], root=repo, repository_url=UPLOAD)
    assert fake.files == files("0.3.0") + files("0.3.1")


def test_nothing_printed_carries_the_password_or_the_query(
    repo: Path, fake: FakeIndex, capsys: pytest.CaptureFixture[str]
) -> None:
    build(repo)
    assert publishing.main(["--root", str(repo), "--repository-url", UPLOAD, "emogg"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "Uploading with password ******** to https://index.test/?token=********",
        "uploaded 2 files to https://index.test/",
    ]
    assert err == ""

    assert publishing.main(["--root", str(repo), "--repository-url", UPLOAD, "emogg"]) == 1  # now a refusal
    out, err = capsys.readouterr()
    assert TOKEN not in out + err and PASSWORD not in out + err
    version = load_manifest(repo).clients["emogg"].version
    assert err.startswith(f"error: emogg-sessions-client {version} is already on https://index.test/simple/ (")


def test_an_unreachable_index_is_one_line_without_the_query(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"connection refused for {request.url}", request=request)

    client = httpx.Client
    monkeypatch.setattr(
        publishing.httpx, "Client", lambda **kwargs: client(**{**kwargs, "transport": httpx.MockTransport(refuse)})
    )
    build(repo)
    assert publishing.main(["--root", str(repo), "--repository-url", UPLOAD, "emogg"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "error: https://index.test/simple/: cannot reach the index: connection refused for https://index.test/simple/\n"
    )


CLI = "error: command line: "
REFUSED_CREDENTIALS = "are refused: use the environment or keyring"
BAD_ARGUMENTS = {
    "tag with a bad version": (["--tag", "emogg-vabc"], "--tag: 'abc' in 'emogg-vabc' is not a PEP 440 version"),
    "tag without -v": (["--tag", "emogg"], "--tag: expected NAME-vX.Y.Z and no client names, got 'emogg'"),
    "unknown client": (
        ["nosuch"],
        f"unknown client 'nosuch' (known: {', '.join(load_manifest().clients)})",
    ),
    "bad IPv6 URL": (["--repository-url", "http://[::1/", "emogg"], "--repository-url: not a URL (Invalid IPv6 URL)"),
    "port out of range": (
        ["--repository-url", "http://h:99999/", "emogg"],
        "--repository-url: not a URL (Port out of range 0-65535)",
    ),
    "not http": (
        ["--repository-url", "ftp://h/", "emogg"],
        "--repository-url: expected an http(s) URL, got 'ftp://h/'",
    ),
    "credentials in the URL": (
        ["--repository-url", f"https://u:{PASSWORD}@h/", "emogg"],
        f"--repository-url: credentials in a URL (https://h/) {REFUSED_CREDENTIALS}",
    ),
    "credentials in the index URL": (
        ["--repository-url", "https://h/", "--index-url", f"https://u:{PASSWORD}@h/simple/", "emogg"],
        f"--index-url: credentials in a URL (https://h/simple/) {REFUSED_CREDENTIALS}",
    ),
    "unknown option": (["--bogus"], "unrecognized arguments: --bogus (see --help)"),
    "option without value": (["--tag"], "argument --tag: expected one argument (see --help)"),
}


@pytest.mark.parametrize(("args", "expected"), BAD_ARGUMENTS.values(), ids=BAD_ARGUMENTS.keys())
def test_bad_arguments_are_one_line(
    repo: Path, args: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = publishing.main(["--root", str(repo), *args])
    except SystemExit as exit_:
        code = exit_.code  # argparse's own errors: status 2
    out, err = capsys.readouterr()
    assert code in (1, 2)
    assert err == CLI + expected + "\n"
    assert PASSWORD not in out + err


def test_a_missing_build_is_one_line_naming_the_folder(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert publishing.main(["--root", str(repo), "emogg"]) == 1
    wheel, sdist = artifact_names(load_manifest(repo).clients["emogg"])
    assert capsys.readouterr().err == f"error: {repo / 'dist'}: missing {wheel}, {sdist}; run `nox -s build` first\n"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff", "cannot read: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        (None, "cannot read: Is a directory"),
    ],
    ids=["bad encoding", "directory"],
)
def test_an_unreadable_manifest_is_one_line(
    repo: Path, content: bytes | None, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "clients.toml").unlink()
    if content is None:
        (repo / "clients.toml").mkdir()
    else:
        (repo / "clients.toml").write_bytes(content)
    assert publishing.main(["--root", str(repo)]) == 1
    assert capsys.readouterr().err == f"error: {repo / 'clients.toml'}: {expected}\n"


# A half-done upload, files that are not this build's, an index that never answers ----------------------------


def emogg_files(repo: Path) -> tuple[str, str]:
    wheel, sdist = artifact_names(load_manifest(repo).clients["emogg"])
    return wheel, sdist


def test_a_half_done_upload_is_finished_by_publishing_the_same_build_again(repo: Path, fake: FakeIndex) -> None:
    build(repo)
    wheel, sdist = emogg_files(repo)
    fake.failing = sdist  # the wheel is accepted, the sdist answered with a 500
    with pytest.raises(ReleaseError, match=r"^twine upload failed") as failed:
        publishing.publish(["emogg"], root=repo, repository_url=UPLOAD)
    assert fake.files == [wheel]

    fake.failing = None
    lines = publishing.publish(["emogg"], root=repo, repository_url=UPLOAD)
    assert fake.uploads[-1] == [sdist]  # the wheel is not sent again
    assert fake.files == [wheel, sdist]
    assert lines[0] == f"skipped {wheel}: already on https://index.test/simple/ with the same sha256"
    assert lines[-1] == "uploaded 1 files to https://index.test/"
    assert "(publish again to finish: files the index took are skipped when they are this build's)" in str(failed.value)


THIS_BUILDS = hashlib.sha256(b"built").hexdigest()
NOT_THIS_BUILDS = {
    "another build's wheel": (
        {"wheel": hashlib.sha256(b"another build").hexdigest()},
        "and {wheel} there is not this build's (sha256 " + hashlib.sha256(b"another build").hexdigest(),
    ),
    "a wheel without a hash": ({"wheel": None}, "and the index shows no sha256 for {wheel}, so it cannot be"),
    "another file of the version": (
        {"wheel": THIS_BUILDS, "emogg_sessions_client-{version}-py2-none-any.whl": THIS_BUILDS},
        "and emogg_sessions_client-{version}-py2-none-any.whl is not this build's",
    ),
    "every file already there": ({"wheel": THIS_BUILDS, "sdist": THIS_BUILDS}, "): a published version"),
}


@pytest.mark.parametrize(("on_index", "complaint"), NOT_THIS_BUILDS.values(), ids=NOT_THIS_BUILDS.keys())
def test_files_of_the_version_that_are_not_this_builds_are_a_refusal(
    repo: Path, fake: FakeIndex, on_index: dict[str, str | None], complaint: str
) -> None:
    build(repo)
    wheel, sdist = emogg_files(repo)
    version = load_manifest(repo).clients["emogg"].version
    for name, digest in on_index.items():
        name = {"wheel": wheel, "sdist": sdist}.get(name, name).format(version=version)
        fake.files.append(name)
        if digest is not None:
            fake.hashes[name] = digest
    with pytest.raises(ReleaseError) as raised:
        publishing.publish(["emogg"], root=repo, repository_url=UPLOAD)
    message = str(raised.value)
    assert complaint.format(wheel=wheel, version=version) in message
    assert "a published version is never replaced; run `nox -s bump -- emogg` and build again" in message
    assert message.endswith("\nnothing was uploaded")
    assert fake.uploads == []


def test_the_hashes_of_a_pep_503_page_are_read_from_its_links() -> None:
    wheel, sdist = files("0.1.0")
    html = (
        f'<html><body><a href="../../packages/{wheel}#sha256=ABC123">{wheel}</a>'
        f'<a href="../../packages/{sdist}">{sdist}</a></body></html>'
    )
    with index(lambda request: httpx.Response(200, text=html, headers={"content-type": "text/html"})) as http:
        found = publishing.index_files(INDEX, "emogg-sessions-client", "0.1.0", http)
    assert found == {sdist: None, wheel: "ABC123"}


def test_an_index_that_never_answers_the_upload_is_one_line_after_the_timeout(
    repo: Path, fake: FakeIndex, capsys: pytest.CaptureFixture[str]
) -> None:
    build(repo)
    fake.silent = True
    assert publishing.main(["--root", str(repo), "--repository-url", UPLOAD, "--upload-timeout", "7", "emogg"]) == 1
    assert capsys.readouterr().err == (
        "error: https://index.test/: no answer to the upload within 7 s; publish again once the index answers "
        "(files it took meanwhile are skipped when they are this build's)\n"
    )


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "soon"])
def test_an_upload_timeout_that_is_not_a_positive_number_is_one_line(
    repo: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        publishing.main(["--root", str(repo), "--upload-timeout", value])
    assert capsys.readouterr().err == (
        f"error: command line: argument --upload-timeout: {value!r} is not a positive number of seconds (see --help)\n"
    )
