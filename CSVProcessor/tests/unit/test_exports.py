"""Export-shaped files (tests/exports/corpus.py) read as the right people, lines accounted for."""

import gzip
import json
import re
import zipfile
from collections import Counter

import pytest

from csv_import import cli
from csv_import.errors import InputError
from csv_import.reading import open_people
from csv_import.rows import Person
from csv_import.validation import validate
from CSVProcessor.tests.exports.builders import KNOWN_FIELDS, build
from CSVProcessor.tests.exports.corpus import EXPORTS
from CSVProcessor.tests.exports.known_failures import KNOWN_FIELD_FAILURES
from CSVProcessor.tests.exports.shapes import SHAPES


def people_of(path, **options) -> tuple[list[tuple[str, str]], int, Counter]:
    with open_people(path, **options) as people:
        verdicts = [validate(row) for row in people.rows()]
        skipped = people.skipped
    stored = sorted((v.full_name, v.email) for v in verdicts if isinstance(v, Person))
    return stored, sum(not isinstance(v, Person) for v in verdicts), skipped


@pytest.mark.parametrize("export", EXPORTS, ids=[e.name for e in EXPORTS])
def test_an_export_gives_its_people(tmp_path, export):
    path = tmp_path / f"{export.name}{export.suffix}"
    path.write_bytes(export.data)
    stored, rejected, skipped = people_of(path)
    assert stored == sorted(export.people), export.format
    assert rejected == export.rejected
    assert skipped == Counter(export.skipped)


def known_fields(path) -> dict[str, dict]:
    """email -> the known fields an import stores for that person (the later row winning)."""
    with open_people(path) as people:
        verdicts = [validate(row) for row in people.rows()]
    return {
        v.email: {field: getattr(v, field) for field in KNOWN_FIELDS}
        for v in verdicts
        if isinstance(v, Person)
    }


def expected_known(declared, stored) -> dict[str, dict]:
    empty = {"phone": "", "company": "", "job_title": "", "other_emails": ()}
    return {email: dict(declared).get(email, empty) for email in stored}


KNOWING = [s for s in SHAPES if s.known is not None]


def failing(name: str) -> list:
    if name not in KNOWN_FIELD_FAILURES:
        return []
    return [pytest.mark.xfail(strict=True, reason=KNOWN_FIELD_FAILURES[name])]


@pytest.mark.parametrize(
    "shape", [pytest.param(s, id=s.name, marks=failing(s.name)) for s in KNOWING]
)
def test_an_export_gives_its_people_their_phone_company_and_job_title(tmp_path, shape):
    """Each person's known fields exactly as the shape declares them (builders.expect), the
    undeclared ones empty, and nothing for a person the shape does not list."""
    path = tmp_path / f"{shape.name}{shape.suffix}"
    path.write_bytes(build(shape))
    stored = known_fields(path)
    assert set(dict(shape.known)) <= set(stored), "a person the shape lists is not stored"
    assert stored == expected_known(shape.known, stored), shape.notes or shape.product


@pytest.mark.parametrize(
    "export", [e for e in EXPORTS if e.known is not None],
    ids=[e.name for e in EXPORTS if e.known is not None],
)  # fmt: skip
def test_an_older_export_gives_its_people_their_known_fields(tmp_path, export):
    path = tmp_path / f"{export.name}{export.suffix}"
    path.write_bytes(export.data)
    stored = known_fields(path)
    assert set(dict(export.known)) <= set(stored)
    assert stored == expected_known(export.known, stored), export.format


# Headers that name a known field, as people read them: a shape with one of these (or a
# vCard with TEL, ORG or TITLE) says what its people's known fields are.
KNOWN_HEADER = re.compile(
    r"phone|mobil|handy|tel|sms|cell|fax|number|compan|organi[sz]ation|firm|employer|"
    r"title|position|job|unternehmen|kunde|ragione|bedrijf|компан|организац|должн|телефон|"
    r"наименование|会社|電話|携帯|役職|手机|手機|职位|职务|公司|회사|휴대폰|연락처|소속|"
    r"hatif|هاتف|شركة|טלפון|חברה|โทร|บริษัท|điện thoại|công ty|şirket|empresa|cargo|"
    r"compañía|teléfono|telefono|telefon|telefone|celular|téléphone|société",
    re.IGNORECASE,
)
VCARD_KNOWN = re.compile(r"^(item\d+\.)?(TEL|ORG|TITLE)[;:]", re.IGNORECASE)


def speaks_of_known(shape) -> bool:
    if shape.kind == "vcard":
        return any(VCARD_KNOWN.match(line) for (line,) in shape.rows)
    return any(KNOWN_HEADER.search(h) for h in shape.header)


UNASSERTED = {
    "powerschool-roster",  # "Student Number" is the school's number for the student
}


def test_every_shape_with_a_phone_company_or_job_title_column_says_its_known_fields():
    missing = [
        s.name
        for s in SHAPES
        if speaks_of_known(s) and s.known is None and s.name not in UNASSERTED
    ]
    assert not missing, f"shapes with a known-field column and no `known`: {missing}"
    stale = [s.name for s in SHAPES if s.name in UNASSERTED and not speaks_of_known(s)]
    assert not stale, f"UNASSERTED names shapes the pattern does not match: {stale}"
    named = {s.name for s in SHAPES} | {e.name for e in EXPORTS}
    assert set(KNOWN_FIELD_FAILURES) <= named, "a known-field failure names no shape"


