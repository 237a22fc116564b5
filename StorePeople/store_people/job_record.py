"""The job record in the result backend: how many rows of each import were stored or failed.

The CLI creates the job record and reads it (csv_import/job_record.py); the worker
writes the import's absolute counters from PostgreSQL (counts.py) into it,
keeping the larger value (the people counts: those of the later totals), so writing
the same totals twice or out of order is harmless. Counters replace per-task results,
so Redis holds one small hash per import, whatever the file's size, and it expires
after `ttl` seconds. A
backend outage never stops storing: the counters are progress, not data.
"""

import fcntl
import functools
import json
import logging
import os
import time
from urllib.parse import urlsplit

import redis

from people_import_contract.job_record import FAILED, FAILED_PREFIX, PEOPLE_COUNTERS, job_key

log = logging.getLogger(__name__)


# ARGV: ttl, now, mode (0 absolute: the larger wins, 1 increment, 2 decrement, never
# below 0: what replayed rows took off the failure counts), then field/value pairs.
# The people counts (VERSIONED) can go down (a later line of an import moves a person
# from `updated` to `unchanged`, store.tally): in absolute mode they are taken whole from
# the totals with the higher counts_version, the database's count of the import's batches.
# So can the failure counts, `failed` and `failed:<reason>` (replayed rows stored take
# their failures off): each is taken from the totals with its higher `version@<name>`
# (the counts_version it was read at: an import's transactions lock its `imports` row
# first, so a higher version holds every earlier change), plus `unrecorded@<name>`, the
# failures counted in the record alone (the database down: INCREMENT). Before, they kept
# the larger value and replayed rows sent decrements: a batch's totals written after later
# batches' decrements raised them again, and its own decrement took off only its rows:
# replays stored by concurrent pool processes left `failed` 10 in the record, 0 in
# PostgreSQL, state `done_with_failures` with every row stored (tests/test_faults_ninth.py).
ABSOLUTE, INCREMENT, DECREMENT = 0, 1, 2
VERSIONED = (*PEOPLE_COUNTERS, "counts_version")
VERSION_AT, UNRECORDED_AT = "version@", "unrecorded@"  # never `failed:`: no reason


def with_versions(counts: dict, version: int) -> dict:
    """The failure counts of `counts` (absolute, read at `version`), with their versions."""
    names = [name for name in counts if name == FAILED or name.startswith(FAILED_PREFIX)]
    return {**counts, **{VERSION_AT + name: version for name in names}}


UPDATE_SCRIPT = (
    f"""
local versioned = {{{", ".join(f"{name} = true" for name in VERSIONED)}}}
local version_at, unrecorded_at = '{VERSION_AT}', '{UNRECORDED_AT}'
"""
    + """local given, newer = {}, nil
for i = 4, #ARGV, 2 do
  given[ARGV[i]] = ARGV[i + 1]
end
if given['counts_version'] then
  newer = tonumber(given['counts_version'])
      > tonumber(redis.call('HGET', KEYS[1], 'counts_version') or '-1')
end
for i = 4, #ARGV, 2 do
  local name, value = ARGV[i], tonumber(ARGV[i + 1])
  local at = given[version_at .. name]
  if ARGV[3] == '1' then
    redis.call('HINCRBY', KEYS[1], name, value)
  elseif ARGV[3] == '2' then
    local left = tonumber(redis.call('HGET', KEYS[1], name) or '0') - value
    redis.call('HSET', KEYS[1], name, math.max(left, 0))
  elseif newer ~= nil and versioned[name] then
    if newer then redis.call('HSET', KEYS[1], name, value) end
  elseif string.sub(name, 1, #version_at) == version_at then
    -- written with its count, below
  elseif at ~= nil then
    if tonumber(at) > tonumber(redis.call('HGET', KEYS[1], version_at .. name) or '-1') then
      local own = tonumber(redis.call('HGET', KEYS[1], unrecorded_at .. name) or '0')
      redis.call('HSET', KEYS[1], name, value + own, version_at .. name, at)
    end
  elseif value > tonumber(redis.call('HGET', KEYS[1], name) or '-1') then
    redis.call('HSET', KEYS[1], name, value)
  end
end
redis.call('HSET', KEYS[1], 'last_progress_at', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[1])
"""
)


