"""A person's key, lower(email), as the database computes it, for the rows of a batch.

The people table is unique on PostgreSQL's lower(email), and the log's keys are computed by
the database (upsert.PG_BATCH), but the worker also built keys in Python (str.lower) to lock,
look up the log and choose what to fold. The two disagree beyond ASCII: Python lowers a final
Σ to ς and İ to "i" plus a combining dot, PostgreSQL (C.UTF-8) to σ and i; SQLite lowers ASCII
only. Every lookup of such a person missed: on both fast paths the row was logged and counted
stored (inserted) but the person never reached `people`, and a redelivered copy counted again.

So the keys of a batch's non-ASCII emails are asked of the database, once per batch, in its
transaction (learn); an ASCII email's key is str.lower(), which every locale but a Turkish
one agrees with (a database whose LC_CTYPE is Turkish lowers "I" to "ı": not supported).
A pool process stores one batch at a time, so the batch's keys are module state.
"""

import json

from sqlalchemy import text
from sqlalchemy.orm import Session

LOWER = {
    "postgresql": "SELECT e, lower(e) FROM json_array_elements_text(CAST(:emails AS json)) AS e",
    "sqlite": "SELECT value, lower(value) FROM json_each(:emails)",
}

_batch: dict[str, str] = {}  # email -> the database's lower(email), this batch's non-ASCII ones


def learn(session: Session, emails) -> None:
    """Ask the database for the keys of these emails that are not ASCII (one round trip, none
    when all are ASCII); they replace the previous batch's."""
    _batch.clear()
    wide = sorted({email for email in emails if not email.isascii()})
    if wide:
        statement = text(LOWER[session.get_bind().dialect.name])
        _batch.update((e, k) for e, k in session.execute(statement, {"emails": json.dumps(wide)}))


def key(email: str) -> str:
    """lower(email) as the database computes it (for an email of the batch learn() was given)."""
    return email.lower() if email.isascii() else _batch.get(email, email.lower())
