"""Generated inputs the other generated tests do not write, each from a real writer's habit.

- vCards and LDIF folded at a byte count (RFC 6350 3.2 warns that simple writers fold
  inside a multi-byte UTF-8 character; RFC 2849 folds by octets): every line cut every N
  octets, wherever that falls, a character's bytes included.
- vCards whose FN, ORG, TITLE and TEL hold commas, escaped (`\\,`) or not (2.1 escapes none, and
  many 3.0 and 4.0 writers do not), plain, folded or quoted-printable.
- LDIF whose names are base64 of a code page's bytes, as old address books wrote them.
- Excel's XML Spreadsheet 2003 as Excel writes its cells: rich text, a note (`Comment`,
  its own `ss:Data`), Japanese Excel's reading (`x:PhoneticText`).
- HTML tables whose cells hold what a browser does not show: a sort key styled
  `display:none`, an element marked `hidden`, Excel's note anchor (`[A1]`), a ruby's
  reading, a template, a noscript fallback; and markup it does show around the text.
- Files of every kind damaged as a disk, a transfer or a mail gateway damages them: bytes
  flipped, zeroed, inserted, or the file cut, in workbooks' zip and OLE containers too.

Each checks the promise of docs/guarantees.md: every record its person, a reject on its
line with a reason, or skipped lines with theirs; every physical line counted once; no
exception but a one-line InputError.
"""

import base64
import html
import io
import json
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csv_import import cli
from csv_import.errors import InputError
from csv_import.reading import open_people
from csv_import.validation import validate
from CSVProcessor.tests.exports.builders import ods_bytes, xls_bytes, xlsx_bytes
from CSVProcessor.tests.unit.test_formats_generated import outcomes  # one rule for both

