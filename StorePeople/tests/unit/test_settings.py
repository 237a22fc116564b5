"""The worker's settings: a URL no library can parse stops it in one line, password hidden."""

import os
from unittest import mock
from urllib.parse import quote

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from kombu.utils.url import maybe_sanitize_url

from store_people.app import checked_settings


@pytest.mark.parametrize("password", ["Zq7x/Wv3k", "Zq7x#Wv3k", "Zq7x?Wv3k"])
def test_a_malformed_broker_url_is_one_line_without_the_password(monkeypatch, password):
    monkeypatch.setenv("BROKER_CONN", f"amqp://people:{password}@mq:5672//")
    with pytest.raises(SystemExit) as stopped:
        checked_settings()
    message = str(stopped.value)
    # The password can't be told from the rest: everything before the last @ is hidden.
    assert message.startswith("storepeople: BROKER_CONN is malformed: amqp://***@mq:5672//")
    assert "Zq7x" not in message and "Wv3k" not in message and "\n" not in message


def test_only_our_tasks_are_registered_so_celery_builtins_are_dead_lettered():
    from store_people.app import app

    app.loader.import_default_modules()  # what the worker does at start: our tasks module
    assert sorted(app.tasks) == [
        "tasks.record_import",
        "tasks.store_people",
        "tasks.store_person",
        "tasks.undo_import",
    ]


@settings(max_examples=80, deadline=None)
@given(
    password=st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=4),
    variable=st.sampled_from(["BROKER_CONN", "BACKEND_CONN", "DATABASE_URL"]),
    encoded=st.booleans(),
)
@example(password="post", variable="DATABASE_URL", encoded=False)  # skipped by assume
@example(password="s3cr3t-pass", variable="DATABASE_URL", encoded=False)
def test_the_worker_never_prints_a_password(password, variable, encoded):
    """Its one line when it refuses a URL, and Celery's banner (kombu's redaction) when not."""
    typed = quote(password, safe="") if encoded else password
    scheme = {"BROKER_CONN": "amqp", "BACKEND_CONN": "redis", "DATABASE_URL": "postgresql"}
    url = f"{scheme[variable]}://people:{typed}@mq.example:5672/x"
    # A password that is also a piece of what may be shown ("post" of "postgresql", "people")
    # can't be told from it: such a case checks nothing (hypothesis found "post").
    public = (
        f"storepeople: {variable} is malformed: {scheme[variable]}://people:**@mq.example:5672/x"
    )
    assume(password not in public and typed not in public)
    with mock.patch.dict(os.environ, {variable: url}):
        try:
            shown = maybe_sanitize_url(getattr(checked_settings(), variable.lower().replace(
                "_conn", "_url")))  # fmt: skip
        except SystemExit as refused:
            shown = str(refused)
            assert shown.startswith(f"storepeople: {variable} is malformed: ") and "\n" not in shown
    assert password not in shown and typed not in shown


def test_the_worker_knows_the_migration_head():
    """schema.HEAD, which the worker checks the database against, is the migrations' head."""
    from pathlib import Path

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from store_people import schema

    folder = Path(__file__).resolve().parents[2] / "store_people"
    config = Config(str(folder / "alembic.ini"))
    config.set_main_option("script_location", str(folder / "migrations"))  # this tree's
    assert ScriptDirectory.from_config(config).get_heads() == [schema.HEAD]


@pytest.mark.parametrize(
    "variable", ["STORE_RETRY_SECONDS", "FLUSH_EVERY", "FLUSH_INTERVAL", "HISTORY_DAYS"]
)
@pytest.mark.parametrize("value", ["-5", "0", "nan", "a week"])
def test_a_number_setting_that_is_not_a_positive_number_stops_the_worker_naming_it(
    monkeypatch, variable, value
):
    # int("a week") named no variable; FLUSH_EVERY=0 or a negative retry were taken, and
    # HISTORY_DAYS=0 silently became 1.
    monkeypatch.setenv(variable, value)
    with pytest.raises(SystemExit) as stopped:
        checked_settings()
    assert str(stopped.value) == f"storepeople: {variable}: {value!r} is not a positive number"


def test_whole_number_settings_refuse_fractions_and_the_others_take_them(monkeypatch):
    monkeypatch.setenv("FLUSH_INTERVAL", "0.05")
    monkeypatch.setenv("STORE_RETRY_SECONDS", "0.3")
    assert (checked_settings().flush_interval, checked_settings().store_retry_seconds) == (
        0.05,
        0.3,
    )
    monkeypatch.setenv("FLUSH_EVERY", "2.5")
    with pytest.raises(SystemExit, match="FLUSH_EVERY: '2.5' is not a positive number"):
        checked_settings()


def test_migrations_read_the_database_url_alone(tmp_path):
    """Alembic (migrations/env.py) reads DATABASE_URL as the worker does, TLS files and
    all, and no worker setting: FLUSH_EVERY=0 stops the worker, not a migration."""
    from store_people.settings import Settings, database_url_from_env

    ca = tmp_path / "ca.pem"
    ca.write_text("not read here")
    environ = {
        "DATABASE_URL": "postgresql+psycopg2://people@db:5432/people?sslmode=require",
        "TLS_CA_FILE": str(ca),
    }
    url = database_url_from_env({**environ, "FLUSH_EVERY": "0", "JOB_TTL_SECONDS": "-5"})
    assert "sslmode=verify-full" in url and "sslrootcert=" in url
    assert url == Settings.from_env(environ).database_url
