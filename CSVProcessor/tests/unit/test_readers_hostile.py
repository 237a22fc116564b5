"""Hostile but legitimate files, as real users have them, generated (hypothesis).

- HTML tables whose names link to mail them (`<a href="mailto:ann@x.com">Ann Lee</a>`).
- vCards from writers that end a quoted-printable value with a stray `=` (a soft line
  break with no continuation), glue a card's END:VCARD to the next one's BEGIN:VCARD, or
  write a PHOTO's base64 lines flush left (vCard 2.1 ends the value at a blank line).
- .ods cells with a ruby (a Japanese or Chinese name with its reading above it).
- Two CSV exports joined (`cat a.csv b.csv`), each with its byte order mark and header.

Each checks the promise of docs/guarantees.md: every record its person, a reject on its
line with a reason, or skipped lines with theirs; every physical line counted once.
"""

import codecs
from collections import Counter
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from CSVProcessor.tests.unit.test_formats_generated import outcomes  # one rule for all
from CSVProcessor.tests.unit.test_readers_adversarial import physical_lines

WORDS = ["Ann", "Lee", "Zoë", "Müller", "Łukasz", "Иван", "Σοφία", "Ngọc", "O'Neil", "Björk"]
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@st.composite
def names(draw) -> str:
    return " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=3)))


# ------------------------------------------------------------------------------ HTML mailto


@SETTINGS
@given(
    st.lists(names(), min_size=1, max_size=6),
    st.sampled_from(["name", "email"]),  # the column whose cell is the link
    st.sampled_from(["mailto:", "MAILTO:", "MailTo:"]),
    st.booleans(),  # a query (`?subject=`)
    st.booleans(),  # the address %-escaped
)
def test_a_mailto_link_showing_a_name_gives_its_address(
    tmp_path, people, where, scheme, query, escaped
):
    """`<a href="mailto:ann@x.com">Ann Lee</a>`: a web directory's name linked to mail it.
    The address was lost: `no email column`, or `email.missing_at` under an Email header
    whose cells show `Email` or the name."""
    header = "<tr><th>Name</th><th>Phone</th></tr>" if where == "name" else (
        "<tr><th>Name</th><th>Email</th></tr>")  # fmt: skip
    rows = []
    for i, name in enumerate(people):
        address = f"p{i}@example.com"
        href = scheme + (quote(address, safe="") if escaped else address)
        href += "?subject=Hello%20there" if query else ""
        link = f'<a href="{href}">{name if where == "name" else "Send mail"}</a>'
        cells = [link, f"+1 555 010 {i:04d}"] if where == "name" else [name, link]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    path = tmp_path / "directory.xls"
    path.write_text(f"<html><body><table>{header}{''.join(rows)}</table></body></html>")
    found, counted, skipped = outcomes(path)
    assert found == [(i + 2, name, f"p{i}@example.com", None) for i, name in enumerate(people)]
    assert counted == len(people) + 1 and not skipped


def test_a_mailto_link_showing_its_address_is_that_text(tmp_path):
    """A link whose text is an address is read as shown (two addresses, or a different one
    shown, stay as the page shows them)."""
    path = tmp_path / "p.html"
    path.write_text(
        "<table><tr><th>Name</th><th>Email</th></tr><tr><td>Ann Lee</td>"
        '<td><a href="mailto:ann@example.com">ann@example.com</a></td></tr>'
        '<tr><td>Bo Berg</td><td><a href="mailto:">bo@example.com</a></td></tr></table>'
    )
    found, _, _ = outcomes(path)
    assert found == [
        (2, "Ann Lee", "ann@example.com", None),
        (3, "Bo Berg", "bo@example.com", None),
    ]


# ------------------------------------------------------------------------------ vCards


def _card(i: int, name: str, version: str, draw) -> list[str]:
    """A card whose quoted-printable values may end with a stray `=`."""
    family, _, given_name = name.rpartition(" ")

    def qp(prop: str, value: str) -> str:
        encoded = "".join(
            c if c.isascii() and c not in "=;" else "".join(f"={b:02X}" for b in c.encode())
            for c in value
        )
        stray = "=" if draw(st.booleans()) else ""
        return f"{prop};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{encoded}{stray}"

    lines = ["BEGIN:VCARD", f"VERSION:{version}", qp("N", f"{family};{given_name};;;").replace(
        "=3B", ";"), qp("FN", name), f"EMAIL;INTERNET:p{i}@example.com"]  # fmt: skip
    if draw(st.booleans()):
        lines.append(qp("NOTE", "call back"))
    if draw(st.booleans()):
        lines.append(qp("TEL;CELL", "+1 555 0100"))
    lines.append("END:VCARD")
    return lines


