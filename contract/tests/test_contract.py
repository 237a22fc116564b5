"""The contract both services install: queue declarations, limits, packaging (no services)."""

import dataclasses
import importlib.metadata
import json
from pathlib import Path

import pytest

from csv_import.report import Summary
from csv_import.settings import Settings as CliSettings
from people_import_contract import queues
from people_import_contract.job_record import PEOPLE_COUNTERS, SUPERSEDED, WORKER_COUNTERS
from people_import_contract.limits import IMPORT_ID_LENGTH, is_import_id, new_import_id
from store_people.app import celery_config
from store_people.job_record import UPDATE_SCRIPT
from store_people.models import Import
from store_people.settings import Settings as WorkerSettings

DISTRIBUTIONS = (
    "people-import-contract",
    "people-import-csvprocessor",
    "people-import-storepeople",
)


def test_each_package_installs_one_top_level_module_with_a_unique_name():
    names = [
        importlib.metadata.distribution(d).read_text("top_level.txt").split() for d in DISTRIBUTIONS
    ]
    assert names == [["people_import_contract"], ["csv_import"], ["store_people"]]


def test_the_cli_and_the_worker_declare_the_very_same_queues():
    for queue_type in queues.QUEUE_TYPES:
        cli = CliSettings.from_env({"IMPORT_QUEUE": "q", "IMPORT_QUEUE_TYPE": queue_type})
        worker = WorkerSettings.from_env({"IMPORT_QUEUE": "q", "IMPORT_QUEUE_TYPE": queue_type})
        declared = queues.all_queues(cli.queue, cli.queue_type)
        (consumed,) = celery_config(worker)["task_queues"]
        assert consumed.as_dict(recurse=True) == declared[0].as_dict(recurse=True)
        main, bulk, dead = declared
        assert main.exchange.name == bulk.exchange.name == "q"
        assert (main.routing_key, bulk.routing_key) == ("q", "q.bulk")
        for queue in (main, bulk):
            assert queue.queue_arguments["x-dead-letter-routing-key"] == dead.name == "q.dead"
        quorum = {"x-queue-type": "quorum"} if queue_type == "quorum" else {}
        assert all(quorum.items() <= q.queue_arguments.items() for q in declared)


def test_an_unknown_queue_type_is_refused_on_both_sides():
    for settings in (CliSettings, WorkerSettings):
        with pytest.raises(ValueError, match="IMPORT_QUEUE_TYPE"):
            settings.from_env({"IMPORT_QUEUE_TYPE": "stream"})


def test_import_ids_have_the_documented_shape():
    import_id = new_import_id()
    assert len(import_id) == IMPORT_ID_LENGTH and is_import_id(import_id)
    assert not is_import_id("20261128T160134123456Z-1A2B3C") and not is_import_id(42)


def test_import_ids_are_ascii_real_times_and_not_from_the_future():
    arabic_indic = "٢٠٢٦١١٢٨T١٦٠١٣٤١٢٣٤٥٦Z-1a2b3c"
    for refused in (arabic_indic, "99991231T235959999999Z-1a2b3c", "20261328T160134123456Z-1a2b3c"):
        assert not is_import_id(refused), refused
    assert is_import_id("20261128T160134123456Z-1a2b3c")


def test_the_worker_checks_the_lengths_the_cli_checks():
    from people_import_contract.limits import email_lengths_ok

    assert email_lengths_ok("a@" + "b" * 63 + ".example")
    assert not email_lengths_ok("a@" + "b" * 64 + ".example")  # a label over 63
    assert not email_lengths_ok("a" * 65 + "@example.com")  # a local part over 64
    assert not email_lengths_ok("a@" + ".".join(["b" * 60] * 5))  # over 254 in all


def test_the_worker_counters_have_one_spelling_on_both_sides():
    """The contract's names are the `imports` table's columns, the CLI summary's fields and
    the keys `--json` prints (summary.schema.json); the backend script versions the people."""
    schema = json.loads(
        (Path(__file__).parents[2] / "CSVProcessor" / "summary.schema.json").read_text()
    )
    printed = set(schema["$defs"]["summary"]["properties"])
    fields = {f.name for f in dataclasses.fields(Summary)}
    columns = set(Import.__table__.c.keys())
    for name in WORKER_COUNTERS:
        assert name in columns and name in fields and name in printed, name
    assert SUPERSEDED in fields and SUPERSEDED in printed
    assert set(PEOPLE_COUNTERS) < set(WORKER_COUNTERS)
    versioned = UPDATE_SCRIPT.split("local versioned = {", 1)[1].split("}", 1)[0]
    assert sorted(v.split("=")[0].strip() for v in versioned.split(",")) == sorted(
        (*PEOPLE_COUNTERS, "counts_version")
    )


def known_person():
    from csv_import.rows import Person

    return Person(5, "Ann Lee", "ann@example.com", "+4930123456", "Acme", "CTO",
                  ("ann@home.example.org",))  # fmt: skip


def body_of(message):
    import json

    args, kwargs, _embed = json.loads(message[0])
    return args, kwargs


