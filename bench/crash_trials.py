"""`make crash-trials`: kill -9 the pipeline's processes while they work, then count S3 by event_id.

Two trials, each on fresh topics, a fresh bucket and fresh consumer groups:

- pipeline: the load generator sends N events (a seed and a checkpoint: a restarted run makes
  the same sequence, so a re-sent event keeps its event_id) at a steady rate, while the worker,
  the sink and the load generator are each killed with SIGKILL K times at random moments and
  started again at once;
- tailer: a "web server" appends L access-log lines at a steady rate while `tail-log` is
  killed K times the same way (its event ids come from each line's place in its file).

A process is killed only while it works: after its restart, not before its /metrics shows
progress (events consumed, records stored, messages acknowledged, lines sent). When the
input is all sent, the worker's and the sink's groups catch up, and S3 is read back: every
expected record (the pure core says which routes each event takes) must be there exactly
once. The trial reports events, kills per kind, lost, duplicated, and the duplicates the sink
dropped (copies in the purpose topics minus copies in S3); exit 1 unless lost and duplicated
are 0 and every planned kill happened.

With `--brokers 3` (`make crash-trials BROKERS=3`), the broker trial: the pipeline trial on a
three-node KRaft cluster of its own, every client bootstrapping from all three nodes, where a
random node is also SIGKILLed N times while the events are sent, never two at once: each is
started again by the project's own start and waited for until it is back in the ISR of its
partitions before the next. Per node kill it reports how long the load generator's acks and the
worker's output stalled (sampled from their /metrics), and the sends that failed after their
retries; exit 1 unless those are 0 too, and unless no process and no node exited by itself.

It starts its own Kafka broker (or cluster) and S3 server in a temporary folder (LOGWARDEN_KAFKA_BOOTSTRAP
and LOGWARDEN_S3_ENDPOINT point it at running ones instead, one broker only), so it never touches `dev up`'s
stack. It lives in bench/ with the other harnesses: it measures the pipeline from outside,
as its operators would, and adds nothing to the `logwarden` command.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median
from typing import Any, Protocol

import click
import orjson

from consumers.s3 import ensure_bucket, s3_client
from pipeline.cluster.acl import ensure_topics_with_acls
from pipeline.cluster.lag import group_lag
from pipeline.cluster.principals import load_principals
from pipeline.dev.kafka_cluster import KafkaCluster, local_cluster
from pipeline.dev.kafka_server import KafkaBroker
from pipeline.dev.process import free_port, tail
from pipeline.dev.s3_server import MotoS3Server
from pipeline.dev.scrape import Samples, scrape
from pipeline.policy import Policy, load_policy
from pipeline.scrub import Router
from pipeline.settings import Settings
from producers.synthetic import TrafficGenerator

HMAC_KEY = "crash-trials-" + "0123456789abcdef" * 3
#: What shows that a process works, from its own /metrics: (metric, labels that must match).
PROGRESS = {
    "worker": ("logwarden_worker_events_in_total", {}),
    "sink": ("logwarden_sink_records_total", {}),
    "loadgen": ("logwarden_producer_messages_total", {"outcome": "delivered"}),
    "tailer": ("logwarden_tailer_lines_total", {"outcome": "sent"}),
}
Say = Callable[[str], None]


class Victim(Protocol):
    """What `chaos` kills: a process of the trial (Role) or a node of the Kafka cluster (NodeKiller)."""

    name: str
    kills: int

    def progressed(self) -> bool: ...

    def kill_and_restart(self) -> None: ...


@dataclass
class Role:
    """One logwarden process of the trial, started again at once whenever it is killed."""

    name: str
    args: list[str]
    env: dict[str, str]
    port: int
    log: Path
    proc: subprocess.Popen[bytes] | None = None
    kills: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> None:
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", *self.args],
                                         env=self.env, stdout=out, stderr=subprocess.STDOUT)

    def progressed(self) -> bool:
        """Has this run of the process shown progress on its /metrics (every run starts its counters at 0)?"""
        name, labels = PROGRESS[self.name]
        return _total(scrape(self.port), name, labels) > 0

    def kill_and_restart(self) -> None:
        with self.lock:
            assert self.proc is not None
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)
            self.kills += 1
            self.start()

    def exited(self) -> int | None:
        with self.lock:
            return None if self.proc is None else self.proc.poll()

    def stop(self, timeout: float = 60) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                return self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        return self.proc.returncode


@dataclass
class TrialReport:
    name: str
    events: int  # events sent (lines written) through the trial
    records: int  # records S3 must hold: one per (route, event)
    kills: dict[str, int]
    planned_kills: dict[str, int]
    lost: int
    duplicated: int
    dropped_by_sink: int  # copies in the purpose topics minus copies in S3
    seconds: float
    notes: list[str] = field(default_factory=list)
    died: list[str] = field(default_factory=list)  # processes (or Kafka nodes) that exited by themselves
    brokers: BrokerFigures | None = None

    @property
    def ok(self) -> bool:
        return (not self.lost and not self.duplicated and not self.died
                and all(n >= self.planned_kills[name] for name, n in self.kills.items())
                and (self.brokers is None or not self.brokers.produce_failures))

    def lines(self) -> list[str]:
        kills = ", ".join(f"{name} {n}/{self.planned_kills[name]}" for name, n in self.kills.items())
        return [f"{self.name} trial: {self.events:,} events -> {self.records:,} records expected in S3, "
                f"{self.seconds:.0f}s",
                f"  kills (SIGKILL while working, done/planned): {kills}",
                f"  lost {self.lost}, duplicated {self.duplicated}, duplicates dropped by the sink "
                f"{self.dropped_by_sink}; exited by themselves: {len(self.died)}",
                *(self.brokers.lines() if self.brokers else []),
                *(f"  died: {n}" for n in self.died), *(f"  note: {n}" for n in self.notes)]


def _total(samples: Samples, name: str, labels: dict[str, str]) -> float:
    return sum(value for (sample, sample_labels), value in samples.items()
               if sample == name and labels.items() <= dict(sample_labels).items())


def _await(condition: Callable[[], bool], timeout: float, what: str, interval: float = 0.5,
           settle: Callable[[], bool] | None = None, settled: float = 15) -> None:
    """Wait for `condition`; with `settle`, also stop once `settle` has held for `settled` seconds on end."""
    deadline = time.monotonic() + timeout
    since: float | None = None
    while not condition():
        now = time.monotonic()
        if settle is not None:
            since = (since or now) if settle() else None
            if since is not None and now - since >= settled:
                return
        if now > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


def chaos(role: Victim, kills: int, seconds: float, rng: random.Random, done: threading.Event,
          failed: list[str]) -> None:
    """Kill `role` `kills` times over about `seconds`: each at a random moment of its own slot, and only once it shows
    progress; start it again at once. Stops early when `done` is set. One thread per victim: a victim's kill and
    restart finish before its next kill, so a victim is never down twice at once."""
    slot = seconds / kills
    started = time.monotonic()
    try:
        for i in range(kills):
            moment = started + slot * (i + rng.uniform(0.1, 0.9))
            while not done.is_set() and (time.monotonic() < moment or not role.progressed()):
                done.wait(0.1)
            if done.is_set():
                return
            role.kill_and_restart()
    except Exception as exc:  # noqa: BLE001 - reported with the trial's figures
        failed.append(f"killing {role.name}: {exc!r}")


# --- broker kills ---


@dataclass(frozen=True)
class NodeKill:
    """One SIGKILL of a Kafka node: when (monotonic seconds), and when it answered and was back in sync again."""

    node: int
    killed: float
    back: float  # the node answers and the cluster counts it again
    in_sync: float  # the node is back in the ISR of every partition it holds a replica of


@dataclass
class NodeKiller:
    """The nodes of the three-node cluster as one victim of `chaos`: each kill SIGKILLs a random node, starts it again
    with the project's own start (KafkaCluster.start_node) and returns only once the node is back in the ISR of every
    partition it holds, so two nodes are never down at once and no partition falls below min.insync.replicas. A node
    found down that the trial did not kill died by itself: it is counted in `died` and started again."""

    cluster: KafkaCluster
    works: Callable[[], bool]
    rng: random.Random
    name: str = "broker"
    kills: int = 0
    done: list[NodeKill] = field(default_factory=list)
    died: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def progressed(self) -> bool:
        return self.works()

    def heal(self) -> None:
        """Start again any node that went down by itself (counted), and wait until it is back in sync; after a kill
        still being restarted, wait for that instead."""
        with self.lock:
            self._heal()

    def _heal(self) -> None:
        for node in self.cluster.nodes:
            if node.running_pid() is None:
                self.died.append(f"kafka node {node.node_id} exited by itself (log {node.process.log_file}); "
                                 "started again")
                self.cluster.start_node(node.node_id)
                self.cluster.wait_in_sync(node.node_id)

    def kill_and_restart(self) -> None:
        with self.lock:
            self._heal()
            node = self.rng.choice(self.cluster.nodes).node_id
            killed = time.monotonic()
            self.cluster.kill_node(node)
            self.kills += 1
            self.cluster.start_node(node)
            back = time.monotonic()
            self.cluster.wait_in_sync(node)
            self.done.append(NodeKill(node, killed, back, time.monotonic()))


Series = tuple[str, dict[str, str]]
#: The counters `Pulse` samples: (role, what shows its progress, what counts a send that failed after its retries).
PULSE: dict[str, tuple[Series, list[Series]]] = {
    "loadgen": (("logwarden_producer_messages_total", {"outcome": "delivered"}),
                [("logwarden_producer_messages_total", {"outcome": o})
                 for o in ("delivery_error", "dropped_buffer_full", "dropped_error")]),
    "worker": (("logwarden_worker_routed_total", {}), [("logwarden_worker_delivery_errors_total", {})]),
}


@dataclass
class Pulse:
    """Samples the load generator's acknowledged sends and the worker's routed outputs every `interval` seconds, with
    the pid of the run that reported them, so that how long each waited around a broker kill can be read back after
    the trial (from outside, as an operator's Prometheus would, only finer)."""

    roles: dict[str, Role]
    interval: float = 0.2
    #: role -> (monotonic time, pid, progress counter, failures counter)
    samples: dict[str, list[tuple[float, int, float, float]]] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        while not self.stop.wait(self.interval):
            for name, role in self.roles.items():
                proc = role.proc
                samples = scrape(role.port)
                if proc is None or not samples:
                    continue
                (metric, labels), failures = PULSE[name]
                self.samples.setdefault(name, []).append(
                    (time.monotonic(), proc.pid, _total(samples, metric, labels),
                     sum(_total(samples, m, ls) for m, ls in failures)))

    def failures(self, name: str) -> int:
        """Sends (outputs) that failed after their retries, over every run of the process (each starts at 0)."""
        most: dict[int, float] = {}
        for _, pid, _, failed in self.samples.get(name, []):
            most[pid] = max(most.get(pid, 0.0), failed)
        return int(sum(most.values()))

    def stall(self, name: str, start: float, end: float) -> float | None:
        """The longest time without a single increase of the role's progress counter between `start` and `end` (the
        last increase before `start`, at most a second before, opens the first stretch), over the run of the process
        that was working at `start`. When that run was killed in the window (a kill of its own), the window ends
        there, and the kill is not measured unless the counter moved again before: its restart is not a wait for
        Kafka. None when not measured."""
        samples = self.samples.get(name, [])
        before = [s for s in samples if s[0] < start]
        if not before:
            return None
        _, pid, previous, _ = before[-1]
        inside = []
        for sample in (s for s in samples if start <= s[0] <= end):
            if sample[1] != pid:
                break
            inside.append(sample)
        restarted = len(inside) < sum(1 for s in samples if start <= s[0] <= end)
        since = before[-1][0]
        for t, run, value, _ in reversed(before):  # when the counter last moved
            if run != pid or value < previous or t < start - 1.0:
                break
            since = t
        longest, moved = 0.0, False
        for t, _, value, _ in inside:
            if value > previous:
                longest, since, previous, moved = max(longest, t - since), t, value, True
        if restarted:
            return longest if moved else None
        return max(longest, inside[-1][0] - since) if inside else None  # a stall still open at the window's end


@dataclass
class BrokerFigures:
    """What the broker kills cost the clients: per kill, how long the producers and the worker waited."""

    kills: list[NodeKill]
    producer_waits: list[float]  # seconds without an acknowledged send, one per kill measured
    worker_waits: list[float]  # seconds without a routed output, one per kill measured
    produce_failures: int  # sends that failed after their retries (must be 0)
    worker_delivery_errors: int

    def lines(self) -> list[str]:
        restart = [k.back - k.killed for k in self.kills]
        sync = [k.in_sync - k.killed for k in self.kills]
        per_node = Counter(k.node for k in self.kills)
        nodes = ", ".join(f"{n}: {c}" for n, c in sorted(per_node.items()))
        return [f"  broker kills: {len(self.kills)} (node {nodes}); node answering again after {_spread(restart)}, "
                f"back in the ISR of all its partitions after {_spread(sync)}",
                f"  producers waited (no acknowledged send, load generator): {_spread(self.producer_waits)} "
                f"over {len(self.producer_waits)} kills measured",
                f"  the worker waited (no routed output): {_spread(self.worker_waits)} over {len(self.worker_waits)} "
                "kills measured",
                f"  sends failed after their retries: {self.produce_failures} (load generator); worker outputs Kafka "
                f"did not acknowledge: {self.worker_delivery_errors}"]


def _spread(values: list[float]) -> str:
    return f"p50 {median(values):.1f}s, max {max(values):.1f}s" if values else "n/a"


def broker_figures(killer: NodeKiller, pulse: Pulse, loadgen_log: Path) -> BrokerFigures:
    """Per broker kill, the longest stall of the producer's acks and of the worker's output from the kill until the
    node is back in sync (a kill that fell while the process itself was being restarted is not measured)."""
    waits: dict[str, list[float]] = {"loadgen": [], "worker": []}
    for kill in killer.done:
        for name, found in waits.items():
            stall = pulse.stall(name, kill.killed, kill.in_sync + 2.0)
            if stall is not None:
                found.append(stall)
    failures = pulse.failures("loadgen")
    with contextlib.suppress(OSError):  # a failure between two samples, just before a kill, is still in the log
        if not failures and "delivery to kafka failed" in loadgen_log.read_text(errors="replace"):
            failures = 1
    return BrokerFigures(killer.done, waits["loadgen"], waits["worker"], failures, pulse.failures("worker"))


# --- what S3 and the topics hold ---


def s3_records(settings: Settings, key_of: Callable[[str, dict], str]) -> Counter[str]:
    """Records in the bucket, counted by key_of(route, record): (route, event_id), or a line's path."""
    client = s3_client(settings)
    found: Counter[str] = Counter()
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=settings.s3_bucket):
        for item in page.get("Contents", []):
            route = item["Key"].split("/", 1)[0]
            body = client.get_object(Bucket=settings.s3_bucket, Key=item["Key"])["Body"].read()
            for line in gzip.decompress(body).splitlines():
                if line.strip():
                    found[key_of(route, orjson.loads(line))] += 1
    return found