@SETTINGS
@given(st.data(), st.lists(names(), min_size=1, max_size=5), st.sampled_from(["\r\n", "\n"]))
def test_a_stray_soft_line_break_pulls_no_property_into_a_value(tmp_path, data, people, end):
    """`FN;ENCODING=QUOTED-PRINTABLE:Ann Lee=` before `EMAIL:...`: the `=` read as a soft
    line break made the EMAIL line part of the name (the card `vcard.unreadable`), and a
    NOTE's before END:VCARD swallowed the card's end."""
    lines, expected = [], []
    for i, name in enumerate(people):
        expected.append((len(lines) + 1, name, f"p{i}@example.com", None))
        lines += _card(i, name, "2.1", data.draw)
    raw = (end.join(lines) + end).encode()
    path = tmp_path / "phone.vcf"
    path.write_bytes(raw)
    found, counted, skipped = outcomes(path)
    assert found == expected
    assert counted == physical_lines(raw) and not skipped


@SETTINGS
@given(
    st.lists(st.tuples(names(), st.sampled_from(["", " ", "\t", "  "])), min_size=2, max_size=6),
    st.sampled_from(["\r\n", "\n"]),
    st.booleans(),
)
def test_cards_glued_end_to_begin_are_two_cards(tmp_path, people, end, last_unended):
    """`END:VCARDBEGIN:VCARD` (a writer ending a card without a line break, or files joined
    after a last line without one): the two cards were one `vcard.unreadable` reject."""
    text, expected, line = "", [], 1
    for i, (name, glue) in enumerate(people):
        card = end.join(["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"EMAIL:p{i}@example.com",
                         "END:VCARD"])  # fmt: skip
        expected.append((line, name, f"p{i}@example.com", None))
        glued = i < len(people) - 1 and i % 2 == 0  # every other card glued to the next
        text += card + (glue if glued else end)
        line += 4 if glued else 5
    if last_unended:
        text = text.removesuffix(end)
    raw = text.encode()
    path = tmp_path / "glued.vcf"
    path.write_bytes(raw)
    found, counted, skipped = outcomes(path)
    assert found == expected
    assert counted == physical_lines(raw) and not skipped


def test_a_glued_line_outside_a_card_is_counted_once(tmp_path):
    """A glued line's piece outside any card (`END:VCARD` glued before the first card, a
    damaged `BEGIN:VCARDEND:VCARD`) is skipped, its line counted once."""
    raw = (
        b"END:VCARDBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEMAIL:ann@example.com\r\n"
        b"END:VCARDBEGIN:VCARDEND:VCARD\r\nBEGIN:VCARD\r\nFN:Bo Berg\r\n"
        b"EMAIL:bo@example.com\r\nEND:VCARD\r\n"
    )
    path = tmp_path / "g.vcf"
    path.write_bytes(raw)
    found, counted, skipped = outcomes(path)
    assert found == [
        (1, "Ann Lee", "ann@example.com", None),
        (6, "Bo Berg", "bo@example.com", None),
    ]
    assert counted == physical_lines(raw) == 9
    assert skipped == Counter({"outside a card": 1})


@SETTINGS
@given(
    st.lists(st.tuples(names(), st.integers(1, 6), st.booleans()), min_size=1, max_size=5),
    st.sampled_from(["\r\n", "\n"]),
)
def test_a_photos_base64_lines_written_flush_left_are_its_value(tmp_path, people, end):
    """vCard 2.1's PHOTO;ENCODING=BASE64, its lines not indented (phones and old address
    books), ended by a blank line: each was read as a property without a colon and the
    whole card was `vcard.unreadable`."""
    lines, expected = [], []
    chunk = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRof"
    for i, (name, count, indented) in enumerate(people):
        expected.append((len(lines) + 1, name, f"p{i}@example.com", None))
        photo = ["PHOTO;ENCODING=BASE64;TYPE=JPEG:" + chunk]
        photo += [(" " if indented else "") + chunk for _ in range(count - 1)]
        photo[-1] += "Hh0a=="
        lines += ["BEGIN:VCARD", "VERSION:2.1", f"FN:{name}", *photo, "",
                  f"EMAIL;INTERNET:p{i}@example.com", "END:VCARD"]  # fmt: skip
    raw = (end.join(lines) + end).encode()
    path = tmp_path / "photos.vcf"
    path.write_bytes(raw)
    found, counted, skipped = outcomes(path)
    assert found == expected
    assert counted == physical_lines(raw) and not skipped


# ------------------------------------------------------------------------------ .ods ruby


