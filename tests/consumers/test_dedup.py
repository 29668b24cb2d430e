"""consumers/dedup.py: a record is a duplicate exactly when its event_id appeared within the W offsets before it,
whatever the window saw earlier, so a window primed after a restart answers as the one that crashed."""

from __future__ import annotations

import random
import tracemalloc
import uuid

import orjson
import pytest

from consumers.dedup import Window, event_key


def key(n: int) -> bytes:
    return uuid.UUID(int=n).bytes


def test_a_repeat_within_w_offsets_is_a_duplicate_and_one_farther_is_not() -> None:
    window = Window(3, next_offset=0)
    assert [window.seen(o, key(k)) for o, k in enumerate([1, 2, 1, 3, 4, 1, 5, 6, 7, 1])] == [
        False, False, True, False, False, True, False, False, False, False]
    # offset 5 repeats offset 2 (3 back: inside); offset 9 repeats offset 5 (4 back: outside)


def test_exactly_w_back_is_inside_and_w_plus_one_is_outside() -> None:
    for size in (1, 2, 5):
        inside, outside = Window(size, 0), Window(size, 0)
        ids = [key(0)] + [key(100 + i) for i in range(size - 1)]
        assert [inside.seen(o, k) for o, k in enumerate([*ids, key(0)])][-1] is True
        assert [outside.seen(o, k) for o, k in enumerate([*ids, key(99), key(0)])][-1] is False


def test_a_primed_window_answers_as_the_one_that_saw_everything() -> None:
    """Replaying the W records before an offset gives the state of a window fed from the start."""
    rng = random.Random(7)
    stream = [key(rng.randrange(60)) for _ in range(2000)]
    size = 50
    whole = Window(size, 0)
    answers = [whole.seen(o, k) for o, k in enumerate(stream)]
    for restart in (0, 1, 49, 50, 51, 777, 1999):
        primed = Window(size, max(0, restart - size))
        for o in range(max(0, restart - size), restart):
            primed.seen(o, stream[o])
        assert [primed.seen(o, stream[o]) for o in range(restart, len(stream))] == answers[restart:]


def test_offsets_without_a_record_still_count_toward_w() -> None:
    window = Window(3, next_offset=10)
    assert not window.seen(10, key(1))
    assert window.seen(12, key(1))  # offset 11 holds no record: 10 is 2 back
    assert not window.seen(16, key(1))  # 12 is 4 back
    assert not window.seen(1000, key(1))  # a gap wider than the window empties it
    assert len(window) == 1


def test_records_without_an_event_id_are_never_duplicates_but_take_their_offset() -> None:
    window = Window(2, 0)
    assert [window.seen(0, key(1)), window.seen(1, None), window.seen(2, None), window.seen(3, key(1))] == [
        False, False, False, False]


def test_offsets_must_come_in_order() -> None:
    window = Window(5, 3)
    with pytest.raises(ValueError, match="before the window"):
        window.seen(2, key(1))
    with pytest.raises(ValueError):
        Window(0, 0)


def test_event_key_reads_the_worker_s_leading_event_id_and_any_other_layout() -> None:
    event_id = "0b7d3c9e-3f7a-4c1e-9a53-2f6f5f0d8a11"
    expected = uuid.UUID(event_id).bytes
    assert event_key(orjson.dumps({"schema": "request/1", "event_id": event_id, "ts": "x"})) == expected
    assert event_key(orjson.dumps({"ts": "x", "nested": {"event_id": "other"}, "event_id": event_id})) == expected
    assert event_key(orjson.dumps({"schema": "request/1", "event_id": event_id.upper()})) == expected
    assert event_key(b'{"event_id":"not-a-uuid"}') == event_key(b'{"a":1,"event_id":"not-a-uuid"}')
    assert len(event_key(b'{"event_id":"not-a-uuid"}') or b"") == 16
    assert event_key(b'{"ts":"x"}') is None
    assert event_key(b'{"event_id":7}') is None
    assert event_key(b"not json") is None
    assert event_key(b"[1,2]") is None


def test_memory_per_entry_is_what_the_module_states() -> None:
    """At most 170 bytes an entry: 8.5 MB per partition at the default W of 50,000 (measured at 100,000)."""
    size = 100_000
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        window = Window(size, 0)
        for o in range(size * 2):  # full, and turned over once
            window.seen(o, uuid.uuid4().bytes)
        used = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(window) == size
    assert used / size < 170, used / size
