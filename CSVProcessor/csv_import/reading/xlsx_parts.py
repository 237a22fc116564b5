"""The workbook-wide parts of an .xlsx: its sheets, its date formats, its shared strings.

ECMA-376 Part 1, SpreadsheetML: xl/workbook.xml (sheets, their visibility, the
active tab, the 1904 date system), xl/styles.xml (which cell styles are dates
or durations, by calamine's rules so both readers agree), xl/sharedStrings.xml.
Every part is parsed as it decompresses, with the standard library's expat,
and nothing a part claims is trusted to size memory: a run of more than
TAG_LIMIT bytes without a `>` (one tag or one text that would be held whole),
a part larger than its limit, or a shared-string table over its budget ends
the import with one line. Every zip member read (an .xlsx's parts, an .ods's
content.xml, manifest and mimetype) goes through member_chunks: one encrypted or
that can't be decompressed ends it the same way (Encrypted, Damaged).
"""

import lzma
import posixpath
import re
import zipfile
import zlib
from collections.abc import Generator, Iterator
from typing import NamedTuple
from xml.parsers import expat

from csv_import.errors import InputError
from csv_import.reading.cell_text import DATE, DURATION, mailto_address

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# Strict Open XML (ISO/IEC 29500 Strict: Excel's "Strict Open XML Spreadsheet" save type)
# names the same elements and attributes in these namespaces; python-calamine reads both.
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
_STRICT_RELS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
RELATIONSHIP_IDS = (f"{_RELS} id", f"{_STRICT_RELS} id")  # an r:id, either namespace
CHUNK = 1 << 20
TAG_LIMIT = 1 << 20  # an Excel cell holds at most 32,767 characters
PART_LIMIT = 64 << 20  # workbook.xml, its relationships, styles.xml
SHEET_LIMIT = 4 << 30  # a sheet's XML, uncompressed (a million rows of people: ~200 MB)
STRINGS_BUDGET = 256 << 20  # the shared-string table as Python holds it, estimated
_STRING_COST = 64  # a str object and its slot in the list, beside its characters


class Damaged(Exception):
    """A part that can't be read, or that would take unbounded memory: one line for the user."""


class Encrypted(Damaged):
    """A workbook saved with a password: its parts can't be read without it."""

    def __init__(self) -> None:
        super().__init__("password-protected (encrypted) workbook: save it without a password")


def unreadable(path: str, what: str, error: Exception) -> InputError:
    """The one line for a workbook that can't be read: `what` and why, or that it is encrypted."""
    if isinstance(error, Encrypted):
        return InputError(f"{path}: {error}")
    return InputError(f"{path}: {what} ({error})")


# What decompressing a member raises on damaged data, beside zipfile's own BadZipFile (a bad
# CRC): a method zipfile lacks (NotImplementedError), and each decompressor's error (zlib,
# lzma; bz2 raises OSError or EOFError).
_DECOMPRESSION_ERRORS = (
    zipfile.BadZipFile, NotImplementedError, zlib.error, lzma.LZMAError, OSError, EOFError
)  # fmt: skip


def member_chunks(
    archive: zipfile.ZipFile, member: str, size: int = CHUNK
) -> Generator[bytes, None, None]:
    """Zip `member`'s bytes as they decompress, `size` at most at a time; every way a member
    can't be read (encrypted, an unknown method, corrupt data) is Encrypted or Damaged."""
    info = archive.getinfo(member)
    if info.flag_bits & 0x1:  # zip encryption: zipfile would ask for a password
        raise Encrypted
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(size):
                yield chunk
    except _DECOMPRESSION_ERRORS as error:
        raise Damaged(f"damaged workbook: {member} can't be read ({error})") from None


class Sheet(NamedTuple):
    name: str
    member: str  # its zip member, e.g. xl/worksheets/sheet1.xml
    state: str  # visible, hidden or veryHidden


class WorkbookInfo(NamedTuple):
    sheets: list[Sheet]
    active: int  # the workbook view's activeTab: the sheet Excel opens on
    date1904: bool


def parser(start, end=None, text=None) -> expat.XMLParserType:
    made = expat.ParserCreate(namespace_separator=" ")
    made.buffer_text = True
    made.StartElementHandler, made.EndElementHandler = start, end
    made.CharacterDataHandler = text
    return made


def parse(archive: zipfile.ZipFile, member: str, made, limit: int) -> Iterator[None]:
    """Feed zip `member` to the parser `made` a chunk at a time; yields after each chunk."""
    info = archive.getinfo(member)
    if info.file_size > limit:  # zipfile never inflates past file_size (then checks the CRC)
        raise Damaged(f"{member} inflates to {info.file_size:,} bytes (limit {limit:,})")
    run = 0  # bytes since the last ">": expat holds an unfinished tag or text whole
    for chunk in member_chunks(archive, member):
        last = chunk.rfind(b">")
        first = chunk.find(b">")
        if (run + (first if first >= 0 else len(chunk))) > TAG_LIMIT:
            raise Damaged(f"{member} has more than {TAG_LIMIT:,} bytes without a tag end")
        run = len(chunk) - last - 1 if last >= 0 else run + len(chunk)
        _fed(made, member, chunk, False)
        yield
    _fed(made, member, b"", True)
    yield


