"""Export-shaped files through the real pipeline: the exact people stored, nothing overwritten."""

import pytest
import xlsxwriter

from CSVProcessor.tests.exports.builders import build
from CSVProcessor.tests.exports.corpus import EXPORTS
from CSVProcessor.tests.exports.known_failures import KNOWN_FAILURES
from CSVProcessor.tests.exports.shapes import BY_NAME as SHAPES
from tests.helpers import people, run_json

pytestmark = pytest.mark.e2e
BY_NAME = {export.name: export for export in EXPORTS}


def write(tmp_path, name: str):
    export = BY_NAME[name]
    path = tmp_path / f"{name}{export.suffix}"
    path.write_bytes(export.data)
    return path


def test_exports_store_exactly_their_people_and_a_company_never_overwrites_a_name(
    db, env, start_worker, tmp_path
):
    start_worker()
    expected = {}
    for name, mode in [("google-contacts", []), ("google-csv-legacy", []), ("vcard", []),
                       ("salesforce-report", ["--batch-size", "100"]), ("xero", [])]:  # fmt: skip
        summary = run_json(env, "-csv", write(tmp_path, name), "--wait", *mode)
        assert summary["stored"] == len(BY_NAME[name].people), name
        assert summary["skipped_by_reason"] == BY_NAME[name].skipped
        expected.update({email.lower(): (full, email) for full, email in BY_NAME[name].people})
    stored = people(db)
    assert stored == sorted(expected.values(), key=lambda person: person[1].lower())
    # Xero's *ContactName "Acme Iberia S.L." came after Google's José García: the name stays.
    assert ("José García", "jose@example.es") in stored


def test_a_workbook_in_bulk_mode(db, env, start_worker, tmp_path):
    start_worker()
    path = tmp_path / "contacts.xlsx"
    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet("Contacts")
    sheet.write_row(0, 0, ["First Name", "Last Name", "Company", "E-mail Address"])
    rows = [(f"Person{n}", "Ødegaard", "Acme", f"p{n}@example.no") for n in range(1, 1001)]
    for number, row in enumerate(rows, 1):
        sheet.write_row(number, 0, row)
    workbook.close()
    summary = run_json(env, "-csv", path, "--wait", "--batch-size", "250")
    assert (summary["rows"], summary["stored"], summary["columns"]["kind"]) == (1000, 1000, "xlsx")
    assert ("Person1 Ødegaard", "p1@example.no") in people(db) and len(people(db)) == 1000


# One of each kind from the corpus (tests/exports/shapes.py): a legacy code page with every
# field quoted, a Greek one, a UTF-16 report with a summary block and a second section,
# quoted-printable vCards, and a workbook.
SAMPLE = ["outlook-de", "outlook-el", "teams-attendance", "android-vcard-ru", "ms-forms"]


def test_a_sample_of_the_corpus_is_stored_exactly(db, env, start_worker, tmp_path):
    assert not set(SAMPLE) & set(KNOWN_FAILURES), "the sample holds shapes read right today"
    start_worker()
    expected = {}
    for name in SAMPLE:
        shape = SHAPES[name]
        path = tmp_path / f"{name}{shape.suffix}"
        path.write_bytes(build(shape))
        summary = run_json(env, "-csv", path, "--wait")
        assert summary["stored"] >= len(shape.people), name
        expected.update({email.lower(): (full, email) for full, email in shape.people})
    assert people(db) == sorted(expected.values(), key=lambda person: person[1].lower())
