"""The Faust worker: logs.raw in, purpose topics and the DLQ out, through the pure core.

At-least-once, by construction: the agent takes a batch of raw messages, routes each
through `Router.route`, sends every output (or the raw message to the DLQ, with its
reason in headers), and waits for Kafka to acknowledge all of them (acks=all). Only then
does the batch end, and Faust acks the batch's events; it commits acked offsets after
flushing its producer. A crash at any point leaves the offsets before the batch, so a
restart routes it again: duplicates are possible, loss is not (event_id deduplicates).
If Kafka keeps refusing an output, the worker exits instead of moving on past it.
"""

from __future__ import annotations

import asyncio
import gc
import importlib.util
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import faust
import mode.loop
import orjson
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import EventT, ProducerT
from kafka.errors import KafkaError

from pipeline import faust_ext, metrics
from pipeline.cluster.lag import start_reporting
from pipeline.cluster.login import KafkaLogin, check_login, kafka_login, wait_until_reachable, watch_reachable
from pipeline.cluster.policy_log import PolicyFollower
from pipeline.keyring import Keyring, open_keyring
from pipeline.native import build_router
from pipeline.policy import Policy, load_policy
from pipeline.routing import Routing, latest_timestamp, show_on_the_clock
from pipeline.scrub import Outcome, Router
from pipeline.settings import DLQ_HEADROOM, Settings, oversize_ceiling
from pipeline.versions import digest_of

log = logging.getLogger("logwarden.worker")

BATCH_MAX = 500
BATCH_WITHIN_SECONDS = 0.05
#: Actors of the agent: while one waits for its outputs' acknowledgements, another routes the next batch.
#: Commits stop below the first unacknowledged event (pipeline/faust_ext.py: Faust 0.15.3's own consumer does
#: not, faust-streaming#606), so a crash still loses nothing.
AGENT_CONCURRENCY = 4
SEND_ATTEMPTS = 5
EXIT_UNDELIVERABLE = 75  # EX_TEMPFAIL: a supervisor restarts the worker, which resumes before the batch


