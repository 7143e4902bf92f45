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
