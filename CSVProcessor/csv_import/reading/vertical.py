"""A file of one field a line: a label and its value, a block of lines a person.

A form builder's "one field per row" export (123FormBuilder's submissions), a record
printed as a card: `Full Name,Olivia Bennett`, `Email,olivia@…`, `Phone,…`, then a blank
line (or the first label again) and the next person. Read as a table, the first line was
the header and every person but one was lost. When every filled record of the look-ahead
is a label and its value (a few other lines aside: one in five), the labels come back
block after block (two blocks at least), and they name an email and a name, each block
is one row under a header of the labels (in their first block's order). That header is
no physical line; a block's row spans its lines, blank lines stay blank, so every line is
still counted once. A label not in the first block is left out; a record that is not a
label and its value is passed on as it is (a row of the table, rejected or read).
"""

from collections.abc import Iterable, Iterator

from csv_import.reading import locate
from csv_import.reading.evidence import is_address
from csv_import.reading.vocabulary import read_header
from csv_import.rows import Record


def _pair(record: Record) -> tuple[str, str] | None:
    """(label, value) of a record of two cells (empty cells after them aside), else None."""
    if record.error is not None:
        return None
    fields = list(record.fields)
    while len(fields) > 2 and not fields[-1].strip():
        fields.pop()
    if len(fields) != 2 or not fields[0].strip() or len(fields[0]) > 100:
        return None
    return fields[0].strip(), fields[1]


def labels_of(ahead: list[Record]) -> list[str] | None:
    """The labels of a file of one field a line, in their first block's order; None for
    any other file."""
    # A record the reader could not read (a quote never closed) is a reject whatever the
    # file is; a line that is no label and its value (`x,y,z`) is passed on as it is
    # (blocks). Either, once among the pairs, made the file a table: every person lost, an
    # address stored under the name `Email`. A few such lines (one in five) are allowed.
    found = [_pair(r) for r in ahead if not r.is_blank() and r.error is None]
    pairs = [p for p in found if p is not None]
    if len(pairs) < 4 or (len(found) - len(pairs)) * 4 > len(pairs):
        return None
    if locate.roles(list(pairs[0]))[1]:
        return None  # `Name,Email`: the first line names both columns, a table's header
    labels: list[str] = []
    for pair in pairs:
        if pair[0] in labels:
            break
        labels.append(pair[0])
    else:
        return None  # one block: nothing repeats, nothing tells it from a header and a row
    if len(labels) < 2 or not locate.roles(labels)[1]:
        return None
    email = {label for label in labels if read_header(label).has("email")}
    filled_values = [p[1].strip() for p in pairs if p and p[0] in email and p[1].strip()]
    addresses = sum(map(is_address, filled_values))
    if not filled_values or addresses * 2 < len(filled_values):
        return None
    # One field a line holds its addresses beside its email labels. More addresses beside
    # other first cells is a table of two columns, names and addresses, whose names happen
    # to repeat and one to hold an email word: `Name,Email`, `"Lee, Ann",ann@…`, `"Ray,
    # MAIL",…`, `"Lee, Ann",…` (a generated test read it one field a line, its names lost).
    elsewhere = sum(1 for label, value in pairs if label not in email and is_address(value.strip()))
    if elsewhere > addresses:
        return None
    return labels


def blocks(records: Iterable[Record], labels: list[str]) -> Iterator[Record]:
    """A header of the labels (no physical line), then each block as one row."""
    records = iter(records)
    index = {label: i for i, label in enumerate(labels)}
    block: dict[int, str] = {}
    start = end = 0
    header_done = False

    def flush() -> Iterator[Record]:
        if block:
            yield Record(start, end, [block.get(i, "") for i in range(len(labels))])
            block.clear()

    for record in records:
        if not header_done:
            yield Record(record.line, record.line - 1, list(labels))
            header_done = True
        pair = None if record.is_blank() else _pair(record)
        if pair is None:
            yield from flush()
            yield record
            continue
        label, value = pair
        at = index.get(label)
        if at is not None and at in block:  # the first label again: the next person
            yield from flush()
        if not block:
            start = record.line
        end = record.last_line
        if at is not None:
            block[at] = value
        elif not block:  # a label of no column opening a block: its line still counted
            block[-1] = ""
    yield from flush()
