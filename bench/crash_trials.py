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

It starts its own Kafka broker and S3 server in a temporary folder (LOGWARDEN_KAFKA_BOOTSTRAP
and LOGWARDEN_S3_ENDPOINT point it at running ones instead), so it never touches `dev up`'s
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

import click
import orjson

from consumers.s3 import ensure_bucket, s3_client
from pipeline.cluster.acl import ensure_topics_with_acls
from pipeline.cluster.lag import group_lag
from pipeline.cluster.principals import load_principals
from pipeline.dev.kafka_server import KafkaBroker
from pipeline.dev.process import free_port
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
    planned_kills: int
    lost: int
    duplicated: int
    dropped_by_sink: int  # copies in the purpose topics minus copies in S3
    seconds: float
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.lost and not self.duplicated and all(n >= self.planned_kills for n in self.kills.values())

    def lines(self) -> list[str]:
        kills = ", ".join(f"{name} {n}" for name, n in self.kills.items())
        return [f"{self.name} trial: {self.events:,} events -> {self.records:,} records expected in S3, "
                f"{self.seconds:.0f}s",
                f"  kills (SIGKILL while working): {kills} (planned {self.planned_kills} each)",
                f"  lost {self.lost}, duplicated {self.duplicated}, duplicates dropped by the sink "
                f"{self.dropped_by_sink}", *(f"  note: {n}" for n in self.notes)]


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


def chaos(role: Role, kills: int, seconds: float, rng: random.Random, done: threading.Event,
          failed: list[str]) -> None:
    """Kill `role` `kills` times over about `seconds`: each at a random moment of its own slot, and only once the
    current run has shown progress; start it again at once. Stops early when `done` is set."""
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

    def role(self, name: str, args: list[str], port_variable: str) -> Role:
        port = free_port()
        return Role(name, args, {**self.env, port_variable: str(port)}, port, self.home / f"{name}.log")

    def run(self, feeder: Role, feed: Callable[[], bool], victims: list[str], kills: int, seconds: float,
            seed: int, timeout: float) -> tuple[dict[str, int], list[str]]:
        """Start the worker and the sink, feed the input while the victims are killed, then wait until both groups
        have caught up. Returns kills per victim and what went wrong on the way."""
        worker = self.role("worker", ["worker"], "LOGWARDEN_WORKER_METRICS_PORT")
        sink = self.role("sink", ["sink"], "LOGWARDEN_SINK_METRICS_PORT")
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
        try:
            for thread in threads:
                thread.start()
            deadline = time.monotonic() + timeout
            while not feed():
                for role in (worker, sink):
                    code = role.exited()
                    if code is not None:
                        failed.append(f"{role.name} exited by itself (code {code}); started again")
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
        return {v: roles[v].kills for v in victims}, failed


def _caught_up(settings: Settings, group: str, topics: list[str]) -> bool:
    try:
        lag = group_lag(settings, group, topics)
    except Exception:  # noqa: BLE001 - a broker busy with a rebalance answers next time
        return False
    return bool(lag) and not any(lag.values())


def pipeline_trial(base_env: dict[str, str], home: Path, *, events: int, rate: float, kills: int, seed: int,
                   say: Say) -> TrialReport:
    """Worker, sink and load generator killed `kills` times each while N seeded events go through."""
    started = time.monotonic()
    trial = Trial(base_env, home, say)
    expected = expected_records(trial.settings, trial.policy, events, seed)
    checkpoint = home / "loadgen.checkpoint"
    loadgen = trial.role("loadgen", ["produce", "--count", str(events), "--rate", str(rate), "--seed", str(seed),
                                     "--malformed-share", "0", "--checkpoint", str(checkpoint)],
                         "LOGWARDEN_PRODUCER_METRICS_PORT")
    notes: list[str] = []

    def fed() -> bool:
        code = loadgen.exited()
        if code is None:
            return False
        from producers.loadgen import read_checkpoint

        if code == 0 and read_checkpoint(checkpoint) >= events:
            return True
        notes.append(f"the load generator exited with {code} by itself; started again")
        with loadgen.lock:
            loadgen.start()
        return False

    say(f"pipeline trial: {events:,} events at {rate:g}/s, {kills} kills each of worker, sink, load generator ...")
    kills_done, failed = trial.run(loadgen, fed, ["worker", "sink", "loadgen"], kills, events / rate, seed,
                                   timeout=events / rate * 4 + 300)
    return _report("pipeline", trial, events, expected, by_event, kills_done, kills, started, notes + failed)


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
                out.write("".join(_access_line(i) for i in range(written[0], due)))
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
    return _report("tailer", trial, lines, expected, by_path, kills_done, kills, started, failed)


def _caught_up_tailer(tailer: Role, lines: int) -> bool:
    """Has the tailer's checkpoint reached the end of the file (every line acknowledged by Kafka)?"""
    folder = Path(tailer.env["LOGWARDEN_STATE_DIR"]) / "tail-log"
    size = sum(len(_access_line(i)) for i in range(lines))
    for path in folder.glob("*.json"):
        with contextlib.suppress(OSError, orjson.JSONDecodeError):
            if any(p.get("offset", 0) >= size for p in orjson.loads(path.read_bytes()).values()):
                return True
    return False


