"""`logwarden sink`: the purpose topics to S3 as partitioned gzip JSON Lines, exactly once.

A kafka-python consumer group over the routes' topics. Each partition's records fill one
open batch (consumers/batching.py decides where batches end); a closed batch becomes one
object per event hour, put with server-side encryption, and only then is the partition's
offset committed. S3 errors are retried with backoff while consumption is paused; nothing
is committed past a batch that is not stored. SIGTERM stores the open batches and commits
before exiting. Several sinks in one group split the partitions between them.
"""

from __future__ import annotations

import logging
import signal
import time
from datetime import UTC, datetime
from types import FrameType
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError
from kafka import ConsumerRebalanceListener, KafkaConsumer, TopicPartition
from kafka.structs import OffsetAndMetadata
from prometheus_client import start_http_server

from consumers import lifecycle, retention
from consumers.leaks import find_leak, is_canary
from consumers.protection import encryption_at_rest
from consumers import metrics as m
from consumers.batching import Batch, Limits, Record, build_objects, event_time
from consumers.s3 import s3_client
from pipeline.kafka_admin import check_login
from pipeline.kafka_auth import kafka_login
from pipeline.lag import start_reporting
from pipeline.policy import Policy, Route, load_policy
from pipeline.settings import Settings, SettingsError

log = logging.getLogger("logwarden.sink")

IDLE_SECONDS = 2.0  # a caught-up partition idle this long has its open batch stored
HOUSEKEEPING_SECONDS = 60.0
MAX_BACKOFF_SECONDS = 30.0


class _Stop(Exception):
    """Raised out of a retry loop when the sink is asked to stop while S3 is down."""


