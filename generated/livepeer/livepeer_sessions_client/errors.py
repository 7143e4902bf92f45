"""Every error this client raises, in one tree. Nothing from httpx or json leaks out of a call.

    APIError                          the base: catch it to catch everything below
    ├── APIConnectionError            no response arrived (DNS, refused, reset), after the retries
    │   └── APITimeoutError           the request timed out (or its deadline passed), after the retries
    ├── ClientClosedError             a call on a closed client (also a RuntimeError, as httpx raised)
    ├── PageLimitError                a list longer than its max_pages (the default cap); says how to raise it
    ├── DecodeError                   a response body that does not fit the schema; .path names the field
    └── APIStatusError                a non-2xx response; .status_code, .headers, .body, .parsed, .response
        ├── BadRequestError           400
        ├── AuthenticationError       401
        ├── PermissionDeniedError     403
        ├── NotFoundError             404
        │   └── NotFoundOnRetryError  404 on a DELETE retried after a lost answer: it may be deleted already
        ├── ConflictError             409
        ├── UnprocessableEntityError  422
        ├── RateLimitError            429
        └── InternalServerError       500 and above

Messages carry at most a bounded excerpt of a body, never all of it, and never the client's token (nor its
JSON-escaped or URL-encoded forms). A token shorter than SHORT_SECRET characters is masked only where it stands
whole (not inside a longer word: a token "t" must not mask every t of a message).

Every error pickles and copies (to cross a process pool, say). A pickled or copied error carries its class, its
message (already redacted), `status_code`, and a DecodeError's `path` and `reason`; not the live `response`,
`request`, `headers`, `body` or `parsed` (None after the round trip): those may echo the token.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote, quote_plus

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "DecodeError",
    "InternalServerError",
    "NotFoundError",
    "NotFoundOnRetryError",
    "PageLimitError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "body_excerpt",
    "redact_text",
    "status_error",
]

# How much of a body an error message may quote.
EXCERPT_CHARS: Final = 200
REDACTED: Final = "[REDACTED]"
# A secret shorter than this is masked only as a whole word (see the module's docstring).
SHORT_SECRET: Final = 8
# The key in a response's `extensions` that marks a 404 to a DELETE retried after a lost answer (see client.py).
RETRIED_DELETE: Final = "sessions_clients.retried_delete"


class APIError(Exception):
    """The base of every error this client raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # A pickle or a copy keeps the (redacted) message and what `_portable` gives: nothing that can hold
        # the token. The default reduce would call __init__ without its keyword arguments, and fail.
        return _restore, (type(self), str(self), self._portable())

    def _portable(self) -> dict[str, Any]:
        return {}


def _restore(cls: type[APIError], message: str, state: dict[str, Any]) -> APIError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    if isinstance(error, DecodeError):
        error._restored = message
    return error


class ClientClosedError(APIError, RuntimeError):
    """A call on a client after `close()` or the end of its `with` block: a closed client does not reopen."""


class PageLimitError(APIError):
    """A paged list had more pages than `max_pages` (the default cap) allows: rather than end the list short in
    silence, the walk stops with this error. Pass a larger `max_pages=` to the list method (or `max_items=` to
    read only as many items as you need)."""


class APIConnectionError(APIError):
    """No response arrived: the connection failed or broke, after the client's retries."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request

    def _portable(self) -> dict[str, Any]:
        return {"request": None}


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool), after the client's retries."""


class APIStatusError(APIError):
    """The server answered with an error status.

    Attributes:
        status_code: the HTTP status.
        headers: the response headers.
        body: the raw response body.
        parsed: the error body parsed into its documented model, or None when the status is not documented
            or the body does not fit.
        response: the httpx response itself.

    After a pickle or copy only `status_code` and the message remain; the other attributes are None.
    """

    def __init__(self, message: str, *, response: httpx.Response, parsed: Any = None) -> None:
        super().__init__(message)
        self.response = response
        self.status_code: int = response.status_code
        self.headers: httpx.Headers = response.headers
        self.body: bytes = response.content
        self.parsed: Any = parsed

    def _portable(self) -> dict[str, Any]:
        return {"status_code": self.status_code, "response": None, "headers": None, "body": None, "parsed": None}


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized: the token is missing, invalid or expired."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class NotFoundOnRetryError(NotFoundError):
    """404 to a DELETE that was retried after an attempt whose answer was lost (a timeout, a broken connection,
    a 5xx): that attempt may have deleted it. Catch this to treat such a 404 as a success; as a NotFoundError it
    is still caught by `except NotFoundError`."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests."""


class InternalServerError(APIStatusError):
    """A status of 500 or above."""


_BY_STATUS: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


