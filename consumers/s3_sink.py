"""`logwarden sink`: the purpose topics to S3 as partitioned gzip JSON Lines, exactly once.

A kafka-python consumer group over the routes' topics. Each partition's records fill one
open segment, one buffer per event hour (consumers/batching.py decides where segments end,
from the records alone); a closed segment becomes one object per event hour it holds, put
in parallel with server-side encryption, and only then is the partition's offset committed.
A record whose event_id the partition had within the last W offsets is dropped
(consumers/dedup.py); after a restart the window is read back from Kafka first.

The other closing points are not the records': a segment whose partition is read to its end
closes once its first record was read LOGWARDEN_SINK_MAX_AGE_SECONDS ago (freshness), the
largest segments close when all of them hold LOGWARDEN_SINK_BUFFER_BYTES (memory), and
SIGTERM closes all of them. Before its objects are put, such a closing point is committed
as metadata of the segment's first offset (`cut=<last offset>`), so a sink that dies before
the final commit, or the partition's next owner, closes the segment at the same record and
writes the same objects. S3 errors are retried with backoff while consumption is paused;
nothing is committed past a segment that is not stored. A Kafka outage (broker down, restarting)
is waited out: every blocking call to Kafka gives up after KAFKA_CALL_MS and is tried again, the
sink says once that it waits and once that Kafka is back, and a rebalance after the outage hands
the partitions back at their committed offsets (the same objects are rewritten, none lost).
Several sinks in one group split the partitions between them.
"""

from __future__ import annotations

import gc
import logging
import signal
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from types import FrameType
from typing import Any, TypeVar

from botocore.exceptions import BotoCoreError, ClientError
from kafka import ConsumerRebalanceListener, KafkaConsumer, TopicPartition
from kafka.errors import CommitFailedError, KafkaError, UnknownBrokerIdError
from kafka.structs import OffsetAndMetadata

from consumers import holds, jsonl, lifecycle, retention
from consumers import metrics as m
from consumers.batching import Limits, Record, S3Object, Segment, Writer, build_objects, event_time
from consumers.closing import ClosingRules
from consumers.dedup import Window, event_key
from consumers.leaks import find_leak, is_canary
from consumers.protection import encryption_at_rest
from consumers.s3 import s3_client
from pipeline.cluster.lag import start_reporting
from pipeline.cluster.login import check_login, kafka_login, wait_until_reachable
from pipeline.metrics_server import serve_metrics
from pipeline.policy import Policy, Route, load_policy
from pipeline.privacy import rules
from pipeline.progress import Backlog, Progress
from pipeline.settings import Settings, SettingsError

log = logging.getLogger("logwarden.sink")

HOUSEKEEPING_SECONDS = 60.0
#: A backlog (the group's lag) this large shows the sink's progress through it (pipeline/progress.py: a live line on
#: a terminal, a log line every LOGWARDEN_PROGRESS_INTERVAL_SECONDS otherwise) until it falls below BACKLOG_DONE
BACKLOG_START = 10_000
BACKLOG_DONE = 1_000
#: A partition read to its end and quiet this long has its segment stored at once if it holds at least
#: 1 % of LOGWARDEN_SINK_MAX_RECORDS: the end of a backlog waits for no freshness bound, a trickle is not cut up
IDLE_SECONDS = 2.0
MAX_BACKOFF_SECONDS = 30.0
CUT = "cut="  # offset metadata: the segment starting at this offset ends at the offset that follows
#: Each blocking call to Kafka gives up after this long and is tried again (`S3Sink.kafka`): kafka-python's
#: commit and committed-offset calls otherwise wait forever without a word, and its offset lookups end the
#: process with a KafkaTimeoutError
KAFKA_CALL_MS = 5_000
KAFKA_RETRY_SECONDS = 1.0
#: Errors kafka-python does not mark retriable that a broker's restart causes: the metadata names a leader the client
#: has no address for yet; kafka-python asks for fresh metadata itself, and the next call succeeds (issue 27).
TRANSIENT_ERRORS = (UnknownBrokerIdError,)
#: Polls that return nothing for this long are followed by a question Kafka must answer (end offsets): an empty
#: poll is all kafka-python gives while Kafka is down, and an idle sink would otherwise not notice an outage
QUIET_CHECK_SECONDS = 5.0
#: kafka-python backs off reconnecting to a broker up to 30 s by default, so a sink would go on waiting that long
#: after its broker is back; one connection attempt every 2 s costs nothing
RECONNECT_BACKOFF_MAX_MS = 2_000

