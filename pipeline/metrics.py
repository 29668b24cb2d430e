"""The worker's Prometheus metrics (prometheus-client), served on its own port.

Names carry the `logwarden_worker_` prefix and their unit; labels are bounded: route,
reason, field path and treatment from the policy, redaction kind. No label ever holds a
value from an event.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from prometheus_client import Counter as PromCounter
from prometheus_client import Gauge, Histogram

from pipeline.metrics_server import serve_metrics
from pipeline.scrub import DLQ_REASONS, DROP_REASONS, Outcome

EVENTS_IN = PromCounter("logwarden_worker_events_in", "Raw messages consumed from logs.raw")
ROUTED = PromCounter("logwarden_worker_routed", "Scrubbed events produced to a purpose topic", ["route"])
DROPPED = PromCounter("logwarden_worker_dropped", "Valid events no route may keep, by reason", ["reason"])
DLQ = PromCounter("logwarden_worker_dlq", "Raw messages sent to the DLQ, by reason", ["reason"])
TREATMENTS = PromCounter("logwarden_worker_treatments", "Field treatments applied", ["field", "treatment"])
REDACTIONS = PromCounter("logwarden_worker_redactions", "Identifying values redacted from free text a route keeps",
                         ["kind"])
PROCESSING = Histogram("logwarden_worker_processing_seconds",
                       "Time from a batch's arrival to the broker's acknowledgement of all its outputs",
                       buckets=(.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5))
DELIVERY_ERRORS = PromCounter("logwarden_worker_delivery_errors", "Outputs Kafka did not acknowledge", ["topic_role"])
POLICY_INFO = Gauge("logwarden_worker_policy_info", "1 for the policy version and pseudonym key id in force (the id is "
                    "the epoch key's public id, never the key)", ["version", "key_id"])

POLICY_VERSION = Gauge("logwarden_policy_version_info", "1 for the policy version governing events stamped now "
                       "(logs.policy's versions switch at their effective time)", ["version"])
POLICY_LOAD_ERRORS = PromCounter("logwarden_policy_load_errors", "Policy versions read from logs.policy that this "
                                 "worker could not load (it keeps the version it has)")


def policy_version(version: str) -> None:
    """Say which version governs events stamped now (one series at 1)."""
    POLICY_VERSION.clear()
    POLICY_VERSION.labels(version=version).set(1)


_routed: dict[str, Any] = {}
_dropped: dict[str, Any] = {}
_dlq: dict[str, Any] = {}


_in_force = {"version": ""}


def in_force(version: str, key_id: str) -> None:
    """Say which policy version and pseudonym key this process routes with (`logwarden top`, dashboards)."""
    _in_force["version"] = version
    POLICY_INFO.clear()
    POLICY_INFO.labels(version=version, key_id=key_id).set(1)


def in_force_key(key_id: str) -> None:
    """A new pseudonym key epoch in force (pipeline/keyring.py), under the same policy version."""
    in_force(_in_force["version"], key_id)


def init_labels(routes: list[str]) -> None:
    """Create every bounded series at zero, so rates and alerts see them before the first event,
    and keep each child counter at hand: `labels()` per event is a locked dict lookup."""
    _routed.update({route: ROUTED.labels(route=route) for route in routes})
    _dropped.update({reason: DROPPED.labels(reason=reason) for reason in DROP_REASONS})
    _dlq.update({reason: DLQ.labels(reason=reason) for reason in DLQ_REASONS})
    for role in ("route", "dlq"):  # the outputs' roles: a purpose topic or the DLQ
        DELIVERY_ERRORS.labels(topic_role=role)


def count_outcome(outcome: Outcome) -> None:
    EVENTS_IN.inc()
    if outcome.rejected:
        _dlq[outcome.rejected].inc()
    elif outcome.dropped:
        _dropped[outcome.dropped].inc()
    else:
        for output in outcome.outputs:
            _routed[output.route].inc()


def count_tally(treated: Counter[tuple[str, str]], redacted: Counter[str]) -> None:
    for (field, treatment), n in treated.items():
        TREATMENTS.labels(field=field, treatment=treatment).inc(n)
    for kind, n in redacted.items():
        REDACTIONS.labels(kind=kind).inc(n)


def serve(host: str, port: int) -> None:
    serve_metrics(host, port, "LOGWARDEN_WORKER_METRICS_PORT")
