"""A text file of records that are not table rows (vCards, LDIF entries), decoded line by line.

The whole file's encoding was decided before (line_decoding.decide); bytes that still
don't decode are kept as surrogates and judged line by line, so one bad line spoils
its record only.
"""

import io
import re
from collections import Counter
from collections.abc import Iterator

from csv_import.reading.line_decoding import mixed_line

LINE_LIMIT = 1024 * 1024
RECORD_LIMIT = 8 * 1024 * 1024  # characters of one record (a card, an entry), photos included
_UNDECODED = re.compile("[\udc80-\udcff]")  # bytes the file's encoding refused (surrogateescape)


class TextRecords:
    """The decoded lines of a file of records; subclasses split them and read each record."""

    kind = ""
    header = ["full_name", "email", "phone", "company", "job_title"]  # each record's fields

    def __init__(self, path: str, raw, encoding: str, fallback: str | None = None):
        self.path, self.fallback = path, fallback
        self.encoding = f"utf-8, else {fallback} (line by line)" if fallback else encoding
        self.header_line = None
        self._text = io.TextIOWrapper(raw, encoding=encoding, errors="surrogateescape", newline="")
        self._codec = encoding
        self.skipped: Counter = Counter()
        self.row_lines = 0  # physical lines that are part of a record

    def describe(self) -> dict:
        return {"kind": self.kind, "encoding": self.encoding}

    def _lines(self) -> Iterator[str | None]:
        """The file's lines, decoded; None for a line no allowed encoding reads."""
        for line in self._physical_lines():
            if line.isascii() or not _UNDECODED.search(line):
                yield line
                continue
            data = line.encode(self._codec, "surrogateescape")
            yield mixed_line(data, self.fallback) if self.fallback else None

    def _physical_lines(self) -> Iterator[str]:
        """The file's physical lines, each whole: the chunks readline(LINE_LIMIT) cuts a long
        line into are joined again (an unfolded photo or key of megabytes is one line of its
        record, not several, and the lines after it keep their numbers). A line past
        RECORD_LIMIT is cut there: its record is too large to read anyway."""
        parts: list[str] = []
        size = 0
        for chunk in iter(lambda: self._text.readline(LINE_LIMIT), ""):
            if size <= RECORD_LIMIT:
                parts.append(chunk)
                size += len(chunk)
            if chunk.endswith(("\n", "\r")):
                yield "".join(parts)
                parts, size = [], 0
        if parts:
            yield "".join(parts)

    def close(self) -> None:
        self._text.close()