class RedisJobRecords:
    def __init__(self, url: str, ttl: int, ssl: dict | None = None):
        client = redis.Redis.from_url(
            url, socket_timeout=5, socket_connect_timeout=5, **(ssl or {})
        )
        self._client = client
        self._update = client.register_script(UPDATE_SCRIPT)
        self._ttl = ttl

    def write(self, import_id: str, counts: dict, mode: int) -> None:
        pairs = [str(x) for field, value in counts.items() for x in (field, value)]
        now = f"{time.time():.3f}"
        self._update(keys=[job_key(import_id)], args=[self._ttl, now, int(mode), *pairs])

    def put(self, key: str, fields: dict) -> None:
        """Set fields as they are (strings): an undo's result, an import's undo state."""
        with self._client.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping={name: str(value) for name, value in fields.items()})
            pipe.expire(key, self._ttl)
            pipe.execute()


class FileJobRecords:
    """The embedded demo's backend (file://): one JSON file per job, under a lock."""

    def __init__(self, folder: str, ttl: int):
        self._folder = os.path.join(folder, "jobs")
        os.makedirs(self._folder, exist_ok=True)

    def write(self, import_id: str, counts: dict, mode: int) -> None:
        path = os.path.join(self._folder, f"{import_id}.json")
        self._change(path, lambda job: self._add(job, counts, mode))

    def put(self, key: str, fields: dict) -> None:
        path = os.path.join(self._folder, f"{key.rsplit(':', 1)[-1]}.json")
        self._change(path, lambda job: job.update({k: str(v) for k, v in fields.items()}))

    @staticmethod
    def _add(job: dict, counts: dict, mode: int) -> None:
        version = counts.get("counts_version")
        newer = version is not None and version > int(job.get("counts_version", -1))
        for field, value in counts.items():  # as UPDATE_SCRIPT does
            old = int(job.get(field, 0))
            at = counts.get(VERSION_AT + field)
            if mode == INCREMENT:
                job[field] = old + value
            elif mode == DECREMENT:
                job[field] = max(old - value, 0)
            elif version is not None and field in VERSIONED:
                job[field] = value if newer else old
            elif field.startswith(VERSION_AT):
                pass  # written with its count
            elif at is not None:
                if at > int(job.get(VERSION_AT + field, -1)):
                    job[field] = value + int(job.get(UNRECORDED_AT + field, 0))
                    job[VERSION_AT + field] = at
            else:
                job[field] = max(old, value)
        job["last_progress_at"] = f"{time.time():.3f}"

    @staticmethod
    def _change(path: str, change) -> None:
        with open(path, "a+", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            handle.seek(0)
            job = json.loads(handle.read() or "{}")
            change(job)
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(job))


def job_records_for(backend_url: str, ttl: int, ssl: dict | None = None):
    parts = urlsplit(backend_url)
    if parts.scheme == "file":
        return FileJobRecords(parts.path, ttl)
    return RedisJobRecords(backend_url, ttl, ssl)


# One write of a job record: (import_id, counts, mode), as record() takes them.
Write = tuple[str, dict, int]


def record_all(progress, writes) -> None:
    """record() each write, in order."""
    for import_id, counts, mode in writes:
        record(progress, import_id, counts, mode)


def record(progress, import_id: str, counts: dict, mode: int = ABSOLUTE) -> None:
    """Absolute counters (the larger value wins), increments when the database was down,
    or decrements (DECREMENT) of the failure counts by replayed rows stored."""
    try:
        progress.write(import_id, counts, mode)
    except (redis.RedisError, OSError) as error:
        log.warning("import %s: progress not recorded (%s); rows are stored", import_id, error)


@functools.cache
def job_records(settings):  # store_people.settings.Settings
    # Cached per process; pool children build their own after the fork.
    return job_records_for(settings.backend_url, settings.job_ttl_seconds, settings.redis_ssl())
