"""Decide a file's text encoding on evidence, and locate decoding errors.

Order of evidence: a BOM; NUL patterns (UTF-16 without BOM, or binary); bytes
that are valid UTF-8; MacRoman's CR line ends; then the legacy code page whose
reading of the non-ASCII lines is real text in a language it writes
(code_pages.py), or a refusal naming the candidates. charset-normalizer is
asked only when no modelled reading is text, because detectors misjudge short
files ("José" in cp1252 read as CJK: chardet/chardet#134, jawah/charset_normalizer#12).
"""

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass

from csv_import.errors import InputError
from csv_import.reading.code_pages import (
    LINE_END,
    evidence_lines,
    guess_code_page,
    reads_as_text,
)
from csv_import.reading.languages import CODE_PAGES

SAMPLE_SIZE = 4 * 1024 * 1024  # a later non-UTF-8 byte still fails, but with its line named

_BOMS = (  # UTF-32 first: its LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MODELLED = frozenset(codecs.lookup(name).name for name in CODE_PAGES)


@dataclass(frozen=True, slots=True)
class Decision:
    encoding: str
    reason: str  # why, for logs and error messages


def detect_encoding(sample: bytes, path: str, *, whole: bool = False) -> Decision:
    """Pick the encoding from a file's first bytes (`whole`: the sample is the entire file).

    Raises InputError if the bytes aren't text in any encoding we can name.
    """
    bom = bom_encoding(sample)
    if bom is not None:
        return Decision(bom, "byte order mark")
    binary = InputError(
        f"{path}: not a text file (contains NUL bytes); save it as CSV UTF-8 or .xlsx"
    )
    if b"\x00" in sample:
        utf16 = utf16_without_bom(sample)
        if utf16 is not None:
            return Decision(utf16, "NUL bytes in a UTF-16 pattern")
        if not stray_nuls(sample):
            raise binary
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # A sample cut from a bigger file may end inside a multi-byte character.
        text = decoder.decode(sample, final=False)
    except UnicodeDecodeError:
        text = None
    if text is not None:
        seven_bit = seven_bit_cjk(sample) if text.isascii() else None
        if seven_bit is not None:
            return Decision(seven_bit, "ASCII with a 7-bit CJK encoding's shifts, read as CJK")
        if not (whole and decoder.getstate()[0]):
            return Decision("utf-8", "valid UTF-8")
        # So may a whole file cut short (a download stopped mid-character) when the rest
        # is UTF-8 with multi-byte characters: its last row is a reject (row.cut_short,
        # csv_records.py), not a reason to read the file in a code page. Without them
        # (`José` in cp1252 ends in a UTF-8 lead byte) the cut is no evidence.
        if not text.isascii():
            return Decision("utf-8", "valid UTF-8, cut short in its last character")
    mac = Decision("mac_roman", "not UTF-8; CR line ends and accented letters as MacRoman")
    try:
        decided = legacy_decision(
            evidence_lines(sample), path, _ascii_header(sample), cr_line_ends(sample)
        )
    except InputError:
        if _looks_mac_roman(sample):
            return mac
        if b"\x00" in sample:  # NULs, and no text either: binary after all
            raise binary from None
        raise
    # The CR line ends decide MacRoman only over readings of its own (Western) languages:
    # other code pages put letters at 0x80-0x9F too, cp1250's ś (Wiśniewski, "Wiúniewski"
    # in MacRoman) and Shift-JIS's double bytes (山田 is 8E 52 93 63, "éRìc").
    western = CODE_PAGES.get(decided.encoding) == CODE_PAGES["mac_roman"]
    if western and _looks_mac_roman(sample):
        return mac
    return decided


# The 7-bit CJK encodings of e-mail and Usenet: every byte ASCII, the CJK text between
# shifts (ESC sequences; HZ's `~{` and `~}`), so the bytes are valid UTF-8 too.
_SEVEN_BIT = (
    ("iso2022_jp", (b"\x1b$B", b"\x1b$@", b"\x1b(J")),
    ("iso2022_kr", (b"\x1b$)C",)),
    ("hz", (b"~{",)),
)


def seven_bit_cjk(sample: bytes) -> str | None:
    """The 7-bit CJK encoding (ISO-2022-JP, ISO-2022-KR, HZ) of an ASCII sample holding its
    shift sequences, when the whole sample decodes in it and gives Han, kana or Hangul;
    None otherwise. ESC is no character of text; `~{` may be (a template), so the decoding
    decides: ASCII that only looks like HZ does not decode to CJK letters."""
    for name, shifts in _SEVEN_BIT:
        if not any(shift in sample for shift in shifts):
            continue
        try:
            text = codecs.getincrementaldecoder(name)().decode(sample, final=False)
        except UnicodeDecodeError:
            continue
        if any(_is_cjk(ch) for ch in text):
            return name
    return None


def _is_cjk(ch: str) -> bool:
    return "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7a3"


def _ascii_header(sample: bytes) -> str:
    """The ASCII cells of the first line of `sample` (a header's words the evidence lines
    don't decide): the whole line if it is ASCII, else its cells without a byte beyond
    ASCII (`Come ti chiami? (nome e cognome)` beside `Qual \xe8 il tuo indirizzo email?`:
    Italian name words settle cp1252's `è` against cp1251's `и`).
    Its end is CRLF, LF or a bare CR, as evidence_lines cuts lines: with an old Mac's CR
    line ends the first "line" was the whole sample, never ASCII, and a tie its header
    settles with LF ends (`Nachname,E-Mail` over `Øyvind Ærø`) was refused."""
    first = LINE_END.split(sample, maxsplit=1)[0]
    if first.isascii():
        return first.decode("ascii")
    return ",".join(c.decode("ascii") for c in _HEADER_CELLS.split(first) if c.isascii())


_HEADER_CELLS = re.compile(rb"[,;\t|]")


def legacy_decision(
    lines: list[bytes], path: str, header: str = "", cr_ends: bool = False
) -> Decision:
    """The legacy code page of these non-ASCII lines (code_pages.py); InputError if unsure.

    charset-normalizer is asked only when no reading we model is text at all
    (a script no candidate writes), and its guess is taken only if it names
    a code page we don't model and its reading has 20 letters and no sign of mojibake.
    """
    try:
        encoding, reason = guess_code_page(lines, path, header, cr_ends)
    except InputError as unsure:
        if "equally well" in str(unsure):
            raise
        guess = _ask_detector(b"\n".join(lines))
        if (
            guess is None
            or codecs.lookup(guess).name in _MODELLED
            or not reads_as_text(b"\n".join(lines).decode(guess, "replace"))
        ):
            raise
        return Decision(guess, "not UTF-8 or a modelled code page; charset-normalizer's guess")
    return Decision(encoding, reason)


def bom_encoding(sample: bytes) -> str | None:
    """The encoding a byte order mark at the start of `sample` says, or None."""
    return next((name for bom, name in _BOMS if sample.startswith(bom)), None)


def utf16_without_bom(sample: bytes) -> str | None:
    """utf-16-le or utf-16-be if `sample` has a NUL in every other byte, as ASCII characters
    in UTF-16 do; None otherwise (anything else with NULs is binary)."""
    head = sample[:65536]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = max(len(head) // 2, 1)
    for name, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros > pairs * 0.3 and other < zeros * 0.05:
            try:
                codecs.getincrementaldecoder(name)().decode(head, final=False)
            except UnicodeDecodeError:
                return None
            return name
    return None


def stray_nuls(sample: bytes) -> bool:
    """Whether the NUL bytes of a text sample are strays (a damaged or padded field), fewer
    than its lines and than 1 byte in 20: the file is text, and as after the sample a NUL is
    a character of its field (a name or address with one is that row's reject). Binary
    files have more NULs than line ends (an ELF or PNG header: 6 NULs in 12 bytes). NULs
    after the last line's end (line ends among them aside) are padding, not counted: a fixed
    buffer or a preallocated file written short (a crash, a full disk) fills the rest with
    NULs. A run ending a line of other bytes (the ELF header's) is no padding."""
    text = sample.rstrip(b"\x00\r\n")
    if sample[len(text) : len(text) + 1] in (b"\r", b"\n"):
        sample = text
    nuls = sample.count(0)
    return nuls <= max(sample.count(b"\n"), sample.count(b"\r")) and nuls * 20 <= len(sample)


def cr_line_ends(sample: bytes) -> bool:
    """Whether the lines of `sample` end in a bare CR (an old Mac's, Excel for Mac's CSV):
    no CRLF, and more bare CRs than LFs. An LF among them is a line break inside a quoted
    cell (Excel's Alt+Enter writes LF on a Mac too), not the file's line end."""
    return b"\r\n" not in sample and sample.count(b"\r") > sample.count(b"\n")


def _looks_mac_roman(sample: bytes) -> bool:
    """Excel for Mac's "CSV" is MacRoman with CR line ends (Excel's "Save As" formats).

    MacRoman puts its accented lowercase letters (é, í, ü, ñ ...) at 0x80-0x9F,
    where cp1252 has punctuation and a few rare letters ("JosŽ Garc’a"), and
    cp1252's own accented letters sit at 0xC0-0xFF. Both kinds of evidence are
    needed: CR-only line ends, and more letter-bound 0x80-0x9F bytes than 0xC0-0xFF ones.
    """
    if not cr_line_ends(sample):
        return False
    inside = sum(
        1
        for i, byte in enumerate(sample)
        if 0x80 <= byte <= 0x9F and i and chr(sample[i - 1]).isalpha()
    )
    western = sum(1 for byte in sample if byte >= 0xC0)
    return inside > western


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
    chunks: Iterator[bytes | bytearray]
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
