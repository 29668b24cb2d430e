"""consumers/batching.py, the exactly-once half of the sink that needs no server: a segment's boundaries and its
objects' keys and bytes are functions of the records alone, so a sink that crashes and reads the same records
again writes the same objects under the same keys; and any arrival order makes one object per event hour a segment
holds."""

from __future__ import annotations

import gzip
import itertools
import random
import zlib
from datetime import UTC, datetime, timedelta

import orjson
import pytest

from consumers.batching import (
    CHUNK_BYTES,
    PENDING_BYTES,
    Limits,
    Record,
    Segment,
    build_objects,
    event_time,
    object_key,
)
from consumers.jsonl import WRITER as JSONL

ROOMY = Limits(max_records=1000, max_bytes=10_000_000)


def record(offset: int, ts: str, **extra: object) -> Record:
    """A scrubbed event as the sink reads it: its value, and its event time from that value."""
    value = orjson.dumps({"event_id": f"e{offset}", "ts": ts, **extra})
    when, from_ts = event_time(value, 0)
    assert from_ts
    return Record(offset, value, when)


def batch_of(records: list[Record], limits: Limits = ROOMY, topic: str = "logs.analytics",
             partition: int = 3) -> Segment:
    segment = Segment(topic, partition)
    for r in records:
        segment.add(r, limits)
    return segment


def segments(records: list[Record], limits: Limits) -> list[Segment]:
    """The records through a partition's segments as the sink closes them: before a record or after it."""
    closed, segment = [], Segment("logs.analytics", 0)
    for r in records:
        if segment.closes_before(r, limits):
            closed.append(segment)
            segment = Segment("logs.analytics", 0)
        if segment.add(r, limits):
            closed.append(segment)
            segment = Segment("logs.analytics", 0)
    return [*closed, segment] if segment.records else closed


def lines(body: bytes) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in gzip.decompress(body).splitlines()]


# --- event_time ---

@pytest.mark.parametrize(("ts", "expected"), [
    ("2026-11-24T15:40:36.123Z", "2026-11-24T15:40:36.123Z"),
    ("2026-11-24T15:40:36Z", "2026-11-24T15:40:36.000Z"),
    ("2026-11-24T15:40:36.5Z", "2026-11-24T15:40:36.500Z"),
    ("2026-11-24T15:40:36.123456Z", "2026-11-24T15:40:36.123Z"),
])
def test_event_time_is_the_ts_in_milliseconds(ts: str, expected: str) -> None:
    assert event_time(orjson.dumps({"event_id": "e", "ts": ts}), 0) == (expected, True)


@pytest.mark.parametrize("value", [
    b'{"event_id":"e"}',
    b'{"ts":"2026-11-24T18:40:36+03:00"}',  # the worker writes UTC with Z: anything else is not an event time
    b'{"ts": "2026-11-24T15:40:36Z"}',
    b"not json at all",
])
def test_without_a_utc_ts_the_kafka_timestamp_is_the_event_time(value: bytes) -> None:
    kafka_ms = int(datetime(2026, 1, 2, 3, 4, 5, 678_000, tzinfo=UTC).timestamp() * 1000)
    assert event_time(value, kafka_ms) == ("2026-01-02T03:04:05.678Z", False)


def test_a_record_s_partition_folders_are_its_event_date_and_hour() -> None:
    r = record(0, "2026-11-24T07:40:36.123Z")
    assert (r.dt, r.hour) == ("2026-11-24", "07")


# --- segment boundaries ---

def test_a_segment_closes_at_max_records_exactly() -> None:
    segment = Segment("logs.analytics", 0)
    limits = Limits(max_records=3, max_bytes=10_000_000)
    closes = [segment.add(record(10 + i, "2026-11-24T15:40:36.000Z"), limits) for i in range(3)]
    assert closes == [False, False, True]
    assert (segment.first_offset, segment.last_offset, segment.records) == (10, 12, 3)


def test_a_segment_closes_when_its_bytes_reach_max_bytes_counting_a_newline_per_record() -> None:
    first, second = record(0, "2026-11-24T15:40:36.000Z"), record(1, "2026-11-24T15:40:36.000Z")
    size = len(first.value) + 1 + len(second.value) + 1
    assert batch_of([first, second]).size == size
    segment = Segment("logs.analytics", 0)
    limits = Limits(max_records=1000, max_bytes=size)
    assert [segment.add(first, limits), segment.add(second, limits)] == [False, True]
    segment = Segment("logs.analytics", 0)
    limits = Limits(max_records=1000, max_bytes=size + 1)
    assert [segment.add(first, limits), segment.add(second, limits)] == [False, False]


