"""Excel's XML Spreadsheet 2003 (spreadsheet_xml.py). The same people written so are in the
metamorphic corpus test too (exports/writers.py)."""

import pytest

from csv_import.errors import InputError
from csv_import.reading import open_people
from csv_import.validation import validate

HEAD = (
    '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"'
    ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
)


def cell(value: str, attrs: str = "") -> str:
    return f'<Cell{attrs}><Data ss:Type="String">{value}</Data></Cell>'


def workbook(*sheets: tuple[str, str], head: str = HEAD) -> bytes:
    body = "".join(
        f'<Worksheet ss:Name="{n}"><Table>{rows}</Table></Worksheet>' for n, rows in sheets
    )
    return f"{head}{body}</Workbook>".encode()


# Entity expansion ("billion laughs") needs a document type declaration.
DOCTYPE = HEAD.replace("<Workbook", '<!DOCTYPE w [<!ENTITY a "aaaa">]><Workbook')
PEOPLE = (
    "<Row>" + cell("Name") + cell("Phone") + cell("Email") + "</Row>"
    "<Row>" + cell("Ann Lee") + cell("ann@example.org", ' ss:Index="3"') + "</Row>"
    '<Row ss:Index="5">' + cell("Bo Ray", ' ss:MergeAcross="1"') + cell("bo@example.org") + "</Row>"
)


def read(tmp_path, data: bytes, **options):
    path = tmp_path / "people.xls"
    path.write_bytes(data)
    with open_people(str(path), **options) as people:
        return people, [validate(row) for row in people.rows()]


def test_cells_and_rows_take_the_positions_they_say(tmp_path):
    people, persons = read(tmp_path, workbook(("Other", ""), ("People", PEOPLE)), sheet="People")
    assert people.kind == "xml-spreadsheet"
    # ss:Index skipped the phone; row 5 after a gap; MergeAcross covered the phone column.
    assert [(p.line, p.full_name, p.email) for p in persons] == [
        (2, "Ann Lee", "ann@example.org"),
        (5, "Bo Ray", "bo@example.org"),
    ]
    assert people.skipped["blank"] == 2


def test_the_first_worksheet_unless_one_is_named(tmp_path):
    data = workbook(("People", PEOPLE), ("More", PEOPLE.replace("Ann Lee", "Ann Other")))
    assert read(tmp_path, data)[1][0].full_name == "Ann Lee"
    assert read(tmp_path, data, sheet="More")[1][0].full_name == "Ann Other"
    with pytest.raises(InputError, match="no worksheet 'Gone'"):
        read(tmp_path, data, sheet="Gone")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            workbook(
                ("P", PEOPLE),
                head=HEAD.replace("<Workbook", '<!DOCTYPE w [<!ENTITY a "aaaa">]><Workbook'),
            ),
            "document type declaration",
        ),  # fmt: skip
        (workbook(("P", PEOPLE))[:-40], "a damaged XML spreadsheet"),
    ],
)
def test_a_hostile_or_damaged_file_is_one_line(tmp_path, data, message):
    with pytest.raises(InputError, match=message):
        read(tmp_path, data)
