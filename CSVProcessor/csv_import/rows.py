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
    # The known fields, as written ("" when the file has no such column or the cell is empty).
    phone: str = ""
    company: str = ""
    job_title: str = ""
    attributes: dict | None = None  # --keep-columns: the row's other columns, {header: value}
    region: str = ""  # the row's country (reading/countries.py), else --region decides


class Person(NamedTuple):
    """A valid, normalized row, ready to enqueue."""

    line: int
    full_name: str
    email: str
    phone: str = ""  # E.164 where a region is known, else as written (trimmed)
    company: str = ""
    job_title: str = ""
    other_emails: tuple[str, ...] = ()  # the row's other valid addresses, normalized
    attributes: dict | None = None  # --keep-columns: {header: value}, None when none

    def has_known(self) -> bool:
        return bool(
            self.phone or self.company or self.job_title or self.other_emails or self.attributes
        )

    def known(self) -> dict:
        """The known fields the row has, as a per-row message carries them."""
        fields = {"phone": self.phone, "company": self.company, "job_title": self.job_title}
        found: dict[str, object] = {k: v for k, v in fields.items() if v}
        if self.other_emails:
            found["other_emails"] = list(self.other_emails)
        if self.attributes:
            found["attributes"] = self.attributes
        return found


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
