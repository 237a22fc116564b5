"""The numbers an .ods sheet shows with leading zeros, read beside python-calamine.

calamine gives a number cell its value (7911123456.0); an .ods also stores the text the
cell shows, in its paragraphs (`<text:p>07911123456</text:p>`, ODF 1.2 Part 1, 9.1.4:
the cell's content is its displayed value). A phone, a postcode or a personal number
typed as a number under a format of leading zeros shows them, and that text is what the
person typed and reads. This streams the table's content.xml alongside calamine's rows
(one row's cells held at a time) and yields, per row or run of repeated rows, the columns
whose shown text is their number's digits with leading zeros.

It also finds the cells holding a ruby (`<text:ruby>`: a base text with its reading above
it, as Japanese and Chinese names are annotated; ODF 1.2 Part 1, 6.4). calamine reads the
reading as text after its base, `山田やまだ`, where the sheet shows `山田` with small
`やまだ` over it (an HTML ruby's `<rt>` and Excel's phonetic guides are left out alike).
"""

import zipfile
from collections.abc import Iterator

from csv_import.reading import xlsx_parts
from csv_import.reading.cell_text import LAST_COLUMN, LAST_ROW
from csv_import.reading.ods_xml import CELLS, OFFICE, TABLE, repeats

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def padded(text: str, value: str | None) -> bool:
    """Is `text` the number `value` shown with leading zeros (`07911123456` for 7911123456)?"""
    if value is None or len(text) < 2 or text[0] != "0" or not text.isascii() or not text.isdigit():
        return False
    try:
        return float(value) == int(text)
    except ValueError:
        return False


Rubies = tuple[tuple[str, str], ...]  # a cell's rubies: (base text, reading), in order


def without_readings(text: str, rubies: Rubies) -> str:
    """calamine's text of a cell with each ruby's reading taken out after its base."""
    at = 0
    for base, reading in rubies:
        found = text.find(base + reading, at)
        if found < 0 or not reading:
            continue
        text = text[: found + len(base)] + text[found + len(base + reading) :]
        at = found + len(base)
    return text


def shown_rows(
    path: str, table: str
) -> Iterator[tuple[int, int, dict[int, str], dict[int, Rubies]]]:
    """(first row, last row, {column: shown text}, {column: rubies}) for the rows of `table`
    holding such a cell, in order (a row repeated is one range, never copied); row and
    column numbers as calamine's (rows from 1, columns from 0)."""
    found: list[tuple[int, int, dict[int, str], dict[int, Rubies]]] = []
    state = {"in": False, "row": 0, "repeats": 1, "column": 0, "note": 0}
    cells: dict[int, str] = {}
    rubies: dict[int, Rubies] = {}
    cell: dict = {"value": None, "repeats": 1, "parts": [], "depth": 0, "rubies": []}
    ruby: dict = {"part": None, "base": [], "reading": []}  # the open ruby, outside notes

    def start(name, attrs):
        if name == f"{TABLE} table":
            state["in"] = attrs.get(f"{TABLE} name") == table
        elif not state["in"]:
            return
        elif name == f"{TABLE} table-row":
            state.update(repeats=repeats(attrs, "number-rows-repeated"), column=0)
            cells.clear()
            rubies.clear()
        elif name in CELLS:
            is_float = attrs.get(f"{OFFICE} value-type") == "float"
            value = attrs.get(f"{OFFICE} value") if is_float else None
            cell.update(value=value, repeats=repeats(attrs, "number-columns-repeated"), parts=[])
            cell.update(rubies=[])
            cell["depth"] += 1
        elif name == f"{OFFICE} annotation":  # a comment's text is not the cell's
            state["note"] += 1
        elif name == f"{TEXT} ruby" and cell["depth"] and not state["note"]:
            ruby.update(part=None, base=[], reading=[])
        elif name in (f"{TEXT} ruby-base", f"{TEXT} ruby-text") and cell["depth"]:
            ruby["part"] = "base" if name.endswith("base") else "reading"

    def end(name):
        if not state["in"]:
            return
        if name == f"{OFFICE} annotation":
            state["note"] -= 1
        elif name in (f"{TEXT} ruby-base", f"{TEXT} ruby-text"):
            ruby["part"] = None
        elif name == f"{TEXT} ruby" and cell["depth"] and not state["note"]:
            cell["rubies"].append(("".join(ruby["base"]), "".join(ruby["reading"])))
        elif name in CELLS:
            cell["depth"] -= 1
            text = "".join(cell["parts"])
            columns = range(state["column"], min(state["column"] + cell["repeats"], LAST_COLUMN))
            for column in columns if padded(text, cell["value"]) else ():
                cells[column] = text
            for column in columns if cell["rubies"] else ():
                rubies[column] = tuple(cell["rubies"])
            state["column"] = min(state["column"] + cell["repeats"], LAST_COLUMN)
        elif name == f"{TABLE} table-row":
            first = state["row"] + 1
            state["row"] = min(state["row"] + state["repeats"], LAST_ROW)
            if cells or rubies:
                found.append((first, state["row"], dict(cells), dict(rubies)))
        elif name == f"{TABLE} table":
            state["in"] = False

    def text(data):
        if state["in"] and cell["depth"] and not state["note"] and cell["value"] is not None:
            cell["parts"].append(data)
        if state["in"] and ruby["part"] is not None and not state["note"]:
            ruby[ruby["part"]].append(data)

    with zipfile.ZipFile(path) as archive:
        made = xlsx_parts.parser(start, end, text)
        for _ in xlsx_parts.parse(archive, "content.xml", made, xlsx_parts.SHEET_LIMIT):
            yield from found
            found.clear()


