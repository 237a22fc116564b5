"""Generated files of the reader's other formats: vCards, LDIF, workbooks, HTML tables.

Each test draws a file from parts whose outcome is known alone (a good card is its person,
a broken one a reject on its first line, a stray line a skipped line), writes it with
random line ends, folds, encodings and byte order marks, and checks the promise of
docs/file-rules.md: every record stored, rejected on its line with a reason, or skipped
with a reason; every physical line counted once; a broken record costs that record only
(the others' people are the same with it or without it); never an exception. Workbooks
are written in every format the reader takes (.xlsx both ways, .xls, .ods, an HTML
table named .xls, CSV) and must give the same rows on the same lines.
"""

import base64
import codecs
import datetime
import io
from collections import Counter

import pytest
import xlsxwriter
import xlwt
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from csv_import.reading import open_people
from csv_import.rows import Person
from csv_import.validation import validate

# Name words that no mojibake repair touches, in a few scripts; LATIN_1 are ISO-8859-1's.
LATIN_1 = ["Ann", "Lee", "Zoë", "José", "Müller", "Björk", "Øyvind", "Ærø", "Núñez"]
WORDS = [*LATIN_1, "Łukasz", "Dąbrowska", "Иван", "Σοφία", "Ngọc", "Đặng", "Şahin"]
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def outcomes(path, **options):
    """(line, name, email, reason) of every record, the lines counted, the skipped lines."""
    found = []
    with open_people(str(path), **options) as people:
        for row in people.rows():
            verdict = validate(row)
            if isinstance(verdict, Person):
                found.append((verdict.line, verdict.full_name, verdict.email, None))
            else:
                found.append((verdict.line, "", "", verdict.code))
        return found, people.lines, Counter(people.skipped)


def physical_lines(text: str) -> int:
    """Lines as the reader counts them: ended by CRLF, LF or CR, a last one unended too."""
    return len(io.StringIO(text, newline="").readlines())


def assert_read_as_drawn(path, data: bytes, drawn: tuple) -> None:
    """`data` (the drawn text, encoded) written to `path` and read: the records drawn, and
    every physical line counted once (stored, rejected or skipped) by the reasons drawn."""
    text, expected, skipped = drawn
    path.write_bytes(data)
    found, lines, skipped_found = outcomes(path)
    assert found == expected
    assert lines == physical_lines(text)
    assert skipped_found == skipped


# ---------------------------------------------------------------------------------- vCards


def _fold(line: str, draw, start: int = 1, blanks: tuple = (" ", "\t")) -> list[str]:
    """A line folded at random places (RFC 6350 3.2, RFC 2849: a line end and one space or
    tab, taken away again when read), never before its `start`th character."""
    cuts = sorted(set(draw(st.lists(st.integers(start, max(len(line) - 1, start)), max_size=3))))
    pieces = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    pieces = [p for p in pieces if p]
    return [pieces[0]] + [draw(st.sampled_from(blanks)) + p for p in pieces[1:]]


def _quoted_printable(text: str, charset: str, draw) -> list[str]:
    """`text` in quoted-printable (RFC 2045 6.7), cut by soft line breaks (`=` ending a line)."""
    tokens = [chr(b) if chr(b).isalnum() and b < 128 else f"={b:02X}" for b in text.encode(charset)]
    cuts = sorted(set(draw(st.lists(st.integers(1, len(tokens)), max_size=3))))
    pieces = ["".join(tokens[a:b]) for a, b in zip([0, *cuts], [*cuts, len(tokens)], strict=True)]
    pieces = [p for p in pieces if p]
    return [p + "=" for p in pieces[:-1]] + [pieces[-1]]


@st.composite
def good_card(draw, i: int):
    """(lines, (name, email)): a card of any version whose person is known."""
    version = draw(st.sampled_from(["2.1", "3.0", "4.0"]))
    how = draw(st.sampled_from(["fn", "n", "qp", "qp-latin-1", "org and fn", "base64",
                                "fn folded at its space"]))  # fmt: skip
    if how == "qp" and version != "2.1":
        how = "fn"
    pool = LATIN_1 if how == "qp-latin-1" else WORDS
    given_name, family = draw(st.sampled_from(pool)), draw(st.sampled_from(pool))
    name, email = f"{given_name} {family}", f"p{i}@example.com"
    props: list[list[str]] = [[f"VERSION:{version}"]]
    folds = draw(st.booleans())
    fold = (lambda line: _fold(line, draw)) if folds else (lambda line: [line])
    if how in ("fn", "org and fn"):
        props.append(fold(f"N:{family};{given_name};;;"))
        props.append(fold(f"FN:{name}"))
    elif how == "n":
        props.append(fold(f"N:{family};{given_name};;;"))
    elif how == "base64":  # any property may be base64 (2.1: ENCODING=BASE64, 3.0: b)
        encoding = "BASE64" if version == "2.1" else "b"
        n = base64.b64encode(f"{family};{given_name};;;".encode()).decode()
        props.append(fold(f"N;ENCODING={encoding};CHARSET=UTF-8:{n}"))
        props.append([f"TITLE;ENCODING={encoding}:{base64.b64encode(b'CTO').decode()}"])
    elif how == "fn folded at its space":  # the fold's continuation is the one space
        props.append([f"FN:{given_name}", "  ", f" {family}"])
    else:  # 2.1's quoted-printable, soft line breaks, the charset named
        charset = "ISO-8859-1" if how == "qp-latin-1" else "UTF-8"
        lines = _quoted_printable(name, charset.lower(), draw)
        lines[0] = f"FN;CHARSET={charset};ENCODING=QUOTED-PRINTABLE:" + lines[0]
        props.append(lines)
    if how == "org and fn":
        props.append(fold("ORG:Acme Corp;Sales"))
    style = draw(st.sampled_from(["plain", "group", "pref", "4.0 pref"]))
    if style == "group":  # Apple's item groups
        props += [fold(f"item1.EMAIL;type=INTERNET;type=pref:{email}"), ["item1.X-ABLabel:work"]]
    elif style == "pref":
        props += [["EMAIL;TYPE=INTERNET:other@example.org"], fold(f"EMAIL;TYPE=pref:{email}")]
    elif style == "4.0 pref":
        props += [["EMAIL:other@example.org"], fold(f"EMAIL;PREF=1:{email}")]
    else:
        props.append(fold(f"EMAIL:{email}"))
    photo = base64.b64encode(draw(st.binary(min_size=1, max_size=120))).decode()
    extra = draw(st.sampled_from(["", "photo", "photo 2.1", "note", "tel"]))
    if extra == "photo":  # folded at 75 columns, as writers do
        head = "PHOTO;ENCODING=b;TYPE=JPEG:"
        props.append(
            [head + photo[:40]] + [" " + photo[k : k + 74] for k in range(40, len(photo), 74)]
        )
    elif extra == "photo 2.1":  # 2.1's base64: indented lines, then a blank line
        props.append(
            ["PHOTO;ENCODING=BASE64;TYPE=JPEG:"]
            + [f"  {photo[k : k + 60]}" for k in range(0, len(photo), 60)]
            + [""]
        )
    elif extra == "note":
        props.append(fold("NOTE:Met at the fair; call back"))
    elif extra == "tel":
        props.append(fold("TEL;TYPE=CELL:+44 20 7946 0958"))
    order = draw(st.permutations(range(1, len(props))))
    lines = ["BEGIN:VCARD", *props[0], *(line for k in order for line in props[k]), "END:VCARD"]
    return lines, (name, email)


