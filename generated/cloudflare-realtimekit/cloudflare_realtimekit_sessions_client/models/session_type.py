from enum import StrEnum


class SessionType(StrEnum):
    LIVESTREAM = "livestream"
    MEETING = "meeting"
    PARTICIPANT = "participant"

    def __str__(self) -> str:
        return str(self.value)
