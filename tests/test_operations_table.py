"""The README's operations table is the output of `python -m scripts.operations`: every operation, none typed."""

from __future__ import annotations

import re
from collections import Counter

from scripts.manifest import REPO_ROOT, load_manifest
from scripts.operations import operations_table, rows
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
