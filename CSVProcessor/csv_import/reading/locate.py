"""Where the table starts: every candidate header among the first records, scored.

A candidate is a record among the first HEADER_SEARCH with a filled cell and no
address in any cell (a header holds none); one of a single cell only when records
below it fit it (a one-column list's header, not a title above a table). It is scored by how well
the records below it fit it: how many hold an address in its email column (the
columns its words call email, else the column whose values are addresses) and
are no wider than it; a candidate whose words name both an email and a name
column comes first, then the best fit, then the most role words, then the
earlier one. The user's --email-columns/--name-columns keep only
the candidates that hold them. A file whose first record holds an address has
no header: its columns are found by content (or named by position, --no-header).
"""

from dataclasses import dataclass

from csv_import.reading.columns import header_key
from csv_import.reading.evidence import has_address
from csv_import.reading.vocabulary import read_header
from csv_import.rows import Record

HEADER_SEARCH = 50  # records that may come before the header
FIT_WINDOW = 500  # records below a candidate that score it
NAME_WORDS = frozenset({"name", "full", "given", "family", "display"})


@dataclass(frozen=True)
class Candidate:
    at: int  # index among the buffered records
    fit: int  # records below that fit it
    roles: int  # cells whose words say email or name
    both: bool = False  # its words name an email column and a name column
    column: int | None = None  # with no email word: the column of addresses below it

    def score(self) -> tuple:
        return (self.both, self.fit, self.roles, -self.at)


def candidates(records: list[Record], wanted: set[str]) -> list[Candidate]:
    """Header candidates, best first; `wanted`: header keys the user named."""
    found = []
    # Which columns of each record hold an address: computed once for every candidate.
    addresses = [
        frozenset(i for i, f in enumerate(r.fields) if "@" in f and has_address(f))
        if r.error is None
        else frozenset()
        for r in records[: HEADER_SEARCH + FIT_WINDOW]
    ]
    for at, record in enumerate(records[:HEADER_SEARCH]):
        fields = record.fields
        filled = sum(bool(f.strip()) for f in fields)
        if record.error is not None or not filled:
            continue
        if addresses[at]:
            continue
        if wanted and not wanted <= {header_key(f) for f in fields}:
            continue
        fit, column = _fit(records, addresses, at)
        if filled == 1 and not fit:
            continue  # one cell over no addresses: a title, not a one-column list's header
        found.append(Candidate(at, fit, *roles(fields), column))
    return sorted(found, key=Candidate.score, reverse=True)


def data_first(records: list[Record]) -> Candidate | None:
    """The first filled record, when it holds an address: a file with no header. Its fit
    counts the records below it, as a header candidate's does: counting itself too, a note
    line above the header (`Exported by: Priya Shah (priya.shah@…)`) outweighed a header
    naming `Email` when the table's addresses sat in the note's column."""
    first = next((i for i, r in enumerate(records) if r.error is None and not r.is_blank()), None)
    if first is None or not any("@" in f and has_address(f) for f in records[first].fields):
        return None
    column = next(i for i, f in enumerate(records[first].fields) if "@" in f and has_address(f))
    below = records[first + 1 : first + FIT_WINDOW]
    fit = sum(column < len(r.fields) and has_address(r.fields[column]) for r in below)
    return Candidate(first, fit, 0)


def roles(fields: list[str]) -> tuple[int, bool]:
    email = name = 0
    for f in fields:
        if f and len(f) < 100:
            words = read_header(f)
            if not words.has("exclude"):
                email += words.has("email")
                name += not words.has("email") and bool(words.means & NAME_WORDS)
    return email + name, bool(email and name)


def _fit(records: list[Record], addresses: list[frozenset], at: int) -> tuple[int, int | None]:
    """(records below that fit, the column of addresses when no header word says email)."""
    fields = records[at].fields
    width = len(fields)
    said = {
        i
        for i, f in enumerate(fields)
        if f and len(f) < 100 and read_header(f).has("email") and not read_header(f).has("exclude")
    }
    below = [
        addresses[j]
        for j in range(at + 1, min(at + 1 + FIT_WINDOW, len(addresses)))
        if addresses[j] and (
            len(records[j].fields) <= width or not "".join(records[j].fields[width:]).strip()
        )
    ]  # fmt: skip
    if said:
        return sum(bool(columns & said) for columns in below), None
    counts: dict[int, int] = {}
    for columns in below:
        for i in columns:
            counts[i] = counts.get(i, 0) + (i < width)
    column = max(counts, key=counts.__getitem__, default=None)
    return (0 if column is None else counts[column]), column


def is_data(record: Record, candidate: Candidate) -> bool:
    """A candidate with no role word whose cell over the column of addresses is empty: a
    row of data (a person without an email), not a header (which would name that column)."""
    fields = record.fields
    column = candidate.column
    return (
        not candidate.roles
        and column is not None
        and (column >= len(fields) or not fields[column].strip())
    )
