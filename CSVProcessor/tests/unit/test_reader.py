import codecs
import csv
import io
import json
import os
import resource
import string
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from csv_import.errors import InputError
from csv_import.reading import encoding as encoding_module
from csv_import.reading import missing, open_people
from csv_import.reading import people_file as reader
from csv_import.reading import table as tables
from csv_import.reading.evidence import EMPTY, column_evidence, is_address
from csv_import.rows import Record, Row
from csv_import.validation import validate


@pytest.fixture
def write(tmp_path):
    """Write bytes to a fresh file and return its path."""
    counter = iter(range(1_000_000))

    def write(data: bytes, name: str | None = None) -> str:
        path = tmp_path / (name or f"people{next(counter)}.csv")
        path.write_bytes(data)
        return str(path)

    return write


def read(path, **options) -> tuple[reader.PeopleFile, list[Row]]:
    with open_people(path, **options) as people:
        return people, list(people.rows())


def pairs(rows):
    return [(r.line, r.full_name, r.email) for r in rows]


# Encodings


def test_utf8_bom_never_reaches_the_first_header_name(write):
    people, rows = read(write(codecs.BOM_UTF8 + b"email,name\r\na@x.com,Ann\r\n"))
    assert people.encoding == "utf-8-sig"
    assert people.header == ["email", "name"]
    assert pairs(rows) == [(2, "Ann", "a@x.com")]


def test_a_bom_is_stripped_even_when_the_encoding_is_forced(write):
    people, rows = read(write(codecs.BOM_UTF8 + b"email,name\na@x.com,Ann\n"), encoding="utf-8")
    assert people.header == ["email", "name"]
    assert pairs(rows) == [(2, "Ann", "a@x.com")]


@pytest.mark.parametrize(
    "bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
)
def test_excel_unicode_text_utf16_with_tabs(write, bom, codec):
    text = "Name\tE-mail\tPhone\r\nJosé Núñez\tjose@x.es\t1\r\n王伟\twei@x.cn\t2\r\n"
    people, rows = read(write(bom + text.encode(codec)))
    assert (people.encoding, people.delimiter) == ("utf-16", "\t")
    assert people.header == ["Name", "E-mail", "Phone"]
    assert pairs(rows) == [
        (2, "José Núñez", "jose@x.es"),
        (3, "王伟", "wei@x.cn"),
    ]


def test_cp1252_is_detected_for_a_short_file(write):
    people, rows = read(write("name;email\nJosé;j@x.es\n".encode("cp1252")))
    assert people.encoding == "cp1252"
    assert pairs(rows) == [(2, "José", "j@x.es")]


def test_encoding_option_overrides_detection(write):
    data = "name,email\nJosé,j@x.es\n".encode("cp1252")
    people, rows = read(write(data), encoding="latin-1")
    assert people.encoding == "iso8859-1"
    assert rows[0].full_name == "José"


def test_a_forced_encoding_that_does_not_fit_names_encoding_and_line(write):
    path = write(b"name,email\nAnn,a@x.com\nJos\xe9,j@x.es\n")
    with pytest.raises(InputError) as caught:
        read(path, encoding="utf-8")
    assert str(caught.value) == (
        f"{path}: line 3: cannot decode as utf-8 (byte 0xe9); pass --encoding"
    )


def test_unknown_encoding_is_an_input_error(write):
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        read(write(b"name,email\n"), encoding="klingon")


def test_a_non_utf8_byte_after_the_sample_is_seen_before_the_first_row(write):
    lines = b"name,email\n" + b"Ann Lee,ann@example.com\n" * 200_000  # beyond the 4 MiB sample
    path = write(lines + b"Jos\xe9,j@x.es\n")
    with open_people(path) as people:  # the whole file's evidence: UTF-8 lines, then cp1252
        assert people.encoding == "utf-8, else cp1252 (line by line)"
        assert list(people.rows())[-1].full_name == "José"
    with pytest.raises(InputError, match=r": line 200002: cannot decode as utf-8 \(byte 0xe9\)"):
        open_people(path, encoding="utf-8")  # forced: refused before anything is read


def test_two_exports_pasted_together_are_decoded_line_by_line_never_as_mojibake(write):
    cp1252 = "name,email\nZoë Ünal,zoe@x.de\n".encode("cp1252")
    utf8 = "José García,jose@x.es\nZoë Ünal,zoe2@x.de\n".encode()
    with open_people(write(cp1252 + utf8)) as people:
        names = [r.full_name for r in people.rows()]
    assert names == ["Zoë Ünal", "José García", "Zoë Ünal"]


# Dialect


def test_semicolon_file_with_commas_in_names(write):
    # csv.Sniffer picks "," here (python/cpython#119123).
    data = b'name;email\n"Doe, John";john@x.com\nSmith, Ann;ann@x.com\nLee, Bo;bo@x.com\n'
    people, rows = read(write(data))
    assert people.delimiter == ";"
    # Every name written "family, given": turned (test_names_written_family_comma_given...)
    assert [r.full_name for r in rows] == ["John Doe", "Ann Smith", "Bo Lee"]


LETTERS = st.text(st.characters(categories=["Lu", "Ll"]), min_size=1, max_size=10)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(st.lists(LETTERS, min_size=1, max_size=2), LETTERS), min_size=2, max_size=8),
    st.sampled_from(["Name", "Display Name", "Full name"]),
)
def test_names_written_family_comma_given_are_turned(write, names, header):
    """A name column of "Lee, Ann" values (a directory's or Outlook's File As) under a header
    that does not say so: each is the given name, then the family name."""
    # "Lee, BSc" is a degree after the comma, not a given name: such a draw stays as written.
    degrees = tables._AFTER_COMMA_NOT_GIVEN
    names = [
        (" ".join(f), g)
        for f, g in names
        if g not in missing.MISSING and g.casefold().rstrip(".") not in degrees
    ]
    if len(names) < 2:
        return
    text = io.StringIO()
    csv.writer(text).writerows([[header, "Email"]] + [[f"{f}, {g}", f"p{n}@example.org"]
                               for n, (f, g) in enumerate(names)])  # fmt: skip
    rows = read(write(text.getvalue().encode()))[1]
    assert [r.full_name for r in rows] == [f"{g} {f}" for f, g in names]