class S3Sink(ConsumerRebalanceListener):
    def __init__(self, settings: Settings, policy: Policy, client: Any | None = None) -> None:
        self.settings = settings
        self.policy = policy
        self.client = client or s3_client(settings)
        self.routes: dict[str, Route] = {settings.topic(r.topic.name): r for r in policy.routes}
        self.limits = Limits(settings.sink_max_records, settings.sink_max_bytes, settings.sink_max_age_seconds)
        self.idle_seconds = min(IDLE_SECONDS, settings.sink_max_age_seconds)
        self.batches: dict[TopicPartition, Batch] = {}
        self.appended: dict[TopicPartition, float] = {}
        self.stopping = False
        self.consumer: KafkaConsumer | None = None
        self._next_housekeeping = 0.0

    # --- lifecycle of the process ---

    def request_stop(self, signum: int, _frame: FrameType | None) -> None:
        log.info("stop requested; storing open batches", extra={"signal": signum})
        self.stopping = True

    def run(self) -> None:
        self.ensure_lifecycle()
        self.housekeeping()
        self.consumer = KafkaConsumer(
            bootstrap_servers=self.settings.kafka_bootstrap.split(","),
            client_id=self.settings.kafka_client_id + "-sink",
            group_id=self.settings.sink_group,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=2000,
            # a sink that dies hands its partitions on within seconds, not the 45 s default
            session_timeout_ms=10_000,
            heartbeat_interval_ms=3_000,
            max_partition_fetch_bytes=2 * 1024 * 1024,
            fetch_max_bytes=16 * 1024 * 1024,
            **kafka_login(self.settings, "sink").client_args(),
        )
        self.consumer.subscribe(list(self.routes), listener=self)
        log.info("sink started", extra={"topics": list(self.routes), "bucket": self.settings.s3_bucket,
                                        "group": self.settings.sink_group})
        try:
            while not self.stopping:
                for tp, records in self.consumer.poll(timeout_ms=500).items():
                    self.appended[tp] = time.monotonic()
                    for record in records:
                        self.add(tp, record)
                self.store_idle()
                self.bound_memory()
                self.housekeeping()
            self.store_all()
        except _Stop:
            log.warning("stopped while S3 was unreachable; uncommitted records stay in Kafka for the next start")
        finally:
            self.consumer.close(autocommit=False)
        log.info("sink stopped")

    # --- records to batches ---

    def add(self, tp: TopicPartition, record: Any) -> None:
        value = record.value or b""
        when, from_event = event_time(value, record.timestamp)
        if not from_event:
            log.warning("record without an event time; using its Kafka timestamp",
                        extra={"topic": tp.topic, "partition": tp.partition, "offset": record.offset})
        route = self.routes[tp.topic].name
        leak = find_leak(value)
        if leak is not None:
            m.PII_LEAKS.labels(route=route, kind=leak).inc()
            log.error("identifying value found in a scrubbed record; withheld from S3",
                      extra={"route": route, "kind": leak, "topic": tp.topic, "partition": tp.partition,
                             "offset": record.offset})
        elif is_canary(value):
            m.CANARIES.labels(route=route).inc()
        batch = self.batches.get(tp)
        if batch is None:
            batch = self.batches[tp] = Batch(tp.topic, tp.partition)
        if batch.add(Record(record.offset, value, when, withheld=leak is not None), self.limits):
            self.store(tp)

    def store_idle(self) -> None:
        """Store the batch of a partition that is read to its end and has been idle."""
        assert self.consumer is not None
        now = time.monotonic()
        idle = [tp for tp, batch in self.batches.items()
                if batch.records and now - self.appended.get(tp, now) >= self.idle_seconds]
        if not idle:
            return
        ends = self.consumer.end_offsets(idle)
        for tp in idle:
            if tp in self.batches and self.consumer.position(tp) >= ends.get(tp, 0):
                self.store(tp)

    def bound_memory(self) -> None:
        """Past the buffer ceiling: pause consumption and store the largest batches until back under it."""
        assert self.consumer is not None
        total = sum(b.size for b in self.batches.values())
        m.BUFFERED_BYTES.set(total)
        if total < self.settings.sink_buffer_bytes:
            return
        m.PAUSED.set(1)
        self.consumer.pause(*self.consumer.assignment())
        log.warning("buffer ceiling reached; storing the largest batches early (raise LOGWARDEN_SINK_BUFFER_BYTES "
                    "to at least partitions x LOGWARDEN_SINK_MAX_BYTES for record-only batch boundaries)",
                    extra={"buffered_bytes": total})
        while self.batches and sum(b.size for b in self.batches.values()) >= self.settings.sink_buffer_bytes * 0.75:
            largest = max(self.batches, key=lambda tp: self.batches[tp].size)
            self.store(largest)
        self.consumer.resume(*self.consumer.assignment())
        m.PAUSED.set(0)

    def store_all(self) -> None:
        for tp in list(self.batches):
            self.store(tp)

    # --- batches to S3, then the commit ---

    def store(self, tp: TopicPartition) -> None:
        """Put the batch's objects (retrying while S3 fails), then commit past its last record."""
        assert self.consumer is not None
        batch = self.batches.get(tp)
        if batch is None or not batch.records:
            self.batches.pop(tp, None)
            return
        route = self.routes[tp.topic]
        objects = build_objects(batch, route.name, self.policy.retention.s3_days)
        started = time.perf_counter()
        for obj in objects:
            if not self._put_with_retry(obj, tp):
                return  # the partition was taken away while S3 was down; its new owner rewrites it
        m.FLUSH_SECONDS.observe(time.perf_counter() - started)
        for obj in objects:
            m.RECORDS.labels(route=route.name).inc(obj.records)
            m.OBJECTS.labels(route=route.name).inc()
            m.BYTES.labels(route=route.name).inc(len(obj.body))
        self.batches.pop(tp, None)
        try:
            self.consumer.commit({tp: OffsetAndMetadata(batch.last_offset + 1, "", -1)})
        except Exception as exc:  # noqa: BLE001 - a lost commit means a rewrite of the same keys, never a loss
            log.warning("commit failed after storing; the next owner rewrites the same objects",
                        extra={"topic": tp.topic, "partition": tp.partition, "error": type(exc).__name__})
            return
        m.COMMITTED.labels(topic=tp.topic, partition=str(tp.partition)).set(batch.last_offset + 1)
        log.debug("stored batch", extra={"topic": tp.topic, "partition": tp.partition, "objects": len(objects),
                                         "first_offset": batch.first_offset, "last_offset": batch.last_offset})

    def _put_with_retry(self, obj: Any, tp: TopicPartition) -> bool:
        assert self.consumer is not None
        attempt = 0
        while True:
            try:
                self.client.put_object(
                    Bucket=self.settings.s3_bucket, Key=obj.key, Body=obj.body, ServerSideEncryption="AES256",
                    ContentType="application/x-ndjson", Metadata=obj.metadata,
                )
                if attempt:
                    log.info("S3 is back; resuming", extra={"attempts": attempt + 1})
                    self.consumer.resume(*self.consumer.assignment())
                    m.PAUSED.set(0)
                return True
            except (BotoCoreError, ClientError) as exc:
                attempt += 1
                m.S3_ERRORS.labels(operation="put_object").inc()
                delay = min(0.2 * 2 ** attempt, MAX_BACKOFF_SECONDS)
                log.warning("S3 put failed; retrying, nothing is committed past this batch",
                            extra={"key": obj.key, "attempt": attempt, "retry_in_s": delay, "error": type(exc).__name__})
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
            m.OLDEST_OBJECT_DAYS.set(retention.oldest_age_days(self.client, self.settings.s3_bucket, self.policy,
                                                               datetime.now(UTC)))
        except (BotoCoreError, ClientError) as exc:
            m.S3_ERRORS.labels(operation="housekeeping").inc()
            log.warning("housekeeping failed", extra={"error": type(exc).__name__})

    # --- ConsumerRebalanceListener ---

    def on_partitions_revoked(self, revoked: Any) -> None:
        for tp in revoked:
            dropped = self.batches.pop(tp, None)
            if dropped is not None and dropped.records:
                log.info("partition revoked; its open batch is left to the next owner",
                         extra={"topic": tp.topic, "partition": tp.partition, "records": len(dropped.records)})

    def on_partitions_assigned(self, assigned: Any) -> None:
        log.info("partitions assigned", extra={"partitions": sorted(f"{tp.topic}/{tp.partition}" for tp in assigned)})


