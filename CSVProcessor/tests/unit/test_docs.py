"""The CLI's help and its reference (docs/cli.md) name the same commands and options."""

import re
from pathlib import Path

import pytest

from csv_import import cli

DOCS = Path(__file__).resolve().parents[3] / "docs"


def help_text(capsys, command):
    with pytest.raises(SystemExit):
        cli.main([*command, "--help"])
    return capsys.readouterr().out


@pytest.mark.parametrize("command", [[], *([name] for name in cli.COMMANDS)])
def test_every_option_in_help_is_in_the_reference(capsys, command):
    reference = (DOCS / "cli.md").read_text()
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", help_text(capsys, command)))
    options -= {"--help"}
    assert options, command
    assert {
        option
        for option in options
        if f"`{option}" not in reference and f" {option}" not in reference
    } == set()


def test_every_command_is_in_the_reference():
    reference = (DOCS / "cli.md").read_text()
    assert [name for name in cli.COMMANDS if f"`{name}" not in reference] == []


def test_the_readme_links_only_to_docs_that_exist():
    readme = (DOCS.parent / "README.md").read_text()
    for target in re.findall(r"\]\((docs/[^)#]+)", readme):
        assert (DOCS.parent / target).exists(), target


def test_version_is_the_installed_package_version(capsys):
    from importlib.metadata import version

    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.split() == [
        "csvprocessor.py",
        version("people-import-csvprocessor"),
    ]


def test_the_languages_the_docs_count_are_the_vocabularys():
    """The README and docs/columns.md say how many languages the header words cover: the
    vocabulary's count, each with phone words (the number went stale at 44 while it grew)."""
    import json

    from csv_import.reading.vocabulary import LANGUAGES

    words = DOCS.parent / "CSVProcessor" / "csv_import" / "reading" / "words"
    with_phone = [
        path.stem
        for path in words.glob("*.json")
        if any(word["means"] == "phone" for word in json.loads(path.read_text())["words"])
    ]
    readme = (DOCS.parent / "README.md").read_text()
    counted = {int(n) for n in re.findall(r"(\d+) languages", readme)}
    assert counted == {len(LANGUAGES)}
    assert f"phone words in all {len(with_phone)}," in (DOCS / "columns.md").read_text()
    assert len(with_phone) == len(LANGUAGES)