# A broken part: (lines, what the reader makes of it), each alone.
BROKEN_CARDS = {
    "bad quoted-printable": (
        ["BEGIN:VCARD", "VERSION:2.1", "FN;ENCODING=QUOTED-PRINTABLE:Ann=XYLee",
         "EMAIL:b@example.com", "END:VCARD"],
        "vcard.unreadable",
    ),
    "not a property": (
        ["BEGIN:VCARD", "VERSION:3.0", "FN:Ann", "no colon here", "EMAIL:b@example.com",
         "END:VCARD"],
        "vcard.unreadable",
    ),
    "bad base64 name": (
        ["BEGIN:VCARD", "VERSION:3.0", "FN;ENCODING=b:@@@", "EMAIL:b@example.com", "END:VCARD"],
        "vcard.unreadable",
    ),
    "no email": (["BEGIN:VCARD", "VERSION:3.0", "FN:Ann Lee", "END:VCARD"], "email.empty"),
    "org only": (
        ["BEGIN:VCARD", "VERSION:2.1", "ORG:Acme", "EMAIL:b@example.com", "END:VCARD"],
        "name.empty",
    ),
    "no end": (["BEGIN:VCARD", "VERSION:3.0", "FN:Cut", "EMAIL:cut@example.com"], "vcard.unclosed"),
}  # fmt: skip
STRAY = {  # lines outside any card: skipped, with their reason
    "blank": ([""], "blank"),
    "end without begin": (["END:VCARD"], "outside a card"),
    "text": (["exported by Phone"], "outside a card"),
}


@st.composite
def card_file(draw):
    """(text, expected records, expected skipped lines by reason) of a generated vCard file."""
    kinds = st.one_of(
        st.just("good"), st.sampled_from(sorted(BROKEN_CARDS)), st.sampled_from(sorted(STRAY))
    )
    # A vCard file is told by its first line, BEGIN:VCARD (kinds.py): a card first.
    parts = ["good", *draw(st.lists(kinds, max_size=11))]
    end = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    lines: list[str] = []
    expected, skipped = [], Counter()
    unclosed = False  # the lines after a card without END, up to the next BEGIN, are its own
    for i, part in enumerate(parts):
        first = len(lines) + 1
        if part == "good":
            written, person = draw(good_card(i))
            expected.append((first, *person, None))
            if i and draw(st.integers(0, 4)) == 0:  # another export joined here, its BOM
                written = ["\ufeff" + written[0], *written[1:]]
        elif part in BROKEN_CARDS:
            written, reason = BROKEN_CARDS[part]
            expected.append((first, "", "", reason))
        else:
            if unclosed and part == "end without begin":
                part = "text"  # an END here would close the card: it is read whole then
            written, reason = STRAY[part]
            if not unclosed:
                skipped[reason] += len(written)
        unclosed = part == "no end" or (unclosed and part in STRAY)
        lines += written
    return end.join(lines) + end, expected, skipped


