"""Secrets never show: a planted pseudonym key, S3 secret and Kafka password must not appear in any
process's logs (at debug level) or /metrics output, however the processes are used."""

from __future__ import annotations

from pathlib import Path

from conftest import Servers
from helpers import Process, group_caught_up, scrape, wait_for

from pipeline.cluster.login import kafka_login, password_path
from pipeline.dev.process import free_port
from pipeline.policy import Policy
from pipeline.settings import Settings, read_secret_file
from producers.kafka_producer import LogProducer
from producers.synthetic import TrafficGenerator

HMAC_SECRET = "planted-hmac-" + "7f3a9c" * 6
S3_SECRET = "planted-s3-secret-" + "b81e2d" * 5


def test_planted_secrets_never_reach_logs_or_metrics(servers: Servers, settings: Settings, policy: Policy,
                                                     topics: dict[str, str], bucket: str, tmp_path: Path) -> None:
    ports = {"worker": free_port(), "sink": free_port()}
    env = servers.env(
        LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_WORKER_GROUP=settings.worker_group,
        LOGWARDEN_SINK_GROUP=settings.sink_group, LOGWARDEN_S3_BUCKET=bucket, LOGWARDEN_STATE_DIR=str(tmp_path),
        LOGWARDEN_WORKER_METRICS_PORT=str(ports["worker"]), LOGWARDEN_SINK_METRICS_PORT=str(ports["sink"]),
        LOGWARDEN_HMAC_KEY=HMAC_SECRET, LOGWARDEN_DEV_MODE="false", LOGWARDEN_LOG_LEVEL="debug",
        LOGWARDEN_S3_ACCESS_KEY_ID="logwarden-test", LOGWARDEN_S3_SECRET_ACCESS_KEY=S3_SECRET,
        LOGWARDEN_SINK_MAX_AGE_SECONDS="2",  # the freshness close, not its default minute, ends the small batch
    )
    # the sink logs in with a password given in the environment, as a deployment would
    sink_user = kafka_login(settings, "sink").username
    kafka_password = read_secret_file(password_path(settings.kafka_secrets, sink_user), "test")
    logins = {"worker": {}, "sink": {"LOGWARDEN_KAFKA_USERNAME": sink_user, "LOGWARDEN_KAFKA_PASSWORD": kafka_password}}
    processes = {name: Process([name], dict(env, **logins[name]), tmp_path / f"{name}.log").start() for name in ports}
    try:
        producer = LogProducer(settings, topics["raw"])
        traffic = TrafficGenerator(seed=5, malformed_share=0.2)
        for _ in range(500):
            assert producer.send(traffic.message(), wait=True)
        producer.close()
        wait_for(lambda: group_caught_up(settings, settings.worker_group, [topics["raw"]]), 90,
                 "the worker to route everything")
        wait_for(lambda: group_caught_up(settings, settings.sink_group,
                                         [topics[r.name] for r in policy.routes]), 90, "the sink to store everything")
        exposition = "".join(str(scrape(port)) for port in ports.values())
        assert "logwarden_worker_events_in_total" in exposition
    finally:
        codes = {name: process.terminate() for name, process in processes.items()}
    assert codes == {"worker": 0, "sink": 0}
    logs = "".join(process.log_path.read_text(errors="replace") for process in processes.values())
    assert "routed" in logs or "sink started" in logs  # the logs are there, at debug level
    for secret in (HMAC_SECRET, S3_SECRET, kafka_password):
        assert secret not in logs and secret not in exposition
        assert secret[-12:] not in logs  # not even a tail of it


def test_a_bad_secret_value_is_named_by_variable_never_echoed(servers: Servers, tmp_path: Path) -> None:
    import subprocess
    import sys

    short = "short-planted-secret"
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "worker"], capture_output=True, text=True,
                            timeout=60, check=False,
                            env=servers.env(LOGWARDEN_HMAC_KEY=short, LOGWARDEN_DEV_MODE="false",
                                            LOGWARDEN_STATE_DIR=str(tmp_path)))
    assert result.returncode == 2
    assert "LOGWARDEN_HMAC_KEY" in result.stderr and short not in result.stderr + result.stdout