def topic_copies(settings: Settings, policy: Policy, key_of: Callable[[str, dict], str]) -> Counter[str]:
    """Records in the purpose topics (what the worker wrote, re-routes and re-sends included), by the same key."""
    from kafka import KafkaConsumer

    from pipeline.cluster.lag import partition_ends
    from pipeline.cluster.login import kafka_login

    found: Counter[str] = Counter()
    for route in policy.routes:
        topic = settings.topic(route.topic.name)
        ends = partition_ends(settings, [topic])
        consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap.split(","), enable_auto_commit=False,
                                 **kafka_login(settings, "admin").client_args())
        try:
            consumer.assign(list(ends))
            consumer.seek_to_beginning(*ends)
            while any(consumer.position(tp) < end for tp, end in ends.items()):
                for batch in consumer.poll(timeout_ms=500).values():
                    for record in batch:
                        found[key_of(route.name, orjson.loads(record.value))] += 1
        finally:
            consumer.close()
    return found


def by_event(route: str, record: dict) -> str:
    return f"{route}:{record['event_id']}"


def by_path(route: str, record: dict) -> str:
    return f"{route}:{record['request']['path']}"


def expected_records(settings: Settings, policy: Policy, events: int, seed: int) -> Counter[str]:
    """(route, event_id) of every output the pipeline must store for the load generator's seeded sequence: the
    pure core routes each event (no network), as the worker will."""
    router = Router(policy, HMAC_KEY.encode(), "k1", settings.topic_prefix, settings.max_message_bytes)
    traffic = TrafficGenerator(seed=seed, malformed_share=0.0, oversized_bytes=settings.max_message_bytes + 1024)
    expected: Counter[str] = Counter()
    for _ in range(events):
        raw = traffic.message()
        event_id = orjson.loads(raw)["event_id"]
        for output in router.route(raw).outputs:
            expected[f"{output.route}:{event_id}"] += 1
    return expected


