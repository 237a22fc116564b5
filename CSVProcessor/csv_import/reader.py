"""Open a CSV of people: decide encoding and delimiter, map the header (columns.py), stream rows.

Memory stays bounded whatever the file: lines are read with a length cap and
fields with csv.field_size_limit, and an oversized record becomes a Row with
error "row.too_large" instead of a crash. Line numbers are physical lines,
counted as csv.reader pulls them, so quoted newlines and a `sep=` line count.
"""

import codecs
import csv
import io
import os
import re
from collections.abc import Iterator

from csv_import.columns import has_email_column, map_columns
from csv_import.encoding import SAMPLE_SIZE, detect_encoding, locate_decode_error
from csv_import.errors import InputError
from csv_import.rows import Row

FIELD_LIMIT = 64 * 1024
LINE_LIMIT = 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")  # in order of preference on a tie
_DIALECT_SAMPLE = 256 * 1024  # bytes decoded to choose the delimiter
_SEP_LINE = re.compile(r"sep=(.)\r?\n?$", re.IGNORECASE)


class _TooLarge(Exception):
    """A physical line longer than LINE_LIMIT (already skipped)."""


class _Lines:
    """Physical lines for csv.reader, counted, each capped at LINE_LIMIT characters."""

    __slots__ = ("_readline", "count")

    def __init__(self, text: io.TextIOBase):
        self._readline = text.readline
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self._readline(LINE_LIMIT)
        if not line:
            raise StopIteration
        self.count += 1
        if len(line) == LINE_LIMIT and line[-1] not in "\r\n":
            while line and line[-1] not in "\r\n":  # drop the rest, a piece at a time
                line = self._readline(LINE_LIMIT)
            raise _TooLarge
        return line


class PeopleCsv:
    """An open CSV of people; iterate `rows()` once. Use as a context manager."""

    def __init__(self, path: str, raw, encoding: str, delimiter: str, *, sep_line: bool):
        self.path, self.encoding, self.delimiter = path, encoding, delimiter
        self._text = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
        self._lines = _Lines(self._text)
        csv.field_size_limit(FIELD_LIMIT)  # process-wide; bounds what one record can hold
        self._csv = csv.reader(self._lines, delimiter=delimiter)
        if sep_line:
            self._next_record()
        header = self._next_record()
        while header is not None and _is_blank(header):
            header = self._next_record()
        if header is None:
            raise InputError(f"{path}: no header line")
        header[0] = header[0].removeprefix("\ufeff")  # a BOM the chosen encoding kept
        self.header = header

    def _next_record(self) -> list[str] | None:
        try:
            return next(self._csv, None)
        except (_TooLarge, csv.Error):
            raise InputError(f"{self.path}: line {self._lines.count}: header too large") from None
        except UnicodeDecodeError:
            raise self._decode_error() from None

    def _decode_error(self) -> InputError:
        with open(self.path, "rb") as raw:
            line, byte = locate_decode_error(raw, self.encoding)
        return InputError(
            f"{self.path}: line {line}: cannot decode as {self.encoding} (byte 0x{byte:02x}); "
            "pass --encoding"
        )

    def map_columns(self, name_column: str | None, email_column: str | None) -> None:
        self._names, self._email = map_columns(self.header, name_column, email_column, self.path)

    def rows(self) -> Iterator[Row]:
        lines, records = self._lines, self._csv
        email_at, names = self._email, self._names
        width = max(email_at, *names) + 1
        start = lines.count + 1
        while True:
            try:
                for fields in records:
                    padded = fields if len(fields) >= width else fields + [""] * width
                    if len(names) == 1:
                        name = padded[names[0]]
                    else:
                        name = " ".join(p for p in (padded[i] for i in names) if p)
                    email = padded[email_at]
                    if (name and email) or not _is_blank(fields):
                        yield Row(start, name, email, fields)
                    start = lines.count + 1
                return
            except (_TooLarge, csv.Error):
                # The csv module resumes at the next line; a quoted field left open may
                # misalign the records that follow, which then fail validation.
                yield Row(start, "", "", [], "row.too_large")
                start = lines.count + 1
            except UnicodeDecodeError:
                raise self._decode_error() from None

    def close(self) -> None:
        self._text.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def open_people_csv(
    path, *, encoding=None, delimiter=None, name_column=None, email_column=None
) -> PeopleCsv:
    """Open `path` as a CSV of people; InputError (one line) if it can't be read as one."""
    path = os.fsdecode(path)
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not a CSV file")
    try:
        raw = open(path, "rb")  # noqa: SIM115 - PeopleCsv owns and closes it
    except OSError as error:
        raise InputError(f"{path}: cannot open: {error.strerror}") from None
    try:
        sample = raw.read(SAMPLE_SIZE)
        if not sample:
            raise InputError(f"{path}: empty file")
        whole = len(sample) < SAMPLE_SIZE
        encoding = (
            _check_codec(encoding, path) or detect_encoding(sample, path, whole=whole).encoding
        )
        # The dialect is read off the first bytes only: decoding a whole small
        # file here would hold it in memory twice over.
        whole = whole and len(sample) <= _DIALECT_SAMPLE
        text = _decode_sample(sample, encoding, path, whole)
        first = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
        sep = _SEP_LINE.match(first)
        if sep:
            text = text[len(first) :].lstrip("\r\n")
        if delimiter is None:
            delimiter = sep.group(1) if sep else _detect_delimiter(text, complete=whole)
        raw.seek(0)
        people = PeopleCsv(path, raw, encoding, delimiter, sep_line=bool(sep))
        people.map_columns(name_column, email_column)
        return people
    except BaseException:
        raw.close()
        raise


def _check_codec(encoding: str | None, path: str) -> str | None:
    if encoding is None:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"{path}: unknown encoding {encoding!r}") from None


def _decode_sample(sample: bytes, encoding: str, path: str, whole: bool) -> str:
    piece = sample[:_DIALECT_SAMPLE]
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(piece, final=whole)
    except UnicodeDecodeError:
        line, byte = locate_decode_error(sample, encoding)
        raise InputError(
            f"{path}: line {line}: cannot decode as {encoding} (byte 0x{byte:02x}); pass --encoding"
        ) from None
    return text.removeprefix("\ufeff")


def _detect_delimiter(text: str, *, complete: bool) -> str:
    """Choose the delimiter whose split makes the most rows as wide as the header.

    A header that yields an email column beats consistency alone; csv.Sniffer
    misreads `;` files whose names contain commas (python/cpython#119123).
    """
    best, choice = None, DELIMITERS[0]
    for delimiter in DELIMITERS:
        records = []
        try:
            for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
                if not _is_blank(record):
                    records.append(record)
                if len(records) > 200:
                    break
        except csv.Error:
            pass
        if not complete and len(records) > 1:
            records.pop()  # the sample may cut the last record short
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        consistency = sum(len(r) == width for r in records) / len(records)
        score = (has_email_column(records[0]), consistency)
        if best is None or score > best:
            best, choice = score, delimiter
    return choice


def _is_blank(fields: list[str]) -> bool:
    return all(not f.strip() for f in fields)