def _access_line(i: int) -> str:
    return (f'203.0.113.{i % 250 + 1} - - [24/Nov/2026:18:40:36 +0300] "GET /t/{i} HTTP/1.1" 200 5120 '
            '"https://www.google.com/" "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"\n')


def _report(name: str, trial: Trial, events: int, expected: Counter[str], key_of: Callable[[str, dict], str],
            kills: dict[str, int], planned: int, started: float, notes: list[str]) -> TrialReport:
    found = s3_records(trial.settings, key_of)
    copies = topic_copies(trial.settings, trial.policy, key_of)
    lost = sum(1 for key in expected if key not in found)
    duplicated = sum(n - 1 for n in found.values() if n > 1)
    unexpected = sum(n for key, n in found.items() if key not in expected)
    if unexpected:
        notes.append(f"{unexpected} records in S3 the trial did not send")
    dropped = sum(max(0, n - found[key]) for key, n in copies.items() if key in found)
    return TrialReport(name, events, sum(expected.values()), kills, planned, lost, duplicated + unexpected, dropped,
                       time.monotonic() - started, notes)


# --- the command ---


@contextlib.contextmanager
def local_servers(home: Path, say: Say) -> Iterator[dict[str, str]]:
    """A Kafka broker and an S3 server of the trials' own, or the ones the environment names; yields the
    LOGWARDEN_* environment of the trials' processes."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOGWARDEN_")}
    given = {k: v for k, v in os.environ.items() if k.startswith("LOGWARDEN_KAFKA") or k == "LOGWARDEN_S3_ENDPOINT"}
    base = Settings.from_env({})
    broker = s3 = None
    try:
        if os.environ.get("LOGWARDEN_KAFKA_BOOTSTRAP"):
            env.update({k: v for k, v in given.items() if k.startswith("LOGWARDEN_KAFKA")})
        else:
            principals = load_principals(base.principals_file, load_policy(base.policy_file))
            broker = KafkaBroker(home / "kafka", "127.0.0.1", free_port(), free_port(), heap="512m",
                                 java_home=base.java_home, cache_dir=base.state_dir, secrets=home / "kafka-secrets",
                                 admin=principals.admin, users=tuple(principals.users()))
            say(f"kafka: starting a broker of the trials' own ({broker.bootstrap}) ...")
            broker.start()
            env.update({"LOGWARDEN_KAFKA_BOOTSTRAP": broker.bootstrap,
                        "LOGWARDEN_KAFKA_SECURITY_PROTOCOL": broker.security,
                        "LOGWARDEN_KAFKA_SECRETS_DIR": str(broker.secrets_dir)})
        if os.environ.get("LOGWARDEN_S3_ENDPOINT"):
            env["LOGWARDEN_S3_ENDPOINT"] = os.environ["LOGWARDEN_S3_ENDPOINT"]
        else:
            s3 = MotoS3Server(home / "s3", "127.0.0.1", free_port())
            s3.start()
            env["LOGWARDEN_S3_ENDPOINT"] = s3.endpoint
        yield env
    finally:
        for server in (s3, broker):
            if server is not None:
                server.stop()


def run_trials(base_env: dict[str, str], home: Path, *, events: int, rate: float, lines: int, line_rate: float,
               kills: int, seed: int, say: Say) -> list[TrialReport]:
    reports = [pipeline_trial(base_env, home / "pipeline", events=events, rate=rate, kills=kills, seed=seed, say=say)]
    for line in reports[-1].lines():
        say(line)
    reports.append(tailer_trial(base_env, home / "tailer", lines=lines, rate=line_rate, kills=kills, seed=seed + 1,
                                say=say))
    for line in reports[-1].lines():
        say(line)
    return reports


@click.command()
@click.option("--events", default=60_000, show_default=True, help="Events the load generator sends.")
@click.option("--rate", default=200.0, show_default=True, help="Events per second.")
@click.option("--lines", default=30_000, show_default=True, help="Access-log lines in the tailer's trial.")
@click.option("--line-rate", default=200.0, show_default=True, help="Lines per second.")
@click.option("--kills", default=20, show_default=True, help="SIGKILLs of each kind of process.")
@click.option("--seed", default=1, show_default=True, help="Seed of the events and of the moments of the kills.")
def main(events: int, rate: float, lines: int, line_rate: float, kills: int, seed: int) -> None:
    """Kill the worker, the sink, the load generator and the tailer while they work; count S3 by event_id."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="logwarden-crash-") as folder, \
            local_servers(Path(folder), click.echo) as env:
        reports = run_trials(env, Path(folder), events=events, rate=rate, lines=lines, line_rate=line_rate,
                             kills=kills, seed=seed, say=click.echo)
    ok = all(r.ok for r in reports)
    totals = Counter[str]()
    for report in reports:
        totals.update(report.kills)
    click.echo(f"\nall trials: {sum(r.events for r in reports):,} events, kills "
               + ", ".join(f"{k} {n}" for k, n in totals.items())
               + f"; lost {sum(r.lost for r in reports)}, duplicated {sum(r.duplicated for r in reports)}, "
               f"duplicates dropped by the sink {sum(r.dropped_by_sink for r in reports)}; "
               f"{time.monotonic() - started:.0f}s: {'PASS' if ok else 'FAIL'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
