"""One multiple ack per batch, only over tags that are all settled or in the batch."""

import acks


class Channel:
    """Records what would be sent; settles through acks.py like a patched amqp Channel."""

    def __init__(self):
        self.sent = []

    def basic_ack(self, tag, multiple=False):
        acks.settled(self).add(tag, multiple)
        self.sent.append(("ack", tag, multiple))

    def basic_reject(self, tag, requeue):
        acks.settled(self).add(tag)
        self.sent.append(("reject", tag, requeue))


def test_a_batch_with_nothing_unsettled_below_it_takes_one_frame():
    channel = Channel()
    acks.ack_all(channel, [3, 1, 2, 4])
    assert channel.sent == [("ack", 4, True)]
    assert acks.settled(channel).floor == 4


def test_an_unsettled_delivery_below_the_batch_is_never_acknowledged_with_it():
    channel = Channel()
    acks.ack_all(channel, [2, 3, 4])  # tag 1 is still being stored elsewhere
    assert channel.sent == [("ack", 2, False), ("ack", 3, False), ("ack", 4, False)]
    channel.sent.clear()
    channel.basic_ack(1)  # now the floor passes 4
    acks.ack_all(channel, [5, 6, 8])  # 7 unsettled: 8 goes alone
    assert channel.sent == [("ack", 1, False), ("ack", 6, True), ("ack", 8, False)]


def test_rejects_and_other_tasks_acks_move_the_floor_too():
    channel = Channel()
    channel.basic_reject(1, requeue=False)  # dead-lettered
    channel.basic_ack(3)  # a bulk message acked by Celery
    acks.ack_all(channel, [2, 4, 5])
    assert channel.sent[-1] == ("ack", 5, True)
    assert acks.settled(channel).floor == 5
    assert acks.settled(channel).above == set()


def test_each_channel_counts_its_own_tags():
    old, new = Channel(), Channel()  # a reconnect: tags start again at 1
    acks.ack_all(old, [1, 2, 3])
    acks.ack_all(new, [2, 3])
    assert new.sent == [("ack", 2, False), ("ack", 3, False)]
