"""Observability for SREs: a real Prometheus scraping the running pipeline, the alert rules checked
and unit-tested with promtool, the dashboard's queries, consumer lag, and the sink's leak check."""

from __future__ import annotations

import importlib
import re
import subprocess
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import orjson
import pytest
import yaml
from conftest import Servers
from helpers import Process, group_caught_up, metric, read_topic, route_outputs, scrape, wait_for

from consumers.s3 import s3_client
from pipeline.dev.process import free_port
from pipeline.dev.prometheus_server import INSTALL_HINT, PrometheusServer, find_binary
from pipeline.policy import Policy
from pipeline.scrub import Router
from pipeline.settings import PROJECT_ROOT, Settings, SettingsError
from producers.kafka_producer import LogProducer
from producers.synthetic import TrafficGenerator

PROMETHEUS_DIR = PROJECT_ROOT / "config" / "prometheus"
DASHBOARD = PROJECT_ROOT / "config" / "grafana" / "dashboards" / "logwarden.json"
METRIC = re.compile(r"\blogwarden_[a-z_]+\b")


def promtool(*args: str, cwd: Path = PROMETHEUS_DIR) -> subprocess.CompletedProcess[str]:
    binary = find_binary("promtool")
    if binary is None:
        pytest.fail(f"promtool is needed to check the alert rules. {INSTALL_HINT}", pytrace=False)
    return subprocess.run([binary, *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False)


def _alerts() -> list[dict]:
    return yaml.safe_load((PROMETHEUS_DIR / "alerts.yml").read_text())["groups"][0]["rules"]


def _dashboard_exprs() -> list[str]:
    panels = orjson.loads(DASHBOARD.read_bytes())["panels"]
    return [target["expr"] for panel in panels for target in panel.get("targets", [])]


def test_promtool_accepts_the_compose_config_the_local_config_and_the_rules(tmp_path: Path) -> None:
    compose = promtool("check", "config", "prometheus.yml")
    assert compose.returncode == 0, compose.stdout + compose.stderr
    local = PrometheusServer(tmp_path, "127.0.0.1", 9090).write_config()  # what `dev up` and the tests run
    checked = promtool("check", "config", str(local))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    rules = promtool("check", "rules", "alerts.yml")
    assert rules.returncode == 0 and f"SUCCESS: {len(_alerts())} rules found" in rules.stdout, \
        rules.stdout + rules.stderr


def test_every_alert_fires_on_its_series_and_stays_silent_otherwise() -> None:
    result = promtool("test", "rules", "alerts.test.yml")
    assert result.returncode == 0 and "SUCCESS" in result.stdout, result.stdout + result.stderr
    tests = yaml.safe_load((PROMETHEUS_DIR / "alerts.test.yml").read_text())["tests"]
    fired = {check["alertname"] for test in tests for check in test["alert_rule_test"] if check.get("exp_alerts")}
    assert fired == {rule["alert"] for rule in _alerts()}, "an alert without a test that makes it fire"


def test_every_alert_has_a_summary_and_a_runbook_line_in_the_operations_guide() -> None:
    guide = (PROJECT_ROOT / "docs" / "operations.md").read_text()
    assert "## Alerts and runbooks" in guide
    for rule in _alerts():
        assert rule["annotations"]["summary"] and rule["labels"]["severity"] in {"page", "ticket"}
        row = re.search(rf"^\| <a id=\"{rule['alert'].lower()}\"></a>`{rule['alert']}` \| {rule['labels']['severity']} "
                        rf"\| (.{{40,}}) \|$", guide, re.M)
        assert row, f"no runbook line for {rule['alert']} in docs/operations.md"


#: How every alert's runbook_url reads: Prometheus renders the external label `runbook_base` (an absolute URL of
#: docs/operations.md) followed by one of the guide's anchors.
RUNBOOK_URL = re.compile(r"^\{\{ \$externalLabels\.runbook_base \}\}#(?P<anchor>[a-z0-9-]+)$")


def _anchors(markdown: str) -> set[str]:
    """The anchors of a Markdown file's headings, as GitHub and GitLab make them, and its explicit `<a id>`s."""
    return {re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
            for heading in re.findall(r"^#{1,6} (.+)$", markdown, re.M)} | set(re.findall(r'<a id="([^"]+)"></a>',
                                                                                          markdown))


def test_every_runbook_link_is_absolute_wherever_prometheus_runs_and_its_anchor_is_in_the_guide(
        tmp_path: Path) -> None:
    anchors = _anchors((PROJECT_ROOT / "docs" / "operations.md").read_text())
    compose = yaml.safe_load((PROMETHEUS_DIR / "prometheus.yml").read_text())["global"]["external_labels"]
    local = Settings.from_env({}).runbook_base_url
    configured = "https://git.example.org/sre/logwarden/-/blob/main/docs/operations.md"
    bases = {  # each Prometheus that loads alerts.yml, and the base its external label gives the links
        "docker-compose": compose["runbook_base"],
        "dev up, default": PrometheusServer(tmp_path, "127.0.0.1", 9090, runbook_base=local).config()["global"]
        ["external_labels"]["runbook_base"],
        "dev up, LOGWARDEN_RUNBOOK_BASE_URL": PrometheusServer(
            tmp_path, "127.0.0.1", 9090,
            runbook_base=Settings.from_env({"LOGWARDEN_RUNBOOK_BASE_URL": configured}).runbook_base_url,
        ).config()["global"]["external_labels"]["runbook_base"],
    }
    assert bases["dev up, LOGWARDEN_RUNBOOK_BASE_URL"] == configured
    assert Path(urllib.parse.urlsplit(bases["dev up, default"]).path) == PROJECT_ROOT / "docs" / "operations.md"
    for rule in _alerts():
        match = RUNBOOK_URL.match(rule["annotations"]["runbook_url"])
        assert match, f"{rule['alert']}: runbook_url is not the runbook base plus an anchor"
        assert match["anchor"] in anchors, f"{rule['alert']}: #{match['anchor']} is no anchor of docs/operations.md"
        # its own row, not the table's heading (issue 24: every alert linked to the same anchor)
        assert match["anchor"] == rule["alert"].lower(), rule["alert"]
        for where, base in bases.items():
            url = urllib.parse.urlsplit(f"{base}#{match['anchor']}")
            assert url.scheme in {"http", "https", "file"} and url.path.startswith("/"), (where, base)
            assert url.scheme == "file" or url.netloc, (where, base)
    for relative in ("docs/operations.md", "/docs/operations.md", "operations.md#alerts"):
        with pytest.raises(SettingsError, match="absolute"):
            Settings.from_env({"LOGWARDEN_RUNBOOK_BASE_URL": relative})


def _known_metric_names() -> set[str]:
    """Every sample name logwarden's processes can export, from the metric objects themselves."""
    from prometheus_client import REGISTRY

    # imported for their side effect: each module registers its process's metrics
    for module in ("consumers.metrics", "pipeline.cluster.lag", "pipeline.metrics", "producers.metrics",
                   "producers.access_log.ship"):
        importlib.import_module(module)

    suffixes = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count"), "gauge": ("",)}
    return {family.name + suffix for family in REGISTRY.collect() for suffix in suffixes.get(family.type, ("",))}


def test_the_dashboard_and_the_alerts_only_name_metrics_logwarden_exports() -> None:
    known = _known_metric_names()
    dashboard = orjson.loads(DASHBOARD.read_bytes())
    assert dashboard["uid"] == "logwarden" and len(_dashboard_exprs()) >= 12
    for expr in _dashboard_exprs() + [rule["expr"] for rule in _alerts()]:
        unknown = {name for name in METRIC.findall(expr) if name not in known}
        assert not unknown, f"{expr!r} names metrics no process exports: {unknown}"
    titles = " ".join(panel["title"] for panel in dashboard["panels"]).lower()
    for subject in ("events in", "dlq", "lag", "sink throughput", "lifecycle", "leaks"):
        assert subject in titles, f"the dashboard has no panel for {subject}"


class PromAPI:
    def __init__(self, url: str) -> None:
        self.url = url

    def get(self, path: str, **params: str) -> dict:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        with urllib.request.urlopen(f"{self.url}{path}{query}", timeout=10) as response:  # noqa: S310 - loopback
            body = orjson.loads(response.read())
        assert body["status"] == "success", body
        return body["data"]

    def vector(self, expr: str, by: str | None = None) -> dict[str, float]:
        result = self.get("/api/v1/query", query=expr)["result"]
        return {(sample["metric"].get(by, "") if by else ""): float(sample["value"][1]) for sample in result}

    def scalar(self, expr: str) -> float | None:
        found = self.vector(expr)
        return found.get("")


def test_a_real_prometheus_scrapes_the_running_pipeline_and_its_counts_add_up(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], bucket: str,
        prometheus: PrometheusServer, tmp_path: Path, unique: str) -> None:
    """Tailer, worker and sink run as processes; Prometheus scrapes them every second; its HTTP API must
    answer with exactly what the pure core predicts for the messages that are in logs.raw."""
    ports = {name: free_port() for name in ("worker", "sink", "tailer")}
    env = servers.env(
        LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_WORKER_GROUP=settings.worker_group,
        LOGWARDEN_SINK_GROUP=settings.sink_group, LOGWARDEN_S3_BUCKET=bucket, LOGWARDEN_STATE_DIR=str(tmp_path),
        LOGWARDEN_WORKER_METRICS_PORT=str(ports["worker"]), LOGWARDEN_SINK_METRICS_PORT=str(ports["sink"]),
        LOGWARDEN_TAILER_METRICS_PORT=str(ports["tailer"]), LOGWARDEN_SOURCE_SERVICE="alexrust.org",
        LOGWARDEN_SINK_MAX_RECORDS="400",
    )
    access_log = tmp_path / "access.log"
    paths = ["/", "/docs/install", "/promo/winter", "/ads/banner", "/blog/2026-11-24/async-rust"]
    lines = [f'198.51.100.{i % 250} - - [24/Nov/2026:15:{i // 60 % 60:02d}:{i % 60:02d} +0000] '
             f'"GET {paths[i % len(paths)]}?page={i} HTTP/1.1" 200 {1000 + i} "-" "Mozilla/5.0 (X11; Linux x86_64) '
             f'Gecko/20100101 Firefox/121.0"\n' for i in range(1500)]
    access_log.write_text("".join(lines[:700]) + "garbage\n" * 5 + "".join(lines[700:]))
    jobs = {"worker": "logwarden-worker", "sink": "logwarden-sink", "tailer": "logwarden-tailer"}
    instances = {name: f"127.0.0.1:{port}" for name, port in ports.items()}
    prometheus.set_targets(unique, {jobs[name]: [instance] for name, instance in instances.items()})
    processes = [Process(["worker"], env, tmp_path / "worker.log").start(),
                 Process(["sink"], env, tmp_path / "sink.log").start(),
                 Process(["tail-log", str(access_log)], env, tmp_path / "tailer.log").start()]
    api = PromAPI(prometheus.url)
    on = {name: f'instance="{instance}"' for name, instance in instances.items()}
    try:
        # malformed and identifying traffic straight into logs.raw, besides the tailer's
        injected = TrafficGenerator(seed=21, malformed_share=0.3, oversized_bytes=settings.max_message_bytes + 10)
        producer = LogProducer(settings, topics["raw"])
        for _ in range(300):
            assert producer.send(injected.message(), wait=True)
        producer.close()
        raw = read_topic(settings, topics["raw"], 300 + 1500 + 1)  # + the tailer's leak canary
        assert len(raw) == 1801
        router = Router(policy, b"k" * 32, "k1", settings.topic_prefix, settings.max_message_bytes)
        routed: Counter[str] = Counter()
        dlq: Counter[str] = Counter()
        dropped: Counter[str] = Counter()
        for record in raw:
            outcome = router.route(record.value)
            if outcome.rejected:
                dlq[outcome.rejected] += 1
            elif outcome.dropped:
                dropped[outcome.dropped] += 1
            routed.update(output.route for output in outcome.outputs)
        assert dlq and dropped and len(routed) == 2

        wait_for(lambda: api.scalar(f"sum(logwarden_worker_events_in_total{{{on['worker']}}})") == 1801, 90,
                 "Prometheus to see the worker consume every message")
        assert api.vector(f"logwarden_worker_routed_total{{{on['worker']}}}", by="route") == routed
        assert {k: v for k, v in api.vector(f"logwarden_worker_dlq_total{{{on['worker']}}}", by="reason").items()
                if v} == dlq
        assert {k: v for k, v in api.vector(f"logwarden_worker_dropped_total{{{on['worker']}}}", by="reason").items()
                if v} == dropped
        # the tailer, as Prometheus sees it: lines sent, lines it could not parse, the canary, all delivered
        wait_for(lambda: api.vector(f"logwarden_tailer_lines_total{{{on['tailer']}}}",
                                    by="outcome").get("sent") == 1500,
                 60, "Prometheus to scrape the tailer after its last line")
        tailer = api.vector(f"logwarden_tailer_lines_total{{{on['tailer']}}}", by="outcome")
        assert tailer["sent"] == 1500 and tailer["no_match"] == 5
        wait_for(lambda: api.scalar(f'logwarden_producer_messages_total{{{on["tailer"]},outcome="delivered"}}') == 1501,
                 60, "Prometheus to see every tailer message acknowledged")
        assert api.scalar(f"logwarden_producer_canaries_total{{{on['tailer']}}}") == 1
        # the sink: every routed record in S3, the canary through clean on both routes, no leak
        wait_for(lambda: api.scalar(f"sum(logwarden_sink_records_total{{{on['sink']}}})") == sum(routed.values()),
                 90, "Prometheus to see the sink store every routed record")
        assert api.vector(f"logwarden_sink_records_total{{{on['sink']}}}", by="route") == routed
        assert api.vector(f"logwarden_sink_canaries_total{{{on['sink']}}}", by="route") == {
            "analytics": 1, "marketing": 1}
        assert api.scalar(f"sum(logwarden_pii_leaks_total{{{on['sink']}}})") == 0
        # consumer lag per group, topic and partition, from Kafka, exported by the worker and the sink
        for name, group in (("worker", settings.worker_group), ("sink", settings.sink_group)):
            wait_for(lambda name=name, group=group: api.scalar(
                         f'max(logwarden_consumer_lag_messages{{{on[name]},group="{group}"}})') == 0,
                     60, f"the {name}'s lag to reach 0")
            partitions = api.vector(f'logwarden_consumer_lag_messages{{{on[name]},group="{group}"}}', by="partition")
            expected_partitions = (policy.raw.partitions if name == "worker"
                                   else sum(route.topic.partitions for route in policy.routes))
            assert len(api.get("/api/v1/query", query=f'logwarden_consumer_lag_messages{{{on[name]}}}')["result"]) \
                == expected_partitions and partitions
        assert api.vector(f'up{{instance=~"{"|".join(instances.values())}"}}', by="job") == dict.fromkeys(
            jobs.values(), 1)
        # the alert rules evaluate against these series without error, and none fires for this pipeline
        rules = [rule for group in api.get("/api/v1/rules")["groups"] for rule in group["rules"]]
        assert {rule["name"] for rule in rules} == {rule["alert"] for rule in _alerts()}
        assert all(rule["health"] == "ok" for rule in rules), [r for r in rules if r["health"] != "ok"]
        firing = api.vector(f'ALERTS{{alertstate="firing",instance=~"{"|".join(instances.values())}"}}', by="alertname")
        assert not firing
        # every dashboard query is valid PromQL and the flow panels have data
        for expr in _dashboard_exprs():
            api.get("/api/v1/query", query=expr.replace("$__rate_interval", "1m"))
        assert api.vector("sum by (route) (rate(logwarden_worker_routed_total[1m]))", by="route")
    finally:
        prometheus.remove_targets(unique)
        for process in processes:
            process.terminate()


