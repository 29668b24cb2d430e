"""A source's registration with Prometheus (issue 24): a target file for as long as the process runs, in the folder
the local Prometheus watches, and no static target for a source that may be idle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson

from pipeline.dev.stack import local_targets
from pipeline.metrics_server import registered, remove_stale_targets
from pipeline.settings import Settings


def test_a_registration_lives_as_long_as_its_block(tmp_path: Path) -> None:
    with registered(tmp_path, "logwarden-loadgen", "0.0.0.0", 9310) as path:
        assert path is not None
        assert orjson.loads(path.read_bytes()) == [{"targets": ["127.0.0.1:9310"],
                                                    "labels": {"job": "logwarden-loadgen"}}]
    assert not list(tmp_path.iterdir())
    with registered(None, "logwarden-loadgen", "127.0.0.1", 9310) as nothing:
        assert nothing is None


def test_the_file_of_a_process_that_is_gone_is_removed_and_a_live_ones_kept(tmp_path: Path) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()
    (tmp_path / f"logwarden-tailer.{gone}.json").write_text("[]")
    with registered(tmp_path, "logwarden-loadgen", "127.0.0.1", 9310) as mine:
        (tmp_path / "local.json").write_text("[]")  # `dev up`'s own file: no process behind it
        assert remove_stale_targets(tmp_path) == []
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["local.json", mine.name])  # type: ignore[union-attr]


def test_the_local_stack_lists_only_the_services_and_the_sources_register_where_it_watches(tmp_path: Path) -> None:
    settings = Settings.from_env({"LOGWARDEN_STATE_DIR": str(tmp_path)})
    assert set(local_targets(settings)) == {"logwarden-worker", "logwarden-sink"}
    assert settings.scrape_targets_dir == tmp_path / "prometheus" / "targets"
    assert Settings.from_env({"LOGWARDEN_PROMETHEUS_URL": ""}).scrape_targets_dir is None
    assert Settings.from_env({"LOGWARDEN_PROMETHEUS_URL": "https://prom.example",
                              "LOGWARDEN_PROMETHEUS_TARGETS_DIR": str(tmp_path)}).scrape_targets_dir == tmp_path
