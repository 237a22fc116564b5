"""Workbooks: the streaming .xlsx reader (the fast path) against python-calamine."""

import zipfile

import pytest
import xlsxwriter

from csv_import.errors import InputError
from csv_import.reading import open_people
from csv_import.reading.workbooks import CalamineSheet
from csv_import.reading.xlsx_stream import XlsxSheet

OUTLOOK = ["Title", "First Name", "Middle Name", "Last Name", "Company", "E-mail Address",
           "E-mail 2 Address"]  # fmt: skip
ROWS = [
    ["Dr.", "Zoë", "Anna", "Müller", "Acme GmbH", "zoe@acme.example", ""],
    ["", "José", None, "García", "Acme Iberia S.L.", "", "jose@example.es"],
    ["", "伟", None, "王", None, "wei@example.cn", None],
    ["", "Number", None, 42, None, "n@example.com", None],
]


def write_xlsx(path, rows, inline: bool, sheets=("Contacts",)) -> None:
    """Excel's own layout (shared strings) or xlsxwriter's constant_memory one (inline strings)."""
    workbook = xlsxwriter.Workbook(path, {"constant_memory": inline})
    for name in sheets:
        sheet = workbook.add_worksheet(name)
        sheet.write_row(0, 0, OUTLOOK)
        for number, row in enumerate(rows, 2):  # a gap row: the sheet's own row numbers stay
            for column, value in enumerate(row):
                if value is not None:
                    sheet.write(number, column, value)
        sheet.write(len(rows) + 3, 0, "Exported by Outlook")  # a one-cell footer
    workbook.close()


@pytest.mark.parametrize("inline", [False, True], ids=["shared strings", "inline strings"])
def test_the_streaming_reader_reads_what_calamine_reads(tmp_path, inline):
    path = tmp_path / "contacts.xlsx"
    write_xlsx(path, ROWS, inline)
    fast = [(r.line, r.fields) for r in XlsxSheet(str(path))]
    calamine = CalamineSheet(str(path), "xlsx")
    real = [(r.line, r.fields) for r in calamine]
    calamine.close()
    assert fast == real
    assert [line for line, fields in fast if fields] == [1, 3, 4, 5, 6, 8]


@pytest.mark.parametrize("fast_paths", [True, False], ids=["streaming", "calamine"])
def test_an_outlook_workbook_gives_its_people(tmp_path, fast_paths):
    path = tmp_path / "contacts.csv"  # the name says CSV; the content says workbook
    write_xlsx(path, ROWS, inline=False)
    with open_people(path, fast_paths=fast_paths) as people:
        rows = [(r.line, r.full_name, r.email, r.alternatives) for r in people.rows()]
        assert people.columns()["kind"] == "xlsx"
        assert people.skipped == {"blank": 2, "footer": 1}
    assert rows == [
        (3, "Zoë Anna Müller", "zoe@acme.example", ()),
        (4, "José García", "jose@example.es", ()),
        (5, "王 伟", "wei@example.cn", ()),  # family name first: Han
        (6, "Number 42", "n@example.com", ()),
    ]


def test_sheet_chooses_a_sheet_and_names_them_when_missing(tmp_path):
    path = tmp_path / "book.xlsx"
    write_xlsx(path, ROWS[:1], inline=False, sheets=("Notes", "Contacts"))
    with open_people(path, sheet="Contacts") as people:
        assert people.columns()["sheet"] == "Contacts" and len(list(people.rows())) == 1
    with pytest.raises(InputError, match=r"no sheet 'People' \(sheets: 'Notes', 'Contacts'\)"):
        open_people(path, sheet="People")


def test_an_ods_spreadsheet_is_read_by_calamine(tmp_path):
    path = tmp_path / "people.ods"
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    rows = [["Nome", "Cognome", "E-mail"], ["Niccolò", "Rossi", "niccolo@example.it"]]
    table = "".join(
        "<table:table-row>" + "".join(cell.format(v) for v in row) + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Foglio1">'
        f"{table}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)  # fmt: skip
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    with open_people(path) as people:
        assert [(r.line, r.full_name, r.email) for r in people.rows()] == [
            (2, "Niccolò Rossi", "niccolo@example.it")
        ]
