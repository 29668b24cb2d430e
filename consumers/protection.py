"""Clause 3.1 for the archive: encryption at rest, no public access, no unencrypted or plain-HTTP requests.

`logwarden retention apply` puts these on the bucket next to the lifecycle rule, and reports
what the store refused or does not support instead of failing: S3 has all of them, MinIO
and moto some. The bucket policy is checked after it is set with a probe put of the kind
the sink makes; a store that cannot evaluate the encryption condition would otherwise
refuse every write, so there the statement is taken back and reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from botocore.exceptions import ClientError

from consumers.s3 import set_default_encryption

#: The Sids logwarden owns in the bucket policy; other statements are kept as they are.
DENY_UNENCRYPTED = "LogwardenDenyUnencryptedObjectUploads"
DENY_PLAIN_HTTP = "LogwardenDenyInsecureTransport"
DENY_READERS_REGISTER = "LogwardenDenyReadersTheHoldsRegister"
DENY_READERS_LISTING = "LogwardenDenyReadersTheHoldsRegisterListing"
_OWNED = {DENY_UNENCRYPTED, DENY_PLAIN_HTTP, DENY_READERS_REGISTER, DENY_READERS_LISTING}
_PROBE_KEY = ".logwarden/policy-probe"
_UNSUPPORTED = {"NotImplemented", "NotImplementedError", "MethodNotAllowed", "XNotImplemented"}


@dataclass(frozen=True)
class Step:
    name: str
    state: str  # "applied", "already", "unsupported", "skipped"
    detail: str = ""

    def line(self) -> str:
        return f"{self.name}: {self.state}" + (f" ({self.detail})" if self.detail else "")


def _code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def encryption_at_rest(client: Any, bucket: str) -> str | None:
    """The bucket's default encryption algorithm (AES256, aws:kms), or None when it has none."""
    try:
        rules = client.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]["Rules"]
    except ClientError as exc:
        if _code(exc) in {"ServerSideEncryptionConfigurationNotFoundError", *_UNSUPPORTED}:
            return None
        raise
    for rule in rules:
        algorithm = rule.get("ApplyServerSideEncryptionByDefault", {}).get("SSEAlgorithm")
        if algorithm:
            return str(algorithm)
    return None


