"""How both services connect: TLS switched on by the URL and always verified; URLs redacted.

One set of files (TLS_CA_FILE, TLS_CERT_FILE, TLS_KEY_FILE) serves RabbitMQ,
Redis and PostgreSQL. Whenever TLS is used the server's certificate is verified
against the CA (the system's CAs when unset) and its name against the URL's
host: nothing turns verification off.
"""

import math
import os
import ssl
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from kombu.transport import resolve_transport
from kombu.utils.url import parse_url

from people_import_contract.fast_paths import fast_paths_enabled
from people_import_contract.log_format import log_format_from_env
from people_import_contract.queues import DEFAULT_QUEUE_TYPE, type_arguments

# Redaction lives in redaction.py; both services import it from here too (one implementation).
from people_import_contract.redaction import kombu_credentials, malformed, well_formed
from people_import_contract.redaction import redact as redact
from people_import_contract.redaction import scrub as scrub


@dataclass(frozen=True)
class TlsFiles:
    ca_file: str = ""
    cert_file: str = ""
    key_file: str = ""

    @classmethod
    def from_env(cls, environ) -> "TlsFiles":
        return cls(
            environ.get("TLS_CA_FILE", ""),
            environ.get("TLS_CERT_FILE", ""),
            environ.get("TLS_KEY_FILE", ""),
        )


def amqp_ssl(broker_url: str, files: TlsFiles) -> dict | bool:
    """kombu's `ssl` (Celery's broker_use_ssl) for amqps://, else False."""
    parts = urlsplit(broker_url)
    if parts.scheme != "amqps":
        return False
    return {
        "cert_reqs": ssl.CERT_REQUIRED,
        "server_hostname": parts.hostname,
        "ca_certs": files.ca_file or None,
        "certfile": files.cert_file or None,
        "keyfile": files.key_file or None,
    }


def redis_ssl(backend_url: str, files: TlsFiles) -> dict:
    """redis-py's ssl_* arguments (Celery's redis_backend_use_ssl) for rediss://, else {}."""
    if urlsplit(backend_url).scheme != "rediss":
        return {}
    return {
        "ssl_cert_reqs": ssl.CERT_REQUIRED,
        "ssl_check_hostname": True,
        "ssl_ca_certs": files.ca_file or None,
        "ssl_certfile": files.cert_file or None,
        "ssl_keyfile": files.key_file or None,
    }


def postgres_tls_url(url: str, files: TlsFiles) -> str:
    """DATABASE_URL with libpq's TLS parameters when it asks for TLS (any sslmode but disable).

    The mode becomes verify-full: require and verify-ca would accept a
    certificate issued to another host. The CA, certificate and key go in the
    URL's query, which SQLAlchemy and libpq both pass to the connection.
    """
    try:
        parts = urlsplit(url)
    except ValueError:  # "Invalid IPv6 URL": a raw [ in a password; check_urls says so
        return url
    query = dict(parse_qsl(parts.query))
    if query.get("sslmode", "disable") == "disable":
        return url
    query["sslmode"] = "verify-full"
    for name, path in (
        ("sslrootcert", files.ca_file),
        ("sslcert", files.cert_file),
        ("sslkey", files.key_file),
    ):
        if path:
            query[name] = path
    return parts._replace(query=urlencode(query, quote_via=quote)).geturl()


DEFAULT_BROKER = "amqp://guest:guest@localhost:5672//"
DEFAULT_BACKEND = "redis://localhost:6379/0"


def positive_number(environ, name: str, default: float, kind=float):
    """`environ[name]` as a positive, finite `kind`; ValueError naming the variable otherwise.
    (Python's own message named neither, and a negative JOB_TTL_SECONDS was taken: Redis
    deletes a key given a negative expiry, so every job record vanished as written.)"""
    text = environ.get(name)
    if text is None:
        return default
    try:
        value = kind(text)
    except ValueError:
        value = None
    if value is None or not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name}: {text!r} is not a positive number")
    return value


def shared_from_env(environ) -> dict:
    """The variables both services read, with the same defaults (docs/configuration.md)."""
    return {
        "broker_url": environ.get("BROKER_CONN", DEFAULT_BROKER),
        "backend_url": environ.get("BACKEND_CONN", DEFAULT_BACKEND),
        "queue": environ.get("IMPORT_QUEUE", "people"),
        "queue_type": environ.get("IMPORT_QUEUE_TYPE", DEFAULT_QUEUE_TYPE),
        "job_ttl_seconds": positive_number(environ, "JOB_TTL_SECONDS", 7 * 24 * 3600, int),
        "tls": TlsFiles.from_env(environ),
        "fast_paths": fast_paths_enabled(environ),
        "log_format": log_format_from_env(environ),
    }


def check_urls(urls: dict[str, str], parse=kombu_credentials) -> None:
    """ValueError naming the first variable whose URL is in doubt (redaction.py), password hidden.

    Checked before any library sees the URL: a library's own error about a URL it
    could not parse may quote the password.
    """
    for variable, url in urls.items():
        if url and not well_formed(url, parse):
            raise ValueError(malformed(url, variable))


def check_kombu_urls(broker_url: str, backend_url: str) -> None:
    """ValueError (password hidden) for a node kombu can't parse, or a broker transport it
    doesn't know. Otherwise kombu's Connection raises them in the middle of a command, as a
    traceback: ValueError for a port out of range, TypeError for a query key it also sets
    (`?hostname=`, `?port=`), KeyError for an unknown scheme (`amqq://`)."""
    for variable, url in (("BROKER_CONN", broker_url), ("BACKEND_CONN", backend_url)):
        for node in url.split(";"):
            try:
                parts = parse_url(node)
                if variable == "BROKER_CONN":
                    resolve_transport(parts["transport"])
            except (ValueError, TypeError, KeyError):
                raise ValueError(malformed(url, variable)) from None


class ServiceConnections:
    """Mixin for both services' Settings: fields broker_url, backend_url, queue_type, tls."""

    # Declared for the type checker only: a plain class's annotations are not dataclass fields.
    broker_url: str
    backend_url: str
    queue_type: str
    tls: TlsFiles

    def __post_init__(self):
        type_arguments(self.queue_type)  # ValueError for an unknown IMPORT_QUEUE_TYPE

    def amqp_ssl(self) -> dict | bool:
        return amqp_ssl(self.broker_url, self.tls)

    def redis_ssl(self) -> dict:
        return redis_ssl(self.backend_url, self.tls)


def result_backend(backend_url: str) -> str:
    """The URL for Celery's result_backend, its folder created when it is file:// (the demo).

    Celery's file-system backend checks its folder as the worker starts and stops the
    worker when it is missing (celery/backends/filesystem.py, _do_directory_test); the
    CLI creates it too, but the worker must not depend on starting second.
    """
    parts = urlsplit(backend_url)
    if parts.scheme == "file":
        os.makedirs(parts.path, exist_ok=True)
    return backend_url


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
