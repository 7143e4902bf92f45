"""The pinned openapi-python-client, driven through a subclass of its `Project`, with what this project adds.

1. The view model (`scripts/viewmodel.py`): every fact the templates print, computed once in Python and handed to
   every template as the global `api`.
2. Python names the generator would spell unreadably: a schema property with `x-python-name` (set by an overlay,
   e.g. `_id` -> `id`) gets that Python name, and a query, header or cookie parameter named with brackets
   (`page[size]`, JSON:API's `filter[status]`) gets its words joined by `_` (`page_size`, not the generator's
   `pagesize`); the wire names stay. The generator's own `set_python_name` renames them before any template
   renders, so signatures, `from_dict`, `to_dict` and docstrings agree; the view model then refuses names that
   collide (one line each).
3. Files of our own: every template named `_*.py.jinja` at the top of the templates folder renders into the
   package as `_*.py` (e.g. `_resources.py.jinja` -> `PACKAGE/_resources.py`). The generator renders only the
   file names it knows.
4. Failures are one line each on stderr, `error: POINTER: message` for a fact of the spec the view model refuses,
   `error: generator: message` for the generator's own errors and warnings (a warning fails the run, as
   `--fail-on-warning` does: without it a model-name collision silently drops a whole response) and for anything
   a template raises; never a traceback. Exit status 1.

scripts/regenerate.py runs this file (arguments: `--path SPEC.json --config CONFIG --custom-template-path DIR
--output-path DIR --facts FACTS.json`) and turns each line into an error naming the spec or overlay file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.schema import UntrustedString

# `python -P scripts/generator.py`: the repository root on the path, for the view model (and nothing shadows).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.viewmodel import ApiView, ViewError, bracket_words, build_view, wire_name

EXTRA_PREFIX = "_"
EXTRA_SUFFIX = ".py.jinja"
POINTER_PREFIX = "#"  # a line `error: #/paths/...: message` is a fact of the spec; any other is the generator's


class SessionsProject(Project):
    """The generator's project, with the view model as the templates' one source of facts."""

    def __init__(
        self,
        *,
        openapi: GeneratorData,
        config: Config,
        custom_template_path: Path,
        document: dict[str, Any],
        facts: dict[str, Any],
    ) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=custom_template_path)
        _python_names(self)  # first: the view model checks the names the models and functions will have
        _parameter_names(self)
        self.view: ApiView = build_view(self.openapi, document, facts)
        self.env.globals["api"] = self.view
        # A nested model property is a copy made before its model's fields were known: the model by class name.
        self.env.globals["model_named"] = {model.class_info.name: model for model in self.openapi.models}

    def _build_api(self) -> None:
        super()._build_api()
        names = self.env.list_templates(
            filter_func=lambda name: "/" not in name and name.startswith(EXTRA_PREFIX) and name.endswith(EXTRA_SUFFIX)
        )
        for name in sorted(set(names)):
            target = self.package_dir / name.removesuffix(".jinja")
            target.write_text(self.env.get_template(name).render(), encoding=self.config.file_encoding)


def _python_names(project: Project) -> None:
    for model in project.openapi.models:
        schemas = model.data.properties or {}
        for prop in (model.required_properties or []) + (model.optional_properties or []):
            schema = schemas.get(prop.name)
            name = (getattr(schema, "model_extra", None) or {}).get("x-python-name")
            if name:
                prop.set_python_name(name, config=project.config, skip_snake_case=True)


def _parameter_names(project: Project) -> None:
    """Bracketed parameter names as words: `page[size]` -> `page_size` (the generator's snake case drops the
    brackets and joins the words: `pagesize`). Path parameters keep theirs: the generator has already written them
    into the URL template."""
    for collection in project.openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for prop in [*endpoint.query_parameters, *endpoint.header_parameters, *endpoint.cookie_parameters]:
                words = bracket_words(wire_name(prop.name))
                if words is not None:
                    prop.set_python_name(UntrustedString(words), config=project.config)


def generate(spec: Path, config_path: Path, templates: Path, output: Path, facts: dict[str, Any]) -> list[str]:
    """Generate one client; the problems, one line each (none when it succeeded)."""
    config = Config.from_sources(
        ConfigFile.load_from_path(path=config_path), MetaType.UV, spec, "utf-8", False, output_path=output
    )
    document: dict[str, Any] = json.loads(spec.read_text(encoding="utf-8"))
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        return [_one_line(openapi)]
    try:
        project = SessionsProject(
            openapi=openapi, config=config, custom_template_path=templates, document=document, facts=facts
        )
        errors = project.build()
    except ViewError as error:
        return [f"{error.pointer}: {error.message}"]
    except Exception as error:  # a template or the generator failed: say where, in one line
        return [f"generator: {_where(error)}{type(error).__name__}: {error}"]
    return [_one_line(error) for error in errors]


def _one_line(error: GeneratorError) -> str:
    text = " ".join(part.strip() for part in (error.header, error.detail) if part and part.strip())
    return "generator: " + " ".join(text.split())


def _where(error: BaseException) -> str:
    """The template file and line a rendering error comes from (Jinja puts template frames in the traceback)."""
    frame = error.__traceback__
    found = ""
    while frame is not None:
        name = frame.tb_frame.f_code.co_filename
        if name.endswith(".jinja"):
            found = f"{Path(name).name}, line {frame.tb_lineno}: "
        frame = frame.tb_next
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/generator.py")
    parser.add_argument("--path", type=Path, required=True)
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--custom-template-path", type=Path, required=True)
    parser.add_argument("--output-path", type=Path, required=True)
    parser.add_argument("--facts", type=Path, required=True, help="JSON: name, distribution, package, version")
    args = parser.parse_args(argv)
    facts = json.loads(args.facts.read_text(encoding="utf-8"))
    problems = generate(args.path, args.config, args.custom_template_path.resolve(), args.output_path, facts)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
