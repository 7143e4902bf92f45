"""Every form in which a server may echo the token is masked, for tokens made of the characters that make the
forms differ (`" \\ / + =` and spaces), wherever the echo sits in a body: at its start, in the middle, straddling
the 200th character where the excerpt is cut. A form equal to another could not fail for the form it names, so
each token's forms are checked to differ first. Unit tests of the runtime's `errors` module.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from urllib.parse import quote, quote_plus

import pytest

from runtime.errors import EXCERPT_CHARS, body_excerpt, redact_text

TOKENS = {
    "quote-and-backslash": 'sk"live\\7Hq2Zr9Xw',
    "slash-plus-equals": "c2stbGl2ZS/7Hq+2Zr9Xw==",
    "space-inside": "sk live 7Hq2 Zr9Xw/+=",
    "everything": 'a "b\\c/d+e=f g"h\\',
}

FORMS: dict[str, Callable[[str], str]] = {
    "raw": lambda token: token,
    "json-escaped": lambda token: json.dumps(token)[1:-1],
    "json-escaped, slash escaped": lambda token: json.dumps(token)[1:-1].replace("/", "\\/"),
    "url-encoded": lambda token: quote(token, safe=""),
    "url-encoded, slash kept": lambda token: quote(token),  # typical of base64 tokens in a query
    "form-encoded": quote_plus,
}

# Where the echo starts in the body: the start, the middle, and across the 200th character (the excerpt's cut).
OFFSETS = [0, 57, EXCERPT_CHARS - 12, EXCERPT_CHARS - 5, EXCERPT_CHARS - 1, EXCERPT_CHARS, EXCERPT_CHARS + 3]


def leaked(text: str, echoed: str) -> str | None:
    """A piece of the echo, 6 characters or more, found in `text` (the filler never holds one)."""
    for size in range(len(echoed), 5, -1):
        for start in range(len(echoed) - size + 1):
            if echoed[start : start + size] in text:
                return echoed[start : start + size]
    return None


@pytest.mark.parametrize("form", FORMS, ids=FORMS.keys())
def test_some_token_has_this_form_unlike_its_others_so_the_form_is_tested_for_itself(form: str) -> None:
    def alone(token: str) -> bool:
        text = FORMS[form](token)
        return all(other(token) != text for name, other in FORMS.items() if name != form)

    assert any(alone(token) for token in TOKENS.values())


@pytest.mark.parametrize("form", FORMS, ids=FORMS.keys())
@pytest.mark.parametrize("token", TOKENS.values(), ids=TOKENS.keys())
def test_a_token_echoed_in_any_form_is_masked_in_a_message(token: str, form: str) -> None:
    echoed = FORMS[form](token)
    text = redact_text(f"invalid credentials: {echoed}; retry", [token])
    assert leaked(text, echoed) is None, text
    assert "[REDACTED]" in text


@pytest.mark.parametrize("offset", OFFSETS)
@pytest.mark.parametrize("form", FORMS, ids=FORMS.keys())
@pytest.mark.parametrize("token", TOKENS.values(), ids=TOKENS.keys())
def test_a_token_echoed_in_any_form_at_any_offset_is_masked_in_the_excerpt(token: str, form: str, offset: int) -> None:
    echoed = FORMS[form](token)
    quoted = f'"{echoed}"'  # a JSON string, as a body quotes it
    body = ("x" * offset + quoted + "y" * 400).encode()
    excerpt = body_excerpt(body, redact=[token])
    assert leaked(excerpt, echoed) is None, excerpt


@pytest.mark.parametrize("token", TOKENS.values(), ids=TOKENS.keys())
def test_a_token_in_a_json_body_is_masked_as_the_body_escapes_it(token: str) -> None:
    body = json.dumps({"error": "bad token", "token": token, "echo": {"header": f"Bearer {token}"}}).encode()
    excerpt = body_excerpt(body, redact=[token])
    assert leaked(excerpt, json.dumps(token)[1:-1]) is None, excerpt


def test_a_token_whose_spaces_the_excerpt_would_collapse_is_masked_first() -> None:
    token = "sk  live  7Hq2Zr9Xw"
    excerpt = body_excerpt(f"you sent {token}, which is wrong".encode(), redact=[token])
    assert "7Hq2Zr9Xw" not in excerpt, excerpt