def _encoded(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-le":  # Excel's and Google's "Unicode" exports: a BOM
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(encoding)


@SETTINGS
@given(card_file(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be"]))
def test_every_generated_card_is_its_person_a_reject_on_its_line_or_a_skipped_line(
    tmp_path, drawn, encoding
):
    assert_read_as_drawn(tmp_path / "cards.vcf", _encoded(drawn[0], encoding), drawn)


# ------------------------------------------------------------------------------------ LDIF


def _ldif_value(attribute: str, value: str, draw) -> str:
    """`attribute: value`, or `attribute:: base64` (RFC 2849: needed for non-ASCII, allowed
    always)."""
    if not value.isascii() and draw(st.booleans()) or draw(st.integers(0, 4)) == 0:
        return f"{attribute}:: {base64.b64encode(value.encode()).decode()}"
    return f"{attribute}: {value}"


@st.composite
def good_entry(draw, i: int):
    """(lines, (name, email)) of an entry whose person is known."""
    given_name, family = draw(st.sampled_from(WORDS)), draw(st.sampled_from(WORDS))
    name, email = f"{given_name} {family}", f"p{i}@example.com"
    attributes = [
        _ldif_value("dn", f"cn={name},mail={email},dc=example,dc=org", draw),
        *(["changetype: add"] if draw(st.booleans()) else []),
    ]
    others = [
        "objectclass: top",
        "objectclass: inetOrgPerson",
        _ldif_value(draw(st.sampled_from(["cn", "CN", "commonName", "cn;lang-en"])), name, draw),
        _ldif_value("givenName", given_name, draw),
        _ldif_value("sn", family, draw),
        _ldif_value(draw(st.sampled_from(["mail", "Mail", "rfc822Mailbox"])), email, draw),
    ]
    if draw(st.booleans()):  # binary values: a photo, a certificate (no UTF-8 text)
        blob = base64.b64encode(b"\xff\xd8" + draw(st.binary(max_size=90))).decode()
        others.append(f"jpegPhoto:: {blob}")
    if draw(st.booleans()):
        others.append("telephoneNumber: +49 30 1234567")
    order = draw(st.permutations(others))
    lines = []
    for line in [*attributes, *order]:
        lines += _fold(line, draw, 4, (" ",)) if draw(st.integers(0, 3)) == 0 else [line]
        if draw(st.integers(0, 9)) == 0:  # a comment inside the entry
            lines.append("# a comment")
    return lines, (name, email)


BROKEN_ENTRIES = {
    "bad base64": (["dn: cn=Bad,dc=x", "cn:: ***not base64***", "mail: bad@example.com"],
                   "ldif.unreadable"),
    "not an attribute": (["dn: cn=Broken,dc=x", "cn: Broken", "this line has no colon",
                          "mail: broken@example.com"], "ldif.unreadable"),
    "only a dn": (["dn: cn=Only,dc=x"], "ldif.unreadable"),
    "no mail": (["dn: cn=Ann Lee,dc=x", "cn: Ann Lee"], "email.empty"),
}  # fmt: skip
NO_ENTRIES = {
    "modify": (["dn: cn=a,dc=x", "changetype: modify", "replace: mail", "mail: a@example.org", "-"],
               "a change record (changetype: modify), not an entry"),
    "delete": (["dn: cn=b,dc=x", "changetype: delete"],
               "a change record (changetype: delete), not an entry"),
    "group": (["dn: cn=list,dc=x", "objectclass: groupOfNames", "cn: list",
               "member: cn=a,dc=x"], "a mailing list"),
}  # fmt: skip


@st.composite
def ldif_file(draw):
    """(text, expected records, expected skipped lines by reason) of a generated LDIF file."""
    kinds = st.one_of(
        st.just("good"),
        st.sampled_from(sorted(BROKEN_ENTRIES)),
        st.sampled_from(sorted(NO_ENTRIES)),
    )
    parts = draw(st.lists(kinds, min_size=1, max_size=10))
    end = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    lines: list[str] = []
    expected, skipped = [], Counter()
    if draw(st.booleans()):
        lines += ["# exported by a directory", "version: 1"]
        skipped["a comment"] += 1
        if draw(st.booleans()):  # the version line alone, or the first entry's first line
            lines.append("")
            skipped["blank"] += 1
            skipped["no attributes (a version line)"] += 1
    for i, part in enumerate(parts):
        first = len(lines) + 1
        if part == "good":
            written, person = draw(good_entry(i))
            expected.append((first, *person, None))
        elif part in BROKEN_ENTRIES:
            written, reason = BROKEN_ENTRIES[part]
            expected.append((first, "", "", reason))
        else:
            written, reason = NO_ENTRIES[part]
            skipped[reason] += len(written)
        if lines and lines[-1] == "version: 1" and part in NO_ENTRIES:
            skipped[reason] += 1  # the version line is the first block's
        skipped["a comment"] += written.count("# a comment")
        blanks = draw(st.integers(0, 2))
        lines += written + [""] * blanks
        skipped["blank"] += blanks
    return end.join(lines) + end, expected, +skipped


@SETTINGS
@given(ldif_file(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16-le"]))
def test_every_generated_entry_is_its_person_a_reject_on_its_dn_line_or_skipped(
    tmp_path, drawn, encoding
):
    text, expected, skipped = drawn
    path = tmp_path / "book.ldif"
    path.write_bytes(_encoded(text, encoding))
    found, lines, skipped_found = outcomes(path)
    assert found == expected
    assert lines == physical_lines(text)
    assert skipped_found == skipped


# ------------------------------------------------------------------------------- workbooks

JOINED = datetime.date(2024, 1, 15)


@st.composite
def sheet_table(draw):
    """(grid {(row, column): value}, merged cells [(row, column, width)], header row, people
    by line): a table of people anywhere on a sheet, under a title merged across it or not,
    empty rows among its rows, a merged header cell over two columns (Address: street and
    city), a number, a date and a formula's value beside the names; 0-based."""
    top, left = draw(st.integers(0, 3)), draw(st.integers(0, 2))
    extras = draw(st.permutations(["Phone", "Joined", "Score", "", "Address"]))
    header = draw(st.permutations(["Name", "Email", *extras[: draw(st.integers(0, 5))]]))
    if "Address" in header:  # over two columns: street, then city
        header.insert(header.index("Address") + 1, "City")
    grid: dict = {}
    merges = []
    for c, h in enumerate(header):
        if h == "Address":
            merges.append((top, left + c, 2))
        if h and h != "City":
            grid[(top, left + c)] = h
    if top and draw(st.booleans()):
        grid[(0, left)] = "Contacts export"
        merges.append((0, left, len(header)))
    people, row = {}, top + 1
    for i in range(draw(st.integers(1, 8))):
        row += draw(st.integers(0, 2))  # empty rows between
        name = f"{draw(st.sampled_from(WORDS))} {draw(st.sampled_from(WORDS))}"
        values = {"Name": name, "Email": f"p{i}@example.com", "Phone": "+44 20 7946 0958",
                  "Joined": JOINED, "Score": ("formula", i), "Address": f"{i} Main St",
                  "City": "Springfield"}  # fmt: skip
        for c, h in enumerate(header):
            if h:
                grid[(row, left + c)] = values[h]
        people[row + 1] = (name, f"p{i}@example.com")
        row += 1
    return grid, merges, top, people


def _as_text(value) -> str:
    if isinstance(value, tuple):  # a formula, its value cached
        return str(value[1] * 2)
    return value.isoformat() if isinstance(value, datetime.date) else str(value)


def _covered(merges) -> dict:
    """{(row, column): width} of each merged cell; 0 for the cells it covers."""
    cells = {}
    for r, c, width in merges:
        cells[(r, c)] = width
        cells.update({(r, c + k): 0 for k in range(1, width)})
    return cells


def write_csv(path, grid, merges) -> None:
    rows = max(r for r, _ in grid) + 1
    columns = max(c for _, c in grid) + 1
    lines = [[""] * columns for _ in range(rows)]
    for (r, c), value in grid.items():
        lines[r][c] = _as_text(value)
    path.write_text("\n".join(",".join(line).rstrip(",") for line in lines) + "\n")


def write_html(path, grid, merges, end_tags: bool) -> None:
    """An "Export to Excel" page; HTML lets `</td>` and `</tr>` out, so some writers do."""
    rows = max(r for r, _ in grid) + 1
    columns = max(c for _, c in grid) + 1
    spans = _covered(merges)
    out = ["<html><body><table>"]
    for r in range(rows):
        cells = []
        for c in range(columns):
            width = spans.get((r, c), 1)
            if width:
                text = _as_text(grid[(r, c)]) if (r, c) in grid else ""
                span = f" colspan={width}" if width > 1 else ""
                cells.append(f"<td{span}>{text}" + ("</td>" if end_tags else ""))
        out.append("<tr>" + "".join(cells) + ("</tr>" if end_tags else ""))
    path.write_text("\n".join([*out, "</table></body></html>"]))


def write_xlsx(path, grid, merges, notes: bool) -> None:
    workbook = xlsxwriter.Workbook(str(path))
    if notes:  # a sheet of no people first: the next one is read
        workbook.add_worksheet("Notes").write(0, 0, "Exported from the CRM on 2024-01-15")
    sheet = workbook.add_worksheet("People")
    dates = workbook.add_format({"num_format": "yyyy-mm-dd"})
    spans = _covered(merges)
    for (r, c), value in grid.items():
        if spans.get((r, c), 1) > 1:
            sheet.merge_range(r, c, r, c + spans[(r, c)] - 1, value)
        elif isinstance(value, tuple):
            sheet.write_formula(r, c, f"={value[1]}*2", None, value[1] * 2)
        elif isinstance(value, datetime.date):
            sheet.write_datetime(r, c, datetime.datetime(value.year, value.month, value.day), dates)
        else:
            sheet.write(r, c, value)
    workbook.close()


def write_xls(path, grid, merges, notes: bool) -> None:
    workbook = xlwt.Workbook()
    if notes:
        workbook.add_sheet("Notes").write(0, 0, "Exported from the CRM on 2024-01-15")
    sheet = workbook.add_sheet("People")
    dates = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    spans = _covered(merges)
    for (r, c), value in grid.items():
        if spans.get((r, c), 1) > 1:
            sheet.write_merge(r, r, c, c + spans[(r, c)] - 1, value)
        elif isinstance(value, tuple):
            sheet.write(r, c, value[1] * 2)  # xlwt keeps no formula's value
        elif isinstance(value, datetime.date):
            sheet.write(r, c, value, dates)
        else:
            sheet.write(r, c, value)
    workbook.save(str(path))


def write_ods(path, grid, merges, notes: bool) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    if notes:
        table = Table(name="Notes")
        row = TableRow()
        cell = TableCell(valuetype="string")
        cell.addElement(P(text="Exported from the CRM on 2024-01-15"))
        row.addElement(cell)
        table.addElement(row)
        document.spreadsheet.addElement(table)
    table = Table(name="People")
    spans = _covered(merges)
    for r in range(max(r for r, _ in grid) + 1):
        row = TableRow()
        last = max((c for rr, c in [*grid, *spans] if rr == r), default=-1)
        for c in range(last + 1):
            value = grid.get((r, c))
            if spans.get((r, c)) == 0:
                row.addElement(CoveredTableCell())
                continue
            if value is None:
                cell = TableCell()
            elif isinstance(value, tuple):
                cell = TableCell(valuetype="float", value=value[1] * 2, formula=f"of:={value[1]}*2")
            elif isinstance(value, datetime.date):
                cell = TableCell(valuetype="date", datevalue=value.isoformat())
            else:
                cell = TableCell(valuetype="string")
            if spans.get((r, c), 1) > 1:
                cell.setAttribute("numbercolumnsspanned", spans[(r, c)])
            if value is not None:
                cell.addElement(P(text=_as_text(value)))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(path))


def rows_of(path, **options):
    """(line, fields, name, email, reason) of every row, the lines counted."""
    found = []
    with open_people(str(path), **options) as people:
        for row in people.rows():
            verdict = validate(row)
            ok = isinstance(verdict, Person)
            found.append((row.line, [f for f in row.fields],
                          verdict.full_name if ok else "", verdict.email if ok else "",
                          None if ok else verdict.code))  # fmt: skip
        return found, people.header_line


@SETTINGS
@given(sheet_table(), st.booleans(), st.booleans())
def test_one_table_in_every_workbook_format_gives_the_same_rows_on_the_same_lines(
    tmp_path, drawn, notes, end_tags
):
    """The same sheet as CSV, an HTML table named .xls, .xlsx (both readers), .xls and .ods:
    the same header line, the same rows on the same lines, the same people, each person the
    one written on that row."""
    grid, merges, top, people = drawn
    results = {}
    write_csv(tmp_path / "t.csv", grid, merges)
    results["csv"] = rows_of(tmp_path / "t.csv")
    write_html(tmp_path / "t.xls", grid, merges, end_tags)
    results["html"] = rows_of(tmp_path / "t.xls")
    for name, writer in (("xlsx", write_xlsx), ("xls", write_xls), ("ods", write_ods)):
        path = tmp_path / f"book.{name}"
        writer(path, grid, merges, notes)
        results[name] = rows_of(path)
        if name == "xlsx":
            results["xlsx calamine"] = rows_of(path, fast_paths=False)
    reference = results["csv"]
    for name, result in results.items():
        assert result == reference, name
    found, header_line = reference
    assert header_line == top + 1
    assert {line: (n, e) for line, _, n, e, code in found if code is None} == people


# ---------------------------------------------------------------------- metamorphic tests


def _people(found) -> list[tuple[str, str]]:
    return [(name, email) for _, name, email, code in found if code is None]


@SETTINGS
@given(
    st.data(),
    st.integers(1, 6),
    st.sampled_from(sorted(BROKEN_CARDS)),
    st.sampled_from(["\r\n", "\n", "\r"]),
)
def test_a_broken_card_among_good_ones_changes_no_other_person(tmp_path, data, count, broken, end):
    cards = [data.draw(good_card(i))[0] for i in range(count)]
    at = data.draw(st.integers(0, count))
    path = tmp_path / "cards.vcf"
    path.write_text(end.join(line for c in cards for line in c) + end, newline="")
    before, _, _ = outcomes(path)
    lines, reason = BROKEN_CARDS[broken]
    spoiled = [*cards[:at], lines, *cards[at:]]
    path.write_text(end.join(line for c in spoiled for line in c) + end, newline="")
    after, counted, _ = outcomes(path)
    assert _people(after) == _people(before)
    first = 1 + sum(len(c) for c in cards[:at])
    assert (first, "", "", reason) in after
    assert counted == sum(map(len, spoiled))


@SETTINGS
@given(
    st.data(),
    st.integers(1, 6),
    st.sampled_from(sorted(BROKEN_ENTRIES)),
    st.sampled_from(["\r\n", "\n"]),
    st.integers(0, 1),
)
def test_a_broken_entry_among_good_ones_changes_no_other_person(
    tmp_path, data, count, broken, end, blank
):
    entries = [data.draw(good_entry(i))[0] + [""] * blank for i in range(count)]
    at = data.draw(st.integers(0, count))
    path = tmp_path / "book.ldif"
    path.write_text(end.join(line for e in entries for line in e) + end, newline="")
    before, _, _ = outcomes(path)
    lines, reason = BROKEN_ENTRIES[broken]
    spoiled = [*entries[:at], lines + [""] * blank, *entries[at:]]
    path.write_text(end.join(line for e in spoiled for line in e) + end, newline="")
    after, counted, _ = outcomes(path)
    assert _people(after) == _people(before)
    first = 1 + sum(len(e) for e in entries[:at])
    assert (first, "", "", reason) in after
    assert counted == sum(map(len, spoiled))


# Titles an exporter wrote first, a stray END:VCARD: lines of no record before the first,
# as many as an address book's title block has (more than three were a refused CSV).
STRAY_FIRST = st.lists(
    st.sampled_from(
        ["END:VCARD", "Contacts exported by Phone", "Adressbuch", "-----", "Family, friends",
         "Exported 2026-12-07 10:30", "Kontakte | Privat", "=============="]
    ),
    min_size=1,
    max_size=12,
)  # fmt: skip


def _one_table(lines: list[str]) -> bool:
    """Lines a reader takes for a table's rows: the same count, above none, of a delimiter."""
    return any(len({line.count(d) for line in lines}) == 1 and d in lines[0] for d in ",;\t|")


@SETTINGS
@given(st.data(), st.integers(1, 5), STRAY_FIRST, st.sampled_from(["\r\n", "\n"]))
def test_stray_lines_before_the_first_card_are_skipped_and_every_card_read(
    tmp_path, data, count, stray, end
):
    """A vCard file was told by its first line only: one stray line first made the whole
    file a CSV, refused (`no email column`). Now every card is read and each stray line is
    skipped as outside a card."""
    cards = [data.draw(good_card(i)) for i in range(count)]
    lines = [line.replace("END:VCARD", "Contacts") for line in stray]  # an END alone is one
    assume(len(lines) <= 3 or not _one_table(lines))
    path = tmp_path / "cards.vcf"
    written = lines + [line for card, _ in cards for line in card]
    path.write_text(end.join(written) + end, encoding="utf-8", newline="")
    found, counted, skipped = outcomes(path)
    firsts = [len(lines) + 1 + sum(len(c) for c, _ in cards[:k]) for k in range(count)]
    assert found == [(at, *person, None) for at, (_, person) in zip(firsts, cards, strict=True)]
    assert skipped == Counter({"outside a card": len(lines)})
    assert counted == len(written)


def test_a_card_folded_inside_its_property_names_after_a_title_is_read(tmp_path):
    """RFC 6350 folds at any octet: `N` then ` :Ann;Ann;;;` is one content line. Counted as
    two lines of no content line, the card behind a title and a stray END:VCARD was not
    three in four content lines: the file was a CSV, refused `no email column` (found by
    the stray-lines hypothesis test)."""
    path = tmp_path / "cards.vcf"
    path.write_bytes(
        b"Contacts\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN\r\n :Ann;Ann;;;\r\n"
        b"E\r\n MAIL:p0@example.com\r\nEND:VCARD\r\n"
    )
    found, counted, skipped = outcomes(path)
    assert found == [(3, "Ann Ann", "p0@example.com", None)]
    assert skipped == Counter({"outside a card": 2}) and counted == 9


@SETTINGS
@given(st.data(), st.integers(1, 5), STRAY_FIRST, st.booleans())
def test_stray_lines_before_the_first_entry_are_skipped_and_every_entry_read(
    tmp_path, data, count, stray, blank
):
    """LDIF alike: lines of no `attr:` first (alone, or right before the first dn: line)
    are outside an entry, skipped; they made the file a CSV, or the first entry unreadable."""
    entries = [data.draw(good_entry(i)) for i in range(count)]
    lines = [line for line in stray if line != "END:VCARD"] or ["Adressbuch"]
    assume(len(lines) <= 3 or not _one_table(lines))
    head = lines + ([""] if blank else [])
    written = head + [line for entry, _ in entries for line in [*entry, ""]]
    path = tmp_path / "book.ldif"
    path.write_text("\n".join(written) + "\n", encoding="utf-8")
    found, counted, skipped = outcomes(path)
    firsts = [len(head) + 1 + sum(len(e) + 1 for e, _ in entries[:k]) for k in range(count)]
    assert found == [(at, *person, None) for at, (_, person) in zip(firsts, entries, strict=True)]
    comments = sum(line.startswith("#") for line in written)
    assert +skipped == +Counter(
        {"outside an entry": len(lines), "blank": count + blank, "a comment": comments}
    )
    assert counted == len(written)


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), min_size=4, max_size=8), st.sampled_from([",", ";"]))
def test_a_table_with_a_vcard_or_ldif_word_in_its_first_cells_is_still_a_table(
    tmp_path, names, delimiter
):
    """The records' words can start a table's lines too (a cell `BEGIN:VCARD`, `dn: x`):
    the file is a table unless, from its first record on, three in four lines are the
    format's content lines (kinds.py)."""
    rows = [f"Name{delimiter}Email"]
    rows += [f"{name}{delimiter}p{i}@example.com" for i, name in enumerate(names)]
    rows.insert(2, f"BEGIN:VCARD{delimiter}x@example.com")
    rows.insert(2, f"dn: cn=x{delimiter}y@example.com")
    path = tmp_path / "people.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    found, _, _ = outcomes(path)
    assert [email for _, _, email, _ in found if email] == [
        "p0@example.com", "y@example.com", "x@example.com",
        *(f"p{i}@example.com" for i in range(1, len(names))),
    ]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), min_size=4, max_size=20), st.sampled_from([",", ";", "\t"]))
