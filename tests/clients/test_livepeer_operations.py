"""Every Livepeer operation, called through the generated client (sync and async) against the spec's examples.

The vendor is an httpx.MockTransport: it answers the documented example of the operation and records each
request. The clips list pages like Livepeer's server: `limit` and `cursor` select the page and a full page
names the next one in `Link: <URL>; rel="next"` (so the last page may be empty).
"""

from __future__ import annotations

import asyncio
import copy
import importlib
from collections.abc import AsyncIterator, Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.support import operations, same_json

PACKAGE = "livepeer_sessions_client"
TOKEN = "lp-api-key-test"
SESSION = "de7818e7-610a-4057-8f6f-b785dc1e6f88"
OPERATIONS = {op.operation["operationId"]: op for op in operations() if op.client == "livepeer"}

client_package = importlib.import_module(PACKAGE)
errors = importlib.import_module(f"{PACKAGE}.errors")
models = importlib.import_module(f"{PACKAGE}.models")

Handler = Callable[[httpx.Request], httpx.Response]


def sessions(name: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.api.sessions.{name}")


def client(handler: Handler) -> Any:
    return client_package.AuthenticatedClient(
        token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)}, max_retries=0
    )


def example(operation_id: str) -> Any:
    """A copy of the operation's first 200 example, free to change."""
    return copy.deepcopy(next(iter(OPERATIONS[operation_id].examples("200").values())))


def run(module: ModuleType, use_async: bool, /, *args: Any, **kwargs: Any) -> Any:
    if use_async:
        return asyncio.run(module.asyncio(*args, **kwargs))
    return module.sync(*args, **kwargs)


def collect(module: ModuleType, use_async: bool, /, *args: Any, **kwargs: Any) -> list[Any]:
    if not use_async:
        iterator: Iterator[Any] = module.sync_iter(*args, **kwargs)
        return list(iterator)

    async def drain() -> list[Any]:
        items: AsyncIterator[Any] = module.asyncio_iter(*args, **kwargs)
        return [item async for item in items]

    return asyncio.run(drain())


def as_json(result: Any) -> Any:
    return [item.to_dict() for item in result] if isinstance(result, list) else result.to_dict()


# (operation id, module, positional args, keyword args, path, query)
CALLS = [
    ("getSession", "get_session", (SESSION,), {}, f"/api/session/{SESSION}", {}),
    ("listSessions", "list_sessions", (), {"limit": 5}, "/api/session", {"limit": "5"}),
    ("listStreamSessions", "list_stream_sessions", (SESSION,), {"record": True}, f"/api/stream/{SESSION}/sessions",
     {"record": "true"}),
    ("listSessionClips", "list_session_clips", (SESSION,), {"limit": 2, "cursor": "c2tpcD0y"},
     f"/api/session/{SESSION}/clips", {"limit": "2", "cursor": "c2tpcD0y"}),
]  # fmt: skip


def test_every_operation_is_called_here() -> None:
    assert {call[0] for call in CALLS} == set(OPERATIONS)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("operation_id", "module", "args", "kwargs", "path", "query"), CALLS, ids=[c[0] for c in CALLS]
)
def test_operation_sends_the_request_and_parses_the_documented_example(
    operation_id: str,
    module: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    path: str,
    query: dict[str, str],
    use_async: bool,
) -> None:
    seen: list[httpx.Request] = []

    def vendor(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=example(operation_id))

    with client(vendor) as api:
        result = run(sessions(module), use_async, *args, client=api, **kwargs)
    (request,) = seen
    assert (request.method, request.url.host, request.url.path) == ("GET", "livepeer.studio", path)
    assert dict(request.url.params) == query
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert list(same_json(as_json(result), example(operation_id))) == []


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_clip_parses_into_the_typed_asset(use_async: bool) -> None:
    with client(lambda request: httpx.Response(200, json=example("listSessionClips"))) as api:
        (clip,) = run(sessions("list_session_clips"), use_async, SESSION, client=api)
    assert isinstance(clip, models.Asset)
    assert (clip.source.type_, clip.source.session_id) == ("clip", SESSION)
    assert (clip.status.phase, clip.status.updated_at) == ("ready", 1587667174725)
    assert clip.video_spec.tracks[0].codec == "h264"
    assert clip.hash_[0].algorithm == "sha256"
    assert clip.object_store_id == "9ef5ae6d-4a3b-4b7c-a3a9-c6b7d2f50d3a"


def test_a_clip_with_a_new_source_type_and_unknown_fields_still_parses() -> None:
    row = dict(example("listSessionClips")[0], source={"type": "livestream", "streamId": "s1"}, suspended=False)
    with client(lambda request: httpx.Response(200, json=[row])) as api:
        (clip,) = sessions("list_session_clips").sync(SESSION, client=api)
    assert clip.source.type_ == "livestream"
    assert not clip.source.type_.is_known
    assert clip.source.additional_properties == {"streamId": "s1"}
    assert clip.additional_properties == {"suspended": False}


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_clips_of_an_unknown_session_raise_not_found_with_the_vendors_message(use_async: bool) -> None:
    body = {"errors": ["Session not found"]}
    with client(lambda request: httpx.Response(404, json=body)) as api, pytest.raises(errors.NotFoundError) as caught:
        run(sessions("list_session_clips"), use_async, "nope", client=api)
    assert caught.value.parsed.errors == ["Session not found"]


def paging_server(clips: list[dict[str, Any]], seen: list[httpx.Request]) -> Handler:
    """Livepeer's paging: `cursor` is `skip<N>`; a full page links to the next one, even when that one is empty."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        limit = int(request.url.params.get("limit", "20"))
        skip = int(request.url.params.get("cursor", "skip0").removeprefix("skip"))
        page = clips[skip : skip + limit]
        headers = {}
        if len(page) == limit:
            after = request.url.copy_merge_params({"cursor": f"skip{skip + limit}"})
            headers["Link"] = f'<{after.raw_path.decode()}>; rel="next"'
        return httpx.Response(200, json=page, headers=headers)

    return handler


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_the_clips_iterator_follows_link_paging_to_its_end(use_async: bool) -> None:
    template = example("listSessionClips")[0]
    clips = [dict(template, id=f"clip-{n}", name=f"clip {n}.mp4") for n in range(5)]
    seen: list[httpx.Request] = []
    with client(paging_server(clips, seen)) as api:
        found = collect(sessions("list_session_clips"), use_async, SESSION, client=api, limit=2)
    assert [clip.id for clip in found] == [f"clip-{n}" for n in range(5)]
    assert [r.url.params.get("cursor") for r in seen] == [None, "skip2", "skip4"]  # the last page is short
    assert {r.url.path for r in seen} == {f"/api/session/{SESSION}/clips"}
    assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in seen)


def test_a_full_last_page_is_followed_by_an_empty_one_that_ends_the_iteration() -> None:
    template = example("listSessionClips")[0]
    clips = [dict(template, id=f"clip-{n}") for n in range(4)]
    seen: list[httpx.Request] = []
    with client(paging_server(clips, seen)) as api:
        found = list(sessions("list_session_clips").sync_iter(SESSION, client=api, limit=2))
    assert [clip.id for clip in found] == [f"clip-{n}" for n in range(4)]
    assert [r.url.params.get("cursor") for r in seen] == [None, "skip2", "skip4"]
