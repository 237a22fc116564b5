"""The tasks, thin on purpose: each message is checked, stored and counted by intake.py
(rows) or import_tasks.py (an import's record, undo).

Names are the contract's (people_import_contract.messages): the CLI calls them by name.
"""

from celery.exceptions import Reject

from people_import_contract import dead_letters
from people_import_contract.messages import RECORD_IMPORT, STORE_PEOPLE, STORE_PERSON, UNDO_IMPORT
from store_people import import_tasks, intake
from store_people.app import app, settings
from store_people.dead_letters import default_dead_lettering
from store_people.fast_paths import per_row_strategy
from store_people.verdicts import Dead

# The per-row fast path replaces Celery's default strategy for this one task.
PER_ROW = per_row_strategy(settings) if settings.fast_paths else default_dead_lettering
# consumer.py: a Reject((reason, detail)) without requeue becomes a dead letter saying why.
REQUEST = "store_people.consumer:DeadLetteringRequest"


def settled(verdict) -> None:
    """Raise Reject for a Dead verdict: the request dead-letters the message with its reason."""
    if isinstance(verdict, Dead):
        raise Reject(tuple(verdict), requeue=False)


def replayed(request) -> str | None:
    """dead_letters.replayed_reason of the message's headers (Celery's request holds them)."""
    names = (dead_letters.REPLAYED, dead_letters.REASON, dead_letters.COUNTED)
    return dead_letters.replayed_reason({name: request.get(name) for name in names})


@app.task(name=STORE_PERSON, bind=True, Strategy=staticmethod(PER_ROW), Request=REQUEST)
def store_person(self, *args, **kwargs):
    """One person per message: kwargs import_id, line, full_name, email.

    Runs only with FAST_PATHS=0; otherwise fast_paths.py stores these in batches.
    """
    redelivered = bool((self.request.delivery_info or {}).get("redelivered"))
    delivery = intake.Delivery(
        self.request.id, list(args), kwargs, redelivered, replayed(self.request)
    )
    settled(intake.store_person_batch(settings, [delivery])[0])


@app.task(
    name=STORE_PEOPLE, bind=True, Strategy=staticmethod(default_dead_lettering), Request=REQUEST
)
def store_people(self, *args, **kwargs):
    """Many people per message, arrived on the import queue instead of its bulk twin.

    The CLI sends these to `<queue>.bulk` (bulk_consumer.py); one published
    straight to the import queue is still stored, by Celery's default strategy, when it is
    at most MAX_TASK_BYTES (it is decoded in the main process: dead_letters.refusal).
    """
    settled(intake.store_people_message(settings, args, kwargs, replayed(self.request)))


@app.task(name=RECORD_IMPORT, Strategy=staticmethod(default_dead_lettering), Request=REQUEST)
def record_import(*args, **kwargs):
    """What the CLI read and enqueued, kept in PostgreSQL with the import's counts."""
    settled(import_tasks.record_import(settings, args, kwargs))


@app.task(name=UNDO_IMPORT, Strategy=staticmethod(default_dead_lettering), Request=REQUEST)
def undo_import(*args, **kwargs):
    """Take an import back (undo.py); its result goes to the backend for the CLI."""
    settled(import_tasks.undo_import(settings, args, kwargs))