_FILED = [("Vega", "María José"), ("Díaz", "Pablo"), ("García Pérez", "Rocío"), ("Lee", "Ann"),
          ("Okafor", "Chidi"), ("Nowak", "Zofia")]  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(
    names=st.lists(st.sampled_from(_FILED), min_size=2, max_size=6, unique=True),
    lists=st.lists(st.sampled_from(["Lab list", "Team", "Board members"]), min_size=1, max_size=2),
    header=st.booleans(),
)
def test_a_lists_row_without_an_address_does_not_keep_filed_names_as_written(
    tmp_path_factory, names, lists, header
):
    """Alpine's address book: names filed 'Family, Given' and a list's entry, its label
    beside its members' addresses in parentheses. The list stores no one, so its label does
    not count against the 4 in 5 filed names that turn the column."""
    rows = [[f"{f}, {g}", f"p{n}@example.org"] for n, (f, g) in enumerate(names)]
    rows += [[label, "(p0@example.org,p1@example.org)"] for label in lists]
    text = io.StringIO()
    csv.writer(text).writerows(([["Name", "Email"]] if header else []) + rows)
    path = tmp_path_factory.mktemp("filed") / "book.csv"
    path.write_bytes(text.getvalue().encode())
    stored = [
        r.full_name
        for r in read(path)[1]
        if r.error is None and "@" in r.email and "(" not in r.email
    ]
    assert stored[: len(names)] == [f"{g} {f}" for f, g in names]


@pytest.mark.parametrize(
    "values",
    [
        ["Ann Lee, PhD", "Bob Ray, Jr.", "Cy Dee, MD"],  # a degree or a generation
        ["Acme, Inc.", "Globex, Ltd", "Initech, LLC"],  # companies
        ["Lee, Ann", "Bob Ray", "Cy Dee", "Dee Ray"],  # one in four: not the column's form
        ["Lee, Ann 2", "Ray, Bob 3"],  # digits: not names
    ],
)
def test_a_comma_that_is_not_family_given_is_kept(write, values):
    data = "Name,Email\r\n" + "".join(f'"{v}",p{n}@example.org\r\n' for n, v in enumerate(values))
    rows = read(write(data.encode()))[1]
    assert [r.full_name for r in rows] == values


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
@pytest.mark.parametrize("name_header", ["Apellidos, Nombre", "Last name, first name"])
def test_a_comma_once_in_the_header_and_in_every_row_is_no_delimiter(write, delimiter, name_header):
    """Both splits are consistent and both headers have an email word: the wider one wins."""
    rows = ["Martínez Sánchez, Carmen", "Pérez Gil, Álvaro", "Lee, Bo"]
    lines = [delimiter.join(["No", name_header, "Email", "Phone"])]
    lines += [delimiter.join([str(n), name, f"p{n}@x.org", ""]) for n, name in enumerate(rows)]
    people, read_rows = read(write(("\n".join(lines) + "\n").encode()))
    assert people.delimiter == delimiter
    assert [r.email for r in read_rows] == ["p0@x.org", "p1@x.org", "p2@x.org"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_each_delimiter_is_detected(write, delimiter):
    data = f"full name{delimiter}email{delimiter}city\nAnn{delimiter}a@x.com{delimiter}Oslo\n"
    people, rows = read(write(data.encode()))
    assert people.delimiter == delimiter
    assert pairs(rows) == [(2, "Ann", "a@x.com")]


def test_excel_sep_line_is_honoured_and_counted(write):
    people, rows = read(write(b"sep=|\r\nname|email\r\nA, B; C|a@x.com\r\n"))
    assert people.delimiter == "|"
    assert people.header == ["name", "email"]
    assert pairs(rows) == [(3, "A, B; C", "a@x.com")]


def test_delimiter_option_overrides_detection(write):
    path = write(b"name,email\nAnn,a@x.com\n")
    with pytest.raises(InputError, match=r"no email column \(columns found: 'name,email'\)"):
        read(path, delimiter=";")
    people, rows = read(write(b"name|email\nLee, Ann|a@x.com\n"), delimiter="|")
    assert pairs(rows) == [(2, "Lee, Ann", "a@x.com")]


def test_rfc4180_quoting_and_physical_line_numbers(write):
    data = (
        b'name,email\n"Lee, Ann",a@x.com\n"O""Brien",o@x.ie\n'
        b'"two\nlines",t@x.com\n"three\r\nphysical\rlines",p@x.com\nlast,l@x.com\n'
    )
    rows = read(write(data))[1]
    assert pairs(rows) == [
        (2, "Lee, Ann", "a@x.com"),
        (3, 'O"Brien', "o@x.ie"),
        (4, "two\nlines", "t@x.com"),
        (6, "three\r\nphysical\rlines", "p@x.com"),
        (9, "last", "l@x.com"),
    ]


@pytest.mark.parametrize("newline", [b"\r\n", b"\n", b"\r"])
def test_line_endings(write, newline):
    data = newline.join([b"name,email", b"A,a@x.com", b"", b"B,b@x.com"]) + newline
    assert pairs(read(write(data))[1]) == [(2, "A", "a@x.com"), (4, "B", "b@x.com")]


def test_blank_lines_skipped_missing_fields_empty_extra_fields_kept(write):
    data = b"\n\nname,email\n\nAnn\n ,\n,,\nBo,b@x.com,extra\n   \n"
    people, rows = read(write(data))
    assert people.header == ["name", "email"]
    assert [(r.line, r.full_name, r.email, r.fields) for r in rows] == [
        (5, "Ann", "", ["Ann"]),
        (8, "Bo", "b@x.com", ["Bo", "b@x.com", "extra"]),
    ]


# Header


@pytest.mark.parametrize(
    ("name", "email"),
    [
        ("full_name", "email"),
        ("Full Name", "E-Mail"),
        ("FULLNAME", "Email Address"),
        ("name", "mail"),
        (" Name ", "e_mail"),
    ],
)
def test_header_aliases_in_any_order(write, name, email):
    data = f"id,{email},notes,{name}\n1,a@x.com,n,Ann\n".encode()
    assert pairs(read(write(data))[1]) == [(2, "Ann", "a@x.com")]


@pytest.mark.parametrize(
    ("first", "last"),
    [("first_name", "last_name"), ("FirstName", "Surname"), ("Given Name", "Family Name")],
)
def test_first_and_last_name_columns_are_joined(write, first, last):
    data = f"{last},email,{first}\nLee,a@x.com,Ann\n,b@x.com,Bo\n".encode()
    assert [r.full_name for r in read(write(data))[1]] == ["Ann Lee", "Bo"]


def test_a_full_name_column_beats_first_and_last(write):
    data = b"first_name,name,last_name,email\nA,Ann Lee,L,a@x.com\n"
    assert read(write(data))[1][0].full_name == "Ann Lee"


def test_column_options_match_the_same_normalized_way(write):
    data = b"Contact Person,Work E-mail,email\nAnn,a@work.com,a@home.com\n"
    rows = read(write(data), name_columns=["contact_person"], email_columns=["work email"])[1]
    assert pairs(rows) == [(2, "Ann", "a@work.com")]


def test_a_column_option_naming_a_missing_column(write):
    path = write(b"name,email\n")
    with pytest.raises(InputError) as caught:
        read(path, email_columns=["mail2"])
    assert str(caught.value) == f"{path}: no column 'mail2' (columns found: 'name', 'email')"


def test_no_email_column_lists_the_columns_found(write):
    path = write(b"name,username,phone\nAnn,ann,1\n")
    with pytest.raises(InputError) as caught:
        read(path)
    assert (
        str(caught.value) == f"{path}: no email column (columns found: 'name', 'username', 'phone')"
    )


def test_username_is_not_a_name(write):
    path = write(b"username,email\nann,a@x.com\n")
    with pytest.raises(InputError, match="no name column"):
        read(path)


def test_a_rejects_report_header_maps_to_the_original_columns(write):
    data = b"line,reason,message,email,name\n7,name.empty,name is empty,a@x.com,Ann\n"
    people, rows = read(write(data))
    assert pairs(rows) == [(2, "Ann", "a@x.com")]


# File-level problems


def test_missing_file(tmp_path):
    path = str(tmp_path / "nope.csv")
    with pytest.raises(InputError, match=r"nope\.csv: cannot open: No such file or directory$"):
        read(path)


def test_directory(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read(tmp_path)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"\n\r\n  \n", "no header line"),
        (codecs.BOM_UTF8, "no header line"),
        (b"sep=;\n", "no header line"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00", "not a text file"),
    ],
)
def test_file_level_problems(write, data, problem):
    path = write(data)
    with pytest.raises(InputError, match=f"^{path}: {problem}"):
        read(path)


