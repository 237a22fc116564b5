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
        records.write(import_id, LATER, increment=False)
        records.write(import_id, EARLIER, increment=False)  # a slower batch's older totals
        kept = client.hgetall(job_key(import_id))
        assert {name: int(kept[name]) for name in KEPT} == KEPT
    finally:
        client.delete(job_key(import_id))
    files = FileJobRecords(str(tmp_path), 60)
    files.write(import_id, LATER, increment=False)
    files.write(import_id, EARLIER, increment=False)
    kept = json.loads((tmp_path / "jobs" / f"{import_id}.json").read_text())
    assert {name: int(kept[name]) for name in KEPT} == KEPT
