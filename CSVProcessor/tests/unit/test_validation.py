import string
import unicodedata

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import example, given, settings
from hypothesis import strategies as st

from csv_import import validation
from csv_import.reading import open_people
from csv_import.rows import Row
from csv_import.validation import (
    MAX_NAME_LENGTH,
    REASONS,
    Person,
    Reject,
    normalize_email,
    normalize_phone,
    validate,
)


def row(full_name="Ann Lee", email="ann@example.com", line=7, error=None):
    return Row(line, full_name, email, [full_name, email], error)


def code_of(verdict):
    return verdict.code if isinstance(verdict, Reject) else None


def test_a_good_row_becomes_a_person():
    assert validate(row()) == Person(7, "Ann Lee", "ann@example.com")


# Names


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("  Ann   Lee ", "Ann Lee"),
        ("Ann\u00a0Lee", "Ann Lee"),  # NBSP from a spreadsheet
        ("Ann \u2003 Lee", "Ann Lee"),
        ("Jose\u0301 Nu\u0301n\u0303ez", "José Núñez"),  # NFD becomes NFC
        ("王伟", "王伟"),
        ("O'Brien-Smith, Jr.", "O'Brien-Smith, Jr."),
        ("x" * MAX_NAME_LENGTH, "x" * MAX_NAME_LENGTH),
    ],
)
def test_names_are_trimmed_collapsed_and_composed(raw, name):
    assert validate(row(full_name=raw)).full_name == name


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "name.empty"),
        ("   ", "name.empty"),
        ("\u00a0\t", "name.empty"),
        ("Ann\x00Lee", "name.control_chars"),
        ("Ann\tLee", "name.control_chars"),
        ("Ann\nLee", "name.control_chars"),
        ("\x1b[31mAnn", "name.control_chars"),
        ("Ann\x85Lee", "name.control_chars"),  # C1: often mojibake
        ("x" * (MAX_NAME_LENGTH + 1), "name.too_long"),
        ("2020-01-01", "name.no_letter"),  # a date cell in the name column
        ("12345", "name.no_letter"),
        ("– ?", "name.no_letter"),
        ("🙂", "name.no_letter"),
    ],
)
def test_bad_names_are_rejected(raw, code):
    verdict = validate(row(full_name=raw))
    assert verdict == Reject(7, code, REASONS[code], [raw, "ann@example.com"])


# Emails


@pytest.mark.parametrize(
    ("raw", "email"),
    [
        (" Ann.Lee@Example.COM ", "Ann.Lee@example.com"),  # local part keeps its case
        ("user@bücher.de", "user@bücher.de"),
        ("user@xn--bcher-kva.de", "user@bücher.de"),
        ("user@BÜCHER.de", "user@bücher.de"),
        ("josé@example.com", "josé@example.com"),
        ("a+tag@sub.example.co.uk", "a+tag@sub.example.co.uk"),
        ("Info@Example.com", "info@example.com"),  # RFC 2142 names: the library lowercases
        ("o'brien@example.ie", "o'brien@example.ie"),
    ],
)
def test_emails_are_normalized_as_email_validator_does(raw, email):
    assert validate(row(email=raw)).email == email


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "email.empty"),
        ("  ", "email.empty"),
        ("ann.example.com", "email.missing_at"),
        ("user@localhost", "email.domain_no_dot"),
        ("user@intranet", "email.domain_no_dot"),
        ("user@printer.local", "email.reserved_domain"),
        ("user@site.test", "email.reserved_domain"),
        ("a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 63 + ".com", "email.too_long"),
        ("a..b@example.com", "email.invalid"),
        ("a b@example.com", "email.invalid"),
        ("a@b@example.com", "email.invalid"),
        ("user@exa_mple.com", "email.invalid"),
        ("user@-example.com", "email.invalid"),
        ("Ann <ann@example.com>", "email.invalid"),
        ("user@[192.0.2.1]", "email.invalid"),
    ],
)
def test_bad_emails_are_rejected_with_a_stable_code(raw, code):
    verdict = validate(row(email=raw))
    assert code_of(verdict) == code
    assert verdict.message and "\n" not in verdict.message


def test_email_invalid_carries_the_library_explanation():
    assert validate(row(email="a..b@example.com")).message == (
        "An email address cannot have two periods in a row."
    )


def test_a_reader_level_error_becomes_a_reject():
    verdict = validate(Row(9, "", "", [], "row.too_large"))
    assert verdict == Reject(9, "row.too_large", REASONS["row.too_large"], [])


def test_every_code_has_a_short_message():
    assert all(code.count(".") == 1 and 0 < len(text) < 90 for code, text in REASONS.items())


# Deliverability, with a stand-in checker (the DNS side is tested in test_deliverability)