def test_a_table_whose_last_cell_holds_a_card_on_lines_of_its_own_is_still_a_table(
    tmp_path, names, delimiter
):
    """A card in a quoted cell, from a line of its own, after the table's rows: from its
    BEGIN:VCARD on the lines are a card's, but the lines before it are one table's rows
    (kinds.py), so the file stays a table and every row is read."""
    rows = [f"Name{delimiter}Email{delimiter}Card"]
    rows += [f"{name}{delimiter}p{i}@example.com{delimiter}" for i, name in enumerate(names)]
    rows[-1] += '"\nBEGIN:VCARD\nVERSION:3.0\nFN:Card\nEMAIL:card@example.com\nEND:VCARD"'
    path = tmp_path / "people.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    found, _, _ = outcomes(path)
    assert [email for _, _, email, _ in found] == [f"p{i}@example.com" for i in range(len(names))]


# ------------------------------------------------------------------ examples of the fixes


@pytest.mark.parametrize(
    "name, document, bom, encoding, second, lines",
    [
        ("joined.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{0}\r\nEMAIL:{1}\r\nEND:VCARD\r\n",
         codecs.BOM_UTF8, "utf-8", 6, 10),
        ("joined.ldif", "dn: cn={0}\ncn: {0}\nmail: {1}\n", codecs.BOM_UTF16_LE, "utf-16-le", 4, 6),
    ],
)  # fmt: skip
def test_two_exports_joined_each_with_its_byte_order_mark_are_read_whole(
    tmp_path, name, document, bom, encoding, second, lines
):
    """`cat a.vcf b.vcf`: the second file's BOM hid its first BEGIN:VCARD, and the card was
    skipped as lines outside a card; the same for an LDIF file's first dn: line."""
    path = tmp_path / name
    people = [("Ann Lee", "ann@example.com"), ("Bob Roe", "bob@example.com")]
    path.write_bytes(b"".join(bom + document.format(*person).encode(encoding) for person in people))
    found, counted, _ = outcomes(path)
    assert found == [(1, *people[0], None), (second, *people[1], None)]
    assert counted == lines


