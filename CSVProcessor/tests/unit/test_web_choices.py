"""The page's reading choices (encoding; the delimiter: test_delimiter.py) and the CLI's advice
in the page's words."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csv_import.errors import InputError, UsageError
from csv_import.options import check_encoding
from csv_import.web.imports import PAGE_WORDS, choices_of, named

NAMES = st.one_of(
    st.sampled_from(["utf-8", "cp1250", " cp932 ", "latin-1", "base64", "rot13", "idna",
                     "punycode", "undefined", "klingon", "", "UTF8", "zlib"]),
    st.text(max_size=12),
)  # fmt: skip


@given(NAMES)
def test_an_encoding_is_taken_as_the_cli_takes_it_or_refused_naming_the_field(name):
    try:
        check_encoding(name.strip()) if name.strip() else None
        accepted = True
    except UsageError:
        accepted = False
    if accepted:
        assert choices_of({"encoding": name})["encoding"] == (name.strip() or None)
    else:
        with pytest.raises(InputError) as refused:
            choices_of({"encoding": name})
        assert str(refused.value).startswith("mapping: encoding: ")


def test_an_absent_choice_keeps_the_imports_and_an_empty_one_is_the_evidences():
    current = {"encoding": "cp1250", "delimiter": ";"}
    assert choices_of({}, current)["encoding"] == "cp1250"
    assert choices_of({"encoding": "", "delimiter": ""}, current)["delimiter"] is None


PROSE = st.text(alphabet="abcé0 ,;:'()", max_size=30)


@given(PROSE, st.sampled_from(sorted(PAGE_WORDS)), PROSE)
def test_the_clis_advice_is_in_the_pages_words_and_asks_for_its_choice(before, advice, after):
    message = f"/up/x.upload: {before}; {advice}; {after}"
    said = named(InputError(message), "/up/x.upload", "people.csv")
    assert str(said).startswith("people.csv: ")
    assert advice not in str(said).replace(before, "").replace(after, "")
    assert ("encoding" in said.choose) == ("--encoding" in message)