def test_past_half_its_limits_a_segment_closes_before_a_new_event_hour_and_not_before() -> None:
    """In-order data closes on an hour boundary: every hour in one segment, so one object per hour."""
    limits = Limits(max_records=10, max_bytes=10_000_000)
    segment = batch_of([record(i, "2026-11-24T15:00:00.000Z") for i in range(4)], limits)
    assert not segment.closes_before(record(4, "2026-11-24T16:00:00.000Z"), limits)  # 4 of 10: under half
    assert not segment.add(record(4, "2026-11-24T15:30:00.000Z"), limits)
    assert not segment.closes_before(record(5, "2026-11-24T15:59:59.999Z"), limits)  # an hour it holds
    assert segment.closes_before(record(5, "2026-11-24T16:00:00.000Z"), limits)
    assert segment.closes_before(record(5, "2026-11-25T15:00:00.000Z"), limits)  # another day's 15:00
    by_bytes = Limits(max_records=1000, max_bytes=2 * segment.size)
    assert segment.closes_before(record(5, "2026-11-24T16:00:00.000Z"), by_bytes)
    assert not Segment("t", 0).closes_before(record(0, "2026-11-24T16:00:00.000Z"), Limits(2, 1024))


def test_in_order_data_makes_one_object_per_event_hour() -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    records = [record(i, (start + timedelta(minutes=7 * i)).strftime("%Y-%m-%dT%H:%M:%S.000Z"))
               for i in range(3000)]  # 350 hours, 8 or 9 records each
    closed = segments(records, Limits(max_records=100, max_bytes=10_000_000))
    keys = [o.key for s in closed for o in build_objects(s, "analytics", 365, JSONL)]
    hours = {r.event_time[:13] for r in records}
    assert len(keys) == len(hours) == 350
    assert all(50 <= s.records <= 100 for s in closed[:-1])


def test_random_order_makes_one_object_per_event_hour_per_segment() -> None:
    rng = random.Random(3)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    records = [record(i, (start + timedelta(seconds=rng.randrange(30 * 86400))).strftime("%Y-%m-%dT%H:%M:%S.000Z"))
               for i in range(30_000)]
    closed = segments(records, Limits(max_records=20_000, max_bytes=100_000_000))
    assert [s.records for s in closed] == [20_000, 10_000]  # every hour is open long before half: the full limit
    objects = [o for s in closed for o in build_objects(s, "analytics", 365, JSONL)]
    hours = len({r.event_time[:13] for r in records})
    assert hours == 720 and len(objects) == 2 * hours
    assert sum(o.records for o in objects) == 30_000


def test_boundaries_depend_on_the_records_only() -> None:
    """The same records through two fresh runs close at the same offsets (what a restart relies on)."""
    records = [record(i, f"2026-11-{1 + i % 20:02d}T15:{i % 60:02d}:00.000Z", note="x" * (i * 37 % 300))
               for i in range(2000)]
    limits = Limits(max_records=170, max_bytes=25_000)

    def boundaries() -> list[tuple[int, int]]:
        return [(s.first_offset, s.last_offset) for s in segments(records, limits)]

    first = boundaries()
    assert first == boundaries()
    assert first[0][0] == 0 and first[-1][1] == 1999
    assert all(b[0] == a[1] + 1 for a, b in itertools.pairwise(first))  # they tile the offsets
    assert any(b - a + 1 < 170 for a, b in first[:-1])  # the bytes limit closed some before the count did


def test_a_segment_holds_its_records_compressed_past_the_chunk_size() -> None:
    big = [record(i, "2026-11-24T15:00:00.000Z", note=f"{i} " + "abc " * 100) for i in range(2000)]
    segment = batch_of(big, Limits(max_records=10_000, max_bytes=100_000_000))
    assert segment.size > 2 * CHUNK_BYTES and segment.held < segment.size / 5
    assert PENDING_BYTES > CHUNK_BYTES


# --- objects ---

