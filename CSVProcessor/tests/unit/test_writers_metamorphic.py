"""The same people through writer variations the corpus lacks give the same people.

tests/exports/writers.py writes fixed people through each product's writer; here
hypothesis draws the people (accents, apostrophes, commas, quotes, CJK, right-to-left
letters, emoji, emails in mixed case, a phone and a company or not) and one variation
of how a file is written: a BOM and CRLF or LF and none, Excel's `sep=` line, decimal
commas in another column, UTF-16 either way round, a NUL, Ctrl-Z or empty lines at the
end, quoted newlines and doubled quotes, a delimiter ending every line, a header in
another case, spacing, order or language, empty columns, a legacy code page the names
fit, .xlsx by openpyxl and by xlsxwriter, vCard 3.0 and 4.0. Each must give exactly
the (name, email, phone, company) people, in order, of the plain UTF-8 comma CSV.
"""

import base64
import codecs
import html
import io
import os
import tempfile
from pathlib import Path

import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csv_import.errors import InputError
from csv_import.reading import open_people
from csv_import.reading.vocabulary import FAMILY_FIRST
from csv_import.rows import Person
from csv_import.validation import validate
from CSVProcessor.tests.exports.builders import csv_text, ods_bytes, xls_bytes, xlsx_bytes

# METAMORPHIC_EXAMPLES=300 for a longer hunt; the default keeps the file under a minute.
SETTINGS = settings(
    max_examples=int(os.environ.get("METAMORPHIC_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Name words, each meant as written: accents, apostrophes, quotes, CJK, RTL, emoji.
WORDS = [
    "Zoë", "José", "Müller", "O'Neil", "d'Arc", "Núñez", "Łukasz", "Иван", "Σοφία",
    "Ngọc", '"Bob"', "王", "小明", "山田", "محمد", "דוד", "Joy😀", "Anne-Marie", "Ann",
    "Smith,", "Jr.", "García,", "Lee;", "O’Brien", "Ünal",
]  # fmt: skip
COMPANIES = ["Acme, Inc.", "Müller & Söhne GmbH", "O'Reilly", 'The "Best" Co', "株式会社テスト"]
PHONES = ["+44 20 7946 0958", "030 1234567", "(555) 123-4567", "+81 3-1234-5678"]
HEADER = ("Name", "Email", "Phone", "Company")


@st.composite
def people(draw, words=WORDS) -> list[tuple[str, str, str, str]]:
    """(name, email, phone, company) rows; emails distinct, in mixed case."""
    count = draw(st.integers(1, 8))
    found = []
    for n in range(count):
        parts = draw(st.lists(st.sampled_from(words), min_size=1, max_size=3))
        name = " ".join(parts)
        local = "".join(c.upper() if draw(st.booleans()) else c for c in f"person.{n}")
        domain = draw(st.sampled_from(["Example.COM", "example.org", "MAIL.Example.de"]))
        phone = draw(st.sampled_from(["", *PHONES]))
        company = draw(st.sampled_from(["", *COMPANIES]))
        found.append((name, f"{local}@{domain}", phone, company))
    return found


def read(data: bytes, suffix: str = ".csv", **options) -> list[tuple]:
    """(name, email, phone, company) of every person, or the reason of a reject, in order."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"people{suffix}"
        path.write_bytes(data)
        found: list[tuple] = []
        with open_people(str(path), **options) as opened:
            for row in opened.rows():
                verdict = validate(row)
                if isinstance(verdict, Person):
                    found.append((verdict.full_name, verdict.email, verdict.phone, verdict.company))
                else:
                    found.append(("rejected", verdict.code))
        return found


def plain(rows) -> bytes:
    return csv_text([HEADER, *rows]).encode()


# ----------------------------------------------------------------------- the variations


def text(rows, header=HEADER, **how) -> str:
    return csv_text([header, *rows], **how)


def excel_utf8(rows):  # Excel's "CSV UTF-8": a BOM, CRLF
    return codecs.BOM_UTF8 + text(rows).encode()


def libreoffice(rows):  # LibreOffice's default: LF, no BOM
    return text(rows, line_end="\n").encode()


def sep_line(rows):  # Excel's first line naming the delimiter
    return ("sep=;\r\n" + text(rows, delimiter=";")).encode()


def decimal_commas(rows):  # a European sheet: semicolons, an amount with a decimal comma
    header = (*HEADER, "Amount")
    table = [(*r, f"{n + 1},50") for n, r in enumerate(rows)]
    return text(table, header=header, delimiter=";").encode("utf-8")


def unicode_text(rows):  # Excel's "Unicode Text": UTF-16LE with its BOM, tabs
    return codecs.BOM_UTF16_LE + text(rows, delimiter="\t").encode("utf-16-le")


def utf16be(rows):
    return codecs.BOM_UTF16_BE + text(rows, delimiter="\t").encode("utf-16-be")


def trailing_nul(rows):
    return codecs.BOM_UTF8 + text(rows).encode() + b"\x00"


def trailing_blank_lines(rows):
    return text(rows).encode() + b"\r\n\r\n\r\n"


def ctrl_z(rows):  # DOS's end-of-file mark
    return text(rows).encode() + b"\x1a"


def quoted_newlines(rows):  # a notes column whose cells hold CR, LF, CRLF and quotes
    header = (*HEADER, "Notes")
    ends = ["\r", "\n", "\r\n"]
    table = [(*r, f'say "hi"{ends[n % 3]}again') for n, r in enumerate(rows)]
    return text(table, header=header).encode()


def quote_all(rows):
    return text(rows, quote_all=True).encode()


def trailing_delimiter(rows):
    return "".join(line + ",\r\n" for line in text(rows).split("\r\n")[:-1]).encode()


def header_case_and_spaces(rows):
    header = tuple(f"  {h.upper()} " for h in HEADER)
    return text(rows, header=header).encode()


def empty_columns(rows):
    header = ("", HEADER[0], HEADER[1], "", HEADER[2], HEADER[3], "")
    table = [("", r[0], r[1], "", r[2], r[3], "") for r in rows]
    return text(table, header=header).encode()


def reordered(rows):
    order = (3, 1, 2, 0)
    return text(
        [tuple(r[k] for k in order) for r in rows], header=tuple(HEADER[k] for k in order)
    ).encode()


def xlsx_openpyxl(rows):
    return xlsx_bytes([HEADER, *rows])


def xlsx_xlsxwriter(rows):
    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_numbers": False})
    sheet = workbook.add_worksheet("People")
    for number, record in enumerate([HEADER, *rows]):
        for column, value in enumerate(record):
            sheet.write_string(number, column, value)
    workbook.close()
    return out.getvalue()


def xls_xlwt(rows):
    return xls_bytes([("People", [HEADER, *rows])])


def ods_odfpy(rows):
    return ods_bytes([("People", [HEADER, *rows])])


def html_table(rows):  # a web application's "Export to Excel": an HTML table named .xls
    cells = [[f"<th>{html.escape(h)}</th>" for h in HEADER]]
    cells += [[f"<td>{html.escape(v)}</td>" for v in r] for r in rows]
    body = "\n".join("<tr>" + "".join(c) + "</tr>" for c in cells)
    page = f'<html><head><meta charset="utf-8"></head><body><table>\n{body}\n</table></body></html>'
    return page.encode()


def xml_spreadsheet(rows):  # Excel's XML Spreadsheet 2003
    def row(values):
        return (
            "<Row>"
            + "".join(
                f'<Cell><Data ss:Type="String">{html.escape(v)}</Data></Cell>' for v in values
            )
            + "</Row>\n"
        )

    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n'
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
        '<Worksheet ss:Name="People"><Table>\n'
        + "".join(row(r) for r in [HEADER, *rows])
        + "</Table></Worksheet></Workbook>\n"
    ).encode()


def _escape(value: str) -> str:  # RFC 6350 3.4
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def vcard(version: str):
    def write(rows):
        lines = []
        for name, email, phone, company in rows:
            lines += ["BEGIN:VCARD", f"VERSION:{version}", f"FN:{_escape(name)}", "N:;;;;"]
            lines.append(f"EMAIL;TYPE=INTERNET:{email}" if version == "3.0" else f"EMAIL:{email}")
            if phone:
                lines.append(
                    f"TEL;TYPE=CELL:{phone}" if version == "3.0" else f"TEL;VALUE=text:{phone}"
                )
            if company:
                lines.append(f"ORG:{_escape(company)}")
            lines.append("END:VCARD")
        return ("\r\n".join(lines) + "\r\n").encode()

    return write


def vcard_21(rows):  # 2.1: quoted-printable UTF-8, as old phones and Outlook write
    def qp(value: str) -> str:
        return "".join(c if c.isalnum() and c.isascii() else "".join(
            f"={b:02X}" for b in c.encode()) for c in value)  # fmt: skip

    lines = []
    for name, email, phone, company in rows:
        lines += ["BEGIN:VCARD", "VERSION:2.1",
                  f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(_escape(name))}",
                  f"EMAIL;PREF;INTERNET:{email}"]  # fmt: skip
        if phone:
            lines.append(f"TEL;CELL:{phone}")
        if company:
            lines.append(f"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(_escape(company))}")
        lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode()


def ldif(rows):  # RFC 2849: a value not safe as written is base64 (`::`)
    def attribute(kind: str, value: str) -> str:
        safe = value.isascii() and not value.startswith((" ", ":", "<")) and value.isprintable()
        if safe:
            return f"{kind}: {value}"
        return f"{kind}:: {base64.b64encode(value.encode()).decode()}"

    lines = []
    for n, (name, email, phone, company) in enumerate(rows):
        lines += [f"dn: uid=p{n},dc=example,dc=com", "objectClass: inetOrgPerson",
                  attribute("cn", name), attribute("mail", email)]  # fmt: skip
        if phone:
            lines.append(attribute("telephoneNumber", phone))
        if company:
            lines.append(attribute("o", company))
        lines.append("")
    return "\n".join(lines).encode()


# The header in other languages, from words/<lang>.json: full name, email, phone, company.
LANGUAGES = {
    "de": ("Vollständiger Name", "E-Mail-Adresse", "Telefon", "Firma"),
    "fr": ("Nom complet", "Adresse e-mail", "Téléphone", "Société"),
    "es": ("Nombre completo", "Correo electrónico", "Teléfono", "Empresa"),
    "pt": ("Nome completo", "E-mail", "Telefone", "Empresa"),
    "it": ("Nome e cognome", "E-mail", "Telefono", "Azienda"),
    "nl": ("Volledige naam", "E-mailadres", "Telefoonnummer", "Bedrijf"),
    "pl": ("Imię i nazwisko", "Adres e-mail", "Telefon", "Firma"),
    "ja": ("氏名", "メールアドレス", "電話番号", "会社名"),
    "zh": ("全名", "电子邮件", "电话", "公司"),
    "ru": ("Полное имя", "Адрес электронной почты", "Телефон", "Компания"),
}


def in_language(language: str):
    return lambda rows: text(rows, header=LANGUAGES[language]).encode()


VARIATIONS = {
    "excel-utf8-bom-crlf": (excel_utf8, ".csv"),
    "libreoffice-lf": (libreoffice, ".csv"),
    "sep-line": (sep_line, ".csv"),
    "semicolon-decimal-commas": (decimal_commas, ".csv"),
    "unicode-text-utf16le": (unicode_text, ".txt"),
    "utf16be-bom": (utf16be, ".csv"),
    "bom-trailing-nul": (trailing_nul, ".csv"),
    "trailing-blank-lines": (trailing_blank_lines, ".csv"),
    "ctrl-z": (ctrl_z, ".csv"),
    "quoted-newlines": (quoted_newlines, ".csv"),
    "quote-all": (quote_all, ".csv"),
    "trailing-delimiter": (trailing_delimiter, ".csv"),
    "header-case-spaces": (header_case_and_spaces, ".csv"),
    "empty-columns": (empty_columns, ".csv"),
    "reordered": (reordered, ".csv"),
    "xlsx-openpyxl": (xlsx_openpyxl, ".xlsx"),
    "xlsx-xlsxwriter": (xlsx_xlsxwriter, ".xlsx"),
    "xls-xlwt": (xls_xlwt, ".xls"),
    "ods-odfpy": (ods_odfpy, ".ods"),
    "html-table": (html_table, ".xls"),
    "xml-spreadsheet-2003": (xml_spreadsheet, ".xml"),
    "vcard-2.1": (vcard_21, ".vcf"),
    "ldif": (ldif, ".ldif"),
    "vcard-3.0": (vcard("3.0"), ".vcf"),
    "vcard-4.0": (vcard("4.0"), ".vcf"),
    **{f"header-{lang}": (in_language(lang), ".csv") for lang in LANGUAGES},
}


@SETTINGS
@given(rows=people(), variation=st.sampled_from(sorted(VARIATIONS)))
def test_a_variation_gives_the_plain_csvs_people(rows, variation):
    write, suffix = VARIATIONS[variation]
    expected = read(plain(rows))
    assert len(expected) == len(rows)
    if suffix in (".vcf", ".ldif"):
        # Left as it is (see test_corpus.py): a card's FN and an entry's cn are stored as
        # written, "Smith, Zoë" too; a CSV column of such names is turned (docs/columns.md).
        expected = [
            (row[0], *got[1:]) if "," in row[0] and got[0] != "rejected" else got
            for row, got in zip(rows, expected, strict=True)
        ]
    assert read(write(rows), suffix) == expected, variation


# Given and family name columns under each language's words: the same name as English's.
PARTS = {
    "en": ("First Name", "Last Name", "Email"),
    "de": ("Vorname", "Nachname", "E-Mail"),
    "fr": ("Prénom", "Nom de famille", "Adresse e-mail"),
    "es": ("Primer nombre", "Apellidos", "Correo electrónico"),
    "pt": ("Primeiro Nome", "Sobrenome", "E-mail"),
    "nl": ("Voornaam", "Achternaam", "E-mailadres"),
    "pl": ("Imię", "Nazwisko", "Adres e-mail"),
    "ja": ("名", "姓", "メールアドレス"),
    "zh": ("名字", "姓氏", "电子邮件"),
    "ru": ("Имя", "Фамилия", "Email"),
}
GIVEN = [w for w in WORDS if not w.endswith((",", ";"))]  # a part ends in no comma


@SETTINGS
@given(
    names=st.lists(
        st.tuples(st.sampled_from(GIVEN), st.sampled_from(GIVEN)), min_size=1, max_size=5
    ),
    language=st.sampled_from(sorted(PARTS)),
    family_first=st.booleans(),
)
def test_name_parts_under_another_languages_header_give_the_same_names(
    names, language, family_first
):
    rows = [(g, f, f"p{n}@example.com") for n, (g, f) in enumerate(names)]
    if language in FAMILY_FIRST:
        # Documented (docs/columns.md, "Order of the parts"): under Japanese or Chinese part
        # headers every name is stored family name first, a Latin one too; the English
        # header only turns a family name written in Han. A whole name gives that order.
        english = csv_text([("Name", "Email"), *((f"{f} {g}", e) for g, f, e in rows)])
    else:
        english = csv_text([PARTS["en"], *rows])
    header = PARTS[language]
    if family_first:  # the family name's column first, as Japanese and Chinese forms do
        header, rows = (header[1], header[0], header[2]), [(f, g, e) for g, f, e in rows]
    assert read(csv_text([header, *rows]).encode()) == read(english.encode()), language


# Every axis at once: the encoding and its BOM, the delimiter and Excel's `sep=` line, line
# ends, quoting, a delimiter ending each line, the header's case, spacing, language and
# order, empty and extra columns, and what a writer leaves at the end.
ENCODINGS = {
    "utf-8": ("utf-8", b""),
    "utf-8-bom": ("utf-8", codecs.BOM_UTF8),
    "utf-16le-bom": ("utf-16-le", codecs.BOM_UTF16_LE),
    "utf-16be-bom": ("utf-16-be", codecs.BOM_UTF16_BE),
    "utf-16le": ("utf-16-le", b""),
    "utf-16be": ("utf-16-be", b""),
}
ENDS = {
    "none": "",
    "nul": "\x00",
    "ctrl-z": "\x1a",
    "blank lines": "{eol}{eol}",
    "eol": "{eol}",
    "cut": "",
}


@st.composite
def composed(draw, rows):
    """(bytes, what was drawn) of one CSV written along every axis at once."""
    how = {
        "encoding": draw(st.sampled_from(sorted(ENCODINGS))),
        "delimiter": draw(st.sampled_from([",", ";", "\t", "|"])),
        "eol": draw(st.sampled_from(["\r\n", "\n", "\r"])),
        "quote_all": draw(st.booleans()),
        "sep_line": draw(st.booleans()),
        "trailing_delimiter": draw(st.booleans()),
        "header": draw(st.sampled_from(["as is", "upper", "lower", "spaces", *LANGUAGES])),
        "order": draw(st.permutations(range(4))),
        "empty_columns": draw(st.lists(st.integers(0, 4), max_size=2)),
        "notes": draw(st.booleans()),
        "amount": draw(st.booleans()),
        "end": draw(st.sampled_from(sorted(ENDS))),
    }
    header = list(LANGUAGES.get(how["header"], HEADER))
    header = {"upper": [h.upper() for h in header], "lower": [h.lower() for h in header],
              "spaces": [f" {h}  " for h in header]}.get(how["header"], header)  # fmt: skip
    records = [[header[k] for k in how["order"]]]
    records += [[r[k] for k in how["order"]] for r in rows]
    newlines = ["\r", "\n", "\r\n"]
    if how["notes"]:
        records[0].append("Notes")
        for n, record in enumerate(records[1:]):
            record.append(f'a "quoted"{newlines[n % 3]}note')
    if how["amount"]:
        records[0].append("Amount")
        for n, record in enumerate(records[1:]):
            record.append(f"{n + 1},25")
    for at in how["empty_columns"]:
        for record in records:
            record.insert(at, "")
    eol, delimiter = how["eol"], how["delimiter"]
    out = f"sep={delimiter}{eol}" if how["sep_line"] else ""
    for record in records:
        line = csv_text([record], delimiter=delimiter, quote_all=how["quote_all"], line_end=eol)
        out += line[: -len(eol)] + delimiter + eol if how["trailing_delimiter"] else line
    out += ENDS[how["end"]].format(eol=eol)
    if how["end"] == "cut":  # Google Sheets: no line end after the last row
        out = out[: -len(eol)]
    codec, bom = ENCODINGS[how["encoding"]]
    return bom + out.encode(codec), how


@SETTINGS
@given(data=st.data(), rows=people())
def test_every_axis_at_once_gives_the_plain_csvs_people(data, rows):
    written, how = data.draw(composed(rows))
    assert read(written) == read(plain(rows)), how


# Legacy code pages, each with name words it holds (and the right language evidence).
CODE_PAGES = {
    "cp1252": ["Zoë", "José", "Müller", "O'Neil", "Núñez", "Søren", "François", "Ann"],
    "mac_roman": ["Zoë", "José", "Müller", "Núñez", "Søren", "François", "Ærø"],
    "cp1250": ["Łukasz", "Wiśniewski", "Jiří", "Dvořák", "Šťastná", "Zoltán"],
    "cp1251": ["Иван", "Смирнов", "Наталья", "Кузнецова", "Ольга"],
    "shift_jis": ["山田", "太郎", "佐藤", "花子", "鈴木"],
    "gb18030": ["王", "小明", "张伟", "李娜", "刘洋"],
}


@st.composite
def in_code_page(draw):
    code_page = draw(st.sampled_from(sorted(CODE_PAGES)))
    rows = draw(people(CODE_PAGES[code_page]))
    return code_page, [(n, e, p, c if c.isascii() else "") for n, e, p, c in rows]


@SETTINGS
@given(
    drawn=in_code_page(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    eol=st.sampled_from(["\r\n", "\n", "\r"]),  # CR alone: Excel's "CSV (Macintosh)"
    sep_line=st.booleans(),
)
def test_a_code_page_the_names_fit_gives_the_plain_csvs_people(drawn, delimiter, eol, sep_line):
    code_page, rows = drawn
    written = text(rows, delimiter=delimiter, line_end=eol)
    data = ((f"sep={delimiter}{eol}" if sep_line else "") + written).encode(code_page)
    expected = read(plain(rows))
    # A few short words may fit two code pages equally: a refusal naming --encoding is the
    # documented answer then (docs/encodings.md), wrong letters never are.
    try:
        assert read(data) == expected, code_page
    except InputError as error:
        assert "--encoding" in str(error)
    assert read(data, encoding=code_page) == expected, code_page


# ------------------------------------------------------------- the differences it found


def test_two_people_of_one_name_keep_it_beside_a_company_filled_once():
    # Found by the hunt: "Ann" on two rows of different addresses looked like another
    # person's name, and "Company" (one value, "Acme, Inc.") was taken for the names.
    data = b'Name,Email,Company\r\nAnn,p0@x.com,\r\nAnn,p1@x.com,"Acme, Inc."\r\n'
    assert read(data) == [("Ann", "p0@x.com", "", ""), ("Ann", "p1@x.com", "", "Acme, Inc.")]


def test_a_company_column_is_never_the_names_even_filled_on_every_row():
    data = b"Name,Email,Company\r\nAnn,p0@x.com,Acme Inc\r\nAnn,p1@x.com,Beta Ltd\r\n"
    assert read(data) == [("Ann", "p0@x.com", "", "Acme Inc"), ("Ann", "p1@x.com", "", "Beta Ltd")]


def test_shift_jis_with_cr_line_ends_is_not_macroman():
    # Found by the hunt: 山田 in Shift-JIS (8E 52 93 63) has bytes where MacRoman keeps its
    # accented letters, and CR line ends made it "éRìc"; the language evidence says cp932.
    data = "Name,Email\r山田,p0@x.com\r".encode("shift_jis")
    assert read(data) == [("山田", "p0@x.com", "", "")]
    macroman = "Name,Email\rJosé Müller,p0@x.com\r".encode("mac_roman")
    assert read(macroman) == [("José Müller", "p0@x.com", "", "")]


def test_one_character_chinese_names_in_gb18030_are_not_cyrillic():
    # Found by the hunt: each 王 alone was scored as a stray letter, not a word, and the
    # file read as cp1251 ("Нх"); a one-character family name is a word.
    names = ["王", "王", "王", "小明", "小明", "王 王"]
    rows = [(n, f"p{i}@x.com", "", "") for i, n in enumerate(names)]
    assert read(text(rows).encode("gb18030")) == read(plain(rows))


def test_cp1250_with_cr_line_ends_is_not_macroman():
    # Found by the hunt: cp1250's ś is 0x9C, MacRoman's ú: "Wiúniewski".
    data = "Name,Email\rWiśniewski,p0@x.com\r".encode("cp1250")
    assert read(data) == [("Wiśniewski", "p0@x.com", "", "")]


def test_a_ctrl_z_at_the_end_does_not_stop_family_comma_given_names_being_turned():
    # Found by the hunt: the Ctrl-Z line counted as a third name, not written "Family,
    # Given", so two of three were too few and "Smith, Zoë" stayed as written.
    rows = [("Smith, Zoë", "p0@x.com", "", ""), ("Smith, Zoë", "p1@x.com", "", "")]
    for end in (b"\x1a", b"\x00"):
        assert (
            read(plain(rows) + end)
            == read(plain(rows))
            == [
                ("Zoë Smith", "p0@x.com", "", ""),
                ("Zoë Smith", "p1@x.com", "", ""),
            ]
        )
