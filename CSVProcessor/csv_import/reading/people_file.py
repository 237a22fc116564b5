"""Open a file of people, whatever its kind, and stream its Rows.

The kind comes from the content (kinds.py): a CSV or TSV (csv_records.py),
a workbook (workbooks.py; Excel's XML Spreadsheet 2003: spreadsheet_xml.py), an HTML table
(html_tables.py), vCards (vcards.py) or LDIF
(ldif_entries.py). Tables go through table.py,
which finds the header, maps the columns (columns.py) and skips preambles and
footers; every physical line ends up in a Row or in `skipped`, by reason.
"""

import atexit
import logging
import os
import shutil
import stat
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from csv_import.errors import InputError
from csv_import.invisible import shown
from csv_import.reading import kinds
from csv_import.reading.csv_records import FIELD_LIMIT, LINE_LIMIT, check_codec, open_csv
from csv_import.reading.encoding import SAMPLE_SIZE, bom_encoding, detect_encoding
from csv_import.reading.evidence import is_address
from csv_import.reading.html_tables import HtmlTable
from csv_import.reading.ldif_entries import LdifEntries
from csv_import.reading.line_decoding import decide, folded_inside_characters
from csv_import.reading.spreadsheet_xml import SpreadsheetXml
from csv_import.reading.table import Table
from csv_import.reading.vcards import VCards
from csv_import.reading.vocabulary import read_header
from csv_import.reading.workbooks import CalamineSheet, open_sheet, visible_sheets
from csv_import.reading.xlsx_stream import XlsxSheet
from csv_import.rows import Row

# Text files of records, not tables: each record is one row, its fields by the format.
RECORDS = {"vcard": VCards, "ldif": LdifEntries}
STDIN = "standard input"  # how errors name `-`

NAME_MEANINGS = frozenset({"name", "full", "display", "given", "middle", "family"})
log = logging.getLogger(__name__)

__all__ = ["FIELD_LIMIT", "LINE_LIMIT", "STDIN", "PeopleFile", "open_people"]


class PeopleFile:
    """An open file of people; iterate `rows()` once. Use as a context manager."""

    def __init__(self, path: str, source, table: Table | None, other_sheets=()):
        self.path, self.source, self.table = path, source, table
        # A workbook's other visible sheets that hold a table of people too: not read, said.
        self.other_sheets = list(other_sheets)
        self.kind = source.kind
        self.encoding = getattr(source, "encoding", None)
        self.delimiter = getattr(source, "delimiter", None)
        self.header = table.header if table else source.header
        self.header_line = table.header_line if table else None
        self.identity = _identity(path)  # size, mtime, inode: checked again at the end
        self.given = path  # as the user named it: `-` for standard input's private copy

    def rows(self) -> Iterator[Row]:
        """The rows; the last one only once the file is known not to have changed meanwhile."""
        with _named_as_given(self.path, self.given):
            yield from self._rows()

    def _rows(self) -> Iterator[Row]:
        rows = self.table.rows() if self.table else self.source.rows()
        held: Row | None = None
        try:
            for row in rows:
                if held is not None:
                    yield held
                held = row
        except OSError as error:  # the input itself failed to read (a disk or network error)
            raise InputError(f"{self.path}: cannot read: {error.strerror or error}") from None
        if self.identity is not None and _identity(self.path) != self.identity:
            raise InputError(
                f"{self.path}: the file changed while it was read (still being written?); "
                "its last row is not imported: import it again once it is complete"
            )
        if held is not None:
            yield held

    @property
    def skipped(self) -> Counter:
        """Physical lines skipped so far, by reason (blank, preamble, footer, ...)."""
        return Counter(self.source.skipped) + (self.table.skipped if self.table else Counter())

    @property
    def lines(self) -> int:
        """Physical lines read so far: the header's, the rows', the skipped ones."""
        source = self.table or self.source
        header = self.table.header_lines if self.table else 0
        return header + source.row_lines + self.skipped.total()

    def columns(self) -> dict:
        """The mapping, for the JSON summary: which columns became the name and the email."""
        if self.table is None:
            return {**self.source.columns, **self.source.describe()}
        others = {"other_sheets_with_people": self.other_sheets} if self.other_sheets else {}
        return {**self.table.mapping.describe(), "header_line": self.header_line,
                **self.source.describe(), **others}  # fmt: skip

    def mapping_line(self) -> str:
        """One line for stderr, so a wrong choice shows before it is stored."""
        if self.table is None:
            return self.source.mapping
        if self.header_line is None:
            return f"{self.table.mapping.summary()}; no header line: columns by position"
        before = self.header_line - 1  # a preamble, blank lines, an Excel sep= line
        where = f"header on line {self.header_line}"
        if before:
            where += f"; {before} line{'s' if before != 1 else ''} before it skipped"
        sheet = self.source.describe().get("sheet")
        if sheet is not None:  # a workbook: which of its sheets (docs/workbooks.md)
            where += f"; sheet {sheet!r}"
        return f"{self.table.mapping.summary()}; {where}"

    def mapping_details(self) -> list[str]:
        """Under the mapping line: each chosen column's evidence and sample values, the notes."""
        if self.table is None:
            return []
        m = self.table.mapping
        lines = []
        for role, columns in (("email", m.email), ("name", m.full), ("name part", m.parts)):
            for i in columns:
                sample = ", ".join(map(shown, m.samples.get(i, []))) or "no values in the sample"
                lines.append(f"{role} '{shown(m.header[i])}': {m.why.get(i, '')} (e.g. {sample})")
        notes = [*m.notes, *map(_not_read, self.other_sheets)]
        return lines + [f"note: {note}" for note in notes]

    def close(self) -> None:
        self.source.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _folded_utf8(raw, sample: bytes, forced: str | None) -> bool:
    """Whether a vCard or LDIF file that is not UTF-8 as it stands is UTF-8 folded at a byte
    count, inside its characters (line_decoding.py): read as UTF-8 (text_records.py puts
    each cut character back together), not refused, nor read in a code page as mojibake.
    Judged only for a file not found UTF-8 (a pass over the whole file), with no BOM but
    UTF-8's and no NUL (UTF-16's bytes are not), its encoding detected or forced UTF-8."""
    return (
        forced in (None, "utf-8", "utf-8-sig")
        and b"\x00" not in sample
        and bom_encoding(sample) in (None, "utf-8-sig")
        and folded_inside_characters(raw)
    )


