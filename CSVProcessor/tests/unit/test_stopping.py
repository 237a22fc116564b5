"""Signals end an import between two rows: deferred while rows are sent, at once otherwise."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from csv_import.errors import Stop
from csv_import.stopping import StopSignals


def test_a_signal_while_sending_waits_for_the_next_row_and_a_second_one_does_not():
    with StopSignals() as stop:
        stop.deferring = True
        os.kill(os.getpid(), signal.SIGTERM)  # delivered before kill returns (same thread)
        assert stop.requested
        with pytest.raises(Stop):
            stop.check()
        stop.deferring = True
        with pytest.raises(Stop):
            os.kill(os.getpid(), signal.SIGTERM)  # the second: at once


def test_a_signal_before_sending_stops_at_once_and_handlers_come_back():
    before = signal.getsignal(signal.SIGTERM)
    with StopSignals(), pytest.raises(Stop):
        os.kill(os.getpid(), signal.SIGTERM)
    assert signal.getsignal(signal.SIGTERM) is before


def test_an_ignored_ctrl_c_stays_ignored():
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with StopSignals():
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


def test_a_signal_once_the_import_is_over_changes_nothing():
    """The summary is printed inside the block: a SIGTERM then must not cut it off."""
    with StopSignals() as stop:
        stop.finish()
        os.kill(os.getpid(), signal.SIGTERM)  # ignored: no Stop, no default action
        os.kill(os.getpid(), signal.SIGTERM)
        assert not stop.requested


def test_the_process_block_keeps_ignoring_signals_once_the_import_is_over():
    """The entry point's block (final): after it, the interpreter's exit must not be cut."""
    before = signal.getsignal(signal.SIGTERM)
    try:
        with StopSignals(final=True) as stop:
            stop.finish()
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_IGN
        os.kill(os.getpid(), signal.SIGTERM)  # ignored
    finally:
        signal.signal(signal.SIGTERM, before)
    with StopSignals(final=True):  # not finished (an error, a Stop): the handler comes back
        pass
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_sigterm_right_after_the_summary_leaves_the_imports_exit_status(tmp_path):
    """A SIGTERM as the CLI exits, its summary printed, killed it: exit -15 in 10 of 10
    tries (tests/test_early_stop.py drew such a moment once). It exits as the import did."""
    people = tmp_path / "people.csv"
    people.write_text("full_name,email\n" + "".join(f"P {n},p{n}@x.org\n" for n in range(200)))
    env = {**os.environ, "DATABASE_URL": "", "LOGS_DIR": str(tmp_path / "logs")}
    for _ in range(3):
        cli = subprocess.Popen(
            [sys.executable, "csvprocessor.py", "-csv", str(people), "--dry-run", "--json"],
            cwd=Path(__file__).parents[2],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert cli.stdout is not None
        assert b'"accepted": 200' in cli.stdout.readline()  # the summary: the import is over
        cli.send_signal(signal.SIGTERM)
        cli.communicate(timeout=60)
        assert cli.returncode == 0