def test_one_object_per_event_hour_all_keyed_by_the_batch_s_first_offset() -> None:
    batch = batch_of([record(40, "2026-11-24T15:59:59.999Z"), record(41, "2026-11-24T16:00:00.000Z"),
                      record(42, "2026-11-24T15:10:00.000Z"), record(43, "2026-11-25T00:00:01.000Z")])
    objects = build_objects(batch, "analytics", 365, JSONL)
    assert [o.key for o in objects] == [
        "analytics/dt=2026-11-24/hour=15/logs.analytics+3+00000000000000000040.jsonl.gz",
        "analytics/dt=2026-11-24/hour=16/logs.analytics+3+00000000000000000040.jsonl.gz",
        "analytics/dt=2026-11-25/hour=00/logs.analytics+3+00000000000000000040.jsonl.gz",
    ]
    assert [[e["event_id"] for e in lines(o.body)] for o in objects] == [["e40", "e42"], ["e41"], ["e43"]]
    assert [o.records for o in objects] == [2, 1, 1]
    assert sum(o.records for o in objects) == batch.records


def test_object_key_is_hive_style_with_a_zero_padded_offset() -> None:
    assert object_key("marketing", "p.logs.marketing", 11, 1234567, "2026-01-02", "03") == \
        "marketing/dt=2026-01-02/hour=03/p.logs.marketing+11+00000000000001234567.jsonl.gz"


def test_body_is_gzip_json_lines_byte_for_byte_the_same_on_a_rebuild() -> None:
    """gzip with no timestamp: a sink that crashed between put and commit rewrites identical bytes."""
    records = [record(i, "2026-11-24T15:40:36.000Z", note=f"n{i}" + "x" * (i * 997 % 5000)) for i in range(300)]
    first = build_objects(batch_of(records), "analytics", 365, JSONL)
    again = build_objects(batch_of(list(records)), "analytics", 365, JSONL)
    assert first == again
    (obj,) = first
    assert obj.body[:2] == b"\x1f\x8b" and obj.body[4:8] == b"\0\0\0\0"  # gzip, MTIME zero
    raw = gzip.decompress(obj.body)
    assert raw == b"".join(r.value + b"\n" for r in records)
    assert obj.raw_bytes == len(raw)
    assert zlib.decompress(obj.body, 31) == raw  # one gzip member, as zlib (DuckDB, Athena, Spark) reads it


def test_a_value_s_own_trailing_newline_is_not_doubled() -> None:
    plain = record(0, "2026-11-24T15:40:36.000Z")
    with_newline = Record(1, plain.value + b"\n", plain.event_time)
    (obj,) = build_objects(batch_of([plain, with_newline]), "analytics", 30, JSONL)
    assert gzip.decompress(obj.body) == plain.value + b"\n" + plain.value + b"\n"


def test_metadata_states_counts_event_times_and_offsets_of_the_object() -> None:
    batch = batch_of([record(7, "2026-11-24T15:40:36.500Z"), record(8, "2026-11-24T16:00:00.000Z"),
                      record(9, "2026-11-24T15:01:00.000Z")])
    first_hour, second_hour = build_objects(batch, "marketing", 90, JSONL)
    assert first_hour.metadata == {
        "records": "2", "first-event-time": "2026-11-24T15:01:00.000Z", "last-event-time": "2026-11-24T15:40:36.500Z",
        "route": "marketing", "retention-days": "90", "first-offset": "7", "last-offset": "9",
    }
    assert (first_hour.first_event_time, first_hour.last_event_time) == ("2026-11-24T15:01:00.000Z",
                                                                          "2026-11-24T15:40:36.500Z")
    assert second_hour.metadata["first-offset"] == second_hour.metadata["last-offset"] == "8"
    assert second_hour.key.endswith("+00000000000000000007.jsonl.gz")


def test_withheld_records_keep_their_place_but_are_written_nowhere() -> None:
    """A record still carrying an identifying value is archived nowhere; the key stays the batch's first offset."""
    kept = record(21, "2026-11-24T15:40:36.000Z")
    withheld = Record(20, orjson.dumps({"event_id": "leak", "ts": "2026-11-24T14:00:00.000Z"}),
                      "2026-11-24T14:00:00.000Z", withheld=True)
    batch = batch_of([withheld, kept])
    assert batch.first_offset == 20 and batch.records == 2
    (obj,) = build_objects(batch, "analytics", 365, JSONL)
    assert obj.key == "analytics/dt=2026-11-24/hour=15/logs.analytics+3+00000000000000000020.jsonl.gz"
    assert b"leak" not in gzip.decompress(obj.body)
    assert obj.metadata["first-offset"] == "21"
    assert build_objects(batch_of([withheld]), "analytics", 365, JSONL) == []
