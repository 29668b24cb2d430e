"""`logwarden tail ROUTE`: an analyst's view of one purpose topic, like `tail -f` for scrubbed events.

It reads with assigned partitions and commits nothing, so it needs no consumer group and
never disturbs the sink's offsets: reading is all it can do (clause 3.1: each
route's readers have an ACL for that topic alone). Where to start is an offset question Kafka
answers: the end, the beginning, or the first offset at or after a time (its record
timestamps are the producers' send times).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

import orjson
from kafka import KafkaConsumer, TopicPartition

from pipeline.cluster.login import kafka_login
from pipeline.settings import Settings


@dataclass(frozen=True, slots=True)
class Shown:
    """One record as the reader prints it."""

    partition: int
    offset: int
    timestamp_ms: int
    value: bytes
    headers: tuple[tuple[str, bytes], ...]

    def jsonl(self) -> bytes:
        """One JSON object a line: a scrubbed event as it was written, or for the DLQ an envelope with the
        reason, its detail, the raw message's source (topic/partition/offset), the policy version that judged it, and
        the raw input itself (as text
        when it is UTF-8, else as `raw_base64`), so every line parses and says why it is there."""
        reason = self.header("logwarden-reason")
        if reason is None:
            return self.value.rstrip(b"\n") + b"\n"
        envelope: dict[str, object] = {"reason": reason, "detail": self.header("logwarden-detail") or "",
                                       "source": self.header("logwarden-source") or "",
                                       "policy_version": self.header("logwarden-policy-version") or "",
                                       "partition": self.partition, "offset": self.offset}
        try:
            envelope["raw"] = self.value.decode("utf-8")
        except UnicodeDecodeError:
            envelope["raw_base64"] = base64.b64encode(self.value).decode()
        return orjson.dumps(envelope) + b"\n"

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key == name:
                return value.decode("utf-8", "replace")
        return None

    def pretty(self) -> str:
        when = datetime.fromtimestamp(self.timestamp_ms / 1000).astimezone().isoformat(timespec="milliseconds")
        lines = [f"--- partition {self.partition} offset {self.offset}  {when}"]
        lines += [f"    {name}: {value.decode('utf-8', 'replace')}" for name, value in self.headers]
        try:
            lines.append(orjson.dumps(orjson.loads(self.value), option=orjson.OPT_INDENT_2).decode())
        except orjson.JSONDecodeError:  # the DLQ holds raw bad input by design
            lines.append(self.value.decode("utf-8", "replace"))
        return "\n".join(lines) + "\n"


class TopicReader:
    """Reads one topic from a chosen start; `records()` yields until the end (or forever when following)."""

    def __init__(self, settings: Settings, topic: str, *, role: str, start: str = "end",
                 since: datetime | None = None, last: int | None = None) -> None:
        self.topic = topic
        login = kafka_login(settings, role)
        self._consumer = KafkaConsumer(
            bootstrap_servers=settings.kafka_bootstrap.split(","),
            client_id=f"{settings.kafka_client_id}-tail",
            enable_auto_commit=False,
            group_id=None,
            fetch_max_bytes=16 * 1024 * 1024,
            max_partition_fetch_bytes=16 * 1024 * 1024,
            **login.client_args(),
        )
        found = self._consumer.partitions_for_topic(topic)
        if not found:
            self._consumer.close()
            # Kafka answers a principal without access to a topic as if the topic were not there
            who = f", or {login.username} may not read it (`logwarden acl check`)" if login.username else ""
            raise LookupError(f"topic {topic} does not exist on {settings.kafka_bootstrap}{who}")
        self.partitions = [TopicPartition(topic, p) for p in sorted(found)]
        self._consumer.assign(self.partitions)
        ends = self._consumer.end_offsets(self.partitions)
        if since is not None:
            found_times = self._consumer.offsets_for_times(
                {tp: int(since.timestamp() * 1000) for tp in self.partitions}
            )
            for tp in self.partitions:
                at = found_times.get(tp)
                self._consumer.seek(tp, at.offset if at is not None else ends[tp])
        elif last is not None:
            # the last N of the whole topic are among the last N of each partition: read those, keep the N newest
            begins = self._consumer.beginning_offsets(self.partitions)
            for tp in self.partitions:
                self._consumer.seek(tp, max(begins[tp], ends[tp] - last))
        elif start == "beginning":
            self._consumer.seek_to_beginning(*self.partitions)
        else:
            for tp in self.partitions:
                self._consumer.seek(tp, ends[tp])
        self.ends_at_start = {tp.partition: ends[tp] for tp in self.partitions}
        self._last = last

    def records(self, *, follow: bool, limit: int | None = None) -> Iterator[Shown]:
        shown = 0
        if self._last is not None:  # `-n N`: the N newest records first (by send time), then on as asked
            backlog = sorted(self._backlog(), key=lambda s: (s.timestamp_ms, s.partition, s.offset))[-self._last:]
            for record in backlog[:limit]:
                yield record
            shown = len(backlog[:limit])
            if (limit is not None and shown >= limit) or not follow:
                return
        while True:
            for tp, batch in self._consumer.poll(timeout_ms=500, max_records=1000).items():
                for record in batch:
                    if not follow and record.offset >= self.ends_at_start[tp.partition]:
                        continue
                    yield Shown(
                        tp.partition,
                        record.offset,
                        record.timestamp,
                        record.value,
                        tuple((k, v) for k, v in record.headers or ()),
                    )
                    shown += 1
                    if limit is not None and shown >= limit:
                        return
            if not follow and self._read_to_start_ends():
                return

    def _backlog(self) -> Iterator[Shown]:
        """Every record from the current positions up to the ends the topic had when tail started."""
        while not self._read_to_start_ends():
            for tp, batch in self._consumer.poll(timeout_ms=500, max_records=1000).items():
                for record in batch:
                    if record.offset < self.ends_at_start[tp.partition]:
                        yield Shown(tp.partition, record.offset, record.timestamp, record.value,
                                    tuple((k, v) for k, v in record.headers or ()))

    def _read_to_start_ends(self) -> bool:
        return all(self._consumer.position(tp) >= self.ends_at_start[tp.partition] for tp in self.partitions)

    def close(self) -> None:
        self._consumer.close()


def run(
    settings: Settings,
    topic: str,
    *,
    role: str,
    start: str,
    since: datetime | None,
    follow: bool,
    limit: int | None,
    output: str,
    out: BinaryIO,
    say: Callable[[str], None],
    last: int | None = None,
) -> int:
    """`logwarden tail`: print the topic's records to `out` as `output` ("pretty" or "jsonl") until the end
    (without `follow`), `limit`, Ctrl-C or a closed pipe. Returns the exit code."""
    from pipeline.cluster.login import check_login, require_reachable

    require_reachable(settings.kafka_bootstrap)
    check_login(settings, role)
    try:
        reader = TopicReader(settings, topic, role=role, start=start, since=since, last=last)
    except LookupError as exc:
        say(f"logwarden: {exc}")
        return 1
    where = (f"since {since.isoformat()}" if since else f"from the last {last}" if last is not None
             else "from the beginning" if start == "beginning" else "from the end")
    say(f"reading {topic} {where}{', following (Ctrl-C stops)' if follow else ''}")
    try:
        for shown in reader.records(follow=follow, limit=limit):
            out.write(shown.jsonl() if output == "jsonl" else shown.pretty().encode())
            out.flush()
    except (KeyboardInterrupt, BrokenPipeError):
        pass
    finally:
        reader.close()
    return 0
