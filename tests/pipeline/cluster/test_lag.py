"""pipeline/cluster/lag.py's bounded questions: kafka-python 3.0 waits on its I/O thread without a bound in
`partitions_for_topic` and `end_offsets`, so a lag reader asks in a thread of its own and gives up after
`METADATA_SECONDS` (the three-node crash trial hung ten minutes in `end_offsets` once). No server needed: the
questions here stand for the client's calls."""

from __future__ import annotations

import threading
import time

import pytest
from kafka.errors import KafkaTimeoutError

from pipeline.cluster import lag


def test_a_question_that_never_answers_is_a_timeout_after_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lag, "METADATA_SECONDS", 0.2)
    never = threading.Event()
    started = time.monotonic()
    with pytest.raises(KafkaTimeoutError, match=r"the end offsets of logs\.raw"):
        lag._bounded(never.wait, "the end offsets of logs.raw")
    assert time.monotonic() - started < 2.0
    never.set()


def test_an_answer_and_an_error_come_back_to_the_caller() -> None:
    assert lag._bounded(lambda: {"logs.raw": [0, 1]}, "the partitions") == {"logs.raw": [0, 1]}

    def failing() -> None:
        raise ValueError("broker said no")

    with pytest.raises(ValueError, match="broker said no"):
        lag._bounded(failing, "the partitions")
