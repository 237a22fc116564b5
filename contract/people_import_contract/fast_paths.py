"""One switch for every fast path of both services: FAST_PATHS=0 turns them all off.

The fast paths (CSVProcessor's csv_import/fast_publish.py, StorePeople's
store_people/fast_paths.py) do what the plain library calls do, faster; with
the switch off each service uses only kombu's and Celery's public API. CI runs
the end-to-end suite both ways.
"""


def fast_paths_enabled(environ) -> bool:
    return environ.get("FAST_PATHS", "1").strip().lower() not in ("0", "false", "no", "off")
