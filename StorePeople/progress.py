"""Job counters in the result backend: how many rows of each import were stored or failed.

The CLI creates the job record and reads it (CSVProcessor/jobs.py); the worker
only adds to it. Counters replace per-task results, so Redis holds one small
hash per import, whatever the file's size, and it expires after `ttl` seconds.
A backend outage never stops storing: the counters are progress, not data.
"""

import fcntl
import json
import logging
import os
import time
from collections import Counter
from urllib.parse import urlsplit

import redis

log = logging.getLogger(__name__)

KEY_PREFIX = "people-import:job:"


class RedisProgress:
    def __init__(self, url: str, ttl: int):
        self._client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
        self._ttl = ttl

    def add(self, import_id: str, counts: Counter) -> None:
        key = KEY_PREFIX + import_id
        with self._client.pipeline(transaction=True) as pipe:
            for field, amount in counts.items():
                pipe.hincrby(key, field, amount)
            pipe.hset(key, "last_progress_at", f"{time.time():.3f}")
            pipe.expire(key, self._ttl)
            pipe.execute()


class FileProgress:
    """The embedded demo's backend (file://): one JSON file per job, under a lock."""

    def __init__(self, folder: str, ttl: int):
        self._folder = os.path.join(folder, "jobs")
        os.makedirs(self._folder, exist_ok=True)

    def add(self, import_id: str, counts: Counter) -> None:
        path = os.path.join(self._folder, f"{import_id}.json")
        with open(path, "a+", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            handle.seek(0)
            job = json.loads(handle.read() or "{}")
            for field, amount in counts.items():
                job[field] = int(job.get(field, 0)) + amount
            job["last_progress_at"] = f"{time.time():.3f}"
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(job))


def progress_for(backend_url: str, ttl: int):
    parts = urlsplit(backend_url)
    if parts.scheme == "file":
        return FileProgress(parts.path, ttl)
    return RedisProgress(backend_url, ttl)


def record(progress, import_id: str, counts: Counter) -> None:
    try:
        progress.add(import_id, counts)
    except (redis.RedisError, OSError) as error:
        log.warning("import %s: progress not recorded (%s); rows are stored", import_id, error)
