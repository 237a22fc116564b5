"""The numbers an .ods sheet shows with leading zeros, read beside python-calamine.

calamine gives a number cell its value (7911123456.0); an .ods also stores the text the
cell shows, in its paragraphs (`<text:p>07911123456</text:p>`, ODF 1.2 Part 1, 9.1.4:
the cell's content is its displayed value). A phone, a postcode or a personal number
typed as a number under a format of leading zeros shows them, and that text is what the
person typed and reads. This streams the table's content.xml alongside calamine's rows
(one row's cells held at a time) and yields, per row or run of repeated rows, the columns
whose shown text is their number's digits with leading zeros.
"""

import zipfile
from collections.abc import Iterator

from csv_import.reading import xlsx_parts
from csv_import.reading.cell_text import LAST_COLUMN, LAST_ROW
from csv_import.reading.ods_xml import CELLS, OFFICE, TABLE, repeats


def padded(text: str, value: str | None) -> bool:
    """Is `text` the number `value` shown with leading zeros (`07911123456` for 7911123456)?"""
    if value is None or len(text) < 2 or text[0] != "0" or not text.isascii() or not text.isdigit():
        return False
    try:
        return float(value) == int(text)
    except ValueError:
        return False


def shown_rows(path: str, table: str) -> Iterator[tuple[int, int, dict[int, str]]]:
    """(first row, last row, {column: shown text}) for the rows of `table` holding such a
    cell, in order (a row repeated is one range, never copied); row and column numbers as
    calamine's (rows from 1, columns from 0)."""
    found: list[tuple[int, int, dict[int, str]]] = []
    state = {"in": False, "row": 0, "repeats": 1, "column": 0, "note": 0}
    cells: dict[int, str] = {}
    cell: dict = {"value": None, "repeats": 1, "parts": [], "depth": 0}

    def start(name, attrs):
        if name == f"{TABLE} table":
            state["in"] = attrs.get(f"{TABLE} name") == table
        elif not state["in"]:
            return
        elif name == f"{TABLE} table-row":
            state.update(repeats=repeats(attrs, "number-rows-repeated"), column=0)
            cells.clear()
        elif name in CELLS:
            is_float = attrs.get(f"{OFFICE} value-type") == "float"
            value = attrs.get(f"{OFFICE} value") if is_float else None
            cell.update(value=value, repeats=repeats(attrs, "number-columns-repeated"), parts=[])
            cell["depth"] += 1
        elif name == f"{OFFICE} annotation":  # a comment's text is not the cell's
            state["note"] += 1

    def end(name):
        if not state["in"]:
            return
        if name == f"{OFFICE} annotation":
            state["note"] -= 1
        elif name in CELLS:
            cell["depth"] -= 1
            text = "".join(cell["parts"])
            if padded(text, cell["value"]):
                for column in range(state["column"], state["column"] + cell["repeats"]):
                    cells[column] = text
            state["column"] = min(state["column"] + cell["repeats"], LAST_COLUMN)
        elif name == f"{TABLE} table-row":
            first = state["row"] + 1
            state["row"] = min(state["row"] + state["repeats"], LAST_ROW)
            if cells:
                found.append((first, state["row"], dict(cells)))
        elif name == f"{TABLE} table":
            state["in"] = False

    def text(data):
        if state["in"] and cell["depth"] and not state["note"] and cell["value"] is not None:
            cell["parts"].append(data)

    with zipfile.ZipFile(path) as archive:
        made = xlsx_parts.parser(start, end, text)
        for _ in xlsx_parts.parse(archive, "content.xml", made, xlsx_parts.SHEET_LIMIT):
            yield from found
            found.clear()
