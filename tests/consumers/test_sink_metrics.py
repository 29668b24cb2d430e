"""consumers/metrics.py (its own basename: tests/pipeline/test_metrics.py is the worker's, and basenames are unique):
every series the sink's dashboards and alerts name exists at 0 before the first event, so a panel shows 0 rather
than "no data" and an alert on increase() sees the first error or leak."""

from __future__ import annotations

from prometheus_client import REGISTRY

from consumers import metrics
from pipeline.privacy.registry import KINDS


def test_every_bounded_series_starts_at_zero() -> None:
    metrics.init_labels(["analytics", "marketing"])
    for operation in metrics.S3_OPERATIONS:
        assert REGISTRY.get_sample_value("logwarden_sink_s3_errors_total", {"operation": operation}) is not None
    for route in ("analytics", "marketing"):
        assert REGISTRY.get_sample_value("logwarden_sink_records_total", {"route": route}) is not None
        assert REGISTRY.get_sample_value("logwarden_sink_duplicates_total", {"route": route}) is not None
        for kind in ("canary", *KINDS):  # the leak check can find any kind the detectors know
            assert REGISTRY.get_sample_value("logwarden_pii_leaks_total", {"route": route, "kind": kind}) is not None