def test_an_entry_whose_dn_the_dn_grammar_refuses_is_read(tmp_path):
    """No person is read from the dn: a comma not escaped, a dn of no attribute=value, a
    `DN:` in capitals or a `dn::` of broken base64 made the whole entry ldif.unreadable."""
    path = tmp_path / "book.ldif"
    path.write_text(
        "dn: cn=Lee, Ann,mail=ann@example.com\ncn: Lee, Ann\nmail: ann@example.com\n\n"
        "dn: Bob Roe\ncn: Bob Roe\nmail: bob@example.com\n\n"
        "DN: cn=Cy Doe,dc=example,dc=org\ncn: Cy Doe\nmail: cy@example.com\n\n"
        "dn:: ***\n cont\ncn: Di Poe\nmail: di@example.com\n"
    )
    found, lines, _ = outcomes(path)
    assert found == [
        (1, "Lee, Ann", "ann@example.com", None),
        (5, "Bob Roe", "bob@example.com", None),
        (9, "Cy Doe", "cy@example.com", None),
        (13, "Di Poe", "di@example.com", None),
    ]
    assert lines == 16


def test_html_cells_without_end_tags_keep_their_spans(tmp_path):
    """HTML lets `</td>`, `</th>` and `</tr>` out; a cell so written lost its colspan and
    rowspan, and the columns after it moved from under their header."""
    path = tmp_path / "export.xls"
    path.write_text(
        "<table><tr><th rowspan=2>E-mail<th colspan=2>Navn<th rowspan=2>Firma"
        "<tr><th>Fornavn<th>Efternavn"
        "<tr><td>ann@example.com<td>Ann<td>Lee<td>Acme"
        "<tr><td>bob@example.com<td>Bob<td>Roe<td>Initech</table>"
    )
    found, lines, _ = outcomes(path)
    assert found == [
        (3, "Ann Lee", "ann@example.com", None),
        (4, "Bob Roe", "bob@example.com", None),
    ]
    assert lines == 4


