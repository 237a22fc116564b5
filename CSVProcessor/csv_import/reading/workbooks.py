"""Records of a workbook sheet (.xlsx, .xls, .ods): the sheet named, else the one Excel opens on.

python-calamine (Rust calamine; pandas' fast Excel engine) reads all three
formats. It loads a whole sheet at once, as a grid of the sheet's last row
times its last column, so .xlsx takes the streaming reader (xlsx_stream.py);
with FAST_PATHS=0 calamine reads .xlsx too, but only after the streaming
reader has read the sheet through in bounded memory and found its grid under
CALAMINE_CELLS (else the streaming reader's records are the records). Both
give the same records (cell_text.py): whole numbers without ".0", dates in ISO
format; row numbers are the sheet's own, the "lines" of a workbook.

The default sheet is the active one (the tab the workbook was saved on) if it
is visible, else the first visible sheet: a hidden or very hidden sheet is
read only when named with --sheet.
"""

import zipfile
from collections.abc import Iterable, Iterator

from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

from csv_import.errors import InputError
from csv_import.reading import sheet_bounds, xlsx_parts
from csv_import.reading.cell_text import as_text, linked, merged_down, records
from csv_import.reading.ods_shown import shown_rows, spanned_rows, without_readings
from csv_import.reading.xlsx_stream import XlsxSheet, default_sheet
from csv_import.rows import Record

CALAMINE_CELLS = 4_000_000  # a grid of ~130 MB in calamine (32 bytes a cell), before the text
CALAMINE_TEXT = 128 << 20  # characters in the sheet's cells, as calamine would hold them


class CalamineSheet:
    def __init__(self, path: str, kind: str, sheet: str | None = None, links=()):
        self.path, self.kind = path, kind
        # an .xlsx's mailto: hyperlinks, as the streaming reader read them (calamine reads none)
        self.links = sorted(links)
        try:
            self.workbook = CalamineWorkbook.from_path(path)
            if kind == "xlsx":  # the active tab is in workbook.xml: the streaming reader's choice
                self.sheet = sheet if sheet is not None else default_sheet(path)
            else:
                self.sheet = _choose(self.workbook, sheet, path)
            self._sheet = self.workbook.get_sheet_by_name(self.sheet)
            self.totals = _xlsx_totals(path, self.sheet) if kind == "xlsx" else frozenset()
        except (CalamineError, IndexError, OSError, ValueError) as error:
            raise InputError(f"{path}: not a readable {kind} workbook ({error})") from None
        except BaseException as error:  # a Rust panic (pyo3's PanicException is no Exception)
            if type(error).__name__ != "PanicException":
                raise
            raise InputError(f"{path}: not a readable {kind} workbook ({error})") from None
        self.skipped: dict = {}

    def describe(self) -> dict:
        return {"kind": self.kind, "sheet": self.sheet}

    def __iter__(self) -> Iterator[Record]:
        # Cells merged down (an .xlsx's <mergeCells>, an .xls's MERGEDCELLS, an .ods's
        # number-rows-spanned), read as the streaming reader reads them (merged_down).
        if self.kind == "ods":  # calamine reads none: from content.xml, beside its rows
            ranges: Iterable = spanned_rows(self.path, self.sheet)
        else:
            ranges = sorted(
                (first + 1, column, last + 1)
                for (first, column), (last, _) in self._sheet.merged_cell_ranges or ()
                if last > first
            )
        rows = linked(self._rows(), self.links)
        return records(merged_down(rows, ranges), self.totals, self.skipped)

    def _rows(self) -> Iterator[tuple[int, list[str]]]:
        # iter_rows starts at the sheet's first row, but at the first filled column.
        first_column = (self._sheet.start or (0, 0))[1]
        # An .ods's numbers shown with leading zeros and its rubies, read beside (ods_shown.py).
        shown = shown_rows(self.path, self.sheet) if self.kind == "ods" else iter(())
        ahead = next(shown, None)
        try:
            for number, cells in enumerate(self._sheet.iter_rows(), 1):
                fields = [""] * first_column + [as_text(c) for c in cells]
                while ahead is not None and ahead[1] < number:
                    ahead = next(shown, None)
                if ahead is not None and ahead[0] <= number:
                    for column, text in ahead[2].items():
                        if column < len(fields) and fields[column] == str(int(text)):
                            fields[column] = text
                    for column, rubies in ahead[3].items():  # a ruby's reading is no text
                        if column < len(fields):
                            fields[column] = without_readings(fields[column], rubies)
                yield number, fields
        except BaseException as error:  # a value calamine panics on, as one line
            if type(error).__name__ != "PanicException":
                raise
            raise InputError(
                f"{self.path}: sheet {self.sheet!r} is not readable ({error})"
            ) from None

    def close(self) -> None:
        self.workbook.close()