T = TypeVar("T")


class _Stop(Exception):
    """Raised out of a retry loop when the sink is asked to stop while S3 is down."""


class S3Sink(ConsumerRebalanceListener):
    def __init__(self, settings: Settings, policy: Policy, client: Any | None = None) -> None:
        self.settings = settings
        self.policy = policy
        self.client = client or s3_client(settings)
        self.routes: dict[str, Route] = {settings.topic(r.topic.name): r for r in policy.routes}
        self.writers: dict[str, Writer] = {r.name: _writer(r, policy) for r in policy.routes}
        # where segments close (consumers/closing.py): the records' own points, freshness, memory, committed cuts
        self.closing: ClosingRules[TopicPartition] = ClosingRules(
            Limits(settings.sink_max_records, settings.sink_max_bytes), settings.sink_max_age_seconds, IDLE_SECONDS,
            settings.sink_buffer_bytes)
        self.segments: dict[TopicPartition, Segment] = {}
        self.unread: set[TopicPartition] = set()  # assigned partitions whose closing point is not read yet
        self.windows: dict[TopicPartition, Window] = {}
        self.stopping = False
        self.consumer: KafkaConsumer | None = None
        self.puts = ThreadPoolExecutor(settings.sink_put_threads, thread_name_prefix="sink-put")
        # late objects of a held range (clause 4.1)
        self.holds = holds.OnWrite(self.client, settings.s3_bucket, retrying=self._holds_retrying)
        self._primer: KafkaConsumer | None = None
        self._next_housekeeping = 0.0
        self._kafka_lost_at: float | None = None  # when the current Kafka outage was first noticed
        self._heard_from_kafka = 0.0  # when Kafka last answered (records polled, or a call that needs it)
        self._rejoining = False  # the group dropped this sink (an outage outlasted its session): store nothing

    # --- lifecycle of the process ---

    def request_stop(self, signum: int, _frame: FrameType | None) -> None:
        log.info("stop requested; storing open segments", extra={"signal": signum})
        self.stopping = True

    def run(self) -> None:
        with _fewer_collections():
            self._run()

    def _run(self) -> None:
        self.ensure_lifecycle()
        self.housekeeping()
        try:
            self.consumer = self.kafka("connecting", self._new_consumer)
        except _Stop:
            log.info("sink stopped before Kafka answered")
            self.puts.shutdown()
            return
        consumer = self.consumer
        consumer.subscribe(list(self.routes), listener=self)
        log.info("sink started", extra={"topics": list(self.routes), "bucket": self.settings.s3_bucket,
                                        "group": self.settings.sink_group})
        try:
            while not self.stopping:
                polled = self.kafka("polling", lambda: consumer.poll(timeout_ms=500))
                self._rejoining = False  # the poll rejoined the group, if it had to
                if polled:
                    self.kafka_back()
                elif time.monotonic() - self._heard_from_kafka > QUIET_CHECK_SECONDS and consumer.assignment():
                    self.kafka("checking that Kafka answers",
                               lambda: consumer.end_offsets(list(consumer.assignment()), timeout_ms=KAFKA_CALL_MS))
                self.read_cuts()
                for tp, records in polled.items():
                    self.closing.records_came(tp, time.monotonic(), opened=False)
                    for record in records:
                        self.add(tp, record)
                self.store_stale()
                self.bound_memory()
                self.housekeeping()
            self.store_all()
        except _Stop:
            log.warning("stopped while S3 or Kafka was unreachable; uncommitted records stay in Kafka for the next "
                        "start")
        finally:
            consumer.close(autocommit=False, timeout_ms=KAFKA_CALL_MS)
            if self._primer is not None:
                self._primer.close(timeout_ms=KAFKA_CALL_MS)
            self.puts.shutdown()
        log.info("sink stopped")

    def _new_consumer(self) -> KafkaConsumer:
        return self._consumer(
            "-sink",
            group_id=self.settings.sink_group,
            auto_offset_reset="earliest",
            max_poll_records=2000,
            # a sink that dies hands its partitions on within seconds, not the 45 s default
            session_timeout_ms=10_000,
            heartbeat_interval_ms=3_000,
            max_partition_fetch_bytes=2 * 1024 * 1024,
        )

    def _consumer(self, client_suffix: str, **config: Any) -> KafkaConsumer:
        """A consumer of the sink's, logged in as the sink: its group (or none, for the dedup primer) in `config`."""
        return KafkaConsumer(
            bootstrap_servers=self.settings.kafka_bootstrap.split(","),
            client_id=self.settings.kafka_client_id + client_suffix,
            enable_auto_commit=False,
            fetch_max_bytes=16 * 1024 * 1024,
            reconnect_backoff_max_ms=RECONNECT_BACKOFF_MAX_MS,
            **config,
            **kafka_login(self.settings, "sink").client_args(),
        )

    def kafka(self, what: str, call: Callable[[], T]) -> T:
        """`call` (a blocking call to Kafka), tried again while Kafka does not answer, so a broker outage of
        minutes is waited out instead of ending the process in a client's traceback. Said once per outage (one
        WARNING), and once when Kafka answers again. Nothing is committed while waiting, so nothing is lost; a
        stop request during the wait ends the run (`_Stop`) with the open segments left to the next start."""
        while True:
            try:
                result = call()
            except KafkaError as exc:
                if not (exc.retriable or isinstance(exc, TRANSIENT_ERRORS)):
                    raise
                if self._kafka_lost_at is None:
                    self._kafka_lost_at = time.monotonic()
                    log.warning("waiting for Kafka: it does not answer; nothing is committed until it is back, and "
                                "reading resumes where it stopped",
                                extra={"bootstrap": self.settings.kafka_bootstrap, "during": what,
                                       "error": type(exc).__name__})
                if self.stopping:
                    raise _Stop from None
                time.sleep(KAFKA_RETRY_SECONDS)  # the call itself waited up to KAFKA_CALL_MS
                continue
            if what != "polling":  # an empty poll proves nothing: kafka-python returns one while Kafka is down
                self.kafka_back()
            return result

    def group_dropped_us(self) -> None:
        """A commit was refused because the group no longer counts this sink as a member: an outage (or a stall)
        outlasted its session. Expected after a long outage, and safe: nothing past the refused commit is
        committed, the next poll rejoins, and the partitions' next owners rewrite the same objects. Said once."""
        if not self._rejoining:
            self._rejoining = True
            log.info("the group dropped this sink while Kafka was away; rejoining, uncommitted segments are read "
                     "again and stored under the same keys")

    def kafka_back(self) -> None:
        """Kafka answered a call that needs the cluster: the outage, if there was one, is over."""
        self._heard_from_kafka = time.monotonic()
        if self._kafka_lost_at is not None:
            log.info("Kafka answers again; resuming",
                     extra={"waited_s": round(time.monotonic() - self._kafka_lost_at, 1)})
            self._kafka_lost_at = None

    # --- records to segments ---

    def add(self, tp: TopicPartition, record: Any) -> None:
        value = record.value or b""
        when, from_event = event_time(value, record.timestamp)
        if not from_event:
            log.warning("record without an event time; using its Kafka timestamp",
                        extra={"topic": tp.topic, "partition": tp.partition, "offset": record.offset})
        route = self.routes[tp.topic].name
        duplicate = self.duplicate(tp, record.offset, value)
        leak = None if duplicate else find_leak(value)
        if duplicate:
            m.DUPLICATES.labels(route=route).inc()
        elif leak is not None:
            m.PII_LEAKS.labels(route=route, kind=leak).inc()
            log.error("identifying value found in a scrubbed record; withheld from S3",
                      extra={"route": route, "kind": leak, "topic": tp.topic, "partition": tp.partition,
                             "offset": record.offset})
        elif is_canary(value):
            m.CANARIES.labels(route=route).inc()
        item = Record(record.offset, value, when, withheld=duplicate or leak is not None)
        segment = self.segments.get(tp)
        if self.closing.before(tp, segment, item):
            self.store(tp)
            segment = None
        if segment is None:
            segment = self.segments[tp] = Segment(tp.topic, tp.partition)
            self.closing.records_came(tp, time.monotonic(), opened=True)
        segment.add(item, self.closing.limits)
        if self.closing.after(tp, segment, item):
            self.store(tp)

    def store_stale(self) -> None:
        """Freshness: close a segment read to its partition's end once its first record is max-age old, or
        once the partition is quiet and the segment large (the end of a backlog)."""
        assert self.consumer is not None
        stale = self.closing.stale(self.segments, time.monotonic())
        if not stale:
            return
        consumer = self.consumer
        positions = {tp: consumer.position(tp, timeout_ms=KAFKA_CALL_MS) or 0 for tp in stale}
        # The end is the one the partition's last fetch reported (at most fetch_max_wait_ms old). Asking the broker
        # instead cost a round trip that waits behind the connection's long-polling fetch: up to half a second
        # on every freshness close of a caught-up sink (issue 15). Only a partition not fetched yet is asked.
        ends = {tp: end for tp in stale if (end := consumer.highwater(tp)) is not None}
        if unknown := [tp for tp in stale if tp not in ends]:
            ends.update(self.kafka("looking up end offsets",
                                   lambda: consumer.end_offsets(unknown, timeout_ms=KAFKA_CALL_MS)))
        for tp in stale:
            if tp in self.segments and positions[tp] >= ends.get(tp, 0):
                self.store(tp, forced=True)

    def bound_memory(self) -> None:
        """Past the buffer ceiling: pause consumption and store the largest segments until back under it."""
        assert self.consumer is not None
        total = sum(s.held for s in self.segments.values())
        m.BUFFERED_BYTES.set(total)
        m.OPEN_SEGMENTS.set(len(self.segments))
        if not self.closing.over_memory(self.segments):
            return
        m.PAUSED.set(1)
        self.consumer.pause(*self.consumer.assignment())
        log.info("buffer ceiling reached; storing the largest segments early",
                 extra={"buffered_bytes": total, "segments": len(self.segments)})
        while self.segments and not self.closing.relieved(self.segments):
            if not self.store(self.closing.largest(self.segments), forced=True):
                break
        self.consumer.resume(*self.consumer.assignment())
        m.PAUSED.set(0)

    @staticmethod
    def _holds_retrying(attempt: int) -> None:
        if attempt:
            m.S3_ERRORS.labels(operation="legal_hold").inc()
        m.PAUSED.set(1 if attempt else 0)

    def store_all(self) -> None:
        for tp in list(self.segments):
            self.store(tp, forced=True)

    # --- segments to S3, then the commit ---

    def store(self, tp: TopicPartition, forced: bool = False) -> bool:
        """Put the segment's objects (in parallel, retrying while S3 fails), then commit past its last record.
        A closing point that is not the records' own (`forced`) is committed first, as the first offset's
        metadata, so whoever reads the partition next closes this segment at the same record."""
        assert self.consumer is not None
        segment = self.segments.get(tp)
        if segment is None or segment.records == 0:
            self.segments.pop(tp, None)
            return True
        if self._rejoining:
            return False  # the next poll revokes every partition: their next owner (maybe this sink) stores them
        consumer = self.consumer
        if forced and self.closing.cuts.get(tp) != segment.last_offset:
            cut = {tp: OffsetAndMetadata(segment.first_offset, f"{CUT}{segment.last_offset}", -1)}
            try:
                self.kafka("recording a closing point", lambda: consumer.commit(cut, timeout_ms=KAFKA_CALL_MS))
            except CommitFailedError:
                self.group_dropped_us()
                return False
            except KafkaError as exc:
                log.warning("could not record a closing point; the segment stays open",
                            extra={"topic": tp.topic, "partition": tp.partition, "error": type(exc).__name__})
                return False
        route = self.routes[tp.topic]
        objects = build_objects(segment, route.name, self.policy.retention.s3_days, self.writers[route.name])
        started = time.perf_counter()
        if not self._put_all(objects, tp):
            return False  # the partition was taken away while S3 was down; its new owner rewrites it
        try:  # before the commit: a sink that dies here rewrites the objects and holds them then
            self.holds.after_put([obj.key for obj in objects], stopping=lambda: self.stopping)
        except holds.HoldsInterrupted:
            raise _Stop from None
        m.FLUSH_SECONDS.observe(time.perf_counter() - started)
        for obj in objects:
            m.RECORDS.labels(route=route.name).inc(obj.records)
            m.OBJECTS.labels(route=route.name).inc()
            m.BYTES.labels(route=route.name).inc(len(obj.body))
        m.LAST_STORED.labels(route=route.name).set(time.time())
        self.segments.pop(tp, None)
        self.closing.closed(tp)
        done = {tp: OffsetAndMetadata(segment.last_offset + 1, "", -1)}
        try:
            self.kafka("committing", lambda: consumer.commit(done, timeout_ms=KAFKA_CALL_MS))
        except _Stop:
            raise  # stopping during an outage: the stored objects are rewritten, the same, by the next start
        except CommitFailedError:
            self.group_dropped_us()  # the objects are stored: their next owner rewrites the same keys
            return True
        except Exception as exc:  # noqa: BLE001 - a lost commit means a rewrite of the same keys, never a loss
            log.warning("commit failed after storing; the next owner rewrites the same objects",
                        extra={"topic": tp.topic, "partition": tp.partition, "error": type(exc).__name__})
            return True
        m.COMMITTED.labels(topic=tp.topic, partition=str(tp.partition)).set(segment.last_offset + 1)
        # one line a stored segment (its objects are cut by event hour): what an operator checks first when asking
        # "did the sink write anything?" (issue 24); keys name a route and an hour, never a person
        log.info("stored", extra={"topic": tp.topic, "partition": tp.partition, "objects": len(objects),
                                  "key": objects[0].key if objects else None, "first_offset": segment.first_offset,
                                  "last_offset": segment.last_offset, "forced": forced})
        return True

    def _put(self, obj: S3Object) -> Exception | None:
        try:
            self.client.put_object(
                Bucket=self.settings.s3_bucket, Key=obj.key, Body=obj.body, ServerSideEncryption="AES256",
                ContentType=obj.content_type, Metadata=obj.metadata,
            )
        except (BotoCoreError, ClientError) as exc:
            return exc
        return None

    def _put_all(self, objects: list[S3Object], tp: TopicPartition) -> bool:
        """Every object put, LOGWARDEN_SINK_PUT_THREADS at a time; the failed ones retried with backoff."""
        assert self.consumer is not None
        attempt = 0
        pending = objects
        while True:
            failed = [(obj, error) for obj, error in zip(pending, self.puts.map(self._put, pending), strict=True)
                      if error is not None]
            if not failed:
                if attempt:
                    log.info("S3 is back; resuming", extra={"attempts": attempt + 1})
                    self.consumer.resume(*self.consumer.assignment())
                    m.PAUSED.set(0)
                return True
            attempt += 1
            m.S3_ERRORS.labels(operation="put_object").inc(len(failed))
            delay = min(0.2 * 2**attempt, MAX_BACKOFF_SECONDS)
            log.warning(
                "S3 put failed; retrying, nothing is committed past this segment",
                extra={"key": failed[0][0].key, "failed": len(failed), "attempt": attempt, "retry_in_s": delay,
                       "error": type(failed[0][1]).__name__},
            )
            if attempt == 1:
                self.consumer.pause(*self.consumer.assignment())
                m.PAUSED.set(1)
            if self.stopping:
                raise _Stop
            deadline = time.monotonic() + delay
            while time.monotonic() < deadline:
                self.consumer.poll(timeout_ms=min(500, int(delay * 1000)))  # paused: keeps the group membership only
                if tp not in self.consumer.assignment():
                    return False
            pending = [obj for obj, _ in failed]

    # --- duplicates by event_id (consumers/dedup.py) ---

    def duplicate(self, tp: TopicPartition, offset: int, value: bytes) -> bool:
        """True when the record's event_id was seen within the W offsets before it in its partition."""
        window = self.windows.get(tp)
        if window is None or offset < window.next_offset:
            window = self.windows[tp] = self.primed(tp, offset)
        return window.seen(offset, event_key(value))

    def primed(self, tp: TopicPartition, offset: int) -> Window:
        """A window holding the W offsets before `offset`, read back from Kafka: the state the sink that
        committed `offset` had, so a restarted sink drops the same records and writes the same objects."""
        size = self.settings.sink_dedup_window
        start = max(0, offset - size)
        if start == offset:
            return Window(size, offset)
        if self._primer is None:
            self._primer = self.kafka("connecting the dedup primer", lambda: self._consumer(
                "-sink-primer", group_id=None, max_poll_records=5000, max_partition_fetch_bytes=4 * 1024 * 1024))
        primer = self._primer
        primer.assign([tp])
        first = self.kafka("priming the dedup window",
                           lambda: primer.beginning_offsets([tp], timeout_ms=KAFKA_CALL_MS)[tp])
        start = max(start, first)
        window = Window(size, start)
        primer.seek(tp, start)
        started = progressed = time.monotonic()
        while primer.position(tp) < offset:
            records = primer.poll(timeout_ms=500).get(tp, [])
            if records:
                progressed = time.monotonic()
            elif time.monotonic() - progressed > KAFKA_CALL_MS / 1000:
                # an empty poll is all kafka-python says while Kafka is down: ask something that fails then
                self.kafka("priming the dedup window",
                           lambda: primer.end_offsets([tp], timeout_ms=KAFKA_CALL_MS))
                progressed = time.monotonic()
            for record in records:
                if record.offset >= offset:
                    break
                window.seen(record.offset, event_key(record.value or b""))
        log.info("dedup window primed", extra={"topic": tp.topic, "partition": tp.partition, "from": start,
                                               "to": offset, "seconds": round(time.monotonic() - started, 3)})
        return window

    # --- retention, clause 3.3 ---

    def ensure_lifecycle(self) -> None:
        found = lifecycle.ensure(self.client, self.settings.s3_bucket, self.policy.retention)
        for problem in found.problems:
            log.warning("lifecycle drift repaired", extra={"problem": problem})
        m.LIFECYCLE_COMPLIANT.set(1)

    def housekeeping(self) -> None:
        """Every minute: lifecycle compliance and the oldest object's age, for the alerts."""
        now = time.monotonic()
        if now < self._next_housekeeping:
            return
        self._next_housekeeping = now + HOUSEKEEPING_SECONDS
        try:
            rules, versioned = lifecycle.read(self.client, self.settings.s3_bucket)
            m.LIFECYCLE_COMPLIANT.set(1 if lifecycle.plan(rules, self.policy.retention, versioned).compliant else 0)
            m.OLDEST_OBJECT_DAYS.set(
                retention.oldest_age_days(self.client, self.settings.s3_bucket, self.policy, datetime.now(UTC))
            )
        except (BotoCoreError, ClientError) as exc:
            m.S3_ERRORS.labels(operation="housekeeping").inc()
            log.warning("housekeeping failed", extra={"error": type(exc).__name__})

    # --- ConsumerRebalanceListener ---

    def on_partitions_revoked(self, revoked: Any) -> None:
        for tp in revoked:
            self.unread.discard(tp)
            self.windows.pop(tp, None)
            self.closing.forget(tp)
            dropped = self.segments.pop(tp, None)
            if dropped is not None and dropped.records:
                # kafka-python 3 keeps the position of a partition the rebalance hands back to this sink: without the
                # seek it would not read the dropped records again, and its next commit would skip them (the tp is
                # still assigned while this runs; for a partition that goes elsewhere the position is discarded)
                if self.consumer is not None and tp in self.consumer.assignment():
                    self.consumer.seek(tp, dropped.first_offset)
                log.info(
                    "partition revoked; its open segment is left to the next owner",
                    extra={"topic": tp.topic, "partition": tp.partition, "records": dropped.records},
                )

    def on_partitions_assigned(self, assigned: Any) -> None:
        log.info("partitions assigned", extra={"partitions": sorted(f"{tp.topic}/{tp.partition}" for tp in assigned)})
        self.unread.update(assigned)  # their closing points are read before their first record (no I/O in here)

    def read_cuts(self) -> None:
        """The closing point a previous owner committed for each newly assigned partition's open segment."""
        assert self.consumer is not None
        consumer = self.consumer
        for tp in list(self.unread):
            committed = self.kafka("reading a closing point",
                                   partial(consumer.committed, tp, metadata=True, timeout_ms=KAFKA_CALL_MS))
            self.unread.discard(tp)
            if committed is not None and committed.metadata.startswith(CUT):
                self.closing.cut_read(tp, int(committed.metadata[len(CUT):]))
                log.info("closing point read back", extra={"topic": tp.topic, "partition": tp.partition,
                                                           "first_offset": committed.offset,
                                                           "cut": self.closing.cuts[tp]})


