"""CLI settings from the environment (read inside main(); nothing else reads os.environ)."""

import os
from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULT_BROKER = "amqp://guest:guest@localhost:5672//"
DEFAULT_BACKEND = "redis://localhost:6379/0"


@dataclass(frozen=True)
class Settings:
    broker_url: str = DEFAULT_BROKER
    backend_url: str = DEFAULT_BACKEND
    queue: str = "people"
    logs_dir: str = "logs"
    # Job records expire this long after their last update (the worker uses the same).
    job_ttl_seconds: int = 7 * 24 * 3600
    # --wait gives up when nothing was stored for this long.
    stall_seconds: float = 60.0
    # Optional: StorePeople's database, read by `status` once Redis forgot an import.
    database_url: str = ""

    @classmethod
    def from_env(cls, environ=os.environ) -> "Settings":
        return cls(
            broker_url=environ.get("BROKER_CONN", DEFAULT_BROKER),
            backend_url=environ.get("BACKEND_CONN", DEFAULT_BACKEND),
            queue=environ.get("IMPORT_QUEUE", "people"),
            logs_dir=environ.get("LOGS_DIR", "logs"),
            job_ttl_seconds=int(environ.get("JOB_TTL_SECONDS", 7 * 24 * 3600)),
            stall_seconds=float(environ.get("STALL_SECONDS", 60)),
            database_url=environ.get("DATABASE_URL", ""),
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
