"""Decide a file's text encoding on evidence, and locate decoding errors.

Order of evidence: a BOM; NUL patterns (UTF-16 without BOM, or binary); bytes
that are valid UTF-8; plausible Western text in cp1252. charset-normalizer is
asked only when that evidence runs out, because detectors misjudge short
files ("José" in cp1252 read as CJK: chardet/chardet#134, jawah/charset_normalizer#12).
"""

import codecs
import re
from dataclasses import dataclass

from csv_import.errors import InputError

SAMPLE_SIZE = 4 * 1024 * 1024  # a later non-UTF-8 byte still fails, but with its line named

_BOMS = (  # UTF-32 first: its LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WORD = re.compile(r"[^\W\d_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Decision:
    encoding: str
    reason: str  # why, for logs and error messages


def detect_encoding(sample: bytes, path: str, *, whole: bool = False) -> Decision:
    """Pick the encoding from a file's first bytes (`whole`: the sample is the entire file).

    Raises InputError if the bytes aren't text in any encoding we can name.
    """
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return Decision(name, "byte order mark")
    if b"\x00" in sample:
        return _utf16_without_bom(sample, path)
    try:
        # A sample cut from a bigger file may end inside a multi-byte character.
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=whole)
        return Decision("utf-8", "valid UTF-8")
    except UnicodeDecodeError:
        pass
    if _looks_mac_roman(sample):
        return Decision("mac_roman", "not UTF-8; CR line ends and accented letters as MacRoman")
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_western(text):
        return Decision("cp1252", "not UTF-8; reads as Western text in cp1252")
    guess = _ask_detector(sample)
    if guess:
        return Decision(guess, "not UTF-8 or Western cp1252; charset-normalizer's best guess")
    if text is not None and not _CONTROL.search(text):
        return Decision("cp1252", "not UTF-8; cp1252 is the only fit")
    line, byte = locate_decode_error(sample, "utf-8")
    raise InputError(
        f"{path}: line {line}: not text in a known encoding "
        f"(byte 0x{byte:02x} is not UTF-8; cp1252 doesn't fit either); pass --encoding"
    )


def _utf16_without_bom(sample: bytes, path: str) -> Decision:
    # Text in UTF-16 has a NUL in every other byte for ASCII characters;
    # anything else with NULs is binary.
    head = sample[:65536]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = max(len(head) // 2, 1)
    for name, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros > pairs * 0.3 and other < zeros * 0.05:
            try:
                codecs.getincrementaldecoder(name)().decode(head, final=False)
            except UnicodeDecodeError:
                break
            return Decision(name, "NUL bytes in a UTF-16 pattern")
    raise InputError(f"{path}: not a text file (contains NUL bytes); save it as CSV UTF-8 or .xlsx")


def _looks_mac_roman(sample: bytes) -> bool:
    """Excel for Mac's "CSV" is MacRoman with CR line ends (Excel's "Save As" formats).

    MacRoman puts its accented lowercase letters (é, í, ü, ñ ...) at 0x80-0x9F,
    where cp1252 has punctuation and a few rare letters ("JosŽ Garc’a"), and
    cp1252's own accented letters sit at 0xC0-0xFF. Both kinds of evidence are
    needed: CR-only line ends, and more letter-bound 0x80-0x9F bytes than 0xC0-0xFF ones.
    """
    if b"\r" not in sample or b"\n" in sample:
        return False
    inside = sum(
        1
        for i, byte in enumerate(sample)
        if 0x80 <= byte <= 0x9F and i and chr(sample[i - 1]).isalpha()
    )
    western = sum(1 for byte in sample if byte >= 0xC0)
    return inside > western


def _looks_western(text: str) -> bool:
    """True unless most words with non-ASCII letters are made mostly of them.

    Western names put an accent or two in ASCII words ("José", "Müller");
    Cyrillic or Greek bytes read as cp1252 give words like "Ïðèâåò". A couple
    of odd words is not enough evidence to leave cp1252.
    """
    if _CONTROL.search(text):
        return False
    accented = foreign = 0
    for word in _WORD.findall(text):
        if word.isascii() or len(word) < 3:  # "à", "é": too short to tell
            continue
        accented += 1
        high = sum(1 for c in word if ord(c) > 127)
        if high * 2 > len(word):
            foreign += 1
    return foreign < 3 or foreign * 2 <= accented


def _ask_detector(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported late: it is slow to import

    best = from_bytes(sample[:262144]).best()
    if best is None:
        return None
    try:
        codecs.getincrementaldecoder(best.encoding)().decode(sample, final=False)
    except (UnicodeDecodeError, LookupError):
        return None
    return best.encoding


def decode_error(path: str, source, encoding: str) -> InputError:
    """The one-line error for bytes of `source` (bytes or a binary file) that `encoding` refuses."""
    line, byte = locate_decode_error(source, encoding)
    return InputError(
        f"{path}: line {line}: cannot decode as {encoding} (byte 0x{byte:02x}); pass --encoding"
    )


def locate_decode_error(source, encoding: str, chunk_size: int = 1 << 20) -> tuple[int, int]:
    """Return (physical line, offending byte) of the first decoding error.

    `source` is bytes or a binary file. Raises ValueError if it decodes cleanly.
    """
    if isinstance(source, bytes | bytearray):
        chunks = (source[i : i + chunk_size] for i in range(0, len(source), chunk_size))
    else:
        chunks = iter(lambda: source.read(chunk_size), b"")
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    lines, last = 1, ""
    for chunk in chunks:
        state = decoder.getstate()
        try:
            text = decoder.decode(chunk)
        except UnicodeDecodeError as error:
            # error.object is the decoder's pending bytes followed by this chunk.
            decoder.setstate(state)
            good = max(error.start - len(state[0]), 0)
            text = decoder.decode(chunk[:good])
            lines += _count_breaks(text, last)
            return lines, error.object[error.start]
        lines += _count_breaks(text, last)
        last = text[-1:] or last
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as error:  # the file ends inside a character
        return lines, error.object[error.start]
    raise ValueError(f"no decoding error in {encoding}")


def _count_breaks(text: str, last: str) -> int:
    count = text.count("\n") + text.count("\r") - text.count("\r\n")
    if last == "\r" and text.startswith("\n"):
        count -= 1  # a CRLF split across two chunks
    return count
