"""Worker settings, read once from the environment (nothing else reads os.environ)."""

import os
from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULT_BROKER = "amqp://guest:guest@localhost:5672//"
DEFAULT_BACKEND = "redis://localhost:6379/0"
DEFAULT_DATABASE = "postgresql+psycopg2://postgres@localhost:5432/people"


@dataclass(frozen=True)
class Settings:
    broker_url: str = DEFAULT_BROKER
    backend_url: str = DEFAULT_BACKEND
    database_url: str = DEFAULT_DATABASE
    queue: str = "people"
    # How long one batch keeps retrying a transient database error before its
    # messages are dead-lettered (so an outage never silently drops rows).
    store_retry_seconds: float = 600.0
    # Job records in the result backend expire this long after their last update.
    job_ttl_seconds: int = 7 * 24 * 3600
    # Per-row tasks are buffered and stored together: flush at this many rows
    # or after this many seconds, whichever comes first.
    flush_every: int = 500
    flush_interval: float = 0.2

    @classmethod
    def from_env(cls, environ=os.environ) -> "Settings":
        return cls(
            broker_url=environ.get("BROKER_CONN", DEFAULT_BROKER),
            backend_url=environ.get("BACKEND_CONN", DEFAULT_BACKEND),
            database_url=environ.get("DATABASE_URL", DEFAULT_DATABASE),
            queue=environ.get("IMPORT_QUEUE", "people"),
            store_retry_seconds=float(environ.get("STORE_RETRY_SECONDS", 600)),
            job_ttl_seconds=int(environ.get("JOB_TTL_SECONDS", 7 * 24 * 3600)),
            flush_every=int(environ.get("FLUSH_EVERY", 500)),
            flush_interval=float(environ.get("FLUSH_INTERVAL", 0.2)),
        )


def transport_options(broker_url: str) -> dict:
    """kombu's filesystem transport (the embedded demo) takes its folder as options."""
    parts = urlsplit(broker_url)
    if parts.scheme != "filesystem":
        return {}
    os.makedirs(parts.path, exist_ok=True)
    return {
        "data_folder_in": parts.path,
        "data_folder_out": parts.path,
        "control_folder": os.path.join(parts.path, "control"),
    }


def redact(url: str) -> str:
    """The URL with its password hidden, for logs and error messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()
