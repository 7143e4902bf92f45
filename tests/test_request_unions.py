"""Request bodies of every shape the generator accepts are sent exactly as declared, on an API no real client has:
the made-up rooms API of tests/fixtures/union-api (a field that is "all" or a list of ids, a name or a person, an
enum given as a plain string, a nullable field, a map of models in a request and a response, `example:` only).

Its manifest entry is added to a copy of the checkout and its client generated there with the other fixture APIs
(`fixture_checkout`, once per run; it is never committed as a client), imported, and served by the mock (in
process); every write goes through the client's facade. What the mock receives is recorded: the JSON sent is
compared with the declared JSON, and an argument of the wrong type is refused before anything reaches the mock.
"""

from __future__ import annotations

import importlib
import json
import math
from types import ModuleType
from typing import Any

import httpx
import pytest

from scripts.mock import DEFAULT_TOKEN, SyncASGITransport, create_app
from tests.fixture_apis import FixtureCheckout, fixture_in

pytestmark = pytest.mark.slow  # generates the fixture APIs' clients (`fixture_checkout`, once per run)

API = fixture_in("union-api")  # its name, package and class are read from the folder


@pytest.fixture
def package(fixture_checkout: FixtureCheckout) -> ModuleType:
    return fixture_checkout.package(API)


@pytest.fixture
def sent() -> list[Any]:
    """The JSON bodies the mock received, in order (the client is `client` below)."""
    return []


