"""Signals end an import between two rows: deferred while rows are sent, at once otherwise."""

import os
import signal

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
