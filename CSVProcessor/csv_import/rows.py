"""The row types of the CLI: a record read from the file, then a Person or a Reject."""

from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class Row:
    """A record as read: its first physical line, the mapped name and email, all its fields."""

    line: int
    full_name: str
    email: str
    fields: list[str]
    error: str | None = None  # a reason code when the record could not be read whole
    alternatives: tuple[str, ...] = ()  # more addresses to try, in order, if `email` is invalid


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


class Record(NamedTuple):
    """One record of a file as its reader sees it, before any column is mapped."""

    line: int  # its first physical line (a workbook's row number)
    last_line: int  # its last physical line (a quoted field may span several)
    fields: list[str]
    error: str | None = None  # a reason code when it could not be read whole

    @property
    def lines(self) -> int:
        return self.last_line - self.line + 1

    def is_blank(self) -> bool:
        return self.error is None and all(not f.strip() for f in self.fields)
