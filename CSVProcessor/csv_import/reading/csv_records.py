"""Records of a CSV or TSV file: encoding and delimiter decided on evidence, lines counted.

Memory stays bounded whatever the file: lines are read with a length cap and
fields with csv.field_size_limit, and an oversized record becomes a Record
with error "row.too_large" instead of a crash. Line numbers are physical lines,
counted as csv.reader pulls them, so quoted newlines and a `sep=` line count.
"""

import codecs
import csv
import io
import re
from collections import Counter, deque
from collections.abc import Iterator
from functools import partial

from csv_import.errors import InputError
from csv_import.reading.columns import has_email_column
from csv_import.reading.encoding import decode_error, detect_encoding
from csv_import.reading.line_decoding import MixedLines, UndecodableLine, decide, mixed_line
from csv_import.reading.table import HEADER_SEARCH
from csv_import.rows import Record

FIELD_LIMIT = 64 * 1024
LINE_LIMIT = 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")  # in order of preference on a tie
DIALECT_SAMPLE = 256 * 1024  # bytes decoded to choose the delimiter
_SEP_LINE = re.compile(r"sep=(.)\r?\n?$", re.IGNORECASE)
# Record((line, last_line, fields, error)) without NamedTuple's Python-level __new__: a
# third of a microsecond a record, a tenth of the reader's time on a million rows.
new_record = partial(tuple.__new__, Record)


class _TooLarge(Exception):
    """A physical line longer than LINE_LIMIT (already skipped)."""


class _Lines:
    """Physical lines for csv.reader, counted, each capped at LINE_LIMIT characters.

    The lines of the record being read are kept (`recent`, at most one record:
    a field is capped at FIELD_LIMIT), so that a record that runs away (a quote
    never closed) can give back every line after its first, to be read again.
    """

    __slots__ = (
        "_readline",
        "count",
        "recent",
        "pending",
        "eof",
        "_joined",
        "_delimiter",
        "_width",
    )

    def __init__(self, text: "io.TextIOWrapper | MixedLines", delimiter: str = ","):
        self._readline = text.readline
        self._delimiter = delimiter
        self._width = -1  # the delimiters of the file's first line
        self.count = 0
        self.recent: list[str] = []
        self.pending: deque[str] = deque()
        self.eof = False
        self._joined = ""  # a line's rest after a BOM inside it: the next file's first line

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self._joined:
            line, self._joined = self._joined, ""
        elif self.pending:
            line = self.pending.popleft()
        else:
            try:
                line = self._readline(LINE_LIMIT)
            except UndecodableLine:  # the line was read: it counts
                self.count += 1
                raise
            if not line:
                self.eof = True
                raise StopIteration
            if len(line) == LINE_LIMIT and line[-1] not in "\r\n":
                self.count += 1
                while line and line[-1] not in "\r\n":  # drop the rest, a piece at a time
                    line = self._readline(LINE_LIMIT)
                raise _TooLarge
        if line[:1] == "\ufeff":
            # A byte order mark starting a line further on is where two exports were joined
            # (`cat a.csv b.csv`, each with its BOM): no text. Kept, it hid the second
            # file's header (`\ufeffName`), and its rows were skipped as another section.
            line = line[1:]
        if self._width < 0:
            self._width = line.count(self._delimiter)
        inside = line.find("\ufeff")
        if inside > 0 and self._joined_at(line, inside):
            # Inside a line: the first file ended without a line break, and the second
            # file's first line follows on the same line (`ann@x.com\ufeffName,Email` was
            # stored as the address `ann@x.comname`). Two lines to csv.reader, one line
            # counted: the second (the records numbered by where each starts).
            line, self._joined = line[:inside] + "\n", line[inside:]
        else:
            self.count += 1
        self.recent.append(line)
        return line

    def _joined_at(self, line: str, inside: int) -> bool:
        """Does the BOM at `inside` join two files' lines: is the line on each side of it
        a whole row (as many delimiters as the file's first line, one at least)? A BOM
        pasted inside a field (`ann@exa\ufeffmple.com`) is an invisible character, taken
        out of the value (invisible.py)."""
        width = self._width
        return width > 0 and min(line.count(self._delimiter, 0, inside),
                                 line.count(self._delimiter, inside)) >= width  # fmt: skip

    def read_again_after(self, first: int) -> None:
        """Every line of the current record after its first is read again."""
        again, self.recent = self.recent[1:], []
        self.pending.extendleft(reversed(again))
        self.count = first
        self.eof = False