def _targets(api: PromAPI, instances: dict[str, str]) -> dict[str, str]:
    """Prometheus's active targets at these instances: instance -> health (up, down, unknown)."""
    found = api.get("/api/v1/targets", state="active")["activeTargets"]
    return {t["labels"]["instance"]: t["health"] for t in found if t["labels"]["instance"] in instances.values()}


def test_sources_register_with_prometheus_while_they_run_and_leave_no_target_down(
        servers: Servers, settings: Settings, topics: dict[str, str], prometheus: PrometheusServer,
        tmp_path: Path) -> None:
    """Issue 24: the load generator's and the tailer's targets read "down" on a healthy stack whenever they were
    idle, because they were listed in the configuration. Each registers itself in the folder Prometheus watches
    while it runs: its target is up while it runs, and gone, not down, once it stopped."""
    ports = {"loadgen": free_port(), "tailer": free_port()}
    env = servers.env(
        LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_STATE_DIR=str(tmp_path / "state"),
        LOGWARDEN_PRODUCER_METRICS_PORT=str(ports["loadgen"]), LOGWARDEN_TAILER_METRICS_PORT=str(ports["tailer"]),
        LOGWARDEN_PROMETHEUS_TARGETS_DIR=str(prometheus.targets_dir),
    )
    access_log = tmp_path / "access.log"
    access_log.write_text('198.51.100.7 - - [24/Nov/2026:15:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "curl/8"\n')
    instances = {name: f"127.0.0.1:{port}" for name, port in ports.items()}
    api = PromAPI(prometheus.url)
    processes = {"loadgen": Process(["produce", "--seconds", "600", "--rate", "20"], env,
                                    tmp_path / "loadgen.log").start(),
                 "tailer": Process(["tail-log", str(access_log)], env, tmp_path / "tailer.log").start()}
    try:
        wait_for(lambda: _targets(api, instances) == dict.fromkeys(instances.values(), "up"), 60,
                 "Prometheus to find both sources registered and scrape them")
        jobs = {t["labels"]["instance"]: t["labels"]["job"]
                for t in api.get("/api/v1/targets", state="active")["activeTargets"]}
        assert jobs[instances["loadgen"]] == "logwarden-loadgen" and jobs[instances["tailer"]] == "logwarden-tailer"
        for name, process in processes.items():
            assert process.terminate() == 0, process.log()
            assert not list(prometheus.targets_dir.glob(f"*.{process.proc.pid}.json")), name  # type: ignore[union-attr]
        wait_for(lambda: not _targets(api, instances), 60, "Prometheus to drop the stopped sources' targets")
        down = [t for t in api.get("/api/v1/targets", state="active")["activeTargets"]
                if t["labels"]["job"] in {"logwarden-loadgen", "logwarden-tailer"} and t["health"] == "down"]
        assert not down, down
    finally:
        for process in processes.values():
            process.terminate()


