"""Python names the generator would spell unreadably get readable ones (scripts/generator.py): a query, header or
cookie parameter named with brackets (`page[size]`, JSON:API's `filter[status]`) becomes its words joined by `_`
(`page_size`, where the generator says `pagesize`), and is still sent by its own name. Names that then collide are
the view model's one-line error (scripts/viewmodel.py); the command-line case is in test_generator_declarations.py.
In-process: the generator parses an inline spec, the project's view model is built, nothing is rendered.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData

from scripts.generator import SessionsProject
from scripts.manifest import REPO_ROOT
from scripts.viewmodel import ViewError, parameter_python_name, wire_name

FACTS = {"name": "names", "distribution": "names-client", "package": "names_client", "version": "0.1.0",
         "repository": "https://example.invalid/names", "license": "MIT", "published": False}  # fmt: skip


def query(name: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "integer"}}


def document(*parameters: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Names", "version": "1"},
        "servers": [{"url": "https://api.example.invalid"}],
        "paths": {
            "/sessions": {
                "get": {
                    "operationId": "listSessions",
                    "tags": ["sessions"],
                    "parameters": list(parameters),
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }


def project(spec: dict[str, Any], tmp_path: Path) -> SessionsProject:
    config = Config.from_sources(
        ConfigFile.load_from_path(REPO_ROOT / "config" / "openapi-python-client.yaml"),
        MetaType.UV,
        tmp_path / "spec.json",
        "utf-8",
        False,
        output_path=tmp_path / "out",
    )
    openapi = GeneratorData.from_dict(spec, config=config)
    assert isinstance(openapi, GeneratorData), openapi
    return SessionsProject(
        openapi=openapi, config=config, custom_template_path=REPO_ROOT / "templates", document=spec, facts=FACTS
    )


def test_bracketed_query_names_become_words_and_keep_their_wire_names(tmp_path: Path) -> None:
    wire = ["page[size]", "page[number]", "filter[status]", "filter[createdAt]", "expand[]", "limit"]
    built = project(document(*(query(name) for name in wire)), tmp_path)
    (endpoint,) = built.openapi.endpoint_collections_by_tag["sessions"].endpoints
    names = {wire_name(p.name): str(p.python_name) for p in endpoint.query_parameters}
    assert names == {
        "page[size]": "page_size",
        "page[number]": "page_number",
        "filter[status]": "filter_status",
        "filter[createdAt]": "filter_created_at",
        "expand[]": "expand",
        "limit": "limit",
    }
    # What the tests and the fidelity check call the functions with is what the generator named.
    assert names == {name: parameter_python_name(name) for name in wire}


def test_a_bracketed_header_name_becomes_words_too(tmp_path: Path) -> None:
    header = {"name": "x-rate[limit]", "in": "header", "schema": {"type": "integer"}}
    built = project(document(header), tmp_path)
    (endpoint,) = built.openapi.endpoint_collections_by_tag["sessions"].endpoints
    assert [str(p.python_name) for p in endpoint.header_parameters] == ["x_rate_limit"]


def test_a_bracketed_name_that_becomes_another_parameters_name_is_a_view_error_naming_both(tmp_path: Path) -> None:
    with pytest.raises(ViewError) as raised:
        project(document(query("page_size"), query("page[size]")), tmp_path)
    assert str(raised.value) == (
        "#/paths/~1sessions/get/parameters/1: the Python name 'page_size' is also the Python name of "
        "#/paths/~1sessions/get/parameters/0"
    )


def test_a_bracketed_name_that_becomes_an_argument_of_every_function_is_a_view_error(tmp_path: Path) -> None:
    with pytest.raises(ViewError) as raised:
        project(document(query("max[items]")), tmp_path)
    assert str(raised.value) == (
        "#/paths/~1sessions/get/parameters/0: the Python name 'max_items' is an argument of the generated functions"
    )