#: Events routed once before the worker consumes (`warm_up`), with documentation values only (RFC 5737 and 3849
#: addresses, example.org, test card and IBAN numbers): a request and an action with free text of every kind
_WARM_UP_EVENT = {
    "schema": "action/1", "event_id": "00000000-0000-4000-8000-000000000000", "ts": "2026-01-01T00:00:00.000Z",
    "service": "warm-up.example.org", "consent": {"analytics": True, "marketing": True},
    "request": {"method": "POST", "host": "example.org", "path": "/contact/12345", "query": "utm_source=x&q=1",
                "status": 200, "bytes": 1024, "duration_ms": 1.5, "referrer": "https://www.example.com/a?b=c"},
    "client": {"ip": "203.0.113.7", "forwarded_for": ["2001:db8::1"], "accept_language": "en-US,en;q=0.9",
               "user_agent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                             "Chrome/119.0.6045.163 Mobile Safari/537.36"},
    "device": {"type": "mobile", "screen": "390x844",
               "location": {"lat": 55.7558, "lon": 37.6173, "country": "RU", "city": "Moscow"}},
    "user": {"id": "u-1", "session_id": "s-1", "name": "Jane Doe", "email": "jane@example.org",
             "phone": "+1 202 555 0143"},
    "action": {"name": "contact", "form": {"message": "call +7 916 123 45 67 or 8 963 854 12 08"},
               "properties": {"note": "jane.doe@example.org, card 4111 1111 1111 1111, "
                                      "IBAN DE89 3704 0044 0532 0130 00, at 55.75580, 37.61730, from 198.51.100.23",
                              "ref": "https%3A%2F%2Fexample.org%2F%3Fe%3Djane%40example.org"}},
}


def warm_up(router: Router) -> float:
    """Route a few events before consuming, so the libraries the core loads lazily (ua-parser's patterns,
    phonenumbers' metadata, the detectors' first compiles) do it before the first real event: their first use
    took 120 ms and more, a stall of every event behind it (issue 15's latency tail). Returns the seconds spent."""
    started = time.perf_counter()
    request = {key: value for key, value in _WARM_UP_EVENT.items() if key != "action"} | {"schema": "request/1"}
    for event in (_WARM_UP_EVENT, request):
        router.route(orjson.dumps(event))
    router.tally.drain()  # the warm-up is not traffic: nothing of it reaches the metrics
    return time.perf_counter() - started


#: Routers kept at once, one per pseudonym key epoch met (the current one, the next, a replay's older ones)
EPOCH_ROUTERS = 4


class RouterByEpoch:
    """The router of each pseudonym key epoch, chosen by the raw record's Kafka timestamp (pipeline/keyring.py).

    The timestamp is the raw record's, never the clock's, so a replay after a crash routes every record with the
    key it had the first time. While records fall in the current epoch this costs two comparisons; a record past
    it asks the keyring (which re-reads its store only past the epochs it holds, and whose next key is made ahead:
    no wait at a boundary) and builds that epoch's router once, warmed up. Records without a timestamp take the
    clock's time. `fixed` serves one router for every record (tests, benches)."""

    def __init__(self, keyring: Keyring | None, make: Callable[[bytes, str], Router],
                 first: Router | None = None) -> None:
        self.keyring = keyring
        self.make = make
        self.routers: dict[str, tuple[float, Router]] = {}  # key_id -> (epoch start, its router)
        self._start, self._end = float("inf"), float("-inf")
        self._current = first
        self._newest = float("-inf")  # the start of the newest epoch met: its key is the one in force
        if first is not None:
            self._start, self._end = float("-inf"), float("inf")
            self.routers[""] = (0.0, first)

    @classmethod
    def fixed(cls, router: Router) -> RouterByEpoch:
        return cls(None, lambda _key, _key_id: router, first=router)

    def at(self, timestamp: float | None) -> Router:
        """The router of the epoch holding this raw record's timestamp (seconds since 1970, UTC)."""
        if timestamp is None or timestamp <= 0:
            timestamp = time.time()
        if self._start <= timestamp < self._end and self._current is not None:
            return self._current
        return self._switch(timestamp)

    def prepare(self, timestamp: float) -> None:
        """Build the router of the epoch holding this timestamp ahead of its first event, in the calling thread (the
        follower's, for a version read before its effective time): not activated, not warmed up (routing there
        would make its free-text rules the process's while the event loop routes), its audience's tables compiled.
        `at` then finds it. Only an epoch the keyring holds already: the store is the event loop's to read."""
        if self.keyring is None:
            return
        epoch = self.keyring.held(datetime.fromtimestamp(timestamp, UTC))
        if epoch is None or epoch.key_id in self.routers:
            return
        router = self.make(self.keyring.key(epoch), epoch.key_id)
        router.walk.prepare()
        self.routers[epoch.key_id] = (epoch.start.timestamp(), router)

    def _switch(self, timestamp: float) -> Router:
        assert self.keyring is not None
        epoch = self.keyring.epoch_at(datetime.fromtimestamp(timestamp, UTC))
        found = self.routers.get(epoch.key_id)
        if found is None:
            router = self.make(self.keyring.key(epoch), epoch.key_id)
            warm_up(router)
            found = self.routers[epoch.key_id] = (epoch.start.timestamp(), router)
            while len(self.routers) > EPOCH_ROUTERS:  # the oldest epoch's router goes first
                oldest = min(self.routers, key=lambda key_id: self.routers[key_id][0])
                metrics.count_tally(*self.routers.pop(oldest)[1].tally.drain())
            log.info("pseudonym key epoch in use", extra={"key_id": epoch.key_id, "from": epoch.start.isoformat(),
                                                          "until": epoch.end.isoformat()})
        if epoch.start.timestamp() > self._newest:
            self._newest = epoch.start.timestamp()
            metrics.in_force_key(epoch.key_id)
        self._start, self._end = epoch.start.timestamp(), epoch.end.timestamp()
        self._current = found[1]
        return self._current

    def drain_tallies(self) -> None:
        """Every router's treatment and redaction counts into the metrics."""
        for _, router in self.routers.values():
            metrics.count_tally(*router.tally.drain())


#: Awaited with each batch before its outputs are sent: a seam for tests that hold a batch in flight.
BatchHook = Callable[[Sequence[EventT]], Awaitable[None]]


def build_app(settings: Settings, policy: Policy, router: Router | RouterByEpoch | Routing[RouterByEpoch], *,
              transport: type[faust_aiokafka.Transport] = faust_ext.Transport,
              before_delivery: BatchHook | None = None) -> faust.App:
    """The Faust app and its one agent; topics are the policy's, with the configured prefix.

    `router`: the routers of every policy version this process knows (pipeline/routing.py), or one router.
    `transport` is the consumer's transport: logwarden's (pipeline/faust_ext.py, whose commits never
    pass an event in flight) unless a test compares it with Faust's; `before_delivery` is for tests.
    `router` is the router of each key epoch (`RouterByEpoch`), or one router for every record.
    """
    if isinstance(router, Routing):
        routing = router
    else:
        by_epoch = router if isinstance(router, RouterByEpoch) else RouterByEpoch.fixed(router)
        routing = Routing(by_epoch, "", "", lambda _: by_epoch)
    datadir = settings.state_dir / "faust"
    datadir.mkdir(parents=True, exist_ok=True)
    app = faust.App(
        settings.worker_group,
        broker=[f"kafka://{server}" for server in settings.kafka_bootstrap.split(",")],
        broker_client_id=settings.kafka_client_id + "-worker",
        broker_credentials=_faust_credentials(kafka_login(settings, "pipeline")),
        key_serializer="raw",
        value_serializer="raw",
        store="memory://",
        datadir=str(datadir / settings.worker_group),
        web_enabled=False,
        topic_allow_declare=False,  # topics come from the policy (`dev up`), never from a worker
        topic_disable_leader=True,
        producer_acks=-1,
        producer_linger_ms=5,
        producer_compression_type="lz4",
        # an oversized raw message goes to the DLQ as it came: as large as logs.raw accepts, plus headers
        producer_max_request_size=oversize_ceiling(settings.max_message_bytes) + 2 * DLQ_HEADROOM,
        consumer_auto_offset_reset="earliest",
        consumer_max_fetch_size=4 * 1024 * 1024,
        # commits cost a round trip each: every 4,000 events or LOGWARDEN_WORKER_COMMIT_INTERVAL_SECONDS, whichever
        # comes first, beside the streams
        # (pipeline/faust_ext.py: the delivery waits for a commit only past 8,000 events not committed)
        broker_commit_interval=settings.worker_commit_interval_seconds,
        broker_commit_every=BATCH_MAX * 8,
        # a worker that dies hands its partitions on within seconds, not a minute
        broker_session_timeout=10.0,
        broker_heartbeat_interval=3.0,
        stream_buffer_maxsize=BATCH_MAX * 16,
        producer_max_batch_size=256 * 1024,
        # Faust's monitor records every event two to four times for statistics logwarden never reads
        Monitor=faust_ext.QuietMonitor,
    )
    # the consumer whose commits never pass an event in flight (faust-streaming#606): see pipeline/faust_ext.py
    app.transport = transport(app.conf.broker_consumer, app)

    def topic(name: str) -> faust.TopicT:
        return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw",
                         allow_empty=True)

    source = topic(settings.topic(policy.raw.name))
    metrics.init_labels([route.name for route in policy.routes])
    _log_rebalances(app)

    @app.task
    async def show_the_version_on_the_clock() -> None:
        # the version gauge follows the clock, not only the batches: an idle process shows a switch within a second
        await show_on_the_clock(routing)

    @app.agent(source, name="route", concurrency=AGENT_CONCURRENCY)
    async def route_events(stream: faust.StreamT) -> None:
        # take_events is faust-streaming's (Stream), not declared on the StreamT protocol
        async for events in stream.take_events(BATCH_MAX, within=BATCH_WITHIN_SECONDS):  # type: ignore[attr-defined]
            started = time.perf_counter()
            if before_delivery is not None:
                await before_delivery(events)
            # every version that could govern the batch is known before it is routed (pipeline/versions.py)
            await routing.wait_until_known(latest_timestamp([event.message.timestamp for event in events]))
            sends, counts = _plan(events, routing)
            await _deliver(app.producer, sends)
            metrics.PROCESSING.observe(time.perf_counter() - started)
            _count_batch(len(events), *counts)
            for each in routing.routers():
                each.drain_tallies()
            routing.show()

    return app


