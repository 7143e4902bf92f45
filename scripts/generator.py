"""The pinned openapi-python-client, with the three things this project needs that it cannot do on its own.

1. Property names from the spec: a schema property with `x-python-name` (set by an overlay, e.g. `_id` -> `id`)
   gets that Python name; the wire name stays. The generator's own `set_python_name` does the renaming, before
   any template renders, so models, `from_dict`, `to_dict` and docstrings agree.
2. Request examples for the README: `request_examples[OPERATION]` is the first JSON request-body example of each
   operation (the generator hands templates no examples), and the filter `python_literal` writes JSON as Python.
3. Files of our own: every template named `_*.py.jinja` at the top of the templates folder renders into the
   package as `_*.py` (e.g. `_resources.py.jinja` -> `PACKAGE/_resources.py`), with the same context as the
   generator's own templates (`openapi`, `package_name`, the `_extensions.jinja` literals). The generator renders
   only the file names it knows.

scripts/regenerate.py runs this file in place of `python -m openapi_python_client`; arguments are the same.
"""

from __future__ import annotations

import json
import sys
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


def _request_examples(argv: list[str]) -> dict[str, Any]:
    if "--path" not in argv:
        return {}
    document = json.loads(Path(argv[argv.index("--path") + 1]).read_text(encoding="utf-8"))
    found: dict[str, Any] = {}
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            media = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            examples = [_resolve(document, e).get("value") for e in media.get("examples", {}).values()]
            example = media.get("example", examples[0] if examples else None)
            if example is not None:
                found[str(PythonIdentifier(operation["operationId"], prefix=""))] = example
    return found


def _resolve(document: dict[str, Any], node: Any) -> Any:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        for part in node["$ref"][2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node if isinstance(node, dict) else {}


def _init_with_names(self: Project, *args: Any, **kwargs: Any) -> None:
    _init(self, *args, **kwargs)
    _python_names(self)
    self.env.globals["request_examples"] = _request_examples(sys.argv)
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
