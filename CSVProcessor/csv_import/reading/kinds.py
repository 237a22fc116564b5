"""What a file is, by its first bytes (magic numbers), never by its name.

Text files (CSV, TSV, vCard, LDIF) and workbooks (.xlsx, .xls, .ods) are read; for
anything else the user gets one line saying what it is and what to do.
"""

import re
import zipfile

from csv_import.errors import InputError
from csv_import.invisible import shown
from csv_import.reading import xlsx_parts
from csv_import.reading.code_pages import LINE_END
from csv_import.reading.encoding import bom_encoding, utf16_without_bom

SAVE_AS = "save it as CSV UTF-8 or .xlsx and import that"
# An export too large to download as one file comes zipped (CRMs, Google Takeout, LinkedIn).
UNPACK = "unpack it and import the file of people inside"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls), also old Word files
_NOT_TABLES = (  # signature, what it is
    (b"%PDF", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"{\\rtf", "an RTF document"),
)


def kind_of(path: str, sample: bytes) -> str:
    """ "csv", "vcard", "ldif", "html", "xml-spreadsheet", "xlsx", "xls" or "ods"; InputError
    naming anything else."""
    if sample.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    if sample.startswith(_OLE2):
        return "xls"
    if sample.startswith(b"\x1f\x8b"):
        of = _gzip_name(sample)
        raise InputError(
            f"{path}: this is a gzip archive{f' of {of}' if of else ''}, not a table of people;"
            f" {UNPACK}"
        )
    for signature, what in _NOT_TABLES:
        if sample.startswith(signature):
            raise InputError(f"{path}: this is {what}, not a table of people; {SAVE_AS}")
    head = _head(sample)
    if _starts_a_vcard(head):
        return "vcard"
    if _starts_ldif(head):
        return "ldif"
    if _HTML_START.match(head):
        return "html"
    if _JSON_START.match(head):
        raise InputError(f"{path}: this is JSON, not a table of people; {SAVE_AS}")
    if _XML_START.match(head) and _SPREADSHEET_XML in head:
        return "xml-spreadsheet"
    if _XML_START.match(head):
        raise InputError(f"{path}: this is an XML document, not a table of people; {SAVE_AS}")
    return "csv"


def _zip_kind(path: str) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = b""
            if "mimetype" in names:  # a few bytes: the member may inflate to gigabytes
                chunks = xlsx_parts.member_chunks(archive, "mimetype", 256)
                mimetype = next(chunks, b"").strip()
                chunks.close()
    except xlsx_parts.Damaged as error:
        raise xlsx_parts.unreadable(path, "not a readable workbook", error) from None
    # A damaged central directory can claim a zip version zipfile refuses to read
    # (NotImplementedError: "zip file version 8.4"): damaged too, not a traceback.
    except (zipfile.BadZipFile, OSError, NotImplementedError) as error:
        raise InputError(f"{path}: a damaged zip archive ({error}); {SAVE_AS}") from None
    if "xl/workbook.xml" in names:
        return "xlsx"
    if mimetype == b"application/vnd.oasis.opendocument.spreadsheet":
        return "ods"
    if any(n.startswith("Index/") and n.endswith(".iwa") for n in names) or "Index.zip" in names:
        what = "an Apple Numbers document"
    elif "word/document.xml" in names:
        what = "a Word document"
    elif "ppt/presentation.xml" in names:
        what = "a PowerPoint presentation"
    elif mimetype.startswith(b"application/vnd.oasis.opendocument"):
        what = "an OpenDocument file that is not a spreadsheet"
    else:
        members = sorted(n for n in names if not n.endswith("/") and not n.startswith("__MACOSX/"))
        held = ", ".join(repr(shown(n)) for n in members[:5]) or "nothing"
        held += f" and {len(members) - 5} more" if len(members) > 5 else ""
        raise InputError(
            f"{path}: this is a zip archive holding {held}, not a table of people; {UNPACK}"
        )
    raise InputError(f"{path}: this is {what}, not a table of people; {SAVE_AS}")


def _gzip_name(sample: bytes) -> str:
    """The name a gzip member was compressed from, when its header keeps it (RFC 1952, 2.3:
    FNAME after the optional FEXTRA field), else ""."""
    flags = sample[3] if len(sample) > 3 else 0
    at = 10
    if flags & 0x04:  # FEXTRA: two bytes of length, then the field
        at += 2 + int.from_bytes(sample[10:12], "little")
    if not flags & 0x08:
        return ""
    end = sample.find(b"\x00", at, at + 256)
    return repr(shown(sample[at:end].decode("latin-1"))) if end > at else ""