@pytest.fixture
def client(fixture_checkout: FixtureCheckout, package: ModuleType, sent: list[Any]) -> Any:
    spec = fixture_checkout.spec(API)
    inner = SyncASGITransport(create_app(spec, token=DEFAULT_TOKEN, stateful=True))

    class Recording(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.content:
                sent.append(json.loads(request.content))
            return inner.handle_request(request)

    facade = getattr(package, spec["info"]["x-python-client"])
    base_url = spec["servers"][0]["url"]  # any host: the transport is the mock, in process
    return facade(token=DEFAULT_TOKEN, base_url=base_url, httpx_args={"transport": Recording()}, max_retries=0)


# -- A union of an enum string and a list: "all" or ids ---------------------------------------------------------------


def test_kick_all_sends_the_string_all_not_its_characters(client: Any, sent: list[Any]) -> None:
    assert client.rooms.kick("r1", participants="all").kicked == 2  # the mock answers with the example
    assert sent == [{"participants": "all"}]


def test_kick_by_ids_sends_the_list_and_the_enum_member_sends_its_value(
    client: Any, package: ModuleType, sent: list[Any]
) -> None:
    client.rooms.kick("r1", participants=["p1", "p2"], reason=3)
    client.rooms.kick("r1", participants=package.models.KickParticipantsType0.ALL, reason="late")
    assert sent == [{"participants": ["p1", "p2"], "reason": 3}, {"participants": "all", "reason": "late"}]


KICK_REFUSED = [
    ({"participants": "everyone"}, TypeError, r"^participants: expected KickParticipantsType0 \| list\[str\], got str"),
    ({"participants": ["p1", 2]}, TypeError, r"^participants\[1\]: expected str, got int 2"),
    ({"participants": ("p1",)}, TypeError, r"^participants: expected .*, got tuple"),
    ({"participants": "all", "reason": 2.5}, TypeError, r"^reason: expected int \| str \| Unset, got float 2.5"),
    ({"participants": "all", "reason": True}, TypeError, r"^reason: expected .*, got bool"),
    ({"participants": ["\udc00"]}, ValueError, r"^participants\[0\]: .* lone surrogate"),
]


@pytest.mark.parametrize(("arguments", "error", "message"), KICK_REFUSED, ids=[repr(a) for a, _, _ in KICK_REFUSED])
def test_a_kick_argument_of_no_declared_type_is_refused_naming_it_before_sending(
    client: Any, sent: list[Any], arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        client.rooms.kick("r1", **arguments)
    assert sent == []


# -- Enums as plain strings, nullable fields, a string-or-model union, a map of models --------------------------------


def test_create_sends_enums_given_as_strings_nulls_models_and_maps_as_declared(
    client: Any, package: ModuleType, sent: list[Any]
) -> None:
    models = package.models
    room = client.rooms.create(
        name="Standup",
        mode="closed",
        topic=None,
        host=models.Person(name="Ada", email="ada@example.com"),
        seats={"front": models.Seat(label="Front row", capacity=3)},
    )
    client.rooms.create(name="Retro", mode=models.NewRoomMode.OPEN, topic="Weekly", host="Grace")
    assert sent == [
        {
            "name": "Standup",
            "mode": "closed",
            "topic": None,
            "host": {"name": "Ada", "email": "ada@example.com"},
            "seats": {"front": {"label": "Front row", "capacity": 3}},
        },
        {"name": "Retro", "mode": "open", "topic": "Weekly", "host": "Grace"},
    ]
    # The response's map of models comes back as models, and the stateful mock keeps what was sent.
    again = client.rooms.get(room.id)
    assert again.seats["front"] == models.Seat(label="Front row", capacity=3)
    assert again.mode == models.RoomMode.CLOSED and again.topic is None
    assert isinstance(again.host, models.Person) and again.host.name == "Ada"


CREATE_REFUSED = [
    ({"name": 123}, TypeError, r"^name: expected str, got int 123"),
    ({"mode": "ajar"}, TypeError, r"^mode: expected NewRoomMode, got str 'ajar'"),
    ({"topic": 7}, TypeError, r"^topic: expected .*str.*, got int"),
    ({"host": {"name": "Ada"}}, TypeError, r"^host: expected .*Person.*, got dict"),
    ({"seats": {"front": {"label": "x"}}}, TypeError, r"^seats\.front: expected Seat, got dict"),
    ({"seats": {"front": "x"}}, TypeError, r"^seats\.front: expected Seat, got str"),
    ({"topic": "\ud800"}, ValueError, r"^topic: .* lone surrogate"),
]


@pytest.mark.parametrize(("changes", "error", "message"), CREATE_REFUSED, ids=[repr(c) for c, _, _ in CREATE_REFUSED])
def test_a_create_argument_of_no_declared_type_is_refused_naming_it_before_sending(
    client: Any, sent: list[Any], changes: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        client.rooms.create(**{"name": "Standup", "mode": "open", **changes})
    assert sent == []


def test_a_value_json_cannot_hold_in_a_model_argument_is_a_value_error_naming_its_path(
    client: Any, package: ModuleType, sent: list[Any]
) -> None:
    person = package.models.Person(name="Ada", additional_properties={"score": math.inf})
    with pytest.raises(ValueError, match=r"^host\.score: inf is not a finite number"):
        client.rooms.create(name="Standup", mode="open", host=person)
    with pytest.raises(ValueError, match=r"^host\.badge: object .* is no JSON value"):
        client.rooms.create(
            name="Standup",
            mode="open",
            host=package.models.Person(name="Ada", additional_properties={"badge": object()}),
        )
    assert sent == []


def test_a_whole_float_in_a_union_holding_an_integer_reads_as_that_integer_as_a_plain_integer_field_does(
    package: ModuleType,
) -> None:
    """JSON Schema counts 1.0 as an integer, and servers written in JavaScript send it so."""
    models, errors = (
        importlib.import_module(f"{package.__name__}.models"),
        importlib.import_module(f"{package.__name__}.errors"),
    )
    kick = models.Kick.from_dict({"participants": "all", "reason": 3.0})
    assert kick.reason == 3 and type(kick.reason) is int
    assert models.Kick.from_dict({"participants": "all", "reason": "late"}).reason == "late"
    with pytest.raises(errors.DecodeError, match="reason"):
        models.Kick.from_dict({"participants": "all", "reason": 3.5})
