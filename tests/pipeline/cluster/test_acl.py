"""Clause 3.1 on Kafka, against the session's broker (SASL_SSL, SCRAM-SHA-512, StandardAuthorizer):
each principal can do exactly what config/principals.toml and the policy allow, and nothing else."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import KafkaConnectionError
from aiokafka.errors import TopicAuthorizationFailedError as AioTopicAuthorizationFailed
from conftest import Servers
from helpers import can_read, read_topic
from kafka import KafkaProducer
from kafka.errors import KafkaError

from pipeline.cluster import acl as kafka_acl
from pipeline.cluster.login import kafka_login
from pipeline.cluster.principals import Grant, load_principals, reader_group_prefix
from pipeline.cluster.topics import ensure_topics, settings_admin
from pipeline.dev.kafka_server import KafkaBroker
from pipeline.dev.process import StackError, free_port
from pipeline.policy import Policy
from pipeline.settings import Settings, read_secret_file
from producers.kafka_producer import LogProducer

ROLES = ("producer", "pipeline", "sink", "operator", "reader:analytics", "reader:marketing")


@pytest.fixture(autouse=True)
def _secured(settings: Settings) -> None:
    if settings.kafka_security_protocol != "SASL_SSL":
        pytest.fail("these tests need the session broker with authentication on (the default, SASL_SSL); "
                    f"LOGWARDEN_KAFKA_SECURITY_PROTOCOL is {settings.kafka_security_protocol}", pytrace=False)


def _can_write(settings: Settings, role: str, topic: str) -> bool | str:
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, enable_idempotence=False, max_block_ms=10_000,
                             **kafka_login(settings, role).client_args())
    try:
        producer.send(topic, b'{"probe": true}', partition=0).get(timeout=15)
        return True
    except KafkaError as exc:
        return type(exc).__name__
    finally:
        producer.close(timeout=5)


def test_each_principal_can_do_exactly_what_its_acls_allow(settings: Settings, topics: dict[str, str]) -> None:
    for role in ("raw", "analytics", "marketing", "dlq"):  # one record in partition 0 of each, written as admin
        producer = LogProducer(settings, topics[role], role="admin")
        assert producer.send(b'{"seed": true}', key=b"0", wait=True)
        producer.close(30)
        assert producer.counts["delivered"] == 1
    readable = {("pipeline", "raw"), ("sink", "analytics"), ("sink", "marketing"), ("operator", "dlq"),
                ("reader:analytics", "analytics"), ("reader:marketing", "marketing")}
    writable = {("producer", "raw"), ("pipeline", "analytics"), ("pipeline", "marketing"), ("pipeline", "dlq")}
    refused_reads, refused_writes = {}, {}
    for role in ROLES:
        for name in ("raw", "analytics", "marketing", "dlq"):
            read = can_read(settings, role, topics[name])
            assert (read is True) == ((role, name) in readable), f"{role} reading {name}: {read}"
            if read is not True:
                refused_reads[(role, name)] = read
            wrote = _can_write(settings, role, topics[name])
            assert (wrote is True) == ((role, name) in writable), f"{role} writing {name}: {wrote}"
            if wrote is not True:
                refused_writes[(role, name)] = wrote
    # refusals are the broker's authorization errors, not timeouts or empty topics
    assert refused_reads[("producer", "raw")] == "TopicAuthorizationFailedError"
    assert set(refused_reads.values()) <= {"TopicAuthorizationFailedError", "not visible"}
    assert refused_writes[("sink", "analytics")] == "TopicAuthorizationFailedError"
    assert set(refused_writes.values()) == {"TopicAuthorizationFailedError"}


def test_the_analytics_reader_fetching_marketing_gets_a_topic_authorization_error(
        settings: Settings, topics: dict[str, str]) -> None:
    user = load_principals(settings.principals_file, _policy(settings)).user_for("reader:analytics")

    async def fetch(topic: str) -> int:
        consumer = AIOKafkaConsumer(topic, bootstrap_servers=settings.kafka_bootstrap, auto_offset_reset="earliest",
                                    group_id=f"{reader_group_prefix(user)}notebook",
                                    **kafka_login(settings, "reader:analytics").client_args())
        try:
            await consumer.start()
            return sum(len(batch) for batch in (await consumer.getmany(timeout_ms=3000)).values())
        finally:
            await consumer.stop()

    producer = LogProducer(settings, topics["analytics"], role="admin")
    assert producer.send(b'{"seed": true}', wait=True)
    producer.close(30)
    assert asyncio.run(fetch(topics["analytics"])) >= 0  # its own route, with a group of its own prefix: allowed
    with pytest.raises(AioTopicAuthorizationFailed):
        asyncio.run(fetch(topics["marketing"]))


def test_no_login_and_a_wrong_password_are_refused(settings: Settings, topics: dict[str, str],
                                                   caplog: pytest.LogCaptureFixture) -> None:
    good = kafka_login(settings, "producer")

    async def connect(**login: object) -> None:
        producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap, request_timeout_ms=5000, **login)
        try:
            await producer.start()
        finally:
            await producer.stop()

    asyncio.run(connect(**good.client_args()))  # the control: the same port lets the right login in
    with caplog.at_level(logging.ERROR, logger="aiokafka"), pytest.raises(KafkaConnectionError):
        asyncio.run(connect(**dataclasses.replace(good, password="not-" + good.password).client_args()))
    assert "SaslAuthenticationFailed" in caplog.text and "invalid credentials" in caplog.text
    assert good.password not in caplog.text
    for anonymous in (dataclasses.replace(good, protocol="SSL").client_args(), {"security_protocol": "PLAINTEXT"}):
        with pytest.raises(KafkaConnectionError):
            asyncio.run(connect(**anonymous))


def test_a_wrong_password_or_an_unknown_ca_stops_a_process_with_one_clear_line(
        servers: Servers, settings: Settings, topics: dict[str, str], tmp_path: Path) -> None:
    wrong = "wrong-planted-password-" + "93c1" * 4
    base = _env(servers, settings)
    for command, extra, expected in (
            (["worker"], {"LOGWARDEN_KAFKA_USERNAME": "logwarden-pipeline", "LOGWARDEN_KAFKA_PASSWORD": wrong},
             "refused the login of logwarden-pipeline (SCRAM-SHA-512): wrong user or password"),
            (["sink"], {"LOGWARDEN_KAFKA_USERNAME": "logwarden-sink", "LOGWARDEN_KAFKA_PASSWORD": wrong},
             "refused the login of logwarden-sink"),
            (["tail", "analytics", "--no-follow"], {"LOGWARDEN_KAFKA_CA_FILE": str(_other_ca(tmp_path))},
             "presented a certificate that does not verify against")):
        result = _cli(dict(base, **extra), *command)
        assert result.returncode == 2, (command, result.stdout + result.stderr[-2000:])
        assert expected in result.stderr and "Traceback" not in result.stderr
        assert wrong not in result.stdout + result.stderr


def test_a_web_servers_producer_with_a_wrong_password_says_why_and_never_raises(
        settings: Settings, topics: dict[str, str], caplog: pytest.LogCaptureFixture) -> None:
    from helpers import wait_for

    wrong = "wrong-planted-password-" + "5e7d" * 4
    refused = dataclasses.replace(settings, kafka_username="logwarden-producer", kafka_password=wrong)
    with caplog.at_level(logging.ERROR):
        producer = LogProducer(refused, topics["raw"])
        assert producer.send(b'{"held": true}')  # queued: a web request is never failed by logging
        wait_for(lambda: "kafka refuses this producer" in caplog.text, 60, "the producer to say why")
        producer.close(1)
    assert producer.counts["delivered"] == 0 and producer.counts["dropped_at_close"] == 1
    reasons = [r.reason for r in caplog.records if getattr(r, "reason", None)]
    assert any("refused the login of logwarden-producer" in reason for reason in reasons)
    assert wrong not in caplog.text and all(wrong not in reason for reason in reasons)


def _other_ca(tmp_path: Path) -> Path:
    """A CA that signed nothing the broker presents."""
    from pipeline.dev.tls import ensure_local_ca

    return ensure_local_ca(tmp_path / "other-ca", "127.0.0.1").ca


def test_no_listener_lets_a_client_in_without_a_login(servers: Servers) -> None:
    """The session broker as `dev up` makes it: every listener authenticates, ANONYMOUS is nobody."""
    if servers.broker is None:
        pytest.fail("this test reads the configuration of the broker the test session starts", pytrace=False)
    config = dict(line.split("=", 1) for line in (servers.broker.home / "server.properties").read_text().splitlines()
                  if "=" in line and not line.startswith("#"))
    protocols = {pair.split(":")[1] for pair in config["listener.security.protocol.map"].split(",")}
    assert protocols <= {"SASL_SSL", "SASL_PLAINTEXT"}
    assert config["super.users"] == "User:admin" and "ANONYMOUS" not in config["super.users"]
    assert config["allow.everyone.if.no.acl.found"] == "false"
    assert config["authorizer.class.name"].endswith("StandardAuthorizer")
    assert ((servers.broker.home / "server.properties").stat().st_mode & 0o077) == 0  # it holds the admin password


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, timeout=120,
                          check=False, env=env)


def _env(servers: Servers, settings: Settings, **extra: str) -> dict[str, str]:
    return servers.env(LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_WORKER_GROUP=settings.worker_group,
                       LOGWARDEN_SINK_GROUP=settings.sink_group, LOGWARDEN_STATE_DIR=str(settings.state_dir), **extra)


def test_acl_check_names_drift_and_apply_repairs_it(servers: Servers, settings: Settings,
                                                    topics: dict[str, str]) -> None:
    env = _env(servers, settings)
    clean = _cli(env, "acl", "check")
    assert clean.returncode == 0, clean.stderr
    assert "ok: the 16 ACLs" in clean.stdout  # 15, and the pipeline reading logs.policy
    principals = load_principals(settings.principals_file, _policy(settings))
    extra = Grant(f"User:{principals.user_for('reader:analytics')}", "topic", topics["marketing"], "literal", "read")
    lost = Grant(f"User:{principals.user_for('producer')}", "topic", topics["raw"], "literal", "write")
    with settings_admin(settings) as admin:
        assert not admin.create_acls([kafka_acl._to_acl(extra)])["failed"]
        admin.delete_acls([kafka_acl._to_acl(lost)])
    drift = _cli(env, "acl", "check")
    assert drift.returncode == 1
    assert f"missing {lost}" in drift.stdout and f"extra   {extra}" in drift.stdout
    assert "1 missing, 1 extra" in drift.stderr
    repaired = _cli(env, "acl", "apply")
    assert repaired.returncode == 0 and "1 added, 1 removed" in repaired.stdout, repaired.stdout + repaired.stderr
    assert _cli(env, "acl", "check").returncode == 0
    again = _cli(env, "acl", "apply")
    assert "0 added, 0 removed" in again.stdout  # idempotent
    assert _can_write(settings, "producer", topics["raw"]) is True
    assert can_read(settings, "reader:analytics", topics["marketing"]) is not True

    # a wildcard that reaches logwarden's topics: drift, reported, but never removed (it may serve others)
    everyone = Grant("User:*", "topic", settings.topic_prefix, "prefixed", "read")
    seed = LogProducer(settings, topics["marketing"], role="admin")
    assert seed.send(b'{"seed": true}', key=b"0", wait=True)
    seed.close(30)
    with settings_admin(settings) as admin:
        assert not admin.create_acls([kafka_acl._to_acl(everyone)])["failed"]
    try:
        reached = _cli(env, "acl", "check")
        assert reached.returncode == 1 and f"reaches {everyone}" in reached.stdout
        kept = _cli(env, "acl", "apply")
        assert kept.returncode == 1 and "0 added, 0 removed" in kept.stdout and "narrow it by hand" in kept.stderr
        assert can_read(settings, "reader:analytics", topics["marketing"]) is True  # what the wildcard allows
    finally:
        with settings_admin(settings) as admin:
            admin.delete_acls([kafka_acl._to_acl(everyone)])
    assert _cli(env, "acl", "check").returncode == 0


def test_adding_an_analyst_as_the_security_guide_says(servers: Servers, settings: Settings,
                                                      topics: dict[str, str], unique: str, tmp_path: Path) -> None:
    """docs/security.md, "Add an analyst": a name under the route's readers, `acl passwd`, `acl apply`; then they read
    that route and only that route."""
    analyst = f"alice-{unique}"
    principals = tmp_path / "principals.toml"
    text = settings.principals_file.read_text()
    principals.write_text(text.replace('analytics = ["analyst-analytics"]',
                                       f'analytics = ["analyst-analytics", "{analyst}"]'))
    env = _env(servers, settings, LOGWARDEN_PRINCIPALS=str(principals))
    made = _cli(env, "acl", "passwd", analyst)
    assert made.returncode == 0, made.stderr
    password_file = settings.kafka_secrets / f"{analyst}.password"
    assert (password_file.stat().st_mode & 0o077) == 0
    assert read_secret_file(password_file, "test") not in made.stdout + made.stderr
    applied = _cli(env, "acl", "apply")
    assert applied.returncode == 0 and "2 added, 0 removed" in applied.stdout, applied.stdout + applied.stderr
    producer = LogProducer(settings, topics["analytics"], role="admin")
    assert producer.send(b'{"event_id": "for-alice"}', wait=True)
    producer.close(30)
    as_alice = dict(env, LOGWARDEN_KAFKA_USERNAME=analyst, LOGWARDEN_KAFKA_PASSWORD_FILE=str(password_file))
    seen = _cli(as_alice, "tail", "analytics", "--from-beginning", "--no-follow", "--format", "jsonl")
    assert seen.returncode == 0 and "for-alice" in seen.stdout, seen.stderr
    refused = _cli(as_alice, "tail", "marketing", "--from-beginning", "--no-follow")
    assert refused.returncode == 1 and f"{analyst} may not read it" in refused.stderr

    # and taking her away again: out of the file, `acl apply`, `acl passwd --delete`
    principals.write_text(text)
    removed = _cli(env, "acl", "apply")
    assert removed.returncode == 0 and "0 added, 2 removed" in removed.stdout, removed.stdout + removed.stderr
    assert _cli(env, "acl", "check").returncode == 0
    deleted = _cli(env, "acl", "passwd", analyst, "--delete")
    assert deleted.returncode == 0 and "login removed" in deleted.stdout, deleted.stderr
    assert not password_file.exists()
    with settings_admin(settings) as admin:
        assert analyst not in admin.describe_user_scram_credentials()


def test_plain_text_stays_available_by_setting(servers: Servers, tmp_path: Path, unique: str) -> None:
    """A cluster without security: LOGWARDEN_KAFKA_SECURITY_PROTOCOL=PLAINTEXT, and the local broker runs so."""
    broker = KafkaBroker(tmp_path / "kafka", "127.0.0.1", free_port(), free_port(), heap="256m",
                         cache_dir=servers.broker.cache_dir if servers.broker else None, security="PLAINTEXT")
    broker.start()
    try:
        settings = Settings.from_env(servers.env(LOGWARDEN_KAFKA_BOOTSTRAP=broker.bootstrap,
                                                 LOGWARDEN_KAFKA_SECURITY_PROTOCOL="PLAINTEXT",
                                                 LOGWARDEN_TOPIC_PREFIX=f"p{unique}.",
                                                 LOGWARDEN_STATE_DIR=str(tmp_path / "state")))
        assert "SASL" not in (broker.home / "server.properties").read_text()
        policy = _policy(settings)
        ensure_topics(settings, policy)
        producer = LogProducer(settings, settings.topic(policy.raw.name))
        assert producer.send(b'{"plain": true}', wait=True)
        producer.close(30)
        assert producer.counts["delivered"] == 1
        assert [r.value for r in read_topic(settings, settings.topic(policy.raw.name), 1)] == [b'{"plain": true}']
    finally:
        broker.stop()
    # its data has no logins: starting it secured is refused with the way out, not a broker that never answers
    secured = dataclasses.replace(broker, security="SASL_SSL", secrets=tmp_path / "secrets")
    with pytest.raises(StackError, match="was formatted for PLAINTEXT; it cannot run SASL_SSL"):
        secured.start()


def _policy(settings: Settings) -> Policy:
    from pipeline.policy import load_policy

    return load_policy(settings.policy_file)
