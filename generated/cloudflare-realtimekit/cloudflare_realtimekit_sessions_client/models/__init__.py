"""Contains all the data models used in inputs/outputs"""

from .error_envelope import ErrorEnvelope
from .list_sessions_response import ListSessionsResponse
from .response_message import ResponseMessage
from .session import Session
from .session_list import SessionList
from .session_sort_by import SessionSortBy
from .session_status import SessionStatus
from .session_type import SessionType
from .sort_order import SortOrder

__all__ = (
    "ErrorEnvelope",
    "ListSessionsResponse",
    "ResponseMessage",
    "Session",
    "SessionList",
    "SessionSortBy",
    "SessionStatus",
    "SessionType",
    "SortOrder",
)
