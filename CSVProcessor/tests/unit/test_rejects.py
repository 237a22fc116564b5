import codecs

from csv_import.reading import open_people
from csv_import.rejects import RejectsWriter, neutralize
from csv_import.validation import Reject


def test_report_has_line_reason_message_then_the_original_columns(tmp_path):
    path = tmp_path / "rejects.csv"
    with RejectsWriter(path, ["full_name", "email", "note"]) as writer:
        writer.write(
            Reject(3, "email.missing_at", "email has no @-sign", ["Ann", "ann.x.com", "a, b"])
        )
        writer.write(Reject(9, "row.too_large", "record too large", []))
        assert writer.count == 2
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)  # Excel then reads UTF-8 accents right
    assert data[3:].decode() == (
        "line,reason,message,full_name,email,note\r\n"
        '3,email.missing_at,email has no @-sign,Ann,ann.x.com,"a, b"\r\n'
        "9,row.too_large,record too large\r\n"
    )


def test_formula_cells_are_neutralized():
    cells = ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a=b", "", "José"]
    assert [neutralize(c) for c in cells] == [
        "'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "a=b", "", "José",
    ]  # fmt: skip


def test_injection_in_fields_is_neutralized_in_the_file(tmp_path):
    path = tmp_path / "rejects.csv"
    with RejectsWriter(path, ["name", "=email"]) as writer:
        writer.write(Reject(2, "email.invalid", "bad", ['=HYPERLINK("http://x")', "@x"]))
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines == [
        "line,reason,message,name,'=email",
        '2,email.invalid,bad,"\'=HYPERLINK(""http://x"")",\'@x',
    ]


def test_a_fixed_report_reads_back_with_the_original_columns(tmp_path):
    path = tmp_path / "rejects.csv"
    with RejectsWriter(path, ["Full Name", "E-mail"]) as writer:
        writer.write(Reject(4, "name.empty", "name is empty", ["", "a@x.com"]))
        writer.write(Reject(5, "email.invalid", "bad", ["Jo, Lee", "jo@x..com"]))
        writer.write(Reject(6, "email.empty", "email is empty", ["Zoë\nMüller", ""]))
    with open_people(path) as people:
        assert people.encoding == "utf-8-sig"
        rows = [(r.line, r.full_name, r.email) for r in people.rows()]
    assert rows == [(2, "", "a@x.com"), (3, "Jo, Lee", "jo@x..com"), (4, "Zoë\nMüller", "")]


def test_formulas_behind_spaces_or_in_fullwidth_are_neutralized_too():
    cells = [" =1+2", "\xa0-2+3", "＝SUM(A1)", " ＋1", "  a", "Anne-Marie"]
    assert [neutralize(c) for c in cells] == [
        "' =1+2", "'\xa0-2+3", "'＝SUM(A1)", "' ＋1", "  a", "Anne-Marie",
    ]  # fmt: skip


def test_a_fixed_report_stores_exactly_what_the_person_typed(tmp_path):
    typed = ["-2+3", " =x", "'quoted", "+44 20", "O'Brien", "@home"]
    path = tmp_path / "rejects.csv"
    with RejectsWriter(path, ["name", "email"]) as writer:
        for line, name in enumerate(typed, 2):
            writer.write(Reject(line, "email.invalid", "bad", [name, f"p{line}@x.com"]))
    with open_people(path) as people:
        assert [r.full_name for r in people.rows()] == typed
