"""`logwarden scrub`: the core on JSON Lines, offline, so a policy can be tried on sample data."""

from __future__ import annotations

from collections import Counter
from typing import BinaryIO

import orjson

from pipeline.native import build_router
from pipeline.policy import Policy
from pipeline.settings import Settings


def scrub_stream(settings: Settings, policy: Policy, source: BinaryIO, out: BinaryIO, err: BinaryIO) -> str:
    """Route each input line; write outputs to `out` and drops to `err`. Returns a one-line summary."""
    router = build_router(settings, policy)
    counts: Counter[str] = Counter()
    for number, line in enumerate(source, start=1):
        raw = line.rstrip(b"\r\n")
        if not raw.strip():
            continue
        counts["read"] += 1
        outcome = router.route(raw)
        if outcome.rejected:
            counts["dlq"] += 1
            record = {"topic": router.dlq_topic, "reason": outcome.rejected, "detail": outcome.detail,
                      "policy_version": router.version_id, "line": number, "raw": raw.decode("utf-8", errors="replace")}
            out.write(orjson.dumps(record) + b"\n")
        elif outcome.dropped:
            counts["dropped"] += 1
            err.write(orjson.dumps({"dropped": outcome.dropped, "line": number}) + b"\n")
        for output in outcome.outputs:
            counts["routed"] += 1
            out.write(b'{"topic":' + orjson.dumps(output.topic) + b',"value":' + output.value + b"}\n")
    out.flush()
    return (f"read {counts['read']} events: {counts['routed']} outputs, {counts['dlq']} to the DLQ, "
            f"{counts['dropped']} dropped")