def test_an_html_cell_in_no_row_is_a_row_of_its_own(tmp_path):
    """`<td>` with no `<tr>` before it (after a `</tr>`, or first in the table): the HTML
    Standard's parser opens a row for it; it was left out, its person lost unsaid."""
    path = tmp_path / "export.xls"
    path.write_text("<table><tr><th>Name<th>Email</tr><td>Ann Lee<td>ann@example.com</table>")
    found, lines, _ = outcomes(path)
    assert found == [(2, "Ann Lee", "ann@example.com", None)]
    assert lines == 2


def test_an_html_page_is_decoded_whole_before_its_first_row(tmp_path):
    """A byte its charset can't read past the rows read ahead ended the import after the
    rows before it were enqueued (exit 1); now it is refused before any row is read."""
    import pytest

    from csv_import.errors import InputError

    rows = "".join(f"<tr><td>Person {i}</td><td>p{i}@example.com</td></tr>" for i in range(5000))
    head = "<html><head><meta charset=utf-8></head><table><tr><th>Name</th><th>Email</th></tr>"
    path = tmp_path / "export.xls"
    path.write_bytes((head + rows).encode() + b"<tr><td>Jos\xe9</td><td>j@x.com</td></tr></table>")
    with pytest.raises(InputError, match="not readable as utf-8"):
        open_people(str(path))


