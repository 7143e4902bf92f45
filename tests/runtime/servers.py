"""Real HTTP servers on 127.0.0.1 for the hostile-server tests: each runs in a thread the test starts and stops.

A server answers every request with what its `answer` function returns (a `Reply`) and records what it saw.
A reply can trickle its body, one byte per `trickle` seconds, as a slow or malicious server does; the pace is
the server's behaviour, never the test's synchronisation, and stopping the server ends it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["Reply", "Seen", "Server", "serve"]


@dataclass(frozen=True)
class Seen:
    """One request as the server received it."""

    method: str
    target: str  # path and query, as sent
    headers: dict[str, str]  # lower-case names

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    trickle: float = 0.0  # seconds between the bytes of the body; 0: all at once
    reason: str | None = None


@dataclass
class Server:
    url: str  # http://127.0.0.1:PORT
    seen: list[Seen]
    port: int


@contextmanager
def serve(answer: Callable[[Seen], Reply]) -> Iterator[Server]:
    """A server on a free port of 127.0.0.1 for the duration of the `with` block."""
    stopping = threading.Event()
    seen: list[Seen] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def handle_one(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            if length:
                self.rfile.read(length)
            request = Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()})
            seen.append(request)
            reply = answer(request)
            self.send_response(reply.status, reply.reason)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if not reply.trickle:
                self.wfile.write(reply.body)
                return
            for index in range(len(reply.body)):
                if stopping.wait(reply.trickle):
                    return
                try:
                    self.wfile.write(reply.body[index : index + 1])
                    self.wfile.flush()
                except OSError:  # the client gave up: what the test wants
                    return

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = handle_one

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    port = httpd.server_address[1]
    try:
        yield Server(f"http://127.0.0.1:{port}", seen, port)
    finally:
        stopping.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join()
