"""The mock's command line, shared by `nox -s mock` (specs resolved from the repository) and the installed
`sessions-mock` (specs bundled in the distribution):

    NAME [--stateful] [--host H] [--port N] [--token T] [--seed S]    serve the API's mock
    proxy NAME --upstream URL [--host H] [--port N] [--report FILE] [--report-all]
                                                                      forward to URL, report what breaks the spec
    spec NAME [--overlaid] [-o FILE] [--schemathesis-config FILE]     the spec the mock serves (JSON)

`load_spec(name)` supplies the API's spec (overlays applied); a bad name raises `InputError`. Bad arguments get
one line and exit 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..envnames import env_names
from ..errors import ArgumentParser, InputError, print_error
from ._app import DEFAULT_TOKEN, create_app
from ._documented import documented_spec, schemathesis_config
from ._serving import DEFAULT_PORT, LOOPBACK, bind, origin_of, run_until_stopped, usage_banner
from .proxy import ValidatingProxy, json_lines_to

__all__ = ["HOST_VARIABLE", "SUBCOMMANDS", "main"]

HOST_VARIABLE = "SESSIONS_MOCK_HOST"

SpecLoader = Callable[[str], Mapping[str, Any]]
SUBCOMMANDS = ("proxy", "spec")


def main(argv: Sequence[str] | None, *, load_spec: SpecLoader, prog: str) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args and args[0] in SUBCOMMANDS else "serve"
    try:
        if command == "proxy":
            return _proxy(args[1:], load_spec, f"{prog} proxy")
        if command == "spec":
            return _spec(args[1:], load_spec, f"{prog} spec")
        return _serve(args, load_spec, prog)
    except InputError as exc:
        print_error(exc)
        return 2
    except SystemExit as exc:  # argparse: --help (0) or a bad argument (2, its one line already printed)
        return exc.code if isinstance(exc.code, int) else 2


def _listening(parser: argparse.ArgumentParser) -> None:
    host = os.environ.get(HOST_VARIABLE) or LOOPBACK  # the container image sets 0.0.0.0
    parser.add_argument("--host", default=host, help=f"address to listen on (default {host}; 0.0.0.0: all)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0: any)")


def _serve(argv: list[str], load_spec: SpecLoader, prog: str) -> int:
    parser = ArgumentParser(
        prog=prog,
        description="Serve an API's spec as a mock. Also: `proxy NAME --upstream URL`, `spec NAME`.",
    )
    parser.add_argument("name", help="the API (e.g. emogg)")
    _listening(parser)
    parser.add_argument("--token", default=DEFAULT_TOKEN, help="the bearer token the mock accepts")
    parser.add_argument("--seed", type=int, default=0, help="seed for generated responses and stateful keys")
    parser.add_argument(
        "--stateful", action="store_true", help="keep what writes do (driven by the overlays' x-state hints)"
    )
    args = parser.parse_args(argv)
    sock = bind(args.host, args.port)  # before loading the spec: a bad port fails at once
    try:
        app = create_app(load_spec(args.name), token=args.token, seed=args.seed, stateful=args.stateful)
    except BaseException:
        sock.close()
        raise
    return run_until_stopped(app, sock, usage_banner(app, origin_of(sock), args.name))


def _proxy(argv: list[str], load_spec: SpecLoader, prog: str) -> int:
    parser = ArgumentParser(
        prog=prog, description="Forward to a real base URL; report every request and response breaking the spec."
    )
    parser.add_argument("name", help="the API (e.g. emogg)")
    parser.add_argument("--upstream", required=True, help="the real base URL (e.g. https://api.emogg.com/v1)")
    _listening(parser)
    parser.add_argument("--report", help="file for the JSON lines (default: standard output)")
    parser.add_argument("--report-all", action="store_true", help="a line for every exchange, not only broken ones")
    args = parser.parse_args(argv)
    if not args.upstream.startswith(("http://", "https://")):
        raise InputError("command line", "--upstream", f"{args.upstream!r} is not an http(s) URL")
    sock = bind(args.host, args.port)
    try:
        spec = load_spec(args.name)
        stream = open(args.report, "a", encoding="utf-8") if args.report else sys.stdout  # noqa: SIM115
    except OSError as exc:
        sock.close()
        raise InputError(args.report, None, exc.strerror or str(exc)) from None
    except BaseException:
        sock.close()
        raise

    def summary(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    proxy = ValidatingProxy(
        spec, args.upstream, report=json_lines_to(stream), report_all=args.report_all, on_shutdown=summary
    )
    base_url = origin_of(sock) + proxy._spec.model.base_paths[0]
    banner = "\n".join(
        [
            f"Validating proxy for {spec.get('info', {}).get('title', 'the API')}",
            f"  base URL: {base_url}",
            f"  upstream: {proxy.upstream}",
            f"  report:   {args.report or 'standard output'} (one JSON line per exchange that breaks the spec)",
            "  options:  --report-all: a line for every exchange; Ctrl-C stops the proxy and prints the summary",
        ]
    )
    try:
        return run_until_stopped(proxy, sock, banner)
    finally:
        if stream is not sys.stdout:
            stream.close()


def _spec(argv: list[str], load_spec: SpecLoader, prog: str) -> int:
    parser = ArgumentParser(prog=prog, description="Print the spec the mock serves, as JSON.")
    parser.add_argument("name", help="the API (e.g. emogg)")
    parser.add_argument(
        "--overlaid", action="store_true", help="the API's spec only (overlays applied), without the mock's answers"
    )
    parser.add_argument("-o", "--output", type=Path, help="write the spec to this file (default: standard output)")
    parser.add_argument(
        "--schemathesis-config", type=Path, metavar="FILE", help="also write a schemathesis.toml for the stock CLI"
    )
    args = parser.parse_args(argv)
    spec = load_spec(args.name)
    text = json.dumps(spec if args.overlaid else documented_spec(spec), indent=2) + "\n"
    config = schemathesis_config(spec, token_variable=env_names(args.name, spec).token)
    try:
        if args.schemathesis_config is not None:
            args.schemathesis_config.write_text(config, encoding="utf-8")
        if args.output is not None:
            args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(exc.filename or "file system", None, exc.strerror or str(exc)) from None
    if args.output is None:
        sys.stdout.write(text)
    return 0