# Name words of one, two, three and four UTF-8 bytes a character.
WORDS = ["Ann", "Lee", "Zoë", "Müller", "Łukasz", "Иван", "Σοφία", "Ngọc", "Đặng", "山田",
         "太郎", "김민준", "Joy😀", "O'Neil"]  # fmt: skip
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def physical_lines(data: bytes) -> int:
    """Lines as the reader counts them: ended by CRLF, LF or CR, a last one unended too."""
    return len(io.BytesIO(data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")).readlines())


@st.composite
def names(draw) -> str:
    return " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=3)))


def folded_at_octets(line: bytes, width: int, blank: bytes) -> list[bytes]:
    """`line` cut every `width` octets, as a writer counting bytes folds it: a cut may fall
    inside a character; each continuation starts with the fold's one blank."""
    pieces = [line[:width]]
    pieces += [blank + line[k : k + width - 1] for k in range(width, len(line), width - 1)]
    return pieces


@SETTINGS
@given(
    st.lists(names(), min_size=1, max_size=6),
    st.integers(12, 75),  # the frame lines (BEGIN:VCARD) whole, as writers leave them
    st.sampled_from([b"\r\n", b"\n", b"\r"]),
    st.sampled_from([b" ", b"\t"]),
    st.sampled_from(["3.0", "4.0"]),
    st.booleans(),
)
def test_cards_folded_at_a_byte_count_give_their_people(
    tmp_path, people, width, end, blank, v, forced
):
    """A fold inside a character made the file "not UTF-8": refused whole, every person
    lost (with `--encoding utf-8` too)."""
    lines, expected = [], []
    for i, name in enumerate(people):
        expected.append((len(lines) + 1, name, f"p{i}@example.com", None))
        family, _, given_name = name.rpartition(" ")
        card = ["BEGIN:VCARD", f"VERSION:{v}", f"N:{family};{given_name};;;", f"FN:{name}",
                f"EMAIL;TYPE=INTERNET:p{i}@example.com", "END:VCARD"]  # fmt: skip
        lines += [p for line in card for p in folded_at_octets(line.encode(), width, blank)]
    data = end.join(lines) + end
    path = tmp_path / "cards.vcf"
    path.write_bytes(data)
    found, counted, skipped = outcomes(path, **({"encoding": "utf-8"} if forced else {}))
    assert found == expected
    assert counted == physical_lines(data) and not skipped


@SETTINGS
@given(
    st.lists(names(), min_size=1, max_size=6),
    st.integers(12, 76),
    st.sampled_from([b"\r\n", b"\n"]),
    st.booleans(),
)
def test_ldif_folded_at_a_byte_count_gives_its_people(tmp_path, people, width, end, version):
    """LDIF alike (RFC 2849 folds at octets; a UTF-8 value written as it is, not base64, is
    what Thunderbird and many scripts write)."""
    lines: list[bytes] = [b"version: 1", b""] if version else []
    expected = []
    for i, name in enumerate(people):
        expected.append((len(lines) + 1, name, f"p{i}@example.com", None))
        dn = base64.b64encode(f"cn={name},dc=example,dc=com".encode()).decode()
        entry = [f"dn:: {dn}", "objectClass: inetOrgPerson", f"cn: {name}",
                 f"mail: p{i}@example.com"]  # fmt: skip
        lines += [p for line in entry for p in folded_at_octets(line.encode(), width, b" ")]
        lines.append(b"")
    data = end.join(lines) + end
    path = tmp_path / "people.ldif"
    path.write_bytes(data)
    found, counted, skipped = outcomes(path)
    assert found == expected
    assert counted == physical_lines(data)
    version_line = {"no attributes (a version line)": 1} if version else {}
    assert skipped == Counter({"blank": len(people) + version, **version_line})


# A name, a company and a title with commas, as people write them.
COMMA_NAMES = ["Lee, Ann", "Ann Lee, Jr.", "Müller, Zoë", "O'Neil, Sr., Dan", "Ann Lee"]
COMMA_TEXTS = ["Acme, Inc.", "Müller & Söhne, GmbH", "CEO, Founder", "Sales, EU, North", "Acme"]


def _card_text(prop: str, value: str, version: str, how: str, draw) -> list[str]:
    """`prop:value` as a writer writes it: commas escaped or not, folded anywhere, or (2.1)
    quoted-printable, a comma literal or `=2C`, with a soft line break."""
    if how == "quoted-printable" and version == "2.1":
        if draw(st.booleans()):  # escaped as 3.0 escapes them, then encoded (`=5C=2C`)
            value = value.replace(",", "\\,")
        tokens = [c if c.isascii() and (c.isalnum() or c in " ,.'&\\") else
                  "".join(f"={b:02X}" for b in c.encode()) for c in value]  # fmt: skip
        encoded = {",": "=2C", "\\": "=5C"}
        tokens = [encoded[t] if t in encoded and draw(st.booleans()) else t for t in tokens]
        # A soft line break anywhere, between an escape and its comma too
        cut = draw(st.integers(1, len(tokens)))
        head = f"{prop};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + "".join(tokens[:cut])
        return [head + "=", "".join(tokens[cut:])] if cut < len(tokens) else [head]
    if how == "escaped" and version != "2.1":
        value = value.replace(",", "\\,")
    line, width = f"{prop}:{value}", draw(st.integers(6, 40))
    return [line[:width]] + [" " + line[k : k + width] for k in range(width, len(line), width)]


@SETTINGS
@given(st.data(), st.integers(1, 5), st.sampled_from(["2.1", "3.0", "4.0"]))
def test_commas_in_a_cards_name_company_and_title_are_text(tmp_path, data, count, version):
    """vobject split FN, TITLE and ORG at a comma not escaped and kept the first part:
    `FN:Lee, Ann` stored as the name `Lee`, `TITLE:CEO, Founder` as `CEO`, `ORG:Acme,
    Inc.` as the company `['Acme', ' Inc.']`."""
    lines, expected = [], []
    for i in range(count):
        name = data.draw(st.sampled_from(COMMA_NAMES))
        company = data.draw(st.sampled_from(COMMA_TEXTS))
        title = data.draw(st.sampled_from(COMMA_TEXTS))
        how = data.draw(st.sampled_from(["plain", "escaped", "quoted-printable"]))
        expected.append((len(lines) + 1, name, company, title))
        lines += ["BEGIN:VCARD", f"VERSION:{version}"]
        for prop, value in (("FN", name), ("ORG", company), ("TITLE", title)):
            lines += _card_text(prop, value, version, how, data.draw)
        lines += ["TEL;TYPE=WORK:+1 555 123 4567,,42", f"EMAIL:p{i}@example.com", "END:VCARD"]
    path = tmp_path / "cards.vcf"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    with open_people(str(path)) as people:
        found = [(r.line, r.full_name, r.company, r.job_title, r.phone) for r in people.rows()]
    assert found == [(*person, "+1 555 123 4567,,42") for person in expected]


# Name words of a few code pages, each with its language's evidence (as test_code_pages).
CODE_PAGE_WORDS = {
    "cp1252": ["Zoë", "José", "Müller", "Núñez", "Søren", "François", "Ann", "Lee"],
    "cp1251": ["Иван", "Смирнов", "Наталья", "Кузнецова", "Ольга"],
    "cp1250": ["Łukasz", "Wiśniewski", "Jiří", "Dvořák", "Šťastná"],
}


@SETTINGS
@given(st.data(), st.sampled_from(sorted(CODE_PAGE_WORDS)), st.integers(1, 6), st.booleans())
def test_ldif_base64_names_in_a_code_page_are_their_text_or_a_reject(
    tmp_path, data, code_page, count, forced
):
    """An old address book writes its code page's bytes in base64 (`cn:: Wm/rIExlZQ==`):
    each was taken for a photo's bytes, its entry a `name.empty` reject or stored under its
    `sn` alone. Now the name as written (in the file's code page, --encoding, or the one
    the file's values read as), or `ldif.undecodable` when the values are not enough to
    tell: never a name cut short, never a wrong reason."""
    words = CODE_PAGE_WORDS[code_page]
    lines, people = [], []
    for i in range(count):
        given_name, family = data.draw(st.sampled_from(words)), data.draw(st.sampled_from(words))
        name = f"{given_name} {family}"
        people.append((len(lines) + 1, name, f"p{i}@example.com"))

        def b64(text: str) -> str:
            return base64.b64encode(text.encode(code_page)).decode()

        lines += [f"dn: uid=p{i},dc=example,dc=com", f"cn:: {b64(name)}", f"sn:: {b64(family)}",
                  f"givenName:: {b64(given_name)}", f"mail: p{i}@example.com", ""]  # fmt: skip
    path = tmp_path / "book.ldif"
    path.write_bytes(("\n".join(lines) + "\n").encode())
    found, counted, _ = outcomes(path, **({"encoding": code_page} if forced else {}))
    assert counted == len(lines)
    if forced or all(n.isascii() for _, n, _ in people):
        assert found == [(line, name, email, None) for line, name, email in people]
    else:
        ascii_ones = [(line, n, e, None) for line, n, e in people if n.isascii()]
        assert found == [(line, name, email, None) for line, name, email in people] or all(
            f[3] == "ldif.undecodable" or f in ascii_ones for f in found
        )


# ----------------------------------------------------------- XML Spreadsheet 2003 cells


def _ss_cell(value: str, how: str) -> str:
    """A cell as Excel 2003 writes it: its text plain or rich, a note after it, a reading."""
    text = html.escape(value)
    if how == "rich":  # a run in bold: HTML inside the cell's ss:Data
        half = len(value) // 2
        bold, rest = html.escape(value[:half]), html.escape(value[half:])
        data = (f'<ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">'
                f"<B>{bold}</B><Font>{rest}</Font></ss:Data>")  # fmt: skip
    else:
        data = f'<Data ss:Type="String">{text}</Data>'
    if how == "note":
        data += ('<Comment ss:Author="Ann"><ss:Data xmlns="http://www.w3.org/TR/REC-html40">'
                 "<B><Font>Ann:</Font></B><Font>call back</Font></ss:Data></Comment>")  # fmt: skip
    elif how == "reading":
        data += "<x:PhoneticText>ヤマダ</x:PhoneticText>"
    return f"<Cell>{data}</Cell>"


@SETTINGS
@given(st.lists(st.tuples(names(), st.sampled_from(["plain", "rich", "note", "reading"]),
                          st.sampled_from(["plain", "note"])), min_size=1, max_size=6))  # fmt: skip
def test_an_xml_spreadsheets_notes_and_readings_are_not_its_cells_text(tmp_path, people):
    """A cell's note (`Comment`, with its own ss:Data) was read into its text: `Ann Leecall
    back` stored as the name, an address with a note an `email.invalid` reject."""
    rows = ["<Row>" + _ss_cell("Name", "plain") + _ss_cell("Email", "note") + "</Row>"]
    for i, (name, how, email_how) in enumerate(people):
        rows.append(f"<Row>{_ss_cell(name, how)}{_ss_cell(f'p{i}@example.com', email_how)}</Row>")
    path = tmp_path / "people.xls"
    path.write_text(
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"'
        ' xmlns:x="urn:schemas-microsoft-com:office:excel"'
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
        '<Worksheet ss:Name="People"><Table>\n' + "\n".join(rows) + "\n</Table></Worksheet>"
        "</Workbook>\n",
        encoding="utf-8",
    )
    found, _, _ = outcomes(path)
    assert found == [
        (i + 2, name, f"p{i}@example.com", None) for i, (name, _, _) in enumerate(people)
    ]


# ----------------------------------------------------------------- HTML cells' text

NOT_SHOWN = [
    '<span style="display: none">{junk}</span>',
    "<div hidden>{junk}</div>",
    '<a class=msocomanch href="#_msocom_1" name="_msoanch_1">[A1]</a>',
    "<![if !supportAnnotations]><a class=msocomanch href=#_msocom_2>[B7]</a><![endif]>",
    "<ruby><rt>{junk}</rt></ruby>",
    "<rp>(</rp><rt>{junk}<rp>)</rp>",
    "<template>{junk}</template>",
    "<noscript>{junk}</noscript>",
    '<img src="x.gif" style="display:none">',
]
SHOWN = ["<b>{text}</b>", "<font face=Arial>{text}</font>", "<span>{text}</span>", "{text}"]


@st.composite
def html_cell(draw, text: str) -> str:
    """`text` as a cell's content: shown markup around its words, and what is not shown
    before, between or after them."""
    words = [html.escape(w) for w in text.split(" ")]
    pieces = []
    for k, word in enumerate(words):
        if draw(st.integers(0, 2)) == 0:
            junk = draw(st.sampled_from(["Lee, Ann", "0042", "ヤマダ", "x@example.org"]))
            pieces.append(draw(st.sampled_from(NOT_SHOWN)).format(junk=html.escape(junk)))
        pieces.append(draw(st.sampled_from(SHOWN)).format(text=word))
        pieces.append(" " if k < len(words) - 1 else "")
    if draw(st.booleans()):
        pieces.append(draw(st.sampled_from(NOT_SHOWN)).format(junk="note"))
    return "".join(pieces)


@SETTINGS
@given(st.data(), st.lists(names(), min_size=1, max_size=6), st.booleans())
def test_what_a_browser_does_not_show_is_not_an_html_cells_text(tmp_path, data, people, ends):
    """Text a browser hides was read into the cell: a DataTables sort key (`Lee, AnnAnn
    Lee`), Excel's note anchor (`Ann Lee[A1]`; an address with one an `email.invalid`), a
    ruby's reading (`山田やまだ`)."""
    close = "</td>" if ends else ""  # HTML lets `</td>` out
    rows = ["<tr><th>Name</th><th>Email</th></tr>"]
    for i, name in enumerate(people):
        cells = [data.draw(html_cell(name)), data.draw(html_cell(f"p{i}@example.com"))]
        rows.append("<tr>" + "".join(f"<td>{c}{close}" for c in cells) + "</tr>")
    path = tmp_path / "people.xls"  # an "Export to Excel" page
    path.write_text("<html><body><table>\n" + "\n".join(rows) + "\n</table></body></html>")
    found, _, _ = outcomes(path)
    assert found == [(i + 2, n, f"p{i}@example.com", None) for i, n in enumerate(people)]


# ---------------------------------------------------------------------- damaged files

TABLE = [["Name", "Email"], ["Ann Lee", "ann@example.com"], ["Bob Lee", "bob@example.com"]]
SEEDS = {
    "xlsx": xlsx_bytes(TABLE),
    "xls": xls_bytes([("People", TABLE)]),
    "ods": ods_bytes([("People", TABLE)]),
    "vcf": b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Lee;Zo=C3="
    b"\r\n=AB\r\nEMAIL:a@example.com\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\n"
    b"FN:Ann Lee\r\nEMAIL;PREF=1:b@example.com\r\nEND:VCARD\r\n",
    "ldif": b"version: 1\n\ndn: cn=Ann,dc=x\ncn:: QW5uIExlZQ==\nmail: ann@example.com\n\n"
    b"dn: cn=B\nchangetype: modify\nreplace: mail\nmail: x@example.com\n-\n",
    "html": b"<table><tr><th>Name</th><th>Email</th></tr><tr><td>Ann Lee</td>"
    b"<td>ann@example.com</td></tr></table>",
    "xml": b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"'
    b' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table>'
    b'<Row><Cell><Data ss:Type="String">Name</Data></Cell><Cell><Data ss:Type="String">Email'
    b'</Data></Cell></Row><Row><Cell><Data ss:Type="String">Ann Lee</Data></Cell><Cell>'
    b'<Data ss:Type="String">ann@example.com</Data></Cell></Row></Table></Worksheet></Workbook>',
    "csv": 'sep=;\r\nName;Email;Notes\r\nAnn Lee;ann@example.com;"a\r\nb"\r\n'.encode("utf-16"),
}


@st.composite
def damaged(draw) -> bytes:
    """A file of one kind, damaged: bytes flipped, zeroed or inserted, or cut short."""
    data = bytearray(SEEDS[draw(st.sampled_from(sorted(SEEDS)))])
    how = draw(st.sampled_from(["flip", "zero", "insert", "cut"]))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data) - 1))
        if how == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif how == "zero":
            data[at : at + 16] = bytes(len(data[at : at + 16]))
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        else:
            return bytes(data[: max(at, 1)])
    return bytes(data)


