"""The grid calamine would build for an .xls or .ods sheet, checked before it builds it.

calamine holds a sheet as one grid, its last row times its last column, 32
bytes a cell, and an .ods sizes it from what the file claims: a cell repeated
16,000 times across (table:number-columns-repeated) in a row repeated 6,000
times down (table:number-rows-repeated) is a 600-byte file that asks for 96
million cells, and calamine aborts the process when the allocation fails.
This reads content.xml first, as it decompresses, and refuses a table whose
grid would pass GRID_CELLS with one line. As calamine does, empty cells count
only before a filled one, and empty rows only before a filled one: LibreOffice
ends every row and every table with a large empty repeat.

An .xls (BIFF, in an OLE2 container read with olefile) claims its grid twice: a
DIMENSIONS record, from which calamine reserves rows x columns cells at once
(4 billion rows in BIFF8's 32-bit fields), and the row and column of every
cell record (16-bit: 65,536 x 65,536). Both are read first, record by record.
"""

import struct
import zipfile
from typing import Any
from xml.parsers import expat

import olefile

from csv_import.reading import xlsx_parts
from csv_import.reading.cell_text import LAST_COLUMN, LAST_ROW
from csv_import.reading.ods_xml import CELLS, OFFICE, TABLE, repeats

GRID_CELLS = 4_000_000
TEXT_LIMIT = 128 << 20  # characters calamine would hold for the cells' text
# What the copies of repeated filled cells would take in calamine (a string each, 64 bytes
# and its text): one row of 4 text cells repeated 999,990 times is a 1.6 KB .ods that
# took 662-679 MB of RSS, within GRID_CELLS and TEXT_LIMIT.
REPEATED_BYTES = 32 << 20
COPY_BYTES = 64
_MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"


def check(path: str, kind: str) -> None:
    """InputError if calamine's grid for a sheet of `path` would pass GRID_CELLS."""
    if kind == "xls":
        _check_xls(path)
    elif kind == "ods":
        _check_ods(path)


def _too_large(what: str, rows: int, columns: int) -> None:
    if rows * columns > GRID_CELLS:
        raise xlsx_parts.Damaged(
            f"{what} claims {rows:,} rows of {columns:,} cells, "
            f"more than the {GRID_CELLS:,} cells read at once"
        )


def _dimensions(what: str, first: int, last: int, left: int, right: int) -> None:
    """A DIMENSIONS record's grid within bounds, and not backwards: its first row after its
    last (or column) made calamine size its grid from an unsigned difference that wrapped
    round, an allocation of 515 GB that aborted the CLI (exit 134, a Rust backtrace)."""
    if first > last or left > right:
        raise xlsx_parts.Damaged(
            f"{what} runs backwards (rows {first:,} to {last:,}, columns {left:,} to {right:,})"
        )
    _too_large(what, last - first + 1, right - left + 1)


# BIFF records whose data starts with the cell's row and column (calamine's xls.rs);
# blank cells (BLANK, MULBLANK) are not kept by calamine.
_CELL_RECORDS = {0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD, 0x0006, 0x00BD}
_BOF, _EOF, _DIMENSIONS, _MULRK = 0x0809, 0x000A, 0x0200, 0x00BD


def _check_xls(path: str) -> None:
    try:
        with olefile.OleFileIO(path) as container:
            if container.exists("EncryptedPackage"):  # an .xlsx saved with a password
                raise xlsx_parts.Encrypted
            name = next((n for n in ("Workbook", "Book") if container.exists(n)), None)
            if name is None:
                raise xlsx_parts.Damaged("no Workbook stream: a damaged .xls, or not a workbook")
            data = container.openstream(name).read()  # no larger than the file itself
        _check_biff(data)
    # olefile's own errors are OSErrors, but a damaged container's sector tables make it
    # raise others too (ValueError "bytes length not a multiple of item size", IndexError):
    # tracebacks where one line was owed.
    except (OSError, xlsx_parts.Damaged, ValueError, IndexError, struct.error) as error:
        raise xlsx_parts.unreadable(path, "not a readable xls workbook", error) from None


