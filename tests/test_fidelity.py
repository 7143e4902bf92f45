"""`nox -s fidelity` (scripts/fidelity.py, scripts/vendor_docs.py): every client operation held against the vendor's
own document. The whole check runs here too, in-process (no Node.js, no Prism), on every `nox -s tests`.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from scripts import fidelity
from scripts.fidelity import Judged, check_client, main
from scripts.vendor_docs import Document, as_json_schema, instances
from tests.shared import shared_folder

# --- reading a vendor's document ------------------------------------------------------------------------------------


def test_openapi_3_0_nullable_becomes_a_json_schema_type_list_and_enums_gain_null() -> None:
    assert as_json_schema({"type": "string", "nullable": True}) == {"type": ["string", "null"]}
    assert as_json_schema({"type": "string", "enum": ["A"], "nullable": True}) == {
        "type": ["string", "null"],
        "enum": ["A", None],
    }
    assert as_json_schema({"$ref": "#/x", "nullable": True}) == {"anyOf": [{"$ref": "#/x"}, {"type": "null"}]}
    assert as_json_schema({"type": "string", "nullable": False}) == {"type": "string"}


def test_openapi_3_0_boolean_exclusive_bounds_become_numbers() -> None:
    assert as_json_schema({"type": "number", "minimum": 5, "exclusiveMinimum": True}) == {
        "type": "number",
        "exclusiveMinimum": 5,
    }
    assert as_json_schema({"type": "number", "maximum": 5, "exclusiveMaximum": False}) == {
        "type": "number",
        "maximum": 5,
    }


SMALL = as_json_schema(
    {
        "paths": {},
        "components": {
            "schemas": {
                "Event": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string", "example": "e-1"},
                        "session_id": {"type": "string", "nullable": True},
                        "minutes": {"type": "number"},
                        "kind": {"type": "string", "enum": ["A", "B"]},
                        "gop": {"type": "string", "example": 2},
                    },
                }
            }
        },
    }
)


def test_bodies_are_built_with_every_property_with_the_required_only_and_with_nulls() -> None:
    built = instances(Document("small", SMALL), "/components/schemas/Event")
    assert built == {
        "full": {"id": "e-1", "session_id": "xxxxxx", "minutes": 0.5, "kind": "A", "gop": "xxxxxx"},
        "absent": {"id": "e-1"},
        "null": {"id": "e-1", "session_id": None, "minutes": 0.5, "kind": "A", "gop": "xxxxxx"},
    }
    document = Document("small", SMALL)
    assert all(document.errors("/components/schemas/Event", body) == [] for body in built.values())


def test_a_vendor_example_that_breaks_its_own_schema_is_not_used() -> None:
    # Livepeer's `gop: 2` under `type: string`: the built body must stay valid for the vendor.
    assert instances(Document("small", SMALL), "/components/schemas/Event")["full"]["gop"] == "xxxxxx"


# --- the whole check --------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_every_operation_is_clean_or_allowed_by_a_named_judgement(capsys: pytest.CaptureFixture[str]) -> None:
    folder = shared_folder("vendor-specs")
    assert main(["--vendor-specs", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    reports = [line for line in lines if line.split(" ", 1)[0] in {"clean", "allowed", "FAIL"}]
    assert len(reports) == 35  # 7 StreamElements, 4 Livepeer, 9 Emogg, 15 Cloudflare
    assert lines[-1] == "35 operations: 30 clean, 5 allowed by named judgements, 0 failing"
    allowed = [line for line in lines if line.startswith("allowed")]
    named = {line.split(": ", 1)[0].removeprefix("          by ") for line in lines if line.startswith("          by ")}
    assert len(allowed) == len(named) or len(named) <= len(allowed)
    assert any("cloudflare-list-envelopes-required" in n for n in named)
    assert any("createPoll" in line and line.startswith("clean") for line in lines)


@pytest.mark.slow
def test_an_api_without_a_vendor_document_is_noted_not_checked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As for a fifth API whose vendor publishes no document: only livepeer has one here.
    monkeypatch.setattr(fidelity, "VENDOR_FILES", {"livepeer": "livepeer.yaml"})
    assert main(["--vendor-specs", str(shared_folder("vendor-specs"))]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "note    emogg: not checked, no vendor document (" + fidelity.WHERE_NAMED + ")" in lines
    assert lines[-1].startswith("4 operations:")


def test_naming_an_api_without_a_vendor_document_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fidelity, "VENDOR_FILES", {"livepeer": "livepeer.yaml"})
    assert main(["emogg"]) == 1
    assert capsys.readouterr().err == f"error: command line: no vendor document for 'emogg' ({fidelity.WHERE_NAMED})\n"


def vendor_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "vendor-specs"
    shutil.copytree(shared_folder("vendor-specs"), folder)
    return folder


def edit_cloudflare(folder: Path, edit: Any) -> None:
    path = folder / "cloudflare-realtimekit.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    edit(document)
    path.write_text(json.dumps(document), encoding="utf-8")


def outcome(reports: list[fidelity.OperationReport], operation_id: str) -> fidelity.OperationReport:
    (found,) = [r for r in reports if r.operation_id == operation_id]
    return found


@pytest.mark.slow
def test_a_nullable_field_the_client_cannot_read_fails_the_operations_that_return_it(tmp_path: Path) -> None:
    folder = vendor_copy(tmp_path)
    edit_cloudflare(
        folder,
        lambda d: d["components"]["schemas"]["realtimekit_PeerEvent"]["properties"]["peer_id"].update(nullable=True),
    )
    reports, problems = check_client("cloudflare-realtimekit", folder)
    assert problems == []
    for operation_id in ("listSessionParticipants", "getSessionParticipant", "getPeerReport"):
        report = outcome(reports, operation_id)
        assert report.outcome == "FAIL"
        assert any("peer_events[0].peer_id" in finding and "null" in finding for finding in report.judged)
    assert outcome(reports, "getSession").outcome == "clean"


@pytest.mark.slow
def test_a_request_the_vendor_refuses_fails_its_operation(tmp_path: Path) -> None:
    folder = vendor_copy(tmp_path)
    path = "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/poll"

    def require_a_third_property(document: dict[str, Any]) -> None:
        body = document["components"]["requestBodies"]["realtimekit_CreatePollBody"]["content"]["application/json"]
        body["schema"]["required"].append("anonymous")

    edit_cloudflare(folder, require_a_third_property)
    reports, _ = check_client("cloudflare-realtimekit", folder)
    report = outcome(reports, "createPoll")
    assert report.outcome == "FAIL"
    assert any("'anonymous' is a required property" in finding for finding in report.judged), path


@pytest.mark.slow
def test_an_error_status_the_vendor_documents_is_checked_for_its_class_and_raw_body(tmp_path: Path) -> None:
    folder = vendor_copy(tmp_path)
    edit_cloudflare(
        folder,
        lambda d: d["paths"]["/accounts/{account_id}/realtime/kit/{app_id}/sessions"]["get"]["responses"].update(
            {"429": {"description": "Too Many Requests"}}
        ),
    )
    reports, _ = check_client("cloudflare-realtimekit", folder)
    report = outcome(reports, "listSessions")
    assert report.counts["errors"] == 1
    assert report.outcome == "allowed", report.judged  # RateLimitError with the body kept: nothing new to allow


@pytest.mark.slow
def test_a_judgement_that_allows_nothing_or_is_not_recorded_fails_the_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = shared_folder("vendor-specs")
    stale = Judged("emogg", "emogg-required-fields", ("getSession",), {"/info": {"title": "changed"}})
    unknown = Judged("emogg", "emogg-no-such-judgement", ("getSession",), {"/info": {"title": "changed"}})
    monkeypatch.setattr(fidelity, "JUDGED", (*fidelity.JUDGED, stale, unknown))
    assert main(["emogg", "--vendor-specs", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "judgement `emogg-required-fields` allows nothing any more" in out
    assert "JUDGED names `emogg-no-such-judgement`, which is not an x-judgements id of the spec" in out


def test_a_missing_vendor_folder_or_an_unknown_client_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--vendor-specs", str(tmp_path / "nowhere")]) == 1
    assert main(["nosuch"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2
    assert "nowhere: no such folder" in err[0]
    assert "unknown client 'nosuch'" in err[1]
