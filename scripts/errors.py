"""One error type for bad input, so every command can print `file:location: message` and exit non-zero."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

__all__ = ["ArgumentParser", "InputError", "InputErrors", "os_error", "print_error"]


def _display(path: object) -> str:
    """Paths inside the working directory print relative to it, as a user would type them."""
    text = str(path)
    if text.startswith("/"):
        try:
            return Path(text).relative_to(Path.cwd()).as_posix()
        except ValueError:
            return text
    return text


class InputError(Exception):
    """Bad input in a file the user controls (spec, overlay, manifest, config) or on the command line.

    `path` names the file (or "command line"); `location` says where inside it: `line 12, column 3`,
    a JSON pointer such as `#/paths/~1sessions/get`, or an overlay action such as `actions[2].target`.
    """

    def __init__(self, path: object, location: str | None, message: str) -> None:
        self.path = _display(path)
        self.location = location
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}: {self.location}" if self.location else self.path
        return f"{where}: {self.message}"


class InputErrors(InputError):
    """Several independent problems, reported together; its str is one `path: location: message` per line."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.path, first.location, first.message)

    def __str__(self) -> str:
        return "\n".join(InputError.__str__(error) for error in self.errors)


def print_error(error: Exception) -> None:
    """What every command line does with an error it caught: `error: ...` on stderr, one line per problem."""
    for line in str(error).splitlines() or [""]:
        print(f"error: {line}", file=sys.stderr)


class ArgumentParser(argparse.ArgumentParser):
    """argparse with one-line errors: `error: command line: MESSAGE` (exit status 2), never usage plus a message."""

    def error(self, message: str) -> NoReturn:
        print_error(InputError("command line", None, f"{message} (see --help)"))
        sys.exit(2)


def os_error(error: OSError) -> InputError:
    """An OS error (missing file, directory given for a file, no permission) as one line naming the file."""
    return InputError(error.filename or "file system", None, error.strerror or str(error))