def _not_read(sheet: str) -> str:
    return f"sheet {sheet!r} holds a table of people too, not read (import it with --sheet)"


def _identity(path: str) -> tuple | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_size, status.st_mtime_ns, status.st_ino)


def _regular_file(path: str) -> str:
    """`path` if it is a regular file; `-` is standard input, copied to a private file first."""
    if path == "-":
        return stdin_copy()
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        raise InputError(f"{path}: cannot open: {error.strerror}") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a directory, not a file of people")
    if not stat.S_ISREG(mode):  # opening a FIFO with no writer would wait for ever
        what = "a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a device or socket"
        raise InputError(f"{path}: is {what}, not a file; pass a file, or -csv - for stdin")
    return path


def stdin_copy() -> str:
    """Standard input in a private temporary file (deleted at exit): the readers seek."""
    handle = tempfile.NamedTemporaryFile(prefix="csvprocessor-stdin-", delete=False)  # noqa: SIM115
    atexit.register(os.unlink, handle.name)
    with handle:
        shutil.copyfileobj(sys.stdin.buffer, handle, 1 << 20)
    return handle.name


def _a_sheet_of_people(path, kind, source, fast_paths, options, name_columns, email_columns):
    """The default sheet's table; if it holds none (a report's summary tab first), the first
    other visible sheet that does, named on the mapping line. Else the default's error."""
    try:
        table = Table(source, path, name_columns, email_columns, **options)
    except InputError as error:
        if "no email column" not in str(error) and "no name column" not in str(error):
            raise
        first = source.describe().get("sheet")
        columns = (name_columns, email_columns)
        others = _tables_of_other_sheets(path, kind, source, fast_paths, options, columns)
        for name, other, table in others:
            log.info("sheet %r holds no table of people; reading sheet %r", first, name)
            source.close()
            return other, table
        raise error from None
    if name_columns is None and email_columns is None and _by_values_alone(table):
        return _a_sheet_under_header_words(path, kind, source, table, fast_paths, options)
    return source, table


def _by_values_alone(table: Table) -> bool:
    """A table whose email and name columns were all chosen by their values, no header word
    saying email or a name over any of them, and whose email column holds addresses on half
    its sampled values or fewer, or on one row alone: a summary tab's labels and values
    ("Organizer | events@…" below "Registrants | 3"; "Run by | admin@…" below "Rows | 2",
    a summary's one address), not a list of people under a header in a language no
    vocabulary has (addresses on most of its rows, two rows or more)."""
    m = table.mapping
    if not _no_header_words(table):
        return False
    values = [v for i in m.email for v in m.samples.get(i, [])]
    addresses = sum("@" in v and is_address(v) for v in values)
    return 2 * addresses <= len(values) or addresses < _A_LIST


# A sheet whose email column (chosen by its values alone) holds fewer addresses than this is
# a summary's: one person by values alone is weaker evidence than another sheet's header
# words (a list of people under a header no vocabulary has holds two or more).
_A_LIST = 2


def _no_header_words(table: Table) -> bool:
    """No header word saying email or a name over the table's email and name columns."""
    m = table.mapping
    said = [read_header(m.header[i]) for i in (*m.email, *m.full, *m.parts) if i < len(m.header)]
    return not any(w.has("email") or w.means & NAME_MEANINGS for w in said)


def _a_sheet_under_header_words(path, kind, source, table, fast_paths, options):
    """The default sheet read as people by its values alone gives way to the first other
    visible sheet whose table's header says email or a name (Swoogo's summary tab, then the
    registrants'): a header word is better evidence than values that look like names."""
    others = _tables_of_other_sheets(path, kind, source, fast_paths, options, (None, None))
    for name, other, found in others:
        if _no_header_words(found):
            other.close()
            continue
        first = source.describe().get("sheet")
        log.info("sheet %r holds a table by its values alone; reading sheet %r", first, name)
        source.close()
        return other, found
    return source, table