def spanned_rows(path: str, table: str) -> Iterator[tuple[int, int, int]]:
    """(first row, column, last row) of each cell of `table` merged down over the rows
    below it (`table:number-rows-spanned`, ODF 1.2 Part 1, 9.1.4), in order; calamine
    reads the text in the first row only, as in any workbook."""
    found: list[tuple[int, int, int]] = []
    state = {"in": False, "row": 0, "repeats": 1, "column": 0, "depth": 0}

    def start(name, attrs):
        if name == f"{TABLE} table":
            state["in"] = attrs.get(f"{TABLE} name") == table
        elif not state["in"]:
            return
        elif name == f"{TABLE} table-row":
            state.update(repeats=repeats(attrs, "number-rows-repeated"), column=0)
        elif name in CELLS:
            state["depth"] += 1
            if state["depth"] == 1:  # not a cell of a table inside a cell
                span = repeats(attrs, "number-rows-spanned")
                row, column = state["row"] + 1, state["column"]
                if span > 1 and column < LAST_COLUMN:
                    found.append((row, column, min(row + span - 1, LAST_ROW)))
                step = repeats(attrs, "number-columns-repeated")
                state["column"] = min(column + step, LAST_COLUMN)

    def end(name):
        if not state["in"]:
            return
        if name in CELLS:
            state["depth"] -= 1
        elif name == f"{TABLE} table-row":
            state["row"] = min(state["row"] + state["repeats"], LAST_ROW)
        elif name == f"{TABLE} table":
            state["in"] = False

    with zipfile.ZipFile(path) as archive:
        if not _mentions(archive, "content.xml", b"number-rows-spanned"):
            return  # no cell merged down: the XML is not parsed again (.ods 20k rows: +40%)
        made = xlsx_parts.parser(start, end)
        for _ in xlsx_parts.parse(archive, "content.xml", made, xlsx_parts.SHEET_LIMIT):
            yield from found
            found.clear()


def _mentions(archive: zipfile.ZipFile, member: str, word: bytes) -> bool:
    """Does `member` hold `word` anywhere (inflated a chunk at a time, not parsed)?"""
    tail = b""
    if archive.getinfo(member).file_size > xlsx_parts.SHEET_LIMIT:
        return True  # the parse refuses it, with its reason
    for chunk in xlsx_parts.member_chunks(archive, member):
        if word in tail + chunk[: len(word)] or word in chunk:
            return True
        tail = chunk[-len(word) :]
    return False
