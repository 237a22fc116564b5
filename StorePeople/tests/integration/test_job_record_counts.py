"""The job record keeps the latest people counts, which can go down, and the largest of the rest."""

import json
import uuid

import pytest
import redis

from people_import_contract.job_record import job_key
from store_people.job_record import FileJobRecords, RedisJobRecords
from tests.helpers import BACKEND_URL

pytestmark = pytest.mark.integration
LATER = {"stored": 3, "inserted": 1, "updated": 0, "unchanged": 1, "failed": 0, "counts_version": 2}
EARLIER = {
    "stored": 2,
    "inserted": 1,
    "updated": 1,
    "unchanged": 0,
    "failed": 1,
    "counts_version": 1,
}
KEPT = {"stored": 3, "inserted": 1, "updated": 0, "unchanged": 1, "failed": 1, "counts_version": 2}


def test_totals_written_out_of_order_keep_the_later_people_counts(tmp_path):
    import_id = f"20261203T080000000000Z-{uuid.uuid4().hex[:6]}"
    records = RedisJobRecords(BACKEND_URL, 60)
    client = redis.Redis.from_url(BACKEND_URL, decode_responses=True)
    try:
        records.write(import_id, LATER, mode=0)
        records.write(import_id, EARLIER, mode=0)  # a slower batch's older totals
        kept = client.hgetall(job_key(import_id))
        assert {name: int(kept[name]) for name in KEPT} == KEPT
    finally:
        client.delete(job_key(import_id))
    files = FileJobRecords(str(tmp_path), 60)
    files.write(import_id, LATER, mode=0)
    files.write(import_id, EARLIER, mode=0)
    kept = json.loads((tmp_path / "jobs" / f"{import_id}.json").read_text())
    assert {name: int(kept[name]) for name in KEPT} == KEPT


# (mode, counts written, `failed` then): the failures a database outage counted in the record
# alone, then totals from PostgreSQL as replayed rows took failures off, one of them late.
FAILED_STEPS = [
    (1, {"failed": 2, "failed_unrecorded": 2}, 2),  # the database down: the record alone
    (0, {"failed": 5, "failed_version": 3}, 7),  # PostgreSQL's 5, and the record's own 2
    (0, {"failed": 3, "failed_version": 5}, 5),  # replayed rows stored: down from 7
    (0, {"failed": 4, "failed_version": 4}, 5),  # a batch's totals written after a later one's
    (2, {"failed": 1, "failed_unrecorded": 1}, 4),  # one of the record's own replayed
    (0, {"failed": 3, "failed_version": 6}, 4),
]


def test_failed_follows_the_latest_totals_plus_what_the_record_alone_counted(tmp_path):
    """Before, `failed` kept the larger value and replayed rows sent decrements: the stale
    totals of step 4 raised it back to 5 and step 3's decrement had gone before them, so the
    record said 1 failure too many for good (tests/test_faults_ninth.py)."""
    import_id = f"20261206T080000000000Z-{uuid.uuid4().hex[:6]}"
    client = redis.Redis.from_url(BACKEND_URL, decode_responses=True)
    records = RedisJobRecords(BACKEND_URL, 60)
    files = FileJobRecords(str(tmp_path), 60)
    try:
        for mode, counts, failed in FAILED_STEPS:
            records.write(import_id, counts, mode=mode)
            files.write(import_id, counts, mode=mode)
            in_file = json.loads((tmp_path / "jobs" / f"{import_id}.json").read_text())
            assert int(client.hget(job_key(import_id), "failed")) == failed, counts
            assert int(in_file["failed"]) == failed, counts
    finally:
        client.delete(job_key(import_id))
