"""End to end: load generator -> logs.raw -> worker -> purpose topics -> sink -> S3, against Kafka's
own kafka-producer-perf-test and kafka-consumer-perf-test on the same broker, from the same Maven
jars as the broker.

Two runs: as fast as the producer goes (events/s from the first send until the sink has stored
every routed record), and at a fixed rate (latency from each event's send to its scrubbed
output's append to a purpose topic, p50 and p99). The worker's and the sink's peak RSS come
from the same runs.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, replace

import orjson
from kafka import KafkaConsumer, TopicPartition

from bench.measure import Figure, run_prefix
from bench.router import peak_rss_mb, producer_perf
from consumers.s3 import ensure_bucket, s3_client
from pipeline.cluster.acl import ensure_topics_with_acls
from pipeline.cluster.login import java_client_config, kafka_login, login_env
from pipeline.cluster.topics import settings_admin
from pipeline.dev.kafka_server import ensure_kafka_libs, java_executable
from pipeline.dev.process import free_port
from pipeline.dev.scrape import by_label, metric, scrape
from pipeline.policy import Policy, load_policy
from pipeline.settings import Settings
from producers.kafka_producer import LogProducer
from producers.loadgen import generate
from producers.synthetic import TrafficGenerator

PERF_LINE = re.compile(r"(\d+) records sent, ([\d.]+) records/sec .*?([\d.]+) ms avg latency.*?(\d+) ms 50th, "
                       r"(\d+) ms 95th, (\d+) ms 99th")


@dataclass(frozen=True)
class PerfTest:
    records_per_second: float
    p50_ms: float
    p99_ms: float


class Pipeline:
    """A worker and a sink as processes, on fresh topics, groups and bucket."""

    def __init__(self, base: Settings) -> None:
        run_id = uuid.uuid4().hex[:8]
        self.settings = replace(base, topic_prefix=run_prefix("e2e"), worker_group=f"e2e-{run_id}",
                                sink_group=f"e2e-sink-{run_id}", s3_bucket=f"e2e-{run_id}",
                                worker_metrics_port=free_port(), sink_metrics_port=free_port())
        self.policy: Policy = load_policy(self.settings.policy_file)
        ensure_topics_with_acls(self.settings, self.policy)
        ensure_bucket(s3_client(self.settings), self.settings.s3_bucket, self.settings.s3_region)
        s = self.settings
        env = {k: v for k, v in os.environ.items() if not k.startswith("LOGWARDEN_")} | login_env(s)
        env.update(LOGWARDEN_KAFKA_BOOTSTRAP=s.kafka_bootstrap, LOGWARDEN_TOPIC_PREFIX=s.topic_prefix,
                   LOGWARDEN_WORKER_GROUP=s.worker_group, LOGWARDEN_SINK_GROUP=s.sink_group,
                   LOGWARDEN_S3_BUCKET=s.s3_bucket, LOGWARDEN_S3_ENDPOINT=s.s3_endpoint, LOGWARDEN_DEV_MODE="true",
                   LOGWARDEN_STATE_DIR=str(s.state_dir / "bench" / run_id), LOGWARDEN_LOG_LEVEL="warning",
                   LOGWARDEN_WORKER_METRICS_PORT=str(s.worker_metrics_port),
                   LOGWARDEN_SINK_METRICS_PORT=str(s.sink_metrics_port))
        self.processes = {name: subprocess.Popen([sys.executable, "-m", "pipeline.cli", name], env=env,
                                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                          for name in ("worker", "sink")}
        self._await(lambda: bool(self.worker()) and bool(scrape(s.sink_metrics_port, s.bind_host)), 120, "start")
        self._await(lambda: _stable(s, s.worker_group) and _stable(s, s.sink_group), 120, "join its groups")

    def worker(self) -> dict:
        return scrape(self.settings.worker_metrics_port, self.settings.bind_host)

    def sink_records(self) -> float:
        samples = scrape(self.settings.sink_metrics_port, self.settings.bind_host)
        return sum(by_label(samples, "logwarden_sink_records_total", "route").values())

    def _await(self, condition: object, timeout: float, what: str) -> float:
        deadline = time.monotonic() + timeout
        while not condition():  # type: ignore[operator]
            if time.monotonic() > deadline:
                raise RuntimeError(f"the pipeline did not {what} within {timeout:.0f}s")
            time.sleep(0.05)
        return time.perf_counter()

    def routed_when_consumed(self, events_in: int) -> float:
        self._await(lambda: metric(self.worker(), "logwarden_worker_events_in_total") >= events_in, 300,
                    "consume every event")
        return sum(by_label(self.worker(), "logwarden_worker_routed_total", "route").values())

    def stop(self) -> dict[str, float]:
        rss = {f"{name} peak RSS MB": peak_rss_mb(p.pid) for name, p in self.processes.items()}
        for process in self.processes.values():
            process.terminate()
        for process in self.processes.values():
            process.wait(timeout=60)
        return rss


def _stable(settings: Settings, group: str) -> bool:
    """The consumer group has members and has finished its rebalance."""
    with settings_admin(settings) as admin:
        found = admin.describe_groups([group]).get(group, {})
    return found.get("group_state") == "Stable" and bool(found.get("members"))


def throughput(base: Settings, count: int) -> tuple[float, dict[str, float]]:
    pipeline = Pipeline(base)
    try:
        started = time.perf_counter()
        report = generate(pipeline.settings, count=count, malformed_share=0.02)
        routed = pipeline.routed_when_consumed(report.delivered)
        done = pipeline._await(lambda: pipeline.sink_records() >= routed, 300, "store every routed record")
        return count / (done - started), pipeline.stop()
    except BaseException:
        pipeline.stop()
        raise


def latency(base: Settings, rate: float, seconds: float) -> tuple[float, float, float]:
    """p50 and p99 ms from send to the output's append, and the rate actually reached."""
    pipeline = Pipeline(base)
    settings, policy = pipeline.settings, pipeline.policy
    try:
        producer = LogProducer(settings, settings.topic(policy.raw.name), client_suffix="bench", role="admin")
        traffic = TrafficGenerator(seed=3)
        sent: dict[str, float] = {}
        started = time.perf_counter()
        wall_start = time.time() - started
        count = int(rate * seconds)
        for i in range(count):
            ahead = started + i / rate - time.perf_counter()
            if ahead > 0:
                time.sleep(ahead)
            event = traffic.event()
            message = orjson.dumps(event)
            sent[event["event_id"]] = wall_start + time.perf_counter()
            producer.send(message, wait=True)
        reached = count / (time.perf_counter() - started)
        producer.close()
        routed = pipeline.routed_when_consumed(count)
    finally:
        pipeline.stop()
    delays = []
    topics = [settings.topic(route.topic.name) for route in policy.routes]
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap, enable_auto_commit=False,
                             consumer_timeout_ms=2000, fetch_max_bytes=32 * 1024 * 1024,
                             **kafka_login(settings, "admin").client_args())
    try:
        partitions = [TopicPartition(t, p) for t in topics for p in consumer.partitions_for_topic(t) or ()]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        for record in consumer:
            delays.append(record.timestamp - sent[record.key.decode()] * 1000)
            if len(delays) >= routed:
                break
    finally:
        consumer.close()
    cuts = statistics.quantiles(delays, n=100)
    return cuts[49], cuts[98], reached


