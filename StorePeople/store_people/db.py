"""One database engine per process, created lazily after the prefork fork.

A pooled connection must never cross a fork (SQLAlchemy's pooling docs), so the
engine is keyed by pid: a child that inherits its parent's engine disposes of it
without closing the parent's sockets and builds its own.
"""

import os
from contextlib import contextmanager

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

_engine: Engine | None = None
_engine_pid: int | None = None
_engine_url: str | None = None


def get_engine(database_url: str) -> Engine:
    global _engine, _engine_pid, _engine_url
    if _engine is not None and _engine_pid != os.getpid():
        _engine.dispose(close=False)
        _engine = None
    if _engine is not None and _engine_url != database_url:
        # Another database in the same process (a worker has one; a test process many):
        # the engine of the first one must not serve it.
        _engine.dispose()
        _engine = None
    if _engine is None:
        # No pre-ping: it costs a round trip per transaction, and a dropped
        # connection already surfaces as a transient error that
        # store.in_transaction retries on a fresh one.
        _engine = create_engine(database_url)
        _engine_pid, _engine_url = os.getpid(), database_url
    return _engine


def forget_engine() -> None:
    """Called in each new pool child: drop the inherited engine, keep the parent's sockets."""
    global _engine
    if _engine is not None:
        _engine.dispose(close=False)
        _engine = None


@contextmanager
def session_scope(database_url: str):
    """One transaction: commits on success, rolls back on error."""
    with Session(get_engine(database_url)) as session, session.begin():
        yield session
