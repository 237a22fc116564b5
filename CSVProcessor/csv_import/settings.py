"""CLI settings from the environment (read inside main(); nothing else reads os.environ)."""

import os
from dataclasses import dataclass, field

from people_import_contract.connections import (
    DEFAULT_BACKEND,
    DEFAULT_BROKER,
    ServiceConnections,
    TlsFiles,
    check_kombu_urls,
    check_urls,
    positive_number,
    postgres_tls_url,
    shared_from_env,
)
from people_import_contract.queues import DEFAULT_QUEUE_TYPE


@dataclass(frozen=True)
class Settings(ServiceConnections):
    broker_url: str = DEFAULT_BROKER
    backend_url: str = DEFAULT_BACKEND
    queue: str = "people"
    queue_type: str = DEFAULT_QUEUE_TYPE  # IMPORT_QUEUE_TYPE: quorum or classic (contract's queues)
    logs_dir: str = "logs"
    # Job records expire this long after their last update (the worker uses the same).
    job_ttl_seconds: int = 7 * 24 * 3600
    # --wait gives up when nothing was stored for this long.
    stall_seconds: float = 60.0
    # Optional: StorePeople's database, read by `status` once Redis forgot an import.
    database_url: str = ""
    tls: TlsFiles = field(default_factory=TlsFiles)
    fast_paths: bool = True
    log_format: str = "text"  # LOG_FORMAT: text or json (the contract's log_format)

    @classmethod
    def from_env(cls, environ=os.environ) -> "Settings":
        """ValueError (one line, no password) for a malformed value: no library sees it first."""
        shared = shared_from_env(environ)
        database_url = environ.get("DATABASE_URL", "")
        check_urls({"BROKER_CONN": shared["broker_url"], "BACKEND_CONN": shared["backend_url"],
                    "DATABASE_URL": database_url})  # fmt: skip
        check_kombu_urls(shared["broker_url"], shared["backend_url"])
        return cls(
            **shared,
            logs_dir=environ.get("LOGS_DIR", "logs"),
            stall_seconds=positive_number(environ, "STALL_SECONDS", 60.0),
            database_url=postgres_tls_url(database_url, shared["tls"]),
        )