@pytest.mark.parametrize("where", ["first row", "past the sample"])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_a_stray_nul_is_its_rows_problem_wherever_it_sits(write, where, encoding):
    """A NUL in a text file (a damaged or padded field) is a character of its field, in the
    4 MB sample as after it: the row reads with it (its name is then a reject), the file is
    not refused, and every other row reads."""
    count = 3 if where == "first row" else 5_000_000 // 30
    lines = [f"Person Nummer {n} Müller,p{n}@example.org" for n in range(count)]
    bad = 0 if where == "first row" else count - 2
    lines[bad] = f"Bad\x00 Row,bad{bad}@example.org"
    data = ("name,email\r\n" + "\r\n".join(lines) + "\r\n").encode(encoding)
    assert (len(data) > encoding_module.SAMPLE_SIZE) == (where == "past the sample")
    rows = read(write(data))[1]
    assert len(rows) == count
    assert [r.full_name for r in rows if "\x00" in r.full_name] == ["Bad\x00 Row"]
    assert rows[bad + 1].full_name == f"Person Nummer {bad + 1} Müller"


def test_a_very_wide_header_without_a_name_is_one_short_line(write):
    """20,000 unknown headers over the same word on every row: refused in one line that
    names the first columns and counts the rest (it listed all 20,000)."""
    width = 20_000
    header = ",".join(f"x{i}" for i in range(width)) + ",email"
    rows = [",".join(["Ann"] * width) + f",p{n}@example.org" for n in range(5)]
    with pytest.raises(InputError) as caught:
        read(write(("\n".join([header, *rows]) + "\n").encode()))
    message = str(caught.value)
    assert "no name column" in message and "and 19,971 more" in message
    assert len(message) < 1000 and "\n" not in message


@pytest.mark.parametrize(
    "cell",
    [
        "ann@example.org (Ann Lee)",  # RFC 5322's name as a comment
        "(ann@example.org)",
        "'ann@example.org'",  # a spreadsheet's text prefix kept
        '"ann@example.org"',
        "mailto:ann@example.org?subject=Hello",
        "Mailto:ann@example.org",  # the scheme in any case (RFC 6068 after RFC 3986, 3.1)
        "Ann Lee <ann@example.org>",
    ],
)
@pytest.mark.parametrize("columns", [1, 2])  # one email column (the fast path), or two
def test_a_decorated_address_is_the_address(write, cell, columns):
    header = "name,email" + (",email 2" if columns == 2 else "")
    data = f'{header}\r\nAnn Lee,"{cell.replace(chr(34), chr(34) * 2)}"' + (
        ",x@example.org" if columns == 2 else ""
    )
    rows = read(write((data + "\r\n").encode()))[1]
    assert [validate(row).email for row in rows] == ["ann@example.org"]


