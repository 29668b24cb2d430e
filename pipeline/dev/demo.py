"""`logwarden demo` (what `make demo` runs): the whole pipeline on the local stack, then a summary.

It starts what `dev up` starts, runs a worker and a sink process, sends synthetic traffic
for a set time while printing what the pipeline is doing, waits until every message is
accounted for (a purpose topic, the DLQ, or a counted drop) and every routed record is in
S3, prints the counts, a scrubbed sample per route, the S3 objects and the lifecycle
rule, and stops everything it started. Each count is read from where an SRE would read
it: topic offsets from Kafka, the processes' own /metrics, the bucket's listing.

The demo keeps to a namespace of its own (`demo_settings`): its topics under `demo.` (after
LOGWARDEN_TOPIC_PREFIX), its consumer groups, and metrics ports nothing listens on yet, so it
runs beside a developer's own `logwarden worker` and `sink` on the same stack without taking
their events or counting theirs as its own (issue 24).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import orjson
from kafka import KafkaConsumer, TopicPartition

from consumers import holds, lifecycle
from consumers.s3 import s3_client
from pipeline import keyring
from pipeline.cluster.acl import ensure_topics_with_acls
from pipeline.cluster.lag import end_offsets, group_lag
from pipeline.cluster.login import kafka_login
from pipeline.dev import stack
from pipeline.dev.process import free_port, port_is_free
from pipeline.dev.prometheus_server import PrometheusServer, prometheus_answers
from pipeline.dev.scrape import by_label, metric, scrape
from pipeline.policy import Policy, load_policy
from pipeline.settings import Settings
from producers.loadgen import LoadReport, generate

Say = Callable[[str], None]
#: Put after LOGWARDEN_TOPIC_PREFIX before the demo's topic names, and after the configured group names.
DEMO_PREFIX = "demo."
DEMO_GROUP_SUFFIX = "-demo"
#: The name of the demo's target file in the local Prometheus (file-based discovery, prometheus_server.py).
PROMETHEUS_TARGETS = "demo"


def demo_settings(settings: Settings) -> Settings:
    """The settings the demo's worker, sink and traffic run with: the demo's own topics, consumer groups and metrics
    ports, so a pipeline already running with `settings` on the same stack neither shares its partitions with the
    demo's processes nor answers on the /metrics the demo reads. A configured port is kept while it is free (the
    local Prometheus already scrapes it); a taken one is swapped for a free one."""
    host = settings.bind_host
    worker_port = _own_port(host, settings.worker_metrics_port, taken=set())
    sink_port = _own_port(host, settings.sink_metrics_port, taken={worker_port})
    return replace(settings, topic_prefix=settings.topic_prefix + DEMO_PREFIX,
                   worker_group=settings.worker_group + DEMO_GROUP_SUFFIX,
                   sink_group=settings.sink_group + DEMO_GROUP_SUFFIX,
                   worker_metrics_port=worker_port, sink_metrics_port=sink_port)


def _own_port(host: str, port: int, taken: set[int]) -> int:
    if port not in taken and port_is_free(host, port):
        return port
    while (port := free_port(host)) in taken:
        pass
    return port


def process_env(settings: Settings) -> dict[str, str]:
    """The variables that put a worker or sink process into the demo's namespace (`demo_settings`)."""
    return {"LOGWARDEN_TOPIC_PREFIX": settings.topic_prefix, "LOGWARDEN_WORKER_GROUP": settings.worker_group,
            "LOGWARDEN_SINK_GROUP": settings.sink_group,
            "LOGWARDEN_WORKER_METRICS_PORT": str(settings.worker_metrics_port),
            "LOGWARDEN_SINK_METRICS_PORT": str(settings.sink_metrics_port)}


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


