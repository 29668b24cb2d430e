"""The S3 sink against a bare loop doing the same job: kafka-python consume, gzip and put of the same records,
into the same store, on the local stack.

The loop is what a user would write in an afternoon: poll, one buffer per partition, gzip and put each
`sink_max_records` records, commit. It does none of the sink's work for exactly once, the leak check or
the Hive layout, so the ratio says what those cost. (The figure used to be against puts of the sink's own
objects built beforehand, which no consumer could reach.)"""

from __future__ import annotations

import gzip
import time
import uuid
from dataclasses import replace
from typing import Any

from kafka import KafkaConsumer

from bench.core import events
from bench.measure import Figure, run_prefix
from consumers.s3 import ensure_bucket, s3_client
from consumers.s3_sink import S3Sink
from pipeline.cluster.acl import ensure_topics_with_acls
from pipeline.cluster.login import kafka_login
from pipeline.policy import load_policy
from pipeline.scrub import Router
from pipeline.settings import Settings
from producers.kafka_producer import LogProducer


class _TimedSink(S3Sink):
    """The real sink, timed from its first record to the moment it has stored `expected` records.

    Like the bare loop, which puts its last partly filled objects as soon as it has read `count` records, the
    sink is asked to stop once it has read `expected` records: its own stop path (SIGTERM's) stores the open
    segments at once. Without that, the figure would time the freshness bound waiting for more records."""

    def __init__(self, *args: Any, expected: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.expected = expected
        self.first_at = 0.0
        self.done_at = 0.0
        self.read = 0
        self.stored = 0

    def add(self, tp: Any, record: Any) -> None:
        # timed from the first record, as the bare loop is: joining the group and finding offsets left out
        self.first_at = self.first_at or time.perf_counter()
        super().add(tp, record)
        self.read += 1
        if self.read >= self.expected:
            self.stopping = True  # the run stores every open segment before it returns

    def store(self, tp: Any, forced: bool = False) -> bool:
        segment = self.segments.get(tp)
        size = segment.records if segment else 0
        stored = super().store(tp, forced)
        if tp not in self.segments:
            self.stored += size
            if self.stored >= self.expected and not self.done_at:
                self.done_at = time.perf_counter()
        return stored


def run(base: Settings, count: int = 50_000, repeats: int = 3) -> list[Figure]:
    """The median of `repeats` sink runs (after a warm-up run), each against bare puts of its own objects."""
    once(base, count // 5)
    runs = sorted((once(base, count) for _ in range(repeats)), key=lambda figures: figures[0].ratio)
    return runs[len(runs) // 2]


def once(base: Settings, count: int) -> list[Figure]:
    run_id = uuid.uuid4().hex[:8]
    settings = replace(
        base,
        topic_prefix=run_prefix("bench"),
        s3_bucket=f"bench-{run_id}",
        sink_group=f"bench-{run_id}",
        sink_max_records=5000,
        sink_max_age_seconds=2.0,
    )
    policy = load_policy(settings.policy_file)
    ensure_topics_with_acls(settings, policy)
    client = s3_client(settings)
    ensure_bucket(client, settings.s3_bucket, settings.s3_region)
    route = policy.route("analytics")
    topic = settings.topic(route.topic.name)
    router = Router(policy, b"b" * 32, "k1", settings.topic_prefix)
    producer = LogProducer(settings, topic, client_suffix="bench", role="admin")
    values = []
    for raw in events(count * 2):
        for output in router.route(raw).outputs:
            if output.route == "analytics" and len(values) < count:
                values.append(output.value)
                producer.send(output.value, key=output.key, wait=True)
    producer.close()
    # the sink reads only analytics here: give it that topic alone
    sink = _TimedSink(settings, policy, client, expected=len(values))
    sink.routes = {topic: route}
    sink.run()  # returns once it has read and stored every record (it stops itself)
    seconds = sink.done_at - sink.first_at
    raw_mb = sum(map(len, values)) / 1e6
    sink_rate = sink.stored / seconds

    objects = sum(1 for page in client.get_paginator("list_objects_v2").paginate(Bucket=settings.s3_bucket)
                  for _ in page.get("Contents", []))
    bare_seconds = bare_loop(settings, client, topic, len(values), settings.sink_max_records)
    bare_rate = len(values) / bare_seconds
    bare_mb = sum(map(len, values)) / 1e6
    return [
        Figure(
            f"S3 sink ({objects} objects)",
            "records/s",
            sink_rate,
            bare_rate,
            "kafka-python consume, gzip, put loop",
            "at least 0.5 of the loop",
        ),
        Figure(
            "S3 sink",
            "MB/s (uncompressed JSON)",
            raw_mb / seconds,
            bare_mb / bare_seconds,
            "kafka-python consume, gzip, put loop",
            "at least 0.5 of the loop",
        ),
    ]


def bare_loop(settings: Settings, client: Any, topic: str, count: int, per_object: int) -> float:
    """Seconds for a bare consume, gzip and put loop to store `count` records of `topic`, from its first record
    to its last put (the group join left out, as for the sink)."""
    consumer = KafkaConsumer(
        topic, bootstrap_servers=settings.kafka_bootstrap.split(","), group_id=f"bare-{uuid.uuid4().hex[:8]}",
        enable_auto_commit=False, auto_offset_reset="earliest", max_poll_records=2000,
        **kafka_login(settings, "admin").client_args(),  # its own group, which only the admin may create
    )
    buffers: dict[Any, list[Any]] = {}
    stored = 0
    started = 0.0

    def put(tp: Any, records: list[Any]) -> None:
        body = gzip.compress(b"".join(r.value + b"\n" for r in records), compresslevel=6)
        client.put_object(Bucket=settings.s3_bucket, Key=f"bare/{tp.partition}/{records[0].offset}", Body=body,
                          ServerSideEncryption="AES256")
        consumer.commit()

    try:
        while stored < count:
            for tp, records in consumer.poll(timeout_ms=500).items():
                started = started or time.perf_counter()
                buffer = buffers.setdefault(tp, [])
                for record in records:
                    buffer.append(record)
                    if len(buffer) == per_object:
                        put(tp, buffer)
                        stored += len(buffer)
                        buffer.clear()
            if stored + sum(map(len, buffers.values())) >= count:  # the last, partly filled objects
                for tp, buffer in buffers.items():
                    if buffer:
                        put(tp, buffer)
                        stored += len(buffer)
                        buffer.clear()
        return time.perf_counter() - started
    finally:
        consumer.close()
