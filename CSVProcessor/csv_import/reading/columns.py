"""Which columns hold the name and the email: the user's choice, else the alias table.

The guess follows column_aliases.py. Name parts are joined in natural order
(given, middle, family); several email columns are fallbacks in the file's order.
InputError names the columns found whenever a needed column is missing.
"""

import re
import unicodedata
from dataclasses import dataclass

from csv_import.errors import InputError
from csv_import.reading import column_aliases as aliases

_NOT_ALNUM = re.compile(r"[\W_]+")


def header_key(text: str) -> str:
    """Casefolded, without accents, spaces or punctuation: "E-Mail-Adresse" -> "emailadresse"."""
    decomposed = unicodedata.normalize("NFKD", text.removeprefix("\ufeff").casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_ALNUM.sub("", bare)


@dataclass(frozen=True)
class Mapping:
    header: list[str]
    name: tuple[int, ...]  # joined with single spaces, in this order
    email: tuple[int, ...]  # the first holding a valid address wins

    def describe(self) -> dict:
        return {
            "name": [self.header[i] for i in self.name],
            "email": [self.header[i] for i in self.email],
        }

    def summary(self) -> str:
        """`name ← First Name + Last Name; email ← E-mail 1 - Value, then E-mail 2 - Value`."""
        names = " + ".join(self.header[i] for i in self.name)
        emails = ", then ".join(self.header[i] for i in self.email)
        return f"name ← {names}; email ← {emails}"


def is_email_header(key: str) -> bool:
    return key in aliases.EMAIL or aliases.EMAIL_NUMBERED.fullmatch(key) is not None


def has_email_column(header: list[str]) -> bool:
    """Whether a record could be the header: it names an email column."""
    return any(is_email_header(header_key(h)) for h in header)


def map_columns(header, name_columns=None, email_columns=None, path="") -> Mapping:
    """The Mapping of a header; `*_columns` are the user's header names (--name-columns ...)."""
    keys = [header_key(h) for h in header]
    if email_columns:
        email = _chosen(header, keys, email_columns, path)
    else:
        email = tuple(i for i, k in enumerate(keys) if is_email_header(k))
        if not email:
            raise InputError(f"{path}: no email column (columns found: {listing(header)})")
    name = _chosen(header, keys, name_columns, path) if name_columns else _guess_name(keys)
    if not name:
        raise InputError(f"{path}: no name column (columns found: {listing(header)})")
    return Mapping(list(header), name, email)


def _chosen(header, keys, wanted: list[str], path) -> tuple[int, ...]:
    found = []
    for column in wanted:
        key = header_key(column)
        if key not in keys:
            raise InputError(f"{path}: no column {column!r} (columns found: {listing(header)})")
        found.append(keys.index(key))
    return tuple(found)


def _guess_name(keys: list[str]) -> tuple[int, ...]:
    def first(names) -> int | None:
        return next((i for i, k in enumerate(keys) if k in names), None)

    given, middle, family = first(aliases.GIVEN), first(aliases.MIDDLE), first(aliases.FAMILY)
    name_or_family = first(aliases.NAME_OR_FAMILY)
    name_or_given = first(aliases.NAME_OR_GIVEN)
    full = first(aliases.FULL_NAME)
    if full is None and name_or_family is not None and (given is None or family is not None):
        full = name_or_family  # "Name" alone, or beside both parts (Google's legacy export)
    if full is not None:
        return (full,)  # a whole name beats its parts
    if given is None and name_or_given is not None and family is not None:
        given = name_or_given  # "Nombre" beside "Apellidos"
    if family is None and name_or_family is not None:
        family = name_or_family  # "Name" beside "Vorname", "Nom" beside "Prénom"
    if given is not None or family is not None:
        return tuple(i for i in (given, middle, family) if i is not None)
    if name_or_given is not None:
        return (name_or_given,)
    last_resort = first(aliases.LAST_RESORT_FULL_NAME)
    return () if last_resort is None else (last_resort,)


def listing(header: list[str]) -> str:
    return ", ".join(repr(h) for h in header) or "none"
