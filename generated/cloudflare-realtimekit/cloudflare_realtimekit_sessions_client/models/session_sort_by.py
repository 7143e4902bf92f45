from enum import StrEnum


class SessionSortBy(StrEnum):
    CREATEDAT = "createdAt"
    MINUTESCONSUMED = "minutesConsumed"

    def __str__(self) -> str:
        return str(self.value)