#: One output to send: topic, key, value, headers, and the role ("route" or "dlq") for the metrics.
Send = tuple[str, bytes | None, bytes, list[tuple[str, bytes]] | None, str]


#: Outcomes of one batch, counted once per batch: events per route, per drop reason, per DLQ reason.
Counts = tuple[dict[str, int], dict[str, int], dict[str, int]]


def _plan(events: Sequence[EventT], routing: Routing[RouterByEpoch]) -> tuple[list[Send], Counts]:
    """Each event routed under the policy version and with the key epoch its raw record's timestamp falls in."""
    sends: list[Send] = []
    routed: dict[str, int] = {}
    dropped: dict[str, int] = {}
    dlq: dict[str, int] = {}
    single = routing.schedule.single
    for event in events:
        raw = event.value if isinstance(event.value, bytes) else b""
        timestamp = event.message.timestamp  # the raw record's: a replay picks the same version and key epoch
        by_epoch = single if single is not None else routing.router_for(round(timestamp * 1000))
        router = by_epoch.at(timestamp)
        outcome: Outcome = router.route(raw)
        if outcome.rejected:
            dlq[outcome.rejected] = dlq.get(outcome.rejected, 0) + 1
            message = event.message
            headers = [
                ("logwarden-reason", outcome.rejected.encode()),
                ("logwarden-detail", outcome.detail.encode()),
                ("logwarden-source", f"{message.topic}/{message.partition}/{message.offset}".encode()),
                ("logwarden-policy-version", router.version_id.encode()),
            ]
            sends.append((router.dlq_topic, message.key, raw, headers, "dlq"))
        elif outcome.dropped:
            dropped[outcome.dropped] = dropped.get(outcome.dropped, 0) + 1
        else:
            for output in outcome.outputs:
                routed[output.route] = routed.get(output.route, 0) + 1
                sends.append((output.topic, output.key, output.value, None, "route"))
    return sends, (routed, dropped, dlq)