class Pipeline:
    """The worker and sink processes of the demo, with their logs and metrics endpoints."""

    def __init__(self, settings: Settings, say: Say) -> None:
        self.settings = settings
        logs = settings.state_dir / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        self.logs = {"worker": logs / "demo-worker.log", "sink": logs / "demo-sink.log"}
        self.ports = {"worker": settings.worker_metrics_port, "sink": settings.sink_metrics_port}
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        for name in ("worker", "sink"):
            say(f"{name:<6} starting: logs in {self.logs[name]}, metrics at {self.url(name)}")
            self.processes[name] = _start(name, self.logs[name], process_env(settings))

    def url(self, name: str) -> str:
        return f"http://{self.settings.bind_host}:{self.ports[name]}/metrics"

    def exited(self) -> str | None:
        """A message naming the first process that has exited, if any."""
        for name, process in self.processes.items():
            if process.poll() is not None:
                return f"the {name} exited with code {process.returncode}; see {self.logs[name]}"
        return None

    def ready(self) -> bool:
        return all(scrape(port, self.settings.bind_host) for port in self.ports.values())

    def stop(self) -> dict[str, int | None]:
        """SIGTERM both (each flushes and commits), then their exit codes (None: killed after 30 s)."""
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        codes: dict[str, int | None] = {}
        for name, process in self.processes.items():
            try:
                codes[name] = process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                codes[name] = None
        return codes


def _start(command: str, log_path: Path, namespace: dict[str, str]) -> subprocess.Popen[bytes]:
    env = dict(os.environ, LOGWARDEN_DEV_MODE="true", **namespace)
    # objects every 10 s of event time, so S3 fills while the demo watches (unless set otherwise)
    env.setdefault("LOGWARDEN_SINK_MAX_AGE_SECONDS", "10")
    with open(log_path, "ab") as log:
        return subprocess.Popen([sys.executable, "-m", "pipeline.cli", command], env=env,  # noqa: S603
                                stdout=log, stderr=subprocess.STDOUT)


def _await(condition: Callable[[], bool], pipeline: Pipeline, deadline: float, interval: float = 0.5) -> str | None:
    """Poll until the condition holds; a reason when a process died or time ran out first."""
    while not condition():
        problem = pipeline.exited()
        if problem:
            return problem
        if time.monotonic() > deadline:
            return "time ran out"
        time.sleep(interval)
    return None


