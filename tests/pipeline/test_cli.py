"""`logwarden` as a newcomer meets it: every common mistake is one clear line and an exit code that means one thing.

Exit codes: 2 a configuration or usage mistake, 1 a check that found a violation, 75 a temporary failure
(Kafka or S3 not answering: try again later). None of these may print a traceback. These run the real
command line in a subprocess, against ports where nothing listens, so they need no server.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import Servers
from helpers import free_metrics_ports

from pipeline.dev.process import free_port


@pytest.fixture
def closed_port() -> int:
    """A loopback port where nothing listens."""
    return free_port()


def _env(tmp_path: Path, **overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOGWARDEN_")}
    env.update({"LOGWARDEN_STATE_DIR": str(tmp_path / "state"), "LOGWARDEN_DEV_MODE": "true",
                "LOGWARDEN_KAFKA_SECURITY_PROTOCOL": "PLAINTEXT", "LOGWARDEN_PROMETHEUS_URL": "",
                **free_metrics_ports()})
    env.update(overrides)
    return env


def _run(args: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], env=env, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL, check=False)


def _one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    """The error output must be one line (besides warnings and the process's structured JSON log), never a
    traceback."""
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines()
             if line.strip() and "warning:" not in line and not line.startswith('{"ts":')]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_misspelled_setting_is_named_with_the_setting_it_probably_meant(tmp_path: Path) -> None:
    result = _run(["settings"], _env(tmp_path, LOGWARDEN_KAFKA_BOOTSTRAPS="10.9.9.9:9092", LOGWARDEN_NOT_A_THING="1"))
    assert result.returncode == 0
    assert ("LOGWARDEN_KAFKA_BOOTSTRAPS is not a logwarden setting and is ignored; "
            "did you mean LOGWARDEN_KAFKA_BOOTSTRAP?") in result.stderr
    assert "LOGWARDEN_NOT_A_THING is not a logwarden setting" in result.stderr
    assert "LOGWARDEN_KAFKA_BOOTSTRAP=127.0.0.1:9092" in result.stdout  # the default it falls back to, shown


@pytest.mark.parametrize("command", [["tail", "analytics", "--no-follow"], ["acl", "check"], ["acl", "apply"]])
def test_kafka_not_running_is_one_line_and_a_temporary_failure(
        tmp_path: Path, closed_port: int, command: list[str]) -> None:
    result = _run(command, _env(tmp_path, LOGWARDEN_KAFKA_BOOTSTRAP=f"127.0.0.1:{closed_port}"))
    line = _one_clear_line(result)
    assert result.returncode == 75, result.stderr
    assert f"nothing answers at 127.0.0.1:{closed_port}" in line and "make up" in line


def test_s3_not_running_is_one_line_and_a_temporary_failure(tmp_path: Path, closed_port: int) -> None:
    result = _run(["retention", "check"], _env(tmp_path, LOGWARDEN_S3_ENDPOINT=f"http://127.0.0.1:{closed_port}"))
    line = _one_clear_line(result)
    assert result.returncode == 75, result.stderr
    assert "S3" in line and "make up" in line


def test_query_with_s3_not_running_is_one_line_and_a_temporary_failure(tmp_path: Path, closed_port: int) -> None:
    sql = "SELECT count(*) FROM read_json_auto('s3://logwarden-logs/analytics/*/*/*.jsonl.gz')"
    result = _run(["query", sql], _env(tmp_path, LOGWARDEN_S3_ENDPOINT=f"http://127.0.0.1:{closed_port}"))
    line = _one_clear_line(result)
    assert result.returncode == 75, result.stderr
    assert f"S3 at http://127.0.0.1:{closed_port} did not answer" in line and "make up" in line


@pytest.mark.parametrize(("sql", "said"), [("SELEC 1", "Parser Error"),
                                           ("SELECT nope FROM range(3)", "Binder Error"),
                                           ("SELECT * FROM events", "Catalog Error")])
def test_query_with_a_statement_duckdb_cannot_run_is_one_line_and_a_usage_error(
        tmp_path: Path, closed_port: int, sql: str, said: str) -> None:
    result = _run(["query", sql], _env(tmp_path, LOGWARDEN_S3_ENDPOINT=f"http://127.0.0.1:{closed_port}"))
    line = _one_clear_line(result)
    assert result.returncode == 2, result.stderr
    assert line.startswith(f"logwarden: query: {said}")


@contextlib.contextmanager
def _web_server(directory: Path) -> Iterator[int]:
    """A plain HTTP server (a directory listing), as another program on the S3 port would be."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(directory))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield server.server_address[1]
        finally:
            server.shutdown()
            thread.join(timeout=10)


def test_dev_up_with_another_web_server_on_the_s3_port_is_one_line_and_a_configuration_error(
        tmp_path: Path, closed_port: int) -> None:
    with _web_server(tmp_path) as port:
        result = _run(["dev", "up"], _env(tmp_path, LOGWARDEN_S3_ENDPOINT=f"http://127.0.0.1:{port}",
                                          LOGWARDEN_KAFKA_BOOTSTRAP=f"127.0.0.1:{closed_port}"))
    line = _one_clear_line(result)
    assert result.returncode == 2, result.stderr
    assert f"port 127.0.0.1:{port} is held by a program that is not an S3 server" in line
    assert "kafka" not in result.stdout.lower()  # said before anything started


def test_dev_up_with_a_silent_listener_on_the_s3_port_is_one_line_and_a_configuration_error(
        tmp_path: Path, closed_port: int, taken_port: int) -> None:
    result = _run(["dev", "up"], _env(tmp_path, LOGWARDEN_S3_ENDPOINT=f"http://127.0.0.1:{taken_port}",
                                      LOGWARDEN_KAFKA_BOOTSTRAP=f"127.0.0.1:{closed_port}"))
    line = _one_clear_line(result)
    assert result.returncode == 2, result.stderr
    assert f"port 127.0.0.1:{taken_port} is held by a program that is not an S3 server" in line


def test_dev_up_with_a_kafka_elsewhere_that_does_not_answer_is_one_line_and_a_temporary_failure(
        tmp_path: Path, closed_port: int) -> None:
    # not on this machine, so not dev up's to start: wait for it (it exited 1, as for a broken local server)
    result = _run(["dev", "up"], _env(tmp_path, LOGWARDEN_KAFKA_BOOTSTRAP="kafka.invalid:9092",
                                      LOGWARDEN_S3_ENDPOINT=f"http://127.0.0.1:{closed_port}"))
    line = _one_clear_line(result)
    assert result.returncode == 75, result.stderr
    assert "Kafka at kafka.invalid:9092 does not answer, and it is not on this machine to start" in line


@pytest.mark.parametrize("command", [["retention", "check", "--now", "last tuesday"],
                                     ["retention", "enforce", "--dry-run", "--now", "2026-13-01"],
                                     ["tail", "analytics", "--since", "yesterday"]])
def test_a_bad_time_is_a_usage_error_naming_the_option(tmp_path: Path, command: list[str]) -> None:
    result = _run(command, _env(tmp_path))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "is not an ISO 8601 time such as 2026-11-24T15:00Z" in result.stderr
    assert f"'{command[-2]}'" in result.stderr


def test_tail_log_of_a_file_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    result = _run(["tail-log", "--once", str(tmp_path / "acess.log")], _env(tmp_path))
    assert result.returncode == 2, result.stderr
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A loopback port something else is listening on."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


@pytest.mark.parametrize(("command", "setting"), [
    (["produce", "--count", "1"], "LOGWARDEN_PRODUCER_METRICS_PORT"),
    (["worker"], "LOGWARDEN_WORKER_METRICS_PORT"),
    (["sink"], "LOGWARDEN_SINK_METRICS_PORT"),
    (["tail-log", "--once", "{log}"], "LOGWARDEN_TAILER_METRICS_PORT"),
])
def test_a_metrics_port_in_use_is_one_line_naming_the_setting(
        tmp_path: Path, closed_port: int, taken_port: int, command: list[str], setting: str) -> None:
    log = tmp_path / "access.log"
    log.write_text("")
    env = _env(tmp_path, LOGWARDEN_KAFKA_BOOTSTRAP=f"127.0.0.1:{closed_port}", LOGWARDEN_BIND_HOST="127.0.0.1",
               **{setting: str(taken_port)})
    result = _run([part.format(log=log) for part in command], env)
    line = _one_clear_line(result)
    assert result.returncode == 2, result.stderr
    assert f"127.0.0.1:{taken_port} is already in use" in line and setting in line


def test_version_and_commands_in_the_order_data_flows(tmp_path: Path) -> None:
    version = _run(["--version"], _env(tmp_path))
    assert version.returncode == 0 and version.stdout.startswith("logwarden, version ")
    listing = _run(["--help"], _env(tmp_path)).stdout
    names = [line.split()[0] for line in listing.split("Commands:")[1].splitlines()
             if line.startswith("  ") and not line.startswith("   ")]  # not the wrapped summaries
    assert "..." not in listing.split("Commands:")[1]  # no summary cut at the terminal's width (issue 24)
    for group in ("dev", "policy", "retention", "hold", "acl"):
        assert "..." not in _run([group, "--help"], _env(tmp_path)).stdout.split("Commands:")[1]
    assert names == ["demo", "dev", "check", "produce", "tail-log", "worker", "scrub", "policy", "sink", "tail",
                     "query", "retention", "hold", "acl", "top", "settings"]


@pytest.mark.parametrize(("command", "port_setting"), [
    ("worker", "LOGWARDEN_WORKER_METRICS_PORT"),
    ("sink", "LOGWARDEN_SINK_METRICS_PORT"),  # as the worker does: waits, rather than a client's traceback
])
def test_a_worker_or_sink_started_before_kafka_says_once_that_it_waits(
        tmp_path: Path, closed_port: int, command: str, port_setting: str) -> None:
    env = _env(tmp_path, LOGWARDEN_KAFKA_BOOTSTRAP=f"127.0.0.1:{closed_port}", LOGWARDEN_LOG_FORMAT="json",
               LOGWARDEN_BIND_HOST="127.0.0.1", **{port_setting: str(free_port())})
    worker = subprocess.Popen([sys.executable, "-m", "pipeline.cli", command], env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        lines = []
        assert worker.stdout is not None
        for line in worker.stdout:
            lines.append(line)
            if "waiting for Kafka" in line:
                break
        assert worker.poll() is None, "".join(lines)  # still running: waiting, not dead
        with contextlib.suppress(subprocess.TimeoutExpired):  # three more polls of Kafka: no more lines
            worker.wait(timeout=6)
        assert worker.poll() is None
        # and it still stops when asked (issue 24: the sink ignored SIGTERM here and ran on for 13 minutes)
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(timeout=10) == 0
    finally:
        worker.kill()
        rest = worker.communicate(timeout=30)[0]
    text = "".join(lines) + rest
    assert text.count("waiting for Kafka") == 1 and "Traceback" not in text


@pytest.mark.parametrize("command", [["acl", "check"], ["retention", "check"]])
def test_a_wrong_password_is_said_as_such_by_every_command(servers: Servers, bucket: str, tmp_path: Path,
                                                            command: list[str]) -> None:
    """Issue 24: `retention check` and `acl check` read "Unable to bootstrap" with exit 75 after 11 s, where the
    worker and `tail` said the login was refused, exit 2."""
    env = servers.env(LOGWARDEN_KAFKA_USERNAME="logwarden-admin", LOGWARDEN_KAFKA_PASSWORD="not-its-password",
                      LOGWARDEN_S3_BUCKET=bucket, LOGWARDEN_STATE_DIR=str(tmp_path / "state"))
    result = _run(command, env)
    line = _one_clear_line(result)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "refused the login of logwarden-admin" in line


def test_a_bucket_that_does_not_exist_is_named_not_taken_for_a_permission(
        servers: Servers, tmp_path: Path, closed_port: int) -> None:
    env = _env(tmp_path, LOGWARDEN_S3_ENDPOINT=servers.s3_endpoint, LOGWARDEN_S3_BUCKET="lw-no-such-bucket",
               LOGWARDEN_KAFKA_BOOTSTRAP=f"127.0.0.1:{closed_port}")
    result = _run(["retention", "check"], env)
    line = _one_clear_line(result)
    assert result.returncode == 2, result.stderr
    assert "the bucket lw-no-such-bucket does not exist (LOGWARDEN_S3_BUCKET)" in line and "dev up" in line


def test_a_sink_given_a_bucket_that_does_not_exist_says_so_not_a_permission(servers: Servers, tmp_path: Path) -> None:
    """Issue 24: the sink said it needed s3:GetEncryptionConfiguration."""
    env = servers.env(LOGWARDEN_S3_BUCKET="lw-no-such-bucket", LOGWARDEN_STATE_DIR=str(tmp_path / "state"))
    result = _run(["sink"], env)
    line = _one_clear_line(result)
    assert result.returncode == 2, result.stderr
    assert "the bucket lw-no-such-bucket does not exist (LOGWARDEN_S3_BUCKET)" in line
    assert "GetEncryptionConfiguration" not in result.stderr


@pytest.mark.parametrize(("effective", "said"), [
    ("next tuesday", "--effective 'next tuesday' is not a time; expected ISO 8601"),
    ("2020-01-01T00:00:00Z", "--effective '2020-01-01T00:00:00Z' is in the past"),
])
def test_policy_apply_with_an_effective_time_not_ahead_is_one_line_and_a_usage_error(
        tmp_path: Path, closed_port: int, effective: str, said: str) -> None:
    """Refused before anything is read from Kafka (none listens here): running workers keep their version."""
    result = _run(["policy", "apply", "config/policy.toml", "--effective", effective],
                  _env(tmp_path, LOGWARDEN_KAFKA_BOOTSTRAP=f"127.0.0.1:{closed_port}"))
    assert result.returncode == 2
    assert said in _one_clear_line(result)


def test_policy_apply_of_an_invalid_policy_names_the_file_and_the_place(tmp_path: Path, closed_port: int) -> None:
    broken = tmp_path / "new.toml"
    broken.write_text(Path("config/policy.toml").read_text().replace('treatment = "drop", clause = "1.3.1" }',
                                                                      'treatment = "shred", clause = "1.3.1" }', 1))
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    result = _run(["policy", "apply", str(broken), "--effective", tomorrow],
                  _env(tmp_path, LOGWARDEN_KAFKA_BOOTSTRAP=f"127.0.0.1:{closed_port}"))
    line = _one_clear_line(result)
    assert result.returncode == 2, result.stderr
    assert str(broken) in line and "[fields.'user.name'.treatment]" in line and "unknown treatment 'shred'" in line
