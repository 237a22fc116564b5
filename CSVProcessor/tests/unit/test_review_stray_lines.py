"""Adversarial inputs for the readers' stray-line and line-end rules (docs/file-rules.md).

Each file must end as the right people stored, its bad lines rejected or skipped with a
reason, or one refusal naming the problem: never wrong people, never a traceback.
"""

import io
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csv_import.errors import InputError
from csv_import.reading import open_people
from csv_import.reading.line_decoding import MixedLines
from csv_import.rows import Person
from csv_import.validation import validate

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def outcomes(path):
    """(line, name, email, reason) of every record, and the skipped lines by reason."""
    found = []
    with open_people(str(path)) as people:
        for row in people.rows():
            verdict = validate(row)
            if isinstance(verdict, Person):
                found.append((verdict.line, verdict.full_name, verdict.email, None))
            else:
                found.append((verdict.line, "", "", verdict.code))
        return found, Counter(people.skipped)


# Names in a code page each, some with letters whose bytes pair as UTF-8 (cp1251's `Пё` is
# CF B8, `ϸ` in UTF-8): such a file is read line by line, UTF-8 else the code page.
NAMES = {
    "cp1251": ["Пётр Ёлкин", "Иван Петров", "Ольга Смирнова", "Алёна", "Семён Щукин"],
    "koi8_r": ["Иван Петров", "Ольга Смирнова", "Юрий Ёжиков"],
    "cp1253": ["Σοφία Παπαδοπούλου", "Γιώργος Νικολάου", "Ελένη"],
    "cp1254": ["Şahin Yılmaz", "Ayşe Öztürk", "Çağrı Güneş"],
    "cp1250": ["Łukasz Wiśniewski", "Zofia Dąbrowska", "Paweł Żak"],
    "cp874": ["สมชาย ใจดี", "สมหญิง รักไทย"],
    "cp1252": ["José Núñez", "Zoë Müller", "Øyvind Ærø"],
}


@SETTINGS
@given(
    st.sampled_from(sorted(NAMES)).flatmap(
        lambda page: st.tuples(st.just(page), st.permutations(NAMES[page]))
    ),
    st.sampled_from(["\r", "\r\n", "\n"]),
    st.booleans(),
)
def test_a_code_page_file_with_any_line_ends_gives_its_people(tmp_path, drawn, end, utf8_row):
    """A file read line by line (UTF-8 lines, else its code page) split its lines at LF
    only: with an old Mac's CR line ends the whole file was one line, refused as `line 1:
    header too large` (cp1251 with `Пётр`, whose `Пё` is a UTF-8 sequence). Every name of
    the code page is written: a name or two alone may be read as well by a sister code page
    (cp1253's `Άννα` is iso8859-7's `’ννα`), a refusal naming both, not this rule's."""
    page, names = drawn
    rows = [(name, f"p{i}@example.com") for i, name in enumerate(names)]
    data = end.join(["Name,Email", *(f"{n},{e}" for n, e in rows)]).encode(page) + end.encode()
    if utf8_row:  # two exports pasted together: one row in UTF-8
        rows.append(("Zoë Ærø", "z@example.com"))
        data += "Zoë Ærø,z@example.com".encode() + end.encode()
    path = tmp_path / "people.csv"
    path.write_bytes(data)
    found, _ = outcomes(path)
    assert found == [(i, n, e, None) for i, (n, e) in enumerate(rows, 2)]


@given(
    st.lists(st.sampled_from(["Ann,a@x.com", "Bo", "", "x" * 50]), max_size=8),
    st.lists(st.sampled_from(["\r", "\n", "\r\n"]), min_size=8, max_size=8),
    st.sampled_from([-1, 1, 2, 5, 40]),
)
def test_mixed_lines_end_where_a_text_file_ends_them(lines, ends, limit):
    """MixedLines' lines are the lines io.TextIOWrapper(newline="") reads, a CRLF split
    across two reads of the file one line end, and no line longer than the limit asks."""
    data = "".join(line + end for line, end in zip(lines, ends, strict=False)).encode("utf-8")
    stream = MixedLines(io.BufferedReader(io.BytesIO(data), buffer_size=8), "cp1250")
    read = list(iter(lambda: stream.readline(limit), ""))
    text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="")
    expected = list(iter(lambda: text.readline(limit), ""))
    assert "".join(read) == "".join(expected)
    if limit < 0:
        assert read == expected
    assert all(len(line) <= limit for line in read) if limit > 0 else True


