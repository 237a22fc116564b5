"""A text file's encoding on the whole file's evidence, decided before its first row is sent.

The encoding is detected on the first 4 MB (encoding.py); this reads the whole
file once more (in C, about a second per gigabyte) before anything is enqueued:

- a file that decodes cleanly is read with that encoding;
- a file detected as UTF-8 with a byte that isn't, or detected as an 8-bit
  encoding with lines that are UTF-8 (two exports pasted together), is "mixed":
  each line is decoded on its own evidence, UTF-8 when it is valid UTF-8, else the
  8-bit encoding (cp1252 unless the evidence said MacRoman) — never as mojibake;
- a forced --encoding that does not fit names the line and exits 2, still
  before anything was sent.
"""

import codecs
import re

from csv_import.reading.encoding import decode_error

_EIGHT_BIT = ("cp1252", "mac_roman", "iso8859-1", "iso8859-15", "latin-1")
# A multi-byte UTF-8 sequence: what no 8-bit Western text writes by accident.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
CHUNK = 1 << 20


def decide(raw, path: str, encoding: str, forced: bool) -> tuple[str, str | None]:
    """(encoding, 8-bit fallback for a mixed file, else None); InputError if forced and wrong."""
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
    if forced or codec not in ("utf-8", "utf-8-sig"):
        raise error
    return "utf-8", "cp1252"


def _has_utf8_lines(raw) -> bool:
    raw.seek(0)
    tail = b""
    while chunk := raw.read(CHUNK):
        if _UTF8_SEQUENCE.search(tail + chunk):
            return True
        tail = chunk[-3:]
    return False


class MixedLines:
    """A text stream over a binary file whose lines are UTF-8 or an 8-bit encoding, each."""

    def __init__(self, raw, fallback: str):
        self.raw, self.fallback = raw, fallback
        self.encoding = f"utf-8, else {fallback} (line by line)"

    def readline(self, limit: int = -1) -> str:
        data = self.raw.readline(limit)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode(self.fallback, errors="replace")

    def close(self) -> None:
        self.raw.close()
