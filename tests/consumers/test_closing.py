"""consumers/closing.py without Kafka or S3: where segments close by count, size, event hour, a committed cut,
freshness, quiet and memory, with time passed in."""

from __future__ import annotations

from consumers.batching import Limits, Record, Segment
from consumers.closing import ClosingRules

P = "logs.analytics/0"


def _rules(max_records: int = 100, max_bytes: int = 1_000_000, max_age: float = 60.0, idle: float = 2.0,
           buffer_bytes: int = 10_000) -> ClosingRules[str]:
    return ClosingRules(Limits(max_records, max_bytes), max_age, idle, buffer_bytes)


def _record(offset: int, hour: int = 10, size: int = 40) -> Record:
    value = b'{"ts":"2026-11-24T%02d:00:00.000Z","pad":"%s"}' % (hour, b"x" * size)
    return Record(offset, value, f"2026-11-24T{hour:02d}:00:00.000Z")


def _fill(rules: ClosingRules[str], records: list[Record]) -> tuple[list[Segment], Segment | None]:
    """Run records through the rules as the sink does; the closed segments and the open one."""
    closed: list[Segment] = []
    segment: Segment | None = None
    for record in records:
        if rules.before(P, segment, record):
            assert segment is not None
            closed.append(segment)
            rules.closed(P)
            segment = None
        if segment is None:
            segment = Segment("logs.analytics", 0)
        segment.add(record, rules.limits)
        if rules.after(P, segment, record):
            closed.append(segment)
            rules.closed(P)
            segment = None
    return closed, segment


def test_a_segment_closes_after_max_records_offsets() -> None:
    closed, open_segment = _fill(_rules(max_records=10), [_record(i) for i in range(25)])
    assert [(s.first_offset, s.last_offset) for s in closed] == [(0, 9), (10, 19)]
    assert open_segment is not None and open_segment.records == 5


def test_a_segment_closes_once_its_records_reach_max_bytes() -> None:
    line = len(_record(0).value) + 1
    closed, _ = _fill(_rules(max_bytes=line * 4), [_record(i) for i in range(9)])
    assert [s.records for s in closed] == [4, 4]


def test_past_half_its_limits_a_segment_closes_before_a_new_event_hour() -> None:
    records = [_record(i, hour=10) for i in range(6)] + [_record(6 + i, hour=11) for i in range(3)]
    closed, open_segment = _fill(_rules(max_records=10), records)
    assert [(s.first_offset, s.last_offset) for s in closed] == [(0, 5)]
    assert open_segment is not None and list(open_segment.hours) == [("2026-11-24", "11")]


def test_before_half_its_limits_a_new_hour_joins_the_segment() -> None:
    records = [_record(0, hour=10), _record(1, hour=11), _record(2, hour=10)]
    closed, open_segment = _fill(_rules(max_records=10), records)
    assert closed == [] and open_segment is not None and len(open_segment.hours) == 2


def test_the_same_records_close_at_the_same_offsets_whatever_the_clock() -> None:
    records = [_record(i, hour=10 + i // 7) for i in range(40)]
    first, _ = _fill(_rules(max_records=12), records)
    again, _ = _fill(_rules(max_records=12, max_age=0.001, idle=0.001), records)
    assert [(s.first_offset, s.last_offset) for s in first] == [(s.first_offset, s.last_offset) for s in again]


def test_a_committed_cut_closes_the_segment_at_that_record_and_is_then_done_with() -> None:
    rules = _rules()
    rules.cut_read(P, 3)
    closed, open_segment = _fill(rules, [_record(i) for i in range(6)])
    assert [(s.first_offset, s.last_offset) for s in closed] == [(0, 3)]
    assert P not in rules.cuts and open_segment is not None and open_segment.first_offset == 4


def test_a_record_past_a_cut_closes_the_open_segment_before_it() -> None:
    rules = _rules()
    segment = Segment("logs.analytics", 0)
    segment.add(_record(0), rules.limits)
    rules.cut_read(P, 0)
    assert rules.before(P, segment, _record(5))


def test_a_cut_whose_records_are_gone_no_longer_applies() -> None:
    rules = _rules()
    rules.cut_read(P, 3)
    assert not rules.before(P, None, _record(10))  # the topic's records up to the cut were deleted
    assert P not in rules.cuts


def test_freshness_closes_a_segment_whose_first_record_is_max_age_old() -> None:
    rules = _rules(max_age=60.0, idle=1000.0)  # the quiet rule out of the way
    segments = {P: Segment("logs.analytics", 0)}
    segments[P].add(_record(0), rules.limits)
    rules.records_came(P, now=100.0, opened=True)
    rules.records_came(P, now=150.0, opened=False)
    assert rules.stale(segments, now=159.0) == []
    assert rules.stale(segments, now=160.0) == [P]


def test_a_quiet_partition_closes_a_large_segment_but_not_a_trickle() -> None:
    rules = _rules(max_records=200, idle=2.0)  # large: 2 records (1 % of 200)
    small, large = Segment("logs.analytics", 0), Segment("logs.analytics", 1)
    small.add(_record(0), rules.limits)
    for i in range(2):
        large.add(_record(i), rules.limits)
    for partition in ("small", "large"):
        rules.records_came(partition, now=10.0, opened=True)
    segments = {"small": small, "large": large}
    assert rules.stale(segments, now=11.0) == []
    assert rules.stale(segments, now=12.0) == ["large"]


def test_memory_stores_the_largest_segments_until_under_three_quarters_of_the_ceiling() -> None:
    rules = _rules(buffer_bytes=1000)
    segments = {}
    for name, count in (("a", 2), ("b", 10), ("c", 5)):
        segment = Segment("logs.analytics", 0)
        for i in range(count):
            segment.add(_record(i, size=40), rules.limits)
        segments[name] = segment
    assert rules.over_memory(segments)
    order = []
    while not rules.relieved(segments):
        order.append(rules.largest(segments))
        del segments[order[-1]]
    assert order == ["b"] and not rules.over_memory(segments)


def test_a_revoked_partition_forgets_its_times_and_its_cut() -> None:
    rules = _rules()
    rules.records_came(P, now=1.0, opened=True)
    rules.cut_read(P, 9)
    rules.forget(P)
    assert (rules.opened, rules.appended, rules.cuts) == ({}, {}, {})