@settings(SETTINGS, max_examples=300)
@given(damaged())
def test_a_damaged_file_of_any_kind_is_read_or_refused_in_one_line(tmp_path, data):
    """A damaged zip claiming a version zipfile refuses (NotImplementedError) and an OLE
    container whose sector table is cut (olefile's ValueError) were tracebacks, exit 1."""
    path = tmp_path / "damaged"
    path.write_bytes(data)
    for fast_paths in (True, False):
        try:
            with open_people(str(path), fast_paths=fast_paths) as people:
                for row in people.rows():
                    validate(row)
        except InputError as error:
            assert "\n" not in str(error)


def _damaged_ods() -> bytes:  # a central directory entry's "version needed" made 8.4
    data = bytearray(ods_bytes([("People", TABLE)]))
    data[data.rindex(b"PK\x01\x02") + 6] = 84
    return bytes(data)


def _damaged_xls() -> bytes:  # the OLE header's sector shift zeroed
    data = bytearray(xls_bytes([("People", TABLE)]))
    data[15:31] = bytes(16)
    return bytes(data)


@pytest.mark.parametrize("made", [_damaged_ods, _damaged_xls], ids=["zip version", "ole"])
def test_the_cli_refuses_a_damaged_workbook_in_one_line(tmp_path, capfd, monkeypatch, made):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))
    path = tmp_path / "people.xls"
    path.write_bytes(made())
    assert cli.main(["-csv", str(path), "--dry-run", "--json"]) == 2
    out, err = capfd.readouterr()
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert json.loads(out)["exit"] == 2
