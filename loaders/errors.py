"""Error type raised by every loader: one message naming file, row, column and problem."""


class DataError(ValueError):
    """A data file is missing, unreadable or invalid; the message says where and why."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]