@pytest.mark.parametrize(
    "line",
    [
        '="Ann Lee",="ann@example.org",="07911123456"',  # every cell, unquoted
        '"=""Ann Lee""","=""ann@example.org""","=""07911123456"""',  # every cell, quoted
        'Ann Lee,ann@example.org,="07911123456"',  # the phone only
    ],
)
def test_excel_formula_text_is_the_text_inside(write, line):
    """`="07911123456"` (text as an Excel formula, to keep the leading zero) is the text."""
    rows = read(write(f"Name,Email,Phone\r\n{line}\r\n".encode()))[1]
    person = validate(rows[0])
    assert (person.full_name, person.email, person.phone) == (
        "Ann Lee",
        "ann@example.org",
        "07911123456",
    )


def test_only_a_header_gives_no_rows(write):
    assert read(write(b"name,email\r\n"))[1] == []


# Bounded memory: oversized records are rejects, and reading goes on


def test_a_huge_field_is_a_row_too_large_reject(write):
    huge = b"x" * (reader.FIELD_LIMIT + 10)
    data = b"name,email\nAnn,a@x.com\n" + huge + b",h@x.com\nBo,b@x.com\n"
    rows = read(write(data))[1]
    assert [(r.line, r.error, r.email) for r in rows] == [
        (2, None, "a@x.com"),
        (3, "row.too_large", ""),
        (4, None, "b@x.com"),
    ]


def test_a_huge_line_without_newline_is_skipped_in_pieces(write):
    huge = b"a@x.com," * (reader.LINE_LIMIT // 8 + 100)
    data = b"name,email\nAnn,a@x.com\n" + huge + b"\r\nBo,b@x.com\n"
    rows = read(write(data))[1]
    assert [(r.line, r.error) for r in rows] == [(2, None), (3, "row.too_large"), (4, None)]


def test_wide_rows_are_read_ahead_within_a_byte_budget_and_every_row_is_read():
    """The header search held HEADER_SEARCH + SAMPLE_ROWS records whole, whatever their
    width: 2,050 records of 10,000 filled cells took 1.2 GB before the first row."""
    width, taken = 2_000, []
    header = ["name", "email", *(f"c{i}" for i in range(width))]

    def records():
        yield Record(1, 1, header)
        for n in range(2, 3_002):
            taken.append(n)
            yield Record(n, n, [f"P{n} X", f"p{n}@example.com", *(str(n) for _ in range(width))])

    table = tables.Table(records(), "wide.csv")
    one = tables.held_bytes(["P2 X", "p2@example.com", *("2" for _ in range(width))])  # the least
    assert len(taken) <= tables.AHEAD_BYTES // one + 1 < 2_000  # before: 2,049
    rows = list(table.rows())
    assert [(r.line, r.email) for r in rows] == [(n, f"p{n}@example.com") for n in range(2, 3_002)]
    assert table.mapping.email == (1,) and table.mapping.name == (0,)


def test_a_column_empty_in_the_sample_shares_one_evidence():
    evidence = column_evidence([["Ann", "a@x.com", "", " "], ["Bo", "b@x.com"]], 6)
    assert [e.filled for e in evidence] == [2, 2, 0, 0, 0, 0]
    assert evidence[1].addresses == 2 and evidence[0].names == 2
    assert all(e is EMPTY for e in evidence[2:])


CLI = Path(__file__).parents[2] / "csvprocessor.py"
MEMORY = 1 << 30  # as in test_workbook_limits.py: about 300 MB of it is the CLI's own


def test_a_file_of_wide_rows_is_read_in_bounded_memory(tmp_path):
    """2,100 rows of 7,000 filled cells (44 MB): the look-ahead held 2,050 of them whole, and
    the CLI ended in a MemoryError traceback under this limit."""
    path = tmp_path / "wide.csv"
    filler = ",".join(f"{i % 90 + 10}" for i in range(7_000))
    with open(path, "w") as out:
        out.write("name,email," + ",".join(f"c{i}" for i in range(7_000)) + "\n")
        for j in range(2_100):
            out.write(f"P{j} X,p{j}@example.com,{filler}\n")
    env = {**os.environ, "LOGS_DIR": str(tmp_path / "logs")}
    done = subprocess.run(
        [sys.executable, str(CLI), str(path), "--dry-run", "--json"],
        capture_output=True, text=True, env=env, timeout=300,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY)),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert json.loads(done.stdout)["accepted"] == 2_100


def test_an_unclosed_quote_is_a_reject_on_its_line_and_the_next_lines_are_read(write):
    data = b'name,email\n"Ann,a@x.com\n' + b"Cy,c@x.com\n" * 10_000 + b"Bo,b@x.com\n"
    rows = read(write(data))[1]
    assert (rows[0].line, rows[0].error) == (2, "row.unclosed_quote")
    assert [(r.line, r.email) for r in rows[1:3]] == [(3, "c@x.com"), (4, "c@x.com")]
    assert len(rows) == 10_002 and (rows[-1].line, rows[-1].email) == (10_003, "b@x.com")


def test_a_quote_left_open_to_the_end_of_the_file_is_a_reject_on_its_line(write):
    rows = read(write(b'name,email\nAnn,a@x.com\n"Bo,b@x.com\nCy,c@x.com\n'))[1]
    assert [(r.line, r.email, r.error) for r in rows] == [
        (2, "a@x.com", None),
        (3, "", "row.unclosed_quote"),
        (4, "c@x.com", None),
    ]