def test_a_cards_base64_values_are_their_text_and_a_fold_of_one_space_a_fold(tmp_path):
    """An N in base64 was stored as its base64 letters, a TEL or TITLE as `b'...'`; a fold
    whose continuation is the value's one space made the card unreadable."""
    path = tmp_path / "cards.vcf"
    n, tel = base64.b64encode(b"Lee;Ann;;;").decode(), base64.b64encode(b"+4930123456").decode()
    path.write_text(
        f"BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=BASE64:{n}\r\nTEL;ENCODING=BASE64:{tel}\r\n"
        "TITLE;ENCODING=b:Q1RP\r\nEMAIL:ann@example.com\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Björk\r\n  \r\n Ann\r\nEMAIL:b@example.com\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN;ENCODING=b;CHARSET=utf-8:/w==\r\nEMAIL:c@example.com\r\n"
        "END:VCARD\r\n",
        newline="",
    )
    with open_people(str(path)) as people:
        rows = [
            (r.line, r.full_name, r.email, r.phone, r.job_title, r.error) for r in people.rows()
        ]
    assert rows == [
        (1, "Ann Lee", "ann@example.com", "+4930123456", "CTO", None),
        (8, "Björk Ann", "b@example.com", "", "", None),
        (15, "", "", "", "", "vcard.unreadable"),  # \xff is no UTF-8
    ]


def test_ldif_base64_is_strict_a_line_of_spaces_is_a_fold_and_cr_files_are_told(tmp_path):
    path = tmp_path / "book.ldif"
    path.write_bytes(
        b"# Exported\r# folded\r  comment\rversion: 1\r\r"
        b"dn: cn=a\rcn:: @@@\rmail: a@example.com\r\r"
        b"dn: cn=b\rcn: Bob Roe\rjpegPhoto::\r  \r /9g=\rmail: b@example.com\r"
    )
    found, lines, skipped = outcomes(path)
    assert found == [(6, "", "", "ldif.unreadable"), (10, "Bob Roe", "b@example.com", None)]
    assert lines == 15


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.text(st.sampled_from(" \t\nab"), max_size=6),
            st.sampled_from(["ann@example.com", "Ann Lee", " "]),
            st.text(st.sampled_from(" \t\nxy"), max_size=6),
        ),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),
)
def test_shared_strings_with_outer_spaces_read_alike_both_ways(tmp_path, cells, preserve):
    """A writer that leaves out xml:space="preserve" (Excel writes it for text with outer
    spaces): Excel and calamine trim each run's text, and so does the streaming reader, for
    shared strings as for inline ones; before, `<t> Ann</t>` kept its space with FAST_PATHS."""
    import re
    import zipfile

    from csv_import.reading.workbooks import CalamineSheet
    from csv_import.reading.xlsx_stream import XlsxSheet

    path = tmp_path / "spaces.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("People")
    for row, (before, text, after) in enumerate(cells):
        sheet.write_string(row, 0, before + text + after)
    workbook.close()
    if not preserve:
        with zipfile.ZipFile(path) as archive:
            parts = {info: archive.read(info) for info in archive.infolist()}
        with zipfile.ZipFile(path, "w") as archive:
            for info, data in parts.items():
                archive.writestr(info, re.sub(rb' xml:space="preserve"', b"", data))
    streaming = [(r.line, r.fields) for r in XlsxSheet(str(path))]
    calamine = CalamineSheet(str(path), "xlsx")
    try:
        assert streaming == [(r.line, r.fields) for r in calamine]
    finally:
        calamine.close()


