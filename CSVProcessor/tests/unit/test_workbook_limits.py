"""Hand-written workbooks: every kind of cell, the sheet chosen, and workbooks that claim
more than they hold (memory stays bounded, errors are one line).

A 5 KB .xlsx can name row 50,000,000 or cell ZZZZZZ3; python-calamine would
build a grid that large and abort the process. The CLI runs here in a
subprocess under an address-space limit (RLIMIT_AS), both readers.
"""

import io
import json
import os
import resource
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import olefile
import openpyxl
import pytest
import xlwt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csv_import.errors import InputError
from csv_import.reading import xlsx_parts
from csv_import.reading.workbooks import CalamineSheet, open_sheet

CLI = Path(__file__).parents[2] / "csvprocessor.py"
MEMORY = 1 << 30  # the CLI with python-calamine loaded needs about 300 MB of address space
HEADER = (b'<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c>'
          b'<c r="B1" t="inlineStr"><is><t>Email</t></is></c></row>')  # fmt: skip
ANN = (b'<row r="2"><c r="A2" t="inlineStr"><is><t>Ann</t></is></c>'
       b'<c r="B2" t="inlineStr"><is><t>ann@example.com</t></is></c></row>')  # fmt: skip


def xlsx(path, sheet_data: bytes, dimension="A1", **parts) -> Path:
    """An openpyxl workbook whose first sheet's XML (or any other part) is replaced."""
    buffer = io.BytesIO()
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "x"
    workbook.save(buffer)
    sheet = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             b'<dimension ref="%s"/><sheetData>%s</sheetData></worksheet>')  # fmt: skip
    parts["xl/worksheets/sheet1.xml"] = sheet % (dimension.encode(), sheet_data)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, parts.pop(info.filename, source.read(info)))
        for name, data in parts.items():
            out.writestr(name, data)
    return Path(path)


HOSTILE = {  # name: (sheet XML, dimension, the error's end, or None for a success)
    "row 50,000,000": (HEADER + b'<row r="50000000"><c r="A50000000" t="inlineStr"><is><t>Ann'
                       b"</t></is></c></row>", "A1", "row 50,000,000 is beyond Excel's last row, "
                       "1,048,576)"),
    "cell ZZZZZZ3": (HEADER + b'<row r="3"><c r="ZZZZZZ3"><v>1</v></c></row>', "A1",
                     "cell ZZZZZZ3 is beyond Excel's last column, XFD)"),
    "cell A99999999999": (HEADER + b'<row r="3"><c r="A99999999999"><v>1</v></c></row>', "A1",
                          "cell A99999999999 is beyond Excel's last row, 1,048,576)"),
    "a huge dimension": (HEADER + ANN, "A1:XFD1048576", None),
    "Excel's last cell": (HEADER + ANN + b'<row r="1048576"><c r="XFD1048576"><v>1</v></c>'
                          b"</row>", "A1", None),
    "rows out of order": (HEADER + ANN + HEADER, "A1", "row 1 comes after row 2)"),
    "a 2 MB tag": (HEADER + b'<row r="2" x="' + b"y" * (2 << 20) + b'"/>', "A1",
                   "has more than 1,048,576 bytes without a tag end)"),
}  # fmt: skip


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


@pytest.mark.parametrize("fast_paths", ["1", "0"], ids=["streaming", "calamine"])
@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_workbook_is_read_or_refused_in_one_line_in_bounded_memory(
    tmp_path, name, fast_paths
):
    data, dimension, error = HOSTILE[name]
    path = xlsx(tmp_path / "people.xlsx", data, dimension)
    env = {**os.environ, "FAST_PATHS": fast_paths, "LOGS_DIR": str(tmp_path / "logs")}
    done = subprocess.run(
        [sys.executable, str(CLI), str(path), "--dry-run", "--json"],
        capture_output=True, text=True, env=env, preexec_fn=limit_memory, timeout=300,
    )  # fmt: skip
    if error is None:
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr and "panicked" not in done.stderr
        assert json.loads(done.stdout)["accepted"] == 1  # Ann
        return
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.rstrip().endswith(error), done.stderr


def test_a_shared_string_table_over_its_budget_is_refused(tmp_path, monkeypatch):
    strings = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               + b"<si><t>abcdefgh</t></si>" * 2000 + b"</sst>")  # fmt: skip
    path = xlsx(tmp_path / "bomb.xlsx", HEADER, **{"xl/sharedStrings.xml": strings})
    monkeypatch.setattr(xlsx_parts, "STRINGS_BUDGET", 100_000)
    with pytest.raises(InputError, match="shared strings need more than 0 MB"):
        open_sheet(str(path), "xlsx", None, fast_paths=True)


