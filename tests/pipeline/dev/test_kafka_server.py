"""The broker's class data sharing archive: written at a clean exit, published only whole, mapped by later starts.

A JVM of `-version` stands in for the broker (the same options, a second instead of a broker's start): what is
tested is the hand-over between launches, which does not depend on what the JVM ran."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pipeline.dev.kafka_server import KafkaBroker, class_archive, java_executable


@pytest.fixture
def java() -> str:
    return java_executable(None)


def _broker(tmp_path: Path) -> KafkaBroker:
    return KafkaBroker(tmp_path / "node", "127.0.0.1", 1, 2)


def _run_jvm(java: str, options: list[str], libs: Path) -> None:
    subprocess.run([java, *options, "-cp", f"{libs}/*", "-version"], capture_output=True, check=True)


def test_the_first_clean_exit_writes_the_archive_that_every_later_start_maps(tmp_path: Path, java: str) -> None:
    libs = tmp_path / "kafka-libs"
    libs.mkdir()
    broker = _broker(tmp_path)
    first = broker._class_sharing(java, libs)
    assert first[0].startswith("-XX:ArchiveClassesAtExit=") and not class_archive(java, libs).exists()
    _run_jvm(java, first, libs)
    broker.stop()  # nothing runs: only the hand-over
    assert class_archive(java, libs).exists()
    assert list(libs.parent.glob("*.part")) == []
    again = _broker(tmp_path)._class_sharing(java, libs)
    assert again == [f"-XX:SharedArchiveFile={class_archive(java, libs)}"]
    _run_jvm(java, again, libs)  # and a JVM maps it


def test_an_archive_cut_by_a_kill_is_dropped_not_published(tmp_path: Path, java: str) -> None:
    """A JVM maps a cut archive and aborts (SIGABRT, no fallback): it must never become the archive."""
    libs = tmp_path / "kafka-libs"
    libs.mkdir()
    broker = _broker(tmp_path)
    option = broker._class_sharing(java, libs)
    _run_jvm(java, option, libs)
    part = Path(option[0].split("=", 1)[1])
    part.write_bytes(part.read_bytes()[: part.stat().st_size // 2])
    broker.stop()
    assert not class_archive(java, libs).exists() and not part.exists()
    assert _broker(tmp_path)._class_sharing(java, libs)[0].startswith("-XX:ArchiveClassesAtExit=")


def test_a_node_killed_before_it_wrote_anything_leaves_nothing_to_publish(tmp_path: Path, java: str) -> None:
    libs = tmp_path / "kafka-libs"
    libs.mkdir()
    broker = _broker(tmp_path)
    broker._class_sharing(java, libs)
    broker.stop()
    assert not class_archive(java, libs).exists() and not (tmp_path / "node" / "class-archive.pending").exists()
