"""The CLI's .xlsx reader: one sheet read row by row as it decompresses, in bounded memory.

python-calamine (workbooks.py) loads a whole sheet before the first row, as a
grid as large as the sheet's last row times its last column. This reads the
sheet's XML (ECMA-376 Part 1, SpreadsheetML: sheetData/row/c) with the
standard library's expat; only the shared-string table is held (xlsx_parts.py).
Cells become the text python-calamine's values become (cell_text.py), so both
readers give the same records (tests/unit/test_workbooks.py, generated
workbooks). Whatever a sheet claims, memory stays bounded: a cell beyond
Excel's last, XFD1048576, or rows out of order end the import with one line,
and a row over ROW_LIMIT characters is a reject.
"""

import functools
import re
import zipfile
from collections.abc import Iterator
from typing import Any
from xml.parsers import expat

from csv_import.errors import InputError
from csv_import.reading import xlsx_parts
from csv_import.reading.cell_text import (
    LAST_COLUMN,
    LAST_ROW,
    ROW_LIMIT,
    SERIAL_LIMIT,
    TOO_LARGE,
    as_text,
    iso_value,
    linked,
    merged_down,
    records,
    serial_value,
)
from csv_import.reading.xlsx_parts import MAIN, STRICT_MAIN, XML_SPACE, Damaged
from csv_import.rows import Record

# the xml:space attribute, as expat names it
_LETTERS = re.compile(r"[A-Za-z]{1,12}")
# Ranges held while a sheet is read (~15 MB each at most); more: no sheet of people.
MERGE_LIMIT = LINK_LIMIT = 100_000  # cells merged down; mailto: hyperlinks
_RANGE = re.compile(r"([A-Za-z]{1,3})(\d{1,7}):([A-Za-z]{1,3})(\d{1,7})")
_NUMBER = re.compile(r"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)", re.I)


@functools.lru_cache(maxsize=LAST_COLUMN)
def column_index(letters: str) -> int:
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - 64
    return index - 1


def choose_sheet(info: xlsx_parts.WorkbookInfo, wanted: str | None, path: str):
    """The sheet named, else the active tab if visible, else the first visible sheet."""
    names = [sheet.name for sheet in info.sheets]
    if wanted is not None:
        if wanted not in names:
            listed = ", ".join(map(repr, names))
            raise InputError(f"{path}: no sheet {wanted!r} (sheets: {listed})")
        return info.sheets[names.index(wanted)]
    visible = [sheet for sheet in info.sheets if sheet.state == "visible"]
    if not visible:
        raise InputError(f"{path}: every sheet is hidden; name one with --sheet")
    active = info.sheets[info.active] if info.active < len(info.sheets) else None
    return active if active in visible else visible[0]


