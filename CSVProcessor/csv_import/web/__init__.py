"""The import page: `csvprocessor web`, an ASGI app over the CLI's own import.

Upload (uploads.py) -> mapping review and preview (review.py, the CLI's reading
and --dry-run) -> start (imports.py: run_import on a thread) -> progress from the
job record (status's view) -> rejects, undo. Pages (pages.py) and a JSON API
(api.py) call the same functions; security.py guards both.
"""
