"""The pinned openapi-python-client, with the three things this project needs that it cannot do on its own.

1. Property names from the spec: a schema property with `x-python-name` (set by an overlay, e.g. `_id` -> `id`)
   gets that Python name; the wire name stays. The generator's own `set_python_name` does the renaming, before
   any template renders, so models, `from_dict`, `to_dict` and docstrings agree.
2. Examples for the README (the generator hands templates none): `request_examples[OPERATION]` is the first JSON
   request-body example of each operation, `parameter_examples[OPERATION][NAME]` the example of each of its
   parameters (the parameter's own `example`/`examples`, else its schema's; the generator keeps only the schema's),
   and the filter `python_literal` writes JSON as Python.
3. Files of our own: every template named `_*.py.jinja` at the top of the templates folder renders into the
   package as `_*.py` (e.g. `_resources.py.jinja` -> `PACKAGE/_resources.py`), with the same context as the
   generator's own templates (`openapi`, `package_name`, the `_extensions.jinja` literals). The generator renders
   only the file names it knows.

scripts/regenerate.py runs this file in place of `python -m openapi_python_client`; arguments are the same.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.cli import app
from openapi_python_client.strings import PythonIdentifier

EXTRA_PREFIX = "_"
EXTRA_SUFFIX = ".py.jinja"

_init = Project.__init__
_build_api = Project._build_api


def _python_names(project: Project) -> None:
    for model in project.openapi.models:
        schemas = model.data.properties or {}
        for prop in (model.required_properties or []) + (model.optional_properties or []):
            schema = schemas.get(prop.name)
            name = (getattr(schema, "model_extra", None) or {}).get("x-python-name")
            if name:
                prop.set_python_name(name, config=project.config, skip_snake_case=True)


def _spec(argv: list[str]) -> dict[str, Any]:
    if "--path" not in argv:
        return {}
    return dict(json.loads(Path(argv[argv.index("--path") + 1]).read_text(encoding="utf-8")))


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], list[Any]]]:
    """Each operation's Python name, the operation, and its parameters (the path item's first)."""
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                parameters = path_item.get("parameters", []) + operation.get("parameters", [])
                yield str(PythonIdentifier(operation["operationId"], prefix="")), operation, parameters


def _request_examples(document: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, operation, _ in _operations(document):
        media = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
        examples = [_resolve(document, e).get("value") for e in media.get("examples", {}).values()]
        example = media.get("example", examples[0] if examples else None)
        if example is not None:
            found[name] = example
    return found


def _parameter_examples(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for name, _, parameters in _operations(document):
        for parameter in (_resolve(document, p) for p in parameters):
            examples = [_resolve(document, e).get("value") for e in parameter.get("examples", {}).values()]
            schema = _resolve(document, parameter.get("schema", {}))
            example = parameter.get("example", examples[0] if examples else schema.get("example"))
            if example is not None and "name" in parameter:
                found.setdefault(name, {})[parameter["name"]] = example
    return found


def _resolve(document: dict[str, Any], node: Any) -> Any:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node = target
    return node if isinstance(node, dict) else {}


def _init_with_names(self: Project, *args: Any, **kwargs: Any) -> None:
    _init(self, *args, **kwargs)
    _python_names(self)
    document = _spec(sys.argv)
    self.env.globals["request_examples"] = _request_examples(document)
    self.env.globals["parameter_examples"] = _parameter_examples(document)
    self.env.filters["python_literal"] = repr


def _build_api_and_extras(self: Project) -> None:
    _build_api(self)
    names = self.env.list_templates(
        filter_func=lambda name: "/" not in name and name.startswith(EXTRA_PREFIX) and name.endswith(EXTRA_SUFFIX)
    )
    for name in sorted(set(names)):
        target = self.package_dir / name.removesuffix(".jinja")
        target.write_text(self.env.get_template(name).render(), encoding=self.config.file_encoding)


Project.__init__ = _init_with_names  # type: ignore[method-assign]
Project._build_api = _build_api_and_extras  # type: ignore[method-assign]

if __name__ == "__main__":
    sys.exit(app())
