"""Every table export of the corpus, opened and saved again by a user's own tools, keeps its
people (a metamorphic test): the same cells through each re-save writer
(tests/exports/resavers.py) read as the shape's people, and its known fields where the
product's own file gives them.

One case per writer, every shape inside it: a failure lists every shape it reads wrong.
Shapes the original file is read wrong for (KNOWN_FAILURES, KNOWN_FIELD_FAILURES) are not
asserted here; a re-save read wrong today is in RESAVE_FAILURES with its class.
"""

import pytest

from csv_import.errors import InputError
from csv_import.reading import open_people
from csv_import.rows import Person
from csv_import.validation import validate
from CSVProcessor.tests.exports.builders import KNOWN_FIELDS
from CSVProcessor.tests.exports.known_failures import (
    KNOWN_FAILURES,
    KNOWN_FIELD_FAILURES,
    RESAVE_FAILURES,
)
from CSVProcessor.tests.exports.resavers import RESAVERS
from CSVProcessor.tests.exports.shapes import SHAPES
from CSVProcessor.tests.unit.test_corpus import expected


def stored(path) -> dict[str, Person]:
    """email -> the person an import stores (the later row winning)."""
    people = {}
    with open_people(path) as rows:
        for row in rows.rows():
            verdict = validate(row)
            if isinstance(verdict, Person):
                people[verdict.email.lower()] = verdict
    return people


def failure(shape, path) -> str | None:
    """The class of what goes wrong reading the re-saved file, None when nothing does."""
    try:
        people = stored(path)
    except InputError:
        return "refused"
    except Exception as error:  # noqa: BLE001 - a crash is a class of its own
        return f"crashed: {type(error).__name__}"
    table = sorted(((p.full_name, p.email) for p in people.values()), key=lambda p: p[1].lower())
    if table != expected(shape.people):
        return "people"
    if shape.known is None or shape.name in KNOWN_FIELD_FAILURES:
        return None
    empty = {"phone": "", "company": "", "job_title": "", "other_emails": ()}
    declared = {email.lower(): fields for email, fields in shape.known}
    for email, person in people.items():
        if {field: getattr(person, field) for field in KNOWN_FIELDS} != declared.get(email, empty):
            return "fields"
    return None


@pytest.mark.parametrize("resaver", RESAVERS, ids=[r.name for r in RESAVERS])
def test_an_export_saved_again_by_a_users_tool_gives_its_people(tmp_path, resaver):
    cases = [s for s in SHAPES if resaver.applies(s) and s.name not in KNOWN_FAILURES]
    assert len(cases) > 100, "the re-save applies to too few shapes"
    found = {}
    for shape in cases:
        path = tmp_path / f"{shape.name}{resaver.suffix}"
        path.write_bytes(resaver.write(shape))
        wrong = failure(shape, path)
        if wrong is not None:
            found[shape.name] = wrong
        path.unlink()
    known = {name: cls for (writer, name), cls in RESAVE_FAILURES.items() if writer == resaver.name}
    assert found == known, f"{len(found)} of {len(cases)} shapes read wrong after {resaver.name}"
