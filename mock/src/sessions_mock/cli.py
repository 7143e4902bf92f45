"""`sessions-mock`: the mock's command line (the repository's `nox -s mock`, over the bundled specs), plus
`sessions-mock contract NAME --base-url URL`, the stock schemathesis CLI aimed at any server of that API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ._bundle import api_names, load_spec
from ._core import DEFAULT_TOKEN
from ._core._cli import main as mock_main
from ._core._documented import documented_spec, schemathesis_config
from .envnames import env_names
from .errors import ArgumentParser, InputError, print_error

__all__ = ["contract", "main"]

PROG = "sessions-mock"
REPORTS = ("junit", "har", "ndjson")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "contract":
        return contract(args[1:])
    return mock_main(args, load_spec=load_spec, prog=PROG)


def contract(argv: Sequence[str]) -> int:
    """Run schemathesis (installed with the `contract` extra) on the bundled spec against `--base-url`.

    GET operations only unless `--include-writes`; at most `--rate-limit` requests (default 10/s);
    the token comes from the API's variable (`info.x-env`, e.g. EMOGG_API_TOKEN), else the mock's, and is passed
    through schemathesis' `${VAR}` placeholder: never on a command line or in a file.
    """
    parser = ArgumentParser(prog=f"{PROG} contract", description=contract.__doc__)
    parser.add_argument("name", help=f"the API ({', '.join(api_names())})")
    parser.add_argument("--base-url", required=True, help="the server's base URL (spec base path included)")
    parser.add_argument("--include-writes", action="store_true", help="also PUT, POST, PATCH and DELETE")
    parser.add_argument("--rate-limit", default="10/s", help="requests per duration (default 10/s; e.g. 100/m)")
    parser.add_argument("--max-examples", type=int, default=20, help="cases per operation and phase (default 20)")
    parser.add_argument("--seed", type=int, default=0, help="schemathesis seed (default 0)")
    parser.add_argument("--report", default="", help=f"reports, comma-separated: {', '.join(REPORTS)}")
    parser.add_argument("--report-dir", default="contract-reports", help="where reports go (default contract-reports)")
    parser.add_argument("--mock", action="store_true", help="the served spec: the mock's own answers documented")
    args = parser.parse_args(argv)
    try:
        spec = load_spec(args.name)
    except InputError as exc:
        print_error(exc)
        return 2
    if not args.base_url.startswith(("http://", "https://")):
        print_error(InputError("command line", "--base-url", f"{args.base_url!r} is not an http(s) URL"))
        return 2
    token_variable = env_names(args.name, spec).token
    env = {**os.environ}
    env.setdefault(token_variable, DEFAULT_TOKEN)
    if args.mock:
        spec = documented_spec(spec)
    with tempfile.TemporaryDirectory(prefix="sessions-mock-contract-") as tmp:
        spec_file, config_file = Path(tmp) / f"{args.name}.json", Path(tmp) / "schemathesis.toml"
        spec_file.write_text(json.dumps(spec), encoding="utf-8")
        config_file.write_text(schemathesis_config(spec, token_variable=token_variable), encoding="utf-8")
        command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config_file), "run", str(spec_file)]
        command += ["--url", args.base_url, "--rate-limit", args.rate_limit, "--max-examples", str(args.max_examples)]
        command += ["--seed", str(args.seed), "--no-color"]
        if not args.include_writes:
            command += ["--include-method", "GET", "--phases", "examples,coverage,fuzzing"]
        if args.report:
            command += ["--report", args.report, "--report-dir", args.report_dir]
        try:
            return subprocess.run(command, env=env, check=False).returncode
        except KeyboardInterrupt:
            return 130
