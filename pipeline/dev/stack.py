"""`logwarden dev up | down | status`: the local stack of real servers, started from the settings.

A server is started only when its configured endpoint is on this machine; an endpoint
elsewhere (a shared cluster, MinIO, AWS) is used as it is. Every step is idempotent:
`up` twice leaves one broker running and the topics as the policy says. `up --brokers 3`
runs a cluster of three KRaft nodes instead (kafka_cluster.py), in its own data folder
(`kafka-cluster/` in the state folder); `down` and `status` find whichever layout is there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from consumers import lifecycle
from consumers.holds import object_lock_enabled
from consumers.s3 import ensure_bucket, s3_client
from pipeline.cluster import acl as kafka_acl
from pipeline.cluster.login import kafka_login
from pipeline.cluster.principals import load_principals
from pipeline.cluster.topics import cluster_answers, ensure_topics
from pipeline.dev.kafka_cluster import KafkaCluster, local_cluster, node_ports
from pipeline.dev.kafka_server import KafkaBroker
from pipeline.dev.process import StackMisconfigured, StackUnavailable, port_is_free
from pipeline.dev.prometheus_server import INSTALL_HINT, PrometheusServer, find_binary, prometheus_answers
from pipeline.dev.s3_server import MotoS3Server, restore_snapshot, s3_answers, speaks_s3
from pipeline.metrics_server import remove_stale_targets, scrape_host
from pipeline.policy import load_policy
from pipeline.pseudonym_key import ensure_local_key, local_key_path
from pipeline.settings import Settings, SettingsError, is_local_url

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


#: Nodes of the local cluster `up --brokers 3` starts.
CLUSTER_SIZE = 3


def broker(settings: Settings) -> KafkaBroker | None:
    """The dev broker for the configured bootstrap, or None when Kafka is not on this machine."""
    first = settings.kafka_bootstrap.split(",")[0]
    host, _, port = first.rpartition(":")
    if not is_local_url(f"http://{host}:{port}"):
        return None
    return KafkaBroker(home=settings.state_dir / "kafka", host=host, port=int(port),
                       controller_port=settings.kafka_controller_port, **_node_settings(settings))


def cluster(settings: Settings) -> KafkaCluster | None:
    """The dev cluster of three nodes for the configured bootstrap (node 1 at its first server), or None when
    Kafka is not on this machine."""
    servers = settings.kafka_bootstrap.split(",")
    host, _, port = servers[0].rpartition(":")
    if not is_local_url(f"http://{host}:{port}"):
        return None
    listed = [int(server.rpartition(":")[2]) for server in servers]
    ports = node_ports(int(port), settings.kafka_controller_port, CLUSTER_SIZE, listed)
    return local_cluster(settings.state_dir / "kafka-cluster", host, ports, **_node_settings(settings))


def _node_settings(settings: Settings) -> dict[str, Any]:
    principals = load_principals(settings.principals_file, load_policy(settings.policy_file))
    return {"heap": settings.kafka_heap, "java_home": settings.java_home, "cache_dir": settings.state_dir,
            "security": settings.kafka_security_protocol, "secrets": settings.kafka_secrets,
            "admin": principals.admin, "users": tuple(principals.users())}


def _cluster_layout(settings: Settings) -> bool:
    """Is the local Kafka the three-node cluster (running, or formatted and not replaced by the single node)?"""
    found = cluster(settings) if (settings.state_dir / "kafka-cluster").exists() else None
    if found is None:
        return False
    single = broker(settings)
    if any(node.running_pid() for node in found.nodes):
        return True
    return not (single is not None and single.running_pid())


def kafka_servers(settings: Settings) -> list[KafkaBroker]:
    """The local Kafka nodes of the layout in use: the single broker, or the cluster's nodes."""
    if _cluster_layout(settings):
        found = cluster(settings)
        return found.nodes if found else []
    single = broker(settings)
    return [single] if single else []


def kafka_answers(settings: Settings) -> bool:
    """Does the configured cluster answer the admin's login (on a fresh machine there is no login yet: no)?"""
    try:
        login = kafka_login(settings, "admin")
    except SettingsError:
        return False
    return cluster_answers(settings.kafka_bootstrap, login)