# --- the trials ---


@dataclass
class Trial:
    """What every trial shares: the environment of its processes, its settings, its folder."""

    base_env: dict[str, str]
    home: Path
    say: Say
    settings: Settings = field(init=False)
    policy: Policy = field(init=False)
    env: dict[str, str] = field(init=False)
    worker: Role = field(init=False)
    sink: Role = field(init=False)
    died: list[str] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        run = uuid.uuid4().hex[:8]
        self.home.mkdir(parents=True, exist_ok=True)
        self.env = {**self.base_env, "LOGWARDEN_TOPIC_PREFIX": f"crash{run}.", "LOGWARDEN_S3_BUCKET": f"crash-{run}",
                    "LOGWARDEN_WORKER_GROUP": f"pipeline-{run}", "LOGWARDEN_SINK_GROUP": f"sink-{run}",
                    "LOGWARDEN_STATE_DIR": str(self.home / "state"), "LOGWARDEN_HMAC_KEY": HMAC_KEY,
                    "LOGWARDEN_CANARY_INTERVAL_SECONDS": "0", "LOGWARDEN_SINK_MAX_AGE_SECONDS": "2",
                    "LOGWARDEN_LOG_FORMAT": "json", "LOGWARDEN_PROMETHEUS_URL": ""}
        self.settings = Settings.from_env(self.env)
        self.policy = load_policy(self.settings.policy_file)
        ensure_topics_with_acls(self.settings, self.policy)
        ensure_bucket(s3_client(self.settings), self.settings.s3_bucket, self.settings.s3_region)
        self.worker = self.role("worker", ["worker"], "LOGWARDEN_WORKER_METRICS_PORT")
        self.sink = self.role("sink", ["sink"], "LOGWARDEN_SINK_METRICS_PORT")

    def role(self, name: str, args: list[str], port_variable: str) -> Role:
        port = free_port()
        return Role(name, args, {**self.env, port_variable: str(port)}, port, self.home / f"{name}.log")

    def run(self, feeder: Role, feed: Callable[[], bool], victims: list[str], kills: int, seconds: float,
            seed: int, timeout: float, during_feed: tuple[tuple[Victim, int], ...] = ()) -> tuple[dict[str, int],
                                                                                                list[str]]:
        """Start the worker and the sink, feed the input while the victims are killed, then wait until both groups
        have caught up. `during_feed`: more victims (Kafka's nodes), each with its own number of kills, killed only
        while the input is fed. Returns kills per victim and what went wrong on the way (what exited by itself goes
        to `died`)."""
        worker, sink = self.worker, self.sink
        roles = {"worker": worker, "sink": sink, feeder.name: feeder}
        failed: list[str] = []
        # the feeder stops working when the input is all sent; the worker and the sink work until they have caught
        # up, so their kills may still fall in that tail (a restart under load can take longer than its slot)
        fed, finished = threading.Event(), threading.Event()
        rng = random.Random(seed)
        for role in roles.values():
            role.start()
        # the kills are planned over the first 70 % of the feed, so that a slow restart leaves room for the last one
        threads = [threading.Thread(target=chaos, daemon=True,
                                    args=(roles[v], kills, seconds * 0.7, random.Random(rng.random()),
                                          fed if v == feeder.name else finished, failed))
                   for v in victims]
        threads += [threading.Thread(target=chaos, daemon=True,
                                     args=(victim, n, seconds * 0.7, random.Random(rng.random()), fed, failed))
                    for victim, n in during_feed]
        try:
            for thread in threads:
                thread.start()
            deadline = time.monotonic() + timeout
            while not feed():
                for role in (worker, sink):
                    code = role.exited()
                    if code is not None:
                        self.died.append(f"{role.name} exited by itself (code {code}; its log ends: "
                                         f"{tail(role.log, 1)!r}); started again")
                        role.start()
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the input was not all sent within {timeout:.0f}s")
                time.sleep(0.2)
            fed.set()
            raw = [self.settings.topic(self.policy.raw.name)]
            routes = [self.settings.topic(r.topic.name) for r in self.policy.routes]

            def caught_up() -> bool:
                return (_caught_up(self.settings, self.settings.worker_group, raw)
                        and _caught_up(self.settings, self.settings.sink_group, routes))

            # caught up with every kill done; a kill still waiting for work once all is caught up never comes
            _await(lambda: caught_up() and not any(t.is_alive() for t in threads), timeout,
                   "the worker and the sink to catch up", settle=lambda: caught_up())
        finally:
            fed.set()
            finished.set()
            for role in roles.values():
                code = role.stop()
                if code not in (0, None):
                    failed.append(f"{role.name} ended with exit {code} at the end of the trial (log {role.log})")
        return {**{v: roles[v].kills for v in victims}, **{v.name: v.kills for v, _ in during_feed}}, failed


