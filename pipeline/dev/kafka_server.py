"""The local Apache Kafka broker: official jars from Maven Central, one KRaft node on loopback.

No Docker and no download from a project website: Maven fetches org.apache.kafka:kafka_2.13
and its runtime dependencies once (config/kafka/pom.xml) into a cache folder, and the
broker runs from that classpath with a small heap. Used by `logwarden dev up` and by the
test session, which starts its own broker on free ports in a temporary folder.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

from pipeline.dev.process import ServerProcess, StackError, port_is_free
from pipeline.kafka_admin import cluster_answers
from pipeline.settings import PROJECT_ROOT

KAFKA_CONFIG = PROJECT_ROOT / "config" / "kafka"
JAVA_MIN = 17


def java_executable(java_home: Path | None) -> str:
    """The java binary to run the broker with; StackError when it is missing or older than 17."""
    java = str(java_home / "bin" / "java") if java_home else shutil.which("java")
    if not java or not Path(java).exists():
        raise StackError("Java 17+ is needed to run the local Kafka broker and none was found: "
                         "install it (apt-get install openjdk-17-jre-headless) or set LOGWARDEN_JAVA_HOME")
    result = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)  # noqa: S603
    match = re.search(r'version "(\d+)(?:\.(\d+))?', result.stderr + result.stdout)
    major = int(match.group(1)) if match else 0
    if major == 1 and match and match.group(2):  # "1.8.0" style
        major = int(match.group(2))
    if major < JAVA_MIN:
        raise StackError(f"Java {JAVA_MIN}+ is needed to run the local Kafka broker; {java} is Java {major or '?'}. "
                         "Install openjdk-17-jre-headless or set LOGWARDEN_JAVA_HOME")
    return java


def ensure_kafka_libs(cache_dir: Path, pom: Path = KAFKA_CONFIG / "pom.xml") -> Path:
    """The broker's classpath folder, fetched with Maven the first time (keyed by the pom's content)."""
    digest = hashlib.sha256(pom.read_bytes()).hexdigest()[:12]
    libs = cache_dir / f"kafka-libs-{digest}"
    if (libs / ".complete").exists():
        return libs
    mvn = shutil.which("mvn")
    if not mvn:
        raise StackError("Maven (mvn) is needed once to fetch Apache Kafka's jars from Maven Central "
                         "and was not found: install it (apt-get install maven)")
    partial = cache_dir / f".kafka-libs-{digest}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    result = subprocess.run(  # noqa: S603
        [mvn, "-q", "-B", "-f", str(pom), "org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies",
         "-DincludeScope=runtime", f"-DoutputDirectory={partial}"],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise StackError("Maven could not fetch Apache Kafka's jars from Maven Central:\n"
                         + (result.stdout + result.stderr)[-3000:])
    (partial / ".complete").write_text(pom.read_text())
    shutil.rmtree(libs, ignore_errors=True)
    partial.rename(libs)
    return libs


def kafka_cluster_id() -> str:
    """A cluster id the way Kafka makes them: a random UUID, base64url without padding."""
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()


@dataclass
class KafkaBroker:
    """One single-node KRaft broker living in `home` (config, data, logs, pid file)."""

    home: Path
    host: str
    port: int
    controller_port: int
    heap: str = "512m"
    java_home: Path | None = None
    cache_dir: Path | None = None
    #: (port, advertised port) of a second plain listener, for tests that cut the network with a
    #: TCP proxy on the advertised port: clients that bootstrap there are told to stay there.
    cut_listener: tuple[int, int] | None = None
    process: ServerProcess = field(init=False)

    def __post_init__(self) -> None:
        self.process = ServerProcess("kafka", self.home / "kafka.pid", self.home / "logs" / "kafka.out")

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    def running_pid(self) -> int | None:
        return self.process.read_pid()

    def start(self, timeout: float = 90.0) -> float:
        """Format the storage if new, start the JVM, and wait for a real metadata answer. Returns seconds to ready."""
        java = java_executable(self.java_home)
        for port in (self.port, self.controller_port):
            if not port_is_free(self.host, port):
                raise StackError(f"port {self.host}:{port} is taken by another process; stop it or choose other ports "
                                 "(LOGWARDEN_KAFKA_BOOTSTRAP, LOGWARDEN_KAFKA_CONTROLLER_PORT)")
        libs = ensure_kafka_libs(self.cache_dir or self.home)
        config = self._write_config()
        classpath = f"{libs}/*"
        if not (self.data_dir / "meta.properties").exists():
            self.format_storage(java, classpath, config, kafka_cluster_id())
        env = dict(os.environ)
        env.pop("KAFKA_OPTS", None)
        self.process.start(
            [java, f"-Xmx{self.heap}", f"-Xms{self.heap}", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
             "-Djava.awt.headless=true", f"-Dkafka.logs.dir={self.home / 'logs'}",
             f"-Dlog4j2.configurationFile={KAFKA_CONFIG / 'log4j2.properties'}",
             "-cp", classpath, "kafka.Kafka", str(config)],
            env=env, cwd=self.home,
        )
        return self.process.wait_ready(lambda: cluster_answers(self.bootstrap), timeout)

    def format_storage(self, java: str, classpath: str, config: Path, cluster_id: str) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        fmt = subprocess.run(  # noqa: S603
            [java, "-Xmx256m", "-cp", classpath, f"-Dlog4j2.configurationFile={KAFKA_CONFIG / 'log4j2.properties'}",
             f"-Dkafka.logs.dir={self.home / 'logs'}", "kafka.tools.StorageTool", "format",
             # `=`: one cluster id in 64 starts with "-", which the tool's argparse would take for an option
             f"--cluster-id={cluster_id}", "-c", str(config)],
            capture_output=True, text=True, check=False,
        )
        if fmt.returncode != 0:
            raise StackError(f"formatting the Kafka storage in {self.data_dir} failed (exit {fmt.returncode}):\n"
                             f"{fmt.stdout}{fmt.stderr}")

    def stop(self, timeout: float = 30.0) -> bool:
        return self.process.stop(timeout)

    def _write_config(self) -> Path:
        template = Template((KAFKA_CONFIG / "server.properties").read_text())
        text = template.substitute(host=self.host, port=self.port, controller_port=self.controller_port,
                                   data_dir=self.data_dir)
        if self.cut_listener is not None:
            port, advertised = self.cut_listener
            text = (text.replace(f"\nlisteners=PLAINTEXT://{self.host}:{self.port}",
                                 f"\nlisteners=PLAINTEXT://{self.host}:{self.port},CUT://{self.host}:{port}")
                    .replace(f"\nadvertised.listeners=PLAINTEXT://{self.host}:{self.port}",
                             f"\nadvertised.listeners=PLAINTEXT://{self.host}:{self.port},CUT://{self.host}:{advertised}")
                    .replace("\nlistener.security.protocol.map=", "\nlistener.security.protocol.map=CUT:PLAINTEXT,"))
            if "CUT:PLAINTEXT" not in text or text.count("CUT://") != 2:
                raise StackError("config/kafka/server.properties has no listeners line to add the test listener to")
        path = self.home / "server.properties"
        self.home.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        return path