def run_demo(settings: Settings, seconds: float, rate: float | None, say: Say, *, keep_running: bool = False,
             timeout: float = 180.0) -> int:
    """Run the demo; 0 when every message is accounted for, every routed record is in S3 exactly once,
    and every process stopped cleanly."""
    policy = load_policy(settings.policy_file)
    say("== 1/5  the local stack: Apache Kafka (KRaft) and an S3 server")
    started = stack.up(settings, say)
    # from here on, the demo's own namespace: the stack's settings only to stop what `up` started
    stack_settings, settings = settings, demo_settings(settings)
    ensure_topics_with_acls(settings, policy)
    say(f"demo   its own topics ({settings.topic(policy.raw.name)}, ...), consumer groups ({settings.worker_group}, "
        f"{settings.sink_group}) and metrics ports, beside any pipeline of yours on this stack")
    targets = _scraped_by_local_prometheus(stack_settings, settings)
    route_topics = {route.name: settings.topic(route.topic.name) for route in policy.routes}
    dlq_topic = settings.topic(policy.dlq.name)
    before = end_offsets(settings, [*route_topics.values(), dlq_topic])

    say("\n== 2/5  the pipeline: one worker (Faust) and one S3 sink, each its own process")
    pipeline = Pipeline(settings, say)
    report: LoadReport | None = None
    counts: WorkerCounts | None = None
    measured = False
    try:
        deadline = time.monotonic() + timeout
        problem = _await(pipeline.ready, pipeline, deadline)
        if problem:
            say(f"the pipeline did not start: {problem}")
            return 1
        pace = f"{rate:,.0f} messages/s" if rate else "as fast as Kafka takes them"
        say(f"\n== 3/5  traffic: {seconds:g}s of synthetic requests and form submits, {pace}, "
            f"3% malformed on purpose (every kind the pipeline must reject)")
        report = _traffic(settings, seconds, rate, pipeline, say)
        say(report.line())
        problem = _await(lambda: _accounted(settings, report), pipeline, deadline)
        if problem:
            say(f"the worker did not account for every message: {problem}; see {pipeline.logs['worker']}")
            return 1
        counts = scrape_worker(settings.bind_host, settings.worker_metrics_port)
        after = end_offsets(settings, [*route_topics.values(), dlq_topic])
        problem = _await(
            lambda: not any(group_lag(settings, settings.sink_group, list(route_topics.values())).values()),
            pipeline,
            deadline,
        )
        if problem:
            say(f"the sink did not store every record: {problem}; see {pipeline.logs['sink']}")
            return 1
        sink_records, sink_objects = scrape_sink(settings.bind_host, settings.sink_metrics_port)
        samples = {topic: _last_message(settings, topic) for topic in route_topics.values()}
        assert counts is not None, "scrape_worker answers or raises"
        seen_by_prometheus = _prometheus_sees(settings, counts.events_in)
        measured = True
    finally:
        codes = pipeline.stop()
        if targets is not None:
            targets.remove_targets(PROMETHEUS_TARGETS)
        if not measured:
            _stop_stack(stack_settings, started, keep_running, say)
    assert counts is not None and report is not None
    written = {name: after[t] - before[t] for name, t in route_topics.items()}
    dlq_written = after[dlq_topic] - before[dlq_topic]
    accounted = _summarize_counts(settings, policy, report, counts, written, dlq_written, say)
    for topic, sample in samples.items():
        if sample is not None:
            route = topic.removeprefix(settings.topic_prefix).split(".")[-1]
            say(
                f"\na scrubbed event from {topic} (`LOGWARDEN_TOPIC_PREFIX={settings.topic_prefix} logwarden tail "
                f"{route}` shows them live):\n{orjson.dumps(orjson.loads(sample), option=orjson.OPT_INDENT_2).decode()}"
            )
    stored_all = sink_records == sum(written.values())
    say(
        f"\n== 4/5  S3: the sink stored {sink_records:,.0f} records in {sink_objects:,.0f} objects; "
        f"every routed record in S3 exactly once: {'yes' if stored_all else 'NO'} ({sum(written.values()):,} routed)"
    )
    _summarize_s3(settings, policy, say)
    _summarize_keys(settings, say)
    say(f"metrics: the worker served {pipeline.url('worker')} and the sink {pipeline.url('sink')} while they ran")
    if seen_by_prometheus is not None:
        say(
            f"Prometheus at {settings.prometheus_url} scraped them and agrees: "
            f"sum(logwarden_worker_events_in_total{{instance=\"{_targets(settings)['logwarden-worker'][0]}\"}}) = "
            f"{seen_by_prometheus:.0f} "
            f"({'the same' if seen_by_prometheus == counts.events_in else 'NOT the same'} as above); alerts at "
            f"{settings.prometheus_url}/alerts"
            + ("" if keep_running else "; `--keep-running` leaves it up to look around")
        )
    say("\n== 5/5  stopping")
    clean = all(code == 0 for code in codes.values())
    for name, code in codes.items():
        say(f"{name:<6} {'stopped cleanly (exit 0)' if code == 0 else f'did not stop cleanly (exit {code})'}")
    _stop_stack(stack_settings, started, keep_running, say)
    return 0 if accounted and stored_all and clean else 1


def _scraped_by_local_prometheus(stack_settings: Settings, settings: Settings) -> PrometheusServer | None:
    """Have the local Prometheus scrape the demo's processes where their ports are not the configured ones (those
    `dev up` lists already); the server whose target file to remove at the end, or None."""
    prometheus = stack.prometheus(stack_settings)
    if prometheus is None:
        return None
    own = {job: address for job, address in _targets(settings).items() if address != _targets(stack_settings)[job]}
    if not own:
        return None
    prometheus.set_targets(PROMETHEUS_TARGETS, own)
    return prometheus


def _targets(settings: Settings) -> dict[str, list[str]]:
    """The worker's and sink's scrape targets, as `dev up` lists them (their `instance` label in Prometheus)."""
    listed = stack.local_targets(settings)
    return {job: listed[job] for job in ("logwarden-worker", "logwarden-sink")}


