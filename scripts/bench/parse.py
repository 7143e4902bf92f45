"""Row 3: parsing the 12 KB session payload into the generated models, vs pydantic v2 and vs msgspec (the floor).

The pydantic and msgspec models below exist only here. They are equivalent to the generated StreamElements
models: same fields, same required/optional split, timestamps parsed to `datetime`, hyphenated and
underscored keys through aliases; like the generated models, the pydantic ones keep unknown fields
(`extra="allow"`); msgspec has no such mode and ignores them. `SessionData` is built from the spec's
property table so that the three stay in step with the spec.

Fairness: every side starts from bytes. The generated side runs what a call's `_parse` runs: with the `speed`
extra, `decode_typed` (msgspec reads the body into Structs shaped like the models, which copy them; see the
client's `_typed.py`); without it, `decode_json` then `from_dict`.
"""

from __future__ import annotations

import datetime
import importlib
import json
from collections.abc import Callable
from types import GenericAlias
from typing import Any

import msgspec
from pydantic import BaseModel, ConfigDict, Field, create_model

from scripts.bench._extra import without_the_speed_extra
from scripts.bench._stats import Goal, Row, interleave, per_call, summarize
from scripts.bench.payload import RECENT_ITEMS, payload_bytes
from scripts.sources import resolved_spec

__all__ = ["parsers", "run"]

_PACKAGE = "streamelements_sessions_client"