ENTRY = "dn: cn={0},dc=example,dc=com\ncn: {0}\nmail: {1}\n"
PEOPLE = [("Ann Lee", "ann@example.com"), ("Bob Roe", "bob@example.com")]
# What exporters and hands write before the first dn: with no blank line between: a title
# with a colon, a date line, a title then the file's version line.
FIRST_LINES = st.lists(
    st.sampled_from(
        ["Exported: 2024-05-01", "Address book: Work", "Kontakte", "version: 1", "x-note: hi"]
    ),
    min_size=1,
    max_size=3,
)


@SETTINGS
@given(FIRST_LINES, st.sampled_from(["\n", "\r\n", "\r"]))
def test_lines_before_the_first_dn_are_outside_an_entry(tmp_path, first, end):
    """Lines before an entry's dn: (but a `version:` alone) are no entry's (RFC 2849: a
    record starts with its dn): `Exported: 2024-05-01` right before the first dn: made
    that entry `ldif.unreadable`, its person lost; only lines of no colon were skipped."""
    body = "\n".join(ENTRY.format(*person) for person in PEOPLE)
    text = "\n".join(first) + "\n" + body
    path = tmp_path / "book.ldif"
    path.write_bytes(text.replace("\n", end).encode())
    found, skipped = outcomes(path)
    at = len(first) + 1
    assert found == [(at, *PEOPLE[0], None), (at + 4, *PEOPLE[1], None)]
    stray = 0 if set(first) == {"version: 1"} else len(first)
    assert skipped["outside an entry"] == stray


def test_attributes_cut_from_an_entry_by_a_blank_line_spoil_no_next_entry(tmp_path):
    """A blank line inside an entry left its last lines before the next dn:: those lines
    are outside an entry, and the next entry is read whole."""
    text = "dn: cn=Ann\ncn: Ann Lee\n\nmail: ann@example.com\n" + ENTRY.format(*PEOPLE[1])
    path = tmp_path / "book.ldif"
    path.write_text(text)
    found, skipped = outcomes(path)
    assert found == [(1, "", "", "email.empty"), (5, *PEOPLE[1], None)]
    assert skipped["outside an entry"] == 1


def _result(path):
    try:
        return outcomes(path)[0]
    except InputError as refusal:
        return str(refusal)


@SETTINGS
@given(
    st.sampled_from(sorted(NAMES)).flatmap(
        lambda page: st.tuples(st.just(page), st.lists(st.sampled_from(NAMES[page]), max_size=3))
    ),
    st.sampled_from(["Name,Email", "Nachname,E-Mail", "Имя,Email", "Όνομα,Email", "Ad,E-posta"]),
)
def test_line_ends_change_no_outcome(tmp_path, drawn, header):
    """The same file with an old Mac's CR line ends, LF or CRLF: the same people, or the
    same refusal. The ASCII header that settles a tie between code pages was found with LF
    ends only (`Nachname,E-Mail` over `Øyvind Ærø`: cp1252 with LF, refused with CR)."""
    page, names = drawn
    results = []
    for end in ["\n", "\r", "\r\n"]:
        lines = [header, *(f"{name},p{i}@example.com" for i, name in enumerate(names))]
        try:
            data = (end.join(lines) + end).encode(page)
        except UnicodeEncodeError:
            return
        path = tmp_path / "people.csv"
        path.write_bytes(data)
        results.append(_result(path))
    assert results[1] == results[0]
    assert results[2] == results[0]


CARD = [
    "BEGIN:VCARD", "VERSION:3.0", "N:{family};{given};;;", "FN:{given} {family}",
    "ORG:Acme", "TEL;TYPE=CELL:+49 30 1234567", "EMAIL;TYPE=INTERNET:{email}", "END:VCARD",
]  # fmt: skip
GIVEN = st.sampled_from(["Ann", "Zoë", "José", "Иван", "Σοφία"])
FAMILY = st.sampled_from(["Lee", "Müller", "Núñez", "Петров", "Νικολάου"])


