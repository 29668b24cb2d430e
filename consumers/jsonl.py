"""gzip JSON Lines objects, a route's default format: one JSON document a line, one gzip member an object.

The writer of consumers/batching.py's contract, like consumers/parquet.py's. Its body is the event hour's own
gzip member as the segment built it while the records came (`HourBuffer.gzip`: deflate blocks cut at points
that depend on the records alone, no timestamp in the header), so storing costs no second compression and the
same records give the same bytes. Pure.
"""

from __future__ import annotations

from consumers.batching import HourBuffer, Writer
from pipeline.policy import Policy, Route

CONTENT_TYPE = "application/x-ndjson"
WRITER = Writer("jsonl.gz", CONTENT_TYPE, HourBuffer.gzip)


def writer(route: Route, policy: Policy) -> Writer:
    """The sink's writer of a route with `format = "jsonl"` (the same for every route: nothing to compile)."""
    return WRITER