#: The collector's youngest generation is collected after this many allocations (Python's default: 700)
GC_YOUNG_THRESHOLD = 20_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """While the sink runs, the collector runs less often: every record leaves a few short-lived containers
    (kafka-python's record, the leak check's token list and set), and at Python's default a collection every 700
    allocations cost the sink about 5 % of its throughput (issue 15). The dedup windows and the clean-token set are
    long-lived and large, which is why the older generations stay at their defaults. Restored afterwards."""
    before = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _writer(route: Route, policy: Policy) -> Writer:
    """The route's writer: gzip JSON Lines (consumers/jsonl.py), or Parquet's (pyarrow, loaded only then) for a
    `format = "parquet"` route."""
    if route.format != "parquet":
        return jsonl.writer(route, policy)
    from consumers import parquet

    return parquet.writer(route, policy)


def require_encryption(settings: Settings) -> None:
    """Refuse a bucket that does not encrypt at rest, unless the settings say the store cannot."""
    if not settings.s3_require_encryption:
        log.warning("LOGWARDEN_S3_REQUIRE_ENCRYPTION is false: objects may be stored unencrypted at rest")
        return
    try:
        algorithm = encryption_at_rest(s3_client(settings), settings.s3_bucket)
    except ClientError as exc:
        code = exc.response.get("Error", {}).get("Code", "")
        if code == "NoSuchBucket":  # not a permission missing (issue 24)
            raise SettingsError(f"the bucket {settings.s3_bucket} does not exist (LOGWARDEN_S3_BUCKET): `logwarden "
                                "dev up` creates it on the local stack; elsewhere create it, then `logwarden "
                                "retention apply`") from None
        raise SettingsError(
            f"cannot read the default encryption of bucket {settings.s3_bucket} ({code}): the sink "
            "needs s3:GetEncryptionConfiguration to check clause 3.1 before it writes"
        ) from None
    if algorithm is None:
        raise SettingsError(
            f"bucket {settings.s3_bucket} has no default encryption at rest (clause 3.1): run "
            "`logwarden retention apply` to set it, or set LOGWARDEN_S3_REQUIRE_ENCRYPTION=false for a store "
            "that cannot encrypt"
        )