def _caught_up(settings: Settings, group: str, topics: list[str]) -> bool:
    try:
        lag = group_lag(settings, group, topics)
    except Exception:  # noqa: BLE001 - a broker busy with a rebalance answers next time
        return False
    return bool(lag) and not any(lag.values())


def pipeline_trial(base_env: dict[str, str], home: Path, *, events: int, rate: float, kills: int, seed: int,
                   say: Say, cluster: KafkaCluster | None = None, broker_kills: int = 0) -> TrialReport:
    """Worker, sink and load generator killed `kills` times each while N seeded events go through; with `cluster`
    (the three-node cluster every client of `base_env` bootstraps from), a random node of it too, `broker_kills`
    times while the events are sent, each back in sync before the next."""
    started = time.monotonic()
    trial = Trial(base_env, home, say)
    expected = expected_records(trial.settings, trial.policy, events, seed)
    checkpoint = home / "loadgen.checkpoint"
    loadgen = trial.role("loadgen", ["produce", "--count", str(events), "--rate", str(rate), "--seed", str(seed),
                                     "--malformed-share", "0", "--checkpoint", str(checkpoint)],
                         "LOGWARDEN_PRODUCER_METRICS_PORT")

    def fed() -> bool:
        code = loadgen.exited()
        if code is None:
            return False
        from producers.loadgen import read_checkpoint

        if code == 0 and read_checkpoint(checkpoint) >= events:
            return True
        trial.died.append(f"the load generator exited with {code} by itself (its log ends: {tail(loadgen.log, 1)!r}); "
                          "started again")
        with loadgen.lock:
            loadgen.start()
        return False

    killer = pulse = None
    if cluster is not None and broker_kills:
        # a node is killed while the load generator's current run has acknowledged sends: the pipeline is fed
        killer = NodeKiller(cluster, loadgen.progressed, random.Random(seed))
        pulse = Pulse({"loadgen": loadgen, "worker": trial.worker})
        threading.Thread(target=pulse.run, daemon=True).start()
    say(f"pipeline trial: {events:,} events at {rate:g}/s, {kills} kills each of worker, sink, load generator"
        + (f", {broker_kills} of a random Kafka node of {len(cluster.nodes)}" if killer and cluster else "") + " ...")
    try:
        kills_done, failed = trial.run(loadgen, fed, ["worker", "sink", "loadgen"], kills, events / rate, seed,
                                       timeout=events / rate * 4 + 300,
                                       during_feed=((killer, broker_kills),) if killer else ())
    finally:
        if pulse is not None:
            pulse.stop.set()
    planned = dict.fromkeys(kills_done, kills)
    figures = None
    if killer is not None and pulse is not None:
        killer.heal()
        trial.died.extend(killer.died)
        planned["broker"] = broker_kills
        figures = broker_figures(killer, pulse, loadgen.log)
    return _report("pipeline", trial, events, expected, by_event, kills_done, planned, started, failed, figures)


