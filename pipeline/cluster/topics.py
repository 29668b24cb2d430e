"""Kafka administration through kafka-python: is the cluster there, and are the policy's topics.

The one place that creates topics and reads their configuration, for `dev up`, the test
session and `retention check`. Topic settings come from the policy, so the retention a
topic has on the cluster is the retention the policy promises. Replication comes from the
cluster's size (LOGWARDEN_KAFKA_REPLICATION_FACTOR=auto: 3 replicas with min.insync.replicas=2
on three brokers or more, else 1), and a factor larger than the cluster is refused in one line.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kafka import KafkaAdminClient
from kafka.admin import ConfigResource, ConfigResourceType, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from pipeline.cluster.login import KafkaLogin, KafkaLoginError, kafka_login, login_refusal, port_open, require_reachable
from pipeline.policy import Policy, TopicSpec
from pipeline.settings import DLQ_HEADROOM, Settings, SettingsError, oversize_ceiling
from pipeline.versions import POLICY_TOPIC

#: Replicas where the cluster has room for them: a write acknowledged by 2 of 3 survives losing a node.
CLUSTER_REPLICATION = 3


@dataclass(frozen=True)
class TopicState:
    name: str
    created: bool
    partitions: int
    retention_ms: int
    replication: int = 1


@contextlib.contextmanager
def admin_client(bootstrap: str, login: KafkaLogin, client_id: str = "logwarden-admin",
                 timeout_ms: int = 10_000) -> Iterator[KafkaAdminClient]:
    require_reachable(bootstrap)
    try:
        admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id=client_id, request_timeout_ms=timeout_ms,
                                 bootstrap_timeout_ms=timeout_ms, **login.client_args())
    except KafkaError:
        # kafka-python says "unable to bootstrap" for a refused login too: ask once more what the cluster says, so a
        # wrong password is one line and exit 2 in every command, as in the worker's (issue 24)
        refused = login_refusal(bootstrap, login)
        if refused:
            raise KafkaLoginError(refused) from None
        raise
    try:
        yield admin
    finally:
        admin.close()


@contextlib.contextmanager
def settings_admin(settings: Settings, role: str = "admin") -> Iterator[KafkaAdminClient]:
    """An admin client of the configured cluster, logged in as the role's principal."""
    with admin_client(
        settings.kafka_bootstrap, kafka_login(settings, role), settings.kafka_client_id + "-admin"
    ) as admin:
        yield admin


def cluster_answers(bootstrap: str, login: KafkaLogin) -> bool:
    """True when the cluster answers a real metadata request (not merely an open port)."""
    if not any(port_open(server) for server in bootstrap.split(",")):
        return False  # fail fast: the client itself would retry its bootstrap for seconds
    try:
        with admin_client(bootstrap, login, timeout_ms=2000) as admin:
            return bool(admin.describe_cluster().get("brokers"))
    except (KafkaError, OSError, ValueError):
        return False


def min_insync_replicas(replication: int) -> int:
    """Replicas that must hold a write before acks=all succeeds: 2 of 3 or more (one node may be down), else 1."""
    return 2 if replication >= CLUSTER_REPLICATION else 1


def replication_factor(requested: int, brokers: int, bootstrap: str) -> int:
    """The replicas of new topics: `requested` (0 is auto: 3 on three brokers or more, else 1), never more than
    the cluster has brokers (SettingsError, one line)."""
    if requested == 0:
        return CLUSTER_REPLICATION if brokers >= CLUSTER_REPLICATION else 1
    if requested > brokers:
        more = " (locally: `logwarden dev up --brokers 3`)" if brokers < CLUSTER_REPLICATION <= requested else ""
        raise SettingsError(f"LOGWARDEN_KAFKA_REPLICATION_FACTOR is {requested}, but the cluster at {bootstrap} has "
                            f"{brokers} broker{'s' if brokers != 1 else ''}: set it to {brokers} or `auto`, or add "
                            f"brokers{more}")
    return requested


def topic_configs(spec: TopicSpec, max_message_bytes: int, replication: int = 1) -> dict[str, str]:
    return {
        "retention.ms": str(spec.retention_ms),
        # logs.policy keeps the last record of each key (an effective time) for good: the versions applied
        "cleanup.policy": "compact" if spec.role == POLICY_TOPIC.role else "delete",
        "min.insync.replicas": str(min_insync_replicas(replication)),
        # oversized input must reach the pipeline and the DLQ to be rejected with a reason, not lost at the broker
        # the DLQ takes whatever logs.raw took, plus the reason headers the worker adds
        "max.message.bytes": str(oversize_ceiling(max_message_bytes) + (DLQ_HEADROOM if spec.role == "dlq" else 0))
        if spec.role in ("raw", "dlq")
        else "1048588",
    }


def ensure_topics(settings: Settings, policy: Policy, specs: list[TopicSpec] | None = None) -> list[TopicState]:
    """Create the policy's topics (and `logs.policy`, the versions applied) that are missing, replicated as the
    cluster allows, and set retention and min.insync.replicas on all of them (idempotent). A replication factor
    the cluster cannot hold: SettingsError."""
    specs = [*policy.topics(), POLICY_TOPIC] if specs is None else specs
    states = []
    with settings_admin(settings) as admin:
        brokers = len(admin.describe_cluster().get("brokers", []))
        wanted = replication_factor(settings.kafka_replication_factor, brokers, settings.kafka_bootstrap)
        existing = set(admin.list_topics())
        replicas = _replicas(admin, [settings.topic(s.name) for s in specs if settings.topic(s.name) in existing])
        for spec in specs:
            name = settings.topic(spec.name)
            replication = replicas.get(name, wanted)
            configs = topic_configs(spec, settings.max_message_bytes, replication)
            created = False
            if name not in existing:
                try:
                    admin.create_topics([NewTopic(name, spec.partitions, wanted, topic_configs=configs)])
                    created = True
                except TopicAlreadyExistsError:
                    pass
            if not created:
                # the broker judges the names; kafka-python's own check of them (a describe of the topic's dynamic
                # configs) can race a topic created a moment before and call all four "unrecognized"
                admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, name, configs=configs)],
                                    raise_on_unknown=False)
            states.append(TopicState(name, created, spec.partitions, spec.retention_ms, replication))
    return states


def _replicas(admin: KafkaAdminClient, names: list[str]) -> dict[str, int]:
    """The replication factor each existing topic has (that of its first partition)."""
    if not names:
        return {}
    found = {}
    for topic in admin.describe_topics(names):
        partitions = topic.get("partitions") or []
        if partitions:
            found[topic["name"]] = len(partitions[0]["replica_nodes"])
    return found


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


def _config_values(responses: dict[str, Any], config: str) -> dict[str, str]:
    """Pick one config's value per topic out of describe_configs' {'topic': {name: {config: {...}}}}."""
    return {name: entries[config]["value"] for name, entries in responses.get("topic", {}).items() if config in entries}
