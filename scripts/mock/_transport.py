"""An httpx transport that lets a *sync* client (a generated client's `sync` API) call an ASGI app in-process.

httpx ships `ASGITransport` for async clients only; this wraps it, running each request to completion in a
fresh event loop. No socket, no thread: a test stays fast and needs no port.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

__all__ = ["SyncASGITransport"]


class SyncASGITransport(httpx.BaseTransport):
    def __init__(self, app: Any) -> None:
        self._transport = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return asyncio.run(self._send(request))

    async def _send(self, request: httpx.Request) -> httpx.Response:
        response = await self._transport.handle_async_request(request)
        content = await response.aread()
        return httpx.Response(response.status_code, headers=response.headers, content=content, request=request)
