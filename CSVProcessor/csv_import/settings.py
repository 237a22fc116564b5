"""CLI settings from the environment (read inside main(); nothing else reads os.environ)."""

import os
from dataclasses import dataclass, field

from people_import_contract.connections import (
    DEFAULT_BACKEND,
    DEFAULT_BROKER,
    ServiceConnections,
    TlsFiles,
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

    @classmethod
    def from_env(cls, environ=os.environ) -> "Settings":
        shared = shared_from_env(environ)
        return cls(
            **shared,
            logs_dir=environ.get("LOGS_DIR", "logs"),
            stall_seconds=float(environ.get("STALL_SECONDS", 60)),
            database_url=postgres_tls_url(environ.get("DATABASE_URL", ""), shared["tls"]),
        )