def test_a_planted_leak_is_counted_and_withheld_from_s3(servers: Servers, settings: Settings, policy: Policy,
                                                        topics: dict[str, str], bucket: str, tmp_path: Path) -> None:
    """A canary value and a raw email forced past the scrubber (written straight to a purpose topic)."""
    clean = route_outputs(settings, policy, topics, 200, seed=31)
    leaked = [orjson.dumps({"schema": "action/1", "event_id": "00000000-0000-4000-8000-000000000001",
                            "ts": "2026-11-24T15:00:00.000Z", "action": {"name": "contact",
                                                                       "form": {"name": "Lwcanary1f2e Canary"}},
                            "logwarden": {"route": "analytics"}}),
              orjson.dumps({"schema": "request/1", "event_id": "00000000-0000-4000-8000-000000000002",
                            "ts": "2026-11-24T15:00:01.000Z", "request": {"query": "from=ivan.petrov@example.com"},
                            "logwarden": {"route": "analytics"}})]
    producer = LogProducer(settings, topics["analytics"], role="admin")  # a leak the worker would never write
    for value in leaked:
        assert producer.send(value, key=b"leak", wait=True)
    producer.close()
    port = free_port()
    sink = Process(["sink"], servers.env(
        LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_SINK_GROUP=settings.sink_group,
        LOGWARDEN_S3_BUCKET=bucket, LOGWARDEN_STATE_DIR=str(tmp_path), LOGWARDEN_SINK_METRICS_PORT=str(port),
        LOGWARDEN_SINK_MAX_AGE_SECONDS="2",  # the freshness close, not its default minute, ends the small batch
    ), tmp_path / "sink.log").start()
    try:
        wait_for(lambda: group_caught_up(settings, settings.sink_group,
                                         [topics[r.name] for r in policy.routes]), 90,
                 "the sink to commit past every record, the withheld ones included")
        samples = scrape(port)
        assert metric(samples, "logwarden_pii_leaks_total", route="analytics", kind="canary") == 1
        assert metric(samples, "logwarden_pii_leaks_total", route="analytics", kind="email") == 1
        assert metric(samples, "logwarden_pii_leaks_total", route="marketing", kind="canary") == 0
        assert sum(metric(samples, "logwarden_sink_records_total", route=r.name) for r in policy.routes) \
            == sum(clean.values())
    finally:
        sink.terminate()
    log = sink.log()
    assert "withheld from S3" in log and "ivan.petrov" not in log and "Lwcanary1f2e" not in log
    client = s3_client(settings)
    stored = b""
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for item in page.get("Contents", []):
            import gzip

            stored += gzip.decompress(client.get_object(Bucket=bucket, Key=item["Key"])["Body"].read())
    assert stored.count(b"\n") == sum(clean.values())
    assert b"lwcanary" not in stored.lower() and b"ivan.petrov" not in stored
