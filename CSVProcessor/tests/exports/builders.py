"""Build an export's bytes from its spec: the corpus is code, not committed binary files.

A Shape says what a product writes: its header row as the product spells it, the
records before the table (a report's preamble) and after it (a footer), the
delimiter, the quoting, the text encoding with or without a BOM, the line ends,
and the rows. `build(shape)` turns it into the bytes of the file; `people` is what
a correct import stores from it, exactly (full name, email); `known`, when the export has
a phone, company or job-title column (a vCard's TEL, ORG, TITLE), the known fields each
of those people gets, exactly: `expect(email, phone=..., company=..., job_title=...,
other_emails=(...))`, every field not given empty, every person not listed without any.
A phone is as validation.normalize_phone makes it without --region: as written (trimmed,
spaces collapsed), or E.164 when written with its +country code and a possible number.
"""

import codecs
import csv
import datetime
import io
from dataclasses import dataclass


@dataclass(frozen=True)
class Shape:
    name: str  # unique id of the shape, used as the test id
    product: str  # whose export this imitates
    language: str  # ISO 639-1 code of the header and the data
    source: str  # where the header's spelling comes from
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    people: tuple[tuple[str, str], ...]  # (full name, email) a correct import stores
    encoding: str = "utf-8"  # a Python codec name; "utf-8-sig" writes the BOM
    delimiter: str = ","
    quote_all: bool = False
    line_end: str = "\r\n"
    preamble: tuple[tuple[str, ...], ...] = ()  # records written before the header
    footer: tuple[tuple[str, ...], ...] = ()  # records written after the rows
    # "csv", "xlsx" (built with openpyxl), "workbook" (.xlsx with typed cells, xlsxwriter),
    # "strict" (that .xlsx as Strict Open XML), "xls" (xlwt), "ods" (odfpy), "vcard" or
    # "text" (another format's lines, in rows)
    kind: str = "csv"
    suffix: str = ".csv"
    notes: str = ""  # what makes this shape hard
    # email -> the known fields a correct import stores for that person (expect()); None:
    # not asserted (the export has no phone, company or job-title column)
    known: tuple[tuple[str, dict], ...] | None = None
    # (line, reason code) of every record a correct import rejects; None: not asserted
    rejects: tuple[tuple[int, str], ...] | None = None
    # "workbook" and "ods": the sheets before the people's (title, records), and its title;
    # the workbook opens on its first sheet
    sheets_before: tuple[tuple[str, tuple[tuple, ...]], ...] = ()
    sheet_title: str = "Sheet1"

    @property
    def legacy_code_page(self) -> str | None:
        """The 8-bit or CJK code page of a text export, None for Unicode and workbooks."""
        if self.kind in WORKBOOKS or self.encoding.replace("_", "-").startswith("utf"):
            return None
        return codecs.lookup(self.encoding).name


WORKBOOKS = ("xlsx", "workbook", "strict", "xls", "ods")
KNOWN_FIELDS = ("phone", "company", "job_title", "other_emails")


def expect(email: str, **fields) -> tuple[str, dict]:
    """One person's known fields, as a correct import stores them; the others are empty."""
    unknown = set(fields) - set(KNOWN_FIELDS)
    if unknown:
        raise TypeError(f"no known field {sorted(unknown)}")
    return email, {"phone": "", "company": "", "job_title": "", "other_emails": (), **fields}


def csv_text(records, *, delimiter=",", quote_all=False, line_end="\r\n") -> str:
    out = io.StringIO()
    writer = csv.writer(
        out,
        delimiter=delimiter,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
        lineterminator=line_end,
    )
    for record in records:
        if isinstance(record, str):
            raise TypeError(f"a record is a tuple of fields, not a string: {record!r}")
        if record == ():  # a blank line, as reports write between blocks
            out.write(line_end)
        else:
            writer.writerow(record)
    return out.getvalue()


def xlsx_bytes(records, sheet_title="Sheet1") -> bytes:
    import openpyxl  # a dev dependency: only the corpus writes workbooks this way

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    for record in records:
        sheet.append(list(record) if record else [None])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


@dataclass(frozen=True)
class Formula:
    """A formula cell and the value the writer cached for it (what Excel last computed)."""

    expression: str
    cached: str | float


@dataclass(frozen=True)
class Number:
    """A number cell under a number format (`00000000000`, `dd/mm/yyyy`)."""

    value: float
    format: str


@dataclass(frozen=True)
class Link:
    """A text cell that is a hyperlink (an address typed into LibreOffice becomes mailto:)."""

    text: str


@dataclass(frozen=True)
class Spanned:
    """A text cell merged across `columns` cells (a title over the table)."""

    text: str
    columns: int


