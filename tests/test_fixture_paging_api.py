"""End to end on an API the factory has never seen (`tests/fixtures/paging-api`, made up): a manifest entry added to
a copy of the checkout generates its client, the mock serves its overlaid spec, and the client's facade walks every
list to its end: a cursor in the body, JSON:API page numbers (`page[number]`) ending on a page count, and the last
item's key as the cursor. The client is never committed under generated/.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scripts.mock import DEFAULT_COLLECTION_SIZE, SyncASGITransport, create_app
from scripts.sources import resolved_spec
from tests.release.workspace import copy_repo, run_module

pytestmark = pytest.mark.slow  # regenerates a client in a subprocess

FIXTURE = Path(__file__).parent / "fixtures" / "paging-api"
NAME = "paging-sessions"
PACKAGE = "paging_sessions_client"
TOKEN = "fixture-token"
ENTRY = f"""
[clients.{NAME}]
spec = "specs/{NAME}.yaml"
overlays = ["overlays/{NAME}.yaml"]
distribution = "{NAME}-client"
package = "{PACKAGE}"
version = "0.1.0"
"""


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the checkout with the fixture API in its manifest, its client generated, and importable."""
    repo = copy_repo(tmp_path_factory.mktemp("checkout"))
    shutil.copy(FIXTURE / "spec.yaml", repo / "specs" / f"{NAME}.yaml")
    overlay = (FIXTURE / "overlay.yaml").read_text().replace("extends: spec.yaml", f"extends: ../specs/{NAME}.yaml")
    (repo / "overlays" / f"{NAME}.yaml").write_text(overlay)
    with (repo / "clients.toml").open("a") as manifest:
        manifest.write(ENTRY)
    generated = run_module("scripts.regenerate", NAME, root=repo)
    assert generated.returncode == 0, generated.stderr
    sys.path.insert(0, str(repo / "generated" / NAME))
    try:
        yield repo
    finally:
        sys.path.remove(str(repo / "generated" / NAME))
        for module in [m for m in sys.modules if m == PACKAGE or m.startswith(f"{PACKAGE}.")]:
            del sys.modules[module]


@pytest.fixture
def client(checkout: Path) -> Iterator[Any]:
    package = importlib.import_module(PACKAGE)
    app = create_app(resolved_spec(NAME, root=checkout), token=TOKEN)
    transport = SyncASGITransport(app)
    with package.PagingSessions(token=TOKEN, httpx_args={"transport": transport}, max_retries=0) as api:
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


def test_the_client_is_not_committed_under_generated(checkout: Path) -> None:
    from scripts.manifest import REPO_ROOT, load_manifest

    assert NAME not in load_manifest(REPO_ROOT).clients
    assert not (REPO_ROOT / "generated" / NAME).exists()