def _check_biff(data: bytes) -> None:
    """Each substream (BOF to EOF): its DIMENSIONS and its cells' bounding box."""
    sheet, offset = -1, 0  # the first BOF is the workbook's globals, then sheet 1, 2...
    box = [0, -1, 0, -1]  # first row, last row, first column, last column
    while offset + 4 <= len(data):
        kind, size = struct.unpack_from("<HH", data, offset)
        body = data[offset + 4 : offset + 4 + size]
        offset += 4 + size
        if kind == _BOF:
            sheet, box = sheet + 1, [LAST_ROW, -1, LAST_COLUMN, -1]
        elif kind == _DIMENSIONS and len(body) >= 8:  # BIFF8: 32-bit rows; BIFF5: 16-bit
            layout = "<IIHH" if len(body) >= 14 else "<HHHH"
            _dimensions(f"sheet {sheet}'s DIMENSIONS", *struct.unpack_from(layout, body))
        elif kind in _CELL_RECORDS and len(body) >= 4:
            row, column = struct.unpack_from("<HH", body)
            last_column = column
            if kind == _MULRK and len(body) >= 6:
                last_column = struct.unpack_from("<H", body, len(body) - 2)[0]
            box = [min(box[0], row), max(box[1], row),
                   min(box[2], column), max(box[3], last_column)]  # fmt: skip
            _too_large(f"sheet {sheet}", box[1] - box[0] + 1, box[3] - box[2] + 1)


def _check_ods(path: str) -> None:
    table: dict[str, Any] = {"name": "", "row": 0, "rows": 0, "columns": 0}
    # "cells", "text": the row's filled cells and their text, column repeats counted;
    # "copied": what its cells' column repeats copy (COPY_BYTES a cell, and its text).
    row = {"repeats": 1, "column": 0, "filled": 0, "text": 0, "cells": 0, "copied": 0}
    cell = {"repeats": 1, "filled": False, "depth": 0, "text": 0}
    text = {"total": 0, "copied": 0}

    def start(name, attrs):
        if name == f"{TABLE} table":
            table.update(name=attrs.get(f"{TABLE} name", ""), row=0, rows=0, columns=0)
        elif name == f"{TABLE} table-row":
            row.update(repeats=repeats(attrs, "number-rows-repeated"), column=0, filled=0, text=0,
                       cells=0, copied=0)  # fmt: skip
        elif name in CELLS:
            filled = f"{OFFICE} value-type" in attrs or f"{TABLE} formula" in attrs
            cell.update(repeats=repeats(attrs, "number-columns-repeated"), filled=filled, text=0)
            cell["depth"] += 1
        elif cell["depth"]:  # any content (a paragraph, an annotation) fills the cell
            cell["filled"] = True

    def end(name):
        if name in CELLS:
            cell["depth"] -= 1
            row["column"] = min(row["column"] + cell["repeats"], LAST_COLUMN)
            if cell["filled"]:
                row["filled"] = row["column"]
                row["cells"] += cell["repeats"]
                row["copied"] += (COPY_BYTES + cell["text"]) * (cell["repeats"] - 1)
            row["text"] += cell["text"] * cell["repeats"]
        elif name == f"{TABLE} table-row":
            table["row"] = min(table["row"] + row["repeats"], LAST_ROW)
            text["total"] += row["text"] * row["repeats"]
            if text["total"] > TEXT_LIMIT:
                raise xlsx_parts.Damaged(
                    f"its cells hold more than {TEXT_LIMIT:,} characters, repeats counted"
                )
            if row["filled"]:
                table["rows"] = table["row"]
                table["columns"] = max(table["columns"], row["filled"])
            _too_large(f"table {table['name']!r}", table["rows"], table["columns"])
            whole_row = COPY_BYTES * row["cells"] + row["text"]
            text["copied"] += row["copied"] * row["repeats"] + whole_row * (row["repeats"] - 1)
            if text["copied"] > REPEATED_BYTES:
                raise xlsx_parts.Damaged(
                    f"its repeated cells would take more than {REPEATED_BYTES >> 20} MB to read"
                    " (table:number-rows-repeated, table:number-columns-repeated)"
                )

    def characters(data):
        if cell["depth"]:
            cell["text"] += len(data)

    made = xlsx_parts.parser(start, end, characters)
    try:
        with zipfile.ZipFile(path) as archive:
            _check_ods_encryption(archive)
            for _ in xlsx_parts.parse(archive, "content.xml", made, xlsx_parts.SHEET_LIMIT):
                pass
    except (xlsx_parts.Damaged, zipfile.BadZipFile, KeyError, expat.ExpatError) as error:
        raise xlsx_parts.unreadable(path, "not a readable ods workbook", error) from None


def _check_ods_encryption(archive: zipfile.ZipFile) -> None:
    """Encrypted if the manifest says a part is (an .ods saved with a password, ODF 1.2 §3.4)."""
    if "META-INF/manifest.xml" not in archive.namelist():
        return

    def start(name, attrs):
        if name == f"{_MANIFEST} encryption-data":
            raise xlsx_parts.Encrypted

    made = xlsx_parts.parser(start)
    for _ in xlsx_parts.parse(archive, "META-INF/manifest.xml", made, xlsx_parts.PART_LIMIT):
        pass
