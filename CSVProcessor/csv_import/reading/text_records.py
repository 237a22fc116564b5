"""A text file of records that are not table rows (vCards, LDIF entries), decoded line by line.

The whole file's encoding was decided before (line_decoding.decide); bytes that still
don't decode are kept as surrogates and judged line by line, so one bad line spoils
its record only. A line that names its own charset (a vCard 2.1 property's CHARSET, a
subclass's `_declared`) is read in it when the file's encoding does not read it as
UTF-8: a card in ISO-8859-2 among UTF-8 and windows-1251 ones is not read as either.
"""

import codecs
import io
import re
from collections import Counter
from collections.abc import Iterator

from csv_import.reading.line_decoding import mixed_line

LINE_LIMIT = 1024 * 1024
RECORD_LIMIT = 8 * 1024 * 1024  # characters of one record (a card, an entry), photos included
# Labels that Windows writers put on their own code page's bytes: read as that code page,
# as the WHATWG Encoding Standard reads these labels (its "Legacy single-byte encodings"),
# so 0x80-0x9F are letters and quotes, not C1 control characters.
_AS_WINDOWS = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252",
               "iso8859-9": "cp1254", "iso8859-11": "cp874"}  # fmt: skip
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
        lines = self._physical_lines()
        if codecs.lookup(self._codec).name in ("utf-8", "utf-8-sig"):
            lines = _characters_rejoined(lines)
        for line in lines:
            # A byte order mark starting a line is no text: the file's own was read as its
            # encoding's; one further on is where two exports were joined (`cat a.vcf
            # b.vcf`), and hid the second file's first BEGIN:VCARD or dn: line.
            line = line.removeprefix("\ufeff")
            own = None if line.isascii() else self._own_reading(line)
            if own is not None:
                yield own
            elif line.isascii() or not _UNDECODED.search(line):
                yield line
            else:
                data = line.encode(self._codec, "surrogateescape")
                yield mixed_line(data, self.fallback) if self.fallback else None

    def _own_reading(self, line: str) -> str | None:
        """The line read in the charset it declares, where that is evidence the file's
        encoding lacks: a line that is not UTF-8 in a UTF-8 file (its bytes undecoded), or
        any line of a file in a legacy code page; None when it declares none, the same
        one, or one that does not read it. A UTF-16 or UTF-32 file is text already."""
        declared = self._declared(line)
        codec = self._codec.replace("_", "-").lower()
        if declared is None or codec.startswith(("utf-16", "utf-32")):
            return None
        if codec.startswith("utf-8") and not _UNDECODED.search(line):
            return None  # valid UTF-8: the bytes' own evidence outweighs a label
        try:
            declared = codecs.lookup(declared).name
            declared = _AS_WINDOWS.get(declared, declared)
            if declared == codecs.lookup(self._codec).name:
                return None
            return line.encode(self._codec, "surrogateescape").decode(declared)
        except (LookupError, UnicodeError):
            return None

    def _declared(self, line: str) -> str | None:
        """The charset a line names for itself (none here: a subclass's format may)."""
        return None

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


# A line ending in the first bytes of a UTF-8 character (undecoded), and a line that goes on
# with its last bytes after one space or tab: a fold written inside the character.
_CUT_END = re.compile("([\udcc2-\udcf4][\udc80-\udcbf]{0,2})(\r\n|\n|\r)\\Z")
_CUT_START = re.compile("[ \t]([\udc80-\udcbf]{1,3})")


def _characters_rejoined(lines: Iterator[str]) -> Iterator[str]:
    """The lines, a character a fold cut in two (RFC 6350 3.2: implementations "SHOULD
    unfold lines in such a way as to properly restore the original sequence") whole again
    on the fold's line, after its space: unfolded, the text is the writer's, and each line
    keeps its number. A cut that does not make a character stays undecoded."""
    held = None
    for line in lines:
        if held is not None:
            if not held.isascii() and not line.isascii():  # the cut's bytes are undecoded
                held, line = _rejoined(held, line)
            yield held
        held = line
    if held is not None:
        yield held


def _rejoined(before: str, after: str) -> tuple[str, str]:
    """The two lines, the character cut at the fold between them whole on `after`'s."""
    end, start = _CUT_END.search(before), _CUT_START.match(after)
    if not (end and start):
        return before, after
    cut = (end.group(1) + start.group(1)).encode("utf-8", "surrogateescape")
    try:
        whole = cut.decode("utf-8")
    except UnicodeDecodeError:
        return before, after
    return before[: end.start()] + end.group(2), after[0] + whole + after[start.end() :]