def require_encryption(settings: Settings) -> None:
    """Refuse a bucket that does not encrypt at rest, unless the settings say the store cannot."""
    if not settings.s3_require_encryption:
        log.warning("LOGWARDEN_S3_REQUIRE_ENCRYPTION is false: objects may be stored unencrypted at rest")
        return
    try:
        algorithm = encryption_at_rest(s3_client(settings), settings.s3_bucket)
    except ClientError as exc:
        code = exc.response.get("Error", {}).get("Code", "")
        raise SettingsError(f"cannot read the default encryption of bucket {settings.s3_bucket} ({code}): the sink "
                            "needs s3:GetEncryptionConfiguration to check clause 3.1 before it writes") from None
    if algorithm is None:
        raise SettingsError(
            f"bucket {settings.s3_bucket} has no default encryption at rest (clause 3.1): run "
            "`logwarden retention apply` to set it, or set LOGWARDEN_S3_REQUIRE_ENCRYPTION=false for a store "
            "that cannot encrypt")


def run_sink(settings: Settings) -> None:
    stop_requested: list[int] = []
    # handlers first: a SIGTERM during start-up must still mean "stop cleanly"
    signal.signal(signal.SIGTERM, lambda signum, _frame: stop_requested.append(signum))
    signal.signal(signal.SIGINT, lambda signum, _frame: stop_requested.append(signum))
    policy = load_policy(settings.policy_file)
    check_login(settings, "sink")
    start_http_server(settings.sink_metrics_port, addr=settings.bind_host)
    m.init_labels([route.name for route in policy.routes])
    require_encryption(settings)
    start_reporting(settings, settings.sink_group, [settings.topic(route.topic.name) for route in policy.routes], "sink")
    sink = S3Sink(settings, policy)
    sink.stopping = bool(stop_requested)
    signal.signal(signal.SIGTERM, sink.request_stop)
    signal.signal(signal.SIGINT, sink.request_stop)
    sink.run()
