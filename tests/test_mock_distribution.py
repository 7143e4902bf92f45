"""The mock as a distribution (mock/, `sessions-clients-mock`): built like the clients (sdist, then the wheel from
the sdist, `python -m build --no-isolation`), installed into a fresh virtualenv with no clone on `sys.path`, then
used the three ways a downstream team does: the `sessions-mock` console script per API, the pytest fixtures from a
throw-away project of their own, the validating proxy. And the container image, where a docker daemon exists.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import venv
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from scripts.manifest import REPO_ROOT, load_manifest
from scripts.mock import DEFAULT_TOKEN, create_app
from scripts.mock._serving import example_path
from scripts.mock.serve import serve_in_background
from scripts.sources import resolved_spec

pytestmark = pytest.mark.slow  # builds, installs, serves on loopback

API_NAMES = list(load_manifest().clients)


def clean_env() -> dict[str, str]:
    """No PYTHONPATH, no virtualenv of ours: the fresh environment sees what was installed into it, nothing else."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}


@pytest.fixture(scope="module")
def mock_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("mock-dist")
    build = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(REPO_ROOT / "mock")]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "315532800"}
    result = subprocess.run(build, capture_output=True, text=True, check=False, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "sessions_clients_mock-0.1.0-py3-none-any.whl",
        "sessions_clients_mock-0.1.0.tar.gz",
    ]
    return out


@pytest.fixture(scope="module")
def dependency_wheels(pytestconfig: pytest.Config, mock_dist: Path) -> Path:
    """The wheels the mock and pytest need, kept in pytest's cache: downloaded once (PyPI or pip's cache)."""
    assert pytestconfig.cache is not None
    folder = pytestconfig.cache.mkdir("mock-dependency-wheels")
    wheel = str(next(mock_dist.glob("*.whl"))) + "[contract]"
    pytest_pin = f"pytest=={__import__('pytest').__version__}"
    base = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "--quiet", "--only-binary=:all:"]
    base += ["--dest", str(folder)]
    offline = subprocess.run([*base, "--no-index", "--find-links", str(folder), wheel, pytest_pin], capture_output=True)
    if offline.returncode != 0:
        subprocess.run([*base, wheel, pytest_pin], capture_output=True, check=True)
    return folder


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory, mock_dist: Path, dependency_wheels: Path) -> Path:
    """A fresh virtualenv with the mock's wheel (and pytest) installed offline; returns its bin/ folder."""
    environment = tmp_path_factory.mktemp("mock-venv") / "venv"
    venv.create(environment, with_pip=True, clear=True)
    python = environment / "bin" / "python"
    install = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--no-index", "--quiet"]
    wheel = str(next(mock_dist.glob("*.whl"))) + "[contract]"  # with schemathesis: `sessions-mock contract`
    install += ["--find-links", str(dependency_wheels), wheel, "pytest"]
    result = subprocess.run(install, capture_output=True, text=True, check=False, env=clean_env())
    assert result.returncode == 0, result.stdout + result.stderr
    return environment / "bin"


def test_the_sdist_carries_the_mock_code_so_a_wheel_needs_no_clone(mock_dist: Path) -> None:
    import tarfile
    import zipfile

    with tarfile.open(next(mock_dist.glob("*.tar.gz"))) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    with zipfile.ZipFile(next(mock_dist.glob("*.whl"))) as wheel:
        members = set(wheel.namelist())
    for module in ("_app.py", "_spec.py", "_state.py", "_cli.py", "proxy.py"):
        assert f"src/sessions_mock/_core/{module}" in names
        assert f"sessions_mock/_core/{module}" in members
    assert {"sessions_mock/errors.py", "sessions_mock/envnames.py"} <= members
    assert {f"sessions_mock/specs/{name}.json" for name in API_NAMES} <= members
    assert "sessions_mock/_core/serve.py" not in members, "the repository's wrapper reads clients.toml"
    entry_points = zipfile.ZipFile(next(mock_dist.glob("*.whl"))).read(
        "sessions_clients_mock-0.1.0.dist-info/entry_points.txt"
    )
    assert b"sessions-mock = sessions_mock.cli:main" in entry_points
    assert b"[pytest11]\nsessions_mock = sessions_mock.pytest_plugin" in entry_points