class _RunsToTheEnd(csv.Error):
    """The file's last record opens a quote and the file ends before it closes."""


def excel_text(fields: list[str]) -> list[str]:
    """`="0123"` is text written as an Excel formula, so that Excel keeps it as written (a
    leading zero, a `+`, a long number): exports write phones and IDs, some every cell, so.
    The text inside, its doubled quotes single (Excel's string literal)."""
    return [
        f[2:-1].replace('""', '"') if len(f) >= 3 and f[:2] == '="' and f[-1] == '"' else f
        for f in fields
    ]


def _quote_left_open(record_lines: list[str], delimiter: str) -> bool:
    """Whether the file's last record ends inside a quoted field.

    csv.reader (not strict) ends such a field at the end of the file and gives it as if
    closed. Checking only a record of several lines ending in a line end missed a file cut
    short on its last line: `Fay,"fay@example.co` (no line end, or one line) was a valid row
    holding a cut address, and `"Eve,eve@example.com` an `email.empty` reject instead of
    `row.unclosed_quote`. Read again with one more line end, a field still open takes it in.
    """
    text = "".join(record_lines) + "\n"
    last = deque(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), maxlen=1)
    return bool(last and last[0]) and last[0][-1].endswith("\n")


class CsvRecords:
    """The records of an open CSV file, iterated once; closes the file with close()."""

    kind = "csv"

    def __init__(
        self, path: str, raw, encoding: str, delimiter: str, *, sep_line: bool, mixed=None
    ):
        self.path, self.encoding, self.delimiter = path, encoding, delimiter
        self._text: io.TextIOWrapper | MixedLines
        if mixed is None:
            self._text = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
        else:  # lines in UTF-8 and lines in an 8-bit encoding: each on its own evidence
            self._text = MixedLines(raw, mixed)
            self.encoding = self._text.encoding
        self._lines = _Lines(self._text, delimiter)
        csv.field_size_limit(FIELD_LIMIT)  # process-wide; bounds what one record can hold
        self._csv = csv.reader(self._lines, delimiter=delimiter)
        self._sep_line = sep_line
        self.skipped: Counter = Counter()  # lines skipped here, by reason

    def describe(self) -> dict:
        return {"kind": self.kind, "encoding": self.encoding, "delimiter": self.delimiter}

    def __iter__(self) -> Iterator[Record]:
        lines, records = self._lines, self._csv
        if self._sep_line:
            next(self._lines, None)
            self.skipped["excel sep= line"] += 1
        start = lines.count + 1
        recent = lines.recent
        while True:
            try:
                for fields in records:
                    if lines.eof and _quote_left_open(recent, self.delimiter):
                        raise _RunsToTheEnd("a quoted field runs to the end of the file")
                    if start == 1 and fields:
                        fields[0] = fields[0].removeprefix("\ufeff")  # a BOM the codec kept
                    if '="' in recent[0] or (len(recent) > 1 and any('="' in x for x in recent)):
                        fields = excel_text(fields)
                    yield new_record((start, lines.count, fields, None))
                    start = lines.count + 1
                    recent.clear()
                return
            except _TooLarge:  # one physical line over LINE_LIMIT: that line alone
                yield Record(start, lines.count, [], "row.too_large")
            except UndecodableLine:  # a mixed file's line in neither encoding: its record
                yield Record(start, lines.count, [], "row.undecodable")
            except csv.Error as error:
                if lines.count > start or isinstance(error, _RunsToTheEnd):
                    # A quote opened on `start` is never closed (or its field is over
                    # FIELD_LIMIT): the record is rejected on its first line, and reading
                    # resumes on the next physical line.
                    lines.read_again_after(start)
                    yield Record(start, start, [], "row.unclosed_quote")
                else:
                    yield Record(start, start, [], "row.too_large")
            except UnicodeDecodeError as error:
                if error.reason != "unexpected end of data":
                    raise self._decode_error() from None
                # The file ends inside a character (line_decoding.cut_in_last_character):
                # the record being read is cut short, a reject on its first line.
                lines.count = max(lines.count, start)
                yield Record(start, lines.count, [], "row.cut_short")
                return
            records = self._csv = csv.reader(lines, delimiter=self.delimiter)
            recent = lines.recent
            recent.clear()
            start = lines.count + 1

    def _decode_error(self) -> InputError:
        with open(self.path, "rb") as raw:
            return decode_error(self.path, raw, self.encoding)

    def close(self) -> None:
        self._text.close()


