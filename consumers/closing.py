"""Where the sink's open segments close: every rule in one pure object, testable without Kafka or S3.

The sink (consumers/s3_sink.py) keeps the edges: it reads records, asks here, stores what closes and commits.
Time comes in as an argument (the sink passes `time.monotonic()`), so every rule is a function of its inputs.

Two kinds of closing points:

- The records' own (exactly-once rests on them: a restart closes at the same record and writes the same
  objects): a segment closes after `max_records` offsets or `max_bytes` bytes, or, once past half of either,
  before the first record of an event hour it does not hold (consumers/batching.py, `Segment`), so in-order
  data closes on an hour boundary.
- The sink's: freshness (a segment read to its partition's end whose first record was read `max_age_seconds`
  ago, or a large one whose partition has been quiet `idle_seconds`), memory (the largest segments while all of
  them hold `buffer_bytes`), and SIGTERM. The sink commits such a point to Kafka (`cut`) before the objects, so
  whoever reads the partition next closes at the same record: `before` and `after` honour a cut read back.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from consumers.batching import Limits, Record, Segment

#: A partition, as the sink names it (kafka-python's TopicPartition; anything hashable in tests)
P = TypeVar("P", bound=Hashable)

#: The memory rule stores the largest segments until they hold less than this share of the ceiling
RELIEVED_SHARE = 0.75


@dataclass
class ClosingRules(Generic[P]):
    """The closing rules and what they need to remember per partition: when its open segment got its first record,
    when it last gave records, and the closing point a previous owner committed for it."""

    limits: Limits
    max_age_seconds: float
    idle_seconds: float
    buffer_bytes: int
    opened: dict[P, float] = field(default_factory=dict)
    appended: dict[P, float] = field(default_factory=dict)
    cuts: dict[P, int] = field(default_factory=dict)

    # --- the records' own points, and a committed cut ---

    def before(self, partition: P, segment: Segment | None, record: Record) -> bool:
        """True when the open segment must be stored before this record is added: the record is past a committed
        cut, or it opens an event hour the segment does not hold once the segment is past half its limits. A cut
        whose records are gone (no open segment, a record past it) no longer applies and is forgotten."""
        cut = self.cuts.get(partition)
        if segment is None:
            if cut is not None and record.offset > cut:
                del self.cuts[partition]
            return False
        return (cut is not None and record.offset > cut) or segment.closes_before(record, self.limits)

    def after(self, partition: P, segment: Segment, record: Record) -> bool:
        """True when the segment must be stored right after this record was added: it reached its record or byte
        limit, or this record is the committed cut."""
        cut = self.cuts.get(partition)
        return (segment.records >= self.limits.max_records or segment.size >= self.limits.max_bytes
                or (cut is not None and record.offset >= cut))

    # --- the sink's points ---

    def records_came(self, partition: P, now: float, opened: bool) -> None:
        """Records were read for this partition at `now`; `opened`: its segment was opened by them."""
        self.appended[partition] = now
        if opened:
            self.opened[partition] = now

    def stale(self, segments: dict[P, Segment], now: float) -> list[P]:
        """Partitions whose segment freshness would close: its first record is `max_age_seconds` old, or it holds
        1 % of `max_records` and its partition has been quiet `idle_seconds` (the end of a backlog waits for no
        freshness bound, a trickle is not cut up). The sink closes those read to their partition's end."""
        large = max(1, self.limits.max_records // 100)
        return [partition for partition, segment in segments.items()
                if now - self.opened.get(partition, now) >= self.max_age_seconds
                or (segment.records >= large and now - self.appended.get(partition, now) >= self.idle_seconds)]

    def over_memory(self, segments: dict[P, Segment]) -> bool:
        return sum(segment.held for segment in segments.values()) >= self.buffer_bytes

    def relieved(self, segments: dict[P, Segment]) -> bool:
        """The memory rule has stored enough: the open segments hold less than `RELIEVED_SHARE` of the ceiling."""
        return sum(segment.held for segment in segments.values()) < self.buffer_bytes * RELIEVED_SHARE

    @staticmethod
    def largest(segments: dict[P, Segment]) -> P:
        """The partition whose segment holds the most bytes: the memory rule stores it first."""
        return max(segments, key=lambda partition: segments[partition].held)

    # --- bookkeeping ---

    def cut_read(self, partition: P, last_offset: int) -> None:
        """A closing point read back from the committed offset's metadata: the open segment ends at this offset."""
        self.cuts[partition] = last_offset

    def closed(self, partition: P) -> None:
        """The partition's segment was stored: its opening time and its cut are done with."""
        self.opened.pop(partition, None)
        self.cuts.pop(partition, None)

    def forget(self, partition: P) -> None:
        """The partition was revoked: nothing about it applies to its next owner (who reads its cut itself)."""
        self.closed(partition)
        self.appended.pop(partition, None)
