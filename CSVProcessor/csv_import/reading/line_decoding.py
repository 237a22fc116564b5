"""A text file's encoding on the whole file's evidence, decided before its first row is sent.

The encoding is detected on the first 4 MB (encoding.py); this reads the whole
file once more (in C, about a second per gigabyte) before anything is enqueued:

- a file that decodes cleanly is read with that encoding;
- a file detected as UTF-8 with a byte that isn't, or detected as an 8-bit
  encoding with lines that are UTF-8 (two exports pasted together), is "mixed":
  each line is decoded on its own evidence, UTF-8 when it is valid UTF-8, else the
  legacy code page the whole file's non-UTF-8 lines read as (code_pages.py) —
  never as mojibake;
- a file detected as a legacy code page that a later byte contradicts is judged
  again on the whole file's non-UTF-8 lines;
- a forced --encoding that does not fit names the line and exits 2, still
  before anything was sent.

The same decision serves CSV files and vCards (people_file.py).
"""

import codecs
import re

from csv_import.reading.code_pages import EVIDENCE_LIMIT, LINE_END, evidence_lines
from csv_import.reading.encoding import decode_error, legacy_decision
from csv_import.reading.languages import CJK, CODE_PAGES

# 8-bit code pages: a line of them that is valid UTF-8 is UTF-8 (a CJK line may be by chance).
_EIGHT_BIT = frozenset(codecs.lookup(c).name for c in CODE_PAGES if c not in CJK) | {
    "iso8859-1",
    "latin-1",
}
_UTF8 = ("utf-8", "utf-8-sig")
# A multi-byte UTF-8 sequence: what no 8-bit Western text writes by accident.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
CHUNK = 1 << 20


def decide(raw, path: str, encoding: str, forced: bool) -> tuple[str, str | None]:
    """(encoding, 8-bit fallback for a mixed file, else None); InputError if forced and wrong.

    A file that doesn't decode as the sample said is judged again on the
    non-UTF-8 lines of the whole file (at most EVIDENCE_LIMIT bytes of them).
    """
    raw.seek(0)
    codec = codecs.lookup(encoding).name
    try:
        error = decode_error(path, raw, codec)
    except ValueError:  # decodes cleanly
        if codec in _EIGHT_BIT and not forced and _has_utf8_lines(raw):
            return "utf-8", codec
        return encoding, None
    finally:
        raw.seek(0)
    # Judged only once the file failed to decode: a second pass over every file was not owed.
    if codec == "utf-8" and cut_in_last_character(raw):
        return encoding, None  # UTF-8 cut short: its last row is row.cut_short (csv_records.py)
    if forced or (codec not in _UTF8 and codec not in _EIGHT_BIT and codec not in _CJK):
        raise error
    fallback = legacy_decision(_non_utf8_lines(raw), path).encoding
    raw.seek(0)
    # UTF-8 lines may hold bytes the code page lacks ("Á" is C3 81; cp1252 has no 81).
    mixed = codec in _EIGHT_BIT and _has_utf8_lines(raw)
    raw.seek(0)
    if codec in _UTF8 or mixed:
        return "utf-8", fallback
    if codecs.lookup(fallback).name != codec:
        try:
            decode_error(path, raw, fallback)
        except ValueError:
            return fallback, None
        finally:
            raw.seek(0)
    raise error


_CJK = frozenset(codecs.lookup(c).name for c in CJK)


def cut_in_last_character(raw) -> bool:
    """Whether the file is UTF-8 with multi-byte characters but for its end, cut inside one.

    Such a file was refused whole ("not UTF-8, and no legacy code page reads it"), its
    good rows with it, as if one cut character were evidence of another encoding. A file
    with no other multi-byte character is not judged here (`José` in cp1252 ends in what
    would be a UTF-8 lead byte).
    """
    raw.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")()
    multi_byte = False
    try:
        while chunk := raw.read(CHUNK):
            multi_byte = not decoder.decode(chunk).isascii() or multi_byte
    except UnicodeDecodeError:
        return False
    finally:
        raw.seek(0)
    return multi_byte and bool(decoder.getstate()[0])


# A fold (a line end, then one space or tab: RFC 6350 3.2, RFC 2849) followed by a UTF-8
# continuation byte, which starts no character: the fold was written inside one.
_FOLD_INSIDE = re.compile(rb"(?:\r\n|\n|\r)[ \t](?=[\x80-\xbf])")


