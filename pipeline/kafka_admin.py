"""Kafka administration through kafka-python: is the cluster there, and are the policy's topics.

The one place that creates topics and reads their configuration, for `dev up`, the test
session and `retention check`. Topic settings come from the policy, so the retention a
topic has on the cluster is the retention the policy promises.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.admin import ConfigResource, ConfigResourceType, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from pipeline.kafka_auth import KafkaLogin, KafkaLoginError, kafka_login
from pipeline.policy import Policy, TopicSpec
from pipeline.settings import Settings


@dataclass(frozen=True)
class TopicState:
    name: str
    created: bool
    partitions: int
    retention_ms: int


@contextlib.contextmanager
def admin_client(bootstrap: str, login: KafkaLogin, client_id: str = "logwarden-admin",
                 timeout_ms: int = 10_000) -> Iterator[KafkaAdminClient]:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id=client_id, request_timeout_ms=timeout_ms,
                             bootstrap_timeout_ms=timeout_ms, **login.client_args())
    try:
        yield admin
    finally:
        admin.close()


@contextlib.contextmanager
def settings_admin(settings: Settings, role: str = "admin") -> Iterator[KafkaAdminClient]:
    """An admin client of the configured cluster, logged in as the role's principal."""
    with admin_client(settings.kafka_bootstrap, kafka_login(settings, role), settings.kafka_client_id + "-admin") as admin:
        yield admin


def cluster_answers(bootstrap: str, login: KafkaLogin) -> bool:
    """True when the cluster answers a real metadata request (not merely an open port)."""
    if not any(_port_open(server) for server in bootstrap.split(",")):
        return False  # fail fast: the client itself would retry its bootstrap for seconds
    try:
        with admin_client(bootstrap, login, timeout_ms=2000) as admin:
            return bool(admin.describe_cluster().get("brokers"))
    except (KafkaError, OSError, ValueError):
        return False


def check_login(settings: Settings, role: str) -> None:
    """Log in once, before a long-running process starts, so a wrong password or an unknown CA is one clear
    line and exit 2 instead of minutes of retries ending in "unable to bootstrap". An unreachable broker is
    not judged here: the process's own retries handle it, as they always have."""
    problem = login_refusal(settings.kafka_bootstrap, kafka_login(settings, role))
    if problem:
        raise KafkaLoginError(problem)


def login_refusal(bootstrap: str, login: KafkaLogin, timeout: float = 10.0) -> str | None:
    """Why the cluster refuses this login (wrong password, untrusted certificate), or None when it takes it
    or cannot be reached (then nothing can be said about the login)."""
    import asyncio
    import ssl

    from aiokafka.conn import create_conn
    from aiokafka.errors import SaslAuthenticationFailed

    async def attempt(server: str) -> None:
        host, _, port = server.rpartition(":")
        conn = await asyncio.wait_for(create_conn(host, int(port), request_timeout_ms=int(timeout * 1000),
                                                  **login.client_args()), timeout)
        conn.close()

    for server in bootstrap.split(","):
        try:
            asyncio.run(attempt(server))
            return None
        except SaslAuthenticationFailed:
            return (f"Kafka at {server} refused the login of {login.username} ({login.mechanism}): wrong user or "
                    "password (LOGWARDEN_KAFKA_USERNAME, LOGWARDEN_KAFKA_PASSWORD_FILE); on the local stack "
                    f"`logwarden acl passwd {login.username}` sets it again")
        except ssl.SSLCertVerificationError as exc:
            return (f"the broker at {server} presented a certificate that does not verify against "
                    f"{login.cafile or 'the system CAs'} ({exc.verify_message}); set LOGWARDEN_KAFKA_CA_FILE to "
                    "the CA that signed it")
        except Exception:  # noqa: BLE001 - unreachable, timed out, closed: not ours to judge
            continue
    return None


def topic_configs(spec: TopicSpec, max_message_bytes: int) -> dict[str, str]:
    return {
        "retention.ms": str(spec.retention_ms),
        "cleanup.policy": "delete",
        # oversized input must reach the pipeline and the DLQ to be rejected with a reason, not lost at the broker
        # the DLQ takes whatever logs.raw took, plus the reason headers the worker adds
        "max.message.bytes": str(oversize_ceiling(max_message_bytes) + (DLQ_HEADROOM if spec.role == "dlq" else 0))
        if spec.role in ("raw", "dlq") else "1048588",
    }


