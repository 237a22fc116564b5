"""StorePeople: the Celery worker that stores people in PostgreSQL.

A row's path, main process then pool process: app.py (the Celery app) ->
fast_paths.py (per-row messages, batched) or bulk_consumer.py (bulk messages) ->
intake.py (in the pool: check, store, count) -> validation.py -> rows.py ->
store.py (transactions, retries) -> upsert.py (the writes log, then fold.py) and
counts.py -> job_record.py. undo.py folds the log again without the undone imports.
"""