class XlsxSheet:
    """Records of one sheet of an .xlsx workbook (see choose_sheet)."""

    kind = "xlsx"

    def __init__(self, path: str, sheet: str | None = None, strings: list[str] | None = None):
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)  # noqa: SIM115 - closed by close()
            info = xlsx_parts.workbook_info(self.zip)
            chosen = choose_sheet(info, sheet, path)
            self.sheet, self.member, self.date1904 = chosen.name, chosen.member, info.date1904
            self.formats = xlsx_parts.cell_formats(self.zip)
            # Another sheet's reader may lend its table: the workbook's, read once.
            self.strings = xlsx_parts.shared_strings(self.zip) if strings is None else strings
            self.totals = xlsx_parts.totals_rows(self.zip, self.member)
            self.targets = xlsx_parts.mailto_targets(self.zip, self.member)
        except (zipfile.BadZipFile, KeyError, ValueError, expat.ExpatError, Damaged) as error:
            raise xlsx_parts.unreadable(path, "not a readable .xlsx workbook", error) from None
        self.skipped: dict = {}
        # What calamine would make of the sheet, known once it has been read through:
        # the rows and columns of its grid (every cell counts, even an empty one), and
        # whether a number under a date format is out of any calendar (calamine panics).
        self.grid = [LAST_ROW, 0, LAST_COLUMN, 0]  # first row, last row, first column, last
        self.calamine_unsafe = False
        self.padded = False  # a number shown with leading zeros: calamine would drop them
        self.text = 0  # characters in its cells, shared strings counted at each use
        # Its cells merged down (<mergeCells>, after the rows): (first row, column, last
        # row), known once the sheet has been read through (open_sheet reads it first).
        self.merges: list[tuple[int, int, int]] = []
        # Its cells' mailto: hyperlinks (<hyperlinks>, after the rows too): (first row,
        # first column, last row, last column, address); calamine reads none.
        self.links: list[tuple[int, int, int, int, str]] = []

    def describe(self) -> dict:
        return {"kind": self.kind, "sheet": self.sheet}

    def __iter__(self) -> Iterator[Record]:
        rows = linked(self.rows(), sorted(self.links))
        return records(merged_down(rows, sorted(self.merges)), self.totals, self.skipped)

    def _value(self, kind: str | None, style: str | None, text: str) -> str:
        """A cell's text from its type (t), style (s) and raw value, as calamine reads it."""
        if kind in (None, "n"):
            if not text:
                return ""
            if not _NUMBER.fullmatch(text):
                if kind is None:  # no type: calamine keeps the text
                    return text
                raise Damaged(f"{text[:40]!r} is not a number")
            number = float(text)
            index = int(style) if style and style.isascii() and style.isdigit() else 0
            formats = self.formats
            number_kind, digits = (
                formats[index] if style is not None and index < len(formats) else (None, 0)
            )
            if number_kind is not None and not abs(number) <= SERIAL_LIMIT:
                self.calamine_unsafe = True
            if digits and number.is_integer() and 0 <= number < 1e15:
                # The leading zeros the sheet shows (07911123456); calamine drops them.
                padded = str(int(number)).zfill(digits)
                self.padded = self.padded or len(padded) > len(str(int(number)))
                return padded
            return as_text(serial_value(number, number_kind, self.date1904))
        if kind == "s":
            if not text:
                return ""
            # Only a plain decimal index, as calamine reads it: "-1", " 3 ", "1.0" or "0x3"
            # once read string 0.
            if not (text.isascii() and text.isdecimal()):
                raise Damaged(f"shared string {text[:20]!r} does not exist")
            index = int(text)
            if index >= len(self.strings):
                raise Damaged(f"shared string {index} does not exist")
            return self.strings[index]
        if kind == "b":
            return "" if not text else ("FALSE" if text == "0" else "TRUE")
        if kind == "e":  # python-calamine gives errors (#N/A, #DIV/0!) as empty cells
            return ""
        if kind in ("str", "inlineStr"):
            return text
        if kind == "d":
            return as_text(iso_value(text))
        raise Damaged(f"unknown cell type {kind[:20]!r}")

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number, fields) in the sheet's order; InputError if unreadable."""
        done: list[tuple[int, list[str]]] = []
        row: dict[int, str] = {}
        cell: dict[str, Any] = {"type": None, "style": None, "value": "", "parts": [], "in": None}
        state = {"row": 0, "column": -1, "size": 0, "large": False, "phonetic": 0}
        merges: list[tuple[int, int, int]] = []
        links: list[tuple[int, int, int, int, str]] = []
        # in either namespace (xlsx_parts)
        names = ("row", "c", "v", "t", "is", "rPh", "mergeCell", "hyperlink")
        tags = {f"{space} {tag}": tag for space in (MAIN, STRICT_MAIN) for tag in names}

        def start(name, attrs):
            tag = tags.get(name)
            if tag == "row":
                self._start_row(attrs.get("r"), state)
                row.clear()
            elif tag == "c":
                state["column"] = column = self._column(attrs.get("r"), state)
                grid = self.grid  # rows only grow: the first row is set once
                if grid[0] > state["row"]:
                    grid[0] = state["row"]
                grid[1] = state["row"]
                if column < grid[2]:
                    grid[2] = column
                if column > grid[3]:
                    grid[3] = column
                cell.update(type=attrs.get("t"), style=attrs.get("s"), value="", parts=[])
            elif tag == "v" or tag == "is":
                cell["in"], cell["parts"] = tag, []
            elif tag == "t" and cell["in"] == "is" and not state["phonetic"]:
                cell["in"] = "t"
                # calamine trims an inline run's text unless it says xml:space="preserve"
                cell["run"] = len(cell["parts"])
                cell["keep"] = attrs.get(XML_SPACE) == "preserve"
            elif tag == "rPh":  # phonetic guide text is not part of the value
                state["phonetic"] += 1
            elif tag == "mergeCell":
                self._merge(attrs.get("ref", ""), merges)
            elif tag == "hyperlink":
                self._link(attrs, links)

        def end(name):
            tag = tags.get(name)
            if tag == "v":
                if cell["type"] != "inlineStr":  # its <v> is redundant: calamine ignores it
                    cell["value"] = self._value(cell["type"], cell["style"], "".join(cell["parts"]))
                cell["in"] = None
            elif tag == "t" and cell["in"] == "t":
                cell["in"] = "is"
                if not cell["keep"]:
                    run = cell["run"]
                    cell["parts"][run:] = ["".join(cell["parts"][run:]).strip(" \t\r\n")]
            elif tag == "is":
                cell["value"], cell["in"] = "".join(cell["parts"]), None
            elif tag == "rPh":
                state["phonetic"] -= 1
            elif tag == "c" and cell["value"] and not state["large"]:
                state["size"] += len(cell["value"])
                self.text += len(cell["value"])
                row[state["column"]] = cell["value"]
                if state["size"] > ROW_LIMIT:  # the rest of the row is not held
                    state["large"] = True
                    row.clear()
            elif tag == "row":
                if state["large"]:
                    done.append((state["row"], TOO_LARGE))
                elif row:
                    fields = [""] * (max(row) + 1)
                    for column, value in row.items():
                        fields[column] = value
                    done.append((state["row"], fields))

        def text(data):
            if cell["in"] in ("v", "t") and not state["large"]:
                cell["parts"].append(data)

        made = xlsx_parts.parser(start, end, text)
        try:
            for _ in xlsx_parts.parse(self.zip, self.member, made, xlsx_parts.SHEET_LIMIT):
                yield from done
                done.clear()
            self.merges, self.links = merges, links
        except (Damaged, expat.ExpatError, zipfile.BadZipFile, KeyError, ValueError) as error:
            what = f"sheet {self.sheet!r} is not readable"
            raise xlsx_parts.unreadable(self.path, what, error) from None

    @staticmethod
    def _merge(ref: str, merges: list) -> None:
        """A merged range (`A2:A4`) that covers rows below its first, as calamine reads it."""
        found = _RANGE.fullmatch(ref)
        if found is None:
            return
        letters, first, _, last = found.groups()
        if int(last) > int(first):
            if len(merges) >= MERGE_LIMIT:
                raise Damaged(f"more than {MERGE_LIMIT:,} cells are merged down")
            merges.append((int(first), column_index(letters), int(last)))

    def _link(self, attrs: dict, links: list) -> None:
        """A hyperlink to a `mailto:` address, on a cell (`B2`) or a range (`B2:B9`)."""
        address = next((self.targets.get(attrs.get(n, "")) for n in xlsx_parts.RELATIONSHIP_IDS
                        if n in attrs), None)  # fmt: skip
        ref = attrs.get("ref", "")
        found = _RANGE.fullmatch(ref if ":" in ref else f"{ref}:{ref}")
        if address is None or found is None:
            return
        if len(links) >= LINK_LIMIT:
            raise Damaged(f"more than {LINK_LIMIT:,} cells have hyperlinks")
        left, first, right, last = found.groups()
        links.append((int(first), column_index(left), int(last), column_index(right), address))

    @staticmethod
    def _start_row(ref: str | None, state: dict) -> None:
        number = int(ref) if ref is not None and ref.isdecimal() and len(ref) < 12 else None
        if ref is not None and number is None:
            raise Damaged(f"row number {ref[:20]!r} is not one")
        if number is not None and number <= state["row"]:
            raise Damaged(f"row {number} comes after row {state['row']}")
        state["row"] = number if number is not None else state["row"] + 1
        if state["row"] > LAST_ROW:
            raise Damaged(f"row {state['row']:,} is beyond Excel's last row, {LAST_ROW:,}")
        state["column"], state["size"], state["large"] = -1, 0, False

    def _column(self, ref: str | None, state: dict) -> int:
        if ref is None:  # no reference: the cell after the previous one, as calamine
            column = state["column"] + 1
        else:
            letters = ref.rstrip("0123456789")
            digits = ref[len(letters) :]
            if not (_LETTERS.fullmatch(letters) and digits and len(digits) <= 12):
                raise Damaged(f"cell reference {ref[:20]!r} is not one")
            column, number = column_index(letters), int(digits)
            if number > LAST_ROW:
                raise Damaged(f"cell {ref} is beyond Excel's last row, {LAST_ROW:,}")
            if column < LAST_COLUMN and number != state["row"]:
                raise Damaged(f"cell {ref} is in row {state['row']}")
        if column >= LAST_COLUMN:
            raise Damaged(f"cell {ref or column + 1} is beyond Excel's last column, XFD")
        return column

    def close(self) -> None:
        self.zip.close()


def default_sheet(path: str) -> str:
    """The name of the sheet read when none is named (see choose_sheet)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return choose_sheet(xlsx_parts.workbook_info(archive), None, path).name
    except (zipfile.BadZipFile, KeyError, ValueError, expat.ExpatError, Damaged) as error:
        raise xlsx_parts.unreadable(path, "not a readable .xlsx workbook", error) from None
