"""Declarations the clients cannot be built from: each is exactly one line naming the file (the spec or the overlay
that declared it) and the JSON pointer, exit status 1, and generated/ byte for byte as it was.

The `x-` vocabulary (`scripts/vocabulary.py`) is checked before the generator runs, so those cases need no
generator; collisions of Python names are found by the view model (`scripts/viewmodel.py`) inside the generator
run, so those cases are `slow`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import scripts.regenerate
import scripts.vocabulary
from scripts.vocabulary import extension_problems, table
from tests.test_regenerate import CommandLine, _env, cli, digest, replace_in, repo

__all__ = ["cli", "repo"]  # fixtures, imported for the tests below

LIST = "#/paths/~1v1~1sessions/get"
PAGING = f"{LIST}/x-pagination"
ITEMS_REQUIRED = "        - limit\n        - data\n"
# Emogg's offset declaration, from its style to its limit, replaced whole by cursor declarations below.
CURSOR_FROM = (
    "        style: offset\n        items: data\n        offset_param: offset\n        limit_param: limit\n"
    "        has_more: hasMore\n"
)

# file, text, replacement, the one line expected on stderr
BAD_DECLARATIONS = {
    "paging items that are not a required field": (
        "specs/emogg.yaml",
        ITEMS_REQUIRED,
        "        - limit\n",
        f"error: overlays/emogg.yaml: {PAGING}/items: data: 'data' is not a required field of the 2xx body "
        "(a page must carry its items: add it to `required`)",
    ),
    "paging items that are no field": (
        "overlays/emogg.yaml",
        "        items: data\n",
        "        items: sessions\n",
        f"error: overlays/emogg.yaml: {PAGING}/items: sessions: 'sessions' is not a field of the 2xx body",
    ),
    "an unknown paging style": (
        "overlays/emogg.yaml",
        "        style: offset\n",
        "        style: keyset\n",
        f"error: overlays/emogg.yaml: {PAGING}: style: 'keyset' is not a paging style "
        "(expected one of: page-number, link-header, offset, cursor)",
    ),
    "a paging count at a path the body does not have": (
        "overlays/emogg.yaml",
        "        has_more: hasMore\n",
        "        has_more: hasMore\n        total_pages: paging.pages\n",
        f"error: overlays/emogg.yaml: {PAGING}/total_pages: paging.pages: 'paging' is not a field of the 2xx body",
    ),
    "a has_more flag at a path the body does not have": (
        "overlays/emogg.yaml",
        "        has_more: hasMore\n",
        "        has_more: has_more\n",
        f"error: overlays/emogg.yaml: {PAGING}/has_more: has_more: 'has_more' is not a field of the 2xx body",
    ),
    "a cursor style without a cursor parameter": (
        "overlays/emogg.yaml",
        CURSOR_FROM,
        "        style: cursor\n        items: data\n        next_cursor: offset\n",
        f"error: overlays/emogg.yaml: {PAGING}: style cursor needs cursor_param",
    ),
    "a cursor style without where its cursor comes from": (
        "overlays/emogg.yaml",
        CURSOR_FROM,
        "        style: cursor\n        items: data\n        cursor_param: offset\n",
        f"error: overlays/emogg.yaml: {PAGING}: style cursor needs exactly one of next_cursor (a dotted path of the "
        "body), last_item_key (a field of the items)",
    ),
    "a next cursor at a path the body does not have": (
        "overlays/emogg.yaml",
        CURSOR_FROM,
        "        style: cursor\n        items: data\n        cursor_param: offset\n        next_cursor: meta.next\n",
        f"error: overlays/emogg.yaml: {PAGING}/next_cursor: meta.next: 'meta' is not a field of the 2xx body",
    ),
    "a last item key the items do not have": (
        "overlays/emogg.yaml",
        CURSOR_FROM,
        "        style: cursor\n        items: data\n        cursor_param: offset\n        last_item_key: uuid\n",
        f"error: overlays/emogg.yaml: {PAGING}/last_item_key: 'uuid' is not a field of the items of data",
    ),
    "a paging style without one of its keys": (
        "overlays/emogg.yaml",
        "        limit_param: limit\n",
        "",
        f"error: overlays/emogg.yaml: {PAGING}: style offset needs limit_param",
    ),
    "a paging key the style does not have": (
        "overlays/emogg.yaml",
        "        has_more: hasMore\n",
        "        has_more: hasMore\n        page_param: page\n",
        f"error: overlays/emogg.yaml: {PAGING}: page_param: unknown key for style offset "
        "(expected: has_more, items, limit_param, offset_param, total, total_pages)",
    ),
    "a paging parameter the operation does not have": (
        "overlays/emogg.yaml",
        "        offset_param: offset\n",
        "        offset_param: start\n",
        f"error: overlays/emogg.yaml: {PAGING}/offset_param: 'start' is not a query parameter of the operation",
    ),
    "an unknown extension in an overlay": (
        "overlays/emogg.yaml",
        "      x-python-method: sessions.list\n",
        "      x-python-methd: sessions.list\n",
        f"error: overlays/emogg.yaml: {LIST}/x-python-methd: unknown extension x-python-methd "
        "(did you mean x-python-method? the vocabulary: scripts/vocabulary.py)",
    ),
    "an unknown extension in a spec": (
        "specs/emogg.yaml",
        "openapi: 3.1.0\n",
        "openapi: 3.1.0\nx-team: media\n",
        "error: specs/emogg.yaml: #/x-team: unknown extension x-team (the vocabulary: scripts/vocabulary.py)",
    ),
    "an extension in the wrong place": (
        "overlays/emogg.yaml",
        "      x-python-client: Emogg\n",
        "      x-python-client: Emogg\n      x-python-method: sessions.all\n",
        "error: overlays/emogg.yaml: #/info/x-python-method: x-python-method belongs on a operation object, not here",
    ),
    "a method name without a resource": (
        "overlays/emogg.yaml",
        "      x-python-method: sessions.list\n",
        "      x-python-method: sessions\n",
        f"error: overlays/emogg.yaml: {LIST}/x-python-method: 'sessions' needs a resource and a method "
        "(RESOURCE.METHOD)",
    ),
    "a method name that is no identifier": (
        "overlays/emogg.yaml",
        "      x-python-method: sessions.list\n",
        "      x-python-method: sessions.list-all\n",
        f"error: overlays/emogg.yaml: {LIST}/x-python-method: 'list-all' is not a Python identifier",
    ),
    "an environment variable of another name": (
        "overlays/emogg.yaml",
        "        token: EMOGG_API_TOKEN\n",
        "        secret: EMOGG_API_TOKEN\n",
        "error: overlays/emogg.yaml: #/info/x-env: unknown key 'secret' (expected one of: token, base_url, log)",
    ),
}


# Each case resolves the spec and its overlays twice (the check, then which file declared it): about 2 s on two
# busy cores. The issue's own example stays in the fast subset; the others run with the whole suite.
FAST_CASE = "paging items that are not a required field"


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        pytest.param(*case, id=name, marks=() if name == FAST_CASE else pytest.mark.slow)
        for name, case in BAD_DECLARATIONS.items()
    ],
)
def test_a_declaration_that_does_not_fit_is_one_line_naming_its_file(
    repo: Path, cli: CommandLine, file: str, old: str, new: str, expected: str
) -> None:
    before = digest(repo / "generated")
    replace_in(repo / file, old, new)
    assert cli(scripts.regenerate.main, "--root", str(repo), "emogg", cwd=repo) == (1, "", expected + "\n")
    assert digest(repo / "generated") == before


def test_the_vocabulary_is_written_down_in_the_module_docstring() -> None:
    assert scripts.vocabulary.__doc__ is not None
    assert table() in scripts.vocabulary.__doc__


def test_every_extension_the_four_specs_use_is_in_the_vocabulary() -> None:
    from scripts.sources import resolved_spec

    for name in ("streamelements", "livepeer", "emogg", "cloudflare-realtimekit"):
        assert extension_problems(resolved_spec(name)) == [], name


def test_names_of_properties_headers_and_examples_are_not_extensions() -> None:
    """A field called `x-id`, a header `x-request-id` and example data are the spec's own names, not hints."""
    document = {
        "openapi": "3.1.0",
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "headers": {"x-request-id": {"schema": {"type": "string"}}},
                            "content": {"application/json": {"example": {"x-anything": 1}}},
                        }
                    }
                }
            }
        },
        "components": {"schemas": {"A": {"type": "object", "properties": {"x-id": {"type": "string"}}}}},
    }
    assert extension_problems(document) == []
    document["components"]["schemas"]["A"]["x-idd"] = True  # type: ignore[index]
    assert [p.pointer for p in extension_problems(document)] == ["#/components/schemas/A/x-idd"]