def _fed(made, member: str, chunk: bytes, final: bool) -> None:
    """expat raises LookupError, not an ExpatError, for an XML declaration naming an encoding
    Python lacks (`<?xml version="1.0" encoding="UTF38"?>`): a damaged part too, where it
    ended the CLI with a traceback."""
    try:
        made.Parse(chunk, final)
    except LookupError as error:
        raise Damaged(f"{member} is in no known encoding ({error})") from None


def _transitional(handler):
    """`handler` called with a Strict element's name as the transitional one's."""
    if handler is None:
        return None

    def call(name, *args):
        if name.startswith(STRICT_MAIN):
            name = MAIN + name[len(STRICT_MAIN) :]
        return handler(name, *args)

    return call


def _read(archive, member, start, end=None, text=None, limit=PART_LIMIT) -> None:
    made = parser(_transitional(start), _transitional(end), text)
    for _ in parse(archive, member, made, limit):
        pass


def workbook_info(archive: zipfile.ZipFile) -> WorkbookInfo:
    found: list[tuple[str, str | None, str | None]] = []
    targets: dict[str | None, str] = {}
    view: dict[str, str] = {}  # the first workbookView's activeTab, workbookPr's date1904

    def start(name, attrs):
        if name == f"{MAIN} sheet":
            rel = attrs.get(f"{_RELS} id") or attrs.get(f"{_STRICT_RELS} id")
            found.append((attrs.get("name", ""), rel, attrs.get("state")))
        elif name == f"{MAIN} workbookView":
            view.setdefault("active", attrs.get("activeTab", "0"))
        elif name == f"{MAIN} workbookPr":
            view["date1904"] = attrs.get("date1904", "")

    def relationship(name, attrs):
        if name.endswith(" Relationship"):
            targets[attrs.get("Id")] = attrs.get("Target", "")

    _read(archive, "xl/workbook.xml", start)
    _read(archive, "xl/_rels/workbook.xml.rels", relationship)
    if not found:
        raise Damaged("xl/workbook.xml lists no sheets")
    sheets = []
    for name, rel, state in found:
        target = targets.get(rel, "")
        member = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        sheets.append(Sheet(name, posixpath.normpath(member), state or "visible"))
    active = view.get("active") or "0"
    date1904 = view.get("date1904") in ("1", "true")
    return WorkbookInfo(sheets, int(active) if active.isdecimal() else 0, date1904)


def cell_formats(archive: zipfile.ZipFile) -> list[tuple[str | None, int]]:
    """Per cellXfs index: DATE, DURATION or None, as calamine decides (its formats.rs), and
    the digits a zero-padded format shows at least (padded_digits)."""
    if "xl/styles.xml" not in archive.namelist():
        return []
    codes: dict[str, str] = {}
    formats: list[tuple[str | None, int]] = []
    depth = {"cellXfs": 0}

    def start(name, attrs):
        if name == f"{MAIN} numFmt" and "numFmtId" in attrs and "formatCode" in attrs:
            codes[attrs["numFmtId"]] = attrs["formatCode"]
        elif name == f"{MAIN} cellXfs":
            depth["cellXfs"] += 1
        elif name == f"{MAIN} xf" and depth["cellXfs"]:
            id_ = attrs.get("numFmtId")
            if id_ is None:
                formats.append((None, 0))
            elif id_ in codes:
                formats.append((custom_format(codes[id_]), padded_digits(codes[id_])))
            else:
                formats.append((_BUILTIN.get(id_), 0))

    def end(name):
        if name == f"{MAIN} cellXfs":
            depth["cellXfs"] -= 1

    _read(archive, "xl/styles.xml", start, end)
    return formats


_BUILTIN = {str(i): DATE for i in (*range(14, 23), 45, 47)} | {"46": DURATION}


def custom_format(code: str) -> str | None:
    """A number format code as calamine's detect_custom_number_format reads it."""
    escaped = quoted = ampm = hms = False
    brackets = 0
    previous = " "
    for char in code:
        if escaped:
            escaped = False
        elif char in "_\\*":  # the next character is a literal
            escaped = True
        elif quoted:
            quoted = char != '"'
        elif char == '"':
            quoted = True
        elif char == ";":  # the first section only
            return None
        elif char == "[":
            brackets = min(brackets + 1, 255)
        elif char == "]" and brackets == 1 and hms:
            return DURATION
        elif char == "]":
            brackets = max(brackets - 1, 0)
        elif char in "aA" and not ampm and brackets == 0:
            ampm = True
        elif brackets == 0 and char in ("pm/PM" if ampm else "dmhysDMHYS"):
            return DATE
        elif not (hms and char.lower() == previous.lower()):
            hms = previous == "[" and char in "mhsMHS"
        previous = char
    return None