@SETTINGS
@given(
    st.lists(st.tuples(GIVEN, FAMILY), min_size=1, max_size=4),
    st.integers(1, len(CARD) - 1),
    st.sampled_from(["\r\n", "\n", "\r"]),
)
def test_a_first_card_cut_before_its_begin_costs_no_other_card(tmp_path, people, cut, end):
    """A file whose first card lost its first lines (a download cut, a copy from the middle)
    starts `VERSION:3.0`: it was told as LDIF by that line, one `ldif.unreadable` reject for
    the whole file (every card lost); a longer cut made it a CSV, refused. The cut card's
    lines are one `vcard.unopened` reject when they hold its person's FN, N or EMAIL, else
    lines skipped outside a card; every whole card after it is read."""
    cards = [
        [line.format(given=g, family=f, email=f"p{i}@example.com") for line in CARD]
        for i, (g, f) in enumerate(people)
    ]
    cut_card = [line.format(given="Cut", family="Off", email="cut@example.com") for line in CARD]
    lines = cut_card[cut:] + [line for card in cards for line in card]
    path = tmp_path / "cards.vcf"
    path.write_bytes((end.join(lines) + end).encode())
    found, skipped = outcomes(path)
    left = cut_card[cut:-1]
    personal = any(line.startswith(("N:", "FN:", "EMAIL")) for line in left)
    firsts = [len(cut_card) - cut + 1 + len(CARD) * k for k in range(len(people))]
    expected = [(at, f"{g} {f}", f"p{k}@example.com", None)
                for k, (at, (g, f)) in enumerate(zip(firsts, people, strict=True))]  # fmt: skip
    if personal:
        assert found == [(1, "", "", "vcard.unopened"), *expected]
        assert skipped["outside a card"] == 0
    else:
        assert found == expected
        assert skipped["outside a card"] == len(cut_card) - cut


NOT_NAMES = ["Met at PyCon", "Call back Monday", "Wants the demo", "Sent brochure",
             "Old customer", "Asked for quote", "Zoë Keller", "Ana Lima", "Jonas Berg"]  # fmt: skip


@SETTINGS
@given(
    st.sampled_from(["Internal", "Contact", "Private", "Customer", "Sales", ""]),
    st.sampled_from(["Notes", "Comments", "Remarks", "Description", "Memo"]),
    st.sampled_from(["", " 1", " Text"]),
    st.lists(st.sampled_from(NOT_NAMES), min_size=2, max_size=8, unique=True),
)
def test_free_text_under_a_notes_header_is_never_the_name(tmp_path, before, notes, after, values):
    """A file of addresses and notes only: "Internal Notes" (an exclusion word, no name
    word) over a different note on each row was taken as a role's column of whole names
    ("Met at PyCon" stored as the name); one word alone ("Notes") was already refused."""
    header = f"{before} {notes}{after}".strip()
    lines = [f"Email,{header}", *(f"p{i}@example.com,{v}" for i, v in enumerate(values))]
    path = tmp_path / "people.csv"
    path.write_text("\n".join(lines) + "\n")
    try:
        found, _ = outcomes(path)
    except InputError as refusal:
        assert "no name column" in str(refusal)
    else:
        assert not any(name in values for _, name, _, _ in found)


def test_another_persons_column_under_no_name_word_is_not_the_name(tmp_path):
    """ "Referred By", "Account Manager" hold another person's name, a different one on
    each row of a short list: no name column, refused (the referrer was stored as the
    person); "Buyer Name", "User name" say a name and are still read (columns.py)."""
    rows = ["p0@example.com,Zoë Keller", "p1@example.com,Ana Lima", "p2@example.com,Jonas Berg"]
    for header in ["Referred By", "Account Manager", "Sales Rep"]:
        path = tmp_path / "people.csv"
        path.write_text("\n".join([f"Email,{header}", *rows]) + "\n")
        try:
            outcomes(path)
        except InputError as refusal:
            assert "no name column" in str(refusal)
        else:
            raise AssertionError(f"{header} read as the name")
    path.write_text("\n".join(["Email,User name", *rows]) + "\n")
    assert [name for _, name, _, _ in outcomes(path)[0]] == ["Zoë Keller", "Ana Lima", "Jonas Berg"]