def s3_server(settings: Settings) -> MotoS3Server | None:
    """The dev S3 server for the configured endpoint, or None when S3 is not on this machine."""
    if not settings.s3_endpoint or not is_local_url(settings.s3_endpoint):
        return None
    parts = urlsplit(settings.s3_endpoint)
    return MotoS3Server(home=settings.state_dir / "s3", host=parts.hostname or "127.0.0.1", port=parts.port or 80)


def prometheus(settings: Settings) -> PrometheusServer | None:
    """The dev Prometheus for the configured URL, or None when it is not on this machine."""
    if not settings.prometheus_url or not is_local_url(settings.prometheus_url):
        return None
    parts = urlsplit(settings.prometheus_url)
    return PrometheusServer(home=settings.state_dir / "prometheus", host=parts.hostname or "127.0.0.1",
                            port=parts.port or 80, runbook_base=settings.runbook_base_url,
                            targets=settings.scrape_targets_dir)


def local_targets(settings: Settings) -> dict[str, list[str]]:
    """The metrics endpoints of the services started on this machine with these settings (the worker and the sink,
    which a healthy stack runs: their absence is an alert). The sources, which run now and then, register
    themselves while they run (pipeline/metrics_server.py `registered`), so an idle one is no target down."""
    host = scrape_host(settings.bind_host)
    return {"logwarden-worker": [f"{host}:{settings.worker_metrics_port}"],
            "logwarden-sink": [f"{host}:{settings.sink_metrics_port}"]}


def up(settings: Settings, say: Say, brokers: int | None = None) -> set[str]:
    """Start what is not answering yet (idempotent); returns the names of the servers started now. `brokers`:
    1 or 3 local Kafka nodes (None: the layout already there, else one)."""
    started: set[str] = set()
    policy = load_policy(settings.policy_file)
    _s3_port_is_ours(settings)
    if brokers is None:
        brokers = CLUSTER_SIZE if _cluster_layout(settings) else 1
    kafka = broker(settings)
    if brokers == CLUSTER_SIZE:
        _heal_cluster(settings, say, started)
    if kafka_answers(settings):
        _already_up(settings, brokers, say)
    elif kafka is None:
        raise StackUnavailable(f"Kafka at {settings.kafka_bootstrap} does not answer, and it is not on this machine to "
                               "start")
    elif brokers == CLUSTER_SIZE:
        _start_cluster(settings, say, started)
    else:
        say(f"kafka  starting Apache Kafka (KRaft, single node) at {kafka.bootstrap} ...")
        seconds = kafka.start()
        started.add("kafka")
        say(f"kafka  up in {seconds:.1f}s (pid {kafka.running_pid()}, logs in {kafka.home / 'logs'})")
        if kafka.security == "SASL_SSL":
            say(f"kafka  SASL_SSL only: TLS from the local CA and SCRAM-SHA-512 logins (secrets in "
                f"{settings.kafka_secrets}), ACLs decide, no anonymous access")
    for state in ensure_topics(settings, policy):
        days = state.retention_ms / 86_400_000
        say(f"topic  {state.name:<24} {'created' if state.created else 'exists '}  "
            f"{state.partitions} partitions, {state.replication} replica{'s' if state.replication > 1 else ''}, "
            f"retention {days:g} days")
    if not settings.hmac_key and settings.hmac_key_file is None:
        ensure_local_key(settings)
        say(f"key    the local processes' pseudonym key: {local_key_path(settings)} (0600; production sets "
            "LOGWARDEN_HMAC_KEY_FILE)")
    if settings.kafka_security_protocol.startswith("SASL_"):
        principals = load_principals(settings.principals_file, policy)
        if kafka is not None:
            for user in kafka_acl.ensure_local_logins(settings, principals):
                say(f"login  {user}: SCRAM credential made, password in {settings.kafka_secrets}")
        report = kafka_acl.apply(settings, policy, principals)
        say(f"acl    {report.desired} ACLs from {settings.principals_file.name}: "
            f"{len(report.diff.missing)} added, {len(report.diff.extra)} removed")
        for grant in report.diff.covering:
            say(f"acl    WARNING: {grant} reaches logwarden's topics or groups through a wildcard or prefix; "
                "narrow it by hand (`logwarden acl check`)")

    moto = s3_server(settings)
    s3_up = bool(settings.s3_endpoint) and s3_answers(settings.s3_endpoint)
    _start("s3", "s3", settings.s3_endpoint or "AWS S3", s3_up, moto, "moto's S3 server", "", say, started)
    client = s3_client(settings)
    if moto is not None and "s3" in started:
        restored = restore_snapshot(client, moto.snapshot_dir)
        if restored:
            say(f"s3     restored {restored} objects saved by the last `dev down` ({moto.snapshot_dir})")
    created = ensure_bucket(client, settings.s3_bucket, settings.s3_region)
    lock = "on" if object_lock_enabled(client, settings.s3_bucket) else "OFF: legal holds need a new bucket"
    say(f"bucket {settings.s3_bucket} {'created' if created else 'exists'} (default encryption AES256, versioning and "
        f"Object Lock {lock})")
    rule = lifecycle.ensure(client, settings.s3_bucket, policy.retention)
    say(f"bucket {settings.s3_bucket}: objects expire after {policy.retention.s3_days} days "
        f"({'rule put' if not rule.compliant else 'rule already so'})")

    prom = prometheus(settings)
    if prom is not None:
        prom.set_targets("local", local_targets(settings))
        remove_stale_targets(prom.targets_dir)  # the files of sources killed before they could remove theirs
    if not settings.prometheus_url:
        say("prom   none configured (LOGWARDEN_PROMETHEUS_URL is empty)")
    elif prom is not None and find_binary() is None and not prometheus_answers(settings.prometheus_url):
        say(f"prom   not started: {INSTALL_HINT}")
    else:
        _start(
            "prom",
            "prometheus",
            settings.prometheus_url,
            prometheus_answers(settings.prometheus_url),
            prom,
            "Prometheus (alerts from config/prometheus/alerts.yml)",
            f": {settings.prometheus_url}/alerts",
            say,
            started,
        )
    return started