#: Room in the DLQ's records (and the worker's requests) for the headers a rejected message gains.
DLQ_HEADROOM = 65536


def oversize_ceiling(max_message_bytes: int) -> int:
    """Largest message logs.raw and the DLQ take: room above the pipeline's own limit."""
    return max(4 * max_message_bytes, 1048588)


def ensure_topics(settings: Settings, policy: Policy, specs: list[TopicSpec] | None = None) -> list[TopicState]:
    """Create the policy's topics that are missing and set retention on all of them (idempotent)."""
    specs = policy.topics() if specs is None else specs
    states = []
    with settings_admin(settings) as admin:
        existing = set(admin.list_topics())
        for spec in specs:
            name = settings.topic(spec.name)
            configs = topic_configs(spec, settings.max_message_bytes)
            created = False
            if name not in existing:
                try:
                    admin.create_topics([NewTopic(name, spec.partitions, 1 if _single_broker(admin) else 3,
                                                  topic_configs=configs)])
                    created = True
                except TopicAlreadyExistsError:
                    pass
            if not created:
                admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, name, configs=configs)])
            states.append(TopicState(name, created, spec.partitions, spec.retention_ms))
    return states


def topic_retention_ms(settings: Settings, names: list[str]) -> dict[str, int | None]:
    """retention.ms of each named topic as the cluster has it (None for a missing topic)."""
    with settings_admin(settings) as admin:
        existing = set(admin.list_topics())
        present = [n for n in names if n in existing]
        result: dict[str, int | None] = {n: None for n in names}
        if present:
            responses = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, n) for n in present])
            for name, value in _config_values(responses, "retention.ms").items():
                result[name] = int(value)
    return result


def _port_open(server: str) -> bool:
    host, _, port = server.strip().rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=1):
            return True
    except (OSError, ValueError):
        return False


def _single_broker(admin: KafkaAdminClient) -> bool:
    return len(admin.describe_cluster().get("brokers", [])) < 3


def _config_values(responses: dict[str, Any], config: str) -> dict[str, str]:
    """Pick one config's value per topic out of describe_configs' {'topic': {name: {config: {...}}}}."""
    return {name: entries[config]["value"] for name, entries in responses.get("topic", {}).items() if config in entries}


def offsets_consumer(settings: Settings, role: str = "admin") -> KafkaConsumer:
    """A consumer that only asks for offsets: no group, no commits."""
    return KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap.split(","),
                         client_id=settings.kafka_client_id + "-offsets", enable_auto_commit=False,
                         **kafka_login(settings, role).client_args())


def partition_ends(settings: Settings, topics: list[str], consumer: KafkaConsumer | None = None) -> dict[TopicPartition, int]:
    """The end offset of every partition of the topics (with the given consumer, or a short-lived one)."""
    own = consumer is None
    consumer = consumer or offsets_consumer(settings)
    try:
        partitions = [TopicPartition(t, p) for t in topics for p in sorted(consumer.partitions_for_topic(t) or ())]
        return dict(consumer.end_offsets(partitions))
    finally:
        if own:
            consumer.close()


def end_offsets(settings: Settings, topics: list[str]) -> dict[str, int]:
    """The sum of end offsets of each topic: how many messages it has ever taken."""
    totals = dict.fromkeys(topics, 0)
    for tp, offset in partition_ends(settings, topics).items():
        totals[tp.topic] += offset
    return totals


def group_lag(settings: Settings, group: str, topics: list[str], *, admin: KafkaAdminClient | None = None,
              consumer: KafkaConsumer | None = None) -> dict[TopicPartition, int]:
    """Messages not yet committed by a consumer group, per partition (end offset minus committed offset).
    A long-lived caller passes its own admin client and consumer; otherwise short-lived ones are made."""
    if admin is None:
        with settings_admin(settings) as own:
            committed = own.list_group_offsets(group).get(group, {})
    else:
        committed = admin.list_group_offsets(group).get(group, {})
    # a group that has committed nothing answers with no offsets: its lag is the whole topic
    ends = partition_ends(settings, topics, consumer)
    return {tp: end - (committed[tp].offset if tp in committed else 0) for tp, end in ends.items()}
