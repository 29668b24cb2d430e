"""`logwarden check` (issue 24): every question a role's process would ask, one line each, past the first failure,
with the documented exit codes (0 all well, 2 something to fix, 75 a server that did not answer)."""

from __future__ import annotations

import secrets
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Servers

from consumers import lifecycle
from consumers.s3 import ensure_bucket, s3_client
from pipeline.check import OK, PROBLEM, SKIPPED, UNREACHABLE, Result, exit_code
from pipeline.dev.process import free_port
from pipeline.keyring import FileKeyStore
from pipeline.policy import load_policy
from pipeline.settings import Settings

LOGWARDEN = [sys.executable, "-m", "pipeline.cli"]


def _check(env: dict[str, str], *args: str) -> tuple[int, dict[str, str]]:
    """Exit code, and each check's name -> its line."""
    result = subprocess.run([*LOGWARDEN, "check", *args], env=env, capture_output=True, text=True, timeout=120,
                            check=False, stdin=subprocess.DEVNULL)
    assert "Traceback" not in result.stderr, result.stderr
    lines = {line[6:38].strip(): line for line in result.stdout.splitlines() if not line.startswith("--")}
    return result.returncode, lines


@pytest.fixture
def env(servers: Servers, unique: str, tmp_path: Path) -> dict[str, str]:
    return servers.env(LOGWARDEN_S3_BUCKET=f"lw-{unique}", LOGWARDEN_STATE_DIR=str(tmp_path / "state"))


def test_a_sink_with_everything_in_place_checks_ok(env: dict[str, str]) -> None:
    settings = Settings.from_env(env)
    client = s3_client(settings)
    ensure_bucket(client, settings.s3_bucket, settings.s3_region)
    lifecycle.ensure(client, settings.s3_bucket, load_policy(settings.policy_file).retention)
    code, lines = _check(env, "--role", "sink")
    assert code == 0, lines
    assert list(lines) == ["settings", "policy", "principals", "kafka", "kafka login (sink)", "bucket",
                           "encryption at rest", "versioning, lock", "lifecycle", "metrics port"]
    assert all(line.startswith("ok ") for line in lines.values()), lines


def test_every_problem_is_its_own_line_with_its_fix_and_exit_2(env: dict[str, str]) -> None:
    with socket.socket() as holder:  # the sink's metrics port, taken
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        code, lines = _check({**env, "LOGWARDEN_KAFKA_USERNAME": "logwarden-sink", "LOGWARDEN_KAFKA_PASSWORD": "no",
                              "LOGWARDEN_SINK_METRICS_PORT": str(holder.getsockname()[1])}, "--role", "sink")
    assert code == 2
    # a wrong password, a missing bucket and a port in use: all three said in one run, not only the first
    assert lines["kafka login (sink)"].startswith("FAIL") and "refused the login of logwarden-sink" in \
        lines["kafka login (sink)"]
    assert lines["bucket"].startswith("FAIL") and "does not exist" in lines["bucket"] and "->" in lines["bucket"]
    assert lines["lifecycle"].startswith("skip")
    assert lines["metrics port"].startswith("FAIL") and "in use" in lines["metrics port"]
    assert lines["policy"].startswith("ok")


def test_a_worker_keyring_readable_by_others_is_a_problem_with_its_fix(env: dict[str, str]) -> None:
    settings = Settings.from_env(env)
    store = FileKeyStore(settings.state_dir / "keyring.json")
    store.save([])
    store.path.chmod(0o644)
    code, lines = _check({**env, "LOGWARDEN_HMAC_KEY": secrets.token_hex(32)}, "--role", "worker")
    assert code == 2
    assert lines["keyring"].startswith("FAIL") and f"chmod 600 {store.path}" in lines["keyring"]
    store.path.chmod(0o600)
    _, lines = _check({**env, "LOGWARDEN_HMAC_KEY": secrets.token_hex(32)}, "--role", "worker")
    assert lines["keyring"].startswith("ok ") and "the worker makes it when it starts" in lines["keyring"]


def test_servers_that_do_not_answer_exit_75(env: dict[str, str]) -> None:
    code, lines = _check({**env, "LOGWARDEN_KAFKA_BOOTSTRAP": f"127.0.0.1:{free_port()}",
                          "LOGWARDEN_S3_ENDPOINT": f"http://127.0.0.1:{free_port()}"}, "--role", "analyst")
    assert code == 75, lines
    assert lines["kafka"].startswith("DOWN") and lines["bucket"].startswith("DOWN")
    assert lines["kafka login (reader:analytics)"].startswith("skip")


@pytest.mark.parametrize(("outcomes", "code"), [
    ([OK, SKIPPED], 0),
    ([OK, UNREACHABLE], 75),
    ([UNREACHABLE, PROBLEM], 2),  # something to fix comes first: waiting would not mend it
])
def test_the_exit_code_table(outcomes: list[str], code: int) -> None:
    assert exit_code([Result(str(i), outcome, "") for i, outcome in enumerate(outcomes)]) == code
