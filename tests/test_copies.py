"""Copies of what a client hands out either work or raise a TypeError that says what to copy instead, never a bare
"cannot pickle '_thread.RLock' object" (issue 21, "Copies"; the models themselves: tests/test_attrs_models.py).

- a client: `copy.copy`/`copy.deepcopy` give what `with_options()` gives (same settings, its own connections);
  pickle is refused;
- a list's page or async pager (a walk in progress): refused, pointing at its items and body;
- a raw response: copies work, pickle is refused, pointing at `parse()` and `content`.
"""

from __future__ import annotations

import asyncio
import copy
import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.sdk.sdk_support import METHODS, Method, client_class, sdk_client

CLIENTS = sorted({method.op.client for method in METHODS})
COPIES: dict[str, Callable[[Any], Any]] = {
    "copy.copy": copy.copy,
    "copy.deepcopy": copy.deepcopy,
    "pickle": lambda value: pickle.loads(pickle.dumps(value)),
}


def method(client: str, dotted: str) -> Method:
    return next(m for m in METHODS if m.op.client == client and m.dotted == dotted)


def vendor(listing: Method, reading: Method) -> Callable[[httpx.Request], httpx.Response]:
    """Answers the list's example to the list's path, and the read's example to anything else."""
    list_path = httpx.URL(listing.op.base_url).path.rstrip("/") + listing.op.path

    def answer(request: httpx.Request) -> httpx.Response:
        source = listing if request.url.path == list_path else reading
        return httpx.Response(200, json=source.success()[1])

    return answer


EMOGG_LIST, EMOGG_GET = method("emogg", "sessions.list"), method("emogg", "sessions.get")


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("how", ["copy.copy", "copy.deepcopy"])
def test_a_copied_client_has_the_same_settings_and_connections_of_its_own(
    client: str, use_async: bool, how: str
) -> None:
    original = client_class(client, use_async=use_async)(token="sk-copy", timeout=7.0, max_retries=1)
    if not use_async:
        original.get_httpx_client()  # opened: a copy must not share (and later close) these connections
    copied = COPIES[how](original)
    assert type(copied) is type(original)
    assert copied._options == original._options and copied._base_url == original._base_url
    if not use_async:
        assert copied.get_httpx_client() is not original.get_httpx_client()


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("client", CLIENTS)
def test_pickling_a_client_or_one_of_its_resources_is_refused_with_a_reason(client: str, use_async: bool) -> None:
    instance = client_class(client, use_async=use_async)(token="sk-copy")
    for value in (instance, instance.sessions):
        with pytest.raises(TypeError, match="cannot be pickled: it holds connections and a token"):
            pickle.dumps(value)


def test_a_copied_client_makes_calls_of_its_own() -> None:
    with sdk_client("emogg", vendor(EMOGG_LIST, EMOGG_GET)) as client:
        copied = copy.deepcopy(client)
        assert copied.sessions.get("s1") == client.sessions.get("s1")
        copied.close()
        assert client.sessions.get("s1").id  # closing the copy left the original's connections open


@pytest.mark.parametrize("how", list(COPIES))
def test_a_page_of_a_list_is_not_copied_and_the_error_says_to_copy_its_items(how: str) -> None:
    with sdk_client("emogg", vendor(EMOGG_LIST, EMOGG_GET)) as client:
        page = client.sessions.list()
        with pytest.raises(TypeError, match="cannot be copied or pickled: it walks the vendor's pages"):
            COPIES[how](page)
        assert COPIES[how](page.items) == page.items
        assert COPIES[how](page.body) == page.body


@pytest.mark.parametrize("how", list(COPIES))
def test_an_async_pager_and_its_first_page_are_not_copied_either(how: str) -> None:
    async def run() -> None:
        async with sdk_client("emogg", vendor(EMOGG_LIST, EMOGG_GET), use_async=True) as client:
            pager = client.sessions.list()
            with pytest.raises(TypeError, match="it walks the vendor's pages"):
                COPIES[how](pager)
            page = await pager
            with pytest.raises(TypeError, match="it walks the vendor's pages"):
                COPIES[how](page)

    asyncio.run(run())


@pytest.mark.parametrize("how", ["copy.copy", "copy.deepcopy"])
def test_a_copied_raw_response_parses_to_an_equal_model(how: str) -> None:
    with sdk_client("emogg", vendor(EMOGG_LIST, EMOGG_GET)) as client:
        raw = client.with_raw_response.sessions.get("s1")
        copied = COPIES[how](raw)
        assert copied.status_code == raw.status_code and copied.content == raw.content
        assert copied.parse() == raw.parse()


def test_pickling_a_raw_response_is_refused_and_points_at_what_pickles() -> None:
    with sdk_client("emogg", vendor(EMOGG_LIST, EMOGG_GET)) as client:
        raw = client.with_raw_response.sessions.get("s1")
        with pytest.raises(TypeError, match=r"pickle raw.parse\(\)"):
            pickle.dumps(raw)
        assert pickle.loads(pickle.dumps(raw.parse())) == raw.parse()
