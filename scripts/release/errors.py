"""The release steps' own failure: a refusal or a failed tool, with a message meant for the maintainer."""

from __future__ import annotations

__all__ = ["ReleaseError"]


class ReleaseError(Exception):
    """A release step refused or failed; the message says why and what to do."""
