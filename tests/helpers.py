"""Shared test tools: logwarden processes as subprocesses, reading topics, scraping /metrics."""

from __future__ import annotations

import contextlib
import math
import os
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import orjson
from kafka import KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord

from pipeline.dev.scrape import metric, scrape  # noqa: F401 - the tests' way to read /metrics
from pipeline.settings import PROJECT_ROOT

if TYPE_CHECKING:
    import socket
    from collections import Counter

    from pipeline.policy import Policy
    from pipeline.settings import Settings


def cpu_cost(function: Callable[[str], object], text: str, runs: int = 3, chars: int = 0) -> float:
    """Seconds per call of `function(text)`: this thread's CPU time, not wall time (under `make test` other tests and
    servers share the cores; a super-linear pattern costs CPU whoever else runs), the best of `runs` runs, each
    reading at least `chars` characters (a shorter text is called again). Each call gets its own copy of the text: the
    detectors keep what they read of the last text they were given (by identity), which a new event never finds, and a
    short text called again on one object would cost too little (1 KB read four times a run looked four times cheaper
    than once, a false 2.5x per doubling of the length)."""
    repeats = max(1, chars // len(text))
    best = math.inf
    for _ in range(runs):
        copies = [text[:1] + text[1:] for _ in range(repeats)]
        start = time.thread_time()
        for copy in copies:
            function(copy)
        best = min(best, time.thread_time() - start)
    return best / repeats


def wait_for(condition: Callable[[], bool], timeout: float, what: str, interval: float = 0.2) -> None:
    """Poll a condition instead of sleeping a fixed time; fail with what was awaited."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


@dataclass
class Process:
    """A `logwarden` subcommand running as its own process, as in production."""

    args: list[str]
    env: dict[str, str]
    log_path: Path
    proc: subprocess.Popen[bytes] | None = field(default=None, init=False)

    def start(self) -> Process:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", *self.args], env=self.env,
                                         stdout=log, stderr=subprocess.STDOUT)
        return self

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill9(self) -> None:
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def terminate(self, timeout: float = 60) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                return self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
                raise AssertionError(
                    f"{self.args} did not stop within {timeout}s of SIGTERM; log:\n{self.log()}") from None
        return self.proc.returncode

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-5000:]


def read_topic(settings: Settings, topic: str, expected: int | Callable[[list[ConsumerRecord]], bool] | None,
               timeout: float = 90, role: str = "admin") -> list[ConsumerRecord]:
    """Every record of a topic from the beginning, until `expected` records (or a predicate on them) hold.

    `None` reads up to the partitions' ends as they stand when the read starts: every record, copies included.
    """
    from pipeline.cluster.login import kafka_login

    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap, enable_auto_commit=False,
                             consumer_timeout_ms=500, fetch_max_bytes=16 * 1024 * 1024,
                             max_partition_fetch_bytes=16 * 1024 * 1024, **kafka_login(settings, role).client_args())
    records: list[ConsumerRecord] = []
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        if expected is None:
            ends = consumer.end_offsets(partitions)
            done = lambda got: all(consumer.position(tp) >= end for tp, end in ends.items())  # noqa: E731
        else:
            done = (lambda got: len(got) >= expected) if isinstance(expected, int) else expected
        deadline = time.monotonic() + timeout
        while not done(records) and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=500).values():
                records.extend(batch)
    finally:
        consumer.close()
    return records


def covers_event_ids(want: set[str]) -> Callable[[list[ConsumerRecord]], bool]:
    """A `read_topic` predicate: every wanted event_id is among the records read (checked incrementally).

    Between stages the pipeline is at-least-once, so a purpose topic can hold a re-routed copy; a count of
    records would then be reached before the last distinct event is read, and the test would call it lost.
    """
    seen: set[str] = set()
    done = [0]

    def covered(records: list[ConsumerRecord]) -> bool:
        for record in records[done[0]:]:
            seen.add(orjson.loads(record.value)["event_id"])
        done[0] = len(records)
        return want <= seen

    return covered


class TcpProxy:
    """A real TCP hop between a client and a server that a test can cut or stall.

    `down()` closes the listening socket and every connection (the server is unreachable);
    `up()` listens again on the same port. `hold()` lets requests through but keeps the
    server's answers back, so a request is done on the server while its client still waits.
    """

    def __init__(self, target_host: str, target_port: int, port: int = 0) -> None:
        import threading

        self.target = (target_host, target_port)
        self.port = port  # 0: any free port
        self._threading = threading
        self._released = threading.Event()
        self._released.set()
        self._lock = threading.Lock()
        self._sockets: list = []
        self._listener = None
        self.up()

    @property
    def is_up(self) -> bool:
        return self._listener is not None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def up(self) -> None:
        import socket

        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def down(self) -> None:
        import socket

        with self._lock:
            listener, self._listener = self._listener, None
            sockets, self._sockets = self._sockets, []
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def hold(self) -> None:
        self._released.clear()

    def release(self) -> None:
        self._released.set()

    def _accept(self, listener: socket.socket) -> None:
        import socket

        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, server]
            self._threading.Thread(target=self._pump, args=(client, server, False), daemon=True).start()
            self._threading.Thread(target=self._pump, args=(server, client, True), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, answers: bool) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if answers:
                    self._released.wait()
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.close()


def group_caught_up(settings: Settings, group: str, topics: list[str]) -> bool:
    """True when the consumer group has committed every partition of the topics up to its end."""
    from kafka.errors import KafkaError

    from pipeline.cluster.lag import group_lag

    try:
        lag = group_lag(settings, group, topics)
    except KafkaError as exc:
        if exc.retriable:  # a fresh broker still loading its offsets topic (CoordinatorNotAvailable): not yet
            return False
        raise
    return bool(lag) and not any(lag.values())


def route_outputs(settings: Settings, policy: Policy, topics: dict[str, str], count: int,
                  seed: int) -> Counter[tuple[str, str]]:
    """Scrubbed events in the purpose topics, as the worker writes them; (route, event_id) of each."""
    from collections import Counter

    import orjson

    from pipeline.scrub import Router
    from producers.kafka_producer import LogProducer
    from producers.synthetic import TrafficGenerator

    router = Router(policy, b"s" * 32, "k1", settings.topic_prefix)
    generator = TrafficGenerator(seed=seed)
    producers = {route.name: LogProducer(settings, topics[route.name], role="admin") for route in policy.routes}
    expected: Counter[tuple[str, str]] = Counter()
    while sum(expected.values()) < count:
        for output in router.route(orjson.dumps(generator.event())).outputs:
            assert producers[output.route].send(output.value, key=output.key, wait=True)
            expected[(output.route, output.key.decode())] += 1
    for producer in producers.values():
        producer.close()
    return expected


def without_canaries(events: list[dict]) -> tuple[list[dict], int]:
    """Events minus the leak canaries a raw-topic producer sends along (producers/canary.py), and their number."""
    from pipeline.wire import CANARY_ACTION

    real = [e for e in events if e.get("action", {}).get("name") != CANARY_ACTION]
    return real, len(events) - len(real)


def assert_detected(kind: str, text: str, identifier: str, source: str) -> None:
    """A detector table's positive case: a detection of `kind` covers the identifier, and redaction removes it."""
    from pipeline.privacy.redact import Redactor, detect

    found = detect(text)
    start = text.index(identifier)
    assert any(d.kind == kind and d.start <= start and start + len(identifier) <= d.end for d in found), (source, found)
    assert identifier not in Redactor().text(text), source


def assert_kept_as_written(text: str, source: str) -> None:
    """A detector table's look-alike: the text leaves exactly as it came."""
    from pipeline.privacy.redact import Redactor

    assert Redactor().text(text) == text, source


def analysts_query(bucket: str, env: dict[str, str]) -> list[dict]:
    """docs/analysts.md's `logwarden query` command, as written (only the bucket name changed), run against the
    S3 that `env` names: DuckDB with the S3 extension the project pins, no download. The rows it printed."""
    guide = (PROJECT_ROOT / "docs" / "analysts.md").read_text()
    section = guide[guide.index("## Querying with DuckDB"):]
    command = section[section.index("```sh\n") + 6:section.index("\n```", section.index("```sh\n"))]
    assert command.startswith("logwarden query ")
    sql = shlex.split(command)[2].replace("s3://logwarden-logs/", f"s3://{bucket}/")
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "query", sql, "--format", "jsonl"], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return [orjson.loads(line) for line in result.stdout.splitlines()]


