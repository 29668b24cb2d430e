"""`logwarden scrub`: the core on JSON Lines as a real subprocess, the way an operator tries a policy offline."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest

from pipeline.keyring import FileKeyStore, current_epoch
from pipeline.settings import PROJECT_ROOT

EID = "0b7d3c9e-3f7a-4c1e-9a53-2f6f5f0d8a11"
EID2 = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
EMAIL = "bob.smith@example.com"
PYTHON = PROJECT_ROOT / ".venv" / "bin" / "python"


def scrub(state: Path, stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOGWARDEN_")}
    env.update(LOGWARDEN_DEV_MODE="true", LOGWARDEN_STATE_DIR=str(state))
    python = str(PYTHON) if PYTHON.exists() else sys.executable
    return subprocess.run([python, "-m", "pipeline.cli", "scrub", *args], input=stdin, env=env, cwd=PROJECT_ROOT,
                          capture_output=True, timeout=120, check=False)


def line(ev: dict[str, Any]) -> bytes:
    return orjson.dumps(ev) + b"\n"


def event(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"schema": "request/1", "event_id": EID, "ts": "2026-11-24T15:40:36.123Z"}
    base.update(fields)
    return base


FULL = event(event_id=EID2, purposes=["2.1.1", "2.1.2", "2.1.3", "2.1.4"], consent={"marketing": True},
             request={"path": "/docs/install", "query": f"lang=en&email={EMAIL}", "status": 200},
             client={"ip": "203.0.113.7", "accept_language": "en-GB,en;q=0.8"},
             user={"id": "u-123", "email": EMAIL})


def outputs(stdout: bytes) -> list[dict[str, Any]]:
    return [orjson.loads(row) for row in stdout.splitlines()]


def test_scrub_routes_rejects_and_reports(tmp_path: Path) -> None:
    """Valid events become topic/value lines, bad lines DLQ lines with their line number, drops go to stderr."""
    stdin = (line(event())                                            # 1: derived -> analytics
             + b"\n"                                                  # 2: blank, skipped but counted as a line
             + b"{bad\n"                                              # 3: malformed
             + line(event(purposes=[]))                               # 4: no purpose
             + line(FULL)                                             # 5: analytics + marketing
             + b'{"schema":"request/1","x":"\xff"}\n')                # 6: not UTF-8
    result = scrub(tmp_path / "state", stdin)
    assert result.returncode == 0, result.stderr.decode()
    rows = outputs(result.stdout)
    # the current epoch's key, made in the keyring the first time (pipeline/keyring.py), named by its public id
    epoch = current_epoch(FileKeyStore(tmp_path / "state" / "keyring.json"), datetime.now(UTC))
    assert epoch is not None and epoch.key_id.startswith("e")
    stamp = {"policy": "2024-01-01.1", "key_id": epoch.key_id}
    assert [r["topic"] for r in rows] == ["logs.analytics", "logs.dlq", "logs.analytics", "logs.marketing", "logs.dlq"]

    assert rows[0] == {"topic": "logs.analytics", "value": {
        "schema": "request/1", "event_id": EID, "ts": "2026-11-24T15:40:36.123Z", "purposes": ["2.1.1", "2.1.3"],
        "policy_version": "2024-01-01.1", "logwarden": {"route": "analytics", **stamp}}}

    malformed = rows[1]
    assert (malformed["reason"], malformed["line"], malformed["raw"]) == ("malformed_json", 3, "{bad")
    assert malformed["detail"].startswith("not valid JSON")

    full = rows[2]["value"]
    assert full["event_id"] == EID2
    assert full["request"] == {"path": "/docs/install", "query": "lang=en", "status": 200}
    assert full["client"] == {"ip": "203.0.113.0/24", "accept_language": "en-GB"}
    assert full["user"]["id"].startswith("ps_")
    marketing = rows[3]["value"]
    assert marketing["logwarden"] == {"route": "marketing", **stamp}
    assert "query" not in marketing["request"] and "ip" not in marketing.get("client", {})
    assert marketing["user"]["id"] != full["user"]["id"]

    assert (rows[4]["reason"], rows[4]["line"]) == ("invalid_utf8", 6)

    assert EMAIL.encode() not in result.stdout
    assert b"u-123" not in result.stdout
    err = result.stderr.decode()
    assert '{"dropped":"no_purpose","line":4}' in err
    assert "read 5 events: 3 outputs, 2 to the DLQ, 1 dropped" in err
    assert "Traceback" not in err


def test_scrub_dev_key_is_private_and_stable(tmp_path: Path) -> None:
    """Development mode makes one random key per state folder (0600): same folder, same pseudonyms; another, others."""
    stdin = line(event(purposes=["2.1.1"], user={"id": "u-123"}))
    first = outputs(scrub(tmp_path / "a", stdin).stdout)[0]["value"]["user"]["id"]
    again = outputs(scrub(tmp_path / "a", stdin).stdout)[0]["value"]["user"]["id"]
    other = outputs(scrub(tmp_path / "b", stdin).stdout)[0]["value"]["user"]["id"]
    assert first == again != other
    key_file = tmp_path / "a" / "dev-hmac-key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(key_file.read_text().strip()) >= 32


def test_scrub_empty_input(tmp_path: Path) -> None:
    result = scrub(tmp_path / "state", b"")
    assert result.returncode == 0
    assert result.stdout == b""
    assert "read 0 events: 0 outputs, 0 to the DLQ, 0 dropped" in result.stderr.decode()


def test_scrub_survives_a_ts_out_of_range(tmp_path: Path) -> None:
    """One bad line must not end the run: a time that overflows when moved to UTC is a DLQ line like any other."""
    stdin = line(event(ts="0001-01-01T00:00:00+01:00")) + line(event(event_id=EID2))
    result = scrub(tmp_path / "state", stdin)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    rows = outputs(result.stdout)
    assert [r["topic"] for r in rows] == ["logs.dlq", "logs.analytics"]
    assert (rows[0]["reason"], rows[0]["line"]) == ("invalid_value", 1)


SHIPPED = (PROJECT_ROOT / "config" / "policy.toml").read_bytes()


def typo(old: bytes, new: bytes) -> bytes:
    assert SHIPPED.count(old) == 1, old
    return SHIPPED.replace(old, new)


BROKEN = [
    pytest.param(b'[policy]\nname = "x"\nversion = \n', "not valid TOML", id="invalid-toml"),
    pytest.param(typo(b'"user.id", "user.session_id",', b'"user.idd", "user.session_id",'),
                 "[routes.analytics.allow] unknown field 'user.idd'", id="unknown-field"),
    pytest.param(SHIPPED + "# café\n".encode("latin-1"), "", id="not-utf8"),
    pytest.param(None, "cannot read the policy file", id="missing"),
]


@pytest.mark.parametrize(("content", "says"), BROKEN)
def test_scrub_with_a_broken_policy_exits_2_with_one_line(tmp_path: Path, content: bytes | None, says: str) -> None:
    """Trying a policy change offline must say what is wrong in one line, not a traceback."""
    policy = tmp_path / "policy.toml"
    if content is not None:
        policy.write_bytes(content)
    result = scrub(tmp_path / "state", line(event()), "--policy", str(policy))
    err = result.stderr.decode().strip()
    assert result.returncode == 2, err[-2000:]
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"logwarden: {policy}: ")
    assert says in err
    assert result.stdout == b""


def test_scrub_stream_in_process_writes_outputs_dlq_records_drops_and_a_summary(tmp_path: Path) -> None:
    """The function the command hands its work to: blank lines skipped, CRLF endings taken off, line numbers kept."""
    import io

    from pipeline.policy import load_policy
    from pipeline.scrub_jsonl import scrub_stream
    from pipeline.settings import Settings

    # its own state folder: the keyring made there is wrapped under this key, and the checkout's .logwarden is the
    # local stack's
    settings = Settings.from_env({"LOGWARDEN_HMAC_KEY": "3f9c1a7be04d2865f1c9a3e7b5d20864",
                                  "LOGWARDEN_TOPIC_PREFIX": "staging.", "LOGWARDEN_STATE_DIR": str(tmp_path)})
    # line 1 routed (CRLF), lines 2 and 3 blank, line 4 malformed, line 5 dropped
    source = io.BytesIO(line(event(purposes=["2.1.1"])).replace(b"\n", b"\r\n") + b"\n   \n{bad\n"
                        + line(event(purposes=[])))
    out, err = io.BytesIO(), io.BytesIO()
    summary = scrub_stream(settings, load_policy(PROJECT_ROOT / "config" / "policy.toml"), source, out, err)
    assert summary == "read 3 events: 1 outputs, 1 to the DLQ, 1 dropped"
    routed, rejected = outputs(out.getvalue())
    assert routed["topic"] == "staging.logs.analytics" and routed["value"]["event_id"] == EID
    assert rejected == {"topic": "staging.logs.dlq", "reason": "malformed_json", "detail": rejected["detail"],
                        "policy_version": "2024-01-01.1", "line": 4, "raw": "{bad"}
    assert outputs(err.getvalue()) == [{"dropped": "no_purpose", "line": 5}]