def _count_batch(events: int, routed: dict[str, int], dropped: dict[str, int], dlq: dict[str, int]) -> None:
    """The batch's outcomes into the metrics: one increment per series, not one per event."""
    metrics.EVENTS_IN.inc(events)
    for route, n in routed.items():
        metrics.ROUTED.labels(route=route).inc(n)
    for reason, n in dropped.items():
        metrics.DROPPED.labels(reason=reason).inc(n)
    for reason, n in dlq.items():
        metrics.DLQ.labels(reason=reason).inc(n)


async def _deliver(producer: ProducerT, sends: list[Send]) -> None:
    """Send every output and wait for every acknowledgement; retry what failed; exit if Kafka never takes it.

    Outputs go as one batch per topic-partition (pipeline/faust_ext.py's `send_batches`): the bytes are
    final, and Faust's per-message `send` (or `topic.send`, with its channel, serializers and sensors)
    costs more than the routing (profiles in issues 7 and 15)."""
    pending = sends
    for attempt in range(1, SEND_ATTEMPTS + 1):
        failed, error = await _send_and_wait(producer, pending)
        if not failed:
            return
        for send in failed:
            metrics.DELIVERY_ERRORS.labels(topic_role=send[4]).inc()
        log.warning("outputs not acknowledged; retrying", extra={
            "failed": len(failed), "attempt": attempt, "error": error})
        pending = failed
        await asyncio.sleep(min(0.2 * 2 ** attempt, 5.0))
    log.critical("Kafka did not acknowledge outputs after retries; exiting without committing the batch",
                 extra={"failed": len(pending)})
    os._exit(EXIT_UNDELIVERABLE)


async def _send_and_wait(producer: ProducerT, sends: list[Send]) -> tuple[list[Send], str]:
    """The outputs Kafka did not acknowledge, and the first error's name (a send that fails at once counts too)."""
    try:
        queued = await faust_ext.send_batches(producer, [send[:4] for send in sends])
    except Exception as exc:  # noqa: BLE001 - retried by _deliver like any unacknowledged output
        return sends, type(exc).__name__
    results = await asyncio.gather(*[future for _, future in queued], return_exceptions=True)
    failed: list[Send] = []
    error = ""
    for (members, _), result in zip(queued, results, strict=True):
        if isinstance(result, BaseException):
            failed += [sends[index] for index in members]
            error = error or type(result).__name__
    return failed, error


def _held_stop_signals() -> list[int]:
    """SIGTERM and Ctrl-C from now until Faust installs its own handlers, kept in the list returned: a stop asked
    while the worker starts (warming up, waiting for Kafka, reading the policy versions) is a clean stop, exit 0,
    not a death by signal (issue 24). `_Worker.install_signal_handlers` passes on one that came in the meantime."""
    stop_requested: list[int] = []
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda signum, _frame: stop_requested.append(signum))
    return stop_requested


