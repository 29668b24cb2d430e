"""The sink's Prometheus metrics: what it wrote, how fast, what failed, and whether clause 3.3 holds."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

from pipeline.privacy.registry import KINDS

RECORDS = Counter("logwarden_sink_records", "Records written to S3", ["route"])
OBJECTS = Counter("logwarden_sink_objects", "Objects written to S3", ["route"])
BYTES = Counter("logwarden_sink_bytes", "Compressed bytes written to S3", ["route"])
FLUSH_SECONDS = Histogram("logwarden_sink_flush_seconds", "Time to store one batch (all its objects)",
                          buckets=(.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30))
#: What the sink asks of S3: putting objects, and its housekeeping (lifecycle and age checks).
S3_OPERATIONS = ("put_object", "legal_hold", "housekeeping")
S3_ERRORS = Counter("logwarden_sink_s3_errors", "Failed S3 requests (retried with backoff)", ["operation"])
COMMITTED = Gauge("logwarden_sink_committed_offset", "Offset committed after its objects were stored",
                  ["topic", "partition"])
BUFFERED_BYTES = Gauge("logwarden_sink_buffered_bytes", "Bytes held in open batches")
OPEN_SEGMENTS = Gauge("logwarden_sink_open_segments", "Partitions with records read and not yet stored")
LAST_STORED = Gauge("logwarden_sink_last_stored_timestamp_seconds", "When the route's last object was stored "
                    "(Unix time; 0 before the first)", ["route"])
PAUSED = Gauge("logwarden_sink_paused", "1 while consumption is paused (buffer ceiling or S3 down)")
LIFECYCLE_COMPLIANT = Gauge("logwarden_sink_lifecycle_compliant",
                            "1 when the bucket's lifecycle rule matches the policy's retention (clause 3.3)")
OLDEST_OBJECT_DAYS = Gauge("logwarden_sink_oldest_object_age_days",
                           "Age in days of the oldest object, by its event date")
PII_LEAKS = Counter("logwarden_pii_leaks", "Scrubbed records that still carried an identifying value (withheld "
                    "from S3); must stay 0", ["route", "kind"])
DUPLICATES = Counter("logwarden_sink_duplicates", "Records dropped because their event_id was seen within the last "
                     "LOGWARDEN_SINK_DEDUP_WINDOW offsets of their partition", ["route"])
CANARIES = Counter("logwarden_sink_canaries", "Leak canaries that arrived scrubbed clean", ["route"])
#: What the leak check can find: the canary marker, or any kind of identifier the free-text detectors know.
LEAK_KINDS = ("canary", *KINDS)


def init_labels(routes: list[str]) -> None:
    """Every bounded series at zero from the start: an alert on `increase()` sees the first leak or error."""
    for operation in S3_OPERATIONS:
        S3_ERRORS.labels(operation=operation)
    for route in routes:
        RECORDS.labels(route=route)
        OBJECTS.labels(route=route)
        CANARIES.labels(route=route)
        DUPLICATES.labels(route=route)
        for kind in LEAK_KINDS:
            PII_LEAKS.labels(route=route, kind=kind)
