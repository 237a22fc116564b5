"""Which columns hold the name and the email: by the user's choice, else by header aliases."""

import re

from csv_import.errors import InputError

_NOT_ALNUM = re.compile(r"[\W_]+")

# Header aliases, compared after _key(): casefolded, spaces and punctuation removed.
# Earlier aliases win when several columns match.
FULL_NAME = ("fullname", "name", "fullnames", "names", "personname", "contactname", "displayname")
FIRST_NAME = ("firstname", "givenname", "forename", "first", "fname", "given")
LAST_NAME = ("lastname", "surname", "familyname", "last", "lname", "family")
EMAIL = ("email", "emailaddress", "mail", "emails", "mailaddress", "emailaddr", "emailid")


def map_columns(
    header: list[str], name_column: str | None, email_column: str | None, path: str
) -> tuple[tuple[int, ...], int]:
    """(indexes of the name columns, joined with a space; index of the email column).

    A full-name column wins over first and last name columns. InputError names
    the columns found when a needed one is missing.
    """
    email = _find(header, email_column, EMAIL, path, "email")
    if name_column is not None:
        return (_find(header, name_column, (), path, "name"),), email
    full = _find(header, None, FULL_NAME)
    if full is not None:
        return (full,), email
    parts = (_find(header, None, FIRST_NAME), _find(header, None, LAST_NAME))
    parts = tuple(i for i in parts if i is not None)
    if not parts:
        raise InputError(f"{path}: no name column (columns found: {_listing(header)})")
    return parts, email


def has_email_column(header: list[str]) -> bool:
    """Whether a header names an email column: tells a right delimiter from a wrong one."""
    return _find(header, None, EMAIL) is not None


def _key(name: str) -> str:
    return _NOT_ALNUM.sub("", name.casefold())


def _find(header, wanted, aliases, path=None, role=None) -> int | None:
    """Index of column `wanted`, else of the best alias; InputError if a `role` needs one."""
    keys = [_key(h) for h in header]
    for alias in (_key(wanted),) if wanted is not None else aliases:
        if alias in keys:
            return keys.index(alias)
    if role is None:
        return None
    asked = f"no column {wanted!r}" if wanted is not None else f"no {role} column"
    raise InputError(f"{path}: {asked} (columns found: {_listing(header)})")


def _listing(header: list[str]) -> str:
    return ", ".join(repr(h) for h in header) or "none"
