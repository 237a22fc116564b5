"""The worker re-checks every message against the contract (docs/architecture.md)."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from store_people import validation
from store_people.validation import BadMessage, parse_people, parse_person

IMPORT_ID = "20261128T160134123456Z-1a2b3c"
GOOD = {"import_id": IMPORT_ID, "line": 2, "full_name": "Ana Lima", "email": "ana@example.com"}


def test_contract_message_is_accepted():
    row = parse_person([], GOOD)
    assert (row.import_id, row.line, row.full_name, row.email) == (
        IMPORT_ID,
        2,
        "Ana Lima",
        "ana@example.com",
    )


@pytest.mark.parametrize(
    "change, code",
    [
        ({"line": "2"}, "message.bad_line"),
        ({"line": True}, "message.bad_line"),
        ({"line": 0}, "message.bad_line"),
        ({"import_id": "x"}, "message.bad_import_id"),
        ({"import_id": None}, "message.bad_import_id"),
        ({"full_name": 5}, "message.bad_types"),
        ({"full_name": "  "}, "name.invalid"),
        ({"full_name": "a\x00b"}, "name.invalid"),
        ({"full_name": "x" * 201}, "name.invalid"),
        ({"email": "no-at-sign"}, "email.invalid"),
        ({"email": "user@localhost"}, "email.invalid"),
        ({"email": "a b@example.com"}, "email.invalid"),
        ({"email": "a@" + "x" * 250 + ".com"}, "email.invalid"),
    ],
)
def test_bad_fields_are_refused_with_a_code(change, code):
    with pytest.raises(BadMessage) as caught:
        parse_person([], {**GOOD, **change})
    assert caught.value.code == code


@pytest.mark.parametrize("args, kwargs", [([1], GOOD), ([], {**GOOD, "extra": 1}), ([], [1, 2])])
def test_wrong_shape_is_refused(args, kwargs):
    with pytest.raises(BadMessage) as caught:
        parse_person(args, kwargs)
    assert caught.value.code == "message.bad_shape"


def test_bulk_rows_are_checked_one_by_one():
    good, bad = parse_people(
        IMPORT_ID, [[2, "Ana", "ana@example.com"], [3, "", "b@example.com"], "x"]
    )
    assert [row.line for row in good] == [2]
    assert [(line, error.code) for line, error in bad] == [
        (3, "name.invalid"),
        (None, "message.bad_shape"),
    ]


@given(st.text(st.characters(codec=None, exclude_categories=())) | st.text())
@example("Ann\x85Lee")  # NEL, a C1 control
@example("Ann\ud800")  # a lone surrogate
@example("Ann\u00a0Lee")  # NO-BREAK SPACE: not printable, no control
def test_the_cheap_control_test_agrees_with_the_search(text):
    assert validation.has_control(text) == (validation.CONTROL.search(text) is not None)


ADDRESS_PARTS = st.text(st.sampled_from("ab.@ \x00é"), max_size=70)


@given(ADDRESS_PARTS | st.text(max_size=70) | st.emails())
@example("a@b..c")  # an empty label
@example("a" * 65 + "@example.com")  # a local part over 64
@example("a@" + "b" * 60 + ".org")  # a label of 60 in an address of 66
@example("a@" + "b" * 64 + ".org")  # a label of 64 in an address of 70
@example("a" * 65 + "@b.c")  # a local part of 65 in an address of 69
def test_the_short_address_test_agrees_with_counting_each_part(email):
    counted = validation.EMAIL_SHAPE.match(email) is not None and (
        validation.email_lengths_ok(email)
    )
    normal = email.isascii() or validation.is_normal_form(email)
    spelled = validation.OTHER_SPELLING.search(email) is None
    assert validation.is_email(email) == (counted and normal and spelled)


@pytest.mark.parametrize(
    "email",
    [
        "ann.lee\u200b@example.com",  # a zero-width space
        "ann.lee@exam\u00adple.com",  # a soft hyphen
        "ann\u202e.lee@example.com",  # a right-to-left override
        "\uff41nn.lee@example.com",  # a full-width letter
        "ann\uff20example.com",  # a full-width @ (no @ at all)
        "ann.lee@\uff45xample.com",  # a full-width letter in the domain
        "jose\u0301@example.com",  # a decomposed letter (NFD)
        "ann.lee@example\u3002com.org",  # an ideographic full stop
        "ann.lee@example\uff0ecom.org",  # a full-width full stop
        "ann@\u2168.com",  # a Roman numeral IDNA makes "ix"
        "\u0301ann@example.com",  # a combining mark opening the local part
        "ann@\u0301example.com",  # or the domain
        "ann\ue000@example.com",  # a private-use character
        "ann@xn--bcher-kva.de",  # a domain label in IDNA's ASCII form (ann@bücher.de)
        "ann@mail.XN--BCHER-KVA.de",
        '"ann"@example.com',  # a quoted local part (ann@example.com)
        "ann(home)@example.com",  # a comment
        "ann@[192.0.2.1]",  # a domain literal
    ],
)
def test_another_spelling_of_an_address_is_refused(email):
    """The CLI writes none of these (it rewrites or refuses each): stored, each was a second
    person for one mailbox."""
    assert not validation.is_email(email)
    with pytest.raises(BadMessage) as refused:
        parse_person([], {**GOOD, "email": email})
    assert refused.value.code == "email.invalid"
    with pytest.raises(BadMessage) as refused:
        parse_person([], {**GOOD, "other_emails": [email]})
    assert refused.value.code == "other_emails.invalid"


@pytest.mark.parametrize(
    "email",
    [
        "jos\u00e9@example.com",
        "\u03a3\u039f\u03a6\u0399\u0391\u03a3@example.com",
        "\u7528\u6237@\u4f8b\u5b50.\u5e7f\u544a",
        "ann@b\u00fccher.de",
        "\ufb01@example.com",
        "\u2168@example.com",
        "a.xn--b@example.com",  # xn-- in a local part is just text
        "o'neil@example.com",
    ],  # fmt: skip
)
def test_addresses_in_the_clis_normal_form_are_taken(email):
    assert validation.is_email(email)
