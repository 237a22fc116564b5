"""What a workbook says about its cells after its rows, generated as users make them.

Cells merged down (.xlsx by both readers, .xls, .ods): a name merged over the rows of its
addresses, a company over its people, a header of two rows (`Name` over `First`, `Last`,
`Email` merged down over both). A workbook keeps a merged cell's text in its first cell
only: every row below it was a `name.empty` reject, and a two-row header lost its second
row's columns (`Bo Berg` stored as `Bo`). Each is read as an HTML rowspan and an XML
Spreadsheet's ss:MergeDown are (docs/workbooks.md, cell_text.merged_down).

An .xlsx cell's `mailto:` hyperlink (a name, or `Send mail`, linked to mail the person):
its address was lost, an `email.missing_at` reject; it is read as an HTML table's
`<a href="mailto:...">` is (cell_text.linked).
"""

from urllib.parse import quote

import openpyxl
import pytest
import xlwt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P

from csv_import.errors import InputError
from csv_import.reading import xlsx_stream
from CSVProcessor.tests.unit.test_formats_generated import outcomes
from CSVProcessor.tests.unit.test_workbooks import read_both

WORDS = ["Ann", "Lee", "Zoë", "Müller", "Łukasz", "Иван", "Σοφία", "Ngọc", "O'Neil", "山田"]
names = st.lists(st.sampled_from(WORDS), min_size=2, max_size=3).map(" ".join)
# (first row, column, last row, column) from 1, and each row's cells (None: covered or empty)
Merge = tuple[int, int, int, int]


def write(path, kind: str, rows: list[list], merges: list[Merge]) -> None:
    """`rows` as a sheet of `kind`, with `merges` merged (the covered cells empty)."""
    if kind == "xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        for row in rows:
            sheet.append(row)
        for first, column, last, right in merges:
            sheet.merge_cells(start_row=first, start_column=column, end_row=last,
                              end_column=right)  # fmt: skip
        book.save(path)
    elif kind == "xls":
        book = xlwt.Workbook()
        sheet = book.add_sheet("People")
        starts = {(m[0], m[1]): m for m in merges}
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                if (r, c) in starts:
                    first, column, last, right = starts[(r, c)]
                    sheet.write_merge(first - 1, last - 1, column - 1, right - 1, value)
                elif value is not None:
                    sheet.write(r - 1, c - 1, value)
        book.save(path)
    else:
        doc = OpenDocumentSpreadsheet()
        table = Table(name="People")
        covered = {(r, c) for f, col, la, ri in merges for r in range(f, la + 1)
                   for c in range(col, ri + 1)} - {(m[0], m[1]) for m in merges}  # fmt: skip
        spans = {(m[0], m[1]): m for m in merges}
        for r, row in enumerate(rows, 1):
            tr = TableRow()
            for c, value in enumerate(row, 1):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                attrs = {}
                if (r, c) in spans:
                    first, column, last, right = spans[(r, c)]
                    attrs = {"numberrowsspanned": last - first + 1,
                             "numbercolumnsspanned": right - column + 1}  # fmt: skip
                if value is None:
                    tr.addElement(TableCell(**attrs))
                else:
                    cell = TableCell(valuetype="string", **attrs)
                    cell.addElement(P(text=value))
                    tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
        doc.save(path)


SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
READERS = [("xlsx", True), ("xlsx", False), ("xls", True), ("ods", True)]
IDS = ["xlsx streaming", "xlsx calamine", "xls", "ods"]


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    people=st.lists(st.tuples(names, st.integers(1, 3)), min_size=1, max_size=4),
    company=st.booleans(),
    title=st.booleans(),
    past=st.integers(0, 3),
)
@pytest.mark.parametrize(("kind", "fast_paths"), READERS, ids=IDS)
def test_a_cell_merged_down_is_each_covered_rows(
    tmp_path, kind, fast_paths, people, company, title, past
):
    """A name merged over its addresses' rows, a company over all the people (its merge
    running `past` rows beyond the last, where nothing else is: no row is made there)."""
    width = 3 if company else 2
    rows: list[list] = [["Members"] + [None] * (width - 1)] if title else []
    merges: list[Merge] = [(1, 1, 1, width)] if title else []
    rows.append((["Company"] if company else []) + ["Name", "Email"])
    top, expected, n = len(rows) + 1, [], 0
    for name, count in people:
        if count > 1:
            merges.append((len(rows) + 1, width - 1, len(rows) + count, width - 1))
        for k in range(count):
            email = f"p{n}@example.com"
            row = ([None] if company else []) + [name if k == 0 else None, email]
            rows.append(row)
            expected.append((len(rows), name, email, None))
            n += 1
    if company:
        rows[top - 1][0] = "Acme GmbH"
        if len(rows) + past > top:
            merges.append((top, 1, len(rows) + past, 1))
    path = tmp_path / f"merged.{kind}"
    write(path, kind, rows, merges)
    found, lines, skipped = outcomes(path, fast_paths=fast_paths)
    assert found == expected
    assert lines == len(rows) and not skipped.get("blank")