def _unknown_encoding(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return True
    return False


@SETTINGS
@given(
    st.sampled_from(
        [
            "xl/workbook.xml",
            "xl/sharedStrings.xml",
            "xl/worksheets/sheet1.xml",
            "xl/styles.xml",
            "xl/_rels/workbook.xml.rels",
            "content.xml",
            "spreadsheet 2003",
        ]
    ),  # fmt: skip
    st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,10}", fullmatch=True).filter(_unknown_encoding),
)
def test_an_xml_part_in_an_unknown_encoding_is_one_line_not_a_traceback(tmp_path, part, name):
    """expat raises LookupError, not an ExpatError, for `<?xml ... encoding="UTF38"?>`: any
    workbook part (or an XML Spreadsheet 2003) so damaged ended the CLI with a traceback."""
    import zipfile

    import pytest

    from csv_import.errors import InputError

    declaration = f'<?xml version="1.0" encoding="{name}"?>'.encode()
    if part == "spreadsheet 2003":
        path = tmp_path / "book.xml"
        path.write_bytes(
            declaration + b'<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
            b"<Worksheet><Table><Row><Cell><Data>Name</Data></Cell></Row></Table></Worksheet>"
            b"</Workbook>"
        )
    else:
        grid = {(0, 0): "Name", (0, 1): "Email", (1, 0): "Ann Lee", (1, 1): "ann@example.com"}
        path = tmp_path / ("book.ods" if part == "content.xml" else "book.xlsx")
        (write_ods if part == "content.xml" else write_xlsx)(path, grid, [], False)
        with zipfile.ZipFile(path) as archive:
            parts = {info: archive.read(info) for info in archive.infolist()}
        with zipfile.ZipFile(path, "w") as archive:
            for info, data in parts.items():
                if info.filename == part:
                    data = (
                        declaration + data.split(b"?>", 1)[1]
                        if data.startswith(b"<?xml")
                        else declaration + data
                    )
                archive.writestr(info, data)
    with pytest.raises(InputError, match="encoding"), open_people(str(path)) as people:
        list(people.rows())


# ------------------------------------------------------------- one field a line (vertical)


@SETTINGS
@given(
    st.data(),
    st.integers(2, 8),
    st.sampled_from(['Note,"never closed', "x,y,z", "Exported by FormBuilder"]),
    st.booleans(),
    st.sampled_from(["\n", "\r\n"]),
)
def test_a_broken_line_among_blocks_of_one_field_a_line_costs_no_other_person(
    tmp_path, data, count, broken, blank, end
):
    """A form builder's "one field per row" export, a block a person: one line that is no
    label and its value (a quote never closed, a line of three cells, a note) made the file
    a table, every person lost and addresses stored under the name `Email`."""
    labels = data.draw(st.permutations(["Full Name", "Email", "Phone"]))
    blocks, people = [], []
    for i in range(count):
        name = f"{data.draw(st.sampled_from(WORDS))} {data.draw(st.sampled_from(WORDS))}"
        values = {"Full Name": name, "Email": f"p{i}@example.com", "Phone": "+44 20 7946 0958"}
        blocks.append([f"{label},{values[label]}" for label in labels] + ([""] if blank else []))
        people.append((name, f"p{i}@example.com"))
    at = data.draw(st.integers(1, count))  # after a block: the first one sets the labels
    path = tmp_path / "submissions.csv"
    path.write_text(end.join(line for b in blocks for line in b) + end, newline="")
    before, _, _ = outcomes(path)
    assert _people(before) == people
    spoiled = [*blocks[:at], [broken] + ([""] if blank else []), *blocks[at:]]
    path.write_text(end.join(line for b in spoiled for line in b) + end, newline="")
    after, counted, _ = outcomes(path)
    assert _people(after) == people
    line = 1 + sum(map(len, blocks[:at]))
    rejected = [(n, code) for n, _, _, code in after if code is not None]
    if "Exported" in broken:  # a note of one cell: a reject on its line, or a skipped line
        assert {n for n, _ in rejected} <= {line}
    else:
        code = "row.unclosed_quote" if '"' in broken else "email.missing_at"
        assert rejected == [(line, code)]
    assert counted == sum(map(len, spoiled))


@SETTINGS
@given(
    st.sampled_from(["Name", "Full name", "Display Name"]),
    st.sampled_from(["Email", "E-mail", "Mail"]),
    st.lists(
        st.tuples(st.sampled_from(["Lee", "A", "MAIL", "Email", "Phone"]), st.sampled_from(WORDS)),
        min_size=3,
        max_size=10,
    ),
)
def test_a_table_of_names_and_addresses_whose_names_repeat_is_no_file_of_one_field_a_line(
    tmp_path, name_header, email_header, names
):
    """`Name,Email` then `"Lee, Ann",p0@…`, `"Ray, MAIL",p1@…`, `"Lee, Ann",p2@…`: two
    cells a line, first cells repeating, one holding an email word. A generated test of
    turned names read it as one field a line: the names lost, the first stored as `Email`."""
    path = tmp_path / "people.csv"
    lines = [f"{name_header},{email_header}"]
    lines += [f'"{family}, {given}",p{n}@example.org' for n, (family, given) in enumerate(names)]
    path.write_text("\r\n".join(lines) + "\r\n", newline="")
    found, counted, _ = outcomes(path)
    assert [(line, email) for line, _, email, _ in found] == [
        (n + 2, f"p{n}@example.org") for n in range(len(names))
    ]
    assert all(
        family in name and given in name
        for (_, name, _, _), (family, given) in zip(found, names, strict=True)
    )
    assert counted == len(lines)
