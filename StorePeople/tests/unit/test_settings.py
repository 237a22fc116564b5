"""The worker's settings: a URL no library can parse stops it in one line, password hidden."""

import pytest

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