@pytest.mark.parametrize(
    "last",
    [b'Fay,"fay@x.co', b'Fay,"fay@x.co\n', b'"Fay,fay@x.com', b'"Fay,fay@x.com\r\n'],
    ids=["cut", "cut-newline", "name-cut", "name-cut-crlf"],
)
def test_a_last_line_cut_inside_its_quotes_is_a_reject_not_a_cut_value(write, last):
    """A file cut short inside a quoted field: csv.reader closes the field at the end of
    the file, so `"fay@x.co` (cut from fay@x.com) was once a valid row."""
    rows = read(write(b"name,email\r\nAnn,a@x.com\n" + last))[1]
    assert [(r.line, r.email, r.error) for r in rows] == [
        (2, "a@x.com", None),
        (3, "", "row.unclosed_quote"),
    ]


def test_a_utf8_file_cut_inside_its_last_character_is_read_and_its_last_row_rejected(write):
    """Once refused whole as "not UTF-8", its good rows with it."""
    data = "name,email\nJosé,j@x.com\nRenée Dupré,r@x.com\n".encode()
    for end in (data.rindex("é".encode()) + 1, data.index("Renée".encode()) + 4):
        people, rows = read(write(data[:end]))
        assert people.encoding == "utf-8"
        assert [(r.line, r.full_name, r.error) for r in rows] == [
            (2, "José", None),
            (3, "", "row.cut_short"),
        ]


# Properties

NAMES = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=20
)
EMAILS = st.text(string.ascii_letters + string.digits + ".@-_+\"'", max_size=20)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252"]
# Detection is asked to recognise real Western text, not any string cp1252 can encode.
WESTERN_NAMES = st.lists(
    st.sampled_from(
        ["José", "Müller", "Zoë", "François", "Ødegaard", "Ann", "O'Brien", "Lee, Jr."]
    ),
    min_size=1,
    max_size=3,
).map(" ".join)


@settings(
    max_examples=60,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    deadline=None,
)
@given(
    table=st.lists(st.tuples(NAMES, EMAILS), max_size=8),
    encoding=st.sampled_from(ENCODINGS),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    lineterminator=st.sampled_from(["\r\n", "\n"]),
)
@example(table=[("Doe, John", "j@x.com")], encoding="cp1252", delimiter=";", lineterminator="\n")
@example(table=[("0@0.0", "")], encoding="utf-8", delimiter=",", lineterminator="\r\n")
def test_any_table_written_by_csv_writer_reads_back(
    write, table, encoding, delimiter, lineterminator
):
    if encoding == "cp1252":
        table = [(n.encode("cp1252", "ignore").decode("cp1252"), e) for n, e in table]
    if lineterminator == "\n":  # Python 3.11's writer then leaves a lone CR unquoted
        table = [(n.replace("\r", ""), e) for n, e in table]
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator=lineterminator)
    writer.writerow(["full_name", "email"])
    writer.writerows(table)
    # Arbitrary cp1252 text ("ÐÐÐ") is ambiguous, so only that encoding is given.
    forced = encoding if encoding == "cp1252" else None
    # Names all written "Lee, Ann" are turned: test_names_written_family_comma_given's subject.
    assume(not tables._written_family_comma_given([list(row) for row in table], 0))
    people, rows = read(write(out.getvalue().encode(encoding)), encoding=forced)
    assert people.delimiter == delimiter
    expected, line = [], 2
    for name, email in table:
        blank = not name.strip() and not email.strip()
        if not blank:
            # A name that is an address is no name (docs/columns.md): rejected as name.empty.
            shown = "" if "@" in name and is_address(name) or name in missing.MISSING else name
            expected.append((line, shown, "" if email in missing.MISSING else email, [name, email]))
        line += 1 + sum(
            out.count("\n") + out.count("\r") - out.count("\r\n") for out in (name, email)
        )
    assert [(r.line, r.full_name, r.email, r.fields) for r in rows] == expected


@settings(
    max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(
    table=st.lists(st.tuples(WESTERN_NAMES, EMAILS), max_size=6),
    encoding=st.sampled_from(ENCODINGS),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
)
@example(table=[("José", "NaN")], encoding="utf-8", delimiter=",")  # a missing-value word
def test_encoding_and_delimiter_are_detected_for_written_tables(write, table, encoding, delimiter):
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL)
    writer.writerow(["full_name", "email"])
    writer.writerows(table)
    try:
        rows = read(write(out.getvalue().encode(encoding)))[1]
    except InputError as refused:
        # One word like "Zoë" is "Zoė" in cp1257 too: too little evidence, refused
        # (docs/encodings.md), never read as other names. UTF-8 and UTF-16 never are.
        assert encoding == "cp1252" and "--encoding" in str(refused)
        return
    blank = missing.blank_missing  # "NaN", "#N/A": no value (reading/missing.py)
    assert [(r.full_name, r.email) for r in rows] == [
        tuple(blank([n, e])) for n, e in table if n.strip() or e.strip()
    ]


@settings(
    max_examples=150,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    deadline=None,
)
@given(
    data=st.binary(max_size=300),
    prefix=st.sampled_from([b"", b"name,email\n", b"sep=;\nname;email\n", codecs.BOM_UTF16_LE]),
)
@example(data=b"\xf5$", prefix=codecs.BOM_UTF16_LE)  # "⓵": a digit int() refuses (found in CI)
def test_any_bytes_give_rows_or_an_input_error(write, data, prefix):
    try:
        with open_people(write(prefix + data)) as people:
            for row in people.rows():
                assert isinstance(row, Row) and row.line >= 1
    except InputError:
        pass


# Every physical line is accounted for: the header's, a row's, or skipped with a reason.

BROKEN = st.lists(
    st.lists(
        st.sampled_from(["Ann", "a@x.com", "", '"', '"Bo, Jr."', "x" * 30, " ", "=1+2"]),
        min_size=0,
        max_size=4,
    ).map(",".join),
    min_size=1,
    max_size=40,
)