def workbook_bytes(sheets) -> bytes:
    """An .xlsx of typed cells by xlsxwriter: numbers, dates, formulas with cached values."""
    import xlsxwriter

    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out, {"in_memory": True})
    formats: dict[str, object] = {}

    def style(number_format: str):
        return formats.setdefault(number_format, workbook.add_format({"num_format": number_format}))

    for title, records in sheets:
        sheet = workbook.add_worksheet(title)
        for r, record in enumerate(records):
            for c, value in enumerate(record):
                if isinstance(value, Formula):
                    sheet.write_formula(r, c, value.expression, None, value.cached)
                elif isinstance(value, Number):
                    sheet.write_number(r, c, value.value, style(value.format))
                elif isinstance(value, datetime.date):
                    sheet.write_datetime(r, c, value, style("yyyy-mm-dd"))
                elif isinstance(value, Link):
                    sheet.write_url(r, c, f"mailto:{value.text}", string=value.text)
                elif isinstance(value, Spanned):
                    sheet.merge_range(r, c, r, c + value.columns - 1, value.text)
                elif isinstance(value, int | float):
                    sheet.write_number(r, c, value)
                elif value:
                    sheet.write_string(r, c, value)
    workbook.close()
    return out.getvalue()


_STRICT = {
    b"http://schemas.openxmlformats.org/spreadsheetml/2006/main": (
        b"http://purl.oclc.org/ooxml/spreadsheetml/main"
    ),
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships"
    ),
}


def strict_bytes(data: bytes) -> bytes:
    """An .xlsx as Excel's "Strict Open XML Spreadsheet" writes it: the same parts, their
    elements in the ISO/IEC 29500 Strict namespaces."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            part = source.read(info)
            for transitional, strict in _STRICT.items():
                part = part.replace(transitional, strict)
            target.writestr(info.filename, part, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def xls_bytes(sheets) -> bytes:
    """An Excel 97-2003 .xls (BIFF8) by xlwt: numbers, number formats, dates."""
    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    styles: dict[str, object] = {}

    def style(number_format: str):
        return styles.setdefault(number_format, xlwt.easyxf(num_format_str=number_format))

    for title, records in sheets:
        sheet = workbook.add_sheet(title)
        for r, record in enumerate(records):
            for c, value in enumerate(record):
                if isinstance(value, Number):
                    sheet.write(r, c, value.value, style(value.format))
                elif isinstance(value, datetime.date):
                    sheet.write(r, c, value, style("YYYY-MM-DD"))
                elif value not in ("", None):
                    sheet.write(r, c, value)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def ods_bytes(sheets) -> bytes:
    """An .ods by odfpy as LibreOffice saves one: floats, dates, links, merged titles."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import A, P

    document = OpenDocumentSpreadsheet()
    for title, records in sheets:
        table = Table(name=title)
        for record in records:
            row = TableRow()
            for value in record or ("",):
                if isinstance(value, Number) and set(value.format) == {"0"}:
                    cell = TableCell(valuetype="float", value=value.value)  # shown padded
                    cell.addElement(P(text=str(int(value.value)).zfill(len(value.format))))
                    row.addElement(cell)
                    continue
                if isinstance(value, Number):
                    value = value.value
                if isinstance(value, Spanned):
                    cell = TableCell(valuetype="string", numbercolumnsspanned=value.columns)
                    cell.addElement(P(text=value.text))
                    row.addElement(cell)
                    for _ in range(value.columns - 1):
                        row.addElement(CoveredTableCell())
                    continue
                if isinstance(value, datetime.date):
                    cell = TableCell(valuetype="date", datevalue=value.isoformat())
                    cell.addElement(P(text=value.strftime("%d.%m.%Y")))
                elif isinstance(value, int | float):
                    cell = TableCell(valuetype="float", value=value)
                    cell.addElement(P(text=str(value)))
                elif isinstance(value, Link):
                    cell = TableCell(valuetype="string")
                    paragraph = P()
                    paragraph.addElement(A(href=f"mailto:{value.text}", text=value.text))
                    cell.addElement(paragraph)
                elif value:
                    cell = TableCell(valuetype="string")
                    cell.addElement(P(text=value))
                else:
                    cell = TableCell()
                row.addElement(cell)
            table.addElement(row)
        document.spreadsheet.addElement(table)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def build(shape: Shape) -> bytes:
    """The file's bytes, as the product writes them."""
    if shape.kind in ("vcard", "text"):  # rows hold the lines, in the product's layout
        text = shape.line_end.join(line for (line,) in shape.rows) + shape.line_end
        return text.encode(shape.encoding, "surrogateescape")
    records = [*shape.preamble, shape.header, *shape.rows, *shape.footer]
    if shape.kind == "xlsx":
        return xlsx_bytes(records)
    if shape.kind in ("workbook", "strict", "xls", "ods"):
        sheets = [*shape.sheets_before, (shape.sheet_title, records)]
        if shape.kind == "strict":
            return strict_bytes(workbook_bytes(sheets))
        return {"workbook": workbook_bytes, "xls": xls_bytes, "ods": ods_bytes}[shape.kind](sheets)
    text = csv_text(
        records, delimiter=shape.delimiter, quote_all=shape.quote_all, line_end=shape.line_end
    )
    return text.encode(shape.encoding, "surrogateescape")


def text_lines(text: str) -> tuple[tuple[str], ...]:
    """A text file's lines (a vCard, an LDIF dump, an HTML page), one record each, as
    Shape.rows holds them."""
    return tuple((line,) for line in text.strip("\n").split("\n"))