def open_csv(path: str, raw, sample: bytes, whole: bool, encoding=None, delimiter=None):
    """CsvRecords of an open binary file whose first bytes are `sample` (`whole`: all of it)."""
    forced = check_codec(encoding, path)
    encoding = forced or detect_encoding(sample, path, whole=whole).encoding
    # The whole file's evidence, before its first row is sent (line_decoding.py).
    whole_file_encoding, fallback = decide(raw, path, encoding, forced is not None)
    # The dialect is read off the first bytes only: decoding a whole small
    # file here would hold it in memory twice over.
    whole = whole and len(sample) <= DIALECT_SAMPLE
    if fallback is None:
        text = _decode_sample(sample, encoding, path, whole)
    else:  # a mixed file: the sample's lines each on their own evidence, as MixedLines reads them
        text = "".join(
            mixed_line(line, fallback) or "" for line in sample[:DIALECT_SAMPLE].splitlines(True)
        )
    first = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    sep = _SEP_LINE.match(first)
    if sep:
        text = text[len(first) :].lstrip("\r\n")
    if delimiter is None:
        delimiter = sep.group(1) if sep else _detect_delimiter(text, complete=whole)
    raw.seek(0)
    if fallback is not None:
        return CsvRecords(
            path, raw, whole_file_encoding, delimiter, sep_line=bool(sep), mixed=fallback
        )
    return CsvRecords(path, raw, encoding, delimiter, sep_line=bool(sep))


def check_codec(encoding: str | None, path: str) -> str | None:
    if encoding is None:
        return None
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"{path}: unknown encoding {encoding!r}") from None
    try:
        "".encode(codec.name)  # str.encode refuses base64, rot13, zlib: not text encodings
    except LookupError:
        raise InputError(
            f"{path}: {encoding!r} is not a text encoding (try utf-8 or cp1252)"
        ) from None
    return codec.name


def _decode_sample(sample: bytes, encoding: str, path: str, whole: bool) -> str:
    piece = sample[:DIALECT_SAMPLE]
    try:
        # Not final: a file cut inside its last character is read (row.cut_short).
        text = codecs.getincrementaldecoder(encoding)().decode(piece, final=False)
    except UnicodeDecodeError:
        raise decode_error(path, sample, encoding) from None
    return text.removeprefix("\ufeff")


def _detect_delimiter(text: str, *, complete: bool) -> str:
    """Choose the delimiter whose split makes the most rows as wide as the header.

    A header that yields an email column beats consistency alone, wherever it is
    among the first records (LinkedIn puts notes first); csv.Sniffer misreads `;`
    files whose names contain commas (python/cpython#119123). On a tie, the wider split.
    """
    best, choice = None, DELIMITERS[0]
    for delimiter in DELIMITERS:
        records = []
        try:
            for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
                if any(f.strip() for f in record):
                    records.append(record)
                if len(records) > 200:
                    break
        except csv.Error:
            pass
        if not complete and len(records) > 1:
            records.pop()  # the sample may cut the last record short
        header = next(
            (i for i, r in enumerate(records[:HEADER_SEARCH]) if has_email_column(r)), None
        )
        table = records[header or 0 :]
        if not table or len(table[0]) < 2:
            continue
        width = len(table[0])
        consistency = sum(len(r) == width for r in table) / len(table)
        # Then the wider split: a delimiter standing once in every row's cell ("Apellidos,
        # Nombre" and "Martínez Sánchez, Carmen" in a ';' file) splits fewer columns.
        score = (header is not None, consistency, width)
        if best is None or score > best:
            best, choice = score, delimiter
    return choice
