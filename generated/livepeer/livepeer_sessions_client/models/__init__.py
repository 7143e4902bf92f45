"""Contains all the data models used in inputs/outputs"""

from .error_body import ErrorBody
from .session import Session
from .transcode_profile import TranscodeProfile

__all__ = (
    "ErrorBody",
    "Session",
    "TranscodeProfile",
)
