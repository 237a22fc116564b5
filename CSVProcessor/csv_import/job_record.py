"""The job record in the result backend: one small record per import (the contract's job_record).

The CLI writes what it read and enqueued; the worker adds what it stored or
failed (store_people/job_record.py). Records expire `ttl` seconds after their
last update, so Redis never grows without bound.
"""

import fcntl
import json
import logging
import os
import time
from urllib.parse import urlsplit

import redis

from csv_import.errors import ServiceError, UsageError
from people_import_contract.connections import malformed, redact, scrub
from people_import_contract.job_record import KEY_PREFIX, job_key, undo_key
from people_import_contract.limits import is_import_id

log = logging.getLogger(__name__)


class RedisJobRecords:
    def __init__(self, url: str, ttl: int, ssl: dict | None = None):
        self.url = url
        self.ttl = ttl
        try:
            self.client = redis.Redis.from_url(
                url,
                socket_timeout=5,
                socket_connect_timeout=5,
                decode_responses=True,
                **(ssl or {}),
            )
        except ValueError:
            raise UsageError(malformed(url, "BACKEND_CONN")) from None  # exit 2: nothing done

    def update(self, import_id: str, fields: dict) -> None:
        key = job_key(import_id)
        try:
            with self.client.pipeline(transaction=True) as pipe:
                pipe.hset(key, mapping={k: str(v) for k, v in fields.items()})
                pipe.expire(key, self.ttl)
                pipe.execute()
        except redis.RedisError as error:
            raise self._unavailable(error) from None

    def read(self, import_id: str) -> dict | None:
        return self._read(job_key(import_id))

    def read_undo(self, request_id: str) -> dict | None:
        """An undo's result, once a worker wrote it (people_import_contract.messages)."""
        return self._read(undo_key(request_id))

    def ask_undo(self, request_id: str, fields: dict) -> None:
        """The request's place for its result, before it is sent: the worker's answer
        overwrites these fields; a place gone means the backend lost what it held."""
        try:
            with self.client.pipeline(transaction=True) as pipe:
                pipe.hset(undo_key(request_id), mapping=fields)
                pipe.expire(undo_key(request_id), self.ttl)
                pipe.execute()
        except redis.RedisError as error:
            raise self._unavailable(error) from None

    def _read(self, key: str) -> dict | None:
        try:
            return self.client.hgetall(key) or None
        except redis.RedisError as error:
            raise self._unavailable(error) from None

    def import_ids(self) -> list[str]:
        """Every import the backend holds a record of (SCAN: never blocks Redis as KEYS would)."""
        try:
            keys = self.client.scan_iter(match=KEY_PREFIX + "*", count=1000)
            return [key[len(KEY_PREFIX) :] for key in keys if is_import_id(key[len(KEY_PREFIX) :])]
        except redis.RedisError as error:
            raise self._unavailable(error) from None

    def _unavailable(self, error) -> ServiceError:
        message = scrub(str(error), self.url)
        return ServiceError(f"result backend unreachable at {redact(self.url)}: {message}")


class FileJobRecords:
    """The embedded demo's backend (file://), shared with the worker on one machine."""

    def __init__(self, folder: str, ttl: int):
        self.folder = os.path.join(folder, "jobs")
        os.makedirs(self.folder, exist_ok=True)

    def _path(self, import_id: str) -> str:
        return os.path.join(self.folder, f"{import_id}.json")

    def update(self, import_id: str, fields: dict) -> None:
        with open(self._path(import_id), "a+", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            handle.seek(0)
            job = json.loads(handle.read() or "{}")
            job.update({k: str(v) for k, v in fields.items()})
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(job))

    def read(self, import_id: str) -> dict | None:
        try:
            with open(self._path(import_id), encoding="utf-8") as handle:
                fcntl.flock(handle, fcntl.LOCK_SH)
                return {k: str(v) for k, v in json.loads(handle.read() or "{}").items()} or None
        except FileNotFoundError:
            return None

    def read_undo(self, request_id: str) -> dict | None:
        return self.read(request_id)  # the worker's file backend: <request_id>.json

    def ask_undo(self, request_id: str, fields: dict) -> None:
        self.update(request_id, fields)

    def import_ids(self) -> list[str]:
        names = (name.removesuffix(".json") for name in os.listdir(self.folder))
        return [name for name in names if is_import_id(name)]


def job_records_for(backend_url: str, ttl: int, ssl: dict | None = None):
    parts = urlsplit(backend_url)
    if parts.scheme == "file":
        return FileJobRecords(parts.path, ttl)
    return RedisJobRecords(backend_url, ttl, ssl)


class JobRecord:
    """The CLI's writes to one import's record; a backend outage is reported once, never fatal."""

    def __init__(self, jobs, import_id: str):
        self.jobs, self.import_id, self.available = jobs, import_id, jobs is not None

    def update(self, fields: dict) -> None:
        if not self.available:
            return
        try:
            # The CLI's lease: `status` reads a running import whose CLI stopped renewing it
            # (killed, the machine gone) as interrupted (job_state.py).
            self.jobs.update(self.import_id, {**fields, "cli_seen_at": f"{time.time():.3f}"})
        except ServiceError as error:
            log.warning("job progress not recorded (%s); the import goes on", error)
            self.available = False
