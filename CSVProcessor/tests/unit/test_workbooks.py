"""Workbooks: the streaming .xlsx reader (the fast path) against python-calamine."""

import csv
import datetime
import io
import re
import zipfile

import openpyxl
import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from csv_import.errors import InputError
from csv_import.reading import open_people
from csv_import.reading.workbooks import CalamineSheet, open_sheet
from csv_import.reading.xlsx_stream import XlsxSheet
from csv_import.rows import Person, Row
from csv_import.validation import validate
from CSVProcessor.tests.exports.corpus import EXPORTS

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


@pytest.mark.parametrize("fast_paths", [True, False])
def test_a_summary_sheet_first_gives_way_to_the_sheet_of_people(tmp_path, fast_paths):
    # A report's workbook: a summary tab (no email column) opens first, the people after it.
    path = tmp_path / "report.xlsx"
    workbook = xlsxwriter.Workbook(path)
    summary, people_sheet = workbook.add_worksheet("Summary"), workbook.add_worksheet("Guests")
    for n, row in enumerate([("Event", "Summit"), ("Organizer", "Olga Org"), ("Guests", 2)]):
        summary.write_row(n, 0, row)
    for n, row in enumerate([("Name", "Email"), ("Ann Lee", "ann@x.com"), ("Bo Berg", "bo@x.com")]):
        people_sheet.write_row(n, 0, row)
    workbook.close()
    with open_people(path, fast_paths=fast_paths) as people:
        assert people.columns()["sheet"] == "Guests"
        assert [(r.full_name, r.email) for r in people.rows()] == [
            ("Ann Lee", "ann@x.com"), ("Bo Berg", "bo@x.com")]  # fmt: skip
    with pytest.raises(InputError, match="no email column"):  # named: that sheet, no other
        open_people(path, sheet="Summary")


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_a_summary_read_as_people_by_its_values_gives_way_to_a_sheet_under_header_words(
    tmp_path, suffix
):
    """Swoogo's registrant report opens on a summary tab of labels and values, one an
    address ("Organizer", events@…): it read as a table of one person by its values alone
    (no header word over its name or email column), and the registrants' sheet, whose
    header says name and email, was only named. The sheet under header words is read."""
    from CSVProcessor.tests.exports.builders import ods_bytes, workbook_bytes

    sheets = [
        ("Summary", (("Event", "Partner Summit"), ("Registrants", 2),
                     ("Organizer", "events@x.com"))),
        ("Registrants", (("First Name", "Last Name", "Email"), ("Ann", "Lee", "ann@x.com"),
                         ("Bo", "Berg", "bo@x.com"))),
    ]  # fmt: skip
    path = tmp_path / f"report{suffix}"
    path.write_bytes((ods_bytes if suffix == ".ods" else workbook_bytes)(sheets))
    with open_people(path) as people:
        assert people.columns()["sheet"] == "Registrants"
        assert [(r.full_name, r.email) for r in people.rows()] == [
            ("Ann Lee", "ann@x.com"), ("Bo Berg", "bo@x.com")]  # fmt: skip
    # Named, it is read as asked: its labels ("Registrants", "Organizer") are one-word values
    # under a header that says no name, so it has no name column (columns.md).
    with pytest.raises(InputError, match="no name column"):
        open_people(path, sheet="Summary")


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    labels=st.lists(
        st.sampled_from(["Report", "Rows", "Run by", "Generated by", "Owner", "Filter", "Period"]),
        min_size=1, max_size=4, unique=True,
    ),
    count=st.integers(min_value=1, max_value=999),
    at=st.integers(min_value=0, max_value=4),
)  # fmt: skip
def test_a_summary_with_one_address_gives_way_to_a_sheet_under_header_words(
    tmp_path, labels, count, at
):
    """A report's summary tab of labels and values whose one address is the user who ran it
    ("Run by" beside paul@…, below "Rows" beside 2) read as a table of one person, its email
    column's only value an address; the employees' sheet under header words was only named
    (unseen_twentyfifth.py's sage-people-employees-xlsx)."""
    from CSVProcessor.tests.exports.builders import workbook_bytes

    summary = [(label, f"{label} value") for label in labels]
    summary.insert(min(at, len(summary)), ("Rows", count))
    summary.insert(min(at + 1, len(summary)), ("Run by", "paul@x.com"))
    sheets = [
        ("Summary", tuple(summary)),
        ("Details", (("First Name", "Last Name", "Work Email"), ("Ann", "Lee", "ann@x.com"),
                     ("Bo", "Berg", "bo@x.com"))),
    ]  # fmt: skip
    path = tmp_path / "report.xlsx"
    path.write_bytes(workbook_bytes(sheets))
    with open_people(path) as people:
        assert people.columns()["sheet"] == "Details"
        assert [r.email for r in people.rows()] == ["ann@x.com", "bo@x.com"]


