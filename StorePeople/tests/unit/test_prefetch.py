"""Bulk messages hold prefetch slots by size and give back exactly what they took."""

from kombu.common import QoS

from prefetch import SLOT_BYTES, giving_back, slots_for


def test_a_per_row_message_takes_one_slot_and_a_bulk_one_many():
    assert slots_for(300) == 1
    assert slots_for(SLOT_BYTES) == 1
    assert slots_for(60_000) == 30


def window(value: int) -> QoS:
    return QoS(lambda prefetch_count: None, value)


def test_slots_come_back_once_whether_acked_or_rejected():
    qos, settled = window(2000), []
    held = 2000 - qos.decrement_eventually(29)
    ack, reject = giving_back(qos, held, lambda *a: settled.append("ack"), settled.append)
    assert qos.value == 1971
    ack("logger", ())
    reject("requeue")  # a second settlement gives nothing more back
    assert qos.value == 2000
    assert settled == ["ack", "requeue"]


def test_the_window_never_closes_and_never_grows_past_its_start():
    qos = window(40)
    first = 40 - qos.decrement_eventually(29)  # 11 left
    second = 11 - qos.decrement_eventually(29)  # floors at 1: holds only 10
    assert (first, second, qos.value) == (29, 10, 1)
    for held in (first, second):
        ack, _ = giving_back(qos, held, lambda *a: None, lambda *a: None)
        ack()
    assert qos.value == 40
