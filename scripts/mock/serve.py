"""Serve a client's mock on 127.0.0.1: `nox -s mock -- NAME [--port N] [--token T] [--seed S] [--stateful]`.

The listening socket is bound before uvicorn starts, so the printed URL is valid at once (early requests
wait in the socket's backlog) and tests can start a server on port 0 without racing for the port.

Stopping: Ctrl-C or SIGTERM shut the server down gracefully ("mock stopped", exit 0). On Linux the server also
asks the kernel for SIGTERM when its parent dies, so killing `nox -s mock` (which does not forward SIGTERM to
its child) leaves no server behind.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import shlex
import signal
import socket
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import uvicorn

from scripts.errors import InputError, print_error
from scripts.mock._app import DEFAULT_TOKEN, MockApp, create_app
from scripts.mock._spec import Operation
from scripts.sources import resolved_spec

__all__ = ["DEFAULT_PORT", "bind_loopback", "main", "serve_in_background", "usage_banner"]

DEFAULT_PORT = 4010  # Prism's default, so instructions written for Prism keep working
LOOPBACK = "127.0.0.1"
_START_TIMEOUT = 10.0


def bind_loopback(port: int) -> socket.socket:
    """A TCP socket listening on 127.0.0.1:`port` (0: a free port chosen by the kernel)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted sockets inherit it: without it, Nagle + delayed ACK stall each keep-alive request ~40 ms.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    if not 0 <= port <= 65535:
        sock.close()
        raise InputError("command line", "--port", f"{port} is not a TCP port (0-65535; 0: any free port)")
    try:
        sock.bind((LOOPBACK, port))
    except OSError as exc:
        sock.close()
        raise InputError("command line", "--port", f"cannot listen on {LOOPBACK}:{port}: {exc.strerror}") from None
    sock.listen(128)
    return sock


class _Server(uvicorn.Server):
    """A uvicorn server that reports the end of its start-up (successful or not) through `ready`."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().startup(sockets)
        finally:
            self.ready.set()


def _config(app: Any, log_level: str) -> uvicorn.Config:
    return uvicorn.Config(app, log_level=log_level, lifespan="on", ws="none", http="h11", timeout_graceful_shutdown=5)


@contextmanager
def serve_in_background(app: Any, *, port: int = 0) -> Iterator[str]:
    """Serve `app` on loopback in a thread; yield its origin (`http://127.0.0.1:PORT`); stop it on exit."""
    sock = bind_loopback(port)
    server = _Server(_config(app, "warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="mock-server", daemon=True)
    thread.start()
    try:
        if not server.ready.wait(_START_TIMEOUT) or not server.started:
            raise RuntimeError(f"the mock server did not start within {_START_TIMEOUT} s")
        yield f"http://{LOOPBACK}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(_START_TIMEOUT)
        sock.close()


def usage_banner(app: MockApp, origin: str) -> str:
    """What a downstream developer needs: the base URL, the token, and a curl that returns an example."""
    base_url = origin + app.model.base_paths[0]
    lines = [f"Mock of {app.spec.get('info', {}).get('title', 'the API')}", f"  base URL: {base_url}"]
    lines.append(f"  token:    {app.token}")
    operation = _first_get(app)
    if operation is not None:
        url = base_url + _example_path(operation)
        lines.append(f"  try:      curl -H {shlex.quote('Authorization: Bearer ' + app.token)} {shlex.quote(url)}")
    if app.stateful:
        lines.append("  state:    stateful (x-state hints): what a write does, later reads return")
    lines.append('  options:  header "Prefer: code=401" / "example=NAME" / "dynamic=true"; Ctrl-C stops the mock')
    return "\n".join(lines)


def _first_get(app: MockApp) -> Operation | None:
    for route in app.model.routes:
        if "GET" in route.operations:
            return route.operations["GET"]
    return None


def _example_path(operation: Operation) -> str:
    path = operation.template
    for parameter in operation.parameters:
        if parameter.location == "path":
            value = next((str(e) for e in parameter.examples), "x")
            path = path.replace("{" + parameter.name + "}", value)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s mock --", description="Serve a client's spec as a mock on loopback.")
    parser.add_argument("name", help="client name in clients.toml (e.g. emogg)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0: any)")
    parser.add_argument("--token", default=DEFAULT_TOKEN, help="the bearer token the mock accepts")
    parser.add_argument("--seed", type=int, default=0, help="seed for generated responses and stateful keys")
    parser.add_argument(
        "--stateful", action="store_true", help="keep what writes do (driven by the overlays' x-state hints)"
    )
    args = parser.parse_args(argv)

    try:
        sock = bind_loopback(args.port)  # before loading the spec: a bad port fails at once
        try:
            app = create_app(resolved_spec(args.name), token=args.token, seed=args.seed, stateful=args.stateful)
        except BaseException:
            sock.close()
            raise
    except InputError as exc:
        print_error(exc)
        return 2
    # uvicorn handles SIGINT and SIGTERM itself, then re-raises the signal once it has shut down: this handler
    # turns that (or a SIGTERM before uvicorn is up) into the normal exit below instead of a death by signal.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        _stop_with_parent()
        print(usage_banner(app, f"http://{LOOPBACK}:{sock.getsockname()[1]}"), flush=True)
        _Server(_config(app, "info")).run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn re-raises the Ctrl-C (or SIGTERM) it handled, after a graceful shutdown
        pass
    finally:
        sock.close()
    print("mock stopped", flush=True)
    return 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


_PR_SET_PDEATHSIG = 1


def _stop_with_parent() -> None:
    """Linux: get SIGTERM when the parent process (nox) dies, so the server is never orphaned."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os.kill(os.getpid(), signal.SIGTERM)


if __name__ == "__main__":
    raise SystemExit(main())
