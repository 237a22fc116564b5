"""CLI settings from the environment (read inside main(); nothing else reads os.environ)."""

import os
import ssl
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

DEFAULT_BROKER = "amqp://guest:guest@localhost:5672//"
DEFAULT_BACKEND = "redis://localhost:6379/0"


def tls_files(environ) -> dict:
    """TLS_CA_FILE, TLS_CERT_FILE, TLS_KEY_FILE: one set for RabbitMQ, Redis and PostgreSQL."""
    return {
        "tls_ca_file": environ.get("TLS_CA_FILE", ""),
        "tls_cert_file": environ.get("TLS_CERT_FILE", ""),
        "tls_key_file": environ.get("TLS_KEY_FILE", ""),
    }


class TlsOptions:
    """TLS for RabbitMQ and Redis, switched on by the URL (amqps://, rediss://).

    Whenever TLS is used the server's certificate is verified against TLS_CA_FILE
    (the system's CAs when unset) and its name against the URL's host: there is
    no setting that turns verification off.
    """

    tls_ca_file: str
    tls_cert_file: str
    tls_key_file: str

    def amqp_ssl(self) -> dict | bool:
        """kombu's `ssl` (Celery's broker_use_ssl) for amqps://, else False."""
        parts = urlsplit(self.broker_url)
        if parts.scheme != "amqps":
            return False
        return {
            "cert_reqs": ssl.CERT_REQUIRED,
            "server_hostname": parts.hostname,
            "ca_certs": self.tls_ca_file or None,
            "certfile": self.tls_cert_file or None,
            "keyfile": self.tls_key_file or None,
        }

    def redis_ssl(self) -> dict:
        """redis-py's ssl_* arguments (Celery's redis_backend_use_ssl) for rediss://, else {}."""
        if urlsplit(self.backend_url).scheme != "rediss":
            return {}
        return {
            "ssl_cert_reqs": ssl.CERT_REQUIRED,
            "ssl_check_hostname": True,
            "ssl_ca_certs": self.tls_ca_file or None,
            "ssl_certfile": self.tls_cert_file or None,
            "ssl_keyfile": self.tls_key_file or None,
        }


def postgres_tls_url(url: str, files: dict) -> str:
    """DATABASE_URL with libpq's TLS parameters when it asks for TLS (any sslmode but disable).

    The mode becomes verify-full: require and verify-ca would accept a
    certificate issued to another host. The CA, certificate and key go in the
    URL's query, which SQLAlchemy and libpq both pass to the connection.
    """
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    if query.get("sslmode", "disable") == "disable":
        return url
    query["sslmode"] = "verify-full"
    for name, key in (
        ("sslrootcert", "tls_ca_file"),
        ("sslcert", "tls_cert_file"),
        ("sslkey", "tls_key_file"),
    ):
        if files[key]:
            query[name] = files[key]
    return parts._replace(query=urlencode(query, quote_via=quote)).geturl()


@dataclass(frozen=True)
class Settings(TlsOptions):
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
    # TLS_CA_FILE, TLS_CERT_FILE, TLS_KEY_FILE (see TlsOptions).
    tls_ca_file: str = ""
    tls_cert_file: str = ""
    tls_key_file: str = ""

    @classmethod
    def from_env(cls, environ=os.environ) -> "Settings":
        return cls(
            broker_url=environ.get("BROKER_CONN", DEFAULT_BROKER),
            backend_url=environ.get("BACKEND_CONN", DEFAULT_BACKEND),
            queue=environ.get("IMPORT_QUEUE", "people"),
            logs_dir=environ.get("LOGS_DIR", "logs"),
            job_ttl_seconds=int(environ.get("JOB_TTL_SECONDS", 7 * 24 * 3600)),
            stall_seconds=float(environ.get("STALL_SECONDS", 60)),
            database_url=postgres_tls_url(environ.get("DATABASE_URL", ""), tls_files(environ)),
            **tls_files(environ),
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
