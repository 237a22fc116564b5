"""Every way we can write the same people: the writers of the metamorphic test.

A writer turns a header and rows into a file's bytes and suffix: CSV with each
delimiter, quoting, BOM and encoding; .xlsx by openpyxl and by xlsxwriter; .ods by
odfpy; Excel's XML Spreadsheet 2003; vCard 2.1 (quoted-printable), 3.0 and 4.0; an HTML
table as web applications and Excel's "Save as Web Page" write it. Whatever the writer, reading the
file back must give the same table of people.
"""

import codecs
import html
import io
import quopri
from collections.abc import Callable
from dataclasses import dataclass

from CSVProcessor.tests.exports.builders import csv_text, xlsx_bytes

HEADER = ("First Name", "Last Name", "Email")

# Sets of people, each writable in the code pages listed with it.
PEOPLE = {
    "western": (
        [("Zoë", "Müller", "zoe@example.de"), ("José", "García", "jose@example.es"),
         ("Søren", "Ødegaard", "soren@example.no"), ("Anne-Marie", "O'Neil", "am@example.ie")],
        ("cp1252", "latin_1", "mac_roman", "cp850"),
    ),
    "central": (
        [("Łukasz", "Wiśniewski", "lukasz@example.pl"), ("Jiří", "Dvořák", "jiri@example.cz"),
         ("Ľubica", "Šťastná", "lubica@example.sk")],
        ("cp1250", "iso8859_2"),
    ),
    "cyrillic": (
        [("Иван", "Смирнов", "ivan@example.ru"), ("Наталья", "Кузнецова", "natalia@example.ru")],
        ("cp1251", "koi8_r", "cp866"),
    ),
    "greek": (
        [("Γιώργος", "Παπαδόπουλος", "giorgos@example.gr"), ("Ελένη", "Οικονόμου", "eleni@example.gr")],
        ("cp1253", "iso8859_7"),
    ),
    "turkish": (
        [("Ayşe", "Yılmaz", "ayse@example.com.tr"), ("Çağrı", "Öztürk", "cagri@example.com.tr")],
        ("cp1254",),
    ),
    "baltic": (
        [("Rūta", "Žemaitytė", "ruta@example.lt"), ("Jānis", "Bērziņš", "janis@example.lv")],
        ("cp1257",),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Writer:
    name: str
    write: Callable[[list[tuple[str, str, str]]], bytes]
    suffix: str = ".csv"


def csv_writer(encoding="utf-8", delimiter=",", quote_all=False, bom=False) -> Writer:
    quoting = "quoted" if quote_all else "minimal"
    label = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}[delimiter]
    name = f"csv-{encoding}{'-bom' if bom else ''}-{label}-{quoting}"

    def write(people):
        text = csv_text([HEADER, *people], delimiter=delimiter, quote_all=quote_all)
        data = text.encode(encoding)
        return (codecs.BOM_UTF8 if bom else b"") + data

    return Writer(name, write)


def xlsxwriter_bytes(people) -> bytes:
    import xlsxwriter

    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = workbook.add_worksheet("People")
    for number, record in enumerate([HEADER, *people]):
        sheet.write_row(number, 0, record)
    workbook.close()
    return out.getvalue()


def ods_bytes(people) -> bytes:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="People")
    for record in [HEADER, *people]:
        row = TableRow()
        for value in record:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def qp(text: str) -> str:
    return quopri.encodestring(text.encode(), quotetabs=True).decode().replace("=\n", "")


def vcard_bytes(version: str, people) -> bytes:
    lines = []
    for given, family, email in people:
        lines += ["BEGIN:VCARD", f"VERSION:{version}"]
        if version == "2.1":
            lines += [
                f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(family)};{qp(given)};;;",
                f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(f'{given} {family}')}",
                f"EMAIL;PREF;INTERNET:{email}",
            ]
        elif version == "3.0":
            lines += [f"N:{family};{given};;;", f"FN:{given} {family}",
                      f"EMAIL;TYPE=INTERNET,pref:{email}"]  # fmt: skip
        else:
            lines += [f"FN:{given} {family}", f"N:{family};{given};;;", f"EMAIL;PREF=1:{email}"]
        lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode()