def _tables_of_other_sheets(path, kind, source, fast_paths, options, columns):
    """(name, sheet, table) of each other visible sheet of the workbook that makes a table
    with these (name, email) `columns`, in order; a sheet that makes none is closed here,
    one yielded is the caller's to keep or close."""
    first = source.describe().get("sheet")
    for name in visible_sheets(path, kind):
        if name == first:
            continue
        other = open_sheet(path, kind, name, fast_paths)
        try:
            table = Table(other, path, *columns, **options)
        except InputError:
            other.close()
            continue
        yield name, other, table


def _other_sheets_of_people(path, kind, source, options, name_columns, email_columns):
    """The workbook's other visible sheets whose first records make a table of people (a
    list kept a sheet a year, a team a tab): only the chosen sheet is read, so the user is
    told which others hold people, rather than finding them missing later."""
    found, chosen = [], source.describe()["sheet"]
    strings = getattr(source, "strings", None)  # the streaming reader's, not read again
    for name in visible_sheets(path, kind):
        if name == chosen:
            continue
        # An .xlsx sheet is streamed: only its first records are read. An .xls or .ods
        # sheet is loaded by calamine, its grid already checked with the whole workbook's.
        try:
            other = (
                XlsxSheet(path, name, strings)
                if kind == "xlsx"
                else CalamineSheet(path, kind, name)
            )
        except InputError:
            continue
        try:
            Table(other, path, name_columns, email_columns, **options)
            found.append(name)
        except InputError:
            pass
        finally:
            other.close()
    return found


def open_people(
    path,
    *,
    encoding=None,
    delimiter=None,
    name_columns=None,
    email_columns=None,
    sheet=None,
    fast_paths=True,
    no_header=False,
    saved_mapping=None,
    header_line=None,
    keep_columns=False,
) -> PeopleFile:
    """Open `path` as a file of people; InputError (one line) if it can't be read as one."""
    given = os.fsdecode(path)
    path = _regular_file(given)
    with _named_as_given(path, given):
        people = _open_people(path, encoding, delimiter, name_columns, email_columns, sheet,
                              fast_paths, no_header, saved_mapping, header_line,
                              keep_columns)  # fmt: skip
    people.given = given
    return people


@contextmanager
def _named_as_given(path: str, given: str):
    """Errors about standard input's private copy name standard input, not the copy."""
    try:
        yield
    except InputError as error:
        if path != given:
            error.args = (str(error).replace(path, STDIN),)  # its other attributes kept
        raise


def _open_people(path, encoding, delimiter, name_columns, email_columns, sheet, fast_paths,
                 no_header, saved_mapping, header_line, keep_columns) -> PeopleFile:  # fmt: skip
    try:
        raw = open(path, "rb")  # noqa: SIM115 - the source owns and closes it
    except OSError as error:
        raise InputError(f"{path}: cannot open: {error.strerror}") from None
    source: Any = None  # a reader of records: csv_records, text_records, workbooks, html_tables
    try:
        sample = raw.read(SAMPLE_SIZE)
        if not sample:
            raise InputError(f"{path}: empty file")
        whole = len(sample) < SAMPLE_SIZE
        kind = kinds.kind_of(path, sample)
        if kind in RECORDS:
            forced = check_codec(encoding, path)
            try:
                decided = forced or detect_encoding(sample, path, whole=whole).encoding
                # The whole file's evidence, before its first record is sent (line_decoding.py).
                decided, fallback = decide(raw, path, decided, forced is not None)
            except InputError:
                if not _folded_utf8(raw, sample, forced):
                    raise
                decided, fallback = "utf-8", None
            if (decided not in ("utf-8", "utf-8-sig") or fallback) and _folded_utf8(
                raw, sample, forced
            ):
                decided, fallback = "utf-8", None
            source = RECORDS[kind](path, raw, decided, fallback)
            return PeopleFile(path, source, None)
        options = dict(
            no_header=no_header, saved=saved_mapping, header_line=header_line,
            keep_columns=keep_columns,
        )  # fmt: skip
        if kind == "csv":
            source = open_csv(path, raw, sample, whole, encoding, delimiter)
        elif kind == "html":
            source = HtmlTable(path, raw, sample, whole, check_codec(encoding, path))
        elif kind == "xml-spreadsheet":
            source = SpreadsheetXml(path, raw, sheet)
        else:
            raw.close()
            source = open_sheet(path, kind, sheet, fast_paths)
            if sheet is None and saved_mapping is None:
                source, table = _a_sheet_of_people(path, kind, source, fast_paths, options,
                                                   name_columns, email_columns)  # fmt: skip
                others = _other_sheets_of_people(path, kind, source, options,
                                                 name_columns, email_columns)  # fmt: skip
                return PeopleFile(path, source, table, others)
        table = Table(source, path, name_columns, email_columns, **options)
        return PeopleFile(path, source, table)
    except OSError as error:  # the input itself failed to read (a disk or network error)
        (source or raw).close()
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    except BaseException:
        (source or raw).close()
        raise