def test_a_list_under_a_header_no_vocabulary_has_keeps_its_sheet(tmp_path):
    """A first sheet of people under Swahili headers (no vocabulary's words: read by its
    values, addresses on every row) is read, not a later sheet under English words."""
    from CSVProcessor.tests.exports.builders import workbook_bytes

    sheets = [
        ("Wanachama", (("Jina kamili", "Anwani ya barua pepe"), ("Amina Juma", "amina@x.co.tz"),
                       ("Baraka Mwita", "baraka@x.co.tz"))),
        ("Staff", (("Name", "Email"), ("Cy Dee", "cy@x.com"))),
    ]  # fmt: skip
    path = tmp_path / "members.xlsx"
    path.write_bytes(workbook_bytes(sheets))
    with open_people(path) as people:
        assert people.columns()["sheet"] == "Wanachama"
        assert [r.email for r in people.rows()] == ["amina@x.co.tz", "baraka@x.co.tz"]


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_other_visible_sheets_of_people_are_named_not_read(tmp_path, suffix):
    """A list kept a sheet a year: the first is read, the other visible sheets that hold a
    table of people are named (a note under the mapping line, and in the JSON's columns);
    a sheet of notes and a hidden sheet are not."""
    from CSVProcessor.tests.exports.builders import ods_bytes

    sheets = [
        ("2023", (("Name", "Email"), ("Ann Lee", "ann@x.com"))),
        ("Notes", (("just notes",),)),
        ("2024", (("Name", "Email"), ("Bo Berg", "bo@x.com"))),
    ]
    path = tmp_path / f"years{suffix}"
    if suffix == ".ods":
        path.write_bytes(ods_bytes(sheets))
    else:
        workbook = xlsxwriter.Workbook(path)
        for title, records in [*sheets, ("Old", (("Name", "Email"), ("Cy Dee", "cy@x.com")))]:
            sheet = workbook.add_worksheet(title)
            for n, record in enumerate(records):
                sheet.write_row(n, 0, record)
            if title == "Old":
                sheet.hide()
        workbook.close()
    with open_people(path) as people:
        assert [r.email for r in people.rows()] == ["ann@x.com"]
        assert people.columns()["other_sheets_with_people"] == ["2024"]
        assert people.mapping_details()[-1] == (
            "note: sheet '2024' holds a table of people too, not read (import it with --sheet)"
        )
    with open_people(path, sheet="2024") as people:  # named: no note
        assert "other_sheets_with_people" not in people.columns()


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


# The differential test: workbooks generated with openpyxl (styles, number formats, hidden
# sheets, the active tab, the 1904 date system), read by both readers through open_sheet.
NUMBER_FORMATS = ["General", "0", "0.00", "0.00%", "#,##0", "yyyy-mm-dd", "dd/mm/yy;@",
                  "h:mm AM/PM", "h:mm:ss", "mm:ss", "[h]:mm:ss", "[mm]", "yyyy-mm-dd hh:mm",
                  '"Y"0', "#,##0*y", "0\\ \"m\"", "[Red]0.00", "[$-404]e/m/d", "mmss.0",
                  "d-mmm", "@", "00000000000", "#0000"]  # fmt: skip
