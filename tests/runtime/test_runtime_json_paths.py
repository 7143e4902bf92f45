"""The two JSON decoders behind every client: msgspec's (the `speed` extra) and the standard library's.

Both give the same value for every input, or the same DecodeError: the compiled one only reads what the standard
library reads the same way, and whatever it refuses is decided by the standard library.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

PACKAGES = [
    "streamelements_sessions_client",
    "livepeer_sessions_client",
    "emogg_sessions_client",
    "cloudflare_realtimekit_sessions_client",
]
PATHS = ["compiled", "stdlib"]


def types_of(package: str) -> ModuleType:
    return importlib.import_module(f"{package}.types")


@pytest.fixture(params=PACKAGES)
def types(request: pytest.FixtureRequest) -> Iterator[ModuleType]:
    module = types_of(request.param)
    saved = module._compiled
    yield module
    module._compiled = saved


def decoder(types: ModuleType, path: str) -> Callable[[bytes], Any]:
    """decode_json on one path only: the compiled decoder first (as installed), or the standard library alone."""
    types._compiled = msgspec.json.decode if path == "compiled" else None
    return types.decode_json  # type: ignore[no-any-return]


def test_with_the_extra_installed_the_compiled_decoder_reads_the_body(types: ModuleType) -> None:
    calls: list[bytes] = []

    def spy(content: bytes) -> Any:
        calls.append(content)
        return msgspec.json.decode(content)

    types._compiled = spy
    assert types.decode_json(b'{"a": [1, 2.5, "x"]}') == {"a": [1, 2.5, "x"]}
    assert calls == [b'{"a": [1, 2.5, "x"]}']


def test_without_the_extra_the_standard_library_decodes(types: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, "msgspec.json", None)  # `import msgspec.json` fails
    types._compiled = types._UNLOADED
    assert types.decode_json(b'{"a": 1}') == {"a": 1}
    assert types._compiled is None


@pytest.mark.parametrize("path", PATHS)
def test_integers_beyond_64_bits_stay_exact(types: ModuleType, path: str) -> None:
    value = decoder(types, path)(b'{"n": 123456789012345678901234567890, "m": -18446744073709551617}')
    assert value == {"n": 123456789012345678901234567890, "m": -18446744073709551617}
    assert all(type(v) is int for v in value.values())


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("body", [b"NaN", b"[Infinity]", b'{"a": -Infinity}', b"1e400", b'{"amount": -1E400}'])
def test_numbers_json_cannot_hold_are_a_decode_error(types: ModuleType, path: str, body: bytes) -> None:
    errors = importlib.import_module(types.__name__.replace(".types", ".errors"))
    with pytest.raises(errors.DecodeError, match="not finite"):
        decoder(types, path)(body)


@pytest.mark.parametrize("path", PATHS)
def test_a_byte_order_mark_is_read_as_the_standard_library_reads_it(types: ModuleType, path: str) -> None:
    assert decoder(types, path)(b'\xef\xbb\xbf{"a": 1}') == json.loads(b'\xef\xbb\xbf{"a": 1}') == {"a": 1}


@pytest.mark.parametrize("path", PATHS)
def test_a_lone_surrogate_is_kept_as_the_standard_library_keeps_it(types: ModuleType, path: str) -> None:
    assert decoder(types, path)(b'{"name": "\\ud800x"}') == {"name": "\ud800x"}


@pytest.mark.parametrize("path", PATHS)
def test_a_big_integer_after_a_byte_order_mark_stays_exact(types: ModuleType, path: str) -> None:
    value = decoder(types, path)(b'\xef\xbb\xbf{"n": 123456789012345678901234567890}')
    assert value == {"n": 123456789012345678901234567890} and type(value["n"]) is int


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_a_body_in_another_unicode_encoding_is_read_as_the_standard_library_reads_it(
    types: ModuleType, path: str, encoding: str
) -> None:
    body = '{"name": "Zoë", "n": 18446744073709551617}'.encode(encoding)
    assert decoder(types, path)(body) == json.loads(body) == {"name": "Zoë", "n": 18446744073709551617}


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("body", [b'"\xed\xa0\x80"', b'{"name": "\xed\xb0\x80x"}'])
def test_an_encoded_lone_surrogate_is_read_as_the_standard_library_reads_it(
    types: ModuleType, path: str, body: bytes
) -> None:
    """Not UTF-8, yet json.loads reads it (it decodes bytes with surrogatepass); msgspec refuses it, so the
    standard library decides on both paths."""
    value = decoder(types, path)(body)
    assert value == json.loads(body) and value in ("\ud800", {"name": "\udc00x"})


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("body", [b'"\xc3"', b'{"name": "\xe2\x82"}', b'"\x80"'])
def test_a_cut_or_stray_utf_8_byte_is_a_decode_error(types: ModuleType, path: str, body: bytes) -> None:
    errors = importlib.import_module(types.__name__.replace(".types", ".errors"))
    with pytest.raises(errors.DecodeError, match="malformed JSON"):
        decoder(types, path)(body)


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("body", [b"", b"{", b"[1,]", b'{"a": 1}x', b'"\x01"', b"\xff", b"01", b"[" * 100_000])
def test_malformed_json_is_the_same_decode_error_on_both_paths(types: ModuleType, path: str, body: bytes) -> None:
    errors = importlib.import_module(types.__name__.replace(".types", ".errors"))
    with pytest.raises(errors.DecodeError, match="malformed JSON"):
        decoder(types, path)(body)


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**100), max_value=2**100)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5),
    max_leaves=30,
)


@pytest.mark.slow  # property-based, 300 examples
@settings(max_examples=300, deadline=None)
@given(value=JSON, ensure_ascii=st.booleans())
def test_both_paths_give_the_same_value_for_any_json(value: Any, ensure_ascii: bool) -> None:
    types = types_of(PACKAGES[0])
    saved = types._compiled
    try:
        body = json.dumps(value, ensure_ascii=ensure_ascii).encode("utf-8", "surrogatepass")
        compiled, stdlib = decoder(types, "compiled")(body), decoder(types, "stdlib")(body)
    finally:
        types._compiled = saved
    # repr tells 1 from 1.0 and 0.0 from -0.0, which == does not.
    assert repr(compiled) == repr(stdlib) == repr(json.loads(body))


# -- Through a call: the body a client receives goes the same way on both paths ------------------------------------


@pytest.fixture(params=PATHS)
def streamelements_on(request: pytest.FixtureRequest) -> Iterator[str]:
    """The StreamElements client with one decoder path in force for the test."""
    types = types_of(PACKAGES[0])
    saved = types._compiled
    types._compiled = msgspec.json.decode if request.param == "compiled" else None
    yield request.param
    types._compiled = saved


def _legacy_session_call(body: bytes) -> Any:
    package = importlib.import_module(PACKAGES[0])
    operation = importlib.import_module(f"{PACKAGES[0]}.api.sessions.get_current_session")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    client = package.AuthenticatedClient(
        base_url="https://api.example/kappa/v2/", token="json-paths-token", httpx_args={"transport": transport}
    )
    with client:
        return operation.sync(client=client)


_SESSION = {
    "_id": "s",
    "_user": "u",
    "createdAt": "2017-09-09T03:29:00.139Z",
    "updatedAt": "2017-09-09T03:29:00.139Z",
    "lastReset": "2017-09-09T03:29:00Z",
    "data": {"tip-count": {"count": 3}},
}


def test_a_call_keeps_big_integers_exact_on_both_paths(streamelements_on: str) -> None:
    body = json.dumps({**_SESSION, "data": {"tip-count": {"count": 2**70}}, "extra": -(2**80)}).encode()
    session = _legacy_session_call(body)
    assert session.data.tip_count.count == 2**70 and type(session.data.tip_count.count) is int
    assert session.additional_properties == {"extra": -(2**80)}


@pytest.mark.parametrize("number", [b"NaN", b"Infinity", b"-1e400"])
def test_a_call_refuses_numbers_json_cannot_hold_on_both_paths(streamelements_on: str, number: bytes) -> None:
    errors = importlib.import_module(f"{PACKAGES[0]}.errors")
    body = json.dumps(_SESSION).encode().replace(b'{"count": 3}', b'{"count": ' + number + b"}")
    with pytest.raises(errors.DecodeError, match="not finite"):
        _legacy_session_call(body)


def test_a_call_names_the_field_that_does_not_fit_on_both_paths(streamelements_on: str) -> None:
    errors = importlib.import_module(f"{PACKAGES[0]}.errors")
    body = json.dumps({**_SESSION, "data": {"tip-count": {"count": "three"}}}).encode()
    with pytest.raises(errors.DecodeError) as caught:
        _legacy_session_call(body)
    assert caught.value.path == "data.tip-count.count"
