"""`python -m scripts.bench._server`: serve the session payload on 127.0.0.1; the first line printed is the port.

A bare ASGI app under uvicorn, answering every request with the same precomputed bytes, so that the server
costs both sides of the call benchmark the same. The socket listens before the port is printed: a client
that connects early waits in the backlog rather than failing.
"""

from __future__ import annotations

import socket
from typing import Any

import uvicorn

from scripts.bench.payload import payload_bytes

__all__ = ["payload_app"]


def payload_app(body: bytes) -> Any:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        assert scope["type"] == "http"  # lifespan is off
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def main() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # uvicorn on a pre-bound socket leaves Nagle's algorithm on; accepted sockets inherit TCP_NODELAY from the
    # listener (Linux). Without it each keep-alive response stalls ~40 ms on the client's delayed ACK.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    print(sock.getsockname()[1], flush=True)
    config = uvicorn.Config(payload_app(payload_bytes()), lifespan="off", log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
