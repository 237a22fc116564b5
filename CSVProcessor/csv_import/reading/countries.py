"""A row's country, the region its phone numbers without a +country code are read in.

Contact exports keep an address's country beside the phone (Google's "Address 1 - Country",
Outlook's "Business Country/Region", a CRM's "Country": "Deutschland", "United States",
"FR"): with it, "030 1234567" on a German row is +49301234567, as --region DE would make
it. A column is the country column by its values, not its header's language:

- 80% or more of its sampled values are country names in one of the vocabulary's
  languages, as phonenumbers names them (geocoder.country_name_for_number: CLDR's
  names, "Deutschland", "Allemagne", "ドイツ"), or a few common short forms ("USA", "UK");
- or 80% or more are ISO 3166 codes phonenumbers knows ("DE", "us") under a header
  holding a country word: two letters alone are too often a state's ("CA", "DE", "IN").

Several such columns (business and home): the first with a value on the row.

The names are read from countries.json, which `scripts/countries_json.py` writes from
phonenumbers: importing its geocoder loads all of its geographic data, about
100 MB, where the CLI's whole budget is 150 MB (a unit test checks the file is current).
"""

import json
from functools import cache
from importlib import resources

import phonenumbers

from csv_import.reading.vocabulary import LANGUAGES, words_of

SHARE = 0.8
# Written for a country where CLDR's names are longer (United States, United Kingdom).
_SHORT_FORMS = {
    "usa": "US", "u.s.a.": "US", "u.s.": "US", "united states of america": "US",
    "uk": "GB", "u.k.": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB",
    # Names in use that the geocoder's CLDR data predates or leaves out (Tidio writes
    # "Czechia", the short name since 2016; "North Macedonia" since 2019, "Eswatini" since
    # 2018): a country column of them stayed under the 80% share and the phones unread.
    "czechia": "CZ", "north macedonia": "MK", "eswatini": "SZ", "the netherlands": "NL",
    "holland": "NL", "ivory coast": "CI", "republic of korea": "KR",
}  # fmt: skip
# A header's word for country, in the vocabulary's most written languages: with one, a
# column of ISO codes is the country's ("Country", "Country Code", "Land", "País").
COUNTRY_WORDS = frozenset(
    {
        "country", "countries", "land", "pays", "pais", "paese", "nazione", "kraj", "krajina",
        "zeme", "orszag", "ulke", "страна", "країна", "държава", "χωρα", "valsts", "salis",
        "riik", "maa", "drzava", "tara", "国", "国家", "国家/地区", "국가", "quoc", "negara",
        "دولة", "بلد", "کشور", "מדינה", "ประเทศ", "देश", "bansa",
    }
)  # fmt: skip


def key(value: str) -> str:
    return " ".join(value.casefold().split())


def names_from_phonenumbers() -> dict[str, str]:
    """Country name (casefolded) → region code, in every language of the vocabulary, as
    phonenumbers' geocoder names them (CLDR's names)."""
    from phonenumbers import geocoder  # ~100 MB: only to write countries.json

    names: dict[str, str] = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        example = phonenumbers.example_number(region)
        if example is None:
            continue
        for language in LANGUAGES:
            name = geocoder.country_name_for_number(example, language)
            if name:
                names.setdefault(key(name), region)
    return names


@cache
def _names() -> dict[str, str]:
    shipped = resources.files("csv_import.reading") / "countries.json"
    return {**json.loads(shipped.read_text(encoding="utf-8")), **_SHORT_FORMS}


def region_of_name(value: str) -> str | None:
    return _names().get(key(value)) if value else None


def region_of_code(value: str) -> str | None:
    code = value.strip().upper()
    return code if len(code) == 2 and code in phonenumbers.SUPPORTED_REGIONS else None


def region_of(value: str, codes: bool) -> str:
    """The region a country cell names ("" when none); `codes`: ISO codes count too."""
    value = value.strip()
    return region_of_name(value) or (codes and region_of_code(value)) or ""


def holds_countries(rows, i: int, values: list[str] | None = None) -> bool:
    """80% or more of the column's sampled values (`values`, when gathered already) are country
    names: never a person's name."""
    if values is None:
        values = [f[i].strip() for f in rows if i < len(f) and f[i].strip()]
    return bool(values) and sum(bool(region_of_name(v)) for v in values) >= SHARE * len(values)


def country_columns(header, rows, used) -> tuple[tuple[int, ...], bool]:
    """(the country columns, whether ISO codes count in them) of a sampled header."""
    by_name, by_code = [], []
    for i, text in enumerate(header):
        values = [f[i].strip() for f in rows if i < len(f) and f[i].strip()]
        if i in used or not values:
            continue
        if holds_countries(rows, i, values):
            by_name.append(i)
        elif COUNTRY_WORDS.intersection(words_of(text)) and sum(
            bool(region_of(v, codes=True)) for v in values
        ) >= SHARE * len(values):
            by_code.append(i)
    return (tuple(by_name), False) if by_name else (tuple(by_code), bool(by_code))
