"""The row type the worker stores."""

from typing import NamedTuple


class PersonRow(NamedTuple):
    """One row to store; a named tuple because workers build a million of them.

    The known fields are None when the row has none (stored as NULL); other_emails is
    a tuple of addresses, None when empty.
    """

    import_id: str
    line: int
    full_name: str
    email: str
    phone: str | None = None
    company: str | None = None
    job_title: str | None = None
    other_emails: tuple[str, ...] | None = None
    attributes: dict | None = None  # --keep-columns: {header: value}, None when none
    policy: int = 0  # the import's merge policy: index of MERGE_POLICIES
