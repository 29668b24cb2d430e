"""The test session's real servers: one Apache Kafka broker and one moto S3 server for all tests.

They start on free loopback ports in a temporary folder, so a developer's `dev up` stack is
never touched; LOGWARDEN_KAFKA_BOOTSTRAP / LOGWARDEN_S3_ENDPOINT point the tests at servers
that already run instead. A server that cannot start fails the session with its reason:
there is no skip and no stand-in.
"""

from __future__ import annotations

import base64
import os
import pickle
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
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
SERVER_FIXTURES = frozenset({"session_servers", "servers", "killable_servers", "prometheus"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    with_servers = set()
    for item in items:
        # a test of linear time (its name says so) compares CPU times, which the load of `make test`'s other processes,
        # brokers and pipelines still skews (shared caches, a lower clock): marked, `make test` runs them after the
        # others, alone
        if "linear" in item.name:
            item.add_marker(pytest.mark.timing)
        if SERVER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.servers)
            with_servers.add(item.path)
    # The files that use servers first, the others after (each file's tests kept together, in their order): under
    # `pytest -n 3 --dist loadfile` the long files start at once and the quick ones fill in at the end, so the
    # processes finish near each other (the suite took minutes longer when a three-broker file came last).
    items.sort(key=lambda item: item.path not in with_servers)


@dataclass
class Servers:
    bootstrap: str
    s3_endpoint: str
    home: Path
    broker: KafkaBroker | None = None
    s3: MotoS3Server | None = None
    #: (the broker's cut listener, the port it advertises there): a TCP hop on the second, made by `kafka_cut` in
    #: the one process whose tests cut Kafka, lets tests take Kafka down for its clients.
    cut_ports: tuple[int, int] | None = None
    cut: TcpProxy | None = None
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

    def stop(self) -> None:
        """Each server stopped even when stopping another was interrupted (a run ended by SIGTERM mid-teardown)."""
        try:
            if self.cut is not None:
                self.cut.down()
        finally:
            try:
                if self.s3 is not None:
                    self.s3.stop()
            finally:
                if self.broker is not None:
                    self.broker.stop()


def _start_servers(home: Path, *, kafka: str = "", s3_endpoint: str = "") -> Servers:
    """A broker and an S3 server on free loopback ports in `home`, each unless given (`kafka`, `s3_endpoint`:
    servers that already run). Raises StackError with the reason when one cannot start, having stopped the other."""
    base = Settings.from_env({k: v for k, v in os.environ.items()
                              if k not in {"LOGWARDEN_KAFKA_BOOTSTRAP", "LOGWARDEN_S3_ENDPOINT"}})
    found = Servers(kafka, s3_endpoint, home)
    try:
        if not found.bootstrap:
            found.cut_ports = (free_port(), free_port())
            principals = load_principals(base.principals_file, load_policy(base.policy_file))
            found.broker = KafkaBroker(home / "kafka", "127.0.0.1", free_port(), free_port(), heap="512m",
                                       java_home=base.java_home, cache_dir=base.state_dir,
                                       cut_listener=found.cut_ports,
                                       security=base.kafka_security_protocol, secrets=home / "kafka-secrets",
                                       admin=principals.admin, users=tuple(principals.users()))
            found.notes["kafka_start_seconds"] = found.broker.start()
            found.bootstrap = found.broker.bootstrap
        if not found.s3_endpoint:
            found.s3 = MotoS3Server(home / "s3", "127.0.0.1", free_port())
            found.notes["s3_start_seconds"] = found.s3.start()
            found.s3_endpoint = found.s3.endpoint
    except StackError:
        found.stop()
        raise
    return found


# --- one stack for every worker of `pytest -n N` (pytest-xdist) ---------------------------------------------------
# `make test` runs the tests in two processes, a test file in one of them (`--dist loadfile`: a module's fixtures, the
# three-node cluster, the one cut hop are made once). The controller starts the session's servers before the workers
# and stops them after: one broker and one S3 server for the whole run, as in a run without -n. Each worker gets
# their addresses (and the broker's description, so that tests can read its files and pid) through its `workerinput`.
_HANDOFF = "logwarden_servers"


def _describe(found: Servers) -> str:
    broker = None
    if found.broker is not None:
        broker = {f.name: getattr(found.broker, f.name) for f in fields(found.broker) if f.init}
    return base64.b64encode(pickle.dumps({"bootstrap": found.bootstrap, "s3_endpoint": found.s3_endpoint,
                                          "home": found.home, "cut_ports": found.cut_ports,
                                          "notes": found.notes, "broker": broker})).decode()


def _described(text: str) -> Servers:
    data = pickle.loads(base64.b64decode(text))  # noqa: S301 - written by this run's own controller process
    broker = KafkaBroker(**data["broker"]) if data["broker"] is not None else None
    return Servers(data["bootstrap"], data["s3_endpoint"], data["home"], broker=broker,
                   cut_ports=data["cut_ports"], notes=data["notes"])


def _xdist_controller(config: pytest.Config) -> bool:
    return not hasattr(config, "workerinput") and bool(getattr(config.option, "numprocesses", None))


class _StackForWorkers:
    """The controller's side of the hand-off: registered only under xdist (whose hooks it implements)."""

    def __init__(self, found: Servers | None, error: str) -> None:
        self.found, self.error = found, error

    def pytest_configure_node(self, node: object) -> None:
        node.workerinput[_HANDOFF] = _describe(self.found) if self.found else ""  # type: ignore[attr-defined]
        node.workerinput[_HANDOFF + "_error"] = self.error  # type: ignore[attr-defined]

    @pytest.hookimpl(tryfirst=True)  # before tests/process_guard.py looks for processes left running
    def pytest_sessionfinish(self) -> None:
        if self.found is not None:
            self.found.stop()


def pytest_configure(config: pytest.Config) -> None:
    if not _xdist_controller(config) or "not servers" in (config.option.markexpr or ""):
        return
    found, error = None, ""
    try:
        found = _start_servers(Path(tempfile.mkdtemp(prefix="logwarden-stack-")),
                               kafka=os.environ.get("LOGWARDEN_KAFKA_BOOTSTRAP", ""),
                               s3_endpoint=os.environ.get("LOGWARDEN_S3_ENDPOINT", ""))
    except StackError as exc:
        error = str(exc)
    config.pluginmanager.register(_StackForWorkers(found, error), "logwarden-stack")


@pytest.fixture(scope="session")
def session_servers(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    handoff = getattr(request.config, "workerinput", {})
    if handoff.get(_HANDOFF + "_error"):
        pytest.fail(f"the test session could not start its real servers: {handoff[_HANDOFF + '_error']}",
                    pytrace=False)
    if handoff.get(_HANDOFF):
        yield _described(handoff[_HANDOFF])  # the controller stops them
        return
    try:
        found = _start_servers(tmp_path_factory.mktemp("stack"), kafka=os.environ.get("LOGWARDEN_KAFKA_BOOTSTRAP", ""),
                               s3_endpoint=os.environ.get("LOGWARDEN_S3_ENDPOINT", ""))
    except StackError as exc:
        pytest.fail(f"the test session could not start its real servers: {exc}", pytrace=False)
    yield found
    found.stop()


@pytest.fixture(scope="session")
def servers(session_servers: Servers) -> Servers:
    """The session's broker and S3 server, shared by every test (and every worker of `pytest -n`)."""
    return session_servers


@pytest.fixture(scope="session")
def killable_servers(request: pytest.FixtureRequest, session_servers: Servers,
                     tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    """Servers whose broker a test may kill and restart: the session's own in a run of one process; under `pytest -n`,
    where the other worker's tests are using the session broker, a broker of this worker's own (the tests that use it
    are in one file, and `--dist loadfile` runs a file in one worker)."""
    if not hasattr(request.config, "workerinput"):
        yield session_servers
        return
    if session_servers.broker is None:
        pytest.fail("these tests kill and restart the session's own broker (unset LOGWARDEN_KAFKA_BOOTSTRAP)",
                    pytrace=False)
    try:
        found = _start_servers(tmp_path_factory.mktemp("killable"), s3_endpoint=session_servers.s3_endpoint)
    except StackError as exc:
        pytest.fail(f"the test session could not start a broker its tests may kill: {exc}", pytrace=False)
    yield found
    found.stop()


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
    if servers.cut_ports is None:
        pytest.fail("this test stops Kafka for its clients through the session broker's cut listener; "
                    "it needs the broker the test session starts (unset LOGWARDEN_KAFKA_BOOTSTRAP)", pytrace=False)
    if servers.cut is None:
        listener, advertised = servers.cut_ports
        servers.cut = TcpProxy("127.0.0.1", listener, port=advertised)
    yield servers.cut
    servers.cut.release()
    if not servers.cut.is_up:
        servers.cut.up()


@pytest.fixture
def unique() -> str:
    """A fresh name part for one test's topics, groups and bucket."""
    return uuid.uuid4().hex[:10]


def settings_for(servers: Servers, unique: str, tmp_path: Path) -> Settings:
    """Settings for one test on these servers: fresh topic names, a fresh bucket and state folder."""
    return Settings.from_env(servers.env(
        LOGWARDEN_TOPIC_PREFIX=f"t{unique}.",
        LOGWARDEN_S3_BUCKET=f"lw-{unique}",
        LOGWARDEN_STATE_DIR=str(tmp_path / "state"),
        LOGWARDEN_WORKER_GROUP=f"pipeline-{unique}",
        LOGWARDEN_SINK_GROUP=f"sink-{unique}",
    ))


def topics_for(settings: Settings, policy: Policy) -> dict[str, str]:
    """The policy's topics created, with the ACLs of config/principals.toml on them (on a secured cluster);
    role or route name -> topic name on the cluster."""
    ensure_topics_with_acls(settings, policy)
    return {spec.role: settings.topic(spec.name) for spec in policy.topics()}


@pytest.fixture
def settings(servers: Servers, unique: str, tmp_path: Path) -> Settings:
    return settings_for(servers, unique, tmp_path)


@pytest.fixture
def policy(settings: Settings) -> Policy:
    return load_policy(settings.policy_file)


@pytest.fixture
def topics(settings: Settings, policy: Policy) -> dict[str, str]:
    return topics_for(settings, policy)


@pytest.fixture
def bucket(settings: Settings) -> str:
    ensure_bucket(s3_client(settings), settings.s3_bucket, settings.s3_region)
    return settings.s3_bucket

