"""A partition's segments and the S3 objects they become. Pure: no Kafka, no S3.

A segment is a run of one partition's records, contiguous from its first offset, held in
one buffer per event hour (UTC). When the segment closes, every hour buffer becomes one
object, all keyed by the segment's first offset. So an hour gets one object per segment
that holds any of its records, whatever order the records come in: a backfill spread over
a month makes one object per (partition, event hour) per segment, and in-order traffic one
per hour.

Exactly-once into S3 rests on two facts kept here. First, where a segment closes depends
only on the records (`Segment.add` and `Segment.closes_before`): after `max_records`
offsets or `max_bytes` bytes of records, or, once past half of either, before the first
record of an event hour the segment does not hold yet (so in-order data closes on an hour
boundary). The sink's other closing points (freshness, its memory ceiling, SIGTERM) are
written to Kafka before the objects (s3_sink.py), so a restart closes at the same offset.
Second, an object's key is the segment's first offset and its bytes are a function of the
records: each hour is gzip built as its records come, in deflate blocks cut at points that
depend on the records alone (every `CHUNK_BYTES` of the hour, or when the segment holds
`PENDING_BYTES` not yet compressed), with no timestamp in the header.

Memory: a segment holds its records compressed, plus at most `PENDING_BYTES` not yet
compressed; `Segment.held` is what it holds, which the sink bounds across partitions.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

_TS = re.compile(rb'"ts":"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?Z"')

#: An hour's records are compressed in blocks of about this many bytes (gzip's ratio is near its best from here)
CHUNK_BYTES = 64 * 1024
#: A segment compresses every hour's pending records once this many bytes wait uncompressed in it
PENDING_BYTES = 4 * 1024 * 1024
#: gzip member header: deflate, no flags, MTIME 0, no extra flags, OS unknown (RFC 1952)
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
_FINAL_EMPTY_BLOCK = b"\x03\x00"  # a final, empty fixed-Huffman block ends the deflate stream


@dataclass(frozen=True, slots=True)
class Record:
    offset: int
    value: bytes
    event_time: str  # ISO 8601 UTC, e.g. 2026-11-24T15:40:36.123Z
    #: a record the sink must not archive (an identifying value, or a duplicate event_id): it keeps its
    #: offset in the segment, so boundaries and keys stay those of the records, but it is written nowhere
    withheld: bool = False

    @property
    def dt(self) -> str:
        return self.event_time[:10]

    @property
    def hour(self) -> str:
        return self.event_time[11:13]


def event_time(value: bytes, kafka_timestamp_ms: int) -> tuple[str, bool]:
    """The record's event time from its `ts`, or the Kafka timestamp when it has none (False)."""
    match = _TS.search(value)
    if match:
        date, hour, minute, second, fraction = match.groups()
        if fraction is not None and len(fraction) == 3:  # the pipeline's own form, as it writes every `ts`
            return match.group()[6:-1].decode(), True
        millis = (fraction or b"0").ljust(3, b"0")[:3]
        return f"{date.decode()}T{hour.decode()}:{minute.decode()}:{second.decode()}.{millis.decode()}Z", True
    moment = datetime.fromtimestamp(kafka_timestamp_ms / 1000, tz=UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z"), False


@dataclass(frozen=True)
class Limits:
    #: a segment closes after this many offsets of its partition (records written, withheld or dropped)
    max_records: int
    #: ... or once the records it holds reach this many bytes, uncompressed (one newline each counted)
    max_bytes: int


class HourBuffer:
    """One event hour's records in a segment: a gzip body built block by block, and what its metadata says."""

    __slots__ = ("blocks", "crc", "first_offset", "first_time", "last_offset", "last_time", "pending",
                 "pending_size", "raw_bytes", "records")

    def __init__(self, record: Record) -> None:
        self.blocks: list[bytes] = []
        self.pending: list[bytes] = []
        self.pending_size = 0
        self.raw_bytes = 0
        self.crc = 0
        self.records = 0
        self.first_offset = self.last_offset = record.offset
        self.first_time = self.last_time = record.event_time

    def add(self, record: Record, line: bytes) -> None:
        self.pending.append(line)
        self.pending_size += len(line)
        self.raw_bytes += len(line)
        self.records += 1
        self.last_offset = record.offset
        self.first_time = min(self.first_time, record.event_time)
        self.last_time = max(self.last_time, record.event_time)

    def compress_pending(self) -> int:
        """Turn the pending lines into one byte-aligned deflate block; returns the bytes it freed."""
        if not self.pending:
            return 0
        raw = b"".join(self.pending)
        self.crc = zlib.crc32(raw, self.crc)
        deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
        block = deflate.compress(raw) + deflate.flush(zlib.Z_SYNC_FLUSH)
        self.blocks.append(block)
        self.pending, freed, self.pending_size = [], self.pending_size, 0
        return freed - len(block)

    @property
    def held(self) -> int:
        return sum(map(len, self.blocks)) + self.pending_size

    def gzip(self) -> bytes:
        """The hour's records as one gzip member (no timestamp): the same records give the same bytes."""
        self.compress_pending()
        trailer = struct.pack("<II", self.crc & 0xFFFFFFFF, self.raw_bytes & 0xFFFFFFFF)
        return b"".join([_GZIP_HEADER, *self.blocks, _FINAL_EMPTY_BLOCK, trailer])

    def lines(self) -> list[bytes]:
        """The hour's records, one JSON document a line, as they came (for a writer of another format)."""
        return zlib.decompress(self.gzip(), 31).splitlines()


@dataclass
class Segment:
    """The open segment of one partition: contiguous offsets from `first_offset`, one buffer per event hour."""

    topic: str
    partition: int
    first_offset: int = -1
    last_offset: int = -1
    records: int = 0  # offsets in the segment, withheld ones included
    size: int = 0  # uncompressed bytes of the records it keeps, a newline each
    held: int = 0  # bytes it holds in memory: compressed blocks and pending lines
    hours: dict[tuple[str, str], HourBuffer] = field(default_factory=dict)
    _pending: int = 0

    def closes_before(self, record: Record, limits: Limits) -> bool:
        """True when the segment must close before this record: it is past half its limits and the record
        opens an event hour the segment does not hold (in-order data closes on an hour boundary)."""
        return (self.records > 0 and (2 * self.records >= limits.max_records or 2 * self.size >= limits.max_bytes)
                and (record.dt, record.hour) not in self.hours)

    def add(self, record: Record, limits: Limits) -> bool:
        """Append a record; True when the segment must close after it (a boundary of the records alone)."""
        if self.records == 0:
            self.first_offset = record.offset
        self.last_offset = record.offset
        self.records += 1
        if not record.withheld:
            line = record.value.rstrip(b"\n") + b"\n"
            when = record.event_time
            hour = (when[:10], when[11:13])  # (record.dt, record.hour), without the two property calls
            buffer = self.hours.get(hour)
            if buffer is None:
                buffer = self.hours[hour] = HourBuffer(record)
            buffer.add(record, line)
            self.size += len(line)
            self.held += len(line)
            self._pending += len(line)
            if buffer.pending_size >= CHUNK_BYTES:
                self._compress(buffer)
            if self._pending >= PENDING_BYTES:
                for each in self.hours.values():
                    self._compress(each)
        return self.records >= limits.max_records or self.size >= limits.max_bytes

    def _compress(self, buffer: HourBuffer) -> None:
        self._pending -= buffer.pending_size
        self.held -= buffer.compress_pending()


@dataclass(frozen=True)
class S3Object:
    key: str
    body: bytes
    records: int
    raw_bytes: int
    first_event_time: str
    last_event_time: str
    metadata: dict[str, str]
    content_type: str


@dataclass(frozen=True)
class Writer:
    """A format of a route's objects: its file extension, its content type, and the function from an event hour's
    records (a segment's `HourBuffer`) to the object's bytes. consumers/jsonl.py writes gzip JSON Lines (the
    hour's own gzip member, as it was built), consumers/parquet.py Parquet (from the hour's lines). The bytes
    must be a function of the records: a restarted sink rewrites the same object."""

    extension: str
    content_type: str
    encode: Callable[[HourBuffer], bytes]


def object_key(route: str, topic: str, partition: int, first_offset: int, dt: str, hour: str,
               extension: str = "jsonl.gz") -> str:
    """{route}/dt=YYYY-MM-DD/hour=HH/{topic}+{partition}+{first_offset:020d}.jsonl.gz (or .parquet); Hive-style."""
    return f"{route}/dt={dt}/hour={hour}/{topic}+{partition}+{first_offset:020d}.{extension}"


def build_objects(segment: Segment, route: str, retention_days: int, writer: Writer) -> list[S3Object]:
    """The segment's objects in the route's format: one per event hour, each keyed by the segment's first offset."""
    objects = []
    for (dt, hour), buffer in sorted(segment.hours.items()):
        objects.append(S3Object(
            key=object_key(route, segment.topic, segment.partition, segment.first_offset, dt, hour,
                           writer.extension),
            body=writer.encode(buffer),
            records=buffer.records,
            raw_bytes=buffer.raw_bytes,
            first_event_time=buffer.first_time,
            last_event_time=buffer.last_time,
            metadata=metadata(buffer, route, retention_days),
            content_type=writer.content_type,
        ))
    return objects


def metadata(buffer: HourBuffer, route: str, retention_days: int) -> dict[str, str]:
    return {
        "records": str(buffer.records), "first-event-time": buffer.first_time,
        "last-event-time": buffer.last_time, "route": route, "retention-days": str(retention_days),
        "first-offset": str(buffer.first_offset), "last-offset": str(buffer.last_offset),
    }
