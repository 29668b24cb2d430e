"""The peer stream processor: a Quix Streams application applying logwarden's `Router.route` to the same work.

It reads the same raw topic of load-generator events as the worker, with a fresh consumer
group, routes each event with the same `Router.route`, and produces every output to its
purpose topic (a rejected event to the DLQ) with acks=all, logged in like the other bench
clients. Timed like the worker: from the first event routed to the last one, so start-up
and group joining are left out. Quix Streams (confluent-kafka underneath) is in the
`peers` extra only: `pip install -e '.[peers]'`.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Any

from bench.router import Run, peak_rss_mb
from pipeline.cluster.login import kafka_login
from pipeline.native import router_class
from pipeline.policy import Policy
from pipeline.settings import Settings

#: A fixed pseudonym key: the peer does the same work as the worker, not the same key management.
BENCH_KEY = b"bench-key-" + b"0123456789abcdef" * 2

#: One output: the topic, key and value of a routed event (or the raw event for the DLQ).
Output = tuple[str, bytes | None, bytes]


def peer_available() -> bool:
    """Whether Quix Streams is installed; when it is not, say how to get it (stderr) and leave the peer out."""
    try:
        import quixstreams  # noqa: F401 - only whether it imports
    except ImportError:
        print("Quix Streams peer left out: pip install -e '.[peers]'", file=sys.stderr)
        return False
    return True


def run_quix(settings: Settings, policy: Policy, count: int, timeout: float = 300) -> Run:
    """Route `count` events of the filled raw topic through a Quix Streams application."""
    from quixstreams import Application
    from quixstreams.kafka.configuration import ConnectionConfig
    from quixstreams.models.serializers import Serializer

    class OutputValue(Serializer):
        """The value of an `Output` as it goes to Kafka: its bytes, unchanged."""

        def __call__(self, value: Output, ctx: Any) -> bytes:
            return value[2]

    # the worker's core, compiled when built (pipeline/native.py)
    router = router_class()(policy, BENCH_KEY, "bench", settings.topic_prefix, settings.max_message_bytes)
    login = kafka_login(settings, "admin")
    connection = ConnectionConfig(
        bootstrap_servers=settings.kafka_bootstrap,
        security_protocol=login.protocol.lower(),  # type: ignore[arg-type]
        sasl_mechanism=login.mechanism if login.sasl else None,  # type: ignore[arg-type]
        sasl_username=login.username or None,
        sasl_password=login.password or None,  # type: ignore[arg-type]
        ssl_ca_location=str(login.cafile) if login.tls and login.cafile else None,
    )
    app = Application(
        broker_address=connection,
        consumer_group=settings.worker_group + "-quix",
        auto_offset_reset="earliest",
        auto_create_topics=False,
        use_changelog_topics=False,
        state_dir=str(settings.state_dir / "bench" / "quix"),
        loglevel="WARNING",
        producer_extra_config={"linger.ms": 5, "compression.type": "lz4", "acks": "all"},
        consumer_extra_config={"max.partition.fetch.bytes": 4 * 1024 * 1024},
    )
    raw = app.topic(settings.topic(policy.raw.name), key_deserializer="bytes", value_deserializer="bytes")
    outputs = {name: app.topic(name, key_serializer="bytes", value_serializer=OutputValue())
               for name in [settings.topic(route.topic.name) for route in policy.routes] + [router.dlq_topic]}
    routed, first, done = 0, 0.0, 0.0

    def route(raw_value: bytes) -> list[Output]:
        nonlocal routed, first, done
        if not first:
            first = time.perf_counter()
        outcome = router.route(raw_value)
        routed += 1
        if routed == count:
            done = time.perf_counter()
            app.stop()
        if outcome.rejected:
            return [(router.dlq_topic, None, raw_value)]
        return [(output.topic, output.key, output.value) for output in outcome.outputs]

    sdf = app.dataframe(raw)
    sdf = sdf.apply(route, expand=True)
    sdf.to_topic(lambda value, key, timestamp, headers: outputs[value[0]], key=lambda value: value[1])
    late = threading.Timer(timeout, app.stop)  # the run stops itself at `count`; this only bounds a broken one
    late.start()
    try:
        app.run()
    finally:
        late.cancel()
    if not done:
        raise RuntimeError(f"Quix Streams routed {routed} of {count} events")
    return Run(done - first, count, peak_rss_mb(os.getpid()))