def _xlsx_totals(path: str, sheet: str) -> frozenset[int]:
    """The sheet's tables' Total Rows, as the streaming reader skips them (xlsx_parts); the
    streaming reader has read this workbook already, so its parts are known to be readable."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = xlsx_parts.workbook_info(archive)
            member = next(s.member for s in info.sheets if s.name == sheet)
            return xlsx_parts.totals_rows(archive, member)
    except (zipfile.BadZipFile, StopIteration, xlsx_parts.Damaged):
        return frozenset()


def _choose(workbook: CalamineWorkbook, wanted: str | None, path: str) -> str:
    """An .xls or .ods sheet: the one named, else the first visible (calamine does not say
    which is active)."""
    names = workbook.sheet_names
    if wanted is not None:
        if wanted not in names:
            raise InputError(f"{path}: no sheet {wanted!r} (sheets: {', '.join(map(repr, names))})")
        return wanted
    for sheet in workbook.sheets_metadata:
        if sheet.visible == SheetVisibleEnum.Visible:
            return sheet.name
    raise InputError(f"{path}: every sheet is hidden; name one with --sheet")


def _calamine_can_read(stream: XlsxSheet) -> bool:
    """After the streaming reader read the sheet through: are calamine's grid and text for it
    small enough, has it no value calamine panics on, and no number shown with leading
    zeros (calamine gives the number, 7911123456 for 07911123456)?"""
    first_row, last_row, first_column, last_column = stream.grid
    area = max(last_row - first_row + 1, 0) * max(last_column - first_column + 1, 0)
    small = area <= CALAMINE_CELLS and stream.text <= CALAMINE_TEXT
    return small and not stream.calamine_unsafe and not stream.padded


def visible_sheets(path: str, kind: str) -> list[str]:
    """The names of a workbook's visible sheets, in tab order ([] if unreadable)."""
    try:
        if kind == "xlsx":
            with zipfile.ZipFile(path) as archive:
                info = xlsx_parts.workbook_info(archive)
            return [sheet.name for sheet in info.sheets if sheet.state == "visible"]
        workbook = CalamineWorkbook.from_path(path)
        return [s.name for s in workbook.sheets_metadata if s.visible == SheetVisibleEnum.Visible]
    except Exception:  # noqa: BLE001 - the default sheet's own error stands
        return []


def open_sheet(path: str, kind: str, sheet: str | None, fast_paths: bool):
    if kind != "xlsx":
        sheet_bounds.check(path, kind)  # calamine's grid, before calamine builds it
        return CalamineSheet(path, kind, sheet)
    stream = XlsxSheet(path, sheet)
    try:
        # Read through once before the first row is sent, in bounded memory: a sheet
        # damaged at row 900,000 is refused whole, never after 899,999 rows were stored.
        for _ in stream.rows():
            pass
        if fast_paths or not _calamine_can_read(stream):
            return stream  # it reads the sheet again, from the start
    except BaseException:
        stream.close()
        raise
    stream.close()
    return CalamineSheet(path, kind, stream.sheet, stream.links)
