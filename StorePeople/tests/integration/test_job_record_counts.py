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


# (mode, counts written, `failed` and `failed:db.refused` then): the failures a database
# outage counted in the record alone, then totals from PostgreSQL as replayed rows took
# failures off, one batch's written late.
R = "failed:db.refused"
FAILED_STEPS = [
    (1, {"failed": 2, R: 2, "unrecorded@failed": 2, f"unrecorded@{R}": 2}, (2, 2)),
    # PostgreSQL's 5 (3 of the reason), and the record's own 2
    (0, {"failed": 5, R: 3, "version@failed": 3, f"version@{R}": 3}, (7, 5)),
    (0, {"failed": 3, "version@failed": 5}, (5, 5)),  # replayed rows stored: down from 7
    (0, {R: 1, f"version@{R}": 5}, (5, 3)),  # and their reason's
    (0, {"failed": 4, R: 2, "version@failed": 4, f"version@{R}": 4}, (5, 3)),  # written late
    (2, {"failed": 1, R: 1, "unrecorded@failed": 1, f"unrecorded@{R}": 1}, (4, 2)),
    (0, {"failed": 3, R: 1, "version@failed": 6, f"version@{R}": 6}, (4, 2)),
]


def test_failure_counts_follow_the_latest_totals_plus_what_the_record_alone_counted(tmp_path):
    """Before, the failure counts kept the larger value and replayed rows sent decrements:
    the totals written late (step 5) raised them back, and the decrements had gone before
    them, so the record said failures too many for good (tests/test_faults_ninth.py)."""
    import_id = f"20261206T080000000000Z-{uuid.uuid4().hex[:6]}"
    client = redis.Redis.from_url(BACKEND_URL, decode_responses=True)
    records = RedisJobRecords(BACKEND_URL, 60)
    files = FileJobRecords(str(tmp_path), 60)
    try:
        for mode, counts, failed in FAILED_STEPS:
            records.write(import_id, counts, mode=mode)
            files.write(import_id, counts, mode=mode)
            in_file = json.loads((tmp_path / "jobs" / f"{import_id}.json").read_text())
            in_redis = client.hgetall(job_key(import_id))
            assert (int(in_redis["failed"]), int(in_redis[R])) == failed, counts
            assert (int(in_file["failed"]), int(in_file[R])) == failed, counts
    finally:
        client.delete(job_key(import_id))