def _traffic(settings: Settings, seconds: float, rate: float | None, pipeline: Pipeline, say: Say) -> LoadReport:
    """Send traffic in a thread while this one prints what the worker and the sink report every 5 s."""
    sent = [0]
    result: list[LoadReport] = []
    thread = threading.Thread(
        target=lambda: result.append(
            generate(
                settings,
                seconds=seconds,
                rate=rate,
                malformed_share=0.03,
                progress=lambda n, _s: sent.__setitem__(0, n),
            )
        ),
        daemon=True,
    )
    started = time.monotonic()
    thread.start()
    while thread.is_alive():
        thread.join(timeout=5)
        counts = scrape_worker(settings.bind_host, settings.worker_metrics_port)
        records, _objects = scrape_sink(settings.bind_host, settings.sink_metrics_port)
        if counts is not None:
            routed = "  ".join(f"{name} {n:,.0f}" for name, n in sorted(counts.routed.items()))
            say(
                f"  {time.monotonic() - started:4.0f}s  produced {sent[0]:,}  worker read {counts.events_in:,.0f}  "
                f"routed: {routed}  DLQ {sum(counts.dlq.values()):,.0f}  dropped {sum(counts.dropped.values()):,.0f}  "
                f"in S3 {records:,.0f}"
            )
        problem = pipeline.exited()
        if problem:
            say(problem)
    if not result:
        raise RuntimeError("the load generator failed; see the message above")
    return result[0]


def _prometheus_sees(settings: Settings, events_in: float, timeout: float = 20.0) -> float | None:
    """The worker's events-in count as the local Prometheus has scraped it (it scrapes every few seconds);
    None when no Prometheus answers."""
    if not settings.prometheus_url or not prometheus_answers(settings.prometheus_url):
        return None
    # only the demo's worker: a pipeline of the developer's own may be scraped by the same Prometheus
    instance = _targets(settings)["logwarden-worker"][0]
    query = urllib.parse.urlencode({"query": f'sum(logwarden_worker_events_in_total{{instance="{instance}"}})'})
    deadline = time.monotonic() + timeout
    seen = 0.0
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{settings.prometheus_url}/api/v1/query?{query}", timeout=5) as answer:  # noqa: S310
                result = orjson.loads(answer.read())["data"]["result"]
        except (OSError, KeyError, orjson.JSONDecodeError):
            return None
        seen = float(result[0]["value"][1]) if result else 0.0
        if seen >= events_in:
            break
        time.sleep(1)
    return seen


def _accounted(settings: Settings, report: LoadReport) -> bool:
    counts = scrape_worker(settings.bind_host, settings.worker_metrics_port)
    return counts is not None and counts.events_in >= report.delivered


def _summarize_counts(
    settings: Settings,
    policy: Policy,
    report: LoadReport,
    counts: WorkerCounts,
    written: dict[str, int],
    dlq_written: int,
    say: Say,
) -> bool:
    say(f"\nmessages produced to {settings.topic(policy.raw.name)}: {report.delivered}")
    say(f"consumed by the worker:            {counts.events_in:.0f}")
    for name, n in written.items():
        say(
            f"  routed to {settings.topic(policy.route(name).topic.name):<22} {n}  "
            f"(worker counted {counts.routed.get(name, 0):.0f})"
        )
    say(
        f"  to the DLQ {settings.topic(policy.dlq.name):<21} {dlq_written}  "
        + ", ".join(f"{k}={v:.0f}" for k, v in sorted(counts.dlq.items()) if v)
    )
    say(
        "  dropped                         "
        + f"{sum(counts.dropped.values()):.0f}  "
        + ", ".join(f"{k}={v:.0f}" for k, v in sorted(counts.dropped.items()) if v)
        + "  (no purpose, or no consent for any route's purposes)"
    )
    planted = {kind: n for kind, n in report.kinds.items() if kind != "valid"}
    found = {reason: int(n) for reason, n in counts.dlq.items() if n}
    reasons_match = planted == found
    say(
        f"every malformed message in the DLQ with the reason it was planted for: {'yes' if reasons_match else 'NO'}"
        + ("" if reasons_match else f" (planted {planted}, found {found})")
    )
    accounted = (
        counts.events_in == report.delivered
        and dlq_written == sum(counts.dlq.values())
        and all(written[name] == counts.routed.get(name, 0) for name in written)
    )
    kept = dlq_written + sum(counts.dropped.values())
    say(
        f"every message accounted for: {'yes' if accounted else 'NO'} "
        f"(DLQ + dropped = {kept:.0f}; the other {counts.events_in - kept:,.0f} were routed, "
        f"some to both routes)"
    )
    return accounted and reasons_match


