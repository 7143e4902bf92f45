"""One fresh interpreter's first calls: 32 threads call every operation of one client at once, with the speed
extra, ROUNDS times (each from no decoder built), so that each model's msgspec decoder is built while other
threads build theirs or decode.

Run by test_runtime_first_calls.py as `python -m tests.runtime.first_calls_child CLIENT ROUNDS`: exit status 0
when every call returned, a traceback otherwise (a crash shows as a negative status: -11 is SIGSEGV).
"""

from __future__ import annotations

import importlib
import re
import sys
import threading
from typing import Any

import httpx

from tests.sdk.sdk_support import METHODS, Method, sdk_client

THREADS = 32


def main(client_name: str, rounds: int) -> None:
    methods = [method for method in METHODS if method.op.client == client_name and method.success()[1] is not None]
    answers = {}
    for method in methods:
        pattern = re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(method.op.path)) + "$")
        answers[(method.op.method.upper(), pattern)] = method.success()

    def handler(request: httpx.Request) -> httpx.Response:
        for (verb, pattern), (status, body) in answers.items():
            if request.method == verb and pattern.search(request.url.path):
                return httpx.Response(status, json=body)
        return httpx.Response(404, json={})

    client = sdk_client(client_name, handler)
    package = methods[0].op.package
    types, typed = importlib.import_module(f"{package}.types"), importlib.import_module(f"{package}._typed")
    for _ in range(rounds):
        # A round starts as a fresh interpreter does: no Struct type, no decoder built yet.
        types._one_decoders.clear()
        types._many_decoders.clear()
        typed._structs.clear()
        types._compiled = types._UNLOADED  # past the first body, which goes the standard library's way
        race(client, methods)


def race(client: Any, methods: list[Method]) -> None:
    start = threading.Barrier(THREADS)
    failures: list[BaseException] = []

    def first_call(index: int) -> None:
        method = methods[index % len(methods)]
        start.wait()
        try:
            result = method.call(client)
            list(result) if hasattr(result, "iter_pages") else None
        except BaseException as exc:  # reported by the parent
            failures.append(exc)

    threads = [threading.Thread(target=first_call, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]


if __name__ == "__main__":
    # Threads switch about every microsecond rather than every 5 ms: far more interleavings per trial.
    sys.setswitchinterval(1e-6)
    main(sys.argv[1], int(sys.argv[2]))