@pytest.mark.parametrize("fast_paths", [True, False], ids=["streaming", "calamine"])
@pytest.mark.parametrize(
    ("index", "error"),
    [("1", None), ("2", "shared string 2 does not exist"), ("-1", "shared string '-1'"),
     (" 1 ", "shared string ' 1 '"), ("1.0", "shared string '1.0'"), ("0x1", "shared string '0x1'"),
     ("١", "shared string '١'")],
)  # fmt: skip
def test_only_a_plain_decimal_shared_string_index_in_range_is_read(
    tmp_path, index, error, fast_paths
):
    """ "-1", " 1 ", "1.0" and "0x1" once read as the first string ("Name") without a word."""
    strings = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               b"<si><t>Name</t></si><si><t>Ann</t></si></sst>")  # fmt: skip
    cell = f'<row r="2"><c r="A2" t="s"><v>{index}</v></c></row>'.encode()
    path = xlsx(tmp_path / "people.xlsx", HEADER + cell, **{"xl/sharedStrings.xml": strings})
    if error is None:
        sheet = open_sheet(str(path), "xlsx", None, fast_paths)
        assert [r.fields[:1] for r in sheet][1] == ["Ann"]
        sheet.close()
        return
    with pytest.raises(InputError, match=f"sheet 'Sheet' is not readable \\({error}"):
        open_sheet(str(path), "xlsx", None, fast_paths)


def test_a_part_that_inflates_past_its_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = xlsx(tmp_path / "bomb.xlsx", HEADER + b"<row/>" * 100_000)
    monkeypatch.setattr(xlsx_parts, "SHEET_LIMIT", 100_000)
    with pytest.raises(InputError, match=r"sheet1.xml inflates to 600,\d+ bytes \(limit 100,000\)"):
        open_sheet(str(path), "xlsx", None, fast_paths=True)


WORKBOOK = (
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<bookViews><workbookView activeTab="{active}"/></bookViews>'
    "<sheets>{sheets}</sheets></workbook>"
)
RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}'
    "</Relationships>"
)


def three_sheets(path, states, active) -> Path:
    """Sheets A, B, C in `states`, each holding its own name in A1, the view on `active`."""
    sheets = "".join(
        f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"'
        + (f' state="{state}"' if state != "visible" else "") + "/>"
        for i, (name, state) in enumerate(zip("ABC", states, strict=True), 1)
    )  # fmt: skip
    relationships = "".join(
        f'<Relationship Id="rId{i}" Target="worksheets/sheet{i}.xml" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
        for i in range(1, 4)
    )
    content = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, 4)
        )
        + "</Types>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", content)
        archive.writestr("_rels/.rels", RELS.format(
            '<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats'
            '.org/officeDocument/2006/relationships/officeDocument"/>'))  # fmt: skip
        archive.writestr("xl/workbook.xml", WORKBOOK.format(active=active, sheets=sheets))
        archive.writestr("xl/_rels/workbook.xml.rels", RELS.format(relationships))
        for i, name in enumerate("ABC", 1):
            archive.writestr(
                f"xl/worksheets/sheet{i}.xml",
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                f'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{name}</t></is></c></row>'
                "</sheetData></worksheet>",
            )
    return Path(path)


@pytest.mark.parametrize("fast_paths", [True, False], ids=["streaming", "calamine"])
@pytest.mark.parametrize(
    ("states", "active", "chosen"),
    [
        (("hidden", "visible", "visible"), 0, "B"),  # a hidden first sheet is not the default
        (("visible", "visible", "visible"), 2, "C"),  # the active tab
        (("visible", "veryHidden", "visible"), 1, "A"),  # an active tab that is hidden
        (("hidden", "veryHidden", "visible"), 7, "C"),  # an active tab that does not exist
    ],
)
def test_the_default_sheet_is_the_active_visible_one(tmp_path, states, active, chosen, fast_paths):
    path = three_sheets(tmp_path / "book.xlsx", states, active)
    sheet = open_sheet(str(path), "xlsx", None, fast_paths)
    assert (sheet.sheet, [r.fields for r in sheet]) == (chosen, [[chosen]])
    assert isinstance(sheet, CalamineSheet) is not fast_paths
    sheet.close()
    hidden = open_sheet(str(path), "xlsx", "A", fast_paths)  # named, a hidden sheet is read
    assert [r.fields for r in hidden] == [["A"]]
    hidden.close()


