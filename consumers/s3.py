"""S3 through boto3, with the endpoint and credentials of the settings: moto, MinIO or AWS alike."""

from __future__ import annotations

from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

from pipeline.settings import Settings


def s3_client(settings: Settings, *, connect_timeout: float = 5, retries: int = 2) -> Any:
    """A boto3 S3 client for the configured endpoint; retries are few because callers retry with backoff."""
    return boto3.client(
        "s3",
        endpoint_url=settings.s3_endpoint or None,
        region_name=settings.s3_region,
        config=Config(connect_timeout=connect_timeout, read_timeout=30,
                      retries={"max_attempts": retries, "mode": "standard"},
                      s3={"addressing_style": "path"} if settings.s3_endpoint else None),
        **settings.s3_credentials(),
    )


def ensure_bucket(client: Any, bucket: str, region: str) -> bool:
    """Create the bucket with default encryption at rest (clause 3.1) when missing, with versioning and Object Lock
    (clause 4.1: legal holds need both, and S3 turns Object Lock on only when a bucket is made). True when created."""
    try:
        client.head_bucket(Bucket=bucket)
        created = False
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") not in {"404", "NoSuchBucket", "NotFound"}:
            raise
        args: dict[str, Any] = {"Bucket": bucket, "ObjectLockEnabledForBucket": True}
        if region != "us-east-1":
            args["CreateBucketConfiguration"] = {"LocationConstraint": region}
        client.create_bucket(**args)
        created = True
    set_default_encryption(client, bucket)
    return created


def set_default_encryption(client: Any, bucket: str) -> None:
    """SSE-S3 (AES256) for every object the bucket stores, whoever writes it (clause 3.1)."""
    client.put_bucket_encryption(
        Bucket=bucket,
        ServerSideEncryptionConfiguration={
            "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]
        },
    )


def archive_objects(client: Any, bucket: str, prefix: str, limit: int) -> list[bytes]:
    """The bodies of the first `limit` objects under a prefix, in key order (`policy plan --sample s3://...`)."""
    bodies: list[bytes] = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for item in page.get("Contents", []):
            if len(bodies) >= limit:
                return bodies
            if item["Key"].endswith(".jsonl.gz"):
                bodies.append(client.get_object(Bucket=bucket, Key=item["Key"])["Body"].read())
    return bodies
