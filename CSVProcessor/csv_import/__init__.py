"""CSVProcessor: read a file of people, validate it, enqueue it for StorePeople.

A row's path: reader.py (with encoding.py, columns.py) -> rows.py -> validation.py
-> messages.py -> publisher.py (fast_publish.py) -> job_record.py; importer.py
runs them in that order and cli.py turns the outcome into output and an exit code.
"""