def perf_test(settings: Settings, topic: str, count: int, throughput: int = -1) -> PerfTest:
    """Kafka's kafka-producer-perf-test (ProducerPerformance) with 1 KB records, acks=all, lz4."""
    out = producer_perf(settings, topic, count, ["--record-size", "1000"], throughput=throughput,
                        extra_props=("batch.size=262144",))
    found = PERF_LINE.findall(out)[-1]
    return PerfTest(float(found[1]), float(found[3]), float(found[5]))


def consumer_perf_test(settings: Settings, topic: str, count: int) -> float:
    """Kafka's kafka-consumer-perf-test (ConsumerPerformance): messages/s reading `count` from `topic`."""
    libs = ensure_kafka_libs(settings.state_dir)
    out = subprocess.run(
        [
            java_executable(settings.java_home),
            "-Xmx512m",
            "-cp",
            f"{libs}/*",
            "org.apache.kafka.tools.ConsumerPerformance",
            "--bootstrap-server",
            settings.kafka_bootstrap,
            "--topic",
            topic,
            "--messages",
            str(count),
            "--consumer.config",
            str(java_client_config(settings, "admin", settings.state_dir / "bench")),
            "--timeout",
            "60000",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    ).stdout
    header, values = [line for line in out.splitlines() if line.strip()][-2:]
    row = dict(zip([h.strip() for h in header.split(",")], [v.strip() for v in values.split(",")], strict=False))
    return float(row["nMsg.sec"])


def run(
    base: Settings,
    count: int = 30_000,
    rate: float = 10_000,
    seconds: float = 5.0,
    repeats: int = 3,
    sustainable: float = 2_000,
) -> tuple[list[Figure], dict[str, float]]:
    perf_settings = replace(base, topic_prefix=run_prefix("perf"))
    policy = load_policy(perf_settings.policy_file)
    ensure_topics_with_acls(perf_settings, policy)
    perf_topic = perf_settings.topic(policy.raw.name)
    perf_test(perf_settings, perf_topic, 20_000)  # warm-up
    producer_perf = [perf_test(perf_settings, perf_topic, count) for _ in range(repeats)]
    consumer_rate = statistics.median(consumer_perf_test(perf_settings, perf_topic, count) for _ in range(repeats))
    fixed = [perf_test(perf_settings, perf_topic, int(rate * seconds), throughput=int(rate)) for _ in range(repeats)]

    throughput(base, 5_000)  # warm-up
    runs = [throughput(base, count) for _ in range(repeats)]
    e2e_rate = statistics.median(r for r, _ in runs)
    memory = {name: max(m[name] for _, m in runs) for name in runs[0][1]}
    delays = [latency(base, rate, seconds) for _ in range(repeats)]
    p50 = statistics.median(d[0] for d in delays)
    p99 = statistics.median(d[1] for d in delays)
    reached = statistics.median(d[2] for d in delays)
    # the same at a rate one worker sustains: latency without a queue in front of the worker
    calm = [latency(base, sustainable, seconds * 2) for _ in range(repeats)]
    calm_fixed = [
        perf_test(perf_settings, perf_topic, int(sustainable * seconds * 2), throughput=int(sustainable))
        for _ in range(repeats)
    ]
    figures = [
        Figure(
            "end to end, producer to S3",
            "events/s",
            e2e_rate,
            statistics.median(p.records_per_second for p in producer_perf),
            "kafka-producer-perf-test, 1 KB records",
            "(context)",
        ),
        Figure(
            "end to end, producer to S3", "events/s", e2e_rate, consumer_rate, "kafka-consumer-perf-test", "(context)"
        ),
        Figure(
            f"p50 latency at {reached:,.0f} events/s, send to purpose topic",
            "ms",
            p50,
            statistics.median(p.p50_ms for p in fixed),
            f"producer-perf-test p50 at {rate:,.0f}/s",
            "(context)",
        ),
        Figure(
            f"p99 latency at {reached:,.0f} events/s, send to purpose topic",
            "ms",
            p99,
            statistics.median(p.p99_ms for p in fixed),
            f"producer-perf-test p99 at {rate:,.0f}/s",
            "(context: past one worker's rate, a queue forms)",
        ),
        Figure(
            f"p50 latency at {statistics.median(d[2] for d in calm):,.0f} events/s",
            "ms",
            statistics.median(d[0] for d in calm),
            statistics.median(p.p50_ms for p in calm_fixed),
            f"producer-perf-test p50 at {sustainable:,.0f}/s",
            "(context)",
        ),
        Figure(
            f"p99 latency at {statistics.median(d[2] for d in calm):,.0f} events/s",
            "ms",
            statistics.median(d[1] for d in calm),
            statistics.median(p.p99_ms for p in calm_fixed),
            f"producer-perf-test p99 at {sustainable:,.0f}/s",
            "under 250 ms at 2,000/s",
        ),
    ]
    return figures, memory