def run_worker(settings: Settings, process_index: int | None = None) -> None:
    """Start the worker in this process; SIGTERM and SIGINT stop it cleanly (Faust commits acked offsets).

    `process_index` is set by `run_processes` for its children: each keeps its Faust data apart."""
    stop_requested = _held_stop_signals()
    _use_uvloop()
    policy = load_policy(settings.policy_file)
    # one keyring for every process of the supervisor (the state folder's, unless LOGWARDEN_KEYRING_FILE says): the
    # current epoch's key and the next one's, made ahead if missing
    keyring = open_keyring(settings)
    if process_index is not None:
        settings = replace(settings, state_dir=settings.state_dir / "faust" / f"process-{process_index}")
    metrics.serve(settings.bind_host, settings.worker_metrics_port)
    metrics.in_force(policy.version_id, keyring.epoch_at(datetime.now(UTC)).key_id)
    router = RouterByEpoch(keyring, lambda key, key_id: build_router(settings, policy, key, key_id))
    started = time.perf_counter()
    first = router.at(time.time())  # built and warmed up (pipeline/keyring.py: the current epoch)
    log.info("router warmed up", extra={"ms": round((time.perf_counter() - started) * 1000),
                                        "core": "python" if type(first) is Router else "compiled"})
    routing = Routing(router, policy.version_id, digest_of(Path(policy.source).read_text(encoding="utf-8")),
                      lambda newer: _by_epoch(settings, keyring, newer),
                      lambda newer, effective_ms: newer.prepare(max(effective_ms, time.time() * 1000) / 1000))
    if not wait_until_reachable(settings.kafka_bootstrap, log, stopping=lambda: bool(stop_requested)):
        return
    check_login(settings, "pipeline")
    _follow_versions(settings, routing)
    watch_reachable(settings.kafka_bootstrap, log)  # aiokafka rides out an outage by itself; this says so, once
    start_reporting(settings, settings.worker_group, [settings.topic(policy.raw.name)], "pipeline")
    app = build_app(settings, policy, routing)
    log.info("worker starting", extra={"group": settings.worker_group, "source": settings.topic(policy.raw.name),
                                       "metrics_port": settings.worker_metrics_port, "policy": str(policy.source)})
    # override_logging=False: Faust and mode log through logwarden's one JSON handler (pipeline/logs.py) instead
    # of replacing it with their own plain-text one
    worker = _Worker(app, stop_requested, loglevel=settings.log_level.upper(), quiet=True, redirect_stdouts=False,
                     override_logging=False)
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        log.info("worker stopped", extra={"exit_code": exc.code})
        raise


def _by_epoch(settings: Settings, keyring: Keyring, policy: Policy) -> RouterByEpoch:
    """A further policy version's routers, one per key epoch: the one of its effective time built ahead, in the
    follower's thread (`RouterByEpoch.prepare`, through `Routing.add`), any other when an event first needs it. None
    is activated when built: each makes its free-text rules the process's at its first event (`Router.route`)."""
    return RouterByEpoch(keyring, lambda key, key_id: build_router(settings, policy, key, key_id, activate=False))


def _follow_versions(settings: Settings, routing: Routing[RouterByEpoch]) -> None:
    """Read `logs.policy` to its end before consuming, then keep reading it (pipeline/routing.py)."""
    follower = PolicyFollower(settings, routing.add,
                              lambda offset, error: routing.refuse(0, f"logs.policy offset {offset}", error))
    try:
        follower.catch_up()
    except KafkaError as exc:  # the follower's thread tries again; until it reads, events wait rather than guess
        log.warning("cannot read logs.policy yet; routing waits until the versions are known",
                    extra={"error": type(exc).__name__})
    routing.horizon = lambda: follower.horizon_ms
    routing.show()
    follower.start()


class _Worker(faust.Worker):
    """Faust's worker, saying when it is ready and when it stops, as the sink does (in logwarden's JSON log)."""

    def __init__(self, app: faust.App, stop_requested: list[int], *args: Any, **kwargs: Any) -> None:
        super().__init__(app, *args, **kwargs)
        self._stop_requested = stop_requested
        # Faust's progress spinner writes terminal escapes to stdout even when quiet; mode turns it off only when it
        # sets up logging itself, which it does not here
        self.spinner = None

    def install_signal_handlers(self) -> None:
        super().install_signal_handlers()
        if self._stop_requested:  # asked while starting (`_held_stop_signals`), before these handlers stood
            self._schedule_shutdown(signal.Signals(self._stop_requested[0]))

    async def on_startup_finished(self) -> None:
        await super().on_startup_finished()
        # What it took to start (modules, the policy, Faust's app and services) leaves the collector's reach: a full
        # collection walks only what the stream made since. Full collections were 40-46 ms stalls of every stream
        # every ~10 s at 2,000 events/s (issue 15's latency tail).
        gc.freeze()
        log.info("worker ready", extra={"group": self.app.conf.id})

    async def on_stop(self) -> None:
        log.info("worker stopping; committing acknowledged offsets")
        await super().on_stop()