def _s3_port_is_ours(settings: Settings) -> None:
    """Before anything starts: the local S3's port holds an S3 server or nothing (a program of another kind there
    is a configuration mistake, said in one line, not found after Kafka has started)."""
    moto = s3_server(settings)
    if moto is None or speaks_s3(moto.endpoint):
        return
    if s3_answers(moto.endpoint) or not port_is_free(moto.host, moto.port):
        raise StackMisconfigured(f"port {moto.host}:{moto.port} is held by a program that is not an S3 server: stop "
                                 "it, or set LOGWARDEN_S3_ENDPOINT to a free port for the local S3")


def _already_up(settings: Settings, brokers: int, say: Say) -> None:
    """Kafka answers already: fine, unless it is not the size asked for."""
    from pipeline.cluster.topics import settings_admin

    with settings_admin(settings) as admin:
        running = len(admin.describe_cluster().get("brokers", []))
    if running < brokers:
        raise StackMisconfigured(f"Kafka at {settings.kafka_bootstrap} is up with {running} broker(s), not {brokers}: "
                         f"`logwarden dev down` first, then `logwarden dev up --brokers {brokers}`")
    say(f"kafka  already up at {settings.kafka_bootstrap} ({running} broker{'s' if running > 1 else ''})")


def _heal_cluster(settings: Settings, say: Say, started: set[str]) -> None:
    """Bring back the nodes of a running local cluster whose process is gone (issue 27): a cluster of three that runs
    on two has no node to spare (min.insync.replicas 2), so `up` starts each missing node and waits until the cluster
    counts it again, whatever the bootstrap lists. A node counts as up when its process runs, not when the controller
    still lists its registration. A cluster with no node running is left to the ordinary start."""
    found = cluster(settings)
    if found is None:
        return
    down = [node for node in found.nodes if node.running_pid() is None]
    if not down or len(down) == len(found.nodes):
        return
    for node in down:
        say(f"kafka  node {node.node_id} at {node.bootstrap} is down: starting it again ...")
    seconds = found.start()
    started.add("kafka")
    for node in down:
        say(f"kafka  node {node.node_id} back (pid {node.running_pid()}); the cluster counts {len(found.nodes)} "
            f"brokers again ({seconds:.1f}s)")


