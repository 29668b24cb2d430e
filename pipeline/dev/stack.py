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
from pipeline import kafka_acl
from pipeline.access import load_principals
from pipeline.dev.kafka_server import KafkaBroker
from pipeline.dev.process import StackError
from pipeline.dev.prometheus_server import INSTALL_HINT, PrometheusServer, find_binary, prometheus_answers
from pipeline.dev.s3_server import MotoS3Server, s3_answers
from pipeline.kafka_admin import cluster_answers, ensure_topics
from pipeline.kafka_auth import kafka_login
from pipeline.policy import load_policy
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


def broker(settings: Settings) -> KafkaBroker | None:
    """The dev broker for the configured bootstrap, or None when Kafka is not on this machine."""
    first = settings.kafka_bootstrap.split(",")[0]
    host, _, port = first.rpartition(":")
    if not is_local_url(f"http://{host}:{port}"):
        return None
    principals = load_principals(settings.principals_file, load_policy(settings.policy_file))
    return KafkaBroker(home=settings.state_dir / "kafka", host=host, port=int(port),
                       controller_port=settings.kafka_controller_port, heap=settings.kafka_heap,
                       java_home=settings.java_home, cache_dir=settings.state_dir,
                       security=settings.kafka_security_protocol, secrets=settings.kafka_secrets,
                       admin=principals.admin, users=tuple(principals.users()))


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
                            port=parts.port or 80)


def local_targets(settings: Settings) -> dict[str, list[str]]:
    """The metrics endpoints of logwarden processes started on this machine with these settings."""
    host = "127.0.0.1" if settings.bind_host in {"0.0.0.0", "::"} else settings.bind_host
    return {"logwarden-worker": [f"{host}:{settings.worker_metrics_port}"],
            "logwarden-sink": [f"{host}:{settings.sink_metrics_port}"],
            "logwarden-loadgen": [f"{host}:{settings.producer_metrics_port}"],
            "logwarden-tailer": [f"{host}:{settings.tailer_metrics_port}"]}


def up(settings: Settings, say: Say) -> set[str]:
    """Start what is not answering yet (idempotent); returns the names of the servers started now."""
    started: set[str] = set()
    policy = load_policy(settings.policy_file)
    kafka = broker(settings)
    if kafka_answers(settings):
        say(f"kafka  already up at {settings.kafka_bootstrap}")
    elif kafka is None:
        raise StackError(f"Kafka at {settings.kafka_bootstrap} does not answer, and it is not on this machine to start")
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
            f"{state.partitions} partitions, retention {days:g} days")
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
    _start("s3", "s3", settings.s3_endpoint or "AWS S3", bool(settings.s3_endpoint) and s3_answers(settings.s3_endpoint),
           moto, "moto's S3 server", "", say, started)
    created = ensure_bucket(s3_client(settings), settings.s3_bucket, settings.s3_region)
    say(f"bucket {settings.s3_bucket} {'created' if created else 'exists'} (default encryption AES256)")

    prom = prometheus(settings)
    if prom is not None:
        prom.set_targets("local", local_targets(settings))
    if not settings.prometheus_url:
        say("prom   none configured (LOGWARDEN_PROMETHEUS_URL is empty)")
    elif prom is not None and find_binary() is None and not prometheus_answers(settings.prometheus_url):
        say(f"prom   not started: {INSTALL_HINT}")
    else:
        _start("prom", "prometheus", settings.prometheus_url, prometheus_answers(settings.prometheus_url), prom,
               "Prometheus (alerts from config/prometheus/alerts.yml)", f": {settings.prometheus_url}/alerts", say, started)
    return started


def _start(label: str, key: str, endpoint: str, answering: bool, server: MotoS3Server | PrometheusServer | None, what: str,
           after: str, say: Say, started: set[str]) -> None:
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
    for name, component in (("prometheus", prometheus(settings)), ("s3", s3_server(settings)),
                            ("kafka", broker(settings))):
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
    prom = prometheus(settings)
    return [
        ComponentStatus("kafka", settings.kafka_bootstrap, kafka_answers(settings),
                        kafka is not None, kafka.running_pid() if kafka else None),
        ComponentStatus("s3", settings.s3_endpoint or "AWS S3",
                        s3_answers(settings.s3_endpoint) if settings.s3_endpoint else True,
                        moto is not None, moto.running_pid() if moto else None),
        ComponentStatus("prom", settings.prometheus_url or "(none)",
                        prometheus_answers(settings.prometheus_url) if settings.prometheus_url else True,
                        prom is not None, prom.running_pid() if prom else None),
    ]
