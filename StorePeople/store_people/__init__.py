"""StorePeople: the Celery worker that stores people in PostgreSQL.

A row's path, main process then pool process: app.py (the Celery app) ->
fast_paths.py (per-row messages, batched) or bulk_consumer.py (bulk messages) ->
intake.py (in the pool: check, store, count) -> validation.py -> rows.py ->
store.py (transactions, retries) -> upsert.py (the writes log, then fold.py) and
counts.py -> job_record.py, and a verdict (verdicts.py) the main process settles.
import_tasks.py: the CLI's record of an import, and undo (undo.py folds the log again
without the undone imports); pruning.py drops old history.
"""