def tailer_trial(base_env: dict[str, str], home: Path, *, lines: int, rate: float, kills: int, seed: int,
                 say: Say) -> TrialReport:
    """`tail-log` killed `kills` times while a web server appends `lines` access-log lines at `rate` a second."""
    started = time.monotonic()
    trial = Trial(base_env, home, say)
    log = home / "access.log"
    log.touch()
    tailer = trial.role("tailer", ["tail-log", str(log)], "LOGWARDEN_TAILER_METRICS_PORT")
    written = [0]
    writer_done = threading.Event()

    def web_server() -> None:
        begun = time.monotonic()
        while written[0] < lines:
            due = min(lines, int((time.monotonic() - begun) * rate) + 1)
            with open(log, "a", encoding="utf-8") as out:
                out.write("".join(access_line(i) for i in range(written[0], due)))
            written[0] = due
            time.sleep(0.05)
        writer_done.set()

    expected = Counter({f"analytics:/t/{i}": 1 for i in range(lines)})
    # the tailer may have the last lines in hand when the input ends: done once S3 has them all
    tail_done = [False]

    def fed() -> bool:
        if not writer_done.is_set():
            return False
        if not tail_done[0]:
            tail_done[0] = _caught_up_tailer(tailer, lines)
        return tail_done[0]

    say(f"tailer trial: {lines:,} access-log lines at {rate:g}/s, {kills} kills of tail-log ...")
    threading.Thread(target=web_server, daemon=True).start()
    kills_done, failed = trial.run(tailer, fed, ["tailer"], kills, lines / rate, seed, timeout=lines / rate * 4 + 300)
    return _report("tailer", trial, lines, expected, by_path, kills_done, {"tailer": kills}, started, failed)


