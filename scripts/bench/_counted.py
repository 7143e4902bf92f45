"""`python -m scripts.bench._counted CASE N [ARGUMENT]`: set CASE up, then run it N times; run under valgrind by
scripts/bench/instructions.py, which subtracts the count of N=0 (the set-up) from the count of N > 0. ARGUMENT:
the payload server's URL for the call cases, a list item's JSON for the list cases (read by the parent, so that
no spec is parsed under valgrind).

Each case is one call of what a user does (a sync call, a parse, a whole list walked); its set-up imports
everything and makes the call a few times first, so that only the steady state is counted.
"""

from __future__ import annotations

import gc
import importlib
import json
import sys
from collections.abc import Callable
from typing import Any

import httpx

__all__ = ["CASES", "LIST_PAGE", "list_walk", "main"]

_CALL_PACKAGE = "streamelements_sessions_client"
_LIST_PACKAGE = "emogg_sessions_client"
LIST_PAGE = 100  # items a page of the list cases holds (`limit`)
_TOKEN = "bench-token"
_WARM = 2


def _call(url: str, *, extra: bool) -> Callable[[], object]:
    client_module: Any = importlib.import_module(_CALL_PACKAGE)
    get_session: Any = importlib.import_module(f"{_CALL_PACKAGE}.api.sessions.get_current_session")
    if not extra:
        importlib.import_module(f"{_CALL_PACKAGE}.types")._compiled = None  # type: ignore[attr-defined]
    client = client_module.AuthenticatedClient(base_url=f"{url}/kappa/v2/", token=_TOKEN)
    return lambda: get_session.sync(client=client)


def _raw_call(url: str) -> Callable[[], object]:
    raw = httpx.Client(headers={"Authorization": f"Bearer {_TOKEN}"})
    return lambda: raw.get(f"{url}/sessions").json()


def _parse(*, extra: bool) -> Callable[[], object]:
    """What a call's parse does (as row `parse`), without importing pydantic: it would only add to the set-up."""
    from scripts.bench.payload import payload_bytes

    raw = payload_bytes()
    types: Any = importlib.import_module(f"{_CALL_PACKAGE}.types")
    session = importlib.import_module(f"{_CALL_PACKAGE}.models").LegacySession
    if not extra:
        types._compiled = None

    def parse() -> object:
        parsed = types.decode_typed(raw, session)
        return session.from_dict(types.decode_json(raw)) if parsed is None else parsed

    return parse


def _pydantic() -> Callable[[], object]:
    from scripts.bench.parse import parsers
    from scripts.bench.payload import payload_bytes

    return parsers(payload_bytes())["pydantic"]


def list_walk(items: int, item: dict[str, Any]) -> Callable[[], int]:
    """A walk of all `items` of Emogg's offset-paged `sessions.list`, `LIST_PAGE` a page, over a MockTransport
    that answers prepared bytes (the vendor's own cost stays small and the same per page)."""
    pages = {
        offset: json.dumps(
            {
                "data": [{**item, "_id": f"s{offset + index}"} for index in range(min(LIST_PAGE, items - offset))],
                "hasMore": offset + LIST_PAGE < items,
                "offset": offset,
                "limit": LIST_PAGE,
            }
        ).encode()
        for offset in range(0, items or 1, LIST_PAGE)  # an empty list is one empty page
    }
    headers = {"content-type": "application/json"}

    def vendor(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=pages[int(request.url.params["offset"])], headers=headers)

    package: Any = importlib.import_module(_LIST_PACKAGE)
    client = package.Emogg(token=_TOKEN, httpx_args={"transport": httpx.MockTransport(vendor)}, max_retries=0)

    def walk() -> int:
        return sum(1 for _ in client.sessions.list(limit=LIST_PAGE))

    return walk


def _list(items: int, item: str) -> Callable[[], object]:
    walk = list_walk(items, json.loads(item))
    if walk() != items:
        raise AssertionError(f"the list walk did not yield {items} items")
    return walk


CASES: dict[str, Callable[[str], Callable[[], object]]] = {
    "call": lambda url: _call(url, extra=True),
    "call, no extra": lambda url: _call(url, extra=False),
    "httpx get().json()": _raw_call,
    "parse": lambda _: _parse(extra=True),
    "parse, no extra": lambda _: _parse(extra=False),
    "pydantic": lambda _: _pydantic(),
    "list of 100": lambda item: _list(100, item),
    "list of 10,000": lambda item: _list(10_000, item),
}


def main(argv: list[str]) -> int:
    case, number, argument = argv[0], int(argv[1]), (argv[2] if len(argv) > 2 else "")
    run = CASES[case](argument)
    for _ in range(_WARM):  # caches, decoders, connections: the same in every run, so subtracted with N=0's count
        run()
    # What the set-up left alive (pydantic's schemas, the spec) moves out of the collector's reach: a full collection
    # walking it would land in some runs and not others, and count the set-up's objects, not the operation's.
    gc.collect()
    gc.freeze()
    for _ in range(number):
        run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
