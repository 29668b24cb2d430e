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
import logging
import os
import time
from collections.abc import Sequence
from typing import Any

import faust
from faust.types import EventT, ProducerT

from pipeline import metrics
from pipeline.kafka_admin import DLQ_HEADROOM, check_login, oversize_ceiling
from pipeline.kafka_auth import kafka_login
from pipeline.keys import load_pseudonym_key
from pipeline.lag import start_reporting
from pipeline.policy import Policy, load_policy
from pipeline.scrub import Outcome, Router
from pipeline.settings import Settings

log = logging.getLogger("logwarden.worker")

BATCH_MAX = 500
BATCH_WITHIN_SECONDS = 0.05
#: Actors of the agent: while one waits for its outputs' acknowledgements, another routes the next batch.
#: Faust commits only offsets below the first unacknowledged event, so a crash still loses nothing.
AGENT_CONCURRENCY = 4
SEND_ATTEMPTS = 5
EXIT_UNDELIVERABLE = 75  # EX_TEMPFAIL: a supervisor restarts the worker, which resumes before the batch


def build_router(settings: Settings, policy: Policy) -> Router:
    key = load_pseudonym_key(settings)
    return Router(policy, key.key, key.key_id, settings.topic_prefix, settings.max_message_bytes)


def build_app(settings: Settings, policy: Policy, router: Router) -> faust.App:
    """The Faust app and its one agent; topics are the policy's, with the configured prefix."""
    datadir = settings.state_dir / "faust"
    datadir.mkdir(parents=True, exist_ok=True)
    app = faust.App(
        settings.worker_group,
        broker=[f"kafka://{server}" for server in settings.kafka_bootstrap.split(",")],
        broker_client_id=settings.kafka_client_id + "-worker",
        broker_credentials=kafka_login(settings, "pipeline").faust_credentials(),
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
        broker_commit_interval=1.0,
        # a worker that dies hands its partitions on within seconds, not a minute
        broker_session_timeout=10.0,
        broker_heartbeat_interval=3.0,
        broker_commit_every=BATCH_MAX * 4,
        stream_buffer_maxsize=BATCH_MAX * 8,
    )

    def topic(name: str) -> faust.TopicT:
        return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw",
                         allow_empty=True)

    source = topic(settings.topic(policy.raw.name))
    metrics.init_labels([route.name for route in policy.routes])

    @app.agent(source, name="route", concurrency=AGENT_CONCURRENCY)
    async def route_events(stream: faust.StreamT) -> None:
        async for events in stream.take_events(BATCH_MAX, within=BATCH_WITHIN_SECONDS):
            started = time.perf_counter()
            sends = _plan(events, router)
            await _deliver(app.producer, sends)
            metrics.PROCESSING.observe(time.perf_counter() - started)
            metrics.count_tally(*router.tally.drain())

    return app


#: One output to send: topic, key, value, headers, and the role ("route" or "dlq") for the metrics.
Send = tuple[str, bytes | None, bytes, list[tuple[str, bytes]] | None, str]


def _plan(events: Sequence[EventT], router: Router) -> list[Send]:
    sends: list[Send] = []
    for event in events:
        raw = event.value if isinstance(event.value, bytes) else b""
        outcome: Outcome = router.route(raw)
        metrics.count_outcome(outcome)
        if outcome.rejected:
            message = event.message
            headers = [
                ("logwarden-reason", outcome.rejected.encode()),
                ("logwarden-detail", outcome.detail.encode()),
                ("logwarden-source", f"{message.topic}/{message.partition}/{message.offset}".encode()),
            ]
            sends.append((router.dlq_topic, message.key, raw, headers, "dlq"))
        else:
            for output in outcome.outputs:
                sends.append((output.topic, output.key, output.value, None, "route"))
    return sends


async def _deliver(producer: ProducerT, sends: list[Send]) -> None:
    """Send every output and wait for every acknowledgement; retry what failed; exit if Kafka never takes it."""
    pending = sends
    for attempt in range(1, SEND_ATTEMPTS + 1):
        results = await asyncio.gather(*[await _queue(producer, *send[:4]) for send in pending],
                                       return_exceptions=True)
        failed = [send for send, result in zip(pending, results, strict=True) if isinstance(result, BaseException)]
        if not failed:
            return
        for send in failed:
            metrics.DELIVERY_ERRORS.labels(topic_role=send[4]).inc()
        first = next(r for r in results if isinstance(r, BaseException))
        log.warning("outputs not acknowledged; retrying", extra={
            "failed": len(failed), "attempt": attempt, "error": type(first).__name__})
        pending = failed
        await asyncio.sleep(min(0.2 * 2 ** attempt, 5.0))
    log.critical("Kafka did not acknowledge outputs after retries; exiting without committing the batch",
                 extra={"failed": len(pending)})
    os._exit(EXIT_UNDELIVERABLE)  # noqa: SLF001 - skip Faust's shutdown, which would ack the batch


async def _queue(producer: ProducerT, topic: str, key: bytes | None, value: bytes,
                 headers: list[tuple[str, bytes]] | None) -> asyncio.Future[Any]:
    """Queue one output with the app's producer; the future it returns settles with the broker's answer.

    Straight to Faust's producer rather than `topic.send`: the bytes are final, and the
    channel, its serializers and per-message sensors cost more than the routing (profile
    in issue 7). A plain future per output, gathered per batch, instead of a task per
    output. A send that fails at once comes back as a failed future, never an exception.
    """
    try:
        return await producer.send(topic, key, value, None, None, headers)
    except Exception as exc:  # noqa: BLE001 - retried by _deliver like any unacknowledged output
        failed: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        failed.set_exception(exc)
        return failed


def run_worker(settings: Settings) -> None:
    """Start the worker in this process; SIGTERM and SIGINT stop it cleanly (Faust commits acked offsets)."""
    policy = load_policy(settings.policy_file)
    router = build_router(settings, policy)
    check_login(settings, "pipeline")
    metrics.serve(settings.bind_host, settings.worker_metrics_port)
    start_reporting(settings, settings.worker_group, [settings.topic(policy.raw.name)], "pipeline")
    app = build_app(settings, policy, router)
    log.info("worker starting", extra={"group": settings.worker_group, "source": settings.topic(policy.raw.name),
                                       "metrics_port": settings.worker_metrics_port, "policy": str(policy.source)})
    worker = faust.Worker(app, loglevel=settings.log_level.upper(), quiet=True, redirect_stdouts=False)
    worker.execute_from_commandline()

