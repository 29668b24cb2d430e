"""`make retention-trial`: legal holds, expiry and versions proven on MinIO, the store people run themselves.

MinIO is built once from its Go module (`go install github.com/minio/minio@MINIO_VERSION` through the Go module
proxy: about 8 minutes and 2 GB of module and build cache the first time) into ~/.cache/logwarden/minio-<version>/,
then started on a free loopback port in a temporary folder. Against it, through the same code that talks to moto
and AWS, each check prints PASS or FAIL with what the store answered:

- the bucket made by `ensure_bucket` has versioning and Object Lock; the lifecycle rules logwarden puts, as read
  back (a store may drop an action: the difference is printed);
- a hold placed over a range holds every version in it (older versions too); the store itself refuses to delete a
  held version; an object written later into the range is held by the sink's hook;
- `retention enforce` (with its clock moved: nobody waits a year) deletes what is past its time, every version and
  lone delete marker, and keeps held versions; after `hold release` the next enforce deletes them;
- the report's digest is the same for the same state and changes with one object past its time;
- pseudonym key epochs: checked when the keyring (pipeline/keyring.py) is present, else said to be skipped.

Exit 1 when a check fails. Not part of `make test`: it builds a Go program and needs minutes. No Kafka is needed.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import click
from botocore.exceptions import ClientError

from consumers import holds, lifecycle, retention, retention_report
from consumers.s3 import ensure_bucket, s3_client
from pipeline.dev.process import free_port
from pipeline.policy import load_policy
from pipeline.settings import Settings

#: The MinIO served by the Go module proxy (MinIO tags no semantic versions: this is the newest pseudo-version on
#: 2026-12-06, from its commit of 2026-02-12)
MINIO_VERSION = "v0.0.0-20260212201848-7aac2a2c5b7c"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "logwarden"


def minio_binary(say: Callable[[str], None]) -> Path:
    """The cached MinIO binary, built from the Go module proxy the first time."""
    folder = CACHE / f"minio-{MINIO_VERSION}"
    binary = folder / "minio"
    if binary.exists():
        return binary
    go = shutil.which("go")
    if go is None:
        raise click.ClickException("the retention trial builds MinIO with Go (1.24+): install Go first")
    folder.mkdir(parents=True, exist_ok=True)
    say(f"building MinIO {MINIO_VERSION} from the Go module proxy into {folder} (once: about 8 minutes, 2 GB of "
        "Go caches)")
    started = time.monotonic()
    subprocess.run([go, "install", f"github.com/minio/minio@{MINIO_VERSION}"], check=True,
                   env={**os.environ, "GOBIN": str(folder), "GOFLAGS": "-trimpath"})
    say(f"built in {time.monotonic() - started:.0f} s")
    return binary


@contextlib.contextmanager
def minio_server(binary: Path, home: Path) -> Iterator[tuple[str, str, str]]:
    """MinIO on loopback with fresh credentials and an SSE-S3 key; yields (endpoint, access key, secret key)."""
    port, console = free_port(), free_port()
    user, password = "trial-" + secrets.token_hex(4), secrets.token_urlsafe(24)
    import base64

    env = {**os.environ, "MINIO_ROOT_USER": user, "MINIO_ROOT_PASSWORD": password,
           "MINIO_KMS_SECRET_KEY": "trial-key:" + base64.b64encode(secrets.token_bytes(32)).decode(),
           "MINIO_BROWSER": "off", "MINIO_UPDATE": "off"}
    log = open(home / "minio.log", "wb")  # noqa: SIM115 - open for the server's whole life, closed below
    proc = subprocess.Popen([str(binary), "server", str(home / "data"), "--address", f"127.0.0.1:{port}",
                             "--console-address", f"127.0.0.1:{console}", "--quiet"],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{endpoint}/minio/health/live", timeout=2):  # noqa: S310 - loopback
                    break
            except (urllib.error.URLError, OSError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise click.ClickException(f"MinIO did not start; its log: {home / 'minio.log'}") from None
                time.sleep(0.2)
        yield endpoint, user, password
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


class Trial:
    def __init__(self, say: Callable[[str], None]) -> None:
        self.say = say
        self.failed: list[str] = []

    def check(self, name: str, ok: bool, detail: str = "") -> None:
        self.say(f"{'PASS' if ok else 'FAIL'}  {name}" + (f": {detail}" if detail else ""))
        if not ok:
            self.failed.append(name)


def _put(client: Any, bucket: str, key: str, body: bytes = b"{}\n") -> str:
    return str(client.put_object(Bucket=bucket, Key=key, Body=body, ServerSideEncryption="AES256")
               .get("VersionId"))


def _key(day: str, hour: int, n: int = 0, route: str = "analytics") -> str:
    return f"{route}/dt={day}/hour={hour:02d}/logs.{route}+0+{n:020d}.jsonl.gz"


def run_trial(settings: Settings, say: Callable[[str], None]) -> Trial:
    trial = Trial(say)
    policy = load_policy(settings.policy_file)
    client = s3_client(settings)
    bucket = settings.s3_bucket
    created = ensure_bucket(client, bucket, settings.s3_region)
    rules, versioned = lifecycle.read(client, bucket)
    trial.check("bucket made with versioning and Object Lock", created and versioned
                and holds.object_lock_enabled(client, bucket))

    put = lifecycle.ensure(client, bucket, policy.retention)
    rules, versioned = lifecycle.read(client, bucket)
    say(f"lifecycle rules put: {lifecycle.desired_rules(policy.retention, versioned)}")
    say(f"lifecycle rules as read: {rules}")
    after = lifecycle.plan(rules, policy.retention, versioned)
    dropped = [problem for problem in after.problems if "abort incomplete multipart days is None" in problem]
    if dropped:  # known: MinIO keeps no AbortIncompleteMultipartUpload (docs/operations.md, "What differs")
        say(f"DIFF  the store dropped an action of the rule it was given: {dropped[0]}")
    unknown = [problem for problem in after.problems if problem not in dropped]
    trial.check("lifecycle rules read back as put (but for the known drop)", not put.compliant and not unknown,
                "; ".join(after.problems) or "every action kept")
    observe(client, bucket, say)

    now = datetime.now(UTC)
    old_day = (now - timedelta(days=400)).date().isoformat()
    today = now.date().isoformat()
    held_key, free_key, rewritten = _key(old_day, 10), _key(old_day, 14), _key(old_day, 11, 7)
    first = _put(client, bucket, rewritten, b"first\n")
    _put(client, bucket, rewritten, b"second\n")
    for key in (held_key, free_key):
        _put(client, bucket, key)
    young, gone = _key(today, 1), _key(today, 2)
    noncurrent = _put(client, bucket, young, b"first\n")
    _put(client, bucket, young, b"second\n")
    _put(client, bucket, gone)
    client.delete_object(Bucket=bucket, Key=gone)

    start = datetime.fromisoformat(f"{old_day}T10:00:00+00:00")
    hold = holds.place(client, bucket, policy, "analytics", start, start + timedelta(hours=2), "trial", "T-1", now)
    versions = list(holds.versions_in_range(client, bucket, hold))
    trial.check("hold place holds every version of its range, older versions too",
                len(versions) == 3 and all(holds.legal_hold_on(client, bucket, v) for v in versions)
                and holds.legal_hold_on(client, bucket, holds.Version(rewritten, first)),
                f"{len(versions)} versions, state {hold.state}")
    try:
        client.delete_object(Bucket=bucket, Key=held_key, VersionId=versions[0].version_id
                             if versions[0].key == held_key else next(v.version_id for v in versions
                                                                      if v.key == held_key))
        refused = ""
    except ClientError as exc:
        refused = str(exc.response.get("Error", {}).get("Code"))
    trial.check("the store refuses to delete a held version", bool(refused), f"it answered {refused or 'OK'}")

    late = _key(old_day, 11, 900)
    _put(client, bucket, late)
    trial.check("an object written later into the range is held by the sink's hook",
                holds.OnWrite(client, bucket).after_put([late], stopping=lambda: False) == 1
                and holds.legal_hold_on(client, bucket, holds.Version(late, _current(client, bucket, late))))

    register = holds.load_all(client, bucket)
    done = retention.enforce(settings, policy, client, now, dry_run=False)
    deleted = {v.key for v in done.deleted}
    kept = {v.key for v, _ in done.held}
    trial.check("enforce deletes what is past its time and keeps held versions",
                deleted == {free_key} and kept == {held_key, rewritten, late},
                f"deleted {sorted(deleted)}, kept {sorted(kept)}")
    later = now + timedelta(days=2)
    swept = retention.enforce(settings, policy, client, later, dry_run=False)
    swept_again = retention.enforce(settings, policy, client, later, dry_run=False)
    trial.check("noncurrent versions and then lone delete markers expire (clock moved 2 days)",
                {(v.key, v.version_id) for v in swept.deleted} >= {(young, noncurrent)}
                and any(v.key == gone and v.marker for v in swept_again.deleted),
                f"{len(swept.deleted)} then {len(swept_again.deleted)} deleted")

    one = retention_report.build(settings, policy, client, now, now)
    two = retention_report.build(settings, policy, client, now, now)
    _put(client, bucket, _key(old_day, 20, 1, route="marketing"))
    three = retention_report.build(settings, policy, client, now, now)
    trial.check("the report's digest is the same for the same state and changes with one object past its time",
                one.digest == two.digest != three.digest and one.facts["past_their_time"]["count"] == 0
                and three.facts["past_their_time"]["count"] == 1 and not three.ok,
                f"{one.digest[:12]}… {two.digest[:12]}… {three.digest[:12]}…")
    retention.enforce(settings, policy, client, now, dry_run=False)

    holds.release(client, bucket, hold.id, now)
    released = retention.enforce(settings, policy, client, now, dry_run=False)
    survey = retention.survey(client, bucket, policy, now, register)
    trial.check("after release, the next enforce deletes the held objects, every version",
                {v.key for v in released.deleted} == {held_key, rewritten, late} and not survey.held
                and not survey.past, f"{len(released.deleted)} versions deleted")

    if importlib.util.find_spec("pipeline.keyring") is None:
        say("SKIP  pseudonym key epochs: pipeline/keyring.py is not on this branch (issue 26, the keyring's part)")
    else:
        keys = retention_report.keys_facts(settings, now)
        trial.check("pseudonym key epochs read by the report", keys.get("source") is not None, str(keys))
    return trial


def observe(client: Any, bucket: str, say: Callable[[str], None]) -> None:
    """What the store answers to what S3 refuses or allows, for the table of differences between stores."""
    combined = {"ID": "probe", "Filter": {"Prefix": "probe/"}, "Status": "Enabled",
                "Expiration": {"Days": 365, "ExpiredObjectDeleteMarker": True}}
    rules = client.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]
    say(f"INFO  ExpiredObjectDeleteMarker with Days in one rule: {_answer(lambda: client.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={'Rules': [*rules, combined]}))}")  # noqa: E501
    client.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={"Rules": rules})
    plain = bucket + "-plain"
    client.create_bucket(Bucket=plain)
    client.put_bucket_versioning(Bucket=plain, VersioningConfiguration={"Status": "Enabled"})
    _put(client, plain, "x")
    say("INFO  Object Lock turned on for an existing versioned bucket holding an object: " + _answer(
        lambda: client.put_object_lock_configuration(Bucket=plain, ObjectLockConfiguration={
            "ObjectLockEnabled": "Enabled"})))
    say("INFO  a legal hold in a bucket without Object Lock: " + _answer(
        lambda: client.put_object_legal_hold(Bucket=plain, Key="x", LegalHold={"Status": "ON"})))


def _answer(call: Callable[[], Any]) -> str:
    try:
        call()
    except ClientError as exc:
        return f"refused ({exc.response.get('Error', {}).get('Code')})"
    return "accepted"


def _current(client: Any, bucket: str, key: str) -> str:
    return str(client.head_object(Bucket=bucket, Key=key).get("VersionId"))


@click.command()
@click.option("--keep", is_flag=True, help="Keep MinIO's data folder (printed) instead of removing it.")
def main(keep: bool) -> None:
    """Run the retention trial against a MinIO built from its Go module (cached after the first build)."""
    binary = minio_binary(click.echo)
    version = subprocess.run([str(binary), "--version"], capture_output=True, text=True, check=False)
    click.echo(f"MinIO: {version.stdout.strip().splitlines()[0] if version.stdout else binary}")
    home = Path(tempfile.mkdtemp(prefix="logwarden-retention-trial-"))
    try:
        with minio_server(binary, home) as (endpoint, user, password):
            base = Settings.from_env({"LOGWARDEN_S3_ENDPOINT": endpoint, "LOGWARDEN_S3_ACCESS_KEY_ID": user,
                                      "LOGWARDEN_S3_SECRET_ACCESS_KEY": password,
                                      "LOGWARDEN_STATE_DIR": str(home / "state")})
            settings = replace(base, s3_bucket=f"trial-{secrets.token_hex(4)}")
            click.echo(f"MinIO at {endpoint}, bucket {settings.s3_bucket}")
            trial = run_trial(settings, click.echo)
    finally:
        if keep:
            click.echo(f"kept {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)
    outcome = "every check passed" if not trial.failed else "FAILED: " + ", ".join(trial.failed)
    click.echo(f"retention trial on MinIO: {outcome}")
    sys.exit(1 if trial.failed else 0)


if __name__ == "__main__":
    main()