#: Every port a logwarden process serves /metrics on.
METRICS_PORT_SETTINGS = ("LOGWARDEN_WORKER_METRICS_PORT", "LOGWARDEN_SINK_METRICS_PORT",
                         "LOGWARDEN_PRODUCER_METRICS_PORT", "LOGWARDEN_TAILER_METRICS_PORT")


def free_metrics_ports() -> dict[str, str]:
    """A free loopback port for each process's /metrics: a test's process never takes a developer's running
    worker's or sink's default port (issue 24: `make test` failed beside a developer's own worker)."""
    from pipeline.dev.process import free_port

    return {name: str(free_port()) for name in METRICS_PORT_SETTINGS}


def ports_in_a_row(count: int) -> int:
    """A first port such that it and the `count - 1` after it are free (the supervisor's children take one each)."""
    import socket

    from pipeline.dev.process import free_port

    for _ in range(50):
        first = free_port()
        try:
            for port in range(first, first + count):
                with socket.socket() as probe:
                    probe.bind(("127.0.0.1", port))
        except OSError:
            continue
        return first
    raise AssertionError(f"no {count} free ports in a row")


def child_pids(pid: int) -> set[int]:
    """The live processes whose parent is `pid` (from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def can_read(settings: Settings, role: str, topic: str) -> bool | str:
    """True when the role reads the topic's records; the error's name when Kafka refuses (the ACL tests)."""
    from kafka.errors import KafkaError

    from pipeline.cluster.login import kafka_login

    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap, enable_auto_commit=False,
                             **kafka_login(settings, role).client_args())
    try:
        found = consumer.partitions_for_topic(topic)
        if not found:
            return "not visible"  # no DESCRIBE: Kafka answers as if the topic were not there
        partitions = [TopicPartition(topic, p) for p in sorted(found)]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        for _ in range(20):
            if consumer.poll(timeout_ms=500):
                return True
        return "no records"
    except KafkaError as exc:
        return type(exc).__name__
    finally:
        consumer.close()