def test_the_kind_comes_from_the_content_not_the_name(tmp_path):
    vcard = next(e for e in EXPORTS if e.name == "vcard")
    path = tmp_path / "contacts.csv"
    path.write_bytes(vcard.data)
    assert people_of(path)[0] == sorted(vcard.people)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b'[{"name": "Ann", "email": "ann@example.org"}]', "JSON"),
        (b'  {"contacts": []}', "JSON"),
        (b'<?xml version="1.0"?>\n<contacts><c/></contacts>', "an XML document"),
    ],
)
def test_a_file_of_another_kind_says_what_it_is_and_what_to_do(tmp_path, data, what):
    path = tmp_path / "people.csv"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        open_people(path)
    advice = "save it as CSV UTF-8 or .xlsx and import that"
    assert str(caught.value) == f"{path}: this is {what}, not a table of people; {advice}"


@pytest.mark.parametrize(
    ("members", "what"),
    [
        (
            {"Index/Document.iwa": b"", "Metadata/Properties.plist": b""},
            "an Apple Numbers document",
        ),
        ({"word/document.xml": b"<w/>", "[Content_Types].xml": b"<t/>"}, "a Word document"),
        (
            {"export/people.csv": b"name,email\n", "__MACOSX/._people.csv": b""},
            "a zip archive holding 'export/people.csv'",
        ),  # fmt: skip
    ],
)
def test_zip_packages_that_are_not_workbooks_are_named(tmp_path, members, what):
    path = tmp_path / "people.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    with pytest.raises(InputError, match=f"this is {re.escape(what)}, not a table of people"):
        open_people(path)


def test_a_gzip_archive_names_the_file_it_holds(tmp_path):
    path = tmp_path / "contacts.csv.gz"
    with gzip.GzipFile(path, "wb", mtime=0) as packed:  # keeps the name "contacts.csv"
        packed.write(b"name,email\nAnn,ann@example.org\n")
    with pytest.raises(InputError) as caught:
        open_people(path)
    assert str(caught.value) == (
        f"{path}: this is a gzip archive of 'contacts.csv', not a table of people;"
        " unpack it and import the file of people inside"
    )


def test_the_mapping_is_printed_and_in_the_json(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))
    linkedin = next(e for e in EXPORTS if e.name == "linkedin")
    path = tmp_path / "Connections.csv"
    path.write_bytes(linkedin.data)
    assert cli.main(["-csv", str(path), "--dry-run", "--json"]) == 0
    out, err = capsys.readouterr()
    summary = json.loads(out)
    assert summary["columns"]["name"] == ["First Name", "Last Name"]
    assert summary["columns"]["email"] == ["Email Address"]
    assert summary["columns"]["header_line"] == 4
    assert (summary["columns"]["company"], summary["columns"]["job_title"]) == (
        ["Company"],
        ["Position"],
    )
    assert (summary["skipped_lines"], summary["skipped_by_reason"]) == (
        3,
        {"preamble": 2, "blank": 1},
    )
    assert (summary["rows"], summary["accepted"], summary["rejected"]) == (2, 1, 1)
    assert (
        "columns: name ← First Name + Last Name; email ← Email Address; "
        "company ← Company; job title ← Position; header on line 4; 3 lines before it skipped"
        in err
    )
    assert "  line 5: Björn Nowak <bjorn@example.se>" in err  # the dry run's preview


def test_flags_rescue_a_file_the_guess_gets_wrong(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))
    path = tmp_path / "odd.csv"
    path.write_text("Who,Family,Primary,Backup\nAna,Lima,not-an-address,ana@example.br\n")
    args = ["-csv", str(path), "--dry-run", "--json"]
    assert cli.main(args) == 0  # the addresses are found by content, "Who" is no name word
    guessed = json.loads(capsys.readouterr().out)["columns"]
    assert (guessed["email"], guessed["name"]) == (["Backup"], ["Family"])
    flags = ["--name-columns", "Who,Family", "--email-columns", "Primary,Backup"]
    assert cli.main([*args, *flags]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["columns"]["name"] == ["Who", "Family"] and summary["accepted"] == 1
    assert cli.main([*args, "--name-columns", "Who,Surname", "--email-columns", "Primary"]) == 2
    assert "no column 'Surname' (columns found: 'Who', 'Family', 'Primary', 'Backup')" in (
        capsys.readouterr().err
    )


def test_a_broken_vcard_is_a_reject_on_its_line_and_the_next_ones_are_read(tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Lee\nEMAIL:ana@example.com\nEND:VCARD\n"
        "garbage between cards\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nEMAIL;TYPE=pref:no-name@example.com\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nthis is not a property\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Bo\nEMAIL:bo@example.com\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:Cut Short\n"
    )
    with open_people(path) as people:
        rows = [(r.line, r.full_name, r.email, r.error) for r in people.rows()]
        assert people.skipped == {"outside a card": 1}
    assert rows == [
        (1, "Ana Lee", "ana@example.com", None),
        (7, "", "no-name@example.com", None),  # rejected later: name.empty
        (12, "", "", "vcard.unreadable"),
        (16, "Bo", "bo@example.com", None),
        (21, "", "", "vcard.unclosed"),
    ]
