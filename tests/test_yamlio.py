"""The YAML round trip (scripts/yamlio.py): YAML 1.2, string keys, comments and layout kept, errors located."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from scripts.errors import InputError
from scripts.yamlio import dump_yaml, load_yaml, loads_yaml, remove_entry, to_plain


def yaml(text: str) -> Any:
    return loads_yaml(textwrap.dedent(text), source="test.yaml")


def plain(document: Any) -> Any:
    return to_plain(document)


def test_yaml_1_2_keeps_on_and_yes_as_strings() -> None:
    document = yaml("on: yes\noff: no\n")
    assert plain(document) == {"on": "yes", "off": "no"}
    assert dump_yaml(document) == "on: yes\noff: no\n"


def test_numeric_looking_keys_are_strings_and_dump_unquoted() -> None:
    document = yaml("responses:\n  200: {description: OK}\n  '404': {description: Missing}\n  1.5: x\n  true: y\n")
    assert list(plain(document)["responses"]) == ["200", "404", "1.5", "true"]
    assert all(type(key) is str for key in plain(document)["responses"])
    assert dump_yaml(document).startswith("responses:\n  200: {description: OK}\n  '404':")


def test_timestamps_stay_strings() -> None:
    assert plain(yaml("example: 2024-01-01\n")) == {"example": "2024-01-01"}
    assert dump_yaml(yaml("example: 2024-01-01\n")) == "example: 2024-01-01\n"


def test_json_input_loads_and_dumps_as_block_yaml() -> None:
    document = loads_yaml('{"paths": {"/a": {"get": {"responses": {"200": {"description": "OK"}}}}}}', source="s")
    assert plain(document) == {"paths": {"/a": {"get": {"responses": {"200": {"description": "OK"}}}}}}
    assert "{" not in dump_yaml(document)


def test_long_lines_are_not_rewrapped() -> None:
    text = "description: " + "word " * 60 + "end\n"
    assert dump_yaml(yaml(text)) == text


def test_a_yaml_syntax_error_names_the_file_line_and_column() -> None:
    with pytest.raises(InputError) as caught:
        loads_yaml("a: 1\nb: [1, 2\nc: 3\n", source="spec.yaml")
    assert str(caught.value).startswith("spec.yaml: line 3, column 2: ")
    assert "\n" not in str(caught.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.yaml: file not found"):
        load_yaml(tmp_path / "nope.yaml")


def test_a_file_round_trips_unchanged(tmp_path: Path) -> None:
    text = textwrap.dedent(
        """\
        # head
        openapi: 3.1.0  # eol
        paths:
          /a:
            get:
              tags: [x]
              responses:
                '200':
                  description: "OK"
        """
    )
    (tmp_path / "spec.yaml").write_text(text)
    assert dump_yaml(load_yaml(tmp_path / "spec.yaml")) == text


def test_remove_entry_keeps_the_comment_above_the_next_item_of_a_sequence() -> None:
    document = yaml("l:\n  - 1\n  # about two\n  - 2\n")
    remove_entry(document["l"], 0)
    assert dump_yaml(document) == "l:\n  # about two\n  - 2\n"


def billion_laughs(levels: int = 9) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, levels + 1):
        previous = f"*a{level - 1}"
        lines.append(f"a{level}: &a{level} [{', '.join([previous] * 9)}]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_at_its_first_alias() -> None:
    """Nine levels of "billion laughs" would expand to 9**10 strings; the first alias already stops it."""
    with pytest.raises(InputError) as caught:
        loads_yaml(billion_laughs(), source="specs/bomb.yaml")
    assert str(caught.value) == (
        "specs/bomb.yaml: line 2, column 10: YAML aliases are not allowed (*a0): write the value out"
    )


def test_a_merge_key_alias_is_refused_too() -> None:
    with pytest.raises(InputError) as caught:
        yaml("base: &base {type: string}\nother:\n  <<: *base\n")
    assert str(caught.value) == "test.yaml: line 3, column 7: YAML aliases are not allowed (*base): write the value out"


def test_an_anchor_without_alias_is_harmless_and_loads() -> None:
    assert plain(yaml("a: &x 1\nb: 2\n")) == {"a": 1, "b": 2}


def test_nesting_beyond_the_bound_is_refused_with_its_position() -> None:
    with pytest.raises(InputError) as caught:
        loads_yaml("a: " + "[" * 500 + "]" * 500 + "\n", source="deep.yaml")
    assert str(caught.value) == "deep.yaml: line 1, column 203: nested deeper than 200 levels"