class _Pydantic(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class PAmountValue(_Pydantic):
    amount: float


class PCountValue(_Pydantic):
    count: int


class PTopDonation(_Pydantic):
    amount: float
    name: str


class PLatestDonation(_Pydantic):
    message: str | None = None
    amount: float
    name: str


class PLatestHost(_Pydantic):
    amount: float | None = None
    name: str


class PLatestSubscriber(_Pydantic):
    message: str | None = None
    tier: str | None = None
    amount: float | None = None
    name: str


class PLatestFollower(_Pydantic):
    name: str


class PRecentTip(_Pydantic):
    id: str | None = Field(default=None, alias="_id")
    amount: float
    name: str


class PRecentFollower(_Pydantic):
    created_at: datetime.datetime | None = Field(default=None, alias="createdAt")
    name: str


class PRecentEvent(_Pydantic):
    id: str | None = Field(default=None, alias="_id")
    name: str | None = None
    amount: float | None = None
    created_at: datetime.datetime | None = Field(default=None, alias="createdAt")


class MAmountValue(msgspec.Struct):
    amount: float


class MCountValue(msgspec.Struct):
    count: int


class MTopDonation(msgspec.Struct):
    amount: float
    name: str


class MLatestDonation(msgspec.Struct):
    amount: float
    name: str
    message: str | None = None


class MLatestHost(msgspec.Struct):
    name: str
    amount: float | None = None


class MLatestSubscriber(msgspec.Struct):
    name: str
    message: str | None = None
    tier: str | None = None
    amount: float | None = None


class MLatestFollower(msgspec.Struct):
    name: str


class MRecentTip(msgspec.Struct):
    amount: float
    name: str
    id: str | None = msgspec.field(default=None, name="_id")


class MRecentFollower(msgspec.Struct):
    name: str
    created_at: datetime.datetime | None = msgspec.field(default=None, name="createdAt")


class MRecentEvent(msgspec.Struct):
    id: str | None = msgspec.field(default=None, name="_id")
    name: str | None = None
    amount: float | None = None
    created_at: datetime.datetime | None = msgspec.field(default=None, name="createdAt")


# Spec schema name -> (pydantic model, msgspec struct). A shape the spec gains must be added here.
_SHAPES: dict[str, tuple[type[BaseModel], type[msgspec.Struct]]] = {
    "AmountValue": (PAmountValue, MAmountValue),
    "CountValue": (PCountValue, MCountValue),
    "TopDonation": (PTopDonation, MTopDonation),
    "LatestDonation": (PLatestDonation, MLatestDonation),
    "LatestHost": (PLatestHost, MLatestHost),
    "LatestSubscriber": (PLatestSubscriber, MLatestSubscriber),
    "LatestFollower": (PLatestFollower, MLatestFollower),
    "RecentTip": (PRecentTip, MRecentTip),
    "RecentFollower": (PRecentFollower, MRecentFollower),
    "RecentEvent": (PRecentEvent, MRecentEvent),
}


def _session_data_fields(spec: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(key, schema name, is a list) for every property of LegacySessionData (the v1 session's counters, the
    payload's shape), all optional in the spec."""
    fields = []
    for key, schema in spec["components"]["schemas"]["LegacySessionData"]["properties"].items():
        is_list = schema.get("type") == "array"
        ref = (schema["items"] if is_list else schema)["$ref"]
        fields.append((key, ref.rsplit("/", 1)[-1], is_list))
    return fields


def _typed(tp: Any, is_list: bool) -> Any:
    # Built at run time from the spec's table; GenericAlias is `list[tp]` without a static type argument.
    return (GenericAlias(list, (tp,)) if is_list else tp) | None


def _models(spec: dict[str, Any]) -> tuple[type[BaseModel], type[msgspec.Struct]]:
    table = _session_data_fields(spec)
    p_fields: dict[str, Any] = {}
    m_fields: list[tuple[str, Any, Any]] = []
    for key, shape, is_list in table:
        attribute = key.replace("-", "_")
        p_model, m_struct = _SHAPES[shape]
        p_fields[attribute] = (_typed(p_model, is_list), Field(default=None, alias=key))
        m_fields.append((attribute, _typed(m_struct, is_list), msgspec.field(default=None, name=key)))
    p_data: type[BaseModel] = create_model("PSessionData", __base__=_Pydantic, **p_fields)
    m_data = msgspec.defstruct("MSessionData", m_fields)

    p_session: type[BaseModel] = create_model(
        "PSession",
        __base__=_Pydantic,
        id=(str, Field(alias="_id")),
        user=(str, Field(alias="_user")),
        created_at=(datetime.datetime, Field(alias="createdAt")),
        updated_at=(datetime.datetime, Field(alias="updatedAt")),
        last_reset=(datetime.datetime, Field(alias="lastReset")),
        data=(p_data, ...),
    )
    m_session = msgspec.defstruct(
        "MSession",
        [
            ("id", str, msgspec.field(name="_id")),
            ("user", str, msgspec.field(name="_user")),
            ("created_at", datetime.datetime, msgspec.field(name="createdAt")),
            ("updated_at", datetime.datetime, msgspec.field(name="updatedAt")),
            ("last_reset", datetime.datetime, msgspec.field(name="lastReset")),
            ("data", m_data),
        ],
    )
    return p_session, m_session


def parsers(raw: bytes) -> dict[str, Callable[[], Any]]:
    """The ways to turn `raw` into typed objects, by name: generated (through the client's own JSON decoding,
    with and without its `speed` extra), pydantic, msgspec from bytes; and the generated models and pydantic from
    an already decoded dict (the models' own share of the work)."""
    models: Any = importlib.import_module(f"{_PACKAGE}.models")  # not type-checked with scripts/
    types: Any = importlib.import_module(f"{_PACKAGE}.types")
    session_type = models.LegacySession
    p_session, m_session = _models(resolved_spec("streamelements"))
    decoder = msgspec.json.Decoder(m_session)
    decoded = json.loads(raw)
    types.decode_json(raw)  # a process's first body goes the standard library's way (types._compiled_decoder)
    if types._compiled_decoder() is None:
        raise AssertionError("msgspec (the clients' speed extra) is not importable here")

    def stdlib_only() -> Any:
        with without_the_speed_extra(_PACKAGE):
            return session_type.from_dict(types.decode_json(raw))

    if types.decode_typed(raw, session_type) is None:
        raise AssertionError("the payload does not take the speed extra's typed path (see _typed.py)")

    def generated() -> Any:
        # What a call's _parse does: msgspec straight into the models, from_dict for a body that does not fit.
        session = types.decode_typed(raw, session_type)
        return session_type.from_dict(types.decode_json(raw)) if session is None else session

    return {
        "generated": generated,
        "generated, stdlib json": stdlib_only,
        "pydantic": lambda: p_session.model_validate_json(raw),
        "msgspec": lambda: decoder.decode(raw),
        "generated, dict in": lambda: session_type.from_dict(decoded),
        "pydantic, dict in": lambda: p_session.model_validate(decoded),
    }


def _check(results: dict[str, Any]) -> None:
    """Every contender parsed the payload into the same shape (not a benchmark of different work)."""
    for name, session in results.items():
        tips = session.data.tip_recent
        when = session.data.follower_recent[-1].created_at
        if len(tips) != RECENT_ITEMS or not isinstance(when, datetime.datetime):
            raise AssertionError(f"{name}: parsed {len(tips)} tips and a {type(when).__name__} timestamp")


def run(quick: bool) -> list[Row]:
    raw = payload_bytes()
    contenders = parsers(raw)
    _check({name: parse() for name, parse in contenders.items()})
    rounds = 7 if quick else 21
    timed = {name: per_call(parse, budget=0.01 if quick else 0.03) for name, parse in contenders.items()}
    results = interleave(rounds, timed)
    size = f"{len(raw) / 1000:.1f} KB"
    return [
        Row(
            benchmark="parse",
            title=f"parse {size} session",
            candidate="decode_typed, speed extra",
            baseline="pydantic model_validate_json",
            unit="µs",
            goal=Goal("<=", 0.30),
            summary=summarize(results["generated"], results["pydantic"]),
            rounds=rounds,
            note="bytes in on every side; with the `speed` extra, msgspec reads the body into Structs the models copy",
        ),
        Row(
            benchmark="parse",
            title=f"parse {size} session, no extra",
            candidate="from_dict(decode_json), stdlib",
            baseline="pydantic model_validate_json",
            unit="µs",
            summary=summarize(results["generated, stdlib json"], results["pydantic"]),
            rounds=rounds,
            note="without the `speed` extra the standard library decodes",
        ),
        Row(
            benchmark="parse",
            title=f"parse {size} session (floor)",
            candidate="decode_typed, speed extra",
            baseline="msgspec Decoder.decode",
            unit="µs",
            summary=summarize(results["generated"], results["msgspec"]),
            rounds=rounds,
        ),
        Row(
            benchmark="parse",
            title=f"parse {size} session, dict in",
            candidate="from_dict(dict)",
            baseline="pydantic model_validate(dict)",
            unit="µs",
            summary=summarize(results["generated, dict in"], results["pydantic, dict in"]),
            rounds=rounds,
            note="the models' own share: JSON already decoded on both sides",
        ),
    ]
