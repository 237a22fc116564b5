"""The worker's Celery configuration: verified TLS for amqps:// and rediss:// (no services)."""

import ssl

from store_people.app import celery_config
from store_people.settings import Settings


def test_tls_urls_give_celery_verified_tls_options():
    settings = Settings.from_env(
        {
            "BROKER_CONN": "amqps://u:p@mq:5671//",
            "BACKEND_CONN": "rediss://r:6380/0",
            "DATABASE_URL": "postgresql+psycopg2://w@db/people?sslmode=verify-full",
            "TLS_CA_FILE": "/ca.pem",
        }
    )
    config = celery_config(settings)
    assert config["broker_use_ssl"]["cert_reqs"] == ssl.CERT_REQUIRED
    assert config["broker_use_ssl"]["server_hostname"] == "mq"
    assert config["redis_backend_use_ssl"]["ssl_ca_certs"] == "/ca.pem"
    assert settings.database_url.endswith("sslmode=verify-full&sslrootcert=%2Fca.pem")


def test_plain_urls_give_no_tls_options():
    config = celery_config(Settings.from_env({}))
    assert config["broker_use_ssl"] is False
    assert not config["redis_backend_use_ssl"]
