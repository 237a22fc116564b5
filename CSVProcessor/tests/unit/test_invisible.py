"""Invisible format characters (Unicode Cf) never reach a stored name or email, from any reader."""

import unicodedata

import pytest
import xlsxwriter
from hypothesis import given
from hypothesis import strategies as st

from csv_import.invisible import shown, strip_invisible
from csv_import.reading import open_people
from csv_import.rows import Person
from csv_import.validation import validate

ZWSP, BOM, RLO, ZWJ, ZWNJ, SHY = "\u200b", "\ufeff", "\u202e", "\u200d", "\u200c", "\u00ad"
NAME = f"{BOM}Ann{ZWSP} {RLO}Lee{SHY}"
EMAIL = f"{ZWSP}ann@exa{BOM}mple.com{RLO}"


def stored(path) -> list[tuple[str, str]]:
    with open_people(path) as people:
        verdicts = [validate(row) for row in people.rows()]
    return [(v.full_name, v.email) for v in verdicts if isinstance(v, Person)]


def write_csv(path):
    path.write_text(f"name,email\n{NAME},{EMAIL}\n", encoding="utf-8")


def write_vcard(path):
    path.write_text(f"BEGIN:VCARD\nVERSION:3.0\nFN:{NAME}\nEMAIL:{EMAIL}\nEND:VCARD\n")


def write_xlsx(path):
    with xlsxwriter.Workbook(path) as book:
        sheet = book.add_worksheet()
        sheet.write_row(0, 0, ["name", "email"])
        sheet.write_row(1, 0, [NAME, EMAIL])


@pytest.mark.parametrize("writer", [write_csv, write_vcard, write_xlsx])
def test_every_reader_strips_them(tmp_path, writer):
    path = tmp_path / f"people.{writer.__name__[6:]}"
    writer(path)
    assert stored(path) == [("Ann Lee", "ann@example.com")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"محمد{ZWNJ}رضا", f"محمد{ZWNJ}رضا"),  # Persian: ZWNJ inside a name is spelling
        (f"क्{ZWJ}ष", f"क्{ZWJ}ष"),  # Devanagari: after a virama (a mark), the joiner stays
        (f"{ZWJ}Ann{ZWNJ}", "Ann"),  # at a word's edge: stripped
        (f"Ann{ZWNJ} Lee", "Ann Lee"),  # beside a space: stripped
        (f"Ann{ZWSP}Lee", "AnnLee"),
        ("\u2066Ann\u2069", "Ann"),  # bidi isolates
    ],
)
def test_joiners_stay_inside_words_only(text, expected):
    assert strip_invisible(text) == expected


@given(st.text())
def test_no_format_character_is_left_but_joiners_between_letters(text):
    out = strip_invisible(text)
    assert strip_invisible(out) == out
    for i, char in enumerate(out):
        if unicodedata.category(char) == "Cf":
            assert char in (ZWJ, ZWNJ)
            assert unicodedata.category(out[i - 1])[0] in "LM" and i > 0
            assert unicodedata.category(out[i + 1])[0] in "LM"
    visible = [c for c in text if unicodedata.category(c) != "Cf"]
    assert [c for c in out if unicodedata.category(c) != "Cf"] == visible


@given(st.text())
def test_text_shown_in_a_message_is_one_printable_line(text):
    """ESC, CR/LF, U+2028 and bidi overrides from a file once reached stderr raw."""
    out = shown(text)
    assert out.isprintable() and out == "".join(repr(c)[1:-1] if not c.isprintable() else c
                                                 for c in text)  # fmt: skip
    assert shown(out) == out
    if text.isprintable():
        assert out == text  # names in any script are shown as written


@pytest.fixture
def logs(tmp_path, monkeypatch):
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))


def test_a_header_and_a_value_with_escape_sequences_reach_stderr_escaped(tmp_path, capsys, logs):
    from csv_import import cli

    path = tmp_path / "e.csv"
    path.write_text(
        'Name\x1b[2J\x1b]0;pwn\x07,Email\nAnn,ann@example.com\n"\x1b[31mEvil",e@x.com\n'
    )
    assert cli.main([str(path), "--dry-run"]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "name ← Name\\x1b[2J\\x1b]0;pwn\\x07; email ← Email" in err
    assert "(e.g. Ann, \\x1b[31mEvil)" in err


def test_columns_found_are_shown_escaped(tmp_path, capsys, logs):
    from csv_import import cli

    path = tmp_path / "e.csv"
    path.write_text(f"Na\u2028me{RLO}\x1b[2J,Phone\r\nAnn,1\r\n")
    assert cli.main([str(path), "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.isascii(), err
    assert "(columns found: 'Na\\u2028me\\u202e\\x1b[2J', 'Phone')" in err