def test_two_builds_give_the_same_bytes(mock_dist: Path, tmp_path: Path) -> None:
    build = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(tmp_path), str(REPO_ROOT / "mock")]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "315532800"}
    subprocess.run(build, capture_output=True, check=True, env=env)
    for artifact in mock_dist.iterdir():
        assert (tmp_path / artifact.name).read_bytes() == artifact.read_bytes(), artifact.name


def test_the_distributions_package_type_checks_strictly(mock_dist: Path, tmp_path: Path) -> None:
    """Its own modules (cli, pytest_plugin, _bundle) only exist whole in the wheel: mypy --strict reads them there."""
    import zipfile

    with zipfile.ZipFile(next(mock_dist.glob("*.whl"))) as wheel:
        wheel.extractall(tmp_path)
    command = [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", "--no-incremental",
               "-p", "sessions_mock"]  # fmt: skip
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_installed_package_imports_from_the_virtualenv_alone(installed: Path) -> None:
    probe = "import sessions_mock, importlib.util as u; print(sessions_mock.__file__); print(u.find_spec('scripts'))"
    result = subprocess.run([str(installed / "python"), "-I", "-c", probe], capture_output=True, text=True,
                            cwd=installed, env=clean_env(), check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    location, scripts = result.stdout.splitlines()
    assert Path(location).is_relative_to(installed.parent)
    assert scripts == "None", "no clone (scripts/) may be importable"


@contextmanager
def console_mock(bin_folder: Path, *arguments: str) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    command = [str(bin_folder / "sessions-mock"), *arguments, "--port", "0"]
    env = {**clean_env(), "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                          cwd=bin_folder) as server:  # fmt: skip
        assert server.stdout is not None
        banner = []
        for line in server.stdout:
            banner.append(line)
            if line.lstrip().startswith("options:"):
                break
        try:
            yield server, banner
        finally:
            server.send_signal(signal.SIGINT)
            server.communicate(timeout=15)


def _value(banner: list[str], label: str) -> str:
    return next(line.split(label, 1)[1].strip() for line in banner if line.strip().startswith(label))


@pytest.mark.parametrize("name", API_NAMES)
def test_the_console_script_serves_each_api(installed: Path, name: str) -> None:
    app = create_app(resolved_spec(name))
    get = next(route.operations["GET"] for route in app.model.routes if "GET" in route.operations)
    with console_mock(installed, name, "--stateful") as (server, banner):
        base_url = _value(banner, "base URL:")
        token = _value(banner, "token:")
        env = resolved_spec(name)["info"]["x-env"]
        assert f"export {env['token']}={token} {env['base_url']}={base_url}" in "".join(banner)
        with httpx.Client(base_url=base_url, timeout=10) as client:
            answered = client.get(example_path(get), headers={"Authorization": f"Bearer {token}"})
            anonymous = client.get(example_path(get))
    assert (answered.status_code, anonymous.status_code) == (200, 401), answered.text
    assert server.returncode == 0
    assert base_url.startswith("http://127.0.0.1:")


def test_the_console_script_listens_where_host_says(installed: Path) -> None:
    with console_mock(installed, "emogg", "--host", "0.0.0.0") as (_, banner):
        base_url = _value(banner, "base URL:")
        with httpx.Client(timeout=10) as client:
            answered = client.get(base_url + "/v1/sessions", headers={"Authorization": f"Bearer {DEFAULT_TOKEN}"})
    assert answered.status_code == 200


DOWNSTREAM_TEST = """
import httpx


def test_each_api_has_a_served_and_an_in_process_fixture(
    emogg_mock, emogg_mock_app, livepeer_mock_app, streamelements_mock_app, cloudflare_realtimekit_mock
):
    assert emogg_mock.base_url.startswith("http://127.0.0.1:")
    assert emogg_mock.env == {"EMOGG_API_TOKEN": emogg_mock.token, "EMOGG_BASE_URL": emogg_mock.base_url}
    for mock in (emogg_mock, emogg_mock_app):
        with mock.client() as http:
            assert http.get("/v1/sessions").status_code == 200
    with httpx.Client(base_url=emogg_mock.base_url) as anonymous:
        assert anonymous.get("/v1/sessions").status_code == 401
    with livepeer_mock_app.client() as http:
        assert http.get("/session/abc", headers={"Prefer": "code=404"}).status_code == 404
    assert cloudflare_realtimekit_mock.base_url.endswith("/client/v4")


def test_the_factory_starts_a_stateful_mock(sessions_mock):
    mock = sessions_mock("emogg", stateful=True, in_process=True)
    with mock.client() as http:
        created = http.post("/v1/sessions", json={"name": "Pitch", "type": "live_analysis"})
        assert created.status_code in (201, 400), created.text
"""


def test_a_downstream_project_uses_the_pytest_fixtures(installed: Path, tmp_path: Path) -> None:
    project = tmp_path / "downstream"
    project.mkdir()
    (project / "test_against_the_mock.py").write_text(textwrap.dedent(DOWNSTREAM_TEST), encoding="utf-8")
    command = [str(installed / "python"), "-I", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error"]
    result = subprocess.run(command, cwd=project, capture_output=True, text=True, env=clean_env(), check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_the_installed_proxy_reports_what_the_upstream_breaks(installed: Path, tmp_path: Path) -> None:
    """The console script's proxy in front of a real server (here: the repository's stateless emogg mock)."""
    report = tmp_path / "violations.jsonl"
    upstream_app = create_app(resolved_spec("emogg"))
    with serve_in_background(upstream_app) as upstream:
        arguments = ["proxy", "emogg", "--upstream", upstream, "--report", str(report)]
        with console_mock(installed, *arguments) as (_, banner):
            base_url = _value(banner, "base URL:")
            with httpx.Client(base_url=base_url, timeout=10) as client:
                auth = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
                fine = client.get("/v1/sessions", headers=auth)
                broken = client.get("/v1/sessions", params={"bogus": "1"}, headers=auth)
    assert (fine.status_code, broken.status_code) == (200, 400)
    (entry,) = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert entry["violations"] == [{"in": "request", "message": "unknown query parameter(s): ['bogus']"}]


def test_the_installed_contract_command_aims_schemathesis_at_a_running_mock(installed: Path, tmp_path: Path) -> None:
    """`sessions-mock contract NAME --base-url URL --include-writes --mock`: every phase against a stateful mock,
    the token through its variable (never on the command line), a JUnit report."""
    with console_mock(installed, "emogg", "--stateful") as (_, banner):
        base_url = _value(banner, "base URL:")
        command = [str(installed / "sessions-mock"), "contract", "emogg", "--base-url", base_url, "--include-writes",
                   "--mock", "--max-examples", "3", "--rate-limit", "1000/s", "--report", "junit",
                   "--report-dir", str(tmp_path / "reports")]  # fmt: skip
        result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, env=clean_env(), check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "✅ Stateful" in result.stdout
    assert len(list((tmp_path / "reports").glob("junit*.xml"))) == 1


def _docker_unavailable() -> str | None:
    if shutil.which("docker") is None:
        return "no docker command on this machine: the image build is tested where a docker daemon exists"
    probe = subprocess.run(["docker", "info"], capture_output=True, check=False)
    if probe.returncode != 0:
        return "docker cannot reach a daemon (`docker info` fails): the image build is tested where one exists"
    return None


@pytest.mark.skipif(_docker_unavailable() is not None, reason=str(_docker_unavailable()))
def test_the_container_image_builds_and_serves_help() -> None:
    tag = "sessions-clients-mock:test"
    build = ["docker", "build", "-f", "mock/Dockerfile", "-t", tag, "."]
    built = subprocess.run(build, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stdout + built.stderr
    ran = subprocess.run(["docker", "run", "--rm", tag, "--help"], capture_output=True, text=True, check=False)
    assert ran.returncode == 0
    assert "proxy NAME --upstream URL" in ran.stdout
