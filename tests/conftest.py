"""The test session's real servers: one Apache Kafka broker and one moto S3 server for all tests.

They start on free loopback ports in a temporary folder, so a developer's `dev up` stack is
never touched; LOGWARDEN_KAFKA_BOOTSTRAP / LOGWARDEN_S3_ENDPOINT point the tests at servers
that already run instead. A server that cannot start fails the session with its reason:
there is no skip and no stand-in.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers import TcpProxy, free_metrics_ports

from consumers.s3 import ensure_bucket, s3_client
from pipeline.cluster.acl import ensure_topics_with_acls
from pipeline.cluster.principals import load_principals
from pipeline.dev.kafka_server import KafkaBroker
from pipeline.dev.process import StackError, free_port
from pipeline.dev.prometheus_server import PrometheusServer
from pipeline.dev.s3_server import MotoS3Server
from pipeline.policy import Policy, load_policy
from pipeline.settings import Settings

#: A test run ends what it starts, even when stopped from outside (issue 27).
pytest_plugins = ["process_guard"]

#: How to log in to a cluster the tests did not start (LOGWARDEN_KAFKA_BOOTSTRAP given): kept from the environment.
_EXTERNAL_KAFKA = {"LOGWARDEN_KAFKA_SECURITY_PROTOCOL", "LOGWARDEN_KAFKA_SASL_MECHANISM", "LOGWARDEN_KAFKA_USERNAME",
                   "LOGWARDEN_KAFKA_PASSWORD", "LOGWARDEN_KAFKA_PASSWORD_FILE", "LOGWARDEN_KAFKA_CA_FILE",
                   "LOGWARDEN_KAFKA_SECRETS_DIR"}


#: Fixtures that start or reach real servers: a test that uses one, even through another fixture, is marked
#: `servers`, so `make test-fast` (`-m "not servers"`) runs the rest in seconds.
SERVER_FIXTURES = frozenset({"servers", "prometheus"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SERVER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.servers)


@dataclass
class Servers:
    bootstrap: str
    s3_endpoint: str
    home: Path
    broker: KafkaBroker | None = None
    s3: MotoS3Server | None = None
    cut: TcpProxy | None = None  # a TCP hop to the broker that tests can take down: Kafka "stops" for its clients
    notes: dict[str, float] = field(default_factory=dict)

    def env(self, **overrides: str) -> dict[str, str]:
        """An environment for a logwarden subprocess that talks to these servers, as each process's own
        principal (the session broker's logins are in its secrets folder)."""
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("LOGWARDEN_") or (self.broker is None and k in _EXTERNAL_KAFKA)}
        if self.broker is not None:
            env["LOGWARDEN_KAFKA_SECURITY_PROTOCOL"] = self.broker.security
            env["LOGWARDEN_KAFKA_SECRETS_DIR"] = str(self.broker.secrets_dir)
        env.update({
            "LOGWARDEN_KAFKA_BOOTSTRAP": self.bootstrap,
            "LOGWARDEN_S3_ENDPOINT": self.s3_endpoint,
            "LOGWARDEN_LOG_FORMAT": "json",
            "LOGWARDEN_DEV_MODE": "true",
            # no Prometheus unless a test asks for one: `dev up` and the demo would start one on 9090
            "LOGWARDEN_PROMETHEUS_URL": "",
            **free_metrics_ports(),
        })
        env.update(overrides)
        return env


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    base = Settings.from_env({k: v for k, v in os.environ.items()
                              if k not in {"LOGWARDEN_KAFKA_BOOTSTRAP", "LOGWARDEN_S3_ENDPOINT"}})
    home = tmp_path_factory.mktemp("stack")
    found = Servers(os.environ.get("LOGWARDEN_KAFKA_BOOTSTRAP", ""), os.environ.get("LOGWARDEN_S3_ENDPOINT", ""), home)
    try:
        if not found.bootstrap:
            cut_port = free_port()
            found.cut = TcpProxy("127.0.0.1", cut_port)
            principals = load_principals(base.principals_file, load_policy(base.policy_file))
            found.broker = KafkaBroker(home / "kafka", "127.0.0.1", free_port(), free_port(), heap="512m",
                                       java_home=base.java_home, cache_dir=base.state_dir,
                                       cut_listener=(cut_port, found.cut.port),
                                       security=base.kafka_security_protocol, secrets=home / "kafka-secrets",
                                       admin=principals.admin, users=tuple(principals.users()))
            found.notes["kafka_start_seconds"] = found.broker.start()
            found.bootstrap = found.broker.bootstrap
        if not found.s3_endpoint:
            found.s3 = MotoS3Server(home / "s3", "127.0.0.1", free_port())
            found.notes["s3_start_seconds"] = found.s3.start()
            found.s3_endpoint = found.s3.endpoint
    except StackError as exc:
        for server in (found.s3, found.broker):
            if server is not None:
                server.stop()
        pytest.fail(f"the test session could not start its real servers: {exc}", pytrace=False)
    yield found
    for server in (found.s3, found.broker):
        if server is not None:
            server.stop()


@pytest.fixture(scope="session")
def prometheus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrometheusServer]:
    """A real Prometheus (Debian's package) for the tests that check metrics through it: it scrapes every
    second whatever target files a test writes with `set_targets`, and loads config/prometheus/alerts.yml."""
    server = PrometheusServer(tmp_path_factory.mktemp("prometheus"), "127.0.0.1", free_port(),
                              scrape_interval="1s", evaluation_interval="1s")
    try:
        server.start()
    except StackError as exc:
        server.stop()
        pytest.fail(f"the tests could not start Prometheus: {exc}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def kafka_cut(servers: Servers) -> Iterator[TcpProxy]:
    """The broker behind a TCP hop the test can take down and bring back; `.port` is its bootstrap port."""
    if servers.cut is None:
        pytest.fail("this test stops Kafka for its clients through the session broker's cut listener; "
                    "it needs the broker the test session starts (unset LOGWARDEN_KAFKA_BOOTSTRAP)", pytrace=False)
    yield servers.cut
    servers.cut.release()
    if not servers.cut.is_up:
        servers.cut.up()


@pytest.fixture
def unique() -> str:
    """A fresh name part for one test's topics, groups and bucket."""
    return uuid.uuid4().hex[:10]


@pytest.fixture
def settings(servers: Servers, unique: str, tmp_path: Path) -> Settings:
    """Settings for one test: the session's servers, fresh topic names, a fresh bucket and state folder."""
    return Settings.from_env(servers.env(
        LOGWARDEN_TOPIC_PREFIX=f"t{unique}.",
        LOGWARDEN_S3_BUCKET=f"lw-{unique}",
        LOGWARDEN_STATE_DIR=str(tmp_path / "state"),
        LOGWARDEN_WORKER_GROUP=f"pipeline-{unique}",
        LOGWARDEN_SINK_GROUP=f"sink-{unique}",
    ))


@pytest.fixture
def policy(settings: Settings) -> Policy:
    return load_policy(settings.policy_file)


@pytest.fixture
def topics(settings: Settings, policy: Policy) -> dict[str, str]:
    """The policy's topics created for this test, with the ACLs of config/principals.toml on them
    (on a secured cluster); role or route name -> topic name on the cluster."""
    ensure_topics_with_acls(settings, policy)
    return {spec.role: settings.topic(spec.name) for spec in policy.topics()}


@pytest.fixture
def bucket(settings: Settings) -> str:
    ensure_bucket(s3_client(settings), settings.s3_bucket, settings.s3_region)
    return settings.s3_bucket

