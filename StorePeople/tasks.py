"""The Celery app and its tasks: `celery -A tasks worker`.

Thin on purpose: the message contract is checked in validation.py, rows are
stored by store.py and counted by progress.py (all through intake.py).
"""

from celery import Celery, signals
from celery.exceptions import Reject
from kombu import Queue

import db
import intake
import prefetch
from batching import SettledBatches
from config import Settings
from worker_config import celery_config, dead_letter_queue_name

settings = Settings.from_env()
app = Celery("tasks")
app.conf.update(celery_config(settings))


@signals.worker_process_init.connect
def drop_inherited_engine(**_):
    db.forget_engine()


@signals.worker_ready.connect
def declare_dead_letter_queue(sender, **_):
    with app.connection_for_write() as connection:
        Queue(dead_letter_queue_name(settings.queue), durable=True).bind(
            connection.default_channel
        ).declare()


@app.task(
    name="tasks.store_person",
    base=SettledBatches,
    flush_every=settings.flush_every,
    flush_interval=settings.flush_interval,
)
def store_person(requests):
    """One person per message: kwargs import_id, line, full_name, email."""
    return intake.store_person_batch(settings, requests)


@app.task(name="tasks.store_people", bind=True, Strategy=staticmethod(prefetch.by_size))
def store_people(self, *args, **kwargs):
    """Many people per message (--batch-size): kwargs import_id, rows=[[line, full_name, email]]."""
    redelivered = bool((self.request.delivery_info or {}).get("redelivered"))
    if not intake.store_people_message(settings, args, kwargs, redelivered):
        raise Reject("dead-lettered", requeue=False)


@app.task(name="tasks.record_import")
def record_import(*args, **kwargs):
    """What the CLI read and enqueued, kept in PostgreSQL with the import's counts."""
    if not intake.record_import(settings, args, kwargs):
        raise Reject("dead-lettered", requeue=False)