format_codes = st.one_of(
    st.sampled_from(NUMBER_FORMATS),
    st.text(alphabet='dmyhsAP[]"_\\*;0#., /@:-', min_size=1, max_size=12),
)
numbers = st.one_of(
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.floats(-6e7, 3e6),  # the range where a date format means a date, and beyond
)
cell_values = st.one_of(
    st.none(),
    st.booleans(),
    numbers,
    st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=12),
    st.dates(datetime.date(1800, 1, 1), datetime.date(9999, 12, 31)),
    st.datetimes(datetime.datetime(1900, 3, 1), datetime.datetime(9999, 12, 31)),
    st.times(),
    st.timedeltas(datetime.timedelta(days=-10), datetime.timedelta(days=10_000)),
    st.lists(  # rich text: runs, bold or not (openpyxl writes it as an inline string)
        st.tuples(
            st.booleans(),
            st.text(
                st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
                min_size=1,
                max_size=5,
            ),
        ),
        min_size=1,
        max_size=3,
    ).map(
        lambda runs: CellRichText(
            [TextBlock(InlineFont(b=True), text) if bold else text for bold, text in runs]
        )
    ),
)
cells = st.dictionaries(
    st.tuples(st.integers(1, 25), st.integers(1, 8)),
    st.tuples(cell_values, st.none() | format_codes),
    max_size=30,
)
# merged ranges: first row, first column, rows and columns more (overlapping ones left out)
merges = st.lists(
    st.tuples(st.integers(1, 25), st.integers(1, 8), st.integers(0, 3), st.integers(0, 2)),
    max_size=4,
)
sheets = st.lists(
    st.tuples(st.sampled_from(["visible", "hidden", "veryHidden"]), cells, merges),
    min_size=1,
    max_size=3,
)


def sheet_states(book) -> list[str]:
    states = [state for state, *_ in book]
    if "visible" not in states:  # Excel and openpyxl keep one sheet visible
        states[-1] = "visible"
    return states


def write_openpyxl(path, book, active: int, date1904: bool) -> None:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    if date1904:
        workbook.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    states = sheet_states(book)
    for index, ((_, filled, *merged), state) in enumerate(zip(book, states, strict=True)):
        sheet = workbook.create_sheet(f"S{index}")
        sheet.sheet_state = state
        for (row, column), (value, number_format) in filled.items():
            cell = sheet.cell(row=row, column=column)
            cell.value = value
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # text, not a formula without a cached value
            if number_format:
                cell.number_format = number_format
        taken: set[tuple[int, int]] = set()
        for row, column, down, across in merged[0] if merged else ():
            covered = {(r, c) for r in range(row, row + down + 1)
                       for c in range(column, column + across + 1)}  # fmt: skip
            if len(covered) > 1 and not covered & taken:
                taken |= covered
                sheet.merge_cells(start_row=row, start_column=column, end_row=row + down,
                                  end_column=column + across)  # fmt: skip
    workbook.save(path)
    set_active_tab(path, active)


def set_active_tab(path, active: int) -> None:
    """Point the workbook view at sheet `active`, hidden or not (openpyxl moves it to a visible
    sheet; a hostile or hand-edited file need not)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info: archive.read(info) for info in archive.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts.items():
            if info.filename == "xl/workbook.xml":
                data = re.sub(rb' activeTab="\d+"', b"", data)
                data = data.replace(b"<workbookView", b'<workbookView activeTab="%d"' % active)
                assert b"activeTab" in data
            archive.writestr(info, data)


def read_both(path, sheet=None):
    """(sheet name, records) from each reader, with their errors as the one line they print."""
    results = []
    for fast_paths in (True, False):
        try:
            source = open_sheet(str(path), "xlsx", sheet, fast_paths=fast_paths)
            if not fast_paths and not isinstance(source, CalamineSheet):
                # calamine would panic (a date format on a number out of any calendar), or
                # drop the leading zeros a zero-padded format shows
                assert source.calamine_unsafe or source.padded
            try:
                results.append((source.sheet, list(source)))
            finally:
                source.close()
        except InputError as error:
            results.append(str(error))
    return results


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(book=sheets, active=st.integers(0, 2), date1904=st.booleans())
def test_both_readers_give_the_same_records_for_generated_workbooks(
    tmp_path, book, active, date1904
):
    path = tmp_path / "generated.xlsx"
    write_openpyxl(path, book, min(active, len(book) - 1), date1904)
    streaming, calamine = read_both(path)
    assert streaming == calamine
    visible = [f"S{i}" for i, state in enumerate(sheet_states(book)) if state == "visible"]
    wanted = f"S{min(active, len(book) - 1)}"  # the active sheet if visible, else the first visible
    assert streaming[0] == (wanted if wanted in visible else visible[0])
    for index in range(len(book)):  # any sheet, hidden or not, by name
        assert read_both(path, f"S{index}")[0] == read_both(path, f"S{index}")[1]


def test_dates_and_times_read_as_dates_and_times(tmp_path):
    path = tmp_path / "dates.xlsx"
    values = [datetime.date(2024, 1, 15), datetime.time(13, 30),
              datetime.datetime(2024, 1, 15, 13, 30), datetime.timedelta(hours=30),
              True, 42, 2.5, 10**20, "=A1"]  # fmt: skip
    write_openpyxl(
        path, [("visible", {(1, i): (v, None) for i, v in enumerate(values, 1)})], 0, False
    )
    streaming, calamine = read_both(path)
    assert streaming == calamine
    assert streaming[1][0].fields == [
        "2024-01-15", "13:30:00", "2024-01-15T13:30:00", "30:00:00",
        "TRUE", "42", "2.5", "100000000000000000000", "=A1",
    ]  # fmt: skip


CSV_EXPORTS = [export for export in EXPORTS if export.suffix == ".csv"]


def typed(field: str):
    """A CSV field as a spreadsheet would hold it: dates as dates, whole numbers as numbers."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", field):
        try:
            return datetime.date.fromisoformat(field)
        except ValueError:
            return field
    if re.fullmatch(r"-?[1-9]\d{0,14}", field):
        return int(field)
    return field


