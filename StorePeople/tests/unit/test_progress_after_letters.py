"""A batch's job-record writes wait for its dead letters (intake.progress_after_letters).

Whatever a batch's verdicts, its writes are made exactly once: by the pool at once when no
message of it is dead-lettered, else by the main process after the batch's last letter
(dead_letters.settle, in order): never before a letter of the batch is out.
"""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from store_people import dead_letters, job_record
from store_people.intake import progress_after_letters
from store_people.settings import Settings
from store_people.verdicts import REQUEUE, STORED, Dead

VERDICTS = st.lists(
    st.one_of(
        st.just(STORED), st.just(REQUEUE), st.builds(Dead, st.just("db.unavailable"), st.just(""))
    ),
    max_size=8,
)


class Message:
    """What dead_letter reads of a message and does to it, without a broker."""

    def __init__(self, written):
        self.headers, self.body, self.acknowledged, self.written = (
            {"id": "m"},
            b"{}",
            False,
            written,
        )
        self.delivery_info, self.content_type, self.content_encoding = {}, None, None

    def ack_log_error(self, *_):
        self.acknowledged = True

    def reject_log_error(self, *_args, requeue: bool):
        if not requeue:  # no publisher: RabbitMQ's own dead-lettering, the letter
            self.written.append(("letter", self.seen()))
        self.acknowledged = True

    def seen(self) -> int:
        return len([w for w in self.written if w[0] == "record"])


class Records:
    def __init__(self, written):
        self.written = written

    def write(self, import_id, counts, mode):
        self.written.append(("record", import_id))


@settings(max_examples=200, deadline=None)
@given(verdicts=VERDICTS, imports=st.integers(0, 3))
def test_the_writes_are_made_once_and_after_every_letter(tmp_path_factory, verdicts, imports):
    folder = tmp_path_factory.mktemp("jobs")
    config = Settings.from_env({"BACKEND_CONN": f"file://{folder}"})
    writes = [(f"import{i}", {"stored": i + 1}, job_record.ABSOLUTE) for i in range(imports)]
    job_record.job_records.cache_clear()  # the file backend of this example's folder
    returned = progress_after_letters(config, verdicts, writes)
    made_now = {path.stem for path in (folder / "jobs").glob("*.json")}
    carried = [v.progress for v in returned if isinstance(v, Dead) and v.progress]
    assert [getattr(v, "reason", v) for v in returned] == [
        getattr(v, "reason", v) for v in verdicts
    ]
    if writes and any(isinstance(v, Dead) for v in verdicts):
        assert made_now == set() and carried == [tuple(writes)]
        last = max(i for i, v in enumerate(returned) if isinstance(v, Dead))
        assert returned[last].progress == tuple(writes)
    else:
        assert carried == [] and made_now == {i for i, _c, _m in writes}
        for name in made_now:
            assert json.loads((folder / "jobs" / f"{name}.json").read_text())["stored"] >= 1
    # Settled in order (as fast_paths.settle_batch does): every letter before the writes.
    written: list = []
    before, dead_letters.publisher, dead_letters.records = (
        (dead_letters.publisher, dead_letters.records),
        None,
        Records(written),
    )
    try:
        for verdict in returned:
            dead_letters.settle(Message(written), verdict, False, ())
    finally:
        dead_letters.publisher, dead_letters.records = before
    letters = [seen for kind, seen in written if kind == "letter"]
    assert letters == [0] * len(letters), "a letter went out after the batch's counts"
    if carried:
        assert len(written) == len(letters) + len(writes)
