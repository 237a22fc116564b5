"""The row types of the CLI: a record read from the file, then a Person or a Reject.

Named tuples: a million-row file builds millions of them, and a frozen
dataclass costs three times as much to create.
"""

from typing import NamedTuple


class Row(NamedTuple):
    """A record as read: its first physical line, the mapped name and email, all its fields."""

    line: int
    full_name: str
    email: str
    fields: list[str]
    error: str | None = None  # a reason code when the record could not be read whole
    alternatives: tuple[str, ...] = ()  # more addresses to try, in order, if `email` is invalid


class Person(NamedTuple):
    """A valid, normalized row, ready to enqueue."""

    line: int
    full_name: str
    email: str


class Reject(NamedTuple):
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
        return self.error is None and not "".join(self.fields).strip()