def _start_cluster(settings: Settings, say: Say, started: set[str]) -> None:
    found = cluster(settings)
    single = broker(settings)
    if found is None or single is None:
        raise StackMisconfigured(f"Kafka at {settings.kafka_bootstrap} is not on this machine to start")
    if single.running_pid():
        raise StackMisconfigured(f"the single local broker (pid {single.running_pid()}) is running: "
                         "`logwarden dev down` first, then `logwarden dev up --brokers 3`")
    say(f"kafka  starting {CLUSTER_SIZE} Apache Kafka nodes (KRaft, one quorum of {CLUSTER_SIZE} voters) at "
        f"{found.bootstrap} ...")
    seconds = found.start()
    started.add("kafka")
    for node in found.nodes:
        say(f"kafka  node {node.node_id} at {node.bootstrap} (controller :{node.controller_port}, pid "
            f"{node.running_pid()}, data in {node.data_dir})")
    say(f"kafka  up in {seconds:.1f}s: replication 3, min.insync.replicas 2, internal topics too; clients may "
        f"bootstrap from any node: LOGWARDEN_KAFKA_BOOTSTRAP={found.bootstrap}")


def _start(
    label: str,
    key: str,
    endpoint: str,
    answering: bool,
    server: MotoS3Server | PrometheusServer | None,
    what: str,
    after: str,
    say: Say,
    started: set[str],
) -> None:
    """Start one server of the stack unless it already answers or is not on this machine."""
    if answering:
        say(f"{label:<6} already up at {endpoint}")
    elif server is None:
        say(f"{label:<6} using {endpoint} (not started here)")
    else:
        say(f"{label:<6} starting {what} at {endpoint} ...")
        seconds = server.start()
        started.add(key)
        say(f"{label:<6} up in {seconds:.1f}s (pid {server.running_pid()}){after}")


def down(settings: Settings, say: Say, only: set[str] | None = None) -> None:
    """Stop the servers `up` starts on this machine (or `only` those named)."""
    if only is None or "kafka" in only:
        nodes = kafka_servers(settings)
        if len(nodes) > 1:
            for node in nodes:  # all told at once, as KafkaCluster.stop does: the last one alone waits for no quorum
                node.process.request_stop()
            for node in nodes:
                say(f"kafka node {node.node_id} {'stopped' if node.stop() else 'was not running'}")
            only = (only or {"prometheus", "s3", "kafka"}) - {"kafka"}
    for name, component in (
        ("prometheus", prometheus(settings)),
        ("s3", s3_server(settings)),
        ("kafka", broker(settings)),
    ):
        if only is not None and name not in only:
            continue
        if component is None:
            say(f"{name:<6} not on this machine; left alone")
        elif isinstance(component, MotoS3Server) and component.stop(client=s3_client(settings)):
            say(f"{name:<6} stopped (buckets saved to {component.snapshot_dir}; `dev up` restores them)")
        elif not isinstance(component, MotoS3Server) and component.stop():
            say(f"{name:<6} stopped")
        else:
            say(f"{name:<6} was not running")


def status(settings: Settings) -> list[ComponentStatus]:
    nodes = kafka_servers(settings)
    moto = s3_server(settings)
    prom = prometheus(settings)
    if len(nodes) > 1:
        kafka_rows = [ComponentStatus(f"kafka{node.node_id}", node.bootstrap,
                                      cluster_answers(node.bootstrap, node.admin_login()), True, node.running_pid())
                      for node in nodes]
    else:
        kafka_rows = [ComponentStatus("kafka", settings.kafka_bootstrap, kafka_answers(settings), bool(nodes),
                                      nodes[0].running_pid() if nodes else None)]
    return [
        *kafka_rows,
        ComponentStatus(
            "s3",
            settings.s3_endpoint or "AWS S3",
            s3_answers(settings.s3_endpoint) if settings.s3_endpoint else True,
            moto is not None,
            moto.running_pid() if moto else None,
        ),
        ComponentStatus(
            "prom",
            settings.prometheus_url or "(none)",
            prometheus_answers(settings.prometheus_url) if settings.prometheus_url else True,
            prom is not None,
            prom.running_pid() if prom else None,
        ),
    ]
