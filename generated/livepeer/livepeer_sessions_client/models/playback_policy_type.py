from enum import StrEnum
from typing import Self


class PlaybackPolicyType(StrEnum):
    """Known values are members; a value the spec does not list still parses (forward compatibility): it
    becomes an unnamed member that compares equal to its string and goes back unchanged in to_dict()."""

    JWT = "jwt"
    PUBLIC = "public"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value."""
        return self._value_ in type(self)._value2member_map_

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        # Not cached in the class: a server sending ever-new values must not grow it without bound.
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