def _log_rebalances(app: faust.App) -> None:
    """Partitions assigned to and revoked from this worker, in logwarden's log, as the sink logs its own."""

    def names(partitions: set[Any]) -> list[str]:
        return sorted(f"{tp.topic}/{tp.partition}" for tp in partitions)

    # a receiver gets the app, the signal's arguments (the set of partitions) and `signal=`
    @app.on_partitions_assigned.connect
    async def assigned(_app: Any, /, *partitions: Any, signal: Any, **_: Any) -> None:
        log.info("partitions assigned", extra={"partitions": names(partitions[0])})

    @app.on_partitions_revoked.connect
    async def revoked(_app: Any, /, *partitions: Any, signal: Any, **_: Any) -> None:
        if partitions[0]:  # Faust revokes the empty set before the first assignment
            log.info("partitions revoked", extra={"partitions": names(partitions[0])})


#: A child that ran at least this long before dying is restarted at once; a quicker death waits this long first.
RESTART_AFTER_SECONDS = 1.0
#: Exit codes of a child that a restart cannot mend (bad settings or policy): the supervisor stops with it.
EXIT_CONFIGURATION = 2


def process_count(settings: Settings, wanted: str) -> int:
    """How many worker processes `--processes` asks for: a number, or `auto`, one per core but no more than
    the raw topic has partitions (a process without a partition would only wait)."""
    if wanted != "auto":
        return int(wanted)
    from pipeline.cluster.lag import partition_ends

    raw = settings.topic(load_policy(settings.policy_file).raw.name)
    return max(1, min(os.cpu_count() or 1, len(partition_ends(settings, [raw])) or 1))


def run_processes(settings: Settings, processes: int) -> int:
    """A supervisor: `processes` worker processes in one consumer group, each restarted when it dies.

    Child i serves its metrics on LOGWARDEN_WORKER_METRICS_PORT + i. SIGTERM or SIGINT stops every child
    cleanly (each commits its acknowledged offsets) and then the supervisor; the exit code is 0, or 2 when
    a child refused its settings or policy (a restart would not mend that)."""
    load_policy(settings.policy_file)  # a broken policy is one clear line here, not N restart loops
    check_login(settings, "pipeline")
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())

    def start(index: int) -> subprocess.Popen[bytes]:
        env = dict(os.environ, LOGWARDEN_WORKER_METRICS_PORT=str(settings.worker_metrics_port + index))
        argv = [sys.executable, "-m", "pipeline.cli", "worker", "--process-index", str(index)]
        child = subprocess.Popen(argv, env=env)  # noqa: S603 - argv is built by logwarden, not from input
        log.info("worker process started", extra={"index": index, "pid": child.pid,
                                                  "metrics_port": settings.worker_metrics_port + index})
        return child

    children = {index: start(index) for index in range(processes)}
    started = dict.fromkeys(children, time.monotonic())
    code = 0
    while not stop.wait(0.2):
        for index, child in children.items():
            exit_code = child.poll()
            if exit_code is None:
                continue
            if exit_code == EXIT_CONFIGURATION:
                log.critical("a worker process refused its configuration; stopping", extra={"index": index})
                code = EXIT_CONFIGURATION
                stop.set()
                break
            log.warning("worker process died; restarting", extra={"index": index, "exit_code": exit_code})
            if time.monotonic() - started[index] < RESTART_AFTER_SECONDS and stop.wait(RESTART_AFTER_SECONDS):
                break
            children[index], started[index] = start(index), time.monotonic()
    for child in children.values():
        if child.poll() is None:
            child.terminate()
    for child in children.values():
        try:
            child.wait(timeout=60)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    return code


def _use_uvloop() -> None:
    """uvloop as the event loop where it is installed (`faust-streaming[uvloop]`), through mode's loop selection:
    a cheaper loop for a worker that awaits a few times per event; asyncio's own where it is not."""
    if importlib.util.find_spec("uvloop") is not None:
        mode.loop.use("uvloop")


def _faust_credentials(login: KafkaLogin) -> Any:
    """`broker_credentials` for the Faust app, or None for plain text."""
    if login.sasl:
        return faust.SASLCredentials(username=login.username, password=login.password,
                                     ssl_context=login.ssl_context(), mechanism=login.mechanism)
    if login.tls:
        return faust.SSLCredentials(login.ssl_context())
    return None
