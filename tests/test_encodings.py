"""Files in legacy code pages, broken vCards and invisible characters, through the real pipeline."""

import json

import pytest

from CSVProcessor.tests.exports.code_page_corpus import PEOPLE, encode
from tests.helpers import people, run_cli, run_json

pytestmark = pytest.mark.e2e


def test_a_broken_vcard_is_one_reject_and_the_thousand_after_it_are_stored(
    db, env, start_worker, tmp_path
):
    start_worker()
    path = tmp_path / "phone.vcf"
    broken = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\nEMAIL:cut@example.com\r\n"
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEMAIL:p{i}@example.com\r\nEND:VCARD\r\n"
        for i in range(1000)
    )
    path.write_text(broken + cards, newline="")
    summary = run_json(env, "-csv", path, "--wait")
    assert (summary["stored"], summary["rejected"]) == (1000, 1)
    assert summary["rejected_by_reason"] == {"vcard.unclosed": 1}
    assert len(people(db)) == 1000


def test_legacy_code_pages_store_the_right_names_or_are_refused(db, env, start_worker, tmp_path):
    start_worker()
    expected = []
    for language, code_page in [("pl", "cp1250"), ("tr", "cp1254"), ("ru", "koi8-r"),
                                ("ko", "cp949"), ("ja", "cp932")]:  # fmt: skip
        names = PEOPLE[language][2].split("|")
        rows = [(n, f"{language}{i}@example.com") for i, n in enumerate(names)]
        path = tmp_path / f"{language}.csv"
        text = "name,email\r\n" + "".join(f"{n},{e}\r\n" for n, e in rows)
        path.write_bytes(encode(text, code_page))
        summary = run_json(env, "-csv", path, "--wait")
        assert (summary["stored"], summary["columns"]["encoding"]) == (10, code_page)
        expected += rows
    # One word, one letter that two code pages read as different letters: refused, nothing sent.
    path = tmp_path / "thin.csv"
    path.write_bytes("name,email\r\nUrška Turk,u@example.si\r\n".encode("iso8859-2"))
    refused = run_cli(env, "-csv", path, "--wait", "--json")
    assert refused.returncode == 2 and "--encoding" in refused.stderr
    assert json.loads(refused.stdout)["enqueued"] == 0
    assert people(db) == sorted(expected, key=lambda person: person[1])


def test_invisible_characters_are_not_stored(db, env, start_worker, tmp_path):
    start_worker()
    path = tmp_path / "pasted.csv"
    path.write_text(
        "name,email\n\ufeffAnn\u200b Lee\u202e,\u200bann@example.com\nمحمد\u200cرضا,m@example.ir\n",
        encoding="utf-8",
    )
    run_json(env, "-csv", path, "--wait")
    assert people(db) == [("Ann Lee", "ann@example.com"), ("محمد\u200cرضا", "m@example.ir")]