class FakeChecker:
    def __init__(self, verdicts):
        self.verdicts, self.asked = verdicts, []

    def check(self, domain):
        self.asked.append(domain)
        return self.verdicts.get(domain, "ok")


def test_deliverability_rejects_only_undeliverable_and_asks_with_the_ascii_domain():
    checker = FakeChecker({"dead.example": "undeliverable", "slow.example": "unknown"})
    assert code_of(validate(row(email="a@dead.example"), deliverability=checker)) == (
        "email.undeliverable"
    )
    assert isinstance(validate(row(email="a@slow.example"), deliverability=checker), Person)
    assert isinstance(validate(row(email="a@bücher.de"), deliverability=checker), Person)
    assert checker.asked == ["dead.example", "slow.example", "xn--bcher-kva.de"]


def test_no_checker_means_no_lookup():
    assert isinstance(validate(row(email="a@dead.example")), Person)


# The fast path agrees with email-validator

ATEXT = "abcXYZ019._%+-!#$&'*/=?^`{|}~\"@ ()[]\\é"
DOMAINS = st.one_of(
    st.sampled_from(
        [
            "example.com",
            "EXAMPLE.com",
            "bücher.de",
            "xn--bcher-kva.de",
            "localhost",
            "x.test",
            "a.local",
            "exa_mple.com",
            "-x.com",
            "x-.com",
            "x..com",
            "x.com.",
            "[1.2.3.4]",
            "1.2.3.4",
            "ß.de",
            "ＥＸＡＭＰＬＥ.com",
            "x.c0m",
            "a" * 63 + ".com",
            ("a" * 60 + ".") * 4 + "com",
        ]
    ),
    st.from_regex(r"[a-zA-Z0-9\-ü]{1,12}(\.[a-zA-Z0-9\-]{1,12}){0,3}", fullmatch=True),
)


def library(email):
    try:
        result = validate_email(email, check_deliverability=False)
    except EmailNotValidError:
        return None
    return result.normalized, result.ascii_domain


@settings(max_examples=400, deadline=None)
@given(local=st.text(ATEXT, min_size=0, max_size=70), domain=DOMAINS)
@example(local="info", domain="example.com")
@example(local="a" * 64, domain=("a" * 60 + ".") * 3 + "com")
def test_fast_path_accepts_only_what_the_library_accepts_identically(local, domain):
    email = f"{local}@{domain}"
    fast = validation._fast_path(email)
    if fast is not None:
        assert library(email) == fast
    # Whatever path is taken, the verdict is the library's (on the trimmed text).
    email_, ascii_domain, code, _ = validation.normalize_email(email)
    expected = library(email.strip())
    assert (code is None) == (expected is not None)
    if expected is not None:
        assert (email_, ascii_domain) == expected


def test_fast_path_covers_plain_addresses():
    assert validation._fast_path("ann.lee+news@example.com") == (
        "ann.lee+news@example.com",
        "example.com",
    )
    assert validation._fast_path("info@example.com") is None  # left to the library


@pytest.mark.parametrize(
    ("written", "stored"),
    [("'+44 7911 123456", "+447911123456"), ("'07911 123456", "07911 123456"), ("'x", "'x")],
)
def test_excels_text_prefix_before_a_phone_is_not_part_of_it(written, stored):
    assert normalize_phone(written, None) == stored


LOCAL = st.text(string.ascii_letters + string.digits + "._-+", min_size=1, max_size=12).filter(
    lambda s: s[0] not in ".-" and s[-1] != "." and ".." not in s
)
LABEL = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=10)


def full_width(text: str, which: list[bool]) -> str:
    """Each chosen ASCII character as its full-width form (what an input method types)."""
    shifted = (chr(ord(c) + 0xFEE0) if w else c for c, w in zip(text, which, strict=True))
    return "".join(shifted)


@settings(max_examples=200, deadline=None)
@given(LOCAL, LABEL, st.sampled_from(["jp", "com", "co.kr", "cn"]), st.data())
def test_an_address_typed_in_full_width_is_the_ascii_address(local, label, tld, data):
    address = f"{local}@{label}.{tld}"
    which = data.draw(st.lists(st.booleans(), min_size=len(address), max_size=len(address)))
    typed = full_width(address, which)
    person = validate(Row(2, "Ann Lee", typed, []))
    assert person.email == validate(Row(2, "Ann Lee", address, [])).email


