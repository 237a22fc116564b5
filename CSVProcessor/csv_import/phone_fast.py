"""The CLI's fast path for phones written in international form: "+49 30 1234567".

phonenumbers.parse spends ~30-40 µs on such a number (py-spy and cProfile: most of it in
its generic extraction: finding the number in free text, extensions, vanity letters,
IDD prefixes), and a CRM export has one per row: it was most of what the known fields cost
the CLI. For the plain form only ("+", ASCII digits, spaces, dots and hyphens) the steps
of phonenumbers.parse(text, None) reduce to: the country code is the first 1-3 digits that
name one (its `_extract_country_code`), the rest is the national number unless the
country's national prefix pattern matches its start (then the library may strip a
prefix or carrier code) or it starts with 0 (Italian leading zeros); length bounds 2-17.
Whatever is not that plain, or where those conditions hold, goes to the library whole,
and the possible-length check is the library's own public call (once per country code and
length: see _possible).
tests/unit/test_phone_fast.py compares both on every country code and generated numbers.

FAST_PATHS=0 (people_import_contract.fast_paths) turns this off.
"""

import functools
import re

from phonenumbers import (
    COUNTRY_CODE_TO_REGION_CODE,
    PhoneMetadata,
    PhoneNumber,
    is_possible_number,
    region_code_for_country_code,
)

_PLAIN = re.compile(r"\+[1-9][0-9 .-]*[0-9]\Z")  # a country code never starts with 0
_NOT_DIGITS = str.maketrans("", "", " .-")
MIN_NATIONAL, MAX_NATIONAL = 2, 17  # phonenumberutil's _MIN_ and _MAX_LENGTH_FOR_NSN
UNDECIDED = None  # the library decides


def e164(written: str) -> str | None:
    """E.164 of a plain international number, `written` when the library would keep it as
    written (an impossible number), or UNDECIDED when only the library can tell."""
    if len(written) > 64 or not _PLAIN.match(written):
        return UNDECIDED
    digits = written.translate(_NOT_DIGITS)[1:]
    if len(digits) <= MIN_NATIONAL:
        return UNDECIDED  # the library's "too short after the IDD"
    for size in (1, 2, 3):
        country_code = int(digits[:size])
        if country_code in COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return UNDECIDED  # not a country code: the library raises, the caller keeps it
    national = digits[size:]
    if not MIN_NATIONAL <= len(national) <= MAX_NATIONAL or national[0] == "0":
        return UNDECIDED
    known, prefix = _national_prefix(country_code)
    if not known or (prefix and prefix.match(national)):
        return UNDECIDED  # a national prefix or carrier code the library may strip
    if not _possible(country_code, len(national)):
        return written
    return f"+{country_code}{national}"


@functools.lru_cache(maxsize=1024)
def _national_prefix(country_code: int) -> tuple[bool, re.Pattern | None]:
    """(whether the library has metadata for the country code, its national prefix for
    parsing, compiled): looked up once per country code, not once per number."""
    region = region_code_for_country_code(country_code)
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region)
    if metadata is None:
        return False, None
    prefix = metadata.national_prefix_for_parsing
    return True, re.compile(prefix) if prefix else None


@functools.lru_cache(maxsize=4096)
def _possible(country_code: int, length: int) -> bool:
    """The library's is_possible_number for a national number of `length` digits (no leading
    zero). For a number of no particular type it tests the length alone against the
    country's possible lengths (phonenumberutil.is_possible_number_for_type_with_reason,
    _test_number_length), so one answer serves every number of that length."""
    return is_possible_number(
        PhoneNumber(country_code=country_code, national_number=10 ** (length - 1))
    )
