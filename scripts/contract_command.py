"""The command line of `nox -s contract`: `python -m scripts.contract_command [NAME ...] [--live | --base-url URL]
[--include-writes] [--rate-limit R] [--max-examples N] [--seed S] [--report junit,har] [--report-dir DIR]
[--report-junit-path FILE] [--report-har-path FILE]`.

`NAME --base-url URL` aims the server-side tests at any server of that API (a staging deployment, a team's own
implementation, a running mock): GET and HEAD only unless `--include-writes`, at most `--rate-limit` requests
(default 10/s), the token from the API's variable (`info.x-env`, e.g. EMOGG_API_TOKEN), else the mock's.

`main(argv)` checks the arguments, then runs pytest on tests/contract in a child process (pytest must import the
test modules itself: assertion rewriting, settings read at import). The settings reach the test modules through
the environment variables below; scripts/contract.py reads them. This module imports only the manifest, not
schemathesis, Hypothesis or pytest (0.7 s), so a run starts at once and a bad argument is answered at once.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Sequence

from scripts.manifest import REPO_ROOT, load_manifest

__all__ = [
    "DEFAULT_RATE_LIMIT",
    "ENV_APIS",
    "ENV_BASE_URL",
    "ENV_HAR",
    "ENV_INCLUDE_WRITES",
    "ENV_LIVE",
    "ENV_MAX_EXAMPLES",
    "ENV_RATE_LIMIT",
    "ENV_SEED",
    "REPORT_FORMATS",
    "SELF_TESTS",
    "api_identifier",
    "api_names",
    "build_command",
    "main",
]

ENV_LIVE = "SESSIONS_CLIENTS_CONTRACT_LIVE"
ENV_MAX_EXAMPLES = "SESSIONS_CLIENTS_CONTRACT_MAX_EXAMPLES"
ENV_SEED = "SESSIONS_CLIENTS_CONTRACT_SEED"
ENV_HAR = "SESSIONS_CLIENTS_CONTRACT_HAR"  # where the conftest writes the HAR cassette, when set
ENV_APIS = "SESSIONS_CLIENTS_CONTRACT_APIS"  # the APIs to test, comma-separated; unset: every API of clients.toml
ENV_BASE_URL = "SESSIONS_CLIENTS_CONTRACT_BASE_URL"  # a server to aim at instead of the in-process mock
ENV_INCLUDE_WRITES = "SESSIONS_CLIENTS_CONTRACT_INCLUDE_WRITES"  # "1": a remote run (live, base URL) sends writes
ENV_RATE_LIMIT = "SESSIONS_CLIENTS_CONTRACT_RATE_LIMIT"  # a remote run's limit, schemathesis' syntax ("10/s")
DEFAULT_RATE_LIMIT = "10/s"

REPORT_FORMATS = ("junit", "har")
_RATE = re.compile(r"[1-9][0-9]*/[smh]")
DEFAULT_REPORT_DIR = "contract-reports"
# Tests of the suite itself, which no argument of a contract run changes: `nox -s tests` runs them. (It runs a
# suite against faulty mocks in a child pytest: as long again as a one-API run.)
SELF_TESTS = ("test_contract_can_fail.py", "test_contract_aimed.py")


def api_names() -> list[str]:
    """Every API of clients.toml, in its order."""
    return list(load_manifest().clients)


def api_identifier(name: str) -> str:
    """The API's name as it appears in test names (and so in `-k` expressions): `cloudflare_realtimekit`."""
    return name.replace("-", "_")