class DecodeError(APIError):
    """A response body that does not fit the schema: malformed JSON, a missing field, a wrong type.

    Attributes:
        path: where in the body, e.g. ``data.sessions[3].status`` (empty for the body itself).
        reason: what is wrong there, e.g. ``expected a string, got number``.
        response: the httpx response, or None when the error came from calling ``from_dict`` directly.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self._segments: list[str | int] = []
        self.response: httpx.Response | None = None
        self._excerpt = ""
        self._restored: str | None = None

    def _portable(self) -> dict[str, Any]:
        return {"reason": self.reason, "_segments": list(self._segments), "response": None, "_excerpt": ""}

    @classmethod
    def expected(cls, what: str, value: object) -> DecodeError:
        """A value of the wrong JSON type."""
        return cls(f"expected {what}, got {json_type(value)}")

    @classmethod
    def of(cls, exc: BaseException) -> DecodeError:
        """`exc`, raised while decoding, as a DecodeError (itself if it is one)."""
        if isinstance(exc, DecodeError):
            return exc
        # Only a required field's lookup can raise KeyError in the generated decoders.
        error = cls("missing required field" if isinstance(exc, KeyError) else _describe(exc))
        error.__cause__ = exc
        return error

    @classmethod
    def at(cls, segment: str | int, exc: BaseException) -> DecodeError:
        """`exc`, raised while decoding the field or item `segment`, as a DecodeError whose path starts there."""
        error = cls.of(exc)
        error._segments.insert(0, segment)
        return error

    @property
    def path(self) -> str:
        text = ""
        for segment in self._segments:
            text += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if text else segment)
        return text

    @property
    def status_code(self) -> int | None:
        return None if self.response is None else self.response.status_code

    @property
    def headers(self) -> httpx.Headers | None:
        return None if self.response is None else self.response.headers

    @property
    def body(self) -> bytes | None:
        return None if self.response is None else self.response.content

    def with_response(self, response: httpx.Response, *, redact: Iterable[str] = ()) -> DecodeError:
        """Attach the response the body came from (the client does this); returns self. The secrets in `redact`
        are masked in the reason too (a bad value may be the token), and a cause that quotes one is dropped."""
        secrets = tuple(redact)
        self.response = response
        self._excerpt = body_excerpt(response.content, redact=secrets)
        self.reason = redact_text(self.reason, secrets)
        self.args = (self.reason,)
        if self.__cause__ is not None and redact_text(str(self.__cause__), secrets) != str(self.__cause__):
            self.__cause__ = None
            self.__suppress_context__ = True
        return self

    def __str__(self) -> str:
        if self._restored is not None:
            return self._restored
        where = f"at {self.path}" if self.path else "at the top level"
        message = f"response body does not fit the schema {where}: {self.reason}"
        if self.response is not None:
            request = self.response.request
            message += f" ({self.response.status_code} from {request.method} {_url(request)}; body: {self._excerpt})"
        return message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


def status_error(response: httpx.Response, parsed: Any = None, *, redact: Iterable[str] = ()) -> APIStatusError:
    """The typed error for an error `response`, with a bounded, redacted excerpt of its body."""
    status = response.status_code
    error_class = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    request = response.request
    secrets = tuple(redact)
    reason = redact_text(response.reason_phrase or "error", secrets)
    excerpt = body_excerpt(response.content, redact=secrets)
    message = f"{status} {reason} from {request.method} {_url(request)}: {excerpt}"
    attempts = response.extensions.get(RETRIED_DELETE)
    if attempts:
        error_class = NotFoundOnRetryError
        message += f" (attempt {attempts}; an earlier attempt, whose answer was lost, may have deleted it)"
    return error_class(message, response=response, parsed=parsed)


def body_excerpt(body: bytes, *, redact: Iterable[str] = ()) -> str:
    """At most EXCERPT_CHARS characters of `body`, whitespace collapsed, every secret in `redact` masked."""
    if not body:
        return "(empty body)"
    # Decode a little more than we show: a secret cut at the boundary must still be found and masked. Masked
    # before the whitespace is collapsed too: a token holding two spaces would no longer match after.
    secrets = tuple(redact)
    decoded = redact_text(body[: EXCERPT_CHARS * 8].decode("utf-8", errors="replace"), secrets)
    text = redact_text(" ".join(decoded.split()), secrets)
    if len(text) > EXCERPT_CHARS or len(body) > EXCERPT_CHARS * 8:
        text = f"{text[:EXCERPT_CHARS]}… ({len(body)} bytes)"
    return text


def redact_text(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret masked, as sent and as a JSON string or a URL would echo it."""
    for secret in secrets:
        for form in _echoes(secret):
            if len(secret) >= SHORT_SECRET:
                text = text.replace(form, REDACTED)
            elif form in text:
                text = _whole_word(form).sub(REDACTED, text)
    return text


def _whole_word(form: str) -> re.Pattern[str]:
    """`form` where neither a letter nor a digit touches it."""
    return re.compile(rf"(?<![0-9A-Za-z]){re.escape(form)}(?![0-9A-Za-z])")


def _echoes(secret: str) -> list[str]:
    """The forms in which a server may echo a secret: longest first, so a longer form is masked whole."""
    if not secret:
        return []
    escaped = json.dumps(secret)[1:-1]
    forms = {secret, escaped, escaped.replace("/", "\\/"), quote(secret, safe=""), quote(secret), quote_plus(secret)}
    return sorted(forms, key=len, reverse=True)


def json_type(value: object) -> str:
    """The JSON name of a decoded value's type."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return f"invalid value: {text[:EXCERPT_CHARS]}"


def _url(request: httpx.Request) -> str:
    # Without the query: it may carry user data, and the path says which call failed.
    return str(request.url.copy_with(query=None))
