"""The local S3 endpoint: moto's S3 server, a real HTTP server speaking the S3 API on loopback.

The process is `python -m pipeline.dev.s3_httpd`: moto's S3 app behind cheroot, in one process, at half the CPU per
put of `python -m moto.server` (s3_httpd.py says why).

logwarden reaches S3 only through boto3 with an endpoint URL, so the same code writes to
this server in development and tests, to MinIO in docker-compose, and to AWS S3 in
production.

moto keeps objects in memory, while Kafka and the sink's committed offsets persist: a restart
would leave S3 without records Kafka says were stored. So `dev down` saves every bucket (its
objects, lifecycle rules, default encryption and policy) to `snapshot/` in the server's folder,
through the S3 API itself, and `dev up` puts it back before anything writes. Restored objects get
a new LastModified (S3 has no way to set it): their event dates stay in their keys, which is what
`logwarden retention` judges. A bucket made with Object Lock is made so again, and a current object under a
legal hold is held again; older versions are not saved (only current objects are). A server killed without
`dev down` loses what it held since the last.
"""

from __future__ import annotations

import http.client
import shutil
import sys
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from botocore.exceptions import ClientError

from pipeline.dev.process import ServerProcess, StackMisconfigured, port_is_free

#: What an S3 server says to an anonymous `GET /`: a bucket listing, or an S3 error document.
_S3_BODY_MARKS = (b"ListAllMyBucketsResult", b"<Error>")


def s3_answers(endpoint: str) -> bool:
    """True when an S3 endpoint answers HTTP (any status: an S3 error is still an answer)."""
    return _s3_reply(endpoint) is not None


def speaks_s3(endpoint: str) -> bool:
    """True when what answers at the endpoint is an S3 server (its reply is an S3 document), not some other
    program that happens to hold the port."""
    reply = _s3_reply(endpoint)
    return reply is not None and any(mark in reply for mark in _S3_BODY_MARKS)


def _s3_reply(endpoint: str) -> bytes | None:
    try:
        with urllib.request.urlopen(endpoint + "/", timeout=2) as answer:  # noqa: S310 - our own endpoint
            return bytes(answer.read(4096))
    except urllib.error.HTTPError as exc:
        return bytes(exc.read(4096))
    except http.client.HTTPException:
        return b""  # something holds the port, and it does not speak HTTP: no S3 server
    except (urllib.error.URLError, OSError):
        return None


@dataclass
class MotoS3Server:
    home: Path
    host: str
    port: int
    process: ServerProcess = field(init=False)

    def __post_init__(self) -> None:
        self.process = ServerProcess("s3 (moto)", self.home / "s3.pid", self.home / "logs" / "s3.out")

    @property
    def endpoint(self) -> str:
        return f"http://{self.host}:{self.port}"

    def running_pid(self) -> int | None:
        return self.process.read_pid()

    def start(self, timeout: float = 30.0) -> float:
        try:
            import cheroot.wsgi  # noqa: F401 - only to fail early with a clear message
            import moto.server  # noqa: F401
        except ImportError:
            raise StackMisconfigured("moto's S3 server is not installed: pip install 'moto[server]>=5.2.5' cheroot "
                             "(make demo and make test install them)") from None
        if not port_is_free(self.host, self.port):
            raise StackMisconfigured(f"port {self.host}:{self.port} is taken by another process; stop it or set "
                             "LOGWARDEN_S3_ENDPOINT to another port")
        self.process.start([sys.executable, "-m", "pipeline.dev.s3_httpd", "-H", self.host, "-p", str(self.port)])
        return self.process.wait_ready(lambda: s3_answers(self.endpoint), timeout)

    def stop(self, timeout: float = 10.0, client: Any | None = None) -> bool:
        """Save every bucket (with `client`, an S3 client of this endpoint), then stop the server."""
        if client is not None and self.running_pid() is not None and s3_answers(self.endpoint):
            save_snapshot(client, self.snapshot_dir)
        return self.process.stop(timeout)

    @property
    def snapshot_dir(self) -> Path:
        return self.home / "snapshot"


def save_snapshot(client: Any, folder: Path) -> int:
    """Every bucket's objects and settings into `folder` (replacing what was there). Returns the object count."""
    staging = folder.with_name(folder.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    manifest: dict[str, Any] = {"buckets": {}}
    count = 0
    for number, bucket in enumerate(b["Name"] for b in client.list_buckets().get("Buckets", [])):
        lock = _optional(client.get_object_lock_configuration, Bucket=bucket)
        entry: dict[str, Any] = {"objects": [], "object_lock": bool(lock and lock.get(
            "ObjectLockConfiguration", {}).get("ObjectLockEnabled") == "Enabled")}
        for key, call, field_name in (("lifecycle", client.get_bucket_lifecycle_configuration, "Rules"),
                                      ("encryption", client.get_bucket_encryption,
                                       "ServerSideEncryptionConfiguration"),
                                      ("policy", client.get_bucket_policy, "Policy")):
            answer = _optional(call, Bucket=bucket)
            entry[key] = answer[field_name] if answer else None
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for item in page.get("Contents", []):
                body = client.get_object(Bucket=bucket, Key=item["Key"])
                path = staging / f"{number}-{count}"
                path.write_bytes(body["Body"].read())
                entry["objects"].append({"key": item["Key"], "file": path.name,
                                         "content_type": body.get("ContentType"),
                                         "content_encoding": body.get("ContentEncoding"),
                                         "metadata": body.get("Metadata", {}),
                                         "legal_hold": body.get("ObjectLockLegalHoldStatus") == "ON"})
                count += 1
        manifest["buckets"][bucket] = entry
    (staging / "manifest.json").write_bytes(orjson.dumps(manifest))
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)
    folder.chmod(0o700)
    return count


def restore_snapshot(client: Any, folder: Path) -> int:
    """Put back what `save_snapshot` saved (buckets that exist are filled in). Returns the object count."""
    manifest_path = folder / "manifest.json"
    if not manifest_path.exists():
        return 0
    manifest = orjson.loads(manifest_path.read_bytes())
    count = 0
    for bucket, entry in manifest["buckets"].items():
        _optional(client.create_bucket, Bucket=bucket, **({"ObjectLockEnabledForBucket": True}
                                                           if entry.get("object_lock") else {}))
        if entry.get("encryption"):
            client.put_bucket_encryption(Bucket=bucket, ServerSideEncryptionConfiguration=entry["encryption"])
        if entry.get("lifecycle"):
            client.put_bucket_lifecycle_configuration(Bucket=bucket,
                                                      LifecycleConfiguration={"Rules": entry["lifecycle"]})
        if entry.get("policy"):
            client.put_bucket_policy(Bucket=bucket, Policy=entry["policy"])
        for item in entry["objects"]:
            extra = {name: item[key] for name, key in (("ContentType", "content_type"),
                                                       ("ContentEncoding", "content_encoding")) if item.get(key)}
            client.put_object(Bucket=bucket, Key=item["key"], Body=(folder / item["file"]).read_bytes(),
                              Metadata=item.get("metadata") or {}, **extra,
                              **({"ObjectLockLegalHoldStatus": "ON"} if item.get("legal_hold") else {}))
            count += 1
    return count


def _optional(call: Callable[..., Any], **args: Any) -> Any:
    """The call's answer, or None where the bucket simply has no such setting (or already exists)."""
    try:
        return call(**args)
    except ClientError:
        return None
