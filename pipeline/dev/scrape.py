"""Reading a logwarden process's /metrics endpoint the way Prometheus does (for the demo and the tests)."""

from __future__ import annotations

import http.client
import urllib.request

from prometheus_client.parser import text_string_to_metric_families

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scrape(port: int, host: str = "127.0.0.1") -> Samples:
    """Every sample of the endpoint, keyed by (name, sorted labels); empty when nothing answers there, or something
    that is no metrics endpoint: `top` asks ports where a worker's children may be, and on a shared machine another
    server may hold one (a Kafka listener answers HTTP with bytes that are no status line)."""
    try:
        with urllib.request.urlopen(f"http://{host}:{port}/metrics", timeout=2) as response:
            text = response.read().decode()
        return {(s.name, tuple(sorted(s.labels.items()))): s.value
                for family in text_string_to_metric_families(text) for s in family.samples}
    except (OSError, http.client.HTTPException, UnicodeDecodeError, ValueError):
        return {}


def metric(samples: Samples, name: str, **labels: str) -> float:
    """One series' value (0 when absent)."""
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def by_label(samples: Samples, name: str, label: str) -> dict[str, float]:
    """A metric's values keyed by one label, e.g. routed events per route."""
    return {dict(labels)[label]: value for (sample, labels), value in samples.items()
            if sample == name and label in dict(labels)}
