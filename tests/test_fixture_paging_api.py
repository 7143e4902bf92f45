"""End to end on an API the factory has never seen (`tests/fixtures/paging-api`, made up): its manifest entry added
to a copy of the checkout generates its client (`fixture_checkout`), the mock serves its overlaid spec, and the
client's facade walks every list to its end: a cursor in the body, JSON:API page numbers (`page[number]`) ending on
a page count, and the last item's key as the cursor, page by page. The client is never committed under generated/.
(tests/test_fixture_apis.py drives every fixture API the same way without naming one; this module checks the pages
each style asks for.)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from scripts.mock import DEFAULT_COLLECTION_SIZE, SyncASGITransport, create_app
from tests.fixture_apis import FixtureCheckout, fixture_in

pytestmark = pytest.mark.slow  # generates the fixture APIs' clients (`fixture_checkout`, once per run)

API = fixture_in("paging-api")  # its name, package and class are read from the folder
TOKEN = "fixture-token"


@pytest.fixture
def client(fixture_checkout: FixtureCheckout) -> Iterator[Any]:
    spec = fixture_checkout.spec(API)
    transport = SyncASGITransport(create_app(spec, token=TOKEN))
    facade = getattr(fixture_checkout.package(API), spec["info"]["x-python-client"])
    with facade(token=TOKEN, httpx_args={"transport": transport}, max_retries=0) as api:
        yield api


def pages_read(page: Any) -> list[dict[str, str]]:
    """The query of every page of a list, in order (walking it once more)."""
    return [dict(p.params) for p in page.iter_pages()]


def test_a_cursor_in_the_body_is_walked_to_the_end_with_each_session_once(client: Any) -> None:
    page = client.sessions.list(limit=5)
    ids = [session.id for session in page]
    assert len(ids) == len(set(ids)) == DEFAULT_COLLECTION_SIZE
    queries = pages_read(page)  # five full pages, the last with a null cursor: no empty sixth
    assert len(queries) == 5 and "cursor" not in queries[0] and all(q["cursor"] for q in queries[1:])
    # Each page tells the cursor the next one is requested with; the last, none.
    assert [p.next_cursor for p in page.iter_pages()] == [*(q["cursor"] for q in queries[1:]), None]


def test_bracketed_page_numbers_end_on_the_page_count(client: Any) -> None:
    page = client.sessions.participants.list("ses_0001", page_size=5)  # sent as `page[size]`
    ids = [participant.id for participant in page]
    assert len(ids) == len(set(ids)) == DEFAULT_COLLECTION_SIZE
    assert [q["page[number]"] for q in pages_read(page)] == ["1", "2", "3", "4", "5"]  # full pages: no empty sixth


def test_the_last_items_key_pages_while_has_more_is_true(client: Any) -> None:
    page = client.recordings.list(limit=5)
    ids = [recording.id for recording in page]
    assert len(ids) == len(set(ids)) == DEFAULT_COLLECTION_SIZE
    assert [q.get("starting_after") for q in pages_read(page)] == [None, *(ids[n] for n in (4, 9, 14, 19))]
    assert [p.next_cursor for p in page.iter_pages()] == [*(ids[n] for n in (4, 9, 14, 19)), None]


def test_max_items_ends_a_list_early(client: Any) -> None:
    assert len(list(client.sessions.list(limit=5, max_items=12))) == 12
    assert len(list(client.recordings.list(limit=5, max_items=3))) == 3


def test_the_client_is_not_committed_under_generated(fixture_checkout: FixtureCheckout) -> None:
    from scripts.manifest import REPO_ROOT, load_manifest

    assert API.name in load_manifest(fixture_checkout.root).clients
    assert API.name not in load_manifest(REPO_ROOT).clients
    assert not (REPO_ROOT / "generated" / API.name).exists()
