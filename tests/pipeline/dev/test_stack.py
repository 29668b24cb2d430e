"""The local stack: a real Kafka broker and S3 server, the topics of the policy, `logwarden dev`."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import http.server
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import orjson
import pytest
from aiokafka import AIOKafkaConsumer
from conftest import Servers
from helpers import analysts_query, wait_for
from kafka import KafkaProducer

from consumers.holds import object_lock_enabled
from consumers.s3 import ensure_bucket, s3_client
from pipeline.cluster.login import kafka_login
from pipeline.cluster.topics import ensure_topics, topic_retention_ms
from pipeline.dev import stack
from pipeline.dev.kafka_server import ensure_kafka_libs, java_executable
from pipeline.dev.process import StackError, free_port
from pipeline.dev.s3_server import MotoS3Server, restore_snapshot, s3_answers, speaks_s3
from pipeline.policy import Policy
from pipeline.settings import Settings

LOGWARDEN = [sys.executable, "-m", "pipeline.cli"]


def test_kafka_round_trip_kafka_python_to_aiokafka(settings: Settings, topics: dict[str, str]) -> None:
    """Producers use kafka-python, the pipeline uses aiokafka (under Faust): both speak to the broker."""
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all",
                             **kafka_login(settings, "producer").client_args())
    sent = {f"event-{i}".encode() for i in range(50)}
    for value in sent:
        producer.send(topics["raw"], value)
    producer.flush()
    producer.close()

    async def consume() -> set[bytes]:
        consumer = AIOKafkaConsumer(topics["raw"], bootstrap_servers=settings.kafka_bootstrap,
                                    group_id=settings.worker_group, auto_offset_reset="earliest",
                                    **kafka_login(settings, "pipeline").client_args())
        await consumer.start()
        got: set[bytes] = set()
        try:
            async with asyncio.timeout(30):
                while got != sent:
                    for records in (await consumer.getmany(timeout_ms=500)).values():
                        got.update(r.value for r in records)
        finally:
            await consumer.stop()
        return got

    assert asyncio.run(consume()) == sent


def test_s3_round_trip_through_the_configured_endpoint(settings: Settings, bucket: str) -> None:
    client = s3_client(settings)
    body = orjson.dumps({"hello": "s3"})
    client.put_object(Bucket=bucket, Key="smoke/object.json", Body=body, ServerSideEncryption="AES256")
    got = client.get_object(Bucket=bucket, Key="smoke/object.json")
    assert got["Body"].read() == body
    assert got["ServerSideEncryption"] == "AES256"
    encryption = client.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]
    assert encryption["Rules"][0]["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"] == "AES256"


def test_topics_are_created_with_the_policys_retention_idempotently(settings: Settings, policy: Policy) -> None:
    first = ensure_topics(settings, policy)
    assert all(state.created for state in first)
    second = ensure_topics(settings, policy)
    assert not any(state.created for state in second)
    names = [settings.topic(spec.name) for spec in policy.topics()]
    retention = topic_retention_ms(settings, names)
    assert retention == {settings.topic(spec.name): spec.retention_ms for spec in policy.topics()}
    # raw data before stripping lives days, never the archive's year
    assert retention[settings.topic(policy.raw.name)] <= 7 * 86_400_000


def _cli(args: list[str], env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(LOGWARDEN + args, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def test_dev_up_status_down_is_idempotent(servers: Servers, tmp_path: Path) -> None:
    """`dev up` starts its own broker and S3 server, twice is harmless, `down` stops them."""
    kafka_port, controller_port, s3_port, prom_port = free_port(), free_port(), free_port(), free_port()
    env = servers.env(
        LOGWARDEN_KAFKA_BOOTSTRAP=f"127.0.0.1:{kafka_port}", LOGWARDEN_KAFKA_CONTROLLER_PORT=str(controller_port),
        LOGWARDEN_S3_ENDPOINT=f"http://127.0.0.1:{s3_port}", LOGWARDEN_STATE_DIR=str(tmp_path / "state"),
        LOGWARDEN_PROMETHEUS_URL=f"http://127.0.0.1:{prom_port}", LOGWARDEN_WORKER_METRICS_PORT="19308",
        # reuse the session's jar cache: the jars are the same
        LOGWARDEN_KAFKA_HEAP="256m",
    )
    _share_kafka_libs(tmp_path / "state")
    try:
        up = _cli(["dev", "up"], env)
        assert up.returncode == 0, up.stderr
        assert "kafka  up in" in up.stdout and "logs.raw" in up.stdout and "created" in up.stdout
        assert "objects expire after 365 days (rule put)" in up.stdout  # the lifecycle rule, with the bucket
        assert "prom   up in" in up.stdout
        status = _cli(["dev", "status"], env)
        assert status.returncode == 0, status.stdout
        assert status.stdout.count(" up ") == 3
        # the local Prometheus scrapes the local processes' ports and evaluates the project's alerts
        rules = orjson.loads(urllib.request.urlopen(f"http://127.0.0.1:{prom_port}/api/v1/rules", timeout=10).read())
        assert "LogwardenPIILeak" in {r["name"] for g in rules["data"]["groups"] for r in g["rules"]}
        targets_url = f"http://127.0.0.1:{prom_port}/api/v1/targets"
        targets = orjson.loads(urllib.request.urlopen(targets_url, timeout=10).read())
        wait_for(lambda: "127.0.0.1:19308" in {t["labels"]["instance"] for t in orjson.loads(urllib.request.urlopen(
            f"http://127.0.0.1:{prom_port}/api/v1/targets", timeout=10).read())["data"]["activeTargets"]},
            30, "Prometheus to discover the worker's port")
        assert targets["status"] == "success"
        again = _cli(["dev", "up"], env)
        assert again.returncode == 0, again.stderr
        assert "kafka  already up" in again.stdout and "s3     already up" in again.stdout
        assert "prom   already up" in again.stdout
        assert "created" not in again.stdout.replace("bucket", "")
    finally:
        down = _cli(["dev", "down"], env)
    assert down.returncode == 0
    assert "kafka  stopped" in down.stdout and "s3     stopped" in down.stdout and "prometheus stopped" in down.stdout
    status = _cli(["dev", "status"], env)
    assert status.returncode == 1
    assert "down" in status.stdout
    assert "was not running" in _cli(["dev", "down"], env).stdout


def test_dev_up_brings_back_a_killed_node_of_the_three_whatever_the_bootstrap_lists(
        servers: Servers, tmp_path: Path) -> None:
    """Issue 27: with one node of `dev up --brokers 3` killed, `dev up` said "already up (3 brokers)" and left the
    cluster on two nodes (one more loss stops every write); with all three nodes in the bootstrap it exited 75."""
    kafka_port, controller_port, s3_port = free_port(), free_port(), free_port()
    env = servers.env(
        LOGWARDEN_KAFKA_BOOTSTRAP=f"127.0.0.1:{kafka_port}", LOGWARDEN_KAFKA_CONTROLLER_PORT=str(controller_port),
        LOGWARDEN_S3_ENDPOINT=f"http://127.0.0.1:{s3_port}", LOGWARDEN_STATE_DIR=str(tmp_path / "state"),
        LOGWARDEN_PROMETHEUS_URL="", LOGWARDEN_KAFKA_HEAP="256m",
    )
    _share_kafka_libs(tmp_path / "state")
    try:
        up = _cli(["dev", "up", "--brokers", "3"], env)
        assert up.returncode == 0, up.stderr
        nodes = stack.cluster(Settings.from_env(env))
        assert nodes is not None
        for victim, bootstrap in ((2, env["LOGWARDEN_KAFKA_BOOTSTRAP"]), (3, nodes.bootstrap)):
            node = nodes.node(victim)
            pid = node.running_pid()
            assert pid is not None
            os.kill(pid, signal.SIGKILL)
            wait_for(lambda node=node: node.running_pid() is None, 30, f"node {victim} to be gone")
            # `dev status` says so at once, though the controller still lists the node until it is fenced
            lost = _cli(["dev", "status"], {**env, "LOGWARDEN_KAFKA_BOOTSTRAP": bootstrap})
            assert lost.returncode == 1 and re.search(rf"^kafka{victim}\s+down\b", lost.stdout, re.M), lost.stdout
            healed = _cli(["dev", "up"], {**env, "LOGWARDEN_KAFKA_BOOTSTRAP": bootstrap})
            assert healed.returncode == 0, healed.stderr
            assert f"node {victim} back" in healed.stdout, healed.stdout
            assert all(n.running_pid() for n in nodes.nodes)
            assert nodes.registered() == 3
            status = _cli(["dev", "status"], {**env, "LOGWARDEN_KAFKA_BOOTSTRAP": bootstrap})
            assert status.returncode == 0 and re.search(rf"^kafka{victim}\s+up\b", status.stdout, re.M), status.stdout
            assert status.stdout.count(" up ") >= 4, status.stdout  # 3 nodes and S3
    finally:
        down = _cli(["dev", "down"], env)
    assert down.returncode == 0, down.stderr


def _share_kafka_libs(state: Path) -> None:
    """Reuse the session's cache of Kafka's jars: they are the same."""
    cache = Settings.from_env({k: v for k, v in os.environ.items() if k == "LOGWARDEN_STATE_DIR"}).state_dir
    state.mkdir(parents=True, exist_ok=True)
    for libs in cache.glob("kafka-libs-*"):
        os.symlink(libs, state / libs.name)


def test_dev_up_names_a_taken_port(servers: Servers, tmp_path: Path) -> None:
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        port = squatter.getsockname()[1]
        # a socket that is bound but not listening: the port is taken, nothing answers Kafka
        env = servers.env(LOGWARDEN_KAFKA_BOOTSTRAP=f"127.0.0.1:{port}", LOGWARDEN_STATE_DIR=str(tmp_path / "s"))
        result = _cli(["dev", "up"], env)
    assert result.returncode == 2  # a port another program holds: a configuration mistake
    assert f"port 127.0.0.1:{port} is taken" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_java_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StackError, match="Java 17\\+ is needed"):
        java_executable(tmp_path / "no-jdk")


def test_missing_maven_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no mvn on it
    with pytest.raises(StackError, match=r"Maven \(mvn\) is needed"):
        ensure_kafka_libs(tmp_path / "cache")


def test_the_broker_answers_a_metadata_request_and_reports_its_start(servers: Servers) -> None:
    from pipeline.cluster.topics import cluster_answers

    assert cluster_answers(servers.bootstrap, kafka_login(Settings.from_env(servers.env()), "admin"))
    if servers.broker is not None:
        assert servers.notes["kafka_start_seconds"] < 90
        assert servers.broker.running_pid() is not None


def test_a_cluster_id_that_starts_with_a_dash_still_formats(tmp_path: Path) -> None:
    """One random cluster id in 64 starts with "-": the storage tool must not take it for an option."""
    from pipeline.dev.kafka_server import KafkaBroker

    broker = KafkaBroker(tmp_path / "kafka", "127.0.0.1", free_port(), free_port())
    cache = Settings.from_env({k: v for k, v in os.environ.items() if k == "LOGWARDEN_STATE_DIR"}).state_dir
    libs = ensure_kafka_libs(cache)
    broker.format_storage(java_executable(None), f"{libs}/*", broker._write_config(), "-" + "A" * 21)
    assert "cluster.id=-AAAAAAAAAAAAAAAAAAAAA" in (broker.data_dir / "meta.properties").read_text()


@pytest.mark.servers
def test_the_local_s3_keeps_its_buckets_across_a_restart(tmp_path: Path) -> None:
    """moto keeps objects in memory; a stop saves every bucket (objects, lifecycle, encryption, policy) and the
    next start puts it back, so S3 does not lose what Kafka and the sink's offsets say was stored, and the
    analysts' query reads it as before."""
    port = free_port()
    settings = Settings.from_env({"LOGWARDEN_S3_ENDPOINT": f"http://127.0.0.1:{port}",
                                  "LOGWARDEN_STATE_DIR": str(tmp_path)})
    server = MotoS3Server(tmp_path / "s3", "127.0.0.1", port)
    server.start()
    try:
        client = s3_client(settings)
        ensure_bucket(client, "kept", "us-east-1")
        rule = {"ID": "r", "Status": "Enabled", "Filter": {"Prefix": ""}, "Expiration": {"Days": 365}}
        client.put_bucket_lifecycle_configuration(Bucket="kept", LifecycleConfiguration={"Rules": [rule]})
        body = gzip.compress(b'{"event_id": "e1", "logwarden": {"route": "analytics"}}\n')
        client.put_object(Bucket="kept", Key="analytics/dt=2026-11-30/hour=08/a.jsonl.gz", Body=body,
                          ContentType="application/x-ndjson", ContentEncoding="gzip")
        client.put_object_legal_hold(Bucket="kept", Key="analytics/dt=2026-11-30/hour=08/a.jsonl.gz",
                                     LegalHold={"Status": "ON"})  # a court's hold outlives the restart
        assert server.stop(client=client)
        assert server.running_pid() is None and (server.snapshot_dir / "manifest.json").exists()
        assert oct(server.snapshot_dir.stat().st_mode & 0o777) == "0o700"
        server.start()
        assert restore_snapshot(client, server.snapshot_dir) == 1
        got = client.get_object(Bucket="kept", Key="analytics/dt=2026-11-30/hour=08/a.jsonl.gz")
        assert got["Body"].read() == body and got["ContentEncoding"] == "gzip"
        assert client.get_bucket_lifecycle_configuration(Bucket="kept")["Rules"][0]["Expiration"] == {"Days": 365}
        assert "ServerSideEncryptionConfiguration" in client.get_bucket_encryption(Bucket="kept")
        assert object_lock_enabled(client, "kept")
        assert client.get_object_legal_hold(Bucket="kept", Key="analytics/dt=2026-11-30/hour=08/a.jsonl.gz")[
            "LegalHold"]["Status"] == "ON"
        # the analysts' guide's query, as written, reads the archive again after the restart
        env = {k: v for k, v in os.environ.items() if not k.startswith("LOGWARDEN_")}
        env.update(LOGWARDEN_S3_ENDPOINT=f"http://127.0.0.1:{port}", LOGWARDEN_STATE_DIR=str(tmp_path))
        rows = analysts_query("kept", env)
        assert [(r["route"], str(r["dt"]), int(r["hour"]), r["events"]) for r in rows] == [
            ("analytics", "2026-11-30", 8, 1)]
    finally:
        server.stop()