_CELL = re.compile(r"\$?[A-Za-z]{1,3}\$?(\d{1,7})")


def totals_rows(archive: zipfile.ZipFile, member: str) -> frozenset[int]:
    """The rows of a sheet that are its tables' Total Rows: the last `totalsRowCount` rows of
    each table's `ref` (ECMA-376 Part 1, 18.5.1.2; the sheet's relationships name its
    tables). Excel's "Total Row" holds a label and counts or sums, not a person."""
    folder, base = posixpath.split(member)
    rels = posixpath.join(folder, "_rels", f"{base}.rels")
    names = set(archive.namelist())
    if rels not in names:
        return frozenset()
    targets: list[str] = []

    def relationship(name, attrs):
        if name.endswith(" Relationship") and attrs.get("Type", "").endswith("/table"):
            targets.append(attrs.get("Target", ""))

    _read(archive, rels, relationship)
    rows: set[int] = set()
    for target in targets[:1024]:  # a sheet's tables; more is no sheet Excel wrote
        part = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        part = posixpath.normpath(part)
        if part not in names:
            continue
        table: dict[str, str] = {}

        def start(name, attrs, table=table):
            if name == f"{MAIN} table":
                table.update(attrs)

        _read(archive, part, start)
        count, corners = table.get("totalsRowCount", "0"), _CELL.findall(table.get("ref", ""))
        if count.isdecimal() and int(count) and corners:
            last = int(corners[-1])
            rows.update(range(max(last - min(int(count), 16), 0) + 1, last + 1))
    return frozenset(rows)


def mailto_targets(archive: zipfile.ZipFile, member: str) -> dict[str, str]:
    """{relationship id: address} of a sheet's `mailto:` hyperlinks: its `<hyperlink r:id>`
    elements (ECMA-376 Part 1, 18.3.1.47) name them in the sheet's relationships."""
    folder, base = posixpath.split(member)
    rels = posixpath.join(folder, "_rels", f"{base}.rels")
    found: dict[str, str] = {}
    if rels not in set(archive.namelist()):
        return found

    def relationship(name, attrs):
        if name.endswith(" Relationship") and attrs.get("Type", "").endswith("/hyperlink"):
            address = mailto_address(attrs.get("Target", ""))
            if address:
                found[attrs.get("Id", "")] = address

    _read(archive, rels, relationship)
    return found


_PADDED = re.compile(r"#*0{2,}")  # `00000000000`, `#0000`: at least that many digits


def padded_digits(code: str) -> int:
    """How many digits a whole-number format shows at least, when it pads with zeros.

    A phone, a postcode or a personal number typed as a number loses its leading zeros
    (07911123456 is the number 7911123456); a custom format of zeros (`00000000000`) is
    how people make Excel show them again. Only a format that is nothing but `0` and `#`
    (one section, no decimal point, no literal) counts; 0 for any other.
    """
    return code.count("0") if _PADDED.fullmatch(code) else 0


XML_SPACE = "http://www.w3.org/XML/1998/namespace space"


def shared_strings(archive: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    strings: list[str] = []
    parts: list[str] = []
    state = {"text": False, "phonetic": 0, "cost": 0, "run": 0, "keep": False}

    def start(name, attrs):
        if name == f"{MAIN} t" and not state["phonetic"]:
            state["text"] = True
            # Each run's text is trimmed unless it says xml:space="preserve", as Excel and
            # calamine read it (an inline string's too: xlsx_stream.py); before, `<t> Ann</t>`
            # was " Ann" here and "Ann" with FAST_PATHS=0.
            state["run"], state["keep"] = len(parts), attrs.get(XML_SPACE) == "preserve"
        elif name == f"{MAIN} rPh":  # phonetic guide text is not part of the value
            state["phonetic"] += 1

    def end(name):
        if name == f"{MAIN} t" and state["text"]:
            state["text"] = False
            if not state["keep"]:
                run = state["run"]
                parts[run:] = ["".join(parts[run:]).strip(" \t\r\n")]
        elif name == f"{MAIN} rPh":
            state["phonetic"] -= 1
        elif name == f"{MAIN} si":
            strings.append("".join(parts))
            parts.clear()
            state["cost"] += _STRING_COST + len(strings[-1])
            if state["cost"] > STRINGS_BUDGET:
                raise Damaged(
                    f"its shared strings need more than {STRINGS_BUDGET >> 20} MB of memory"
                )

    def text(data):
        if state["text"]:
            parts.append(data)

    _read(archive, "xl/sharedStrings.xml", start, end, text, limit=SHEET_LIMIT)
    return strings
