"""The export corpus (tests/exports/shapes.py) read as exactly its people; the same people
written through every writer (tests/exports/writers.py) read as the same table.

Shapes the code gets wrong today are strict xfails, listed with their failure
classes in tests/exports/known_failures.py.
"""

import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from csv_import.mojibake import repaired
from csv_import.reading import open_people
from csv_import.reading.columns import writes_family_first
from csv_import.reading.missing import MISSING
from csv_import.rows import Person
from csv_import.validation import validate
from CSVProcessor.tests.exports import writers
from CSVProcessor.tests.exports.builders import build
from CSVProcessor.tests.exports.known_failures import (
    KNOWN_FAILURES,
    REJECT_FAILURES,
    WRITER_FAILURES,
    reason,
)
from CSVProcessor.tests.exports.shapes import BY_NAME, SHAPES, coverage


def table(path) -> list[tuple[str, str]]:
    """What an import stores: (name, email) per address, the later row winning, by email."""
    stored = {}
    with open_people(path) as people:
        for row in people.rows():
            verdict = validate(row)
            if isinstance(verdict, Person):
                stored[verdict.email.lower()] = (verdict.full_name, verdict.email)
    return sorted(stored.values(), key=lambda person: person[1].lower())


def expected(people) -> list[tuple[str, str]]:
    return sorted(people, key=lambda person: person[1].lower())


def marked(name: str, known: dict) -> list:
    if name not in known:
        return []
    return [pytest.mark.xfail(strict=True, reason=reason(name))]


def test_the_corpus_covers_what_issue_22_asks():
    counts = coverage()
    assert counts["shapes"] >= 60
    assert len(counts["products"]) >= 25
    assert len(counts["languages"]) >= 20
    assert len(counts["code_pages"]) >= 10
    assert set(KNOWN_FAILURES) <= set(BY_NAME), "a known failure names no shape"
    assert set(REJECT_FAILURES) <= {s.name for s in REJECTING}, "a reject failure names no shape"


def test_the_corpus_docs_give_its_counts():
    """docs/corpus.md opens with the corpus's counts; a round that adds shapes updates them
    (docs/testing.md once said 146 shapes when there were 894)."""
    counts = coverage()
    docs = Path(__file__).resolve().parents[3] / "docs" / "corpus.md"
    opening = " ".join(docs.read_text().split("\n\n")[1].split())
    assert f"{counts['shapes']} export shapes from {len(counts['products'])} products" in opening, (
        opening
    )
    said = f"in {len(counts['languages'])} languages and {len(counts['code_pages'])} legacy"
    assert said in opening, opening


@pytest.mark.parametrize(
    "shape",
    [pytest.param(s, id=s.name, marks=marked(s.name, KNOWN_FAILURES)) for s in SHAPES],
)
def test_an_export_gives_exactly_its_people(tmp_path, shape):
    path = tmp_path / f"{shape.name}{shape.suffix}"
    path.write_bytes(build(shape))
    assert table(path) == expected(shape.people), shape.notes or shape.product


def rejects(path) -> list[tuple[int, str]]:
    """(line, reason) of every record an import rejects, reader's and validation's alike."""
    found = []
    with open_people(path) as people:
        for row in people.rows():
            verdict = validate(row)
            if not isinstance(verdict, Person):
                found.append((verdict.line, verdict.code))
    return found


REJECTING = [s for s in SHAPES if s.rejects is not None]


def rejecting_wrong(name: str) -> list:
    if name not in REJECT_FAILURES:
        return []
    return [pytest.mark.xfail(strict=True, reason=REJECT_FAILURES[name])]


@pytest.mark.parametrize(
    "shape",
    [pytest.param(s, id=s.name, marks=rejecting_wrong(s.name)) for s in REJECTING],
)
def test_an_export_rejects_exactly_its_broken_records_on_their_lines(tmp_path, shape):
    path = tmp_path / f"{shape.name}{shape.suffix}"
    path.write_bytes(build(shape))
    assert rejects(path) == list(shape.rejects), shape.notes or shape.product


@pytest.mark.parametrize(
    ("set_name", "writer"),
    [
        pytest.param(set_name, writer, id=f"{set_name}-{writer.name}",
                     marks=marked(f"{set_name}-{writer.name}", WRITER_FAILURES))
        for set_name, writer in writers.CASES
    ],
)  # fmt: skip
def test_the_same_people_through_every_writer_give_the_same_table(tmp_path, set_name, writer):
    people, _ = writers.PEOPLE[set_name]
    path = tmp_path / f"people{writer.suffix}"
    path.write_bytes(writer.write(people))
    assert table(path) == expected((f"{g} {f}", e) for g, f, e in people)


# Names of letters from any script (Unicode category L), one per part; the Unicode writers
# (and not a legacy code page or BOM-less UTF-16, which are guessed) must give them back.
# A word saying a value is missing ("null", "nan") is read as an empty cell (missing.py),
# and letters that are UTF-8 read as Windows-1252 ("Îœ") are repaired (mojibake.py).
PART = st.text(st.characters(categories=["L"]), min_size=1, max_size=12).filter(
    lambda part: part not in MISSING and repaired(part) == part
)
UNICODE_WRITERS = [
    w for w in writers.writers_for(()) if "utf-16-le" not in w.name and "cp" not in w.name
]


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(st.tuples(PART, PART), min_size=1, max_size=6),
    writer=st.sampled_from(UNICODE_WRITERS),
)
def test_generated_names_through_the_unicode_writers_come_back(parts, writer):
    # Whole names too: "áŸ" and "A" are each clean, "áŸ A" is a Khmer digit's UTF-8 read as
    # Windows-1252 (its third byte a no-break space), which mojibake.py repairs.
    assume(all(repaired(f"{a} {b}") == f"{a} {b}" for g, f in parts for a, b in ((g, f), (f, g))))
    people = [(g, f, f"p{n}@example.com") for n, (g, f) in enumerate(parts)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"people{writer.suffix}"
        path.write_bytes(writer.write(people))
        stored = table(path)

    # The documented order: family name first when it is written in Han or Hangul; a
    # vCard's FN (written "given family") is a whole name, stored as written.
    def name(g, f):
        family_first = writes_family_first(f) and not writer.name.startswith("vcard")
        return unicodedata.normalize("NFC", f"{f} {g}" if family_first else f"{g} {f}")

    names = ((name(g, f), e) for g, f, e in people)
    assert stored == expected(names), writer.name