def test_known_fields_cross_from_the_cli_to_the_worker_per_row_and_bulk():
    from csv_import.enqueue import bulk_row
    from csv_import.messages import people_message, person_message
    from store_people.validation import parse_people, parse_person

    import_id, person = new_import_id(), known_person()
    args, kwargs = body_of(
        person_message(import_id, person.line, person.full_name, person.email, **person.known())
    )
    row = parse_person(args, kwargs)
    expected = (import_id, 5, "Ann Lee", "ann@example.com", "+4930123456", "Acme", "CTO",
                ("ann@home.example.org",), None, 0)  # fmt: skip
    assert tuple(row) == expected
    plain = person._replace(phone="", company="", job_title="", other_emails=())
    _, kwargs = body_of(people_message(import_id, [bulk_row(person), bulk_row(plain)]))
    assert [len(r) for r in kwargs["rows"]] == [8, 3]  # a row without them stays short
    good, bad = parse_people(import_id, kwargs["rows"])
    assert bad == [] and tuple(good[0]) == expected
    assert tuple(good[1]) == (import_id, 5, "Ann Lee", "ann@example.com", *[None] * 5, 0)


def test_the_merge_policy_crosses_per_row_and_bulk_and_a_bad_one_is_refused():
    from csv_import.messages import people_message, person_message
    from people_import_contract.messages import MERGE_POLICIES
    from store_people.intake import store_people_message
    from store_people.settings import Settings
    from store_people.validation import BadMessage, parse_people, parse_person
    from store_people.verdicts import Dead

    import_id = new_import_id()
    for index, merge in enumerate(MERGE_POLICIES):
        args, kwargs = body_of(person_message(import_id, 2, "Ann", "ann@example.com", merge))
        assert ("merge" in kwargs) == (merge != "overwrite")  # the default is not sent
        assert parse_person(args, kwargs).policy == index
        _, kwargs = body_of(people_message(import_id, [[2, "Ann", "ann@example.com"]], merge))
        assert ("merge" in kwargs) == (merge != "overwrite")
    good, _ = parse_people(import_id, [[2, "Ann", "ann@example.com"]], 2)
    assert good[0].policy == 2
    args, kwargs = body_of(person_message(import_id, 2, "Ann", "ann@example.com", "append"))
    with pytest.raises(BadMessage, match="bad_merge"):
        parse_person(args, kwargs)
    _, kwargs = body_of(people_message(import_id, [[2, "Ann", "ann@example.com"]], "append"))
    verdict = store_people_message(Settings.from_env({}), [], kwargs)
    assert isinstance(verdict, Dead) and verdict.reason == "message.bad_merge"


def test_both_sides_enforce_the_known_fields_limits():
    from csv_import.reading.table import Row
    from csv_import.validation import validate
    from people_import_contract.limits import (
        MAX_COMPANY_LENGTH,
        MAX_JOB_TITLE_LENGTH,
        MAX_OTHER_EMAILS,
        MAX_PHONE_LENGTH,
    )
    from store_people.validation import BadMessage, parse_people

    import_id = new_import_id()
    too_long = {
        "phone": "1" * (MAX_PHONE_LENGTH + 1),
        "company": "C" * (MAX_COMPANY_LENGTH + 1),
        "job_title": "T" * (MAX_JOB_TITLE_LENGTH + 1),
    }
    for field, value in too_long.items():
        row = Row(2, "Ann", "ann@example.com", [], **{field: value})
        assert validate(row).code == f"{field}.too_long"  # the CLI rejects the row
        at_limit = Row(2, "Ann", "ann@example.com", [], **{field: value[1:]})
        assert getattr(validate(at_limit), field) == value[1:]
        bulk = [2, "Ann", "ann@example.com", "", "", "", [], {}]
        bulk[3 + ("phone", "company", "job_title").index(field)] = value
        _, bad = parse_people(import_id, [bulk])
        assert [error.code for _, error in bad] == [f"{field}.invalid"]  # the worker refuses
    many = [f"a{i}@example.com" for i in range(MAX_OTHER_EMAILS + 1)]
    _, bad = parse_people(import_id, [[2, "Ann", "ann@example.com", "", "", "", many, {}]])
    assert isinstance(bad[0][1], BadMessage) and bad[0][1].code == "other_emails.invalid"
    row = Row(2, "Ann", "ann@example.com", [], None, tuple(many))
    assert len(validate(row).other_emails) == MAX_OTHER_EMAILS  # the CLI keeps the first 20
    _, bad = parse_people(import_id, [[2, "Ann", "ann@example.com", "", "", "", ["not-an"], {}]])
    assert bad[0][1].code == "other_emails.invalid"


def test_both_sides_bound_the_kept_columns():
    from csv_import.reading.table import Row
    from csv_import.validation import validate
    from people_import_contract.limits import MAX_ATTRIBUTES_BYTES, attributes_size
    from store_people.validation import parse_people

    import_id = new_import_id()
    at_limit = {"Notes": "x" * (MAX_ATTRIBUTES_BYTES - len('{"Notes":""}'))}
    assert attributes_size(at_limit) == MAX_ATTRIBUTES_BYTES
    over = {"Notes": at_limit["Notes"] + "é"}  # one character, two bytes, over
    assert validate(Row(2, "Ann", "ann@example.com", [], attributes=at_limit)).attributes
    assert validate(Row(2, "Ann", "ann@example.com", [], attributes=over)).code == (
        "attributes.too_large"
    )
    for attributes, refused in ((at_limit, False), (over, True), ({"a": 1}, True),
                                ({"a\x00": "b"}, True)):  # fmt: skip
        good, bad = parse_people(
            import_id, [[2, "Ann", "ann@example.com", "", "", "", [], attributes]]
        )
        assert bool(bad) == refused and (bad[0][1].code == "attributes.invalid" if bad else True)
        assert good == [] or good[0].attributes == attributes