# Collisions the view model finds in the generator run: file, text (None: add a field to Emogg's Session),
# replacement, the one line expected.
COLLISIONS = {
    "two methods of one name": (
        "overlays/emogg.yaml",
        "x-python-method: sessions.create\n",
        "x-python-method: sessions.get\n",
        "error: overlays/emogg.yaml: #/paths/~1v1~1sessions~1{sessionId}/get/x-python-method: sessions.get is also "
        "the x-python-method of #/paths/~1v1~1sessions/post: rename one",
    ),
    "a method named like a member of every resource": (
        "overlays/emogg.yaml",
        "x-python-method: sessions.stop\n",
        "x-python-method: sessions.with_options\n",
        "error: overlays/emogg.yaml: #/paths/~1v1~1sessions~1{sessionId}~1stop/post/x-python-method: "
        "'with_options' is a member every resource has: choose another method name",
    ),
    "a method that is also a resource": (
        "overlays/emogg.yaml",
        "x-python-method: sessions.stop\n",
        "x-python-method: sessions.emotions\n",
        "error: overlays/emogg.yaml: #/paths/~1v1~1sessions~1{sessionId}~1stop/post/x-python-method: "
        "sessions.emotions is both a method and a resource: the x-python-method of "
        "#/paths/~1v1~1sessions~1{sessionId}~1emotions/get is sessions.emotions.get",
    ),
    "a method path nested under a method": (
        "overlays/emogg.yaml",
        "x-python-method: sessions.stop\n",
        "x-python-method: sessions.get.more\n",
        "error: overlays/emogg.yaml: #/paths/~1v1~1sessions~1{sessionId}/get/x-python-method: "
        "sessions.get is both a method and a resource: the x-python-method of "
        "#/paths/~1v1~1sessions~1{sessionId}~1stop/post is sessions.get.more",
    ),
    "a package named like a dependency of every client": (
        "clients.toml",
        'package = "emogg_sessions_client"\n',
        'package = "httpx"\n',
        "error: clients.toml: clients.emogg.package: 'httpx' would shadow the import name of a client dependency",
    ),
    "two operationIds of one Python name": (
        "specs/emogg.yaml",
        "operationId: stopSession\n",
        "operationId: get_session\n",
        "error: specs/emogg.yaml: #/paths/~1v1~1sessions~1{sessionId}~1stop/post/operationId: 'get_session' has the "
        "Python name 'get_session', as the operation at #/paths/~1v1~1sessions~1{sessionId}/get has: rename one",
    ),
    "a field whose Python name is a renamed field's": (
        "specs/emogg.yaml",
        None,
        "        id:\n          type: string\n",
        "error: specs/emogg.yaml: #/components/schemas/Session/properties/id: the Python name 'id' is also the "
        "Python name of #/components/schemas/Session/properties/_id",
    ),
    "a bracketed parameter name that becomes another parameter's": (
        "specs/emogg.yaml",
        "        - name: state\n          in: query\n",
        "        - name: filter_state\n          in: query\n          schema:\n            type: string\n"
        "        - name: filter[state]\n          in: query\n",
        "error: specs/emogg.yaml: #/paths/~1v1~1sessions/get/parameters/1: the Python name 'filter_state' is also the "
        "Python name of #/paths/~1v1~1sessions/get/parameters/0",
    ),
    "a field named like a member of every model": (
        "specs/emogg.yaml",
        None,
        "        toDict:\n          type: string\n",
        "error: specs/emogg.yaml: #/components/schemas/Session/properties/toDict: the Python name 'to_dict' is a "
        "member every model has: set x-python-name",
    ),
    "two fields equal after NFKC normalisation": (
        "specs/emogg.yaml",
        None,
        "        \uff4eame:\n          type: string\n",
        "error: specs/emogg.yaml: #/components/schemas/Session/properties/\uff4eame: the Python name 'name' is also "
        "the Python name of #/components/schemas/Session/properties/name",
    ),
}