def run_sink(settings: Settings) -> None:
    stop_requested: list[int] = []
    # handlers first: a SIGTERM during start-up must still mean "stop cleanly"
    signal.signal(signal.SIGTERM, lambda signum, _frame: stop_requested.append(signum))
    signal.signal(signal.SIGINT, lambda signum, _frame: stop_requested.append(signum))
    policy = load_policy(settings.policy_file)
    # the leak check reads the site's own rules as the router does: an allowed value is no leak, a custom kind is one
    rules.configure(rules.compile_rules(policy.privacy))
    serve_metrics(settings.bind_host, settings.sink_metrics_port, "LOGWARDEN_SINK_METRICS_PORT")
    # as the worker does: a sink started before its broker waits for it (said once), then checks its login
    if not wait_until_reachable(settings.kafka_bootstrap, log, stopping=lambda: bool(stop_requested)):
        return
    check_login(settings, "sink")
    m.init_labels([route.name for route in policy.routes])
    require_encryption(settings)
    backlog = Backlog("sink catching up", "records", start_at=BACKLOG_START, done_below=BACKLOG_DONE,
                      make=lambda what, unit: Progress.on_stderr(what, unit,
                                                                 interval=settings.progress_interval_seconds))
    start_reporting(
        settings, settings.sink_group, [settings.topic(route.topic.name) for route in policy.routes], "sink",
        on_measure=backlog.observe,
    )
    sink = S3Sink(settings, policy)
    sink.stopping = bool(stop_requested)
    signal.signal(signal.SIGTERM, sink.request_stop)
    signal.signal(signal.SIGINT, sink.request_stop)
    sink.run()
