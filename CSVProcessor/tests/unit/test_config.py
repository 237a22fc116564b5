"""Settings: TLS switched on by the URL, always verifying; passwords never shown (no services)."""

import re
import ssl

import pytest

from csv_import import cli
from csv_import.settings import Settings

TLS = {"TLS_CA_FILE": "/etc/people/ca.pem", "TLS_CERT_FILE": "/c.pem", "TLS_KEY_FILE": "/k.pem"}


def test_plain_urls_use_no_tls():
    settings = Settings.from_env({**TLS, "DATABASE_URL": "postgresql://u@db/people"})
    assert settings.amqp_ssl() is False
    assert settings.redis_ssl() == {}
    assert settings.database_url == "postgresql://u@db/people"


def test_amqps_and_rediss_verify_the_certificate_and_the_host_name():
    settings = Settings.from_env(
        {**TLS, "BROKER_CONN": "amqps://u:p@mq.example:5671//", "BACKEND_CONN": "rediss://r:6380/0"}
    )
    assert settings.amqp_ssl() == {
        "cert_reqs": ssl.CERT_REQUIRED,
        "server_hostname": "mq.example",
        "ca_certs": "/etc/people/ca.pem",
        "certfile": "/c.pem",
        "keyfile": "/k.pem",
    }
    redis_ssl = settings.redis_ssl()
    assert redis_ssl["ssl_cert_reqs"] == ssl.CERT_REQUIRED
    assert redis_ssl["ssl_check_hostname"] is True
    assert redis_ssl["ssl_ca_certs"] == "/etc/people/ca.pem"


def test_any_sslmode_but_disable_becomes_verify_full_with_the_tls_files():
    url = "postgresql+psycopg2://u:pw@db/people?sslmode=require&connect_timeout=5"
    settings = Settings.from_env({**TLS, "DATABASE_URL": url})
    assert settings.database_url == (
        "postgresql+psycopg2://u:pw@db/people?sslmode=verify-full&connect_timeout=5"
        "&sslrootcert=%2Fetc%2Fpeople%2Fca.pem&sslcert=%2Fc.pem&sslkey=%2Fk.pem"
    )
    disabled = "postgresql://u@db/people?sslmode=disable"
    assert Settings.from_env({**TLS, "DATABASE_URL": disabled}).database_url == disabled


def test_a_password_never_appears_in_an_error(capsys, monkeypatch):
    monkeypatch.setenv("BACKEND_CONN", "redis://:s3cret@127.0.0.1:1/0")  # nothing listens
    assert cli.main(["status", "20261128T160134123456Z-1a2b3c", "--json"]) == 1
    captured = capsys.readouterr()
    assert "redis://:***@127.0.0.1:1/0" in captured.err
    assert "s3cret" not in captured.err + captured.out


def test_no_password_of_a_node_list_appears_in_an_error(capsys, monkeypatch, tmp_path):
    nodes = "amqp://people:Zq7x9Wv3k@127.0.0.1:1//;amqp://people:Pw8y2Rt6m@127.0.0.1:2//"
    monkeypatch.setenv("BROKER_CONN", nodes)  # nothing listens on either
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))
    csv = tmp_path / "p.csv"
    csv.write_text("name,email\nAda,ada@example.com\n")
    assert cli.main(["-csv", str(csv), "--json"]) == 1
    captured = capsys.readouterr()
    assert "amqp://people:***@127.0.0.1:1//;amqp://people:***@127.0.0.1:2//" in captured.err
    assert "Zq7x9Wv3k" not in captured.err + captured.out
    assert "Pw8y2Rt6m" not in captured.err + captured.out


def test_an_unknown_queue_type_is_one_line_and_exit_2(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("IMPORT_QUEUE_TYPE", "stream")
    assert cli.main(["-csv", str(tmp_path / "any.csv")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("csvprocessor: configuration: IMPORT_QUEUE_TYPE") and err.count("\n") == 1


@pytest.mark.parametrize(
    "password", ["Zq7x/Wv3k", "Zq7x#Wv3k", "Zq7x?Wv3k", "Zq7x@Wv3k", "Zq7x%2FWv3k", "Zq7x:Wv3k"]
)
@pytest.mark.parametrize("variable", ["BROKER_CONN", "BACKEND_CONN", "DATABASE_URL"])
def test_a_password_with_url_characters_never_appears(capsys, monkeypatch, password, variable):
    url = {
        "BROKER_CONN": f"amqp://guest:{password}@127.0.0.1:1//",
        "BACKEND_CONN": f"redis://:{password}@127.0.0.1:1/0",
        "DATABASE_URL": f"postgresql://u:{password}@127.0.0.1:1/people",
    }[variable]
    monkeypatch.setenv(variable, url)
    monkeypatch.setenv(
        "BACKEND_CONN", "redis://127.0.0.1:1/0"
    ) if variable != "BACKEND_CONN" else None
    assert cli.main(["status", "20261128T160134123456Z-1a2b3c", "--json"]) in (1, 2)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and captured.err.count("\n") == 1
    for piece in {password, *re.split(r"[/#?@:%]", password)} - {""}:
        assert piece not in captured.err + captured.out, piece
