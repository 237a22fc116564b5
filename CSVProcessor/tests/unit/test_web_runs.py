"""What the import page's server remembers of its runs' ends: bounded, the latest said.

`Imports.ended` (a run's counts) and `Imports.errors` (why it failed) answer a view while
the import's record can't be read (Redis down, no history): they were kept one per import
for the server's lifetime. Now the KEEP_RUNS latest of each; an older run is told as after
a restart of the server. No services: the run and the record are stand-ins.
"""

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csv_import.errors import InputError
from csv_import.options import ImportOptions
from csv_import.settings import Settings
from csv_import.web import imports as web_imports
from csv_import.web.config import WebSettings
from people_import_contract.limits import new_import_id

KEEP = 3


@pytest.fixture
def imports(tmp_path, monkeypatch):
    """The page's Imports with Redis down (no record, no history) and runs that end at once."""
    monkeypatch.setattr(web_imports, "KEEP_RUNS", KEEP)
    monkeypatch.setattr(web_imports, "read_job", lambda settings, import_id: None)
    monkeypatch.setattr(web_imports, "as_dict", lambda summary: summary)
    config = Settings.from_env({"LOGS_DIR": str(tmp_path / "logs")})
    return web_imports.Imports(config, WebSettings(upload_dir=str(tmp_path / "uploads")))


def run(imports, monkeypatch, fails: bool, rows: int) -> str:
    """One run of the page's (Imports._run, as its thread runs it) that ends well or fails."""
    import_id = new_import_id()
    imports.store.save_meta(import_id, {"name": "people.csv", "preview": {"file": "people.csv"},
                                        "started_at": time.time()})  # fmt: skip

    def run_import(options, config):
        if fails:
            raise InputError(f"{options.file}: no email column")
        return {"rows": rows, "accepted": rows, "rejected": 0, "enqueued": rows}

    monkeypatch.setattr(web_imports, "run_import", run_import)
    imports._run(import_id, ImportOptions(file=imports.store.path(import_id), import_id=import_id))
    return import_id


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(outcomes=st.lists(st.booleans(), max_size=4 * KEEP))
def test_the_latest_runs_are_said_while_redis_is_down_and_no_more_are_kept(
    imports, monkeypatch, outcomes
):
    runs = [(run(imports, monkeypatch, fails, rows), fails, rows)
            for rows, fails in enumerate(outcomes, 1)]  # fmt: skip
    ended = [r for r in runs if not r[1]][-KEEP:]
    failed = [r for r in runs if r[1]][-KEEP:]
    assert len(imports.ended) <= KEEP and len(imports.errors) <= KEEP
    for import_id, fails, rows in runs:
        view = imports.view(import_id)
        if (import_id, fails, rows) in ended:  # "running", with its own counts
            assert (view["state"], view["rows"], view["enqueued"]) == ("running", rows, rows)
        elif (import_id, fails, rows) in failed:  # why it failed, in the page's words
            assert view["state"] == "failed" and view["error"] == "people.csv: no email column"
        else:  # forgotten, as by a restarted server: no record, no run here
            assert view["state"] == "interrupted", view


def test_a_run_ended_again_is_the_latest(imports, monkeypatch):
    first = run(imports, monkeypatch, False, 1)
    for rows in range(2, KEEP + 1):
        run(imports, monkeypatch, False, rows)
    imports.ended[first] = {"rows": "1"}  # written again: now the latest, kept
    run(imports, monkeypatch, False, 9)
    assert imports.ended.get(first) == {"rows": "1"} and len(imports.ended) == KEEP
