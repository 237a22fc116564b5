"""Records of a workbook sheet (.xlsx, .xls, .ods): the first sheet, or the one named.

python-calamine (Rust calamine; pandas' fast Excel engine) reads all three
formats. It loads a whole sheet at once, so .xlsx takes the streaming fast path
(xlsx_stream.py) unless FAST_PATHS=0. Cells become text: whole numbers without
".0", dates in ISO format; row numbers are the sheet's own, the "lines" of a
workbook, and a row ends at its last filled cell (both readers give the same records).
"""

import datetime
from collections.abc import Iterator

from python_calamine import CalamineError, CalamineWorkbook

from csv_import.errors import InputError
from csv_import.reading.xlsx_stream import XlsxSheet
from csv_import.rows import Record


def as_text(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.date | datetime.time | datetime.timedelta):
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    return "" if value is None else str(value)


class CalamineSheet:
    def __init__(self, path: str, kind: str, sheet: str | None = None):
        self.path, self.kind = path, kind
        try:
            self.workbook = CalamineWorkbook.from_path(path)
            names = self.workbook.sheet_names
            if sheet is not None and sheet not in names:
                raise InputError(
                    f"{path}: no sheet {sheet!r} (sheets: {', '.join(map(repr, names))})"
                )
            self.sheet = sheet if sheet is not None else names[0]
            self._sheet = self.workbook.get_sheet_by_name(self.sheet)
        except (CalamineError, IndexError, OSError, ValueError) as error:
            raise InputError(f"{path}: not a readable {kind} workbook ({error})") from None
        self.skipped: dict = {}

    def describe(self) -> dict:
        return {"kind": self.kind, "sheet": self.sheet}

    def __iter__(self) -> Iterator[Record]:
        # calamine's range starts at the first filled row and column: put them back.
        first_row, first_column = self._sheet.start or (0, 0)
        for number, cells in enumerate(self._sheet.iter_rows(), first_row + 1):
            fields = [""] * first_column + [as_text(c) for c in cells]
            while fields and not fields[-1]:  # a sheet's width is not the row's: as in the XML
                fields.pop()
            yield Record(number, number, fields)

    def close(self) -> None:
        self.workbook.close()


def open_sheet(path: str, kind: str, sheet: str | None, fast_paths: bool):
    if kind == "xlsx" and fast_paths:
        return XlsxSheet(path, sheet)
    return CalamineSheet(path, kind, sheet)
