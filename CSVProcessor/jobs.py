"""Import jobs in the result backend: one small record per import.

The CLI writes what it read and enqueued; the worker adds what it stored or
failed (StorePeople/progress.py, same key and field names). Records expire
`ttl` seconds after their last update, so Redis never grows without bound.
"""

import fcntl
import json
import os
import secrets
from datetime import UTC, datetime
from urllib.parse import urlsplit

import redis

from config import redact
from errors import ServiceError

KEY_PREFIX = "people-import:job:"


def finished(job: dict) -> int:
    """Rows of a job record the workers are done with: stored or failed."""
    return int(job.get("stored", 0)) + int(job.get("failed", 0))


def new_import_id(now: datetime | None = None) -> str:
    """Sortable by start time ("later import wins"), e.g. 20261128T160134123456Z-1a2b3c."""
    now = now or datetime.now(UTC)
    return f"{now:%Y%m%dT%H%M%S%f}Z-{secrets.token_hex(3)}"


class RedisJobs:
    def __init__(self, url: str, ttl: int, ssl: dict | None = None):
        self.url = url
        self.ttl = ttl
        self.client = redis.Redis.from_url(
            url, socket_timeout=5, socket_connect_timeout=5, decode_responses=True, **(ssl or {})
        )

    def update(self, import_id: str, fields: dict) -> None:
        key = KEY_PREFIX + import_id
        try:
            with self.client.pipeline(transaction=True) as pipe:
                pipe.hset(key, mapping={k: str(v) for k, v in fields.items()})
                pipe.expire(key, self.ttl)
                pipe.execute()
        except redis.RedisError as error:
            raise self._unavailable(error) from None

    def read(self, import_id: str) -> dict | None:
        try:
            return self.client.hgetall(KEY_PREFIX + import_id) or None
        except redis.RedisError as error:
            raise self._unavailable(error) from None

    def _unavailable(self, error) -> ServiceError:
        return ServiceError(f"result backend unreachable at {redact(self.url)}: {error}")


class FileJobs:
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


def jobs_for(backend_url: str, ttl: int, ssl: dict | None = None):
    parts = urlsplit(backend_url)
    if parts.scheme == "file":
        return FileJobs(parts.path, ttl)
    return RedisJobs(backend_url, ttl, ssl)