def test_a_column_of_full_width_addresses_is_found_by_its_values(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Col1,Col2\nTaro Yamada,yamada＠example.jp\nHanako Sato,ｓａｔｏ＠example.jp\n")
    with open_people(str(path)) as people:
        rows = list(people.rows())
    assert [validate(r).email for r in rows] == ["yamada@example.jp", "sato@example.jp"]


# Names as people write them in many scripts, some with the letters mojibake is made of.
REAL_NAMES = [
    "Jürgen Müller", "François Lefèvre", "José Núñez", "JOÃO SILVA", "São Tomé", "Ægir Ørn",
    "Œdipe Lœuf", "Đorđe Đokić", "Ñandú Peña", "Ångström Åberg", "Nguyễn Thị Hương",
    "Şükrü Öztürk", "Γιώργος Παπαδόπουλος", "Иван Смирнов", "Łukasz Wiśniewski", "Jiří Dvořák",
    "أحمد الصالح", "דוד כהן", "山田 太郎", "김민준", "สมชาย ใจดี", "Zoë Ôtrée", "ÂNGELO ÉLAN",
    "Ça Va Ltd™", "Ætna & Søn", "Ímre Ürge",
]  # fmt: skip


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(REAL_NAMES), min_size=1, max_size=3).map(" ".join))
def test_a_name_that_was_utf8_read_as_windows_1252_is_repaired(name):
    import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-1252

    broken = name.encode("utf-8").decode("sloppy-windows-1252")
    assert (
        validate(Row(2, broken, "ann@example.org", [])).full_name
        == validate(Row(2, name, "ann@example.org", [])).full_name
        == unicodedata.normalize("NFC", name)
    )


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(REAL_NAMES), min_size=1, max_size=3).map(" ".join))
def test_a_right_name_or_company_is_never_repaired(name):
    person = validate(Row(2, name, "ann@example.org", [])._replace(company=name))
    assert person.full_name == person.company == unicodedata.normalize("NFC", name)


def all_full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@settings(max_examples=50)
@given(
    local=st.from_regex(r"[a-z0-9]{1,10}(\.[a-z0-9]{1,8})?", fullmatch=True),
    domain=st.from_regex(r"[a-z]{2,10}\.(jp|cn|kr|com)", fullmatch=True),
    digits=st.from_regex(r"0[0-9]{1,3}-[0-9]{2,4}-[0-9]{4}", fullmatch=True),
)
def test_an_address_and_a_phone_typed_full_width_are_their_ascii(local, domain, digits):
    """East Asian input methods type ASCII "full-width" (ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ): the
    address and the phone are the ASCII ones, not an invalid address."""
    address = f"{local}@{domain}"
    assert normalize_email(all_full_width(address))[:3] == normalize_email(address)[:3]
    assert normalize_email(address)[2] is None
    assert normalize_phone(all_full_width(digits), None) == digits


_WRITTEN_NUMBER = st.builds(
    "{}{} {} {}".format,
    st.sampled_from(["+33 ", "+49 ", "+1 ", "0", "("]),
    st.integers(10, 99),
    st.integers(100, 999),
    st.integers(1000, 9999),
)


@settings(max_examples=100, deadline=None)
@given(
    numbers=st.lists(_WRITTEN_NUMBER, min_size=2, max_size=4),
    separator=st.sampled_from([", ", ",", "; ", ";", " / ", " | ", "\n", "\r\n", " \n"]),
    region=st.sampled_from([None, "FR", "DE"]),
)
def test_a_cell_of_several_phones_gives_the_first(numbers, separator, region):
    """A CRM's Phones list ("+33 6 12 34 56 78, +33 1 55 55 12 34") is the first number;
    so is a multi-value field exported one number a line (Flowlu's "Phone")."""
    cell = separator.join(numbers)
    assert normalize_phone(cell, region) == normalize_phone(numbers[0], region)


@given(
    number=_WRITTEN_NUMBER,
    tag=st.sampled_from(["p:", "tel:", "Tel: ", "Mob.: ", "M:", "fax:"]),
    region=st.sampled_from([None, "FR", "DE"]),
)
def test_a_type_tag_before_a_phone_is_not_part_of_it(number, tag, region):
    """Meta's lead download writes "p:+14045550123"; a typed cell "Tel: 030 1234567"."""
    assert normalize_phone(tag + number, region) == normalize_phone(number, region)


@pytest.mark.parametrize("written", ["extension: 12", "Note: call after 5", "abcde: +1 415"])
def test_a_tag_before_no_number_or_a_long_word_stays(written):
    assert normalize_phone(written, None) == " ".join(written.split())


@pytest.mark.parametrize("written", ["555 0100, ext. 12", "0171 555123 / Büro", "12,5"])
def test_a_phone_with_a_comma_but_one_number_stays_whole(written):
    assert normalize_phone(written, None) == written


@pytest.mark.parametrize("written", ["555 0100\next. 12", "0171 555123\nBüro"])
def test_a_phone_and_a_note_on_two_lines_stay_one_line(written):
    assert normalize_phone(written, None) == " ".join(written.split())
