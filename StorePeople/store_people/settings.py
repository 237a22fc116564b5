"""Worker settings, read once from the environment (nothing else reads os.environ)."""

import os
from dataclasses import dataclass, field

from people_import_contract.connections import (
    DEFAULT_BACKEND,
    DEFAULT_BROKER,
    ServiceConnections,
    TlsFiles,
    positive_number,
    postgres_tls_url,
    shared_from_env,
)
from people_import_contract.queues import DEFAULT_QUEUE_TYPE

DEFAULT_DATABASE = "postgresql+psycopg2://postgres@localhost:5432/people"


@dataclass(frozen=True)
class Settings(ServiceConnections):
    broker_url: str = DEFAULT_BROKER
    backend_url: str = DEFAULT_BACKEND
    database_url: str = DEFAULT_DATABASE
    queue: str = "people"
    queue_type: str = DEFAULT_QUEUE_TYPE  # IMPORT_QUEUE_TYPE: quorum or classic (contract's queues)
    # How long one batch keeps retrying a transient database error before its
    # messages are dead-lettered (so an outage never silently drops rows).
    store_retry_seconds: float = 600.0
    # Job records in the result backend expire this long after their last update.
    job_ttl_seconds: int = 7 * 24 * 3600
    # Per-row tasks are buffered and stored together: flush at this many rows
    # or after this many seconds, whichever comes first.
    flush_every: int = 500
    flush_interval: float = 0.2
    # people_history keeps each replaced version this many days (an undo needs them).
    history_days: int = 90
    tls: TlsFiles = field(default_factory=TlsFiles)
    fast_paths: bool = True
    log_format: str = "text"  # LOG_FORMAT: text or json (the contract's log_format)
    metrics_port: int = 0  # METRICS_PORT: Prometheus metrics on this port (0: no server)

    @classmethod
    def from_env(cls, environ=os.environ) -> "Settings":
        shared = shared_from_env(environ)
        return cls(
            **shared,
            database_url=database_url_from_env(environ),
            # Positive numbers, or one line naming the variable: int("a week") named
            # none, FLUSH_EVERY=0 or a negative retry were taken, HISTORY_DAYS=0 became 1.
            store_retry_seconds=positive_number(environ, "STORE_RETRY_SECONDS", 600.0),
            flush_every=positive_number(environ, "FLUSH_EVERY", 500, int),
            flush_interval=positive_number(environ, "FLUSH_INTERVAL", 0.2),
            history_days=positive_number(environ, "HISTORY_DAYS", 90, int),
            metrics_port=port_number(environ.get("METRICS_PORT", "")),
        )


def database_url_from_env(environ=os.environ) -> str:
    """DATABASE_URL as the worker connects with it (the TLS files in its query): all that
    Alembic reads, so a worker setting in doubt (FLUSH_EVERY=0) can't stop a migration."""
    return postgres_tls_url(
        environ.get("DATABASE_URL", DEFAULT_DATABASE), TlsFiles.from_env(environ)
    )


def port_number(value: str) -> int:
    """METRICS_PORT: empty for none, else a TCP port (ValueError in one line)."""
    if not value.strip():
        return 0
    if not value.strip().isdecimal() or not 0 < int(value) < 65536:
        raise ValueError(f"METRICS_PORT={value!r} is not a TCP port (1-65535)")
    return int(value)
