"""The tools a user opens an export in and saves it again with: the re-save writers.

Each takes a shape's cells (preamble, header, rows, footer, and for a workbook its sheets)
and writes them as the tool does: Excel's CSV in a German or French locale (`;`, cp1252),
its "Unicode Text" (UTF-16 with a BOM, tabs), its "CSV UTF-8" (a BOM), Excel for Mac's
CSV (Mac Roman, CR line ends), LibreOffice's CSV with every text cell quoted, Google
Sheets' CSV download (LF line ends), a script's `csv.writer(quoting=QUOTE_ALL)`, and the
workbooks: .xlsx by Excel (openpyxl), by Google Sheets (xlsxwriter) and .ods by LibreOffice.

A spreadsheet writes every record as wide as the sheet's used range (`Title,,,`, a blank
line as `,,,`), the script only what it read. A CSV save writes the sheet on show, the
first: a workbook whose people are on a later sheet has no CSV re-save. A re-save into a
code page applies only when every character of the cells fits it.
"""

import csv
import datetime
import io
from collections.abc import Callable
from dataclasses import dataclass

from CSVProcessor.tests.exports.builders import (
    WORKBOOKS,
    Formula,
    Link,
    Number,
    Shape,
    Spanned,
    ods_bytes,
    workbook_bytes,
    xlsx_bytes,
)

TABLE_KINDS = ("csv", *WORKBOOKS)


def shown(value) -> str:
    """A typed cell as a spreadsheet shows it, and so writes it to CSV."""
    if isinstance(value, Formula):
        value = value.cached
    if isinstance(value, Number):
        if set(value.format) == {"0"}:
            return str(int(value.value)).zfill(len(value.format))
        value = value.value
    if isinstance(value, Link | Spanned):
        return value.text
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def laid_out(shape: Shape, record: tuple) -> tuple:
    """A record with a cell for each column: a merged title's covered cells empty. A
    `workbook` shape writes them so (xlsxwriter's merge_range), an `ods` one not (odfpy
    adds the covered cells)."""
    if shape.kind != "ods":
        return record
    out: list = []
    for value in record:
        out.append(value)
        if isinstance(value, Spanned):
            out += [""] * (value.columns - 1)
    return tuple(out)


def people_sheet(shape: Shape) -> list[tuple]:
    return [laid_out(shape, r) for r in (*shape.preamble, shape.header, *shape.rows, *shape.footer)]


def records(shape: Shape) -> list[tuple[str, ...]]:
    """The people's sheet as text cells, as a CSV save writes them."""
    return [tuple(shown(value) for value in record) for record in people_sheet(shape)]


def padded(cells: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    width = max(len(record) for record in cells)
    return [record + ("",) * (width - len(record)) for record in cells]


@dataclass(frozen=True)
class Resaver:
    name: str
    write: Callable[[Shape], bytes]
    suffix: str = ".csv"
    code_page: str | None = None  # the cells must fit it
    whole_workbook: bool = False  # writes every sheet (a CSV writes only the first)

    def applies(self, shape: Shape) -> bool:
        if shape.kind not in TABLE_KINDS:
            return False
        if shape.sheets_before and not self.whole_workbook:
            return False
        text = "".join("".join(str(cell) for cell in record) for record in records(shape))
        # A stray byte of no text (builders' surrogate escape) or a NUL: no tool keeps them
        # as they were (a spreadsheet cell cannot hold a NUL)
        if any(c == "\x00" or "\udc80" <= c <= "\udcff" for c in text):
            return False
        if self.code_page is None:
            return True
        try:
            text.encode(self.code_page)
        except UnicodeEncodeError:
            return False
        return True


def csv_lines(cells, delimiter=",", line_end="\r\n", quoting=csv.QUOTE_MINIMAL) -> str:
    """Records as CSV lines ending in `line_end`; a cell holding a line break (CR or LF) is
    quoted whatever the line end (csv.writer quotes only its lineterminator's characters)."""
    lines = []
    for record in cells:
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="\r\n").writerow(
            record
        )
        lines.append(out.getvalue().removesuffix("\r\n") + line_end)
    return "".join(lines)


def spreadsheet_csv(encoding, delimiter=",", line_end="\r\n", bom=b"") -> Callable:
    def write(shape):
        text = csv_lines(padded(records(shape)), delimiter, line_end)
        return bom + text.encode(encoding)

    return write


def libreoffice_quoted(shape) -> bytes:
    """LibreOffice's "Quote all text cells": every filled cell quoted, an empty one not."""
    lines = []
    for record in padded(records(shape)):
        quoted = ('"' + value.replace('"', '""') + '"' if value else "" for value in record)
        lines.append(",".join(quoted))
    return ("\n".join(lines) + "\n").encode("utf-8")


def script_quote_all(shape) -> bytes:
    """A script's `csv.writer(quoting=QUOTE_ALL)`: every field quoted, CRLF, UTF-8."""
    return csv_lines(records(shape), quoting=csv.QUOTE_ALL).encode("utf-8")


def sheets(shape: Shape):
    """The workbook's sheets with their typed cells (a CSV's cells are text), for xlsxwriter."""
    return [*shape.sheets_before, (shape.sheet_title, people_sheet(shape))]


def ods_sheets(shape: Shape):
    """The sheets as odfpy writes them: a merged title without its covered cells (odfpy
    adds them), a formula as the value LibreOffice shows (its cached one)."""

    def cells(record):
        out, skip = [], 0
        for value in record:
            if skip:
                skip -= 1
                continue
            out.append(value.cached if isinstance(value, Formula) else value)
            skip = value.columns - 1 if isinstance(value, Spanned) else 0
        return tuple(out)

    if shape.kind == "ods":  # as its product wrote it
        return [*shape.sheets_before, (shape.sheet_title, build_records(shape))]
    return [(title, [cells(r) for r in records]) for title, records in sheets(shape)]


def build_records(shape: Shape) -> list[tuple]:
    return [*shape.preamble, shape.header, *shape.rows, *shape.footer]


def excel_xlsx(shape) -> bytes:
    return xlsx_bytes(records(shape), shape.sheet_title)


RESAVERS = [
    Resaver("excel-csv-semicolon-cp1252", spreadsheet_csv("cp1252", ";"), code_page="cp1252"),
    Resaver("excel-unicode-text", spreadsheet_csv("utf-16", "\t"), ".txt"),
    Resaver("excel-csv-utf-8", spreadsheet_csv("utf-8", bom=b"\xef\xbb\xbf")),
    Resaver("excel-mac-csv", spreadsheet_csv("mac_roman", line_end="\r"), code_page="mac_roman"),
    Resaver("libreoffice-csv-quoted", libreoffice_quoted),
    Resaver("google-sheets-csv", spreadsheet_csv("utf-8", line_end="\n")),
    Resaver("script-quote-all", script_quote_all),
    Resaver("excel-xlsx", excel_xlsx, ".xlsx"),
    Resaver(
        "google-sheets-xlsx", lambda s: workbook_bytes(sheets(s)), ".xlsx", whole_workbook=True
    ),
    Resaver("libreoffice-ods", lambda s: ods_bytes(ods_sheets(s)), ".ods", whole_workbook=True),
]