def physical_lines(data: bytes) -> int:
    text = data.decode()
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    return breaks + (not text.endswith(("\n", "\r")))


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=BROKEN, newline=st.sampled_from(["\n", "\r\n"]), preamble=st.booleans())
@example(body=["", "", "a@x.com,Ann"], newline="\n", preamble=False)  # a swap refused
def test_every_line_is_a_row_skipped_or_the_header(write, body, newline, preamble):
    lines = (["Notes:", ""] if preamble else []) + ["name,email", *body]
    data = newline.join(lines).encode()
    with open_people(write(data)) as people:
        rows = list(people.rows())
        assert people.lines == physical_lines(data)
        assert people.table.row_lines + people.skipped.total() + 1 == physical_lines(data)
    assert all(r.error in (None, "row.unclosed_quote") for r in rows)


def test_a_fifo_is_refused_in_one_line_never_waited_on(tmp_path):
    fifo = tmp_path / "people.csv"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"is a FIFO \(named pipe\), not a file; pass a file"):
        open_people(fifo)


def test_a_file_that_changes_while_it_is_read_keeps_its_last_row_out(write):
    path = write(b"name,email\nAnn,a@x.com\nBo,b@x.com\nCy,user28232@example.c")
    with open_people(path) as people:
        rows = people.rows()
        assert next(rows).email == "a@x.com"
        with open(path, "ab") as still_writing:
            still_writing.write(b"om\n")
        assert next(rows).email == "b@x.com"
        with pytest.raises(InputError, match="the file changed while it was read"):
            next(rows)  # the truncated last row is never given out


SUB_FIELDS = (("Company", "company"), ("Phone Number", "phone"), ("Email Address", None))


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    order=st.permutations(SUB_FIELDS),
    company=st.text(alphabet=string.ascii_letters, min_size=3, max_size=10),
    digits=st.text(alphabet=string.digits, min_size=7, max_size=9),
)
def test_a_questions_empty_header_cells_are_named_by_the_labels_under_them(
    write, order, company, digits
):
    """SurveyMonkey's "Contact information" question: its title over the first field,
    empty cells over the others, the second header row naming each. The empty cells take
    those names: the company and the phone are read from them, in any order."""
    values = {"company": f"{company} Ltd", "phone": digits, None: "ann@example.com"}
    labels = ["Name", *(label for label, _ in order)]
    header = ["Email Address", "First Name", "Last Name", "Contact information", "", "", ""]
    people, rows = read(
        write(
            (
                ",".join(header) + "\r\n"
                + ",,," + ",".join(labels) + "\r\n"
                + "ann@example.com,Ann,Lee,Ann Lee," + ",".join(values[role] for _, role in order)
                + "\r\n"
            ).encode()
        )
    )  # fmt: skip
    assert pairs(rows) == [(3, "Ann Lee", "ann@example.com")]
    assert (rows[0].company, rows[0].phone) == (values["company"], values["phone"])
    assert people.skipped == {"header labels": 1}


def test_a_header_labels_row_before_the_first_row_is_skipped_not_a_section(write):
    """A survey tool's second header row (the labels under the field names) comes before
    any row: skipped on its own, the rows below it read (not skipped as another section)."""
    path = write(
        b"RecipientFirstName,RecipientLastName,RecipientEmail,Q1\r\n"
        b"Recipient First Name,Recipient Last Name,Recipient Email,How likely?\r\n"
        b"Linh,Hoang,linh@example.vn,9\r\n"
        b"\r\n"
        b"First Name,Last Name,Email\r\n"
        b"Other,Table,other@example.com\r\n"
    )
    people, rows = read(path)
    assert pairs(rows) == [(3, "Linh Hoang", "linh@example.vn")]
    assert people.skipped == {"header labels": 1, "blank": 1, "another section": 2}


def test_a_row_of_column_groups_above_a_header_that_repeats_a_name_says_whose(write):
    """Groups "Participant" and "Emergency contact" over "Email" twice: the second Email is
    the emergency contact's, never a participant's fallback; their name no row's name."""
    path = write(
        b",Participant,,Emergency contact,,\r\n"
        b"No.,First name,Email,Name,Phone,Email\r\n"
        b"1,Maya,maya@x.com,Ruth Cohen,555,ruth@x.com\r\n"
        b"2,Eli,,Rosa Navarro,556,rosa@x.com\r\n"
    )
    people, rows = read(path)
    assert [(r.full_name, r.email) for r in rows] == [("Maya", "maya@x.com"), ("Eli", "")]
    assert people.columns()["email"] == ["Participant Email"]
    assert people.skipped == {"preamble": 1}


# Every encoding the text readers detect, for every kind of text file

