"""Publishing to a real index (pypiserver on 127.0.0.1): dry run, immutable versions, credentials kept secret."""

from __future__ import annotations

import hashlib
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from scripts.manifest import load_manifest
from tests.release.conftest import PASSWORD, UPLOADER
from tests.release.workspace import Index, files_of, publish_env, run_module

pytestmark = pytest.mark.slow


def publish(root: Path, *args: str, password: str | None = PASSWORD) -> tuple[int, str]:
    """Run `nox -s publish -- ARGS`'s command; return its exit code and everything it printed."""
    result = run_module("scripts.release.publish", *args, root=root, env=publish_env(UPLOADER, password))
    return result.returncode, result.stdout + result.stderr


def test_without_a_url_it_is_a_dry_run_that_lists_the_files(released_repo: Path, index: Index) -> None:
    code, output = publish(released_repo)
    assert code == 0, output
    assert output.startswith("dry run (no --repository-url): would upload\n")
    for wheel in sorted((released_repo / "dist").iterdir()):
        assert f"  {wheel.name}  " in output
    assert files_of(index.packages) == {}


def test_publishing_uploads_with_credentials_from_the_environment(released_repo: Path, index: Index) -> None:
    code, output = publish(released_repo, "--repository-url", index.url, "emogg")
    assert code == 0, output
    built = files_of(released_repo / "dist")
    assert files_of(index.packages) == {name: h for name, h in built.items() if name.startswith("emogg_")}
    assert PASSWORD not in output


def test_republishing_a_version_is_refused_and_the_index_is_unchanged(released_repo: Path, index: Index) -> None:
    code, output = publish(released_repo, "--repository-url", index.url, "emogg")
    assert code == 0, output
    before = files_of(index.packages)

    code, output = publish(released_repo, "--repository-url", index.url, "livepeer", "emogg")
    assert code == 1
    version = "emogg-sessions-client " + next(iter(before)).split("-")[1]
    assert f"{version} is already on {index.simple}" in output
    assert "a published version is never replaced" in output
    assert output.rstrip().endswith("nothing was uploaded")
    assert files_of(index.packages) == before  # not overwritten, and livepeer not uploaded either


def test_wrong_credentials_fail_without_showing_them(released_repo: Path, index: Index) -> None:
    wrong = "wrong-password-9c2d"
    code, output = publish(released_repo, "--repository-url", index.url, "emogg", password=wrong)
    assert code == 1
    assert "403 Forbidden" in output
    assert wrong not in output
    assert files_of(index.packages) == {}


def test_credentials_in_the_url_are_refused_without_showing_them(released_repo: Path, index: Index) -> None:
    url = index.url.replace("http://", f"http://{UPLOADER}:{PASSWORD}@")
    code, output = publish(released_repo, "--repository-url", url, "emogg")
    assert code == 1
    assert "credentials in a URL" in output
    assert PASSWORD not in output
    assert files_of(index.packages) == {}


def test_a_tag_publishes_its_client_only_at_its_version(released_repo: Path, index: Index) -> None:
    code, output = publish(released_repo, "--repository-url", index.url, "--tag", "emogg-v9.9.9")
    assert code == 1
    assert "tag emogg-v9.9.9 does not match clients.toml" in output
    assert files_of(index.packages) == {}

    version = load_manifest(released_repo).clients["emogg"].version
    code, output = publish(released_repo, "--repository-url", index.url, "--tag", f"emogg-v{version}")
    assert code == 0, output
    assert sorted(files_of(index.packages)) == [
        f"emogg_sessions_client-{version}-py3-none-any.whl",
        f"emogg_sessions_client-{version}.tar.gz",
    ]


def test_a_password_in_the_urls_query_is_never_printed(released_repo: Path, index: Index) -> None:
    secret = "query-secret-4d1f"
    code, output = publish(released_repo, "--repository-url", f"{index.url}?password={secret}", "emogg")
    assert code == 0, output
    assert secret not in output
    assert output.rstrip().endswith(f"uploaded 2 files to {index.url}")


def test_a_half_done_upload_is_finished_and_nothing_is_sent_twice(released_repo: Path, index: Index) -> None:
    version = load_manifest(released_repo).clients["emogg"].version
    wheel = released_repo / "dist" / f"emogg_sessions_client-{version}-py3-none-any.whl"
    shutil.copy2(wheel, index.packages / wheel.name)  # the wheel was accepted, then the sdist got a 500
    code, output = publish(released_repo, "--repository-url", index.url, "emogg")
    assert code == 0, output
    assert f"skipped {wheel.name}: already on {index.simple} with the same sha256" in output
    assert output.rstrip().endswith(f"uploaded 1 files to {index.url}")
    built = files_of(released_repo / "dist")
    assert files_of(index.packages) == {name: h for name, h in built.items() if name.startswith("emogg_")}


def test_a_file_on_the_index_that_is_not_this_builds_is_refused(released_repo: Path, index: Index) -> None:
    version = load_manifest(released_repo).clients["emogg"].version
    wheel = f"emogg_sessions_client-{version}-py3-none-any.whl"
    (index.packages / wheel).write_bytes(b"another build")
    code, output = publish(released_repo, "--repository-url", index.url, "emogg")
    assert code == 1
    assert f"and {wheel} there is not this build's" in output
    assert files_of(index.packages) == {wheel: hashlib.sha256(b"another build").hexdigest()}


@contextmanager
def silent_index() -> Iterator[str]:
    """An index on 127.0.0.1 whose simple pages say "not there", and which never answers an upload."""
    done = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200 if self.path == "/simple/" else 404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_POST(self) -> None:
            done.wait()  # no answer, until the test is over

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        done.set()
        server.shutdown()
        server.server_close()


def test_an_index_that_never_answers_the_upload_is_stopped_with_one_line(released_repo: Path) -> None:
    with silent_index() as url:
        code, output = publish(released_repo, "--repository-url", url, "--upload-timeout", "3", "emogg")
    assert code == 1
    assert output == (
        f"error: {url}: no answer to the upload within 3 s; publish again once the index answers "
        "(files it took meanwhile are skipped when they are this build's)\n"
    )
