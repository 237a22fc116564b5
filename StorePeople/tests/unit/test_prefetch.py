"""Bulk messages narrow the prefetch window by their size, and it reopens only as they settle."""

from kombu.common import QoS

from prefetch import SLOT_BYTES, Budget, giving_back, slots_for


def test_a_per_row_message_takes_one_slot_and_a_bulk_one_many():
    assert slots_for(300) == 1
    assert slots_for(SLOT_BYTES) == 1
    assert slots_for(60_000) == 30


def budget(window: int) -> Budget:
    return Budget(QoS(lambda prefetch_count: None, window))


def test_the_window_narrows_by_what_bulk_messages_want_never_below_one():
    window = budget(100)
    window.take(29)
    assert window.qos.value == 71
    window.take(29)
    window.take(29)
    window.take(29)  # wants 116 in all: the window stops at one
    assert window.qos.value == 1


def test_messages_that_got_in_late_still_keep_the_window_shut():
    window = budget(100)
    for _ in range(6):  # a burst: four of them arrived against the old window
        window.take(29)
    window.give_back(29)  # still 145 wanted: nothing reopens
    assert window.qos.value == 1
    for _ in range(3):
        window.give_back(29)  # two messages left: 58 wanted
    assert window.qos.value == 42
    window.give_back(29)
    window.give_back(29)
    assert window.qos.value == 100  # never wider than it started


def test_slots_come_back_once_whether_acked_or_rejected():
    window, settled = budget(100), []
    window.take(29)
    ack, reject = giving_back(window, 29, lambda *a: settled.append("ack"), settled.append)
    ack("logger", ())
    reject("requeue")  # a second settlement gives nothing more back
    assert window.qos.value == 100
    assert settled == ["ack", "requeue"]
