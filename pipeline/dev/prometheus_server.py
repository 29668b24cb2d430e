"""The local Prometheus: Debian's `prometheus` package, scraping the logwarden processes on this machine.

Its configuration is written at start into the state folder: the alerting rules are the
project's own `config/prometheus/alerts.yml`, and the scrape targets come from JSON files
in a `targets/` folder (file-based service discovery), so `dev up` can list the local
services' ports (the worker's and the sink's), the sources (load generator, tailer)
register themselves there while they run (pipeline/metrics_server.py `registered`), a test
can add the processes it starts, and Prometheus picks each up without a restart.
Prometheus reads YAML, and JSON is YAML, so the config is written with orjson.
"""

from __future__ import annotations

import shutil
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from pipeline.dev.process import ServerProcess, StackMisconfigured, port_is_free
from pipeline.metrics_server import write_target_file
from pipeline.settings import LOCAL_RUNBOOKS, PROJECT_ROOT

ALERTS = PROJECT_ROOT / "config" / "prometheus" / "alerts.yml"
INSTALL_HINT = ("Prometheus is not installed: `apt-get install prometheus` (Debian's package; "
                "`make install`, `make demo` and `make test` run it when they can)")


def prometheus_answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/-/ready", timeout=2) as response:  # noqa: S310
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def find_binary(name: str = "prometheus") -> str | None:
    """The Debian package puts its binaries in /usr/bin, which a trimmed PATH may lack."""
    return shutil.which(name) or shutil.which(name, path="/usr/bin")


@dataclass
class PrometheusServer:
    home: Path
    host: str
    port: int
    scrape_interval: str = "5s"
    evaluation_interval: str = "5s"
    #: LOGWARDEN_RUNBOOK_BASE_URL: the alerts' runbook links are this plus an anchor (external label `runbook_base`)
    runbook_base: str = LOCAL_RUNBOOKS
    #: LOGWARDEN_PROMETHEUS_TARGETS_DIR: where the sources register themselves (None: `targets/` in `home`)
    targets: Path | None = None
    process: ServerProcess = field(init=False)

    def __post_init__(self) -> None:
        self.process = ServerProcess("prometheus", self.home / "prometheus.pid", self.home / "logs" / "prometheus.out")

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def targets_dir(self) -> Path:
        """The folder of target files it watches: LOGWARDEN_PROMETHEUS_TARGETS_DIR, else `targets/` in its home."""
        return self.targets or self.home / "targets"

    def running_pid(self) -> int | None:
        return self.process.read_pid()

    def set_targets(self, name: str, jobs: dict[str, list[str]]) -> Path:
        """Write one target file (job -> host:port list); Prometheus rereads it within seconds."""
        return write_target_file(self.targets_dir / f"{name}.json", jobs)

    def remove_targets(self, name: str) -> None:
        (self.targets_dir / f"{name}.json").unlink(missing_ok=True)

    def config(self) -> dict[str, object]:
        return {
            "global": {"scrape_interval": self.scrape_interval, "scrape_timeout": "1s" if self.scrape_interval == "1s"
                       else "4s", "evaluation_interval": self.evaluation_interval,
                       "external_labels": {"pipeline": "logwarden", "runbook_base": self.runbook_base}},
            "rule_files": [str(ALERTS)],
            "scrape_configs": [{
                "job_name": "logwarden",  # each target file sets the real job (logwarden-worker, ...)
                "file_sd_configs": [{"files": [str(self.targets_dir / "*.json")], "refresh_interval": "5s"}],
            }],
        }

    def write_config(self) -> Path:
        self.home.mkdir(parents=True, exist_ok=True)
        self.targets_dir.mkdir(parents=True, exist_ok=True)
        path = self.home / "prometheus.yml"
        path.write_bytes(orjson.dumps(self.config(), option=orjson.OPT_INDENT_2))
        return path

    def start(self, timeout: float = 60.0) -> float:
        binary = find_binary()
        if binary is None:
            raise StackMisconfigured(INSTALL_HINT)
        if not port_is_free(self.host, self.port):
            raise StackMisconfigured(f"port {self.host}:{self.port} is taken by another process; stop it or set "
                             "LOGWARDEN_PROMETHEUS_URL to another port")
        config = self.write_config()
        self.process.start([
            binary, f"--config.file={config}", f"--storage.tsdb.path={self.home / 'data'}",
            f"--web.listen-address={self.host}:{self.port}", "--storage.tsdb.retention.time=7d",
            "--web.enable-lifecycle", "--log.level=warn",
        ], cwd=self.home)
        return self.process.wait_ready(lambda: prometheus_answers(self.url), timeout)

    def stop(self, timeout: float = 20.0) -> bool:
        return self.process.stop(timeout)
