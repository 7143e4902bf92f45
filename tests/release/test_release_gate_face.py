"""The gate sees what users call: breaking changes of `Emogg().sessions.<method>` (the resource layer, in private
modules) and of the import package are refused, a new optional argument asks for a minor version.

Each case is a git repository (a copy of this one) whose emogg client was released (tagged) at 1.4.2; a spec,
overlay or manifest edit follows, the client is regenerated and the real gate command runs (in this process).
Each asserts the line of the resource layer itself: the same change also shows in the low-level `api/` modules
for some cases, which the gate compared before it saw the resource layer.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scripts.regenerate import regenerate
from scripts.release import bump, gate
from scripts.release.bump import set_manifest_version
from tests.release.workspace import CommandLine, copy_repo, edit_yaml, git

Released = Callable[[Path, str], Path]
SpecEdit = Callable[[Any], None]

pytestmark = pytest.mark.slow


def gate_after(run: CommandLine, root: Path, edit: SpecEdit | None = None) -> tuple[int, str, str]:
    """Edit emogg's spec (when given), regenerate emogg, run the gate on it."""
    if edit is not None:
        edit_yaml(root / "specs" / "emogg.yaml", edit)
    regenerate(["emogg"], root=root)
    return run(gate.main, "emogg", root=root)


def refused_as_breaking(result: tuple[int, str, str], *lines: str) -> None:
    """The gate refuses 1.4.2, proposes 2.0.0, and names each breaking change for the sync and async facades."""
    code, _, err = result
    assert code == 1, err
    assert "emogg: refused: 1.4.2, baseline 1.4.2 (release tag emogg-v1.4.2)" in err
    assert "(it proposes 2.0.0)" in err
    for line in lines:
        assert f"  breaking: {line}\n" in err, err
        assert f"  breaking: Async{line}\n" in err, err


def get_session(spec: Any) -> Any:
    return spec["paths"]["/v1/sessions/{sessionId}"]["get"]


def add_query_parameter(required: bool) -> SpecEdit:
    def edit(spec: Any) -> None:
        parameter = {"name": "region", "in": "query", "required": required, "schema": {"type": "string"}}
        get_session(spec).setdefault("parameters", []).append(parameter)

    return edit


def test_a_method_renamed_in_the_overlay_is_a_removed_method_and_needs_a_major_bump(
    tmp_path: Path, run: CommandLine, emogg_release: Released
) -> None:
    """`sessions.get` renamed `sessions.fetch`: `Emogg().sessions.get` is gone (bump once proposed a patch)."""
    root = emogg_release(tmp_path / "repo", "1.4.2")

    def rename(overlay: Any) -> None:
        for action in overlay["actions"]:
            if action.get("update", {}).get("x-python-method") == "sessions.get":
                action["update"]["x-python-method"] = "sessions.fetch"

    edit_yaml(root / "overlays" / "emogg.yaml", rename)
    refused_as_breaking(gate_after(run, root), "Emogg.sessions.get: method was removed")
    code, out, err = run(bump.main, "--dry-run", "emogg", root=root)
    assert code == 0, err
    assert "emogg: 1.4.2 -> 2.0.0 (baseline 1.4.2 (release tag emogg-v1.4.2): a breaking API change" in out


def test_a_new_required_argument_of_a_resource_method_is_refused(
    tmp_path: Path, run: CommandLine, emogg_release: Released
) -> None:
    root = emogg_release(tmp_path / "repo", "1.4.2")
    result = gate_after(run, root, add_query_parameter(required=True))
    refused_as_breaking(result, "Emogg.sessions.get: new required parameter 'region'")


def test_a_field_removed_from_a_request_body_is_a_removed_argument_and_is_refused(
    tmp_path: Path, run: CommandLine, emogg_release: Released
) -> None:
    """`create(name=..., stream_uri=...)` takes the body's fields as arguments: a removed field is a removed one."""
    root = emogg_release(tmp_path / "repo", "1.4.2")

    def remove_stream_uri(spec: Any) -> None:
        body = spec["components"]["schemas"]["CreateSessionBody"]
        del body["properties"]["streamUri"]
        body["required"].remove("streamUri")

    result = gate_after(run, root, remove_stream_uri)
    refused_as_breaking(result, "Emogg.sessions.create: parameter 'stream_uri' was removed")


def test_a_narrowed_return_type_of_a_resource_method_is_refused(tmp_path: Path, run: CommandLine) -> None:
    """Released returning `ExpandedObject | Session`, now `Session`: code that handles the other case is broken."""

    def either(spec: Any) -> None:
        media = get_session(spec)["responses"]["200"]["content"]["application/json"]
        media["schema"] = {"oneOf": [media["schema"], {"$ref": "#/components/schemas/ExpandedObject"}]}

    released = copy_repo(tmp_path / "released")
    edit_yaml(released / "specs" / "emogg.yaml", either)
    set_manifest_version(released / "clients.toml", "emogg", "1.4.2")
    regenerate(["emogg"], root=released)
    git(released, "init", "-q")
    git(released, "add", "-A")
    git(released, "commit", "-q", "-m", "emogg 1.4.2")
    git(released, "tag", "emogg-v1.4.2")
    root = Path(shutil.copytree(released, tmp_path / "repo"))
    shutil.copy2(copy_repo(tmp_path / "now") / "specs" / "emogg.yaml", root / "specs" / "emogg.yaml")
    result = gate_after(run, root)
    refused_as_breaking(result, "Emogg.sessions.get: return annotation changed: ExpandedObject | Session -> Session")


def test_a_renamed_import_package_needs_a_major_bump(tmp_path: Path, run: CommandLine, emogg_release: Released) -> None:
    """Every `import emogg_sessions_client` breaks, though each name inside is the same."""
    root = emogg_release(tmp_path / "repo", "1.4.2")
    manifest = root / "clients.toml"
    manifest.write_text(manifest.read_text().replace('package = "emogg_sessions_client"', 'package = "emogg_client"'))
    code, _, err = gate_after(run, root)
    assert code == 1
    assert "(it proposes 2.0.0)" in err
    assert "  breaking: emogg_sessions_client: the import package was renamed to emogg_client\n" in err


def test_an_added_optional_parameter_needs_only_a_minor_bump(
    tmp_path: Path, run: CommandLine, emogg_release: Released
) -> None:
    root = emogg_release(tmp_path / "repo", "1.4.2")
    code, _, err = gate_after(run, root, add_query_parameter(required=False))
    assert code == 1
    assert "an API addition bumps the minor version (>= 1.5.0); run `nox -s bump -- emogg` (it proposes 1.5.0)" in err
    assert "  breaking:" not in err
    assert "  changed: Emogg.sessions.get: (session_id: str, *, timeout: " in err
    assert "-> (session_id: str, *, region: str | Unset = UNSET, timeout: " in err

    code, out, err = run(bump.main, "emogg", root=root)
    assert code == 0, err
    assert "emogg: 1.4.2 -> 1.5.0" in out
    snapshot = (root / "signatures" / "emogg.txt").read_text()  # the new face, in the same diff as the version
    assert "\nEmogg.sessions.get(session_id: str, *, region: str | Unset = UNSET, timeout: " in snapshot
