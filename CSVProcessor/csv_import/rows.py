"""The row types of the CLI: a record read from the file, then a Person or a Reject."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Row:
    """A record as read: its first physical line, the mapped name and email, all its fields."""

    line: int
    full_name: str
    email: str
    fields: list[str]
    error: str | None = None  # a reason code when the record could not be read whole


@dataclass(frozen=True, slots=True)
class Person:
    """A valid, normalized row, ready to enqueue."""

    line: int
    full_name: str
    email: str


@dataclass(frozen=True, slots=True)
class Reject:
    """A row that is not stored: a stable reason code and a message for a person."""

    line: int
    code: str
    message: str
    fields: list[str]
