"""`logwarden dev up | down | status`: the local stack of real servers, started from the settings.

A server is started only when its configured endpoint is on this machine; an endpoint
elsewhere (a shared cluster, MinIO, AWS) is used as it is. Every step is idempotent:
`up` twice leaves one broker running and the topics as the policy says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from consumers.s3 import ensure_bucket, s3_client
from pipeline.dev.kafka_server import KafkaBroker
from pipeline.dev.process import StackError
from pipeline.dev.s3_server import MotoS3Server, s3_answers
from pipeline.kafka_admin import cluster_answers, ensure_topics
from pipeline.policy import load_policy
from pipeline.settings import Settings, is_local_url

Say = Callable[[str], None]


@dataclass(frozen=True)
class ComponentStatus:
    name: str
    endpoint: str
    answering: bool
    managed: bool
    pid: int | None

    def line(self) -> str:
        state = "up" if self.answering else "down"
        owner = f"pid {self.pid}" if self.pid else ("not started here" if not self.managed else "not running")
        return f"{self.name:<6} {state:<5} {self.endpoint:<28} {owner}"


def broker(settings: Settings) -> KafkaBroker | None:
    """The dev broker for the configured bootstrap, or None when Kafka is not on this machine."""
    first = settings.kafka_bootstrap.split(",")[0]
    host, _, port = first.rpartition(":")
    if not is_local_url(f"http://{host}:{port}"):
        return None
    return KafkaBroker(home=settings.state_dir / "kafka", host=host, port=int(port),
                       controller_port=settings.kafka_controller_port, heap=settings.kafka_heap,
                       java_home=settings.java_home, cache_dir=settings.state_dir)


def s3_server(settings: Settings) -> MotoS3Server | None:
    """The dev S3 server for the configured endpoint, or None when S3 is not on this machine."""
    if not settings.s3_endpoint or not is_local_url(settings.s3_endpoint):
        return None
    parts = urlsplit(settings.s3_endpoint)
    return MotoS3Server(home=settings.state_dir / "s3", host=parts.hostname or "127.0.0.1", port=parts.port or 80)


def up(settings: Settings, say: Say) -> set[str]:
    """Start what is not answering yet (idempotent); returns the names of the servers started now."""
    started: set[str] = set()
    policy = load_policy(settings.policy_file)
    kafka = broker(settings)
    if cluster_answers(settings.kafka_bootstrap):
        say(f"kafka  already up at {settings.kafka_bootstrap}")
    elif kafka is None:
        raise StackError(f"Kafka at {settings.kafka_bootstrap} does not answer, and it is not on this machine to start")
    else:
        say(f"kafka  starting Apache Kafka (KRaft, single node) at {kafka.bootstrap} ...")
        seconds = kafka.start()
        started.add("kafka")
        say(f"kafka  up in {seconds:.1f}s (pid {kafka.running_pid()}, logs in {kafka.home / 'logs'})")
    for state in ensure_topics(settings, policy):
        days = state.retention_ms / 86_400_000
        say(f"topic  {state.name:<24} {'created' if state.created else 'exists '}  "
            f"{state.partitions} partitions, retention {days:g} days")

    moto = s3_server(settings)
    endpoint = settings.s3_endpoint or "AWS S3"
    if settings.s3_endpoint and s3_answers(settings.s3_endpoint):
        say(f"s3     already up at {endpoint}")
    elif moto is None:
        say(f"s3     using {endpoint} (not started here)")
    else:
        say(f"s3     starting moto's S3 server at {moto.endpoint} ...")
        seconds = moto.start()
        started.add("s3")
        say(f"s3     up in {seconds:.1f}s (pid {moto.running_pid()})")
    created = ensure_bucket(s3_client(settings), settings.s3_bucket, settings.s3_region)
    say(f"bucket {settings.s3_bucket} {'created' if created else 'exists'} (default encryption AES256)")
    return started


def down(settings: Settings, say: Say, only: set[str] | None = None) -> None:
    """Stop the servers `up` starts on this machine (or `only` those named)."""
    for name, component in (("s3", s3_server(settings)), ("kafka", broker(settings))):
        if only is not None and name not in only:
            continue
        if component is None:
            say(f"{name:<6} not on this machine; left alone")
        elif component.stop():
            say(f"{name:<6} stopped")
        else:
            say(f"{name:<6} was not running")


def status(settings: Settings) -> list[ComponentStatus]:
    kafka = broker(settings)
    moto = s3_server(settings)
    return [
        ComponentStatus("kafka", settings.kafka_bootstrap, cluster_answers(settings.kafka_bootstrap),
                        kafka is not None, kafka.running_pid() if kafka else None),
        ComponentStatus("s3", settings.s3_endpoint or "AWS S3",
                        s3_answers(settings.s3_endpoint) if settings.s3_endpoint else True,
                        moto is not None, moto.running_pid() if moto else None),
    ]