def _head(sample: bytes) -> bytes:
    """The file's first characters as UTF-8, in whichever wide encoding the text readers
    detect it (a BOM: UTF-8, UTF-16, UTF-32; UTF-16 without one): a vCard or LDIF file in
    any of them is told, then decoded by its reader as a CSV would be (encoding.py)."""
    encoding = bom_encoding(sample) or (utf16_without_bom(sample) if b"\x00" in sample else None)
    if encoding is None:
        return sample
    return sample.decode(encoding, errors="ignore").encode()  # ignore: the sample's cut end


# An HTML page (a web application's "Export to Excel", Excel's "Save as Web Page"), after
# an XML declaration and comments if any.
_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body|<table)",
    re.I | re.S,
)
_JSON_START = re.compile(rb'\s*(?:\[\s*)?\{\s*"')  # an object, or an array of them
_XML_START = re.compile(rb"\s*<\?xml\s", re.I)
_SPREADSHEET_XML = b"urn:schemas-microsoft-com:office:spreadsheet"  # Excel's XML Spreadsheet 2003


def _starts_a_vcard(head: bytes) -> bool:
    return head.lstrip().upper().startswith(b"BEGIN:VCARD") or _mostly_records(
        head, _VCARD_OPENS, _VCARD_LINE
    )


# A file whose first line is not its first record's (a stray `END:VCARD`, title lines, a
# first card whose BEGIN:VCARD was cut) is still vCard or LDIF when a record opens within
# its first 40 lines and, from there on, at least three in four of its first lines are
# the format's content lines (RFC 6350 3.3 `[group.]name[;params]:value`; RFC 2849
# `attr[;options]:`, `::`, `:<`), folds or comments, unless more than three lines come
# before it and they are a table's (each the same number, above none, of one delimiter:
# a CSV's rows, a record's words in a cell further down); or when three in four of all
# the first lines are content lines: a first card cut before its BEGIN:VCARD is as long
# as a card, and its `VERSION:3.0` first made the whole file one unreadable LDIF entry.
# Until 2026-12-07 at most three lines could come before the record: an address book
# with four title lines and one card was a CSV, refused (`no email column`). The reader
# skips the lines before the record, each with its reason.
_VCARD_OPENS = re.compile(rb"[ \t]*BEGIN:VCARD[ \t]*$", re.I)
_VCARD_LINE = re.compile(rb"(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+(?:;[^:]*)?:|[ \t]")
_LDIF_OPENS = re.compile(rb"dn::?", re.I)
_LDIF_LINE = re.compile(rb"[A-Za-z0-9][A-Za-z0-9;.-]*:|[ \t#-]")
_STRAY_BEFORE = 3  # lines before the first record that are never taken for a table's
_FIRST_LINES = 40
_DELIMITERS = b",;\t|"
_MOSTLY = 0.75


def _mostly_records(head: bytes, opens: re.Pattern, content: re.Pattern) -> bool:
    lines = [line for line in LINE_END.split(head)[:-1] if line.strip()][:_FIRST_LINES]
    first = next((at for at, line in enumerate(lines) if opens.match(line)), None)
    if first is None:
        return False
    # A quoted-printable value (vCard 2.1) goes on after a line ending in `=`; a line a fold
    # continues (the next starts with a space or tab) is the start of a content line cut
    # anywhere, even inside its name (`N` then ` :Lee;Ann`: RFC 6350 3.2 folds at any octet).
    mine = [
        at
        for at, line in enumerate(lines)
        if content.match(line)
        or (at and lines[at - 1].endswith(b"="))
        or (at + 1 < len(lines) and lines[at + 1][:1] in (b" ", b"\t"))
    ]
    ours = sum(1 for at in mine if at >= first and (at > first or content.match(lines[at])))
    before = lines[:first]
    if ours >= _MOSTLY * (len(lines) - first) and (
        first <= _STRAY_BEFORE or not _table_rows(before)
    ):
        return True
    return len(mine) >= _MOSTLY * len(lines)


def _table_rows(lines: list[bytes]) -> bool:
    """Whether these lines are rows of one table: two or more, each holding one of the
    delimiters the same number of times, at least once."""
    return len(lines) >= 2 and any(
        len({line.count(d) for line in lines}) == 1 and lines[0].count(d) > 0
        for d in (bytes([c]) for c in _DELIMITERS)
    )


# LDIF (RFC 2849): blank lines and comments (folded ones too), then `version:` or `dn:`.
# Lines end in CRLF, LF or a bare CR (an old Mac's), as the reader reads them.
_LDIF_START = re.compile(
    rb"(?:#[^\r\n]*(?:\r\n?|\n)(?: [^\r\n]*(?:\r\n?|\n))*|[ \t]*(?:\r\n?|\n))*(?:version|dn):", re.I
)


def _starts_ldif(head: bytes) -> bool:
    return _LDIF_START.match(head) is not None or _mostly_records(head, _LDIF_OPENS, _LDIF_LINE)
