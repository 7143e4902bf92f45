"""Contains all the data models used in inputs/outputs"""

from .session import Session
from .session_config import SessionConfig
from .session_meta import SessionMeta
from .session_source import SessionSource

__all__ = (
    "Session",
    "SessionConfig",
    "SessionMeta",
    "SessionSource",
)