def html_bytes(people, encoding: str = "utf-8", office: bool = False) -> bytes:
    """An HTML table named .xls: a web application's "Export to Excel" (a plain <table>, <th>
    header), or, with `office`, Excel's "Save as Web Page" (Office namespaces, a style block,
    a title row spanning the columns, cells wrapped in <font>, entities, a <meta> charset)."""
    escape = html.escape
    if office:
        head = (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"\n'
            'xmlns:x="urn:schemas-microsoft-com:office:excel">\n<head>\n'
            f'<meta http-equiv=Content-Type content="text/html; charset={encoding}">\n'
            "<style>td {mso-number-format:\\@;} .xl65 {color:red}</style>\n</head>\n<body>\n"
            "<table border=0 cellpadding=0 cellspacing=0>\n"
            "<tr><td colspan=3 class=xl65>Contacts &mdash; export</td></tr>\n<tr></tr>\n"
        )
        cell = "<td class=xl65><font face=Arial>{}</font></td>"
        rows = ["<tr>" + "".join(cell.format(escape(h)) for h in HEADER) + "</tr>"]
    else:
        head = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Export</title></head>\n'
        head += "<body><table>\n"
        rows = ["<tr>" + "".join(f"<th>{escape(h)}</th>" for h in HEADER) + "</tr>"]
        cell = "<td>\n  {}\n</td>"
    rows += [
        "<tr>" + "".join(cell.format(escape(v)) for v in person) + "</tr>" for person in people
    ]
    page = head + "\n".join(rows) + "\n</table>\n</body>\n</html>\n"
    return page.encode(encoding, "xmlcharrefreplace")


def spreadsheet_xml_bytes(people, encoding: str = "utf-8") -> bytes:
    """Excel's XML Spreadsheet 2003: a title merged across the columns, a skipped row
    (ss:Index), rich text in a cell (html:B), the header and one Row per person."""
    escape = html.escape

    def row(values) -> str:
        cells = [f'<Data ss:Type="String">{escape(v)}</Data>' for v in values]
        cells[1] = f'<ss:Data ss:Type="String"><html:B>{escape(values[1])}</html:B></ss:Data>'
        return "<Row>" + "".join(f"<Cell>{c}</Cell>" for c in cells) + "</Row>\n"

    rows = "".join(row(r) for r in [HEADER, *people])
    document = (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n'
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"\n'
        ' xmlns:html="http://www.w3.org/TR/REC-html40">\n'
        '<Worksheet ss:Name="Contacts"><Table>\n'
        '<Row><Cell ss:MergeAcross="2"><Data ss:Type="String">Contacts</Data></Cell></Row>\n'
        f'<Row ss:Index="3"></Row>{rows}</Table></Worksheet></Workbook>\n'
    )
    return document.encode(encoding, "xmlcharrefreplace")


def writers_for(code_pages: tuple[str, ...]) -> list[Writer]:
    """Every writer for a set of people that these legacy code pages can hold."""
    unicode_csv = [
        csv_writer("utf-8", d, q, bom)
        for d in (",", ";", "\t", "|")
        for q in (False, True)
        for bom in (False, True)
    ]
    unicode_csv += [
        csv_writer("utf-16", "\t"),
        csv_writer("utf-16", ","),
        csv_writer("utf-16-le", ","),
    ]
    legacy = [csv_writer(code_page, d) for code_page in code_pages for d in (",", ";")]
    return [
        *unicode_csv,
        *legacy,
        Writer("xlsx-openpyxl", lambda people: xlsx_bytes([HEADER, *people]), ".xlsx"),
        Writer("xlsx-xlsxwriter", xlsxwriter_bytes, ".xlsx"),
        Writer("ods-odfpy", ods_bytes, ".ods"),
        *(Writer(f"vcard-{v}", lambda people, v=v: vcard_bytes(v, people), ".vcf")
          for v in ("2.1", "3.0", "4.0")),
        Writer("html-table", html_bytes, ".xls"),
        Writer("xml-spreadsheet-2003", spreadsheet_xml_bytes, ".xls"),
        Writer("xml-spreadsheet-2003-utf-16",
               lambda people: spreadsheet_xml_bytes(people, "utf-16"), ".xml"),
        Writer("html-excel-web-page", lambda people: html_bytes(people, office=True), ".htm"),
        *(Writer(f"html-excel-web-page-{cp}",
                 lambda people, cp=cp: html_bytes(people, cp, office=True), ".htm")
          for cp in code_pages[:1]),
    ]  # fmt: skip


CASES = [
    (set_name, writer)
    for set_name, (_, code_pages) in PEOPLE.items()
    for writer in writers_for(code_pages)
]