@pytest.mark.parametrize(("kind", "fast_paths"), READERS, ids=IDS)
def test_a_header_of_two_rows_merged_down_keeps_its_second_rows_columns(tmp_path, kind, fast_paths):
    """`Name` merged across `First` and `Last`, `Email` merged down over both header rows:
    each person was stored by the first name alone, the second header row a reject."""
    rows = [["Name", None, "Email"], ["First", "Last", None],
            ["Ann", "Lee", "ann@x.com"], ["Bo", "Berg", "bo@x.com"]]  # fmt: skip
    path = tmp_path / f"header.{kind}"
    write(path, kind, rows, [(1, 1, 1, 2), (1, 3, 2, 3)])
    found, lines, skipped = outcomes(path, fast_paths=fast_paths)
    assert found == [(3, "Ann Lee", "ann@x.com", None), (4, "Bo Berg", "bo@x.com", None)]
    assert lines == 4 and skipped == {"preamble": 1}


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    grid=st.lists(
        st.lists(st.none() | st.sampled_from(WORDS) | st.integers(0, 99), min_size=4, max_size=4),
        min_size=2,
        max_size=8,
    ),
    ranges=st.lists(
        st.tuples(st.integers(1, 8), st.integers(1, 4), st.integers(0, 4), st.integers(0, 2)),
        max_size=4,
    ),
)
def test_both_xlsx_readers_read_cells_merged_down_alike(tmp_path, grid, ranges):
    """The differential test on a dense sheet: merges over filled cells, over empty rows,
    past the last row; the streaming reader and calamine give the same records."""
    merges, taken = [], set()
    for row, column, down, across in ranges:
        covered = {(r, c) for r in range(row, row + down + 1)
                   for c in range(column, column + across + 1)}  # fmt: skip
        if len(covered) > 1 and not covered & taken:
            taken |= covered
            merges.append((row, column, row + down, column + across))
    path = tmp_path / "dense.xlsx"
    write(path, "xlsx", grid, merges)
    streaming, calamine = read_both(path)
    assert streaming == calamine


def test_more_ranges_merged_down_than_held_is_one_line(tmp_path, monkeypatch):
    """The ranges of an .xlsx are held while its rows are read: past MERGE_LIMIT, one line."""
    monkeypatch.setattr(xlsx_stream, "MERGE_LIMIT", 3)
    rows = [["Name", "Email"]] + [[f"P{i}", f"p{i}@example.com"] for i in range(8)]
    path = tmp_path / "merged.xlsx"
    write(path, "xlsx", rows, [(2 * i + 2, 1, 2 * i + 3, 1) for i in range(4)])
    with pytest.raises(InputError, match=r"sheet 'Sheet' is not readable \(more than 3 cells"):
        outcomes(path)
    monkeypatch.setattr(xlsx_stream, "MERGE_LIMIT", 4)
    assert len(outcomes(path)[0]) == 8


# ------------------------------------------------------------------ mailto: hyperlinks


def linked_book(path, people, header: list[str], where: int) -> None:
    """A sheet of (name, address, shown) rows whose column `where` is each row's `shown`
    text (its name, its address, or a label) with a hyperlink to mail the address."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for r, (name, address, shown) in enumerate(people, 2):
        sheet.cell(r, 1, name if where != 0 else shown)
        if where == 1:
            sheet.cell(r, 2, shown)
        sheet.cell(r, where + 1).hyperlink = f"mailto:{quote(address)}?subject=Hello"
    book.save(path)


@SETTINGS
@given(
    people=st.lists(
        st.tuples(names, st.sampled_from(["ann", "bo.berg", "o'neil"]), st.integers(0, 2)),
        min_size=1,
        max_size=5,
    ),
    fast_paths=st.booleans(),
)
def test_a_cells_mailto_hyperlink_gives_its_address(tmp_path, people, fast_paths):
    """A directory exported to Excel: the Email column shows each name (or `Send mail`)
    and links to mail it, as an HTML table's `<a href="mailto:...">` does: each was an
    `email.missing_at` reject, its address lost; a cell showing its address is that."""
    rows = []
    for n, (name, local, how) in enumerate(people):
        address = f"{local}{n}@example.com"
        rows.append((name, address, [name, "Send mail", address][how]))
    path = tmp_path / "linked.xlsx"
    linked_book(path, rows, ["Name", "Email"], where=1)
    found, lines, _ = outcomes(path, fast_paths=fast_paths)
    assert found == [(r, name, address, None) for r, (name, address, _) in enumerate(rows, 2)]
    assert lines == len(rows) + 1


@pytest.mark.parametrize("fast_paths", [True, False])
def test_a_name_linked_to_mail_it_gives_the_name_and_the_address(tmp_path, fast_paths):
    """No email column: the name column links to mail each person (`Ann Lee` linked to
    `mailto:ann@x.com`): read as `Ann Lee <ann@x.com>`, as an HTML table's name link is."""
    path = tmp_path / "names.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Phone"])
    for r, (name, address) in enumerate([("Ann Lee", "ann@x.com"), ("Bo Berg", "bo@x.com")], 2):
        sheet.cell(r, 1, name).hyperlink = f"mailto:{address}"
        sheet.cell(r, 2, "+49 30 1234567")
    book.save(path)
    found, _, _ = outcomes(path, fast_paths=fast_paths)
    assert found == [(2, "Ann Lee", "ann@x.com", None), (3, "Bo Berg", "bo@x.com", None)]


def test_more_hyperlinks_than_held_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_stream, "LINK_LIMIT", 2)
    path = tmp_path / "linked.xlsx"
    people = [(f"P{i}", f"p{i}@example.com", f"P{i}") for i in range(3)]
    linked_book(path, people, ["Name", "Email"], where=1)
    with pytest.raises(InputError, match=r"\(more than 2 cells have hyperlinks\)"):
        outcomes(path)
    monkeypatch.setattr(xlsx_stream, "LINK_LIMIT", 3)
    assert [email for _, _, email, _ in outcomes(path)[0]] == [p[1] for p in people]
