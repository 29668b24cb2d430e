"""`logwarden demo`: the whole pipeline on the local stack, then a summary a person can check.

It starts what `dev up` starts, runs a worker process, sends synthetic traffic, waits until
every message is accounted for (a purpose topic, the DLQ, or a counted drop), prints the
counts and a scrubbed sample per route, and stops the worker cleanly.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from kafka import KafkaConsumer

from pipeline.dev import stack
from consumers import lifecycle
from consumers.s3 import s3_client
from pipeline.kafka_admin import end_offsets, group_lag
from pipeline.policy import load_policy
from pipeline.scrape import by_label, metric, scrape
from pipeline.settings import Settings
from producers.loadgen import generate

Say = Callable[[str], None]


@dataclass
class WorkerCounts:
    """The worker's own counters, as Prometheus would read them."""

    events_in: float
    routed: dict[str, float]
    dlq: dict[str, float]
    dropped: dict[str, float]


def scrape_sink(host: str, port: int) -> tuple[float, float]:
    """Records and objects the sink has written, from its /metrics endpoint."""
    samples = scrape(port, host)
    return (sum(by_label(samples, "logwarden_sink_records_total", "route").values()),
            sum(by_label(samples, "logwarden_sink_objects_total", "route").values()))


def scrape_worker(host: str, port: int) -> WorkerCounts | None:
    """The worker's counters, read from its /metrics endpoint as Prometheus would."""
    samples = scrape(port, host)
    if not samples:
        return None
    return WorkerCounts(
        events_in=metric(samples, "logwarden_worker_events_in_total"),
        routed=by_label(samples, "logwarden_worker_routed_total", "route"),
        dlq=by_label(samples, "logwarden_worker_dlq_total", "reason"),
        dropped=by_label(samples, "logwarden_worker_dropped_total", "reason"),
    )


def run_demo(settings: Settings, count: int, rate: float | None, say: Say, timeout: float = 180.0) -> int:
    policy = load_policy(settings.policy_file)
    stack.up(settings, say)
    route_topics = {route.name: settings.topic(route.topic.name) for route in policy.routes}
    dlq_topic = settings.topic(policy.dlq.name)
    before = end_offsets(settings, [*route_topics.values(), dlq_topic])

    log_path = settings.state_dir / "logs" / "demo-worker.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    say(f"worker starting (logs in {log_path}), metrics at http://{settings.bind_host}:{settings.worker_metrics_port}/metrics")
    worker = _start("worker", log_path)
    sink_log = settings.state_dir / "logs" / "demo-sink.log"
    say(f"sink starting (logs in {sink_log}), metrics at http://{settings.bind_host}:{settings.sink_metrics_port}/metrics")
    sink = _start("sink", sink_log)
    try:
        report = generate(settings, count, rate, malformed_share=0.03, seed=None)
        say(report.line())
        deadline = time.monotonic() + timeout
        counts = None
        while time.monotonic() < deadline:
            if worker.poll() is not None:
                say(f"the worker exited with code {worker.returncode}; see {log_path}")
                return 1
            counts = scrape_worker(settings.bind_host, settings.worker_metrics_port)
            if counts and counts.events_in >= report.delivered:
                break
            time.sleep(0.5)
        else:
            say(f"the worker did not account for every message within {timeout:.0f}s; see {log_path}")
            return 1
        after = end_offsets(settings, [*route_topics.values(), dlq_topic])
        while time.monotonic() < deadline and any(group_lag(settings, settings.sink_group, list(route_topics.values())).values()):
            if sink.poll() is not None:
                say(f"the sink exited with code {sink.returncode}; see {sink_log}")
                return 1
            time.sleep(0.5)
        sink_records, sink_objects = scrape_sink(settings.bind_host, settings.sink_metrics_port)
    finally:
        for process in (worker, sink):
            process.send_signal(signal.SIGTERM)
        for process in (worker, sink):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
    assert counts is not None
    written = {name: after[t] - before[t] for name, t in route_topics.items()}
    dlq_written = after[dlq_topic] - before[dlq_topic]
    say("")
    say(f"messages produced to {settings.topic(policy.raw.name)}: {report.delivered}")
    say(f"consumed by the worker:            {counts.events_in:.0f}")
    for name, topic in route_topics.items():
        say(f"  routed to {topic:<22} {written[name]}  (worker counted {counts.routed.get(name, 0):.0f})")
    say(f"  to the DLQ {dlq_topic:<21} {dlq_written}  "
        + ", ".join(f"{k}={v:.0f}" for k, v in sorted(counts.dlq.items()) if v))
    say("  dropped                         "
        + f"{sum(counts.dropped.values()):.0f}  " + ", ".join(f"{k}={v:.0f}" for k, v in sorted(counts.dropped.items()) if v))
    accounted = dlq_written + sum(counts.dropped.values())
    say(f"every message accounted for: {'yes' if counts.events_in == report.delivered and dlq_written == sum(counts.dlq.values()) else 'NO'}"
        f" (DLQ + dropped = {accounted:.0f}, the rest routed to one or more purposes)")
    for name, topic in route_topics.items():
        sample = _last_message(settings, topic)
        if sample is not None:
            say(f"\na scrubbed event from {topic}:\n{orjson.dumps(orjson.loads(sample), option=orjson.OPT_INDENT_2).decode()}")
    stored_all = sink_records == sum(written.values())
    say(f"\nthe sink stored {sink_records:.0f} records in {sink_objects:.0f} objects; every routed record in S3 "
        f"exactly once: {'yes' if stored_all else 'NO'} ({sum(written.values())} routed)")
    _summarize_s3(settings, policy, say)
    say("\nthe stack is still up: `make down` stops it, `make status` shows it")
    return 0 if counts.events_in == report.delivered and stored_all else 1


def _start(command: str, log_path: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, LOGWARDEN_DEV_MODE="true")
    with open(log_path, "ab") as log:
        return subprocess.Popen([sys.executable, "-m", "pipeline.cli", command], env=env,  # noqa: S603
                                stdout=log, stderr=subprocess.STDOUT)


def _summarize_s3(settings: Settings, policy: Any, say: Say) -> None:
    client = s3_client(settings)
    keys: list[str] = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=settings.s3_bucket):
        keys += [item["Key"] for item in page.get("Contents", [])]
    say(f"S3 bucket {settings.s3_bucket} at {settings.s3_endpoint or 'AWS'}: {len(keys)} objects in all, e.g.")
    for key in keys[-3:]:
        say(f"  s3://{settings.s3_bucket}/{key}")
    rules, _ = lifecycle.read(client, settings.s3_bucket)
    for rule in rules:
        say(f"lifecycle rule {rule['ID']}: expire after {rule.get('Expiration', {}).get('Days')} days, abort incomplete "
            f"uploads after {rule.get('AbortIncompleteMultipartUpload', {}).get('DaysAfterInitiation')} day "
            f"(policy clause 3.3: {policy.retention.s3_days} days)")


def _last_message(settings: Settings, topic: str) -> bytes | None:
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap.split(","), enable_auto_commit=False,
                             consumer_timeout_ms=5000)
    try:
        from kafka import TopicPartition

        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        consumer.assign(partitions)
        ends = consumer.end_offsets(partitions)
        for tp in partitions:
            if ends[tp]:
                consumer.seek(tp, ends[tp] - 1)
                for record in consumer:
                    return record.value
        return None
    finally:
        consumer.close()
