"""--delimiter, the page's `delimiter` and a saved mapping's: one reading (options.delimiter_of).

The CLI took `\\t` but refused `TAB`, which its own error named; the page took `TAB` and
`tab` by a map of its own. Both now read a spelling by one function, and its refusal lists
exactly the spellings it takes (docs/cli.md).
"""

import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from csv_import import cli
from csv_import.errors import InputError, UsageError
from csv_import.options import DELIMITER_SPELLINGS, delimiter_of
from csv_import.web.imports import choices_of

# What a user may type, by the delimiter it names: written out here, not read from the code.
SPELLINGS = {
    ",": [",", "comma"],
    ";": [";", "semicolon"],
    "|": ["|", "pipe", "bar"],
    "\t": ["\t", "\\t", "tab"],
}
REFUSAL = (
    "--delimiter: one of , ; | or a TAB character, or \\t, tab, comma, semicolon, pipe or bar "
    "(in any case)"
)


@st.composite
def spelled(draw) -> tuple[str, str]:
    """(a delimiter, one way to type it): any case, spaces around."""
    delimiter = draw(st.sampled_from(sorted(SPELLINGS)))
    word = draw(st.sampled_from(SPELLINGS[delimiter]))
    word = "".join(c.upper() if draw(st.booleans()) else c for c in word)
    left, right = draw(st.sampled_from(["", " ", "  "])), draw(st.sampled_from(["", " "]))
    return delimiter, left + word + right


def cli_reads(text: str) -> str | None:
    options, _ = cli.import_options(["people.csv", f"--delimiter={text}"])  # "-x" too
    return options.delimiter


def listed(message: str) -> set[str]:
    """The spellings a refusal names, read off its sentence."""
    characters, _, names = message.removeprefix("--delimiter: one of ").partition(" or a TAB")
    names = names.removeprefix(" character, or ").removesuffix(" (in any case)")
    return {*characters.split(" "), "\t", *names.replace(" or ", ", ").split(", ")}


def test_the_refusal_lists_exactly_the_spellings_taken():
    assert f"--delimiter: {DELIMITER_SPELLINGS}" == REFUSAL
    assert listed(REFUSAL) == {word for words in SPELLINGS.values() for word in words}


@given(spelled())
@example((",", "COMMA"))
@example(("\t", "TAB"))  # the CLI's own error named it, and the CLI refused it
@example(("\t", " \t"))
def test_every_spelling_reads_the_same_on_the_command_line_and_the_page(case):
    delimiter, text = case
    assert delimiter_of(text) == delimiter
    assert cli_reads(text) == delimiter
    assert choices_of({"delimiter": text})["delimiter"] == delimiter


@given(st.text(max_size=12) | st.sampled_from(["space", " ", "tabs", "\\T", "\\\\t", ",;"]))
def test_anything_else_is_refused_by_both_in_one_sentence_naming_every_spelling(text):
    word = text.strip(" ").lower()
    taken = text in SPELLINGS or any(word in words for words in SPELLINGS.values())
    if taken or text == "":
        delimiter = delimiter_of(text)
        assert cli_reads(text) == delimiter == choices_of({"delimiter": text})["delimiter"]
        assert delimiter in (*SPELLINGS, None) and (delimiter is None) == (text == "")
        return
    for read in (delimiter_of, cli_reads):
        with pytest.raises(UsageError) as refused:
            read(text)
        assert str(refused.value) == REFUSAL
    with pytest.raises(InputError) as refused:
        choices_of({"delimiter": text})
    assert str(refused.value) == "mapping: " + REFUSAL.removeprefix("--")


@given(st.integers() | st.lists(st.text(max_size=1), max_size=2) | st.booleans())
def test_a_delimiter_of_another_json_type_is_refused_naming_the_field(value):
    with pytest.raises(InputError) as refused:
        choices_of({"delimiter": value})
    assert str(refused.value) == "mapping: delimiter: " + DELIMITER_SPELLINGS


@pytest.fixture
def tsv(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))
    path = tmp_path / "people.tsv"
    path.write_text("name\temail\nAda Lovelace\tada@example.com\nBo, Jr\tbo@example.com\n")
    return path


@pytest.mark.parametrize("spelling", ["TAB", "tab", "\\t", "\t"])
def test_the_cli_reads_a_tsv_with_any_spelling_of_tab(tsv, capsys, printed_json, spelling):
    assert cli.main([str(tsv), "--delimiter", spelling, "--dry-run", "--json"]) == 0
    summary = printed_json(capsys.readouterr().out)
    assert (summary["rows"], summary["accepted"]) == (2, 2)


def test_the_cli_refuses_a_space_in_one_line_naming_every_spelling(tsv, capsys):
    assert cli.main([str(tsv), "--delimiter", "space", "--dry-run"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == f"csvprocessor: {REFUSAL}\n"


@pytest.mark.parametrize("saved, exit_code", [("TAB", 0), ("\\t", 0), ("x", 2), (5, 2)])
def test_a_saved_mappings_delimiter_is_read_by_the_same_rule(tsv, capsys, saved, exit_code):
    """A hand-edited mapping: `"delimiter": "TAB"` reads the file; a delimiter that is none
    is one line, exit 2 (before, csv's reader raised a TypeError: a traceback)."""
    mapping = tsv.parent / "mapping.json"
    assert cli.main([str(tsv), "--save-mapping", str(mapping), "--dry-run"]) == 0
    capsys.readouterr()
    mapping.write_text(json.dumps({**json.loads(mapping.read_text()), "delimiter": saved}))
    assert cli.main([str(tsv), "--mapping", str(mapping), "--dry-run"]) == exit_code
    err = capsys.readouterr().err
    if exit_code:
        assert err == f"csvprocessor: --mapping {mapping}: delimiter: {DELIMITER_SPELLINGS}\n"
