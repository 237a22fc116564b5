"""The row type the worker stores."""

from typing import NamedTuple


class PersonRow(NamedTuple):
    """One row to store; a named tuple because workers build a million of them."""

    import_id: str
    line: int
    full_name: str
    email: str