def test_the_cli_says_which_sheet_it_reads(tmp_path):
    path = xlsx(tmp_path / "book.xlsx", HEADER + ANN)
    env = {**os.environ, "LOGS_DIR": str(tmp_path / "logs")}
    done = subprocess.run(
        [sys.executable, str(CLI), str(path), "--dry-run"],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert "header on line 1; sheet 'Sheet'" in done.stderr, done.stderr


def test_a_workbook_with_every_sheet_hidden_asks_for_one_by_name(tmp_path):
    path = three_sheets(tmp_path / "book.xlsx", ("hidden", "hidden", "veryHidden"), 0)
    with pytest.raises(InputError, match="every sheet is hidden; name one with --sheet"):
        open_sheet(str(path), "xlsx", None, fast_paths=True)


SST = (
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<si><t>Zoë</t></si>"
    '<si><r><rPr><b/></rPr><t>Rich</t></r><r><t xml:space="preserve"> text</t></r></si>'
    '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>'
    "<si><t/></si></sst>"
)
CELLS = (  # each kind of cell an .xlsx can hold, and the text both readers give it
    ('<c r="A{r}" t="s"><v>0</v></c>', "Zoë"),
    ('<c r="A{r}" t="s"><v>1</v></c>', "Rich text"),
    ('<c r="A{r}" t="s"><v>2</v></c>', "東京"),
    ('<c r="A{r}" t="s"><v>3</v></c>', ""),
    ('<c r="A{r}" t="inlineStr"><is><t>inline</t></is></c>', "inline"),
    ('<c r="A{r}" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c>', "inline"),
    ('<c r="A{r}" t="str"><f>A1&amp;"!"</f><v>Zoë &amp; co!</v></c>', "Zoë & co!"),
    ('<c r="A{r}"><f>1+1</f><v>2</v></c>', "2"),
    ('<c r="A{r}" s="1"><f>DATE(2024,1,15)</f><v>45306</v></c>', "2024-01-15"),
    ('<c r="A{r}" s="1"><v>45306.5625</v></c>', "2024-01-15T13:30:00"),
    ('<c r="A{r}" s="1"><v>0.5625</v></c>', "13:30:00"),
    ('<c r="A{r}" s="2"><v>1.25</v></c>', "30:00:00"),
    ('<c r="A{r}" s="3"><v>45306</v></c>', "45306"),
    ('<c r="A{r}" s="9"><v>45306</v></c>', "45306"),  # a style that does not exist
    ('<c r="A{r}"><v>1.0000000000000002E+20</v></c>', "100000000000000016384"),
    ('<c r="A{r}" t="n"><v>-0</v></c>', "0"),
    ('<c r="A{r}" t="b"><v>1</v></c>', "TRUE"),
    ('<c r="A{r}" t="b"><v>0</v></c>', "FALSE"),
    ('<c r="A{r}" t="e"><v>#N/A</v></c>', ""),
    ('<c r="A{r}" t="e"><f>1/0</f><v>#DIV/0!</v></c>', ""),
    ('<c r="A{r}" t="d"><v>2024-01-15T13:30:00</v></c>', "2024-01-15T13:30:00"),
    ('<c r="A{r}" t="d"><v>2024-01-15</v></c>', "2024-01-15"),
    ('<c r="A{r}" s="1"/>', ""),
    ('<c r="A{r}"><v></v></c>', ""),
)
STYLES = (
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd;@"/></numFmts>'
    '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'  # not a cell's style
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="46"/>'
    '<xf numFmtId="10"/></cellXfs></styleSheet>'
)


def test_every_kind_of_cell_reads_the_same_with_both_readers(tmp_path):
    rows = "".join(f'<row r="{r}">{cell.format(r=r)}</row>' for r, (cell, _) in enumerate(CELLS, 1))
    path = xlsx(tmp_path / "cells.xlsx", rows.encode(), **{
        "xl/sharedStrings.xml": SST.encode(), "xl/styles.xml": STYLES.encode()})  # fmt: skip
    read = []
    for fast_paths in (True, False):
        sheet = open_sheet(str(path), "xlsx", None, fast_paths)
        assert isinstance(sheet, CalamineSheet) is not fast_paths
        read.append(list(sheet))
        sheet.close()
    assert read[0] == read[1]
    texts = {record.line: record.fields for record in read[0]}
    assert [(texts.get(r) or [""])[0] for r in range(1, len(CELLS) + 1)] == [t for _, t in CELLS]


def ods(path, rows: str, manifest: str | None = None) -> Path:
    """An OpenDocument spreadsheet of one table, its rows as given (content.xml)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Sheet1">'
        f"{rows}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = manifest or (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
        'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
        'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)  # fmt: skip
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return Path(path)


CELL = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
ODS_PEOPLE = (
    "<table:table-row>" + CELL.format("Name") + CELL.format("Email") + "</table:table-row>"
    "<table:table-row>" + CELL.format("Ann") + CELL.format("ann@example.com") + "</table:table-row>"
)


@pytest.mark.parametrize(
    ("rows", "error"),
    [
        (  # 600 bytes that ask calamine for 96 million cells: it aborted the process
            ODS_PEOPLE + '<table:table-row table:number-rows-repeated="6000">'
            '<table:table-cell table:number-columns-repeated="16000" office:value-type="string">'
            "<text:p>x</text:p></table:table-cell></table:table-row>",
            "table 'Sheet1' claims 6,002 rows of 16,000 cells, more than the 4,000,000 cells "
            "read at once)",
        ),
        (  # 100 KB of text repeated 2,000 times: 200 million characters for calamine to hold
            ODS_PEOPLE + "<table:table-row><table:table-cell table:number-columns-repeated="
            '"2000" office:value-type="string"><text:p>' + "x" * 100_000 + "</text:p>"
            "</table:table-cell></table:table-row>",
            "its cells hold more than 134,217,728 characters, repeats counted)",
        ),
        (  # 1.6 KB: a row of 4 text cells repeated 999,990 times, within the grid and the
            # text limits, took 662-679 MB of RSS in calamine
            ODS_PEOPLE
            + '<table:table-row table:number-rows-repeated="999990">'
            + CELL.format("Bo")
            + CELL.format("bo@example.com")
            + CELL.format("x" * 50) * 2
            + "</table:table-row>",
            "its repeated cells would take more than 32 MB to read "
            "(table:number-rows-repeated, table:number-columns-repeated))",
        ),
        (  # a person's row twice, and two equal cells side by side: a few copies are read
            ODS_PEOPLE
            + '<table:table-row table:number-rows-repeated="2">'
            + CELL.format("Bo")
            + CELL.format("bo@example.com")
            + CELL.format("yes").replace(
                "<table:table-cell ", '<table:table-cell table:number-columns-repeated="2" '
            )
            + "</table:table-row>",
            3,
        ),
        (  # what LibreOffice writes at the end of every row and table: empty repeats
            ODS_PEOPLE.replace(
                "</table:table-row>",
                '<table:table-cell table:number-columns-repeated="16382"/></table:table-row>',
            )
            + '<table:table-row table:number-rows-repeated="1048574">'
            '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
            1,
        ),
    ],
    ids=[
        "a repeated filled cell",
        "a repeated long text",
        "a repeated row of text",
        "a few repeats",
        "LibreOffice's empty repeats",
    ],
)
def test_an_ods_grid_is_bounded_before_calamine_builds_it(tmp_path, rows, error):
    """`error`: the line's end, or the rows accepted."""
    path = ods(tmp_path / "people.ods", rows)
    env = {**os.environ, "LOGS_DIR": str(tmp_path / "logs")}
    done = subprocess.run(
        [sys.executable, str(CLI), str(path), "--dry-run", "--json"],
        capture_output=True, text=True, env=env, preexec_fn=limit_memory, timeout=300,
    )  # fmt: skip
    if isinstance(error, int):
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["accepted"] == error
        return
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.rstrip().endswith(error), done.stderr


def xls(path, dimensions=None, ann_at=None) -> Path:
    """An .xls (xlwt) of Name, Email and Ann, its DIMENSIONS or Ann's cell moved in place."""
    workbook = xlwt.Workbook()
    sheet = workbook.add_sheet("People")
    for row, values in enumerate([("Name", "Email"), ("Ann", "ann@example.com")]):
        for column, value in enumerate(values):
            sheet.write(row, column, value)
    workbook.save(str(path))
    data = bytearray(path.read_bytes())
    with olefile.OleFileIO(str(path)) as container:
        stream = container.openstream("Workbook").read()
    start = bytes(data).find(stream[:512])  # xlwt writes the stream in one piece
    offset = 0
    while offset < len(stream):
        kind, size = struct.unpack_from("<HH", stream, offset)
        if kind == 0x0200 and dimensions:
            struct.pack_into("<IIHH", data, start + offset + 4, *dimensions)
        if kind == 0x00FD and ann_at and struct.unpack_from("<HH", stream, offset + 4) == (1, 0):
            struct.pack_into("<HH", data, start + offset + 4, *ann_at)
        offset += 4 + size
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("dimensions", "ann_at", "error"),
    [
        (None, None, None),
        ((0, 0xFFFFFFF0, 0, 0xFFFF), None, "sheet 1's DIMENSIONS claims 4,294,967,281 rows of "
         "65,536 cells, more than the 4,000,000 cells read at once)"),
        (None, (0xFFFF, 0xFFFF), "sheet 1 claims 65,536 rows of 65,536 cells, more than the "
         "4,000,000 cells read at once)"),
    ],
    ids=["a plain .xls", "a DIMENSIONS of 4 billion rows", "a cell at row and column 65,536"],
)  # fmt: skip
def test_an_xls_grid_is_bounded_before_calamine_builds_it(tmp_path, dimensions, ann_at, error):
    path = xls(tmp_path / "people.xls", dimensions, ann_at)
    env = {**os.environ, "LOGS_DIR": str(tmp_path / "logs")}
    done = subprocess.run(
        [sys.executable, str(CLI), str(path), "--dry-run", "--json"],
        capture_output=True, text=True, env=env, preexec_fn=limit_memory, timeout=300,
    )  # fmt: skip
    if error is None:
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["accepted"] == 1
        return
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.rstrip().endswith(error), done.stderr


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.tuples(
        st.integers(0, 2**32 - 1),
        st.integers(0, 2**32 - 1),
        st.integers(0, 255),
        st.integers(0, 255),
    ).filter(lambda d: d[0] > d[1] or d[2] > d[3])
)
def test_an_xls_dimensions_that_runs_backwards_is_one_line_not_an_abort(tmp_path, dimensions):
    """A DIMENSIONS record whose first row (or column) is after its last: calamine sized its
    grid from an unsigned difference that wrapped round (`memory allocation of 515396060280
    bytes failed`, exit 134, a Rust backtrace); found by flipping bytes of an .xls."""
    path = xls(tmp_path / "people.xls", dimensions)
    env = {**os.environ, "LOGS_DIR": str(tmp_path / "logs")}
    done = subprocess.run(
        [sys.executable, str(CLI), str(path), "--dry-run"],
        capture_output=True, text=True, env=env, preexec_fn=limit_memory, timeout=300,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr[-300:]
    assert done.stderr.count("\n") == 1 and "DIMENSIONS runs backwards" in done.stderr


@pytest.mark.parametrize("fast_paths", [True, False], ids=["streaming", "calamine"])
def test_a_row_over_a_mebibyte_of_text_is_one_reject_and_the_rest_is_read(tmp_path, fast_paths):
    big = b'<c r="%s2" t="inlineStr"><is><t>' + b"x" * 600_000 + b"</t></is></c>"
    row = b'<row r="2">' + big % b"A" + big % b"B" + b"</row>"
    path = xlsx(tmp_path / "big.xlsx", HEADER + row + ANN.replace(b"2", b"3"))
    sheet = open_sheet(str(path), "xlsx", None, fast_paths)
    assert [(r.line, r.error) for r in sheet][1:] == [(2, "row.too_large"), (3, None)]
    sheet.close()


def zip_patched(source: Path, path: Path, member: str, **fields) -> Path:
    """`source` with `member`'s header fields (flag_bits, compress_type) set in both of the
    zip's directories: what no zip writer would write, but a damaged file holds."""
    offsets = {"flag_bits": (6, 8), "compress_type": (8, 10)}  # local header, central directory
    data = bytearray(source.read_bytes())
    for signature, at, name_at, header in ((b"PK\x03\x04", 0, 26, 30), (b"PK\x01\x02", 1, 28, 46)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            size = struct.unpack_from("<H", data, start + name_at)[0]
            if data[start + header : start + header + size] == member.encode():
                for field, value in fields.items():
                    struct.pack_into("<H", data, start + offsets[field][at], value)
            start += 4
    path.write_bytes(data)
    return path


def compressed(path: Path, member: str, method: int, damage: bool = False) -> Path:
    """A people .xlsx whose `member` is compressed with `method`, its data cut in the middle."""
    plain = xlsx(path.with_suffix(".plain.xlsx"), HEADER + ANN + b"<row/>" * 2000)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            out.writestr(info.filename, data, method if info.filename == member else 8)
    if damage:
        raw = bytearray(path.read_bytes())
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(member)
        middle = info.header_offset + 30 + len(member) + info.compress_size // 2
        raw[middle : middle + 16] = b"\x55" * 16
        path.write_bytes(raw)
    return path


def ole_renamed(path: Path, stream: str) -> Path:
    """An .xls whose Workbook stream is renamed `stream` in the OLE2 directory."""
    data = bytearray(xls(path).read_bytes())
    at = data.find("Workbook\0".encode("utf-16-le"))
    name = (stream + "\0").encode("utf-16-le")
    data[at : at + 64] = name.ljust(64, b"\0")
    struct.pack_into("<H", data, at + 64, len(name))
    path.write_bytes(data)
    return path


ENCRYPTED_MANIFEST = (  # what LibreOffice writes for a part saved with a password
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:'
    'tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
    'manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data '
    'manifest:checksum-type="SHA1/1K" manifest:checksum="x"/></manifest:file-entry>'
    "</manifest:manifest>"
)
SHEET = "xl/worksheets/sheet1.xml"
PROTECTED = "password-protected (encrypted) workbook: save it without a password"
DAMAGED = {  # name: (the file, the end of its one line)
    "an encrypted zip member (.xlsx)": (
        lambda p: zip_patched(xlsx(p / "a.xlsx", HEADER + ANN), p / "b.xlsx", SHEET, flag_bits=1),
        PROTECTED,
    ),
    "an encrypted mimetype (.ods)": (
        lambda p: zip_patched(ods(p / "a.ods", ODS_PEOPLE), p / "b.ods", "mimetype", flag_bits=1),
        PROTECTED,
    ),
    "an .ods whose manifest says it is encrypted": (
        lambda p: ods(p / "a.ods", ODS_PEOPLE, ENCRYPTED_MANIFEST),
        PROTECTED,
    ),
    "an .xlsx saved with a password (OLE2, EncryptedPackage)": (
        lambda p: ole_renamed(p / "a.xlsx", "EncryptedPackage"),
        PROTECTED,
    ),
    "an OLE2 file with no Workbook stream": (
        lambda p: ole_renamed(p / "a.xls", "Xorkbook"),
        "(no Workbook stream: a damaged .xls, or not a workbook)",
    ),
    "an unknown compression method (.xlsx)": (
        lambda p: zip_patched(xlsx(p / "a.xlsx", HEADER + ANN), p / "b.xlsx", SHEET,
                              compress_type=9),
        "can't be read (That compression method is not supported))",
    ),
    "an unknown compression method on the mimetype (.ods)": (
        lambda p: zip_patched(ods(p / "a.ods", ODS_PEOPLE), p / "b.ods", "mimetype",
                              compress_type=9),
        "can't be read (That compression method is not supported))",
    ),
    "corrupt deflate data": (
        lambda p: compressed(p / "a.xlsx", SHEET, zipfile.ZIP_DEFLATED, damage=True),
        "damaged workbook: xl/worksheets/sheet1.xml can't be read",
    ),
    "corrupt bzip2 data": (
        lambda p: compressed(p / "a.xlsx", SHEET, zipfile.ZIP_BZIP2, damage=True),
        "damaged workbook: xl/worksheets/sheet1.xml can't be read",
    ),
    "corrupt LZMA data": (
        lambda p: compressed(p / "a.xlsx", SHEET, zipfile.ZIP_LZMA, damage=True),
        "damaged workbook: xl/worksheets/sheet1.xml can't be read",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", DAMAGED)
def test_a_damaged_or_password_protected_workbook_is_one_line_exit_2(
    tmp_path, monkeypatch, capsys, printed_json, name
):
    """Each once raised out of the CLI (exit 1, a traceback; bzip2: "None: None")."""
    from csv_import import cli

    make, end = DAMAGED[name]
    path = make(tmp_path)
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))
    assert cli.main([str(path), "--dry-run", "--json"]) == 2
    out, err = capsys.readouterr()
    assert printed_json(out)["exit"] == 2
    assert err.count("\n") == 1 and str(path) in err and end in err, err