TEXTS = {
    "csv": "name,email\r\nZoë Ng,zoe@example.com\r\n",
    "vcard": "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ng\r\nEMAIL:zoe@example.com\r\nEND:VCARD\r\n",
    "ldif": "version: 1\n\ndn: cn=Zoë Ng,mail=zoe@example.com\ncn: Zoë Ng\nmail: zoe@example.com\n",
}
ENCODINGS = {  # name: how the text becomes bytes
    "UTF-8": lambda t: t.encode(),
    "UTF-8 with BOM": lambda t: t.encode("utf-8-sig"),
    "UTF-16 LE with BOM": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "UTF-16 BE with BOM": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "UTF-16 LE": lambda t: t.encode("utf-16-le"),
    "UTF-16 BE": lambda t: t.encode("utf-16-be"),
    "UTF-32 LE with BOM": lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le"),
    "UTF-32 BE with BOM": lambda t: codecs.BOM_UTF32_BE + t.encode("utf-32-be"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("kind", TEXTS)
def test_every_kind_is_told_and_read_in_every_encoding_the_csv_reader_detects(
    tmp_path, kind, encoding
):
    """A vCard or LDIF in UTF-32, UTF-16 LDIF, UTF-16 vCard without a BOM: once read as a CSV
    and refused, "no email column (columns found: 'BEGIN:VCARD')"."""
    path = tmp_path / "people.txt"
    path.write_bytes(ENCODINGS[encoding](TEXTS[kind]))
    with open_people(path) as people:
        assert people.kind == kind
        assert [(r.full_name, r.email, r.error) for r in people.rows()] == [
            ("Zoë Ng", "zoe@example.com", None)
        ]


# A missing value written as a word (missing.py)

MISSING_WORDS = sorted(missing.MISSING)
HEADER = ["First Name", "Last Name", "Email", "Mobile Phone", "Company", "Job Title"]
ANN = ["Ann", "Lee", "ann@example.org", "+44 7911 123456", "Acme", "Buyer"]


def stored(person) -> tuple:
    return (person.full_name, person.email, person.phone, person.company, person.job_title)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sets(st.sampled_from([1, 3, 4, 5]), max_size=4), min_size=1, max_size=6),
    st.data(),
)
def test_a_cell_saying_missing_is_read_as_empty(write, blanks, data):
    """NULL, nan, #N/A... in a name part or a known field give the person as if the cell
    were empty, through the fast path (the common row) and _row (a decorated address)."""
    lines, expected = [HEADER], []
    for n, columns in enumerate(blanks):
        row = [v.replace("ann", f"ann{n}") for v in ANN]
        if n % 2:
            row[2] = f"<{row[2]}>"  # _row's path
        written = list(row)
        for i in columns:
            written[i] = data.draw(st.sampled_from(MISSING_WORDS))
            row[i] = ""
        lines.append(written)
        expected.append(row)
    text = io.StringIO()
    csv.writer(text).writerows(lines)
    rows = read(write(text.getvalue().encode()))[1]
    assert [stored(validate(r)) for r in rows] == [
        stored(validate(Row(n + 2, " ".join(filter(None, r[:2])), r[2].strip("<>"), r)._replace(
            phone=r[3], company=r[4], job_title=r[5])))
        for n, r in enumerate(expected)
    ]  # fmt: skip
    assert [r.fields for r in rows] == lines[1:]  # the rejects file shows the cells as written


def test_a_sheet_saved_as_csv_gives_what_its_workbook_gives(write, tmp_path):
    """A lookup's #N/A: an error cell in the .xlsx (empty), the text #N/A in the CSV."""
    import xlsxwriter

    path = str(tmp_path / "people.xlsx")
    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, HEADER)
    sheet.write_row(1, 0, ANN[:4])
    sheet.write_formula(1, 4, "=VLOOKUP(C2,Firms!A:B,2,FALSE)", None, "#N/A")
    sheet.write_string(1, 5, "Buyer")
    workbook.close()
    csv_text = ",".join(HEADER) + "\r\n" + ",".join([*ANN[:4], "#N/A", "Buyer"]) + "\r\n"
    from_csv = [stored(validate(r)) for r in read(write(csv_text.encode()))[1]]
    assert from_csv == [stored(validate(r)) for r in read(path)[1]]
    assert from_csv[0][3] == ""


EMAIL_CELLS = st.sampled_from(["", "plain", "display", "mailto", "two", "NULL"])


def _cell(kind: str, n: int, column: int) -> tuple[str, list[str]]:
    """An email cell of a kind, and the addresses it holds in order."""
    address = f"p{n}c{column}@example.org"
    return {
        "": ("", []),
        "NULL": ("NULL", []),  # a missing-value word: an empty cell
        "plain": (address, [address]),
        "display": (f"Ann Lee <{address}>", [address]),
        "mailto": (f"mailto:{address}", [address]),
        "two": (f"{address}; x{address}", [address, f"x{address}"]),
    }[kind]


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(rows=st.lists(st.lists(EMAIL_CELLS, min_size=3, max_size=3), min_size=4, max_size=20))
def test_several_email_columns_give_the_first_address_and_the_others_in_order(tmp_path, rows):
    """Three email columns, each cell plain, decorated, two addresses, a missing-value word
    or empty, whichever path reads the row (plain cells take table._rows' cheap one): the
    email is the row's first address, its other addresses the rest, in column order."""
    path = tmp_path / "outlook.csv"
    lines = ["Name,E-mail Address,E-mail 2 Address,E-mail 3 Address"]
    expected = []
    for n, kinds in enumerate(rows):
        cells = [_cell(kind, n, c) for c, kind in enumerate(kinds)]
        lines.append(",".join([f"Person {n}", *(f'"{text}"' for text, _ in cells)]))
        addresses = [a for _, held in cells for a in held]
        expected.append((f"Person {n}", *(addresses[:1] or [""]), tuple(addresses[1:])))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open_people(str(path)) as people:
        read_ = [(r.full_name, r.email, tuple(r.alternatives)) for r in people.rows()]
    assert read_ == expected


def test_the_header_again_with_its_columns_moved_is_the_same_table(write):
    """BigMarker's webinar report: its registrants, then its attendees under their own
    header, Email first. That header was taken for another section and skipped with its
    rows: a guest only there was lost. Most of the header's columns again, every column
    read among them, are the table again: its rows are read under it."""
    path = write(
        b"Webinar Report\r\nRegistrants\r\n"
        b"First Name,Last Name,Email,Company,Registered At\r\n"
        b"Ann,Lee,ann@x.com,Acme,2026-11-10\r\n"
        b"Cy,Dee,cy@x.com,Globex,2026-11-11\r\n"
        b"\r\nAttendees\r\n"
        b"Email,First Name,Last Name,Company,Minutes\r\n"
        b"ann@x.com,Ann,Lee,Acme,52\r\n"
        b"bo@x.com,Bo,Berg,Initech,47\r\n"
    )
    people, rows = read(path)
    assert pairs(rows) == [(4, "Ann Lee", "ann@x.com"), (5, "Cy Dee", "cy@x.com"),
                           (9, "Ann Lee", "ann@x.com"), (10, "Bo Berg", "bo@x.com")]  # fmt: skip
    assert [r.company for r in rows] == ["Acme", "Globex", "Acme", "Initech"]
    assert people.skipped == {"preamble": 3, "blank": 1, "repeated header": 1}