@pytest.mark.parametrize("export", CSV_EXPORTS, ids=[e.name for e in CSV_EXPORTS])
def test_every_export_of_the_corpus_saved_as_a_workbook_reads_the_same_both_ways(tmp_path, export):
    """The corpus's CSV exports, saved as Excel would save them (typed cells, dates as dates,
    the sheet's rows where the file's lines were), give their people with both readers."""
    source = tmp_path / f"{export.name}.csv"
    source.write_bytes(export.data)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    with open_people(source) as people:  # how the CLI reads the file: encoding, delimiter
        read_as = people.columns()
    text = export.data.decode(read_as["encoding"]).removeprefix("\ufeff")
    delimiter = "\t" if read_as["delimiter"] in ("TAB", "\\t") else read_as["delimiter"]
    for row, fields in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), 1):
        for column, field in enumerate(fields, 1):
            cell = sheet.cell(row=row, column=column)
            cell.value = typed(openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE.sub("", field))
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula stays text
    path = tmp_path / f"{export.name}.xlsx"
    workbook.save(path)
    read = []
    for fast_paths in (True, False):
        with open_people(path, fast_paths=fast_paths) as people:
            assert isinstance(people.source, CalamineSheet) is not fast_paths
            read.append([(r.line, r.full_name, r.email, r.alternatives) for r in people.rows()])
    assert read[0] == read[1]
    verdicts = [
        validate(Row(line, name, email, [], None, more)) for line, name, email, more in read[0]
    ]
    stored = sorted((v.full_name, v.email) for v in verdicts if isinstance(v, Person))
    assert stored == sorted(export.people), export.format


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    number=st.integers(0, 10**14),
    code=st.sampled_from(["00000000000", "0000", "#00000", "00", "0", "0.00", "0000;-0000"]),
)
def test_a_number_under_a_format_of_zeros_shows_its_leading_zeros(tmp_path, number, code):
    """07911123456 typed as a number under `00000000000` is the phone the sheet shows, by both
    readers; a format that is not only zeros (and `#`) leaves the number as it was."""
    workbook = openpyxl.Workbook()
    workbook.active.append(["Phone"])
    workbook.active.append([number])
    workbook.active["A2"].number_format = code
    path = tmp_path / "phones.xlsx"
    workbook.save(path)
    zeros = code.count("0") if set(code) <= {"0", "#"} else 1
    shown = str(number).zfill(zeros) if "." not in code and ";" not in code else str(number)
    for fast_paths in (True, False):
        source = open_sheet(str(path), "xlsx", None, fast_paths=fast_paths)
        try:
            assert [r.fields for r in source][1] == [shown]
        finally:
            source.close()