def test_something_else_on_the_s3_port_is_not_taken_for_an_s3_server(tmp_path: Path) -> None:
    handler = type("NotS3", (http.server.BaseHTTPRequestHandler,), {
        "do_GET": lambda self: (self.send_response(200), self.end_headers(), self.wfile.write(b"<html>hi</html>")),
        "log_message": lambda self, *args: None})
    with http.server.HTTPServer(("127.0.0.1", 0), handler) as web:
        threading.Thread(target=web.serve_forever, daemon=True).start()
        endpoint = f"http://127.0.0.1:{web.server_address[1]}"
        try:
            assert s3_answers(endpoint) and not speaks_s3(endpoint)
        finally:
            web.shutdown()


def test_a_program_that_does_not_speak_http_on_the_s3_port_is_no_s3_server_and_holds_the_port() -> None:
    """A Kafka listener (or anything not HTTP) on the S3 port answers with bytes that are no status line: the port
    is taken and it is no S3 server, said rather than raised (a test run once met one there)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)

        def answer() -> None:
            for _ in range(2):
                with contextlib.suppress(OSError):
                    client, _ = listener.accept()
                    with client:
                        client.recv(4096)
                        client.sendall(b"\x00\x00\x00\x10 PLAINTEXT garbage\r\n\r\n")

        threading.Thread(target=answer, daemon=True).start()
        endpoint = f"http://127.0.0.1:{listener.getsockname()[1]}"
        assert s3_answers(endpoint) and not speaks_s3(endpoint)


def test_free_ports_come_from_below_the_ephemeral_range_and_are_bindable() -> None:
    """Picked where no outgoing connection's local end can take them between the pick and the bind."""
    low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    for port in {free_port() for _ in range(50)}:
        assert port < low
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", port))
