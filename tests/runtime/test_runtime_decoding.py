"""Decoding responses: what the spec does not foresee is kept; what breaks the schema is a DecodeError with a path.

Every body starts from the client's own documented example and changes one thing. Date-times compare as
instants: the client writes them back in Python's ISO 8601 form.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.runtime.harness import CASES, Case, answer, at, call, dotted, make_client, replaced
from tests.support import same_json

UNKNOWN = "value-from-the-future"


def parse(case: Case, body: Any) -> Any:
    return call(case.operation, make_client(case.package, answer(200, body)))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_an_unlisted_enum_value_parses_and_round_trips(case: Case) -> None:
    body = replaced(case.example(), case.open_value, UNKNOWN)
    result = parse(case, body)
    assert at(result.to_dict(), case.open_value) == UNKNOWN
    assert list(same_json(result.to_dict(), body)) == []


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_unknown_fields_are_kept_at_the_top_and_nested(case: Case) -> None:
    body = case.example()
    body["fieldFromTheFuture"] = {"any": ["shape"]}
    at(body, case.nested_model)["nestedFromTheFuture"] = 7
    result = parse(case, body)
    assert result.additional_properties == {"fieldFromTheFuture": {"any": ["shape"]}}
    assert list(same_json(result.to_dict(), body)) == []


NULLABLE = [(case, path) for case in CASES for path in case.nullable]


@pytest.mark.parametrize(("case", "path"), NULLABLE, ids=[f"{c.id}:{dotted(p)}" for c, p in NULLABLE])
def test_null_where_nullable_is_kept(case: Case, path: tuple[str | int, ...]) -> None:
    body = replaced(case.example(), path, None)
    assert at(parse(case, body).to_dict(), path) is None


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_a_missing_optional_field_stays_missing(case: Case) -> None:
    body = replaced(case.example(), case.optional, delete=True)
    as_dict = parse(case, body).to_dict()
    assert case.optional[-1] not in at(as_dict, case.optional[:-1])
    assert list(same_json(as_dict, body)) == []


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_an_unknown_field_in_place_of_a_missing_optional_one_is_kept(case: Case) -> None:
    """As many keys as the model knows fields, yet one unknown: it is still kept, and the optional one missing."""
    body = replaced(case.example(), case.optional, delete=True)
    at(body, case.optional[:-1])["fieldFromTheFuture"] = 1
    as_dict = parse(case, body).to_dict()
    assert at(as_dict, case.optional[:-1])["fieldFromTheFuture"] == 1
    assert case.optional[-1] not in at(as_dict, case.optional[:-1])
    assert list(same_json(as_dict, body)) == []


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_a_missing_required_field_names_its_path(case: Case) -> None:
    body = replaced(case.example(), case.required, delete=True)
    with pytest.raises(case.errors.DecodeError) as caught:
        parse(case, body)
    assert caught.value.path == dotted(case.required)
    assert caught.value.reason == "missing required field"
    assert caught.value.status_code == 200
    assert f"at {dotted(case.required)}: missing required field" in str(caught.value)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_a_wrong_type_names_its_path(case: Case) -> None:
    path, value = case.wrong_type
    with pytest.raises(case.errors.DecodeError) as caught:
        parse(case, replaced(case.example(), path, value))
    assert caught.value.path == dotted(path)
    assert caught.value.reason.startswith("expected ")
    assert caught.value.body is not None


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_null_in_an_object_field_is_a_decode_error(case: Case) -> None:
    with pytest.raises(case.errors.DecodeError) as caught:
        parse(case, replaced(case.example(), case.nested_model, None))
    assert caught.value.path == dotted(case.nested_model)
    assert caught.value.reason == "expected an object, got null"


def test_the_path_reaches_into_lists_of_models() -> None:
    case = next(c for c in CASES if c.client == "cloudflare-realtimekit")
    body = case.example()
    sessions = body["data"]["sessions"]
    sessions.extend([dict(sessions[0]) for _ in range(3)])
    sessions[3]["status"] = 404
    with pytest.raises(case.errors.DecodeError) as caught:
        parse(case, body)
    assert caught.value.path == "data.sessions[3].status"


def test_known_enum_values_stay_typed_and_unknown_ones_say_so() -> None:
    from cloudflare_realtimekit_sessions_client.models import SessionStatus

    case = next(c for c in CASES if c.client == "cloudflare-realtimekit")
    body = case.example()
    sessions = body["data"]["sessions"]
    sessions.append({**sessions[0], "status": "PAUSED"})
    known, unknown = parse(case, body).data.sessions
    assert known.status is SessionStatus.LIVE
    assert known.status.is_known
    assert isinstance(unknown.status, SessionStatus)
    assert unknown.status == "PAUSED"
    assert not unknown.status.is_known


def test_every_emogg_open_set_takes_a_value_from_the_future() -> None:
    # Beside tests/test_specs.py::test_emogg_undocumented_enums_are_open_sets: the generated client agrees.
    case = next(c for c in CASES if c.client == "emogg")
    body = case.example()
    body.update(type=UNKNOWN, state=UNKNOWN)
    body["meta"]["workerState"] = UNKNOWN
    body["sources"] = [{**source, "type": UNKNOWN, "device": UNKNOWN} for source in body["sources"]]
    written = parse(case, body).to_dict()  # a closed enum would have raised DecodeError
    assert (written["type"], written["state"], written["meta"]["workerState"]) == (UNKNOWN, UNKNOWN, UNKNOWN)
    assert {(s["type"], s["device"]) for s in written["sources"]} == {(UNKNOWN, UNKNOWN)}
    assert list(same_json(written, body)) == []
