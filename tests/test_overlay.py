"""The overlay engine (scripts/overlay.py) and its YAML round trip (scripts/yamlio.py), as a specification."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from scripts.errors import InputError
from scripts.overlay import apply_overlay, apply_overlay_files, check_overlay, main
from scripts.yamlio import dump_yaml, load_yaml, loads_yaml, to_plain
from tests.shared import SHARED, shared_folder, shared_subfolders

COMPLIANT_SETS = SHARED / "overlay-compliant-sets"

SPEC = """\
# The pets API (a comment at the top)
openapi: 3.1.0
info:
  title: Pets   # trailing comment
  version: '1.0'
paths:
  /pets:
    get:
      summary: List pets
      tags: [pets]
      parameters:
        - name: limit
          in: query
          required: true
          schema: {type: integer}
        - name: cursor
          in: query
          required: false
        - name: X-Trace
          in: header
          required: true
      responses:
        200:
          description: OK
        default:
          description: Error
    post:
      summary: Add a pet
  /pets/{id}:
    get:
      summary: One pet
"""


def yaml(text: str) -> Any:
    return loads_yaml(textwrap.dedent(text), source="test.yaml")


def overlay(*actions: str, version: str = "1.0.0") -> Any:
    body = "".join(textwrap.indent(textwrap.dedent(action), "  ") for action in actions)
    return yaml(f"overlay: {version}\ninfo:\n  title: Test\n  version: '1'\nactions:\n{body}")


def apply(*actions: str, version: str = "1.0.0", spec: str = SPEC, **options: Any) -> Any:
    return apply_overlay(yaml(spec), overlay(*actions, version=version), source="ov.yaml", **options)


def plain(document: Any) -> Any:
    return to_plain(document)


# --- The OpenAPI Initiative's compliant sets ---------------------------------------------------------------


@pytest.mark.parametrize("name", shared_subfolders("overlay-compliant-sets"))
def test_every_compliant_set_produces_its_expected_output(name: str) -> None:
    folder = COMPLIANT_SETS / name
    result = apply_overlay_files(folder / "openapi.yaml", [folder / "overlay.yaml"])
    assert plain(result) == plain(load_yaml(folder / "output.yaml"))


def test_the_compliant_sets_are_present() -> None:
    assert len([path for path in shared_folder("overlay-compliant-sets").iterdir() if path.is_dir()]) >= 8


# --- update --------------------------------------------------------------------------------------------------


def test_update_merges_objects_recursively_replacing_primitives_and_appending_new_keys() -> None:
    result = apply(
        """\
        - target: $.info
          update:
            title: Pets API
            contact: {name: Team}
        - target: $.paths['/pets'].get
          update:
            responses:
              '200': {x-cached: true}
        """
    )
    assert plain(result)["info"] == {"title": "Pets API", "version": "1.0", "contact": {"name": "Team"}}
    assert list(result["info"]) == ["title", "version", "contact"]
    assert plain(result)["paths"]["/pets"]["get"]["responses"]["200"] == {"description": "OK", "x-cached": True}


def test_update_on_an_array_appends_the_value_or_concatenates_a_list() -> None:
    result = apply(
        """\
        - target: $.paths['/pets'].get.tags
          update: animals
        - target: $.paths['/pets'].get.tags
          update: [a, b]
        """
    )
    assert plain(result)["paths"]["/pets"]["get"]["tags"] == ["pets", "animals", "a", "b"]


def test_update_concatenates_nested_arrays() -> None:
    result = apply(
        """\
        - target: $.paths['/pets'].get
          update:
            tags: [more]
        """
    )
    assert plain(result)["paths"]["/pets"]["get"]["tags"] == ["pets", "more"]


def test_update_on_a_primitive_replaces_it() -> None:
    result = apply("- target: $.paths.*.get.summary\n  update: Read\n", version="1.1.0")
    assert [operation["get"]["summary"] for operation in plain(result)["paths"].values()] == ["Read", "Read"]


def test_update_of_filter_selected_array_items() -> None:
    result = apply(
        """\
        - target: $.paths.*.get.parameters[?@.name=='limit']
          update:
            schema: {maximum: 100}
        """
    )
    limit = plain(result)["paths"]["/pets"]["get"]["parameters"][0]
    assert limit == {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer", "maximum": 100}}


def test_an_update_that_cannot_merge_names_the_action_and_the_node() -> None:
    with pytest.raises(InputError) as caught:
        apply("- target: $.info\n  update:\n    title: {nested: object}\n")
    assert str(caught.value) == (
        "ov.yaml: actions[0].update: cannot merge an object into the string 'Pets' at $['info']['title']"
    )


def test_targets_of_mixed_kinds_are_an_error() -> None:
    with pytest.raises(InputError, match=r"actions\[0\]\.target: selects a mix of array and primitive nodes"):
        apply("- target: $.paths['/pets'].get['summary','tags']\n  update: x\n")


def test_each_target_gets_its_own_copy_of_the_update_value() -> None:
    result = apply("- target: $.paths.*.get\n  update:\n    x-meta: {a: 1}\n")
    first, second = (result["paths"][path]["get"]["x-meta"] for path in ("/pets", "/pets/{id}"))
    assert first == second
    assert first is not second
    assert "&" not in dump_yaml(result)  # no YAML anchors/aliases in the output


# --- remove --------------------------------------------------------------------------------------------------


def test_remove_true_deletes_the_targeted_nodes() -> None:
    result = apply("- target: $.paths..responses.default\n  remove: true\n")
    assert list(plain(result)["paths"]["/pets"]["get"]["responses"]) == ["200"]


def test_remove_false_does_nothing() -> None:
    result = apply("- target: $.paths['/pets'].post\n  remove: false\n")
    assert plain(result) == plain(yaml(SPEC))


def test_removing_several_array_items_removes_each_of_them() -> None:
    result = apply("- target: $.paths.*.get.parameters[?@.required==true]\n  remove: true\n")
    assert [p["name"] for p in plain(result)["paths"]["/pets"]["get"]["parameters"]] == ["cursor"]


def test_removing_the_root_is_an_error() -> None:
    with pytest.raises(InputError, match=r"actions\[0\]\.target: cannot remove the document root"):
        apply("- target: $\n  remove: true\n")


# --- JSONPath (RFC 9535) -------------------------------------------------------------------------------------


def test_filters_combine_conditions_with_and() -> None:
    result = apply("- target: $.paths.*.*.parameters[?@.in=='query' && @.required==true]\n  remove: true\n")
    assert [p["name"] for p in plain(result)["paths"]["/pets"]["get"]["parameters"]] == ["cursor", "X-Trace"]


def test_length_function_on_objects_and_strings_and_count_on_node_lists() -> None:
    result = apply(
        """\
        - target: $.paths[?length(@) > 1]
          update: {x-many-operations: true}
        - target: $.paths.*[?length(@.summary) > 8]
          update: {x-long-summary: true}
        """
    )
    paths = plain(result)["paths"]
    assert "x-many-operations" in paths["/pets"]
    assert "x-many-operations" not in paths["/pets/{id}"]
    assert paths["/pets"]["get"]["x-long-summary"] is paths["/pets"]["post"]["x-long-summary"] is True
    assert "x-long-summary" not in paths["/pets/{id}"]["get"]
    counted = apply("- target: $.paths[?count(@.*) == 1]\n  update: {x-single: true}\n")
    assert [path for path, item in plain(counted)["paths"].items() if "x-single" in item] == ["/pets/{id}"]


def test_match_and_search_functions() -> None:
    result = apply(
        """\
        - target: $.paths.*.get.parameters[?match(@.name, '[a-z]+')]
          update: {x-lowercase: true}
        - target: $.paths.*.get.parameters[?search(@.name, 'Trace')]
          update: {x-tracing: true}
        """
    )
    parameters = plain(result)["paths"]["/pets"]["get"]["parameters"]
    assert [p.get("x-lowercase", False) for p in parameters] == [True, True, False]
    assert [p.get("x-tracing", False) for p in parameters] == [False, False, True]


# --- copy (Overlay 1.1) --------------------------------------------------------------------------------------


def test_copy_merges_the_value_of_one_node_into_the_target() -> None:
    spec = SPEC.replace(
        "      summary: One pet", "      summary: One pet\n      responses:\n        404: {description: No pet}"
    )
    result = apply(
        "- target: $.paths['/pets/{id}'].get.responses\n  copy: $.paths['/pets'].get.responses\n",
        version="1.1.0",
        spec=spec,
    )
    copied = result["paths"]["/pets/{id}"]["get"]["responses"]
    assert list(plain(copied)) == ["404", "200", "default"]
    assert copied["200"] == result["paths"]["/pets"]["get"]["responses"]["200"]
    assert copied["200"] is not result["paths"]["/pets"]["get"]["responses"]["200"]


def test_copy_needs_exactly_one_source_node() -> None:
    with pytest.raises(InputError, match=r"ov\.yaml: actions\[0\]\.copy: must select exactly one node, selects 2"):
        apply("- target: $.info\n  copy: $.paths.*.get\n", version="1.1.0")


def test_copy_is_an_overlay_1_1_feature() -> None:
    with pytest.raises(InputError, match=r"actions\[0\]\.copy: `copy` needs Overlay 1\.1\.x"):
        apply("- target: $.info\n  copy: $.paths['/pets'].post\n", version="1.0.0")


# --- ordering and empty targets ------------------------------------------------------------------------------


def test_actions_apply_in_order_each_to_the_previous_result() -> None:
    result = apply(
        """\
        - target: $.paths['/pets'].get.summary
          remove: true
        - target: $.paths['/pets'].get
          update: {summary: Replaced}
        """
    )
    assert plain(result)["paths"]["/pets"]["get"]["summary"] == "Replaced"


def test_a_target_that_selects_nothing_is_an_error_by_default() -> None:
    with pytest.raises(InputError) as caught:
        apply("- target: $.info\n  update: {x: 1}\n- target: $.paths['/nope']\n  remove: true\n")
    assert str(caught.value).startswith("ov.yaml: actions[1].target: $.paths['/nope'] selects no node")
    assert str(caught.value).endswith("(to allow that, set `x-allow-empty: true` on the action)")
    assert "--allow-empty-targets" not in str(caught.value)  # `nox -s generate` has no such flag


def test_empty_targets_can_be_allowed_per_run_or_per_action() -> None:
    action = "- target: $.paths['/nope']\n  remove: true\n"
    assert plain(apply(action, allow_empty_targets=True)) == plain(yaml(SPEC))
    assert plain(apply(action + "  x-allow-empty: true\n")) == plain(yaml(SPEC))


# --- validating the overlay document ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("$.paths[", "invalid JSONPath '$.paths[': unbalanced brackets at character 9"),
        ("paths", "invalid JSONPath 'paths': expected '$', found 'p' at character 1"),
        ("$.x-y", "invalid JSONPath '$.x-y': expected '.', '..' or a bracketed selection, found '-' at character 4"),
        ("$[?length(@.*) > 1]", "invalid JSONPath '$[?length(@.*) > 1]': length() argument 0 must be of ValueType"),
        ("$[?nope(@)]", "invalid JSONPath '$[?nope(@)]': function 'nope' is not defined at character 4"),
    ],
)  # fmt: skip
def test_a_bad_jsonpath_is_reported_on_one_line_with_the_file_and_action(target: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        apply(f'- target: $.info\n  update: {{}}\n- target: "{target}"\n  remove: true\n')
    assert str(caught.value).startswith(f"ov.yaml: actions[1].target: {message}")
    assert "\n" not in str(caught.value)


HEADER = "overlay: 1.1.0\ninfo: {title: t, version: '1'}\n"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("[]", "<overlay>: an Overlay document must be an object, got an array"),
        (HEADER.replace("1.1.0", "2.0.0") + "actions: [{target: $}]", "<overlay>: overlay: unsupported"),
        ("overlay: 1.0.0\nactions: [{target: $}]", "<overlay>: info: missing or not an object"),
        (HEADER.replace("'1'", "1") + "actions: [{target: $}]", "<overlay>: info.version: must be a string"),
        (HEADER + "actions: []", "<overlay>: actions: must be a non-empty list"),
        (HEADER + "actions: [{remove: true}]", "<overlay>: actions[0].target: missing"),
        (HEADER + "actions: [{target: $, updates: {}}]", "<overlay>: actions[0].updates: unknown field"),
        (HEADER + "actions: [{target: $, remove: yes}]", "<overlay>: actions[0].remove: must be true or false"),
        (HEADER + "actions: [{target: $, update: {}, copy: $.a}]", "<overlay>: actions[0]: has update and copy"),
    ],
)
def test_invalid_overlay_documents_are_reported_with_their_location(document: str, expected: str) -> None:
    problems = check_overlay(yaml(document))
    assert problems, "expected a problem"
    assert str(problems[0]).startswith(expected)
    with pytest.raises(InputError):
        apply_overlay(yaml(SPEC), yaml(document))


def test_every_problem_in_an_overlay_is_reported_not_just_the_first() -> None:
    problems = check_overlay(overlay("- target: nope\n  remove: true\n", "- target: $.a\n  remove: 1\n"), source="o")
    assert [problem.location for problem in problems] == ["actions[0].target", "actions[1].remove"]


# --- YAML round trip -----------------------------------------------------------------------------------------


def test_comments_key_order_and_quoting_survive_an_overlay() -> None:
    result = apply("- target: $.info\n  update: {title: Pets API}\n")
    # The end-of-line comment keeps its column where the longer value leaves room, and one space otherwise.
    assert dump_yaml(result) == SPEC.replace("title: Pets   #", "title: Pets API #")


def test_removing_an_entry_keeps_the_comment_above_the_next_entry() -> None:
    spec = "a: 1\nb:\n  x: 1\n# about c\nc: 3\n"
    result = apply_overlay(yaml(spec), overlay("- target: $.b\n  remove: true\n"))
    assert dump_yaml(result) == "a: 1\n# about c\nc: 3\n"


# --- command line ---------------------------------------------------------------------------------------------


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC)
    overlay_file = tmp_path / "overlay.yaml"
    overlay_file.write_text(dump_yaml(overlay("- target: $.info\n  update: {x-overlaid: true}\n")))
    return spec, overlay_file


def test_cli_prints_the_result_on_stdout(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    spec, overlay_file = files
    assert main([str(spec), str(overlay_file)]) == 0
    out, err = capsys.readouterr()
    assert plain(loads_yaml(out, source="stdout"))["info"]["x-overlaid"] is True
    assert out.startswith("# The pets API")
    assert err == ""


def test_cli_writes_to_a_file_with_o(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, overlay_file = files
    output = tmp_path / "out.yaml"
    assert main([str(spec), str(overlay_file), str(overlay_file), "-o", str(output)]) == 0
    assert capsys.readouterr().out == ""
    assert plain(load_yaml(output))["info"]["x-overlaid"] is True


def test_cli_reports_bad_input_on_stderr_with_exit_code_1(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, _ = files
    bad = tmp_path / "bad.yaml"
    bad.write_text(dump_yaml(overlay("- target: $.nothing\n  remove: true\n")))
    assert main([str(spec), str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"error: {bad}: actions[0].target: $.nothing selects no node in the document")
    assert err.count("\n") == 1
    assert main([str(spec), str(bad), "--allow-empty-targets"]) == 0


def test_cli_reports_a_missing_file(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    spec, _ = files
    assert main([str(spec), "missing.yaml"]) == 1
    assert capsys.readouterr().err == "error: missing.yaml: file not found\n"


def test_cli_usage_errors_exit_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["only-a-spec.yaml"])
    assert caught.value.code == 2
    assert capsys.readouterr().err == (
        "error: command line: the following arguments are required: overlay (see --help)\n"
    )


def test_cli_reports_a_yaml_syntax_error_with_its_line_and_column(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, _ = files
    broken = tmp_path / "broken.yaml"
    broken.write_text("overlay: 1.0.0\nactions: [\n")
    assert main([str(spec), str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {broken}: line 3, column 1: ")
    assert err.count("\n") == 1
