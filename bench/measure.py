"""Timing helpers: a warm-up, then the median of several runs, so a ratio holds on a noisy machine."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Figure:
    stage: str
    unit: str
    logwarden: float
    baseline: float
    baseline_name: str
    target: str

    @property
    def ratio(self) -> float:
        return self.logwarden / self.baseline if self.baseline else 0.0


def rate(run: Callable[[], int], repeats: int = 5, warmup: int = 1) -> float:
    """Items per second of `run` (which returns how many items it handled): the median of `repeats`."""
    for _ in range(warmup):
        run()
    rates = []
    for _ in range(repeats):
        started = time.perf_counter()
        items = run()
        rates.append(items / (time.perf_counter() - started))
    return statistics.median(rates)


#: Topic prefixes this benchmark run made, so that the clean-up deletes those and nothing else.
CREATED_PREFIXES: list[str] = []


def run_prefix(kind: str) -> str:
    """A fresh topic prefix for one run, remembered for the clean-up."""
    import uuid

    prefix = f"{kind}{uuid.uuid4().hex[:8]}."
    CREATED_PREFIXES.append(prefix)
    return prefix


def delete_bucket(client: Any, bucket: str) -> None:
    """A run's bucket and its objects deleted once measured: `dev down` saves every bucket of the local S3 to disk
    and `dev up` puts it all back, which for a backfill's hundred thousand objects takes minutes each way."""
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        keys = [{"Key": item["Key"]} for item in page.get("Contents", [])]
        if keys:
            client.delete_objects(Bucket=bucket, Delete={"Objects": keys})
    client.delete_bucket(Bucket=bucket)
