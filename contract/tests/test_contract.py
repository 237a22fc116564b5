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