def _caught_up_tailer(tailer: Role, lines: int) -> bool:
    """Has the tailer's checkpoint reached the end of the file (every line acknowledged by Kafka)?"""
    folder = Path(tailer.env["LOGWARDEN_STATE_DIR"]) / "tail-log"
    size = sum(len(access_line(i)) for i in range(lines))
    for path in folder.glob("*.json"):
        with contextlib.suppress(OSError, orjson.JSONDecodeError):
            if any(p.get("offset", 0) >= size for p in orjson.loads(path.read_bytes()).values()):
                return True
    return False


def access_line(i: int) -> str:
    """The i-th line a trial's "web server" writes: combined format, the line's number in its path (/t/<i>)."""
    return (f'203.0.113.{i % 250 + 1} - - [24/Nov/2026:18:40:36 +0300] "GET /t/{i} HTTP/1.1" 200 5120 '
            '"https://www.google.com/" "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"\n')


def _report(name: str, trial: Trial, events: int, expected: Counter[str], key_of: Callable[[str, dict], str],
            kills: dict[str, int], planned: dict[str, int], started: float, notes: list[str],
            brokers: BrokerFigures | None = None) -> TrialReport:
    found = s3_records(trial.settings, key_of)
    copies = topic_copies(trial.settings, trial.policy, key_of)
    lost = sum(1 for key in expected if key not in found)
    duplicated = sum(n - 1 for n in found.values() if n > 1)
    unexpected = sum(n for key, n in found.items() if key not in expected)
    if unexpected:
        notes.append(f"{unexpected} records in S3 the trial did not send")
    dropped = sum(max(0, n - found[key]) for key, n in copies.items() if key in found)
    return TrialReport(name, events, sum(expected.values()), kills, planned, lost, duplicated + unexpected, dropped,
                       time.monotonic() - started, notes, trial.died, brokers)


