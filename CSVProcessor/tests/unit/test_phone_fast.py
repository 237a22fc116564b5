"""phone_fast.e164 gives what phonenumbers gives (normalize_phone with fast=False), on
every country code's example numbers written several ways and on generated text."""

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csv_import.validation import normalize_phone

TYPES = [getattr(phonenumbers.PhoneNumberType, name) for name in ("FIXED_LINE", "MOBILE",
         "TOLL_FREE", "VOIP", "PAGER", "UAN", "PERSONAL_NUMBER", "SHARED_COST")]  # fmt: skip


def examples():
    """Every region's and non-geographic code's example numbers, as "+cc national"."""
    numbers = []
    for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items():
        for region in regions:
            for kind in TYPES:
                if region == "001":
                    number = phonenumbers.example_number_for_non_geo_entity(code)
                else:
                    number = phonenumbers.example_number_for_type(region, kind)
                if number is not None:
                    numbers.append(number)
    return numbers


def spellings(number) -> list[str]:
    """The number as people write it: international, E.164, with dots or hyphens, with a
    digit more or less, and with the national prefix kept after the country code."""
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    national = phonenumbers.national_significant_number(number)
    code = f"+{number.country_code}"
    return [
        international,
        e164,
        international.replace(" ", "-"),
        international.replace(" ", "."),
        e164 + "7",
        e164[:-1],
        f"{code} 0{national}",
        f"{code} 1{national}",
        f"{code} {national[:2]} {national[2:]}",
    ]


@pytest.mark.parametrize("region", [None, "DE", "US"])
def test_the_fast_path_agrees_with_phonenumbers_on_every_country_code(region):
    compared = 0
    for number in examples():
        for written in spellings(number):
            assert normalize_phone(written, region, fast=True) == normalize_phone(
                written, region, fast=False
            ), written
            compared += 1
    assert compared > 2000  # every code was tried


PLAIN = st.text(alphabet="0123456789 .-", max_size=20)


@settings(max_examples=3000, deadline=None)
@given(
    code=st.sampled_from(sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)) | st.integers(0, 999),
    rest=PLAIN,
    junk=st.text(alphabet="+()/x#0123456789 .-", max_size=4),
)
def test_the_fast_path_agrees_with_phonenumbers_on_generated_text(code, rest, junk):
    for written in (f"+{code}{rest}", f"+{code} {rest}", f"+{rest}", f"+{code}{rest}{junk}"):
        assert normalize_phone(written, None, fast=True) == normalize_phone(
            written, None, fast=False
        ), written
