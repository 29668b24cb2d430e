"""The router through Kafka: one `logwarden worker` process against a bare aiokafka copy loop.

Both read the same number of load-generator events from a raw topic filled beforehand,
with a fresh consumer group, and write to a purpose topic with acks=all. Each is timed
from the first event it consumed to the last one done (the worker: its own
events-in counter, sampled every 20 ms near the start and the end; the loop: its last acknowledgement), so
start-up and group joining are left out of both. The same runs give the worker's peak RSS. The scaling runs
(one partition, a second worker process) start on an empty topic filled once the group is stable, so that two
workers share the work from the first event, and are compared with one worker measured the same way.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, replace
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from kafka.admin import NewTopic
from kafka.errors import CoordinatorNotAvailableError, NotCoordinatorError

from bench.core import events
from bench.measure import Figure, run_prefix
from pipeline.cluster.acl import ensure_topics_with_acls
from pipeline.cluster.login import java_client_config, kafka_login, login_env
from pipeline.cluster.topics import settings_admin
from pipeline.dev.kafka_server import ensure_kafka_libs, java_executable
from pipeline.dev.process import free_port
from pipeline.policy import Policy, load_policy
from pipeline.settings import Settings
from producers.kafka_producer import LogProducer


@dataclass(frozen=True)
class Run:
    seconds: float
    events: int
    peak_rss_mb: float

    @property
    def rate(self) -> float:
        return self.events / self.seconds


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM), as the kernel counts it."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def prepare(base: Settings, count: int, partitions: int | None = None, fill: bool = True) -> tuple[Settings, Policy]:
    """Fresh topics (optionally a raw topic of `partitions`), filled with `count` load-generator events."""
    prefix = run_prefix("bench")
    settings = replace(base, topic_prefix=prefix, worker_group=f"{prefix}worker")
    policy = load_policy(settings.policy_file)
    raw = settings.topic(policy.raw.name)
    if partitions is not None:
        with settings_admin(settings) as admin:
            admin.create_topics([NewTopic(raw, partitions, 1)])
    ensure_topics_with_acls(settings, policy)
    if fill:
        producer = LogProducer(settings, raw, client_suffix="bench", role="admin")
        for message in events(count, seed=7):
            producer.send(message, wait=True)
        producer.close()
    return settings, policy


def fill_fast(settings: Settings, topic: str, count: int) -> None:
    """Write `count` load-generator events with Kafka's own producer-perf-test (payloads from a file): a
    producer that costs the workers almost no CPU, so they are measured, not the filling."""
    payloads = settings.state_dir / "bench" / "payloads.jsonl"
    if not payloads.exists():
        payloads.parent.mkdir(parents=True, exist_ok=True)
        payloads.write_bytes(b"\n".join(events(5_000, seed=7)))
    producer_perf(settings, topic, count, ["--payload-file", str(payloads)], heap="256m", timeout=300)


def producer_perf(settings: Settings, topic: str, count: int, records: list[str], *, throughput: int = -1,
                  heap: str = "512m", extra_props: tuple[str, ...] = (), timeout: float = 600) -> str:
    """Kafka's own kafka-producer-perf-test (ProducerPerformance) as the admin principal, acks=all and lz4, with
    `records` saying what it sends (`--record-size N` or `--payload-file F`). Returns what it printed."""
    libs = ensure_kafka_libs(settings.state_dir)
    return subprocess.run(
        [java_executable(settings.java_home), f"-Xmx{heap}", "-cp", f"{libs}/*",
         "org.apache.kafka.tools.ProducerPerformance", "--topic", topic, "--num-records", str(count), *records,
         "--throughput", str(throughput),
         "--producer.config", str(java_client_config(settings, "admin", settings.state_dir / "bench")),
         "--producer-props", f"bootstrap.servers={settings.kafka_bootstrap}", "acks=all", "compression.type=lz4",
         "linger.ms=5", *extra_props],
        capture_output=True, text=True, check=True, timeout=timeout,
    ).stdout


def _events_in(host: str, port: int) -> float:
    """The worker's events-in counter, asking its endpoint for that one series (`name[]`): a whole scrape every
    20 ms would cost the worker a tenth of its time (py-spy), which the copy loop does not pay."""
    url = f"http://{host}:{port}/metrics?name[]=logwarden_worker_events_in_total"
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            text = response.read().decode()
    except OSError:
        return 0.0
    name = "logwarden_worker_events_in_total"
    return sum(float(line.split()[-1]) for line in text.splitlines() if line.startswith(name))


def _members(settings: Settings) -> int:
    """The workers in the group once it is stable (0 before, and while a fresh cluster has no coordinator yet: it
    answers the first question about a group with CoordinatorNotAvailable)."""
    with settings_admin(settings) as admin:
        try:
            found = admin.describe_groups([settings.worker_group]).get(settings.worker_group, {})
        except (CoordinatorNotAvailableError, NotCoordinatorError):
            return 0
    return len(found.get("members") or []) if found.get("group_state") == "Stable" else 0


def run_workers(settings: Settings, policy: Policy, count: int, processes: int = 1, timeout: float = 300,
                fill: bool = True) -> Run:
    """Start `processes` workers, let their group settle and time them from the first event to the last (start-up
    and rebalancing are not what is measured).

    With `fill`, the raw topic is empty when they start and filled once their group is stable: several workers
    then share the work from the first event, but the filler (a JVM producing with lz4) takes CPU from them while
    they run. Without it, they read a topic filled beforehand, as the copy loop and the peer do: the figure to
    compare with theirs (one worker only: a second would join while the first already works)."""
    ports = [free_port() for _ in range(processes)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOGWARDEN_")} | login_env(settings)
    env.update(
        LOGWARDEN_KAFKA_BOOTSTRAP=settings.kafka_bootstrap,
        LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix,
        LOGWARDEN_WORKER_GROUP=settings.worker_group,
        LOGWARDEN_DEV_MODE="true",
        LOGWARDEN_STATE_DIR=str(settings.state_dir / "bench"),
        LOGWARDEN_LOG_LEVEL="warning",
    )
    workers = []
    for i, port in enumerate(ports):
        worker_env = dict(
            env,
            LOGWARDEN_WORKER_METRICS_PORT=str(port),
            LOGWARDEN_STATE_DIR=str(settings.state_dir / "bench" / f"w{i}"),
        )
        workers.append(
            subprocess.Popen(
                [sys.executable, "-m", "pipeline.cli", "worker"],
                env=worker_env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
    try:
        deadline = time.monotonic() + timeout
        while _members(settings) < processes:
            if time.monotonic() > deadline or any(w.poll() is not None for w in workers):
                raise RuntimeError("the workers did not form their group")
            time.sleep(0.2)
        filler = None
        if fill:
            filler = threading.Thread(target=fill_fast, args=(settings, settings.topic(policy.raw.name), count))
            filler.start()
        first = done = 0.0
        before = 0.0  # events already routed when the first one was seen: not part of the timed window
        while time.monotonic() < deadline:
            seen = sum(_events_in(settings.bind_host, port) for port in ports)
            now = time.perf_counter()
            if seen and not first:
                first, before = now, seen
            if seen >= count:
                done = now
                break
            # every 20 ms at the start and near the end, where the times are read; 200 ms between, where each
            # scrape would only cost the worker time that the copy loop and the peer do not pay
            time.sleep(0.02 if not first or seen >= 0.85 * count else 0.2)
        if filler is not None:
            filler.join()
        if not done:
            raise RuntimeError(f"the worker did not finish {count} events within {timeout:.0f}s")
        rss = max(peak_rss_mb(w.pid) for w in workers)
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait(timeout=60)
    return Run(done - first, int(count - before), rss)


def run_copy_loop(settings: Settings, policy: Policy, count: int) -> Run:
    """The bare baseline: consume the raw topic and produce every message unchanged, awaiting each batch."""
    raw, target = settings.topic(policy.raw.name), settings.topic(policy.route("analytics").topic.name)

    async def copy() -> Run:
        consumer = AIOKafkaConsumer(
            raw,
            bootstrap_servers=settings.kafka_bootstrap,
            group_id=settings.worker_group + "-copy",
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            max_partition_fetch_bytes=4 * 1024 * 1024,
            **kafka_login(settings, "admin").client_args(),
        )
        producer = AIOKafkaProducer(
            bootstrap_servers=settings.kafka_bootstrap,
            acks="all",
            linger_ms=5,
            compression_type="lz4",
            max_batch_size=256 * 1024,
            **kafka_login(settings, "admin").client_args(),
        )
        await consumer.start()
        await producer.start()
        copied, first = 0, 0.0
        try:
            while copied < count:
                batches = await consumer.getmany(timeout_ms=200, max_records=500)
                if batches and not first:
                    first = time.perf_counter()
                sends = [
                    await producer.send(target, record.value, key=record.key)
                    for records in batches.values()
                    for record in records
                ]
                for sent in sends:
                    await sent
                copied += len(sends)
                if sends:
                    await consumer.commit()
            return Run(time.perf_counter() - first, copied, peak_rss_mb(os.getpid()))
        finally:
            await consumer.stop()
            await producer.stop()

    return asyncio.run(copy())


def median_run(runs: list[Run]) -> Run:
    ordered = sorted(runs, key=lambda r: r.rate)
    return ordered[len(ordered) // 2]


def run(base: Settings, count: int = 30_000, repeats: int = 3) -> tuple[list[Figure], dict[str, float]]:
    """Router, copy loop and the Quix Streams peer `repeats` times each (interleaved, after one warm-up of
    each), plus scaling."""
    from bench.quix import peer_available, run_quix  # bench.quix reuses this module's Run

    with_peer = peer_available()
    baseline_runs, worker_runs, quix_runs = [], [], []
    for attempt in range(repeats + 1):
        copy_run = run_copy_loop(*prepare(base, count), count)
        quix_run = run_quix(*prepare(base, count), count) if with_peer else None
        # the same events as the copy loop and the peer, in a topic filled beforehand as theirs is
        worker_run = run_workers(*prepare(base, count), count, fill=False)
        if attempt:  # the first round warms the broker, the page cache and the imports
            baseline_runs.append(copy_run)
            worker_runs.append(worker_run)
            if quix_run is not None:
                quix_runs.append(quix_run)
    baseline, worker = median_run(baseline_runs), median_run(worker_runs)
    # scaling: each against one worker measured the same way (the topic filled while they run, see run_workers)
    one_filling = median_run([run_workers(*prepare(base, count, fill=False), count) for _ in range(repeats)])
    one_partition = median_run(
        [run_workers(*prepare(base, count, partitions=1, fill=False), count) for _ in range(repeats)]
    )
    two_workers = median_run(
        [run_workers(*prepare(base, count, fill=False), count, processes=2) for _ in range(repeats)]
    )
    figures = [
        Figure(
            "router through Kafka, 1 worker, 6 partitions",
            "events/s",
            worker.rate,
            baseline.rate,
            "aiokafka consume+produce copy loop",
            "at least 0.4 of the copy loop",
        ),
    ]
    if quix_runs:
        figures.append(Figure(
            "router through Kafka, 1 worker, 6 partitions",
            "events/s",
            worker.rate,
            median_run(quix_runs).rate,
            "Quix Streams app, same Router.route",
            "at least 1.3 times the peer",
        ))
    figures += [
        Figure(
            "router, raw topic of 1 partition",
            "events/s",
            one_partition.rate,
            one_filling.rate,
            "the same worker on 6 partitions",
            "(scaling)",
        ),
        Figure(
            "router, 2 worker processes, 6 partitions",
            "events/s",
            two_workers.rate,
            one_filling.rate,
            "1 worker process",
            "(scaling; 2 cores in all)",
        ),
    ]
    memory = {
        "worker peak RSS MB": max(r.peak_rss_mb for r in worker_runs),
        "2 workers: each peak RSS MB": two_workers.peak_rss_mb,
        "worker runs events/s": statistics.median(r.rate for r in worker_runs),
        "copy loop runs events/s": statistics.median(r.rate for r in baseline_runs),
    }
    if quix_runs:
        memory["Quix Streams runs events/s"] = statistics.median(r.rate for r in quix_runs)
    return figures, memory
