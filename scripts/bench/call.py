"""Row 2: a generated client's sync call vs raw `httpx.Client.get().json()`, against the same local server.

The server (`scripts.bench._server`, uvicorn in its own process on 127.0.0.1) serves the 12 KB session
payload. Both sides keep one client and its keep-alive connection for the whole run and send the same
bearer token; the generated side is the legacy `get_current_session.sync(client=AuthenticatedClient(...))`
(`/kappa/v1/sessions`, the payload's shape), which also turns
the JSON into models: that is the overhead this row measures.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from scripts.bench._extra import without_the_speed_extra
from scripts.bench._processes import ProcessFailed
from scripts.bench._stats import Goal, Row, interleave, per_call, summarize
from scripts.bench.payload import RECENT_ITEMS
from scripts.manifest import REPO_ROOT

__all__ = ["payload_server", "run"]

_PACKAGE = "streamelements_sessions_client"
_TOKEN = "bench-token"
_STOP_TIMEOUT = 10.0


@contextmanager
def payload_server() -> Iterator[str]:
    """The base URL of a payload server started for the block and stopped after it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "scripts.bench._server"], cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        port = process.stdout.readline().strip()  # empty when the server died before listening
        if not port.isdigit():
            raise ProcessFailed(f"payload server did not start (exit code {process.poll()})")
        url = f"http://127.0.0.1:{port}"
        # Ready when it answers: the socket already listens, so this first request waits in its backlog.
        httpx.get(f"{url}/sessions", timeout=_STOP_TIMEOUT).raise_for_status()
        yield url
    finally:
        process.terminate()
        try:
            process.wait(_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


def run(quick: bool) -> list[Row]:
    # Imported by name: the generated clients are installed next to the tools, not type-checked with scripts/.
    client_module: Any = importlib.import_module(_PACKAGE)
    get_session: Any = importlib.import_module(f"{_PACKAGE}.api.sessions.get_current_session")
    rounds = 5 if quick else 15
    with payload_server() as url:
        client = client_module.AuthenticatedClient(base_url=f"{url}/kappa/v2/", token=_TOKEN)
        with httpx.Client(headers={"Authorization": f"Bearer {_TOKEN}"}) as raw:
            session = get_session.sync(client=client)
            if len(session.data.tip_recent) != RECENT_ITEMS or len(raw.get(f"{url}/sessions").json()) < 5:
                raise AssertionError(f"unexpected answers from {url}")
            budget = 0.03 if quick else 0.1
            results = interleave(
                rounds,
                {
                    "generated": per_call(lambda: get_session.sync(client=client), budget=budget),
                    "generated, no extra": _without_the_extra(
                        per_call(lambda: get_session.sync(client=client), budget=budget)
                    ),
                    "httpx": per_call(lambda: raw.get(f"{url}/sessions").json(), budget=budget),
                },
            )
        client.get_httpx_client().close()
    return [
        Row(
            benchmark="call",
            title="sync call, 12.6 KB session",
            candidate="get_current_session.sync",
            baseline="httpx get().json()",
            unit="µs",
            goal=Goal("<=", 1.00),
            summary=summarize(results["generated"], results["httpx"]),
            rounds=rounds,
            note="uvicorn (h11, no httptools) on 127.0.0.1 in its own process; one keep-alive client per side; "
            "the client with its `speed` extra (msgspec)",
        ),
        Row(
            benchmark="call",
            title="sync call, 12.6 KB session, no extra",
            candidate="get_current_session.sync",
            baseline="httpx get().json()",
            unit="µs",
            goal=Goal("<=", 1.15),
            summary=summarize(results["generated, no extra"], results["httpx"]),
            rounds=rounds,
            note="the same call without the `speed` extra: the standard library decodes, from_dict builds the models",
        ),
    ]


def _without_the_extra(batch: Callable[[], float]) -> Callable[[], float]:
    """`batch` with the client's standard-library path in force, as when msgspec is not installed."""

    def run() -> float:
        with without_the_speed_extra(_PACKAGE):
            return batch()

    return run
