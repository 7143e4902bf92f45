"""The README's operations table is the output of `python -m scripts.operations`: every operation, none typed."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from scripts.manifest import REPO_ROOT, load_manifest
from scripts.operations import operations_table, rows, write_readme
from tests.support import operations


def readme_table() -> str:
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- operations:start -->\n(.*?)<!-- operations:end -->", text, re.DOTALL)
    assert match, "README.md has no operations section"
    return match.group(1)


def test_the_readme_lists_every_operation_as_the_script_prints_it() -> None:
    assert readme_table() == operations_table(), "run `python -m scripts.operations` and paste its output"


def test_every_operation_of_every_spec_has_one_row_with_a_python_call() -> None:
    table = {name: list(rows(name)) for name in load_manifest().clients}
    listed = Counter((name, method) for name, found in table.items() for method, _, _ in found)
    assert listed == Counter((op.client, op.method.upper()) for op in operations())
    assert [call for found in table.values() for _, _, call in found if "low-level module only" in call] == []


def test_write_puts_the_current_table_between_the_markers_and_keeps_the_rest(tmp_path: Path) -> None:
    """`python -m scripts.operations --write` is how a new API's rows reach the README (no pasting)."""
    readme = tmp_path / "README.md"
    readme.write_text("# T\n\n<!-- operations:start -->\n| stale |\n<!-- operations:end -->\n\nafter\n")
    write_readme(readme)
    expected = f"# T\n\n<!-- operations:start -->\n{operations_table()}<!-- operations:end -->\n\nafter\n"
    assert readme.read_text() == expected
