"""Cells merged down in a workbook (.xlsx by both readers, .xls, .ods), generated as users
make them: a name merged over the rows of its addresses, a company over its people, a
header of two rows (`Name` over `First`, `Last`, `Email` merged down over both).

A workbook keeps a merged cell's text in its first cell only: every row below it was a
`name.empty` reject, and a two-row header lost its second row's columns (`Bo Berg`
stored as `Bo`). Each is read as an HTML rowspan and an XML Spreadsheet's ss:MergeDown
are (docs/workbooks.md, cell_text.merged_down).
"""

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