def _ods_with_rubies(path, rows) -> None:
    """rows: [(pieces, email)], pieces text or (base, reading) rubies, as LibreOffice writes
    a cell with Format > Asian Phonetic Guide."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P, Ruby, RubyBase, RubyText

    document = OpenDocumentSpreadsheet()
    table = Table(name="People")
    for record in [([("Name")], "Email"), *rows]:
        row = TableRow()
        pieces, email = record
        cell = TableCell(valuetype="string")
        paragraph = P()
        for piece in pieces:
            if isinstance(piece, tuple):
                ruby = Ruby()
                ruby.addElement(RubyBase(text=piece[0]))
                ruby.addElement(RubyText(text=piece[1]))
                paragraph.addElement(ruby)
            else:
                paragraph.addText(piece)
        cell.addElement(paragraph)
        row.addElement(cell)
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=email))
        row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(path))


RUBIES = [("山田", "やまだ"), ("太郎", "たろう"), ("李", "Lǐ"), ("小明", "xiǎomíng"), ("金", "김")]


@settings(SETTINGS, max_examples=20)
@given(
    st.lists(
        st.lists(st.one_of(st.sampled_from(RUBIES), st.sampled_from([" ", "Ann", " Lee "])),
                 min_size=1, max_size=4).filter(lambda p: any(isinstance(x, tuple) for x in p)),
        min_size=1, max_size=4,
    )
)  # fmt: skip
def test_an_ods_rubys_reading_is_not_its_cells_text(tmp_path, rows):
    """`<text:ruby>`: calamine read the reading after its base, `山田やまだ` stored as the
    name (an HTML ruby's `<rt>` and Excel's phonetic guides are left out alike)."""
    path = tmp_path / "names.ods"
    _ods_with_rubies(path, [(pieces, f"p{i}@example.com") for i, pieces in enumerate(rows)])
    found, counted, _ = outcomes(path)
    shown = ["".join(p[0] if isinstance(p, tuple) else p for p in pieces) for pieces in rows]
    expected = [" ".join(text.split()) for text in shown]
    assert [(line, " ".join(name.split()), email) for line, name, email, _ in found] == [
        (i + 2, name, f"p{i}@example.com") for i, name in enumerate(expected)
    ]
    assert counted == len(rows) + 1


# ------------------------------------------------------------------------------ joined CSVs


@SETTINGS
@given(
    st.lists(st.lists(names(), min_size=1, max_size=4), min_size=2, max_size=4),
    st.sampled_from([("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE)]),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["\r\n", "\n"]),
    st.lists(st.booleans(), min_size=4, max_size=4),  # an export's last line unended
)
def test_csv_exports_joined_each_with_its_bom_and_header_are_read_whole(
    tmp_path, exports, encoding, delimiter, end, unended
):
    """`cat a.csv b.csv` of two exports each starting with a BOM: the second header read
    `\\ufeffName`, no header, and every row after it skipped as `another section`; when
    the first export's last line had no line break, its last address and the second
    header were one line: `ann@x.com\\ufeffName` stored as the address `ann@x.comname`."""
    codec, bom = encoding
    raw, expected, line, n = b"", [], 1, 0
    for k, people in enumerate(exports):
        lines = [f"Name{delimiter}Email"]
        for name in people:
            lines.append(f"{name}{delimiter}p{n}@example.com")
            expected.append((line + len(lines) - 1, name, f"p{n}@example.com", None))
            n += 1
        joined = unended[k] and k < len(exports) - 1
        raw += bom + (end.join(lines) + ("" if joined else end)).encode(codec)
        line += len(lines) - joined
    path = tmp_path / "joined.csv"
    path.write_bytes(raw)
    found, counted, skipped = outcomes(path)
    assert found == expected
    assert counted == line - 1
    assert skipped == Counter({"repeated header": len(exports) - 1})


# ------------------------------------------------------------------ Excel 2003 XML MergeDown


@SETTINGS
@given(st.lists(st.tuples(names(), st.integers(1, 3)), min_size=1, max_size=5), st.booleans())
def test_an_xml_spreadsheets_cell_merged_down_is_each_rows(tmp_path, people, title):
    """`<Cell ss:MergeDown="1">` a name over the rows of its two addresses, as Excel writes
    a merged block: the rows below it were `name.empty` rejects (an HTML rowspan and this
    now read alike)."""
    rows, expected = [], []
    cell = '<Cell{}><Data ss:Type="String">{}</Data></Cell>'
    if title:
        rows.append("<Row>" + cell.format(' ss:MergeAcross="1"', "Members") + "</Row>")
    rows.append('<Row><Cell><Data ss:Type="String">Name</Data></Cell>'
                '<Cell><Data ss:Type="String">Email</Data></Cell></Row>')  # fmt: skip
    n = 0
    for name, count in people:
        for k in range(count):
            email = f"p{n}@example.com"
            merged = f' ss:MergeDown="{count - 1}"' if count > 1 else ""
            first = cell.format(merged, name) if k == 0 else ""
            index = "" if k == 0 else ' ss:Index="2"'
            rows.append(f"<Row>{first}{cell.format(index, email)}</Row>")
            expected.append((len(rows), name, email, None))
            n += 1
    path = tmp_path / "merged.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook '
        'xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table>'
        + "".join(rows)
        + "</Table></Worksheet></Workbook>"
    )
    found, _, _ = outcomes(path)
    assert found == expected
