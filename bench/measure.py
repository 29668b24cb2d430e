"""Timing helpers: a warm-up, then the median of several runs, so a ratio holds on a noisy machine."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any
from dataclasses import dataclass


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


def prepare_topics(settings: Any, policy: Any) -> None:
    """The policy's topics under the run's prefix, with the principals' ACLs on a secured cluster, so the
    workers and sinks a benchmark starts log in as in production."""
    from pipeline import kafka_acl
    from pipeline.access import load_principals
    from pipeline.kafka_admin import ensure_topics

    ensure_topics(settings, policy)
    if settings.kafka_security_protocol.startswith("SASL_"):
        kafka_acl.apply(settings, policy, load_principals(settings.principals_file, policy))