def _summarize_keys(settings: Settings, say: Say) -> None:
    """The pseudonym key epoch the worker routed with, and the next one made ahead (pipeline/keyring.py); ids and
    windows only, never a key."""
    store = keyring.store_of(settings)
    now = datetime.now(UTC)
    current = keyring.current_epoch(store, now)
    if current is None:
        say(f"pseudonym keys: no current epoch in {keyring.keyring_path(settings)}")
        return
    epochs = store.load()
    ahead = any(epoch.alive and epoch.start == current.end for epoch in epochs)
    say(f"pseudonym key epoch {current.key_id}: {current.start:%Y-%m-%d %H:%M} to {current.end:%Y-%m-%d %H:%M} UTC "
        f"(every output's logwarden.key_id); the next epoch's key made ahead: {'yes' if ahead else 'NO'}; "
        f"{sum(epoch.alive for epoch in epochs)} keys alive, {sum(not epoch.alive for epoch in epochs)} destroyed, "
        f"each destroyed {keyring.KEEP_DAYS_AFTER_EPOCH} days after its epoch (`logwarden retention enforce`)")


def _summarize_s3(settings: Settings, policy: Policy, say: Say) -> None:
    client = s3_client(settings)
    keys: dict[str, list[str]] = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=settings.s3_bucket):
        for item in page.get("Contents", []):
            if item["Key"].rsplit("/", 1)[-1].startswith(settings.topic_prefix):  # the demo's topics only
                keys.setdefault(item["Key"].split("/", 1)[0], []).append(item["Key"])
    say(
        f"bucket s3://{settings.s3_bucket} at {settings.s3_endpoint or 'AWS'} "
        f"({sum(map(len, keys.values()))} objects of the demo's topics; Hive-style keys by event time, gzip JSON "
        "Lines):"
    )
    for route, route_keys in sorted(keys.items()):
        say(f"  {route}: {len(route_keys)} objects, e.g.")
        for key in route_keys[:3]:
            say(f"    s3://{settings.s3_bucket}/{key}")
    rules, versioned = lifecycle.read(client, settings.s3_bucket)
    register = holds.load_all(client, settings.s3_bucket)
    say(f"bucket versioning: {'on' if versioned else 'OFF'}; Object Lock: "
        f"{'on' if holds.object_lock_enabled(client, settings.s3_bucket) else 'OFF'} (legal holds, clause 4.1: "
        f"`logwarden hold place`); {sum(hold.active for hold in register)} holds in force")
    for rule in rules:
        say(f"lifecycle rule {rule['ID']}: {lifecycle.describe(rule)} (policy clause 3.3: "
            f"{policy.retention.s3_days} days; `logwarden retention check` verifies it)")


def _stop_stack(settings: Settings, started: set[str], keep_running: bool, say: Say) -> None:
    if not started:
        say("the stack was already up before the demo; left running (`make down` stops it)")
    elif keep_running:
        say("the stack is left running (--keep-running): `make status` shows it, `make down` stops it")
    else:
        stack.down(settings, say, only=started)


def _last_message(settings: Settings, topic: str) -> bytes | None:
    consumer = KafkaConsumer(
        bootstrap_servers=settings.kafka_bootstrap.split(","),
        enable_auto_commit=False,
        consumer_timeout_ms=5000,
        **kafka_login(settings, "admin").client_args(),
    )
    try:
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
