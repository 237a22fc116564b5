"""HTML tables saved as spreadsheets (html_tables.py). The same people written as HTML by
several writers are in the metamorphic corpus test (exports/writers.py)."""

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csv_import.errors import InputError
from csv_import.reading import open_people
from csv_import.reading.cell_text import ROW_LIMIT
from csv_import.validation import validate


def read(path, **options):
    with open_people(str(path), **options) as people:
        return people, [validate(row) for row in people.rows()]


def page(rows: str, head: str = "") -> bytes:
    return f"<html><head>{head}</head><body><table>{rows}</table></body></html>".encode()


def test_an_html_table_named_xls_is_read_by_its_cells(tmp_path):
    path = tmp_path / "report.xls"
    path.write_bytes(page(
        "<tr><th>Name</th><th colspan=2>Contact</th><th>Company</th></tr>"
        "<tr><td><b>Ann</b> &amp; <i>Lee</i></td><td>ann@example.org</td>"
        "<td>+44 20 7946 0000</td><td>Lee &amp; Co</td></tr>"
        '<script>document.write("<tr><td>Eve</td><td>eve@example.org</td></tr>")</script>'
        "<tr><td>Bob Ray</td><td>bob@example.org<br>bob@work.example</td><td></td><td></td></tr>"
    ))  # fmt: skip
    people, persons = read(path)
    assert people.kind == "html"
    assert [(p.line, p.full_name, p.email, p.company) for p in persons] == [
        (2, "Ann & Lee", "ann@example.org", "Lee & Co"),  # colspan kept Company in place
        (3, "Bob Ray", "bob@example.org", ""),
    ]
    assert persons[1].other_emails == ("bob@work.example",)  # <br>: two addresses


def test_the_pages_charset_is_read_and_encoding_overrides_it(tmp_path):
    path = tmp_path / "people.htm"
    rows = "<tr><td>Name</td><td>Email</td></tr><tr><td>Jürgen Weiß</td><td>j@example.de</td></tr>"
    charset = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    body = page(rows, charset)
    path.write_bytes(body.decode().encode("cp1252"))
    people, persons = read(path)
    assert people.encoding == "cp1252" and persons[0].full_name == "Jürgen Weiß"
    with pytest.raises(InputError, match="not readable as utf-8"):
        read(path, encoding="utf-8")


def test_a_utf16_page_with_a_bom(tmp_path):
    path = tmp_path / "people.xls"
    text = page("<tr><td>Name</td><td>Email</td></tr><tr><td>王小明</td><td>w@example.cn</td></tr>")
    path.write_bytes(codecs.BOM_UTF16_LE + text.decode().encode("utf-16-le"))
    assert [p.full_name for p in read(path)[1]] == ["王小明"]


def test_a_page_without_a_table_is_one_line(tmp_path):
    path = tmp_path / "people.html"
    path.write_bytes(b"<!DOCTYPE html><html><body><p>Nothing</p></body></html>")
    with pytest.raises(InputError, match="an HTML page without a table"):
        read(path)


def test_an_oversized_row_is_a_reject_and_the_rows_after_it_are_read(tmp_path):
    path = tmp_path / "people.html"
    huge = "x" * (ROW_LIMIT + 10)
    path.write_bytes(page(
        "<tr><td>Name</td><td>Email</td></tr>"
        f"<tr><td>{huge}</td><td>h@example.org</td></tr>"
        "<tr><td>Bo Lee</td><td>bo@example.org</td></tr>"
    ))  # fmt: skip
    persons = read(path)[1]
    assert [getattr(p, "code", None) for p in persons] == ["row.too_large", None]


CELL = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=15)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(CELL, min_size=3, max_size=3), min_size=1, max_size=6))
def test_any_cells_come_back_as_a_browser_shows_them(tmp_path, rows):
    """Escaped text in any cell is that text, spaces collapsed as HTML shows them."""
    import html

    from csv_import.reading.html_tables import HtmlTable

    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows
    )
    path = tmp_path / "t.html"
    path.write_bytes(page(body))
    with open(path, "rb") as raw:
        got = [r.fields for r in HtmlTable(str(path), raw, path.read_bytes(), True) if r.fields]
    shown = [[" ".join(c.split()) for c in r] for r in rows]
    expected = [r[: max((i + 1 for i, c in enumerate(r) if c), default=0)] for r in shown]
    assert got == [r for r in expected if r]


def test_a_page_cut_off_inside_its_last_row_keeps_that_row(tmp_path):
    """HTML lets a writer leave </td>, </tr> and </table> out; a page ending there still
    ends its last row (HTMLParser.close, then the open row)."""
    path = tmp_path / "people.html"
    path.write_bytes(b"<table><tr><th>Name<th>Email<tr><td>Ann Lee<td>ann@example.org")
    persons = read(path)[1]
    assert [(p.full_name, p.email) for p in persons] == [("Ann Lee", "ann@example.org")]


def test_a_cell_spanning_rows_is_in_each_row_it_spans(tmp_path):
    """Conventus' members list: a header of two rows, `Navn` over `Fornavn` and `Efternavn`,
    the other headers spanning both rows (rowspan). The second row's names were moved
    under the first columns (no cell stood in for the spanning ones): `Navn` was the name,
    each member stored by the given name alone. A cell spanning rows is in each of them,
    at its columns; one spanning columns too keeps its text in the first."""
    path = tmp_path / "medlemmer.xls"
    path.write_bytes(page(
        '<tr><th rowspan="2">Nr.</th><th colspan="2">Navn</th><th rowspan="2">E-mail</th>'
        '<th rowspan="2">Mobil</th></tr>'
        "<tr><th>Fornavn</th><th>Efternavn</th></tr>"
        "<tr><td>1</td><td>Mette</td><td>Kjærgaard</td><td>mette@example.dk</td>"
        "<td>20 55 51 23</td></tr>"
        '<tr><td rowspan="2">2</td><td>Søren</td><td>Holm</td>'
        '<td rowspan="2" colspan="2">holm@example.dk</td></tr>'
        "<tr><td>Ida</td><td>Holm</td></tr>"
    ))  # fmt: skip
    people, persons = read(path)
    assert [(p.line, p.full_name, p.email, p.phone) for p in persons] == [
        (3, "Mette Kjærgaard", "mette@example.dk", "20 55 51 23"),
        (4, "Søren Holm", "holm@example.dk", ""),
        (5, "Ida Holm", "holm@example.dk", ""),
    ]
