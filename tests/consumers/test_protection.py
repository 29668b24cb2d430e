"""Clause 3.1 for the archive, against moto's S3 server: `retention apply` protects the bucket (and never
locks the sink out), and the sink refuses a bucket that does not encrypt at rest."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from botocore.exceptions import ClientError
from conftest import Servers
from helpers import Process, scrape, wait_for

from consumers.protection import (
    DENY_PLAIN_HTTP,
    DENY_READERS_LISTING,
    DENY_READERS_REGISTER,
    DENY_UNENCRYPTED,
    encryption_at_rest,
    policy_statements,
    protect,
)
from consumers.s3 import s3_client
from pipeline.dev.process import free_port
from pipeline.settings import Settings


def _cli(servers: Servers, settings: Settings, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, timeout=120,
                          env=servers.env(LOGWARDEN_S3_BUCKET=settings.s3_bucket,
                                          LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, **env), check=False)


def test_retention_apply_protects_the_bucket_and_reports_what_the_store_does_not_support(
        servers: Servers, settings: Settings) -> None:
    client = s3_client(settings)
    client.create_bucket(Bucket=settings.s3_bucket)  # a bare bucket: no encryption, no block, no policy
    client.put_bucket_policy(Bucket=settings.s3_bucket, Policy=orjson.dumps({"Version": "2012-10-17", "Statement": [
        {"Sid": "SomeoneElses", "Effect": "Deny", "Principal": "*", "Action": "s3:DeleteBucket",
         "Resource": f"arn:aws:s3:::{settings.s3_bucket}"}]}).decode())
    assert encryption_at_rest(client, settings.s3_bucket) is None

    result = _cli(servers, settings, "retention", "apply")
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "default encryption: applied (AES256)" in out
    assert "public access block: applied" in out
    assert f"statement {DENY_PLAIN_HTTP}: skipped" in out  # moto here speaks plain HTTP
    assert encryption_at_rest(client, settings.s3_bucket) == "AES256"
    block = client.get_public_access_block(Bucket=settings.s3_bucket)["PublicAccessBlockConfiguration"]
    assert block == dict.fromkeys(("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy",
                                   "RestrictPublicBuckets"), True)
    sids = {s["Sid"] for s in orjson.loads(client.get_bucket_policy(Bucket=settings.s3_bucket)["Policy"])["Statement"]}
    assert "SomeoneElses" in sids  # other statements are kept
    # never locked out: a put like the sink's goes through, whatever the store made of the policy
    client.put_object(Bucket=settings.s3_bucket, Key="check", Body=b"{}", ServerSideEncryption="AES256")
    if DENY_UNENCRYPTED in sids:
        with pytest.raises(ClientError):
            client.put_object(Bucket=settings.s3_bucket, Key="plain", Body=b"{}")
    else:
        assert "bucket policy: unsupported" in out
    again = _cli(servers, settings, "retention", "apply")
    assert "default encryption: already" in again.stdout and "public access block: already" in again.stdout


def test_the_policy_denies_plain_http_only_where_the_endpoint_is_https() -> None:
    assert [s["Sid"] for s in policy_statements("b", https=True)] == [DENY_UNENCRYPTED, DENY_PLAIN_HTTP]
    assert [s["Sid"] for s in policy_statements("b", https=False)] == [DENY_UNENCRYPTED]
    plain = policy_statements("b", https=True)[1]
    assert plain["Condition"] == {"Bool": {"aws:SecureTransport": "false"}} and plain["Effect"] == "Deny"


def test_the_analysts_principals_are_denied_the_holds_register_and_nothing_else() -> None:
    readers = ("arn:aws:iam::123456789012:role/analysts",)
    statements = {s["Sid"]: s for s in policy_statements("b", https=True, readers=readers)}
    documents, listing = statements[DENY_READERS_REGISTER], statements[DENY_READERS_LISTING]
    assert documents["Principal"] == listing["Principal"] == {"AWS": list(readers)}
    assert documents["Resource"] == "arn:aws:s3:::b/.logwarden/*" and "Condition" not in documents
    assert listing["Resource"] == "arn:aws:s3:::b" and listing["Condition"]["StringLike"]["s3:prefix"][0] == (
        ".logwarden/*")
    assert DENY_READERS_REGISTER not in {s["Sid"] for s in policy_statements("b", https=True)}


def test_the_sink_refuses_a_bucket_without_encryption_at_rest_unless_told(
        servers: Servers, settings: Settings, topics: dict[str, str], tmp_path: Path) -> None:
    client = s3_client(settings)
    client.create_bucket(Bucket=settings.s3_bucket)
    refused = _cli(servers, settings, "sink", LOGWARDEN_SINK_METRICS_PORT=str(free_port()),
                   LOGWARDEN_STATE_DIR=str(tmp_path))
    assert refused.returncode == 2
    assert f"bucket {settings.s3_bucket} has no default encryption at rest" in refused.stderr
    assert "retention apply" in refused.stderr and "Traceback" not in refused.stderr
    port = free_port()
    allowed = Process(["sink"], servers.env(
        LOGWARDEN_S3_BUCKET=settings.s3_bucket, LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix,
        LOGWARDEN_SINK_GROUP=settings.sink_group, LOGWARDEN_SINK_METRICS_PORT=str(port),
        LOGWARDEN_STATE_DIR=str(tmp_path), LOGWARDEN_S3_REQUIRE_ENCRYPTION="false"), tmp_path / "sink.log").start()
    try:
        wait_for(lambda: bool(scrape(port)) and "sink started" in allowed.log(), 60, "the sink to start")
        assert "may be stored unencrypted" in allowed.log()
    finally:
        assert allowed.terminate() == 0


def test_protect_is_idempotent_in_process(servers: Servers, settings: Settings) -> None:
    client = s3_client(settings)
    client.create_bucket(Bucket=settings.s3_bucket)
    first = {step.name: step.state for step in protect(client, settings.s3_bucket, settings.s3_endpoint)}
    second = {step.name: step.state for step in protect(client, settings.s3_bucket, settings.s3_endpoint)}
    assert first["default encryption"] == "applied" and second["default encryption"] == "already"
    assert second["public access block"] == "already"
    # a store that evaluates the policy keeps it ("already"); one that cannot is reported again, never forced
    assert second["bucket policy"] == ("unsupported" if first["bucket policy"] == "unsupported" else "already")
