"""Batches of one partition's records and the S3 objects they become. Pure: no Kafka, no S3.

Exactly-once into S3 rests on two facts kept here. First, a batch's boundaries depend only
on the records: it closes after `max_records` records, `max_bytes` bytes, or when a record's
event time is `max_age` past the batch's first. (The sink's only other closing point is a
partition it has read to its end and that stayed idle, and a restart reading the same
partition reaches at least that far again.) Second, an object's key is the batch's first
offset and its bytes are a function of the records (gzip with no timestamp), so a sink that
crashes between a put and its commit rewrites the same object, or a superset of it, under
the same key.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

_TS = re.compile(rb'"ts":"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?Z"')


@dataclass(frozen=True, slots=True)
class Record:
    offset: int
    value: bytes
    event_time: str  # ISO 8601 UTC, e.g. 2026-11-24T15:40:36.123Z
    #: a record the sink must not archive (it still carries an identifying value): it keeps its place
    #: in the batch, so boundaries and keys stay those of the records, but it is written nowhere
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
        millis = (fraction or b"0").ljust(3, b"0")[:3]
        return f"{date.decode()}T{hour.decode()}:{minute.decode()}:{second.decode()}.{millis.decode()}Z", True
    moment = datetime.fromtimestamp(kafka_timestamp_ms / 1000, tz=UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z"), False


def _seconds(event_time_text: str) -> float:
    return datetime.fromisoformat(event_time_text.replace("Z", "+00:00")).timestamp()


@dataclass(frozen=True)
class Limits:
    max_records: int
    max_bytes: int
    max_age_seconds: float


@dataclass
class Batch:
    """The open batch of one partition: contiguous offsets from `first_offset`."""

    topic: str
    partition: int
    records: list[Record] = field(default_factory=list)
    size: int = 0
    _first_seconds: float = 0.0

    @property
    def first_offset(self) -> int:
        return self.records[0].offset

    @property
    def last_offset(self) -> int:
        return self.records[-1].offset

    def add(self, record: Record, limits: Limits) -> bool:
        """Append a record; True when the batch must close after it (a boundary of the records alone)."""
        if not self.records:
            self._first_seconds = _seconds(record.event_time)
        self.records.append(record)
        self.size += len(record.value) + 1
        return (len(self.records) >= limits.max_records or self.size >= limits.max_bytes
                or _seconds(record.event_time) - self._first_seconds >= limits.max_age_seconds)


@dataclass(frozen=True)
class S3Object:
    key: str
    body: bytes
    records: int
    raw_bytes: int
    first_event_time: str
    last_event_time: str
    metadata: dict[str, str]


def object_key(route: str, topic: str, partition: int, first_offset: int, dt: str, hour: str) -> str:
    """{route}/dt=YYYY-MM-DD/hour=HH/{topic}+{partition}+{first_offset:020d}.jsonl.gz (Hive-style)."""
    return f"{route}/dt={dt}/hour={hour}/{topic}+{partition}+{first_offset:020d}.jsonl.gz"


def build_objects(batch: Batch, route: str, retention_days: int) -> list[S3Object]:
    """The batch's objects: one per event hour, each keyed by the batch's first offset."""
    groups: dict[tuple[str, str], list[Record]] = {}
    for record in batch.records:
        if not record.withheld:
            groups.setdefault((record.dt, record.hour), []).append(record)
    objects = []
    for (dt, hour), records in sorted(groups.items()):
        raw = b"".join(r.value.rstrip(b"\n") + b"\n" for r in records)
        times = sorted(r.event_time for r in records)
        objects.append(S3Object(
            key=object_key(route, batch.topic, batch.partition, batch.first_offset, dt, hour),
            body=gzip.compress(raw, compresslevel=6, mtime=0),
            records=len(records),
            raw_bytes=len(raw),
            first_event_time=times[0],
            last_event_time=times[-1],
            metadata={
                "records": str(len(records)), "first-event-time": times[0], "last-event-time": times[-1],
                "route": route, "retention-days": str(retention_days),
                "first-offset": str(records[0].offset), "last-offset": str(records[-1].offset),
            },
        ))
    return objects