def folded_inside_characters(raw) -> bool:
    """Whether the file is UTF-8 once the folds written inside its characters are taken out.

    A writer that folds a vCard or LDIF line at a byte count cuts a multi-byte character in
    two (`Zo\xc3`, CRLF, space, `\xabe`); RFC 6350 3.2 says to unfold so as to restore the
    sequence. Such a file was refused whole ("not UTF-8, and no legacy code page reads it"),
    or read in a code page as mojibake. False for a file with no such fold (one pass, in C).
    """
    raw.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")()
    found, rest = False, b""
    try:
        while chunk := raw.read(CHUNK):
            data = rest + chunk
            # Keep back the last bytes, and any line end or blank before them: a fold and
            # the byte after it are looked at whole.
            cut = max(len(data) - 4, 0)
            while cut and data[cut - 1 : cut] in (b"\r", b"\n", b" ", b"\t"):
                cut -= 1
            unfolded, count = _FOLD_INSIDE.subn(b"", data[:cut])
            found = found or count > 0
            decoder.decode(unfolded)
            rest = data[cut:]
        unfolded, count = _FOLD_INSIDE.subn(b"", rest)
        decoder.decode(unfolded, final=True)
    except UnicodeDecodeError:
        return False
    finally:
        raw.seek(0)
    return found or count > 0


def _non_utf8_lines(raw) -> list[bytes]:
    """The whole file's lines that aren't UTF-8, streamed, EVIDENCE_LIMIT bytes at most."""
    raw.seek(0)
    lines: list[bytes] = []
    size, rest = 0, b""
    while chunk := raw.read(CHUNK):
        data = rest + chunk
        cut = data.rfind(b"\n")
        if cut < 0 and len(data) <= CHUNK:
            rest = data  # a line longer than this chunk: wait for its end
            continue
        # Whole lines only (a line longer than a chunk: judged by its first part).
        whole, rest = (data[: cut + 1], data[cut + 1 :]) if cut >= 0 else (data, b"")
        try:
            whole.decode("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        found = evidence_lines(whole, EVIDENCE_LIMIT - size)
        lines += found
        size += sum(map(len, found))
        if size >= EVIDENCE_LIMIT:
            break
    lines += evidence_lines(rest, max(EVIDENCE_LIMIT - size, 1)) if size < EVIDENCE_LIMIT else []
    return lines


def _has_utf8_lines(raw) -> bool:
    raw.seek(0)
    tail = b""
    while chunk := raw.read(CHUNK):
        if _UTF8_SEQUENCE.search(tail + chunk):
            return True
        tail = chunk[-3:]
    return False


class UndecodableLine(Exception):
    """A line of a mixed file that is text in neither UTF-8 nor the file's code page."""


def mixed_line(data: bytes, fallback: str) -> str | None:
    """One line of a mixed file: UTF-8 if it is valid UTF-8, else the code page's; None in neither.

    The code page was decided on the evidence of all non-UTF-8 lines together, so one
    line can still hold a byte it lacks (0x81 in cp1250): that line is the caller's
    reject, never read with U+FFFD in place of its letters.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(fallback)
    except UnicodeDecodeError:
        return None


class MixedLines:
    """A text stream over a binary file whose lines are UTF-8 or an 8-bit encoding, each.

    Lines end in CRLF, LF or a bare CR, as a text file opened with `newline=""` reads them:
    the binary file's readline ends lines at LF only, so a file with CR line ends (an old
    Mac's, Excel for Mac's) was one line, refused as `header too large` (a cp1251 file
    whose `Пё` is also a UTF-8 sequence, CF B8, is read as mixed). A CR byte is never
    inside a character of UTF-8 or of the 8-bit and CJK code pages read here.
    """

    def __init__(self, raw, fallback: str):
        self.raw, self.fallback = raw, fallback
        self.encoding = f"utf-8, else {fallback} (line by line)"
        self._pending, self._at = b"", 0  # read from the file; given up to _at

    def readline(self, limit: int = -1) -> str:
        """The next line; UndecodableLine (the line consumed) if it is in neither encoding."""
        line = mixed_line(self._raw_line(limit), self.fallback)
        if line is None:
            raise UndecodableLine
        return line

    def _raw_line(self, limit: int) -> bytes:
        """The next line's bytes with its end (at most `limit` bytes, as readline's limit).
        What the file's readline gave past the line waits in `_pending` from `_at` on: a
        chunk of an old Mac's file holds many lines, each taken without copying the rest."""
        data, at = self._pending, self._at
        while True:
            end = LINE_END.search(data, at)
            if end or (limit >= 0 and len(data) - at >= limit):
                break
            more = self.raw.readline(limit - (len(data) - at) if limit >= 0 else -1)
            if not more:
                break
            data, at = data[at:] + more, 0
        cut = end.end() if end else len(data)
        if limit >= 0:
            cut = min(cut, at + limit)
        if data[cut - 1 : cut] == b"\r" and cut == len(data) and (limit < 0 or cut - at < limit):
            after = self.raw.read(1)  # a CR last: its LF may follow, the same line end
            data += after
            cut += after == b"\n"
        self._pending, self._at = data, cut
        return data[at:cut]

    def close(self) -> None:
        self.raw.close()