def add_session_field(spec: Path, text: str) -> None:
    """`text` as the first property of the Emogg Session schema."""
    source = spec.read_text(encoding="utf-8")
    start = source.index("\n    Session:\n")
    at = source.index("      properties:\n", start) + len("      properties:\n")
    spec.write_text(source[:at] + text + source[at:], encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize(("file", "old", "new", "expected"), COLLISIONS.values(), ids=COLLISIONS.keys())
def test_a_name_collision_is_one_line_naming_both_places(
    repo: Path, file: str, old: str | None, new: str, expected: str
) -> None:
    before = digest(repo / "generated")
    if old is None:
        add_session_field(repo / file, new)
    else:
        replace_in(repo / file, old, new)
    result = run_regenerate(repo)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", expected + "\n")
    assert digest(repo / "generated") == before


@pytest.mark.slow
def test_a_template_that_fails_is_one_line_naming_the_template(repo: Path) -> None:
    """What a template raises (here an undefined name) is the generator's one line, not a traceback."""
    before = digest(repo / "generated")
    replace_in(repo / "templates" / "pagination.py.jinja", "{% set excluded = op.excluded %}", "{{ nosuch.name }}")
    result = run_regenerate(repo)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        "error: specs/emogg.yaml: openapi-python-client failed: pagination.py.jinja, line 7: "
        "UndefinedError: 'nosuch' is undefined\n"
    )
    assert digest(repo / "generated") == before


def run_regenerate(repo: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "scripts.regenerate", "--root", str(repo), "emogg"]
    return subprocess.run(command, cwd=repo, capture_output=True, text=True, check=False, env=_env())