# --- the command ---


@dataclass
class Servers:
    """The servers the trials run against: the LOGWARDEN_* environment of their processes, and the three-node
    cluster when the trials started one of their own (`--brokers 3`)."""

    env: dict[str, str]
    cluster: KafkaCluster | None = None


@contextlib.contextmanager
def local_servers(home: Path, say: Say, brokers: int = 1) -> Iterator[Servers]:
    """A Kafka broker (or, with `brokers` 3, a cluster of three nodes) and an S3 server of the trials' own, or the
    ones the environment names (a single broker only: the broker trial must be able to kill and start its nodes)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOGWARDEN_")}
    given = {k: v for k, v in os.environ.items() if k.startswith("LOGWARDEN_KAFKA") or k == "LOGWARDEN_S3_ENDPOINT"}
    base = Settings.from_env({})
    stoppable: list[KafkaBroker | KafkaCluster | MotoS3Server] = []
    cluster = None
    try:
        if os.environ.get("LOGWARDEN_KAFKA_BOOTSTRAP"):
            env.update({k: v for k, v in given.items() if k.startswith("LOGWARDEN_KAFKA")})
        else:
            principals = load_principals(base.principals_file, load_policy(base.policy_file))
            common: dict[str, Any] = {"java_home": base.java_home, "cache_dir": base.state_dir,
                                      "secrets": home / "kafka-secrets", "admin": principals.admin,
                                      "users": tuple(principals.users())}
            if brokers == 1:
                broker = KafkaBroker(home / "kafka", "127.0.0.1", free_port(), free_port(), heap="512m", **common)
                say(f"kafka: starting a broker of the trials' own ({broker.bootstrap}) ...")
                stoppable.append(broker)
                broker.start()
                first = broker
            else:
                cluster = local_cluster(home / "kafka-cluster", "127.0.0.1",
                                        [(free_port(), free_port()) for _ in range(brokers)], heap="384m", **common)
                say(f"kafka: starting a cluster of {brokers} nodes of the trials' own ({cluster.bootstrap}) ...")
                stoppable.append(cluster)
                cluster.start()
                first = cluster.nodes[0]
            # every client bootstraps from every node, so that it finds the cluster whichever node is down
            env.update({"LOGWARDEN_KAFKA_BOOTSTRAP": cluster.bootstrap if cluster else first.bootstrap,
                        "LOGWARDEN_KAFKA_SECURITY_PROTOCOL": first.security,
                        "LOGWARDEN_KAFKA_SECRETS_DIR": str(first.secrets_dir)})
        if os.environ.get("LOGWARDEN_S3_ENDPOINT"):
            env["LOGWARDEN_S3_ENDPOINT"] = os.environ["LOGWARDEN_S3_ENDPOINT"]
        else:
            s3 = MotoS3Server(home / "s3", "127.0.0.1", free_port())
            stoppable.append(s3)
            s3.start()
            env["LOGWARDEN_S3_ENDPOINT"] = s3.endpoint
        yield Servers(env, cluster)
    finally:
        for server in reversed(stoppable):
            server.stop()


def run_trials(servers: Servers, home: Path, *, events: int, rate: float, lines: int, line_rate: float,
               kills: int, seed: int, say: Say, broker_kills: int = 0) -> list[TrialReport]:
    """The pipeline trial, then the tailer's; on a cluster of the trials' own, the pipeline trial kills its nodes
    too and is the only one (the tailer's kills are the same with one node or three)."""
    reports = [pipeline_trial(servers.env, home / "pipeline", events=events, rate=rate, kills=kills, seed=seed,
                              say=say, cluster=servers.cluster, broker_kills=broker_kills)]
    for line in reports[-1].lines():
        say(line)
    if servers.cluster is not None:
        return reports
    reports.append(tailer_trial(servers.env, home / "tailer", lines=lines, rate=line_rate, kills=kills, seed=seed + 1,
                                say=say))
    for line in reports[-1].lines():
        say(line)
    return reports


#: Events of the broker trial by default: 20 node kills, each back in sync before the next, need a longer feed.
BROKER_TRIAL_EVENTS = 160_000


@click.command()
@click.option("--events", type=int, default=None,
              help="Events the load generator sends.  [default: 60,000; 160,000 with --brokers 3]")
@click.option("--rate", default=200.0, show_default=True, help="Events per second.")
@click.option("--lines", default=30_000, show_default=True, help="Access-log lines in the tailer's trial.")
@click.option("--line-rate", default=200.0, show_default=True, help="Lines per second.")
@click.option("--kills", default=20, show_default=True, help="SIGKILLs of each kind of process.")
@click.option("--brokers", type=click.Choice(["1", "3"]), default="1", show_default=True,
              help="Kafka nodes of the trials' own cluster. 3: the broker trial, which also SIGKILLs a random node "
                   "--broker-kills times while the load generator sends (and runs no tailer trial).")
@click.option("--broker-kills", type=int, default=None, help="Node kills of the broker trial.  [default: --kills]")
@click.option("--seed", default=1, show_default=True, help="Seed of the events and of the moments of the kills.")
def main(events: int | None, rate: float, lines: int, line_rate: float, kills: int, brokers: str,
         broker_kills: int | None, seed: int) -> None:
    """Kill the worker, the sink, the load generator and the tailer while they work (with --brokers 3, Kafka's
    nodes too); count S3 by event_id. Exit 0 when nothing was lost or duplicated and nothing died by itself, 1 when
    something was, 2 for a usage error."""
    size = int(brokers)
    if size > 1 and os.environ.get("LOGWARDEN_KAFKA_BOOTSTRAP"):
        raise click.UsageError("the broker trial kills and restarts the nodes of a cluster of its own: unset "
                               "LOGWARDEN_KAFKA_BOOTSTRAP")
    if events is None:
        events = BROKER_TRIAL_EVENTS if size > 1 else 60_000
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="logwarden-crash-") as folder, \
            local_servers(Path(folder), click.echo, brokers=size) as servers:
        reports = run_trials(servers, Path(folder), events=events, rate=rate, lines=lines, line_rate=line_rate,
                             kills=kills, seed=seed, say=click.echo,
                             broker_kills=(kills if broker_kills is None else broker_kills) if size > 1 else 0)
    ok = all(r.ok for r in reports)
    totals = Counter[str]()
    for report in reports:
        totals.update(report.kills)
    click.echo(f"\nall trials: {sum(r.events for r in reports):,} events, kills "
               + ", ".join(f"{k} {n}" for k, n in totals.items())
               + f"; lost {sum(r.lost for r in reports)}, duplicated {sum(r.duplicated for r in reports)}, "
               f"duplicates dropped by the sink {sum(r.dropped_by_sink for r in reports)}, exited by themselves "
               f"{sum(len(r.died) for r in reports)}; {time.monotonic() - started:.0f}s: {'PASS' if ok else 'FAIL'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
