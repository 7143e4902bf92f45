"""Serving a mock (or a proxy) over TCP: the listening socket, uvicorn, CORS, the banner, stopping.

The listening socket is bound before uvicorn starts, so the printed URL is valid at once (early requests
wait in the socket's backlog) and tests can start a server on port 0 without racing for the port.

Stopping: Ctrl-C or SIGTERM shut the server down gracefully ("mock stopped", exit 0). On Linux the server also
asks the kernel for SIGTERM when its parent dies, so killing `nox -s mock` (which does not forward SIGTERM to
its child) leaves no server behind.

Browsers: every served app is wrapped in Starlette's `CORSMiddleware`, any origin, so a web client on another
port can call the mock; a preflight (`OPTIONS` with `Access-Control-Request-Method`) is answered by the
middleware, any other `OPTIONS` still reaches the mock (405 with `Allow` where the spec documents no OPTIONS).
"""

from __future__ import annotations

import ctypes
import ipaddress
import os
import shlex
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from starlette.middleware.cors import CORSMiddleware

from ..envnames import env_names
from ..errors import InputError
from ._app import MockApp
from ._spec import Operation

__all__ = [
    "DEFAULT_PORT",
    "LOOPBACK",
    "bind",
    "bind_loopback",
    "example_path",
    "origin_of",
    "run_until_stopped",
    "serve_in_background",
    "usage_banner",
    "with_cors",
]

DEFAULT_PORT = 4010  # Prism's default, so instructions written for Prism keep working
LOOPBACK = "127.0.0.1"
_START_TIMEOUT = 10.0


def bind(host: str, port: int) -> socket.socket:
    """A TCP socket listening on `host`:`port` (0: a free port chosen by the kernel; an IPv6 address works too)."""
    if not 0 <= port <= 65535:
        raise InputError("command line", "--port", f"{port} is not a TCP port (0-65535; 0: any free port)")
    family = socket.AF_INET6 if _is_ipv6(host) else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted sockets inherit it: without it, Nagle + delayed ACK stall each keep-alive request ~40 ms.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except (OSError, UnicodeError) as exc:
        sock.close()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        option = "--host" if isinstance(exc, socket.gaierror | UnicodeError) else "--port"
        raise InputError("command line", option, f"cannot listen on {host}:{port}: {reason}") from None
    sock.listen(128)
    return sock


def bind_loopback(port: int) -> socket.socket:
    """A TCP socket listening on 127.0.0.1:`port`."""
    return bind(LOOPBACK, port)


def _is_ipv6(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).version == 6
    except ValueError:
        return False


def origin_of(sock: socket.socket) -> str:
    """The URL a client on this machine uses: a wildcard address (0.0.0.0, ::) is reached through loopback."""
    host, port = sock.getsockname()[:2]
    if host in ("0.0.0.0", ""):
        host = LOOPBACK
    elif host == "::":
        host = "::1"
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def with_cors(app: Any) -> Any:
    """`app` behind CORS for any origin; preflights answered, `Authorization` and every header allowed (mirrored)."""
    return CORSMiddleware(app, allow_origins=["*"], allow_methods=["*"], allow_headers=["*"], expose_headers=["*"])


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
    return uvicorn.Config(
        with_cors(app), log_level=log_level, lifespan="on", ws="none", http="h11", timeout_graceful_shutdown=5
    )


@contextmanager
def serve_in_background(app: Any, *, port: int = 0, host: str = LOOPBACK) -> Iterator[str]:
    """Serve `app` in a thread; yield its origin (`http://127.0.0.1:PORT`); stop it on exit."""
    sock = bind(host, port)
    server = _Server(_config(app, "warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="mock-server", daemon=True)
    thread.start()
    try:
        if not server.ready.wait(_START_TIMEOUT) or not server.started:
            raise RuntimeError(f"the mock server did not start within {_START_TIMEOUT} s")
        yield origin_of(sock)
    finally:
        server.should_exit = True
        thread.join(_START_TIMEOUT)
        sock.close()


def usage_banner(app: MockApp, origin: str, name: str) -> str:
    """What a downstream developer needs: the base URL, the token, the variables to export (those the client of
    API `name` reads: `envnames.py`), a curl to try."""
    base_url = origin + app.model.base_paths[0]
    lines = [f"Mock of {app.spec.get('info', {}).get('title', 'the API')}", f"  base URL: {base_url}"]
    lines.append(f"  token:    {app.token}")
    names = env_names(name, app.spec)
    lines.append(f"  export:   export {names.token}={shlex.quote(app.token)} {names.base_url}={shlex.quote(base_url)}")
    operation = _first_get(app)
    if operation is not None:
        url = base_url + example_path(operation)
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


def example_path(operation: Operation) -> str:
    path = operation.template
    for parameter in operation.parameters:
        if parameter.location == "path":
            value = next((str(e) for e in parameter.examples), "x")
            path = path.replace("{" + parameter.name + "}", value)
    return path


def run_until_stopped(app: Any, sock: socket.socket, banner: str) -> int:
    """Serve `app` on `sock` in this thread until Ctrl-C or SIGTERM; print `banner` once listening."""
    # uvicorn handles SIGINT and SIGTERM itself, then re-raises the signal once it has shut down: this handler
    # turns that (or a SIGTERM before uvicorn is up) into the normal exit below instead of a death by signal.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        _stop_with_parent()
        print(banner, flush=True)
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