def build_command(argv: Sequence[str] | None = None) -> tuple[list[str], dict[str, str]]:
    """The pytest command line and environment `nox -s contract -- ARGS` runs (argument errors exit 2)."""
    parser = argparse.ArgumentParser(prog="nox -s contract --", description="Run the contract tests (tests/contract).")
    parser.add_argument("names", nargs="*", metavar="NAME", help="APIs to test (default: all in clients.toml)")
    parser.add_argument("--live", action="store_true", help="server-side tests against the real API (GET only)")
    parser.add_argument("--base-url", help="server-side tests against this server of the one API named")
    parser.add_argument("--include-writes", action="store_true", help="--live/--base-url: also send PUT, POST, ...")
    parser.add_argument("--rate-limit", help=f"--base-url: requests per duration (default {DEFAULT_RATE_LIMIT})")
    parser.add_argument("--max-examples", type=int, help="fuzzing cases per operation and generation mode")
    parser.add_argument("--seed", type=int, default=0, help="schemathesis and mock seed (default 0)")
    parser.add_argument("--report", default="", help="reports to write, comma-separated: junit, har")
    parser.add_argument(
        "--report-dir", default=DEFAULT_REPORT_DIR, help=f"where reports go (default {DEFAULT_REPORT_DIR})"
    )
    parser.add_argument("--report-junit-path", help="JUnit XML report file (implies --report junit)")
    parser.add_argument("--report-har-path", help="HAR cassette of every exchange (implies --report har)")
    args = parser.parse_args(argv)
    known = api_names()
    unknown = [name for name in args.names if name not in known]
    if unknown:
        parser.error(f"unknown API {unknown[0]!r} (known: {', '.join(known)})")
    if args.base_url is not None:
        if args.live:
            parser.error("--base-url and --live exclude each other")
        if len(args.names) != 1:
            parser.error("--base-url needs exactly one API name (a base URL serves one API)")
        if not args.base_url.startswith(("http://", "https://")):
            parser.error(f"--base-url {args.base_url!r} is not an http(s) URL")
    if (args.include_writes or args.rate_limit) and not (args.live or args.base_url):
        parser.error("--include-writes and --rate-limit go with --base-url or --live")
    if args.rate_limit and not _RATE.fullmatch(args.rate_limit):
        parser.error(f"--rate-limit {args.rate_limit!r}: expected N/s, N/m or N/h (e.g. 10/s)")
    formats = {item.strip() for item in args.report.split(",") if item.strip()}
    if formats - set(REPORT_FORMATS):
        parser.error(f"unknown report format {sorted(formats - set(REPORT_FORMATS))[0]!r} (known: junit, har)")
    env = {**os.environ, ENV_LIVE: "1" if args.live else "0", ENV_SEED: str(args.seed)}
    for variable in (ENV_APIS, ENV_BASE_URL, ENV_INCLUDE_WRITES, ENV_RATE_LIMIT):
        env.pop(variable, None)
    if args.base_url:
        env[ENV_BASE_URL] = args.base_url
    if args.include_writes:
        env[ENV_INCLUDE_WRITES] = "1"
    if args.rate_limit:
        env[ENV_RATE_LIMIT] = args.rate_limit
    if args.names:  # only these APIs' tests are built (scripts.contract.selected_api_names)
        env[ENV_APIS] = ",".join(args.names)
    if args.max_examples is not None:
        env[ENV_MAX_EXAMPLES] = str(args.max_examples)
    tests = REPO_ROOT / "tests" / "contract"
    remote = args.live or args.base_url is not None  # the client-side tests call the mock in-process: not remote
    target = tests / "test_contract_server.py" if remote else tests
    command = [sys.executable, "-m", "pytest", str(target), "-q"]
    command += [f"--ignore={tests / name}" for name in SELF_TESTS]
    if args.names:  # the tests every API shares (live mode, reports) are not about the named ones: left out
        command += ["-k", " or ".join(api_identifier(name) for name in args.names)]
    if args.live:
        command.append("-rs")  # print every skip reason: which variable to set
    junit = args.report_junit_path or ("junit" in formats and os.path.join(args.report_dir, "junit.xml"))
    if junit:
        command.append(f"--junitxml={os.path.abspath(junit)}")
    har = args.report_har_path or ("har" in formats and os.path.join(args.report_dir, "cassette.har"))
    if har:
        env[ENV_HAR] = os.path.abspath(har)
    return command, env


def main(argv: Sequence[str] | None = None) -> int:
    command, env = build_command(argv)
    return subprocess.run(command, cwd=REPO_ROOT, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
