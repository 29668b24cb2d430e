"""Where logwarden replaces kafka-python internals, and why: every such place is in this module.

Edge code (kafka-python). kafka-python offers no extension point for its metadata client, so the one
fix below wraps a private method of the release pyproject.toml pins, and `install` refuses, in one
line, a release it was not written for.

- `ClusterMetadata._refresh_loop` (kafka-python 3.0.x): the coroutine that refreshes a client's
  metadata on its I/O thread. When it finds another refresh in flight (a bootstrap's) it awaits that
  refresh's future outside its own `try`, so a refresh that fails there (a node killed mid-request)
  ends the loop for good. The client then never learns metadata again: a consumer that joined its
  group before its topics' partitions were known keeps an empty assignment forever, and a producer
  never learns a partition's new leader. Seen in the three-node trial: a sink joined while a node was
  being killed, was assigned nothing and stored nothing for ten minutes. The wrapper starts the loop
  again, after the client's retry backoff, whenever it ends while the client is still open.
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as installed_version
from typing import Any

log = logging.getLogger("logwarden.kafka")

#: The kafka-python releases whose private names this module wraps (pyproject.toml pins them).
KAFKA_PYTHON_SERIES = "3.0."


def check_kafka_python(found: str | None) -> None:
    """Refuse, in one line, a kafka-python other than the series the wrapper was written for."""
    if found is None or not found.startswith(KAFKA_PYTHON_SERIES):
        raise ImportError(f"pipeline/cluster/kafka_python_ext.py wraps private names of kafka-python "
                          f"{KAFKA_PYTHON_SERIES}x, and {found or 'none'} is installed: pip install "
                          f"'kafka-python>={KAFKA_PYTHON_SERIES}0,<3.1' (or review the wrapper for the new release, "
                          "then change KAFKA_PYTHON_SERIES and the pin)")


def _found() -> str | None:
    try:
        return installed_version("kafka-python")
    except PackageNotFoundError:
        return None


def install() -> None:
    """Wrap the metadata refresh loop once per process (idempotent)."""
    from kafka.cluster import ClusterMetadata

    original = ClusterMetadata._refresh_loop
    if getattr(original, "logwarden_wrapped", False):
        return

    async def refresh_loop_that_survives(cluster: Any) -> None:
        while not cluster.closed:
            try:
                await original(cluster)
            except Exception as exc:  # noqa: BLE001 - any end but closing is the bug this wraps
                if cluster.closed:
                    return
                log.warning("kafka client's metadata refresh stopped; started again",
                            extra={"error": type(exc).__name__})
                await cluster._wakeup(cluster.config["retry_backoff_ms"] / 1000)

    refresh_loop_that_survives.logwarden_wrapped = True  # type: ignore[attr-defined]
    ClusterMetadata._refresh_loop = refresh_loop_that_survives


check_kafka_python(_found())
install()
