"""The grid calamine would build for an .ods sheet, checked before it builds it.

calamine holds a sheet as one grid, its last row times its last column, 32
bytes a cell, and an .ods sizes it from what the file claims: a cell repeated
16,000 times across (table:number-columns-repeated) in a row repeated 6,000
times down (table:number-rows-repeated) is a 600-byte file that asks for 96
million cells, and calamine aborts the process when the allocation fails.
This reads content.xml first, as it decompresses, and refuses a table whose
grid would pass GRID_CELLS with one line. As calamine does, empty cells count
only before a filled one, and empty rows only before a filled one: LibreOffice
ends every row and every table with a large empty repeat.

An .xls (BIFF8) is not checked yet: its DIMENSIONS record and cell positions can
claim a grid of up to 65,536 rows by 65,536 columns (docs/workbooks.md, "Not covered").
"""

import zipfile
from xml.parsers import expat

from csv_import.errors import InputError
from csv_import.reading import xlsx_parts
from csv_import.reading.cell_text import LAST_COLUMN, LAST_ROW

GRID_CELLS = 4_000_000
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_CELLS = (f"{_TABLE} table-cell", f"{_TABLE} covered-table-cell")


def _repeats(attrs: dict, name: str) -> int:
    value = attrs.get(f"{_TABLE} {name}", "1")
    return min(int(value), LAST_ROW) if value.isdigit() else 1


def check(path: str, kind: str) -> None:
    """InputError if calamine's grid for a table of `path` (an .ods) would pass GRID_CELLS."""
    if kind != "ods":
        return
    table = {"name": "", "row": 0, "rows": 0, "columns": 0}
    row = {"repeats": 1, "column": 0, "filled": 0}
    cell = {"repeats": 1, "filled": False, "depth": 0}

    def start(name, attrs):
        if name == f"{_TABLE} table":
            table.update(name=attrs.get(f"{_TABLE} name", ""), row=0, rows=0, columns=0)
        elif name == f"{_TABLE} table-row":
            row.update(repeats=_repeats(attrs, "number-rows-repeated"), column=0, filled=0)
        elif name in _CELLS:
            filled = f"{_OFFICE} value-type" in attrs or f"{_TABLE} formula" in attrs
            cell.update(repeats=_repeats(attrs, "number-columns-repeated"), filled=filled)
            cell["depth"] += 1
        elif cell["depth"]:  # any content (a paragraph, an annotation) fills the cell
            cell["filled"] = True

    def end(name):
        if name in _CELLS:
            cell["depth"] -= 1
            row["column"] = min(row["column"] + cell["repeats"], LAST_COLUMN)
            if cell["filled"]:
                row["filled"] = row["column"]
        elif name == f"{_TABLE} table-row":
            table["row"] = min(table["row"] + row["repeats"], LAST_ROW)
            if row["filled"]:
                table["rows"] = table["row"]
                table["columns"] = max(table["columns"], row["filled"])
            if table["rows"] * table["columns"] > GRID_CELLS:
                raise xlsx_parts.Damaged(
                    f"table {table['name']!r} claims {table['rows']:,} rows of "
                    f"{table['columns']:,} cells, more than the {GRID_CELLS:,} cells read at once"
                )

    made = xlsx_parts.parser(start, end)
    try:
        with zipfile.ZipFile(path) as archive:
            for _ in xlsx_parts.parse(archive, "content.xml", made, xlsx_parts.SHEET_LIMIT):
                pass
    except (xlsx_parts.Damaged, zipfile.BadZipFile, KeyError, expat.ExpatError) as error:
        raise InputError(f"{path}: not a readable ods workbook ({error})") from None
