"""The sink on a backlog whose event times are anything but dense and in order (issue 17).

Three loads, each written to a fresh logs.analytics before one `logwarden sink` process
starts (default settings): 200,000 records spread at random over 30 days; a year of in-order
sparse traffic (a few requests a minute); 20,000 records spread at random over a year. Each
load runs twice: once undisturbed (records/s from the sink's start until every record is
committed, objects against the (partition, event hour) pairs of the data, the process's peak
RSS), once with a kill -9 halfway and a restart on its own group and bucket, which must give
byte-identical objects and every event_id exactly once.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.core import events
from bench.measure import Figure, delete_bucket, run_prefix
from consumers.s3 import ensure_bucket, s3_client
from pipeline.cluster.acl import ensure_topics_with_acls
from pipeline.cluster.lag import group_lag
from pipeline.cluster.login import login_env
from pipeline.dev.process import free_port
from pipeline.policy import load_policy
from pipeline.scrub import Router
from pipeline.settings import Settings
from producers.kafka_producer import LogProducer

_TS = re.compile(rb'"ts":"[^"]*"')
_ID = re.compile(rb'"event_id":"[^"]*"')
YEAR = 365 * 86400


@dataclass(frozen=True)
class Load:
    name: str
    times: Callable[[random.Random], list[datetime]]
    target_rate: float  # records/s into S3
    objects_per_pair: float  # at most this many objects per (partition, event hour) pair


def _random_times(count: int, seconds: int) -> Callable[[random.Random], list[datetime]]:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    return lambda rng: [start + timedelta(seconds=rng.randrange(seconds)) for _ in range(count)]


def _sparse_year(per_minute: float) -> Callable[[random.Random], list[datetime]]:
    def times(rng: random.Random) -> list[datetime]:
        moment, end, found = datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC), []
        while moment < end:
            found.append(moment)
            moment += timedelta(seconds=rng.expovariate(per_minute / 60))
        return found
    return times


def loads(per_minute: float) -> list[Load]:
    return [
        Load("200,000 random over 30 days", _random_times(200_000, 30 * 86400), 2000, 2),
        Load(f"a year in order, {per_minute:g}/minute", _sparse_year(per_minute), 0, 1),  # objects: the store's rate
        Load("20,000 random over a year", _random_times(20_000, YEAR), 320, 1),  # 10x today's 32 records/s
    ]


@dataclass
class Outcome:
    seconds: float
    rss_mb: float
    objects: dict[str, bytes]


def run(base: Settings, per_minute: float = 3.0) -> tuple[list[Figure], dict[str, float]]:
    figures: list[Figure] = []
    memory: dict[str, float] = {}
    for load in loads(per_minute):
        found, rss = once(base, load)
        figures.extend(found)
        memory[f"sink peak RSS MB, {load.name}"] = rss
        for figure in found:  # as it comes: the year-long load takes a while
            print(f"{figure.stage}: {figure.logwarden:,.2f} {figure.unit} (target {figure.target})", file=sys.stderr)
        print(f"sink peak RSS: {rss:,.0f} MB", file=sys.stderr)
    return figures, memory


def once(base: Settings, load: Load) -> tuple[list[Figure], float]:
    run_id = uuid.uuid4().hex[:8]
    settings = replace(base, topic_prefix=run_prefix("backfill"), s3_bucket=f"backfill-{run_id}",
                       sink_group=f"backfill-{run_id}")
    policy = load_policy(settings.policy_file)
    ensure_topics_with_acls(settings, policy)
    topic = settings.topic(policy.route("analytics").topic.name)
    times = load.times(random.Random(17))
    ids = _produce(settings, policy, topic, times)
    pairs = {(p, t.strftime("%Y-%m-%dT%H")) for p, t in ids.values()}

    clean = _sink_run(settings, topic, kill_at=None)
    killed_settings = replace(settings, s3_bucket=settings.s3_bucket + "-k", sink_group=settings.sink_group + "-k")
    ensure_topics_with_acls(killed_settings, policy)
    killed = _sink_run(killed_settings, topic, kill_at=clean.seconds / 2)
    for bucket in (settings.s3_bucket, killed_settings.s3_bucket):  # their objects are in hand: compared below
        delete_bucket(s3_client(settings), bucket)
    identical = killed.objects == clean.objects
    stored = _event_ids(clean.objects)
    exactly_once = stored == Counter(dict.fromkeys(ids, 1)) and _event_ids(killed.objects) == stored
    rate = len(times) / clean.seconds
    name = f"backfill: {load.name}"
    return [
        Figure(f"{name} ({len(times):,} records)", "records/s into S3", rate, load.target_rate, "target",
               f"at least {load.target_rate:,.0f}/s" if load.target_rate else "none (puts of one object per hour)"),
        Figure(f"{name}: {len(clean.objects):,} objects, {len(pairs):,} (partition, hour) pairs", "objects per pair",
               len(clean.objects) / len(pairs), load.objects_per_pair, "target", f"at most {load.objects_per_pair:g}"),
        Figure(f"{name}: kill -9 halfway: identical objects {identical}, exactly once {exactly_once}",
               "objects identical (1 = yes)", float(identical and exactly_once), 1.0, "required", "1"),
    ], clean.rss_mb


def _produce(settings: Settings, policy: object, topic: str, times: list[datetime]) -> dict[str, tuple[int, datetime]]:
    """The records: scrubbed analytics events with fresh event_ids and the given event times, in that order;
    event_id -> (partition, event time)."""
    router = Router(load_policy(settings.policy_file), b"b" * 32, "k1", settings.topic_prefix)
    templates = [o.value for raw in events(3000) for o in router.route(raw).outputs if o.route == "analytics"]
    producer = LogProducer(settings, topic, client_suffix="bench", role="admin")
    partitions = 6
    from kafka.partitioner.default import murmur2

    ids: dict[str, tuple[int, datetime]] = {}
    for n, moment in enumerate(times):
        event_id = str(uuid.UUID(int=random.getrandbits(128), version=4))
        ts = moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        value = _ID.sub(f'"event_id":"{event_id}"'.encode(), _TS.sub(f'"ts":"{ts}"'.encode(),
                                                                      templates[n % len(templates)], 1), 1)
        key = event_id.encode()
        producer.send(value, key=key, wait=True)
        ids[event_id] = ((murmur2(key) & 0x7FFFFFFF) % partitions, moment)
    producer.close()
    return ids


def _sink_run(settings: Settings, topic: str, kill_at: float | None) -> Outcome:
    client = s3_client(settings)
    ensure_bucket(client, settings.s3_bucket, settings.s3_region)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOGWARDEN_")} | login_env(settings)
    env.update(LOGWARDEN_KAFKA_BOOTSTRAP=settings.kafka_bootstrap, LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix,
               LOGWARDEN_SINK_GROUP=settings.sink_group, LOGWARDEN_S3_BUCKET=settings.s3_bucket,
               LOGWARDEN_S3_ENDPOINT=settings.s3_endpoint, LOGWARDEN_DEV_MODE="true", LOGWARDEN_LOG_LEVEL="warning",
               LOGWARDEN_STATE_DIR=str(settings.state_dir / "bench" / settings.sink_group))

    def start() -> subprocess.Popen[bytes]:
        env["LOGWARDEN_SINK_METRICS_PORT"] = str(free_port())
        return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "sink"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    started = time.perf_counter()
    sink = start()
    peak = 0.0
    try:
        if kill_at is not None:
            while time.perf_counter() - started < kill_at:
                peak = max(peak, _peak_rss_mb(sink.pid))
                time.sleep(0.2)
            sink.send_signal(signal.SIGKILL)
            sink.wait()
            sink = start()
        while not _caught_up(settings, topic):
            if sink.poll() is not None:
                raise RuntimeError(f"the sink exited with {sink.returncode}")
            peak = max(peak, _peak_rss_mb(sink.pid))
            time.sleep(0.2)
        seconds = time.perf_counter() - started
        peak = max(peak, _peak_rss_mb(sink.pid))
    finally:
        sink.terminate()
        sink.wait(timeout=60)
    objects = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=settings.s3_bucket):
        for item in page.get("Contents", []):
            objects[item["Key"]] = client.get_object(Bucket=settings.s3_bucket, Key=item["Key"])["Body"].read()
    return Outcome(seconds, peak, objects)


def _caught_up(settings: Settings, topic: str) -> bool:
    from kafka.errors import KafkaError

    try:
        lag = group_lag(settings, settings.sink_group, [topic])
    except KafkaError:
        return False
    return bool(lag) and not any(lag.values())


def _peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _event_ids(objects: dict[str, bytes]) -> Counter[str]:
    import gzip

    import orjson

    found: Counter[str] = Counter()
    for key, body in objects.items():
        lines = gzip.decompress(body).splitlines() if key.endswith(".gz") else _parquet_lines(body)
        for line in lines:
            found[orjson.loads(line)["event_id"]] += 1
    return found


def _parquet_lines(body: bytes) -> list[bytes]:
    import io

    import orjson
    import pyarrow.parquet as pq

    return [orjson.dumps({"event_id": e}) for e in pq.read_table(io.BytesIO(body), columns=["event_id"])
            .column("event_id").to_pylist()]