def policy_statements(bucket: str, https: bool, readers: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """logwarden's statements: no object without server-side encryption; no request over plain HTTP; the analysts'
    principals (`readers`) never read or list `.logwarden/`, where the legal holds register is (clause 4.1)."""
    statements: list[dict[str, Any]] = [{
        "Sid": DENY_UNENCRYPTED, "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
        "Resource": f"arn:aws:s3:::{bucket}/*",
        "Condition": {"Null": {"s3:x-amz-server-side-encryption": "true"}},
    }]
    if https:
        statements.append({
            "Sid": DENY_PLAIN_HTTP, "Effect": "Deny", "Principal": "*", "Action": "s3:*",
            "Resource": [f"arn:aws:s3:::{bucket}", f"arn:aws:s3:::{bucket}/*"],
            "Condition": {"Bool": {"aws:SecureTransport": "false"}},
        })
    if readers:  # reading a document, and listing the prefix (a condition only list requests carry)
        statements.append({
            "Sid": DENY_READERS_REGISTER, "Effect": "Deny", "Principal": {"AWS": list(readers)},
            "Action": ["s3:GetObject", "s3:GetObjectVersion"], "Resource": f"arn:aws:s3:::{bucket}/.logwarden/*",
        })
        statements.append({
            "Sid": DENY_READERS_LISTING, "Effect": "Deny", "Principal": {"AWS": list(readers)},
            "Action": ["s3:ListBucket", "s3:ListBucketVersions"], "Resource": f"arn:aws:s3:::{bucket}",
            "Condition": {"StringLike": {"s3:prefix": [".logwarden/*", ".logwarden"]}},
        })
    return statements


def _current_policy(client: Any, bucket: str) -> dict[str, Any]:
    try:
        return dict(orjson.loads(client.get_bucket_policy(Bucket=bucket)["Policy"]))
    except ClientError as exc:
        if _code(exc) in {"NoSuchBucketPolicy", *_UNSUPPORTED}:
            return {"Version": "2012-10-17", "Statement": []}
        raise


def _put_policy(client: Any, bucket: str, statements: list[dict[str, Any]]) -> None:
    if statements:
        client.put_bucket_policy(Bucket=bucket, Policy=orjson.dumps(
            {"Version": "2012-10-17", "Statement": statements}).decode())
    else:
        client.delete_bucket_policy(Bucket=bucket)


def protect(client: Any, bucket: str, endpoint: str, readers: tuple[str, ...] = ()) -> list[Step]:
    """Apply encryption at rest, the public access block and the deny policy; say what happened to each."""
    steps = []
    algorithm = encryption_at_rest(client, bucket)
    if algorithm:
        steps.append(Step("default encryption", "already", algorithm))
    else:
        set_default_encryption(client, bucket)
        steps.append(Step("default encryption", "applied", "AES256"))

    block = {"BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True,
             "RestrictPublicBuckets": True}
    try:
        try:
            found = client.get_public_access_block(Bucket=bucket)["PublicAccessBlockConfiguration"]
        except ClientError as exc:
            if _code(exc) != "NoSuchPublicAccessBlockConfiguration":
                raise
            found = {}
        if found == block:
            steps.append(Step("public access block", "already"))
        else:
            client.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration=block)
            steps.append(Step("public access block", "applied", "all four settings on"))
    except ClientError as exc:
        if _code(exc) not in _UNSUPPORTED:
            raise
        steps.append(Step("public access block", "unsupported", f"the store answered {_code(exc)}"))

    https = not endpoint or endpoint.startswith("https://")
    ours = policy_statements(bucket, https, readers)
    current = _current_policy(client, bucket)
    others = [s for s in current.get("Statement", []) if s.get("Sid") not in _OWNED]
    wanted = others + ours
    try:
        if current.get("Statement", []) == wanted:
            steps.append(Step("bucket policy", "already", ", ".join(s["Sid"] for s in ours)))
        elif not _sink_can_write(client, bucket):
            # these credentials cannot write at all: the probe could not tell a store's limits from ours
            _put_policy(client, bucket, wanted)
            steps.append(Step("bucket policy", "applied", "not verified: these credentials cannot put objects"))
        else:
            _put_policy(client, bucket, wanted)
            if _sink_can_write(client, bucket):
                steps.append(Step("bucket policy", "applied", ", ".join(s["Sid"] for s in ours)))
            else:
                _put_policy(client, bucket, others + ours[1:])
                steps.append(Step("bucket policy", "unsupported",
                                  f"the store refused an encrypted put under {DENY_UNENCRYPTED}, so it was taken "
                                  "back; the sink requests encryption on every put itself"))
    except ClientError as exc:
        if _code(exc) not in _UNSUPPORTED:
            raise
        steps.append(Step("bucket policy", "unsupported", f"the store answered {_code(exc)}"))
    if not https:
        steps.append(Step(f"statement {DENY_PLAIN_HTTP}", "skipped",
                          f"{endpoint} is plain HTTP (a development store); use https in production"))
    if not readers:
        steps.append(Step(f"statement {DENY_READERS_REGISTER}", "skipped",
                          "LOGWARDEN_S3_READER_PRINCIPALS is empty: grant the analysts the routes' prefixes only"))
    return steps


def _sink_can_write(client: Any, bucket: str) -> bool:
    """A put like the sink's (with server-side encryption) still goes through."""
    try:
        put = client.put_object(Bucket=bucket, Key=_PROBE_KEY, Body=b"", ServerSideEncryption="AES256")
    except ClientError as exc:
        if _code(exc) in {"AccessDenied", "403"}:
            return False
        raise
    version = put.get("VersionId")  # in a bucket that keeps versions, the version itself goes (no delete marker)
    client.delete_object(Bucket=bucket, Key=_PROBE_KEY, **({"VersionId": version} if version else {}))
    return True