@pytest.mark.parametrize("fast_paths", [True, False])
def test_a_tables_total_row_is_skipped_not_rejected(tmp_path, fast_paths):
    """Excel's Total Row ("Total", a count) is the table's last row by its totalsRowCount: a
    skipped line, by both readers; a table without one, and rows after it, are read."""
    path = tmp_path / "members.xlsx"
    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet("Members")
    columns = [
        {"header": "Name", "total_string": "Total"},
        {"header": "Email", "total_function": "count"},
    ]
    people = [["Ann Lee", "ann@x.com"], ["Bo Berg", "bo@x.com"]]
    sheet.add_table(0, 0, 3, 1, {"columns": columns, "total_row": True, "data": people})
    sheet.write_row(5, 0, ["Cy Dee", "cy@x.com"])  # after a blank row, outside the table
    sheet.add_table(
        6, 3, 7, 4, {"columns": [{"header": "Note"}, {"header": "By"}], "data": [["x", "y"]]}
    )
    workbook.close()
    with open_people(path, fast_paths=fast_paths) as people:
        rows = [(r.line, r.email) for r in people.rows()]
        assert people.skipped["a table's total row"] == 1
    assert rows[:2] == [(2, "ann@x.com"), (3, "bo@x.com")]
    assert (6, "cy@x.com") in rows and all(line != 4 for line, _ in rows)


def strict(path, out) -> None:
    """The workbook as Excel's "Strict Open XML Spreadsheet" names its parts' XML: the same
    elements in the ISO/IEC 29500 Strict namespaces."""
    spaces = {
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main": (
            b"http://purl.oclc.org/ooxml/spreadsheetml/main"
        ),
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
            b"http://purl.oclc.org/ooxml/officeDocument/relationships"
        ),
    }
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            for transitional, strict_space in spaces.items():
                data = data.replace(transitional, strict_space)
            archive.writestr(name, data)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(book=sheets, active=st.integers(0, 2), date1904=st.booleans())
def test_a_strict_open_xml_workbook_reads_as_its_transitional_twin(
    tmp_path, book, active, date1904
):
    path, twin = tmp_path / "transitional.xlsx", tmp_path / "strict.xlsx"
    write_openpyxl(path, book, min(active, len(book) - 1), date1904)
    strict(path, twin)
    assert read_both(twin) == read_both(path)


def ods_of(rows) -> bytes:
    """An .ods as LibreOffice saves one: a number cell's value, and the text it shows."""
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Contacts")
    for repeat, cells in rows:
        row = TableRow(numberrowsrepeated=repeat) if repeat > 1 else TableRow()
        for cell in cells:
            if cell is None:
                element = TableCell()
            elif isinstance(cell, tuple):  # (value, shown, note)
                element = TableCell(valuetype="float", value=cell[0])
                if cell[2]:
                    note = Annotation()
                    note.addElement(P(text=cell[2]))
                    element.addElement(note)
                element.addElement(P(text=cell[1]))
            else:
                element = TableCell(valuetype="string")
                element.addElement(P(text=cell))
            row.addElement(element)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    number=st.integers(0, 10**12),
    digits=st.integers(1, 15),
    repeat=st.integers(1, 3),
    offset=st.booleans(),
    note=st.sampled_from(["", "0 call after 5"]),
)
def test_an_ods_number_shown_with_leading_zeros_is_that_text(
    tmp_path, number, digits, repeat, offset, note
):
    """LibreOffice saves a number cell's value and the text it shows: 7911123456 shown as
    07911123456 (a format of leading zeros) is read as shown; a shown text that is not the
    number's padded digits (1.5E+10, 7,911,123,456), and a comment's text, change nothing."""
    shown = str(number).zfill(digits)
    lead = [None] if offset else []
    path = tmp_path / "phones.ods"
    cells = [(number, shown, note), (number, f"{number:,}", "")]
    header = [*lead, "Name", "Email", "Phone", "Other"]
    path.write_bytes(ods_of([(1, header), (repeat, [*lead, "Ann Lee", "ann@x.com", *cells])]))
    with open_people(path) as people:
        rows = [r.fields[len(lead) :] for r in people.rows()]
    assert rows == [["Ann Lee", "ann@x.com", shown, str(number)]] * repeat
