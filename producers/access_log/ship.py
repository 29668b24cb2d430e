"""`logwarden tail-log`: web servers that cannot run the middleware become sources through their logs.

The Follower (producers/access_log/follow.py) reads nginx/Apache access logs through rotation; each
line is parsed (producers/access_log/parse.py) into a `request/1` event and sent to logs.raw.
A line that cannot be parsed is counted and reported with its path, line number and
reason, never its text (it may hold an address). Positions are checkpointed to the state
folder only after Kafka has acknowledged every line before them, so a crash re-sends at
most the lines since the last checkpoint, under the same event ids, and loses none.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import orjson
from prometheus_client import Counter as PromCounter

from pipeline.settings import Settings
from producers.access_log.follow import Follower, Line, Position
from producers.access_log.parse import AccessLine, BadLine, parse_line
from producers.events import Client, Request, Source, request_event
from producers.kafka_producer import LogProducer

if TYPE_CHECKING:
    from pipeline.policy import Policy

log = logging.getLogger("logwarden.tailer")
LINES = PromCounter("logwarden_tailer_lines", "Access-log lines read, by outcome: sent, or why not "
                    "(a BadLine reason, overlong, partial_discarded)", ["outcome"])
ROTATIONS = PromCounter("logwarden_tailer_rotations", "Rotations followed, by kind", ["kind"])
for _outcome in ("sent", "no_match", "bad_time", "bad_request", "bad_status", "bad_bytes", "overlong",
                 "partial_discarded"):
    LINES.labels(outcome=_outcome)
for _kind in ("rename", "truncate"):
    ROTATIONS.labels(kind=_kind)
#: Namespace of the tailer's event ids: a line's id is derived from where it is in which file,
#: never from what it says, so a line sent again after a crash carries the same id.
_ID_SPACE = uuid.UUID("5b0c3c1e-8f0a-4d5e-9d7e-0c6a3a6f2b51")
#: How many unparsable lines a report keeps (all of them are counted).
_KEEP_REJECTS = 1000
#: How long a sent line may wait for Kafka's acknowledgement before it counts as undelivered (and the tailer stops):
#: the lines stay in their file, so the tailer waits out an outage of up to an hour (the producer's buffer bound
#: stops it reading meanwhile) instead of the two minutes a web server's producer holds events
DELIVERY_TIMEOUT_MS = 3_600_000


class Undelivered(RuntimeError):
    """Lines were sent and not acknowledged: the tailer stops with its positions before them."""


@dataclass
class TailReport:
    sent: int = 0
    rejected: Counter[str] = field(default_factory=Counter)  # reason -> lines
    rejects: list[tuple[str, int, str]] = field(default_factory=list)  # (path, line, reason), the first ones
    rotations: int = 0
    truncations: int = 0

    def reject(self, path: str, number: int, reason: str) -> None:
        self.rejected[reason] += 1
        LINES.labels(outcome=reason).inc()
        if len(self.rejects) < _KEEP_REJECTS:
            self.rejects.append((path, number, reason))
        log.warning("access-log line not sent", extra={"path": path, "line": number, "reason": reason})

    def line(self) -> str:
        why = ", ".join(f"{reason} {n}" for reason, n in sorted(self.rejected.items()))
        return (
            f"sent {self.sent} events; {sum(self.rejected.values())} lines not sent"
            + (f" ({why})" if why else "")
            + f"; {self.rotations} rotations, {self.truncations} truncations followed"
        )


class Checkpoints:
    """Where each followed file stands, in one JSON file written atomically (rename over the old one)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, Position]:
        try:
            raw = orjson.loads(self.path.read_bytes())
        except FileNotFoundError:
            return {}
        except orjson.JSONDecodeError:
            log.warning("checkpoint file unreadable; starting over", extra={"path": str(self.path)})
            return {}
        return {path: Position(**fields) for path, fields in raw.items()}

    def save(self, positions: dict[str, Position]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_bytes(orjson.dumps({path: asdict(p) for path, p in positions.items()}))
        os.replace(temporary, self.path)


def to_event(source: Source, host: str, line: Line, parsed: AccessLine) -> dict[str, object]:
    """The `request/1` event of one parsed line; its id is derived from the line's place in its file."""
    place = line.position
    event_id = str(uuid.uuid5(_ID_SPACE, f"{place.path}:{place.device}:{place.inode}:{place.offset}"))
    return request_event(
        source,
        Request(method=parsed.method, host=host, path=parsed.path, query=parsed.query, referrer=parsed.referrer),
        status=parsed.status,
        sent_bytes=parsed.bytes,
        duration_ms=None,
        client=Client(ip=parsed.ip, forwarded_for=parsed.forwarded_for, user_agent=parsed.user_agent),
        consent={},
        ts=parsed.ts,
        event_id=event_id,
    )


class Tailer:
    """Follows access logs into logs.raw until stopped (or, with `once`, until every file is read)."""

    def __init__(
        self,
        settings: Settings,
        producer: LogProducer,
        paths: Sequence[str],
        *,
        host: str = "",
        start_at: str = "beginning",
        checkpoint_every: float = 1.0,
    ) -> None:
        self.producer = producer
        self.source = producer.source
        self.host = host or settings.source_service
        name = "-".join(sorted(Path(p).name for p in paths))[:80]
        self.checkpoints = Checkpoints(settings.state_dir / "tail-log" / f"{name}-{_digest(paths)}.json")
        self.follower = Follower(
            [os.path.abspath(p) for p in paths], start_at=start_at, positions=self.checkpoints.load()
        )
        self.report = TailReport()
        self.checkpoint_every = checkpoint_every
        self._failures = self._failed_so_far()
        self._unreadable: dict[str, str] = {}
        self._unacknowledged = False  # the last checkpoint found lines Kafka had not acknowledged in time

    def run(self, stop: threading.Event, *, once: bool = False, idle: Callable[[], None] | None = None) -> TailReport:
        last_checkpoint = time.monotonic()
        try:
            while not stop.is_set():
                lines = self.follower.poll()
                for line in lines:
                    self._send(line)
                self._note_follower()
                if time.monotonic() - last_checkpoint >= self.checkpoint_every:
                    self._checkpoint()
                    last_checkpoint = time.monotonic()
                if not lines:
                    if once:
                        break
                    if idle is not None:
                        idle()
                    stop.wait(0.2)
            self._checkpoint()  # only after a clean run: an exception leaves the last good checkpoint
        finally:
            self.follower.close()
        return self.report

    def _send(self, line: Line) -> None:
        try:
            parsed = parse_line(line.text)
        except BadLine as exc:
            self.report.reject(line.path, line.number, exc.reason)
            return
        if not self.producer.emit(to_event(self.source, self.host, line, parsed), wait=True):
            raise Undelivered(f"{line.path}:{line.number} could not be queued; positions stay at the last checkpoint")
        self.report.sent += 1
        LINES.labels(outcome="sent").inc()

    def _note_follower(self) -> None:
        follower = self.follower
        rotations, truncations = follower.rotations, follower.truncations
        if rotations > self.report.rotations:
            ROTATIONS.labels(kind="rename").inc(rotations - self.report.rotations)
            log.info("followed a rotation", extra={"kind": "rename"})
        if truncations > self.report.truncations:
            ROTATIONS.labels(kind="truncate").inc(truncations - self.report.truncations)
            log.info("followed a rotation", extra={"kind": "truncate"})
        self.report.rotations, self.report.truncations = rotations, truncations
        for path, number in follower.overlong:
            self.report.reject(path, number, "overlong")
        for path, number in follower.discarded_partials:
            self.report.reject(path, number, "partial_discarded")
        for path in follower.stale_positions:
            log.warning(
                "saved position no longer applies (rotated while stopped?); reading from the start",
                extra={"path": path},
            )
        follower.overlong.clear()
        follower.discarded_partials.clear()
        follower.stale_positions.clear()
        if follower.unreadable != self._unreadable:  # say so once per change, not once per poll
            for path, why in follower.unreadable.items():
                if self._unreadable.get(path) != why:
                    log.warning("access log cannot be read; retrying", extra={"path": path, "reason": why})
            self._unreadable = dict(follower.unreadable)

    def _failed_so_far(self) -> int:
        counts = self.producer.counts
        return counts["delivery_error"] + counts["dropped_error"] + counts["dropped_at_close"]

    def _checkpoint(self) -> None:
        """Store positions only once Kafka has acknowledged every line before them. A line Kafka refused
        stops the tailer before the positions move past it: a restart sends it again, under the same id."""
        if not self.producer.flush(30):
            # said once per outage, at INFO: the WARNING is "waiting for Kafka" (pipeline/cluster/login.py)
            (log.debug if self._unacknowledged else log.info)(
                "Kafka has not acknowledged the last lines yet; positions are stored once it has")
            self._unacknowledged = True
            return
        self._unacknowledged = False
        if self._failed_so_far() > self._failures:
            raise Undelivered(
                "Kafka refused lines since the last checkpoint; stopping before the positions move "
                "past them (a restart sends them again)"
            )
        self.checkpoints.save(self.follower.positions())


def _digest(paths: Sequence[str]) -> str:
    return hashlib.sha256("\0".join(sorted(os.path.abspath(p) for p in paths)).encode()).hexdigest()[:12]


def run(settings: Settings, paths: Sequence[str], *, host: str, start_at: str, once: bool) -> int:
    """`logwarden tail-log`: follow the logs into logs.raw until SIGTERM/SIGINT (or their ends, with `once`).
    Returns the exit code: 1 when a line was not delivered, else 0. What it says goes to the log, in the
    process's one log format, like the worker's and the sink's lifecycle."""
    import signal

    from pipeline.cluster.login import check_login
    from pipeline.metrics_server import registered, serve_metrics
    from pipeline.policy import load_policy

    policy = load_policy(settings.policy_file)
    check_login(settings, "producer")
    serve_metrics(settings.bind_host, settings.tailer_metrics_port, "LOGWARDEN_TAILER_METRICS_PORT")
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    with registered(settings.scrape_targets_dir, "logwarden-tailer", settings.bind_host, settings.tailer_metrics_port):
        return _follow(settings, policy, paths, host=host, start_at=start_at, once=once, stop=stop)


def _follow(settings: Settings, policy: Policy, paths: Sequence[str], *, host: str, start_at: str, once: bool,
            stop: threading.Event) -> int:
    """The body of `run` once the endpoint serves and is registered: wait for Kafka, then ship until `stop`."""
    from pipeline.cluster.login import wait_until_reachable, watch_reachable

    # as the worker and the sink: wait for Kafka at the start, then say once when it goes away and comes back
    if not wait_until_reachable(settings.kafka_bootstrap, log, stopping=stop.is_set):
        return 0
    watching = watch_reachable(settings.kafka_bootstrap, log)
    producer = LogProducer(settings, settings.topic(policy.raw.name), client_suffix="tail-log", canaries=True,
                           delivery_timeout_ms=DELIVERY_TIMEOUT_MS)
    tailer = Tailer(settings, producer, list(paths), host=host, start_at=start_at)
    log.info(f"following {', '.join(paths)} into {producer.topic}{' until their ends' if once else ''}; metrics at "
             f"http://{settings.bind_host}:{settings.tailer_metrics_port}/metrics")
    try:
        report = tailer.run(stop, once=once)
    except Undelivered as exc:
        log.error(str(exc))
        report = tailer.report
    finally:
        watching.set()
        producer.close()
    for path, number, reason in report.rejects:
        log.info(f"{path}:{number}: not sent ({reason})")
    log.info(report.line())
    failed = sum(producer.counts[o] for o in ("delivery_error", "dropped_error", "dropped_at_close"))
    return 1 if failed else 0
