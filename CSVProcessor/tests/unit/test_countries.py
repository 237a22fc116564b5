"""A row's country column sets its phones' region (reading/countries.py): generated rows,
the country written as a name in the vocabulary's languages or as an ISO code."""

import json
import tempfile
from importlib import resources
from pathlib import Path

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat, geocoder

from csv_import.reading import open_people
from csv_import.reading.countries import names_from_phonenumbers, region_of_name
from csv_import.rows import Person
from csv_import.validation import validate

REGIONS = ["DE", "FR", "US", "GB", "ES", "IT", "JP", "BR", "AU", "PL", "NL", "MX", "IN", "KR"]
NAMES = ["Ann Lee", "Bo Ray", "Cy Park", "Di Vo", "Ed Ng", "Flo Kay", "Gus Ito", "Hal Oz"]
LANGUAGES = ["en", "de", "fr", "es", "ja", "ru", "pt", "pl", "zh", "ar"]


def national(region: str) -> str:
    """The region's example number as its people write it: no +country code."""
    return phonenumbers.format_number(
        phonenumbers.example_number(region), PhoneNumberFormat.NATIONAL
    )


def e164(region: str) -> str:
    return phonenumbers.format_number(phonenumbers.example_number(region), PhoneNumberFormat.E164)


def country_name(region: str, language: str) -> str:
    return geocoder.country_name_for_number(phonenumbers.example_number(region), language)


def phones(text: str, region: str | None = None, name: str = "contacts.csv") -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        with open_people(str(path)) as file:
            verdicts = [validate(row, region=region) for row in file.rows()]
    assert all(isinstance(v, Person) for v in verdicts), verdicts
    return [v.phone for v in verdicts]


@settings(max_examples=40, deadline=None)
@given(
    people=st.lists(
        st.tuples(st.sampled_from(REGIONS), st.sampled_from(LANGUAGES)), min_size=1, max_size=8
    ),
    header=st.sampled_from(["Country", "Address 1 - Country", "Land", "País", "Страна", "Ort"]),
)
def test_a_country_name_in_any_language_gives_the_rows_phone_its_region(people, header):
    lines = [f"Name,Email,Phone,{header}"]
    for n, (region, language) in enumerate(people):
        lines.append(
            f'Person {n},p{n}@example.org,"{national(region)}",{country_name(region, language)}'
        )
    assert phones("\n".join(lines) + "\n") == [e164(region) for region, _ in people]


@settings(max_examples=20, deadline=None)
@given(
    people=st.lists(st.tuples(st.sampled_from(REGIONS), st.booleans()), min_size=1, max_size=8),
    header=st.sampled_from(["Country", "Country Code", "country_code", "Land", "Pays"]),
)
def test_iso_codes_under_a_country_header_give_the_region(people, header):
    lines = [f"Name,Email,Phone,{header}"]
    for n, (region, lower) in enumerate(people):
        code = region.lower() if lower else region
        lines.append(f'{NAMES[n]},p{n}@example.org,"{national(region)}",{code}')
    assert phones("\n".join(lines) + "\n") == [e164(region) for region, _ in people]


def test_two_letter_codes_under_another_header_are_no_country():
    """A US state's code is often a country's ("CA", "DE", "IN"): without a country word in
    the header, the column is not the phones' region; --region still is."""
    text = (
        "Name,Email,Phone,State\n"
        "Ann Lee,ann@example.org,(302) 555-0134,DE\n"
        "Bo Ray,bo@example.org,(415) 555-0101,CA\n"
    )
    assert phones(text) == ["(302) 555-0134", "(415) 555-0101"]
    assert phones(text, region="US") == ["+13025550134", "+14155550101"]


def test_a_row_without_a_country_falls_back_on_region_and_a_plus_number_keeps_its_own():
    text = (
        "Name,Email,Phone,Country\n"
        "Ann Lee,ann@example.org,030 1234567,Germany\n"
        "Bo Ray,bo@example.org,01 23 45 67 89,\n"
        "Cy Park,cy@example.org,+44 20 7946 0000,Germany\n"
    )
    assert phones(text) == ["+49301234567", "01 23 45 67 89", "+442079460000"]
    assert phones(text, region="FR") == ["+49301234567", "+33123456789", "+442079460000"]


@pytest.mark.parametrize(
    ("written", "region"),
    [("Deutschland", "DE"), ("ドイツ", "DE"), ("USA", "US"), ("united kingdom", "GB"),
     ("  España ", "ES"), ("Paris", None), ("", None),
     # names the geocoder's CLDR data lacks (Tidio's "Czechia")
     ("Czechia", "CZ"), ("North Macedonia", "MK"), ("Eswatini", "SZ"),
     ("The Netherlands", "NL"), ("Ivory Coast", "CI")],
)  # fmt: skip
def test_country_names(written, region):
    assert region_of_name(written.strip()) == region


@settings(max_examples=20, deadline=None)
@given(
    people=st.lists(
        st.tuples(st.sampled_from(REGIONS), st.sampled_from([*LANGUAGES, "code"])),
        min_size=1,
        max_size=5,
    )
)
def test_a_vcards_address_country_gives_its_phone_a_region(people):
    """ADR's last part (a name, or a code: the field says country) as a CSV's column does."""
    cards = []
    for n, (region, language) in enumerate(people):
        country = region if language == "code" else country_name(region, language)
        cards.append(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{NAMES[n]}\r\nEMAIL:p{n}@example.org\r\n"
            f"TEL;TYPE=WORK:{national(region)}\r\nADR;TYPE=WORK:;;1 Main St;Town;;1000;{country}"
            "\r\nEND:VCARD\r\n"
        )
    assert phones("".join(cards), name="contacts.vcf") == [e164(r) for r, _ in people]


def test_an_ldif_entrys_country_gives_its_phone_a_region():
    text = (
        "dn: cn=Ann Lee,o=x\ncn: Ann Lee\nmail: ann@x.org\ntelephoneNumber: 030 1234567\nc: DE\n\n"
        "dn: cn=Bo Ray,o=x\ncn: Bo Ray\nmail: bo@x.org\ntelephoneNumber: 01 23 45 67 89\n"
        "co: France\n\n"
        "dn: cn=Cy Park,o=x\ncn: Cy Park\nmail: cy@x.org\ntelephoneNumber: 01 23 45 67 89\n"
    )
    assert phones(text, name="book.ldif") == ["+49301234567", "+33123456789", "01 23 45 67 89"]


def test_the_shipped_country_names_are_phonenumbers_own():
    """countries.json is what scripts/countries_json.py writes from the installed
    phonenumbers (run it again after an upgrade)."""
    shipped = resources.files("csv_import.reading") / "countries.json"
    assert json.loads(shipped.read_text(encoding="utf-8")) == names_from_phonenumbers()