def test_one_field_a_line_a_block_a_person_is_a_row_a_block(write):
    """123FormBuilder's submissions 'one field per row': each line a label and its value,
    a blank line (or the first label again) between people. Read as a table, `Full
    Name,Olivia Bennett` was the header and only the last address was stored, named
    `Email`. Labels that repeat block after block and name an email and a name make each
    block one row under them; every line is still counted once."""
    path = write(
        b"Submission ID,9876501\r\nFull Name,Olivia Bennett\r\nEmail,olivia@x.com\r\n"
        b"Phone,+44 7700 900123\r\n\r\n"
        b"Submission ID,9876502\r\nFull Name,Rahul Mehta\r\nEmail,rahul@x.com\r\nPhone,\r\n"
        b"Submission ID,9876503\r\nFull Name,Ana Lima\r\nEmail,ana@x.com\r\n"
    )
    people, rows = read(path)
    assert pairs(rows) == [(1, "Olivia Bennett", "olivia@x.com"), (6, "Rahul Mehta", "rahul@x.com"),
                           (10, "Ana Lima", "ana@x.com")]  # fmt: skip
    assert [r.phone for r in rows] == ["+44 7700 900123", "", ""]
    assert people.skipped == {"blank": 1} and people.lines == 12


def test_a_table_of_two_columns_is_no_block_of_fields(write):
    """A plain list of two columns (a name and an address) is a header and its rows."""
    path = write(b"Name,Email\r\nAnn Lee,ann@x.com\r\nBo Berg,bo@x.com\r\nCy Dee,cy@x.com\r\n")
    _, rows = read(path)
    assert pairs(rows) == [(2, "Ann Lee", "ann@x.com"), (3, "Bo Berg", "bo@x.com"),
                           (4, "Cy Dee", "cy@x.com")]  # fmt: skip


def test_the_same_columns_fewer_of_them_in_the_same_order_are_another_table(tmp_path):
    """`Name,Email` after `Name,Email,Role` (a report's staff, then its guests): no column
    moved, so not the header again; the second table is another section, skipped with its
    reason (the web page's and --header-line's test file: tests/web.py's TWO_TABLES)."""
    path = tmp_path / "two.csv"
    path.write_text(
        "Name,Email,Role\nStaff 0,s0@example.com,crew\nStaff 1,s1@example.com,crew\n\n"
        "Name,Email\nAnn Lee,ann@example.com\n"
    )
    with open_people(path) as people:
        emails = [row.email for row in people.rows()]
        skipped = dict(people.skipped)
    assert emails == ["s0@example.com", "s1@example.com"]
    assert skipped["another section"] == 2


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    people=st.integers(min_value=1, max_value=8),
    note=st.sampled_from(["Exported by: Priya Shah ({})", "Questions: {}", "{}"]),
    blank=st.booleans(),
)
def test_a_note_with_an_address_above_a_header_does_not_make_the_file_headerless(
    write, people, note, blank
):
    """A report's note above the header holding the admin's address, over a table whose
    address column is the first (the note's): the header naming `Email` is the table's,
    the note no person. The first record's addresses were counted with itself against
    the header's below it, so one more than the table's won and the file was read with no
    header (`no email column`)."""
    lines = [note.format("admin@ourco.example.com") + ",,,", *([",,,"] if blank else []),
             "Email,Phone,Surname,Given name"]  # fmt: skip
    lines += [f"p{i}@example.com,,Lee{i},Ann" for i in range(people)]
    got, rows = read(write(("\r\n".join(lines) + "\r\n").encode()))
    assert [(r.full_name, r.email) for r in rows] == [
        (f"Ann Lee{i}", f"p{i}@example.com") for i in range(people)
    ]


@pytest.mark.parametrize("label", ["Company", "Firma", "Organisation", "Unternehmen"])
def test_a_header_cell_merged_down_from_a_group_row_takes_its_label(write, label):
    """A header of two rows, `Name` merged over `First` and `Last`, and `Company` merged
    down over both rows (its text in the upper cell, the lower one empty): the empty
    header cell is the label's column. It was unnamed, and the company not read."""
    data = (
        f"Name,,Contact,,{label}\r\n"
        "First,Last,Email,Phone,\r\n"
        "Ann,Lee,ann@example.com,555-0100,Blue Harbor\r\n"
    ).encode()
    _, rows = read(write(data))
    assert pairs(rows) == [(3, "Ann Lee", "ann@example.com")]
    assert (rows[0].company, rows[0].phone) == ("Blue Harbor", "555-0100")


@pytest.mark.parametrize(
    "header", ["Organizace", "Organisation", "Organisasjon", "Organização", "Organizacija"]
)
def test_organization_in_any_language_is_the_company(write, header):
    """English `Organization` is the company (Thunderbird's, Google's CSV); its translations
    in Czech, Danish, German, French, Norwegian, Portuguese, Serbian and Swedish were
    exclusion words only, so LibreOffice's Czech list lost its `Organizace`."""
    data = f"Jméno,E-mail,{header}\r\nVěra Nováková,vera@example.cz,ZŠ Čechova\r\n"
    _, rows = read(write(data.encode()))
    assert pairs(rows) == [(2, "Věra Nováková", "vera@example.cz")]
    assert rows[0].company == "ZŠ Čechova"
